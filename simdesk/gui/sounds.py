"""Two sounds the scanner makes: ``accepted`` (a short rising ding) and ``refused`` (a low
double buzz), so the person scanning hears the outcome without looking at the screen.

The WAVs are in ``resources/sounds`` (``python -m simdesk.tools.make_sounds`` writes them).
They are played by the first player that works here:

1. Qt Multimedia's ``QSoundEffect`` when the Qt installation has it (it is in PySide6-Addons,
   which simdesk does not require) and the system has an audio output;
2. on Windows, the standard library's ``winsound`` (asynchronous, no extra module — the
   installer's build has this one);
3. otherwise ``QApplication.beep()``: one sound for both, as before.

No audio device, a missing file or a player that fails: silence, never an error.
"""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from simdesk.resources import resource_path

log = logging.getLogger("simdesk.gui")

SOUNDS: Final = ("accepted", "refused")


def sound_file(name: str) -> Path:
    return resource_path("sounds", f"{name}.wav")


class Sounds(QObject):
    """``play(name)`` — ``requested`` lists every sound asked for (the tests read it);
    ``player`` says which player is used: ``qt``, ``winsound``, ``beep`` or ``none``."""

    def __init__(self, parent: QObject | None = None, *, player: str | None = None) -> None:
        super().__init__(parent)
        self.requested: list[str] = []
        self._effects: dict[str, Any] = {}
        self.player = player or self._choose_player()

    def _choose_player(self) -> str:
        if not all(sound_file(name).is_file() for name in SOUNDS):
            return "beep"
        if self._load_qt_effects():
            return "qt"
        if sys.platform == "win32":
            return "winsound"
        return "beep"

    def _load_qt_effects(self) -> bool:
        try:
            multimedia = importlib.import_module("PySide6.QtMultimedia")
        except ImportError:
            return False
        try:
            if not multimedia.QMediaDevices.audioOutputs():
                return False
            for name in SOUNDS:
                effect = multimedia.QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(sound_file(name))))
                effect.setVolume(0.8)
                self._effects[name] = effect
        except Exception as exc:  # a broken audio back end: the other players
            log.info("Qt Multimedia cannot play the scanner's sounds: %s", exc)
            self._effects.clear()
            return False
        return True

    def play(self, name: str) -> None:
        """Play ``accepted`` or ``refused`` (without waiting for it to end)."""
        if name not in SOUNDS:
            raise ValueError(f"unknown sound {name!r}; one of {', '.join(SOUNDS)}")
        self.requested.append(name)
        try:
            if self.player == "qt":
                self._effects[name].play()
            elif self.player == "winsound":
                winsound = importlib.import_module("winsound")
                winsound.PlaySound(str(sound_file(name)),
                                   winsound.SND_FILENAME | winsound.SND_ASYNC
                                   | winsound.SND_NODEFAULT)
            elif self.player == "beep":
                QApplication.beep()
        except Exception as exc:  # no audio device: stay silent
            log.info("the %s sound could not be played: %s", name, exc)
