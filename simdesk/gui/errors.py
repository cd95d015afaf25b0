"""Showing errors: a message box in the user's language and the offending fields marked.

Domain errors carry a stable ``code`` (see simdesk.errors); their texts in the user's
language come from the registry in simdesk/gui/problems.py.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from simdesk.errors import SimdeskError, ValidationError
from simdesk.gui.problems import problem_text, translated_error
from simdesk.gui.widgets.invalid_mark import INVALID_STYLE as INVALID_STYLE
from simdesk.gui.widgets.invalid_mark import clear_invalid, show_invalid
from simdesk.storage.failures import explain

log = logging.getLogger("simdesk.gui")
_unowned: list[QMessageBox] = []

_MARK_PROPERTY = "simdeskInvalid"


def error_text(exc: BaseException, names: Mapping[str, str] | None = None) -> str:
    """A sentence for the user in the user's language (a full disk, a read-only database or
    a locked one included, however they were raised), from the one registry of problem and
    error texts (gui/problems.py); ``names`` gives the fields' labels.  The domain's English
    message shows only for a code without a text there."""
    if not isinstance(exc, SimdeskError):
        exc = explain(exc) or exc
    if not isinstance(exc, SimdeskError):
        return QCoreApplication.translate(
            "errors", "Something went wrong: {0}. Details are in the log file."
        ).format(exc)
    text = translated_error(exc, names)
    return exc.message if text is None else text


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    _error_box(parent, exc, title)


def _error_box(parent: QWidget | None, exc: BaseException,
               title: str | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "Error"))
    box.setText(error_text(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def install_storage_error_hook() -> Callable[[], None]:
    """Show a full disk or a read-only database that a slot did not catch as the same
    message box as any other error (not a traceback on the console); returns the function
    that puts the previous hook back."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        problem = None if isinstance(value, SimdeskError) else explain(value)
        if problem is None:
            previous(kind, value, tb)
            return
        log.warning("%s", problem.message)
        parent = QApplication.activeWindow()
        box = _error_box(parent, problem)
        if parent is None:  # nobody owns the box: keep it until it is closed
            _unowned.append(box)
            box.finished.connect(lambda _result: _unowned.remove(box))

    sys.excepthook = hook

    def uninstall() -> None:
        sys.excepthook = previous

    return uninstall


def clear_marks(fields: Mapping[str, QWidget]) -> None:
    for widget in fields.values():
        if widget.property(_MARK_PROPERTY):
            clear_invalid(widget)
            widget.setToolTip("")
            widget.setProperty(_MARK_PROPERTY, False)


def mark_fields(fields: Mapping[str, QWidget], exc: BaseException) -> bool:
    """Mark the widgets named in a ValidationError (and a conflict naming fields); returns
    True when at least one was marked (the first one gets the focus)."""
    named: Mapping[str, str] = {}
    if isinstance(exc, ValidationError):
        named = exc.fields
    elif isinstance(exc, SimdeskError):
        raw = exc.details.get("fields")
        if isinstance(raw, dict):
            named = {str(k): v if isinstance(v, str) else str(v) for k, v in raw.items()}
    clear_marks(fields)
    first: QWidget | None = None
    for name, reason in named.items():
        widget = fields.get(name)
        if widget is None:
            continue
        show_invalid(widget)  # a spin or combo box keeps its arrows
        widget.setToolTip(problem_text(reason))
        widget.setProperty(_MARK_PROPERTY, True)
        first = first or widget
    if first is not None:
        first.setFocus()
        return True
    return False
