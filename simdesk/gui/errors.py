"""Showing errors: a message box in the user's language and the offending fields marked.

Domain errors carry a stable ``code`` (see simdesk.errors); the common ones have translated
texts here, the rest show the domain's English message.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from simdesk.errors import SimdeskError, ValidationError
from simdesk.gui.widgets.invalid_mark import INVALID_STYLE as INVALID_STYLE
from simdesk.gui.widgets.invalid_mark import clear_invalid, show_invalid
from simdesk.storage.failures import explain

log = logging.getLogger("simdesk.gui")
_unowned: list[QMessageBox] = []

_MARK_PROPERTY = "simdeskInvalid"


def error_text(exc: BaseException) -> str:
    """A sentence for the user: translated for the common error codes (a full disk, a
    read-only database or a locked one included, however they were raised)."""
    if not isinstance(exc, SimdeskError):
        exc = explain(exc) or exc
    if not isinstance(exc, SimdeskError):
        return QCoreApplication.translate(
            "errors", "Something went wrong: {0}. Details are in the log file."
        ).format(exc)
    d = exc.details
    known = {
        "duplicate_code": QCoreApplication.translate("errors", "This code is already stored."),
        "shop_name_taken": QCoreApplication.translate(
            "errors", "A shop with this name already exists; choose another name."
        ),
        "not_enough_cards": QCoreApplication.translate(
            "errors", "Only {0} card(s) are available in stock."
        ).format(d.get("available", "?")),
        "shop_archived": QCoreApplication.translate(
            "errors", "The shop is archived; unarchive it or choose another shop."
        ),
        "no_status_source": QCoreApplication.translate(
            "errors", "No status source is configured. Set its address in Settings → Status source."
        ),
        "port_in_use": QCoreApplication.translate(
            "errors",
            "Port {0} is already in use by another program. Choose another port in Settings.",
        ).format(d.get("port", "?")),
        "sold_card_final": QCoreApplication.translate(
            "errors", "A sold card cannot be changed or deleted."
        ),
        "disk_full": QCoreApplication.translate(
            "errors", "The disk is full: free some space on {0} and try again."
        ).format(d.get("path", "?")),
        "read_only": QCoreApplication.translate(
            "errors",
            "The database cannot be written (a read-only folder, file or disk): nothing can "
            "be saved. Make them writable for this user and start simdesk again.",
        ),
        "protected_file": QCoreApplication.translate(
            "errors",
            "{0} is a database or one of simdesk's own files (a database, a backup or the "
            "copy made before the conversion), which simdesk never writes over; choose "
            "another file name.",
        ).format(d.get("path", "?")),
        "too_many_rows": QCoreApplication.translate(
            "errors",
            "The file has more than {0} rows; split it into files of at most {0} rows.",
        ).format(d.get("maxRows", "?")),
        "run_in_progress_elsewhere": QCoreApplication.translate(
            "errors",
            "An auto-check is already running in another simdesk on this database ({0}); "
            "none was started here. Its results appear here when it ends.",
        ).format(d.get("owner", "?")),
        "busy": QCoreApplication.translate(
            "errors",
            "The database is busy: another program is writing to it. Nothing was changed; "
            "try again in a moment.",
        ),
    }
    text = known.get(exc.code)
    if text is None and exc.code == "shop_has_history":
        text = QCoreApplication.translate(
            "errors",
            "This shop has held cards, and the history keeps its name: it cannot be deleted. "
            "Archive it instead; it can be brought back later.",
        )
    if text is None and exc.code == "shop_has_cards":
        text = QCoreApplication.translate(
            "errors",
            "The shop still holds {0} unsold and {1} sold card(s). Return or move the "
            "unsold cards; a shop with sales can only be archived.",
        ).format(d.get("assigned", 0), d.get("sold", 0))
    if text is None:
        return exc.message
    return f"{text}\n\n{exc.message}"


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
            named = {str(k): str(v) for k, v in raw.items()}
    clear_marks(fields)
    first: QWidget | None = None
    for name, reason in named.items():
        widget = fields.get(name)
        if widget is None:
            continue
        show_invalid(widget)  # a spin or combo box keeps its arrows
        widget.setToolTip(reason)
        widget.setProperty(_MARK_PROPERTY, True)
        first = first or widget
    if first is not None:
        first.setFocus()
        return True
    return False
