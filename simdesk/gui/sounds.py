"""Short sounds for the office's scanning work: a scan accepted or refused.

A minimal version (the system's beep for a refusal, silence for an accepted scan); the
interface — ``accepted()`` and ``refused()``, called on the GUI thread — is what the
hand-over dialog relies on."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def accepted() -> None:
    """A scan was taken into the list (no sound yet: the list and the message show it)."""


def refused() -> None:
    """A scan was refused: the system's beep."""
    QApplication.beep()
