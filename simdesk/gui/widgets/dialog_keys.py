"""One keyboard behaviour for every dialog: Enter confirms the dialog's primary action (when
that button is enabled), Esc cancels, and a multi-line field takes Tab as "next field" and
Ctrl+Enter as "confirm" (plain Enter is its new line).

Qt's own rule — Enter presses the *default* button — is fragile: ``setDefault`` called before
the button has a dialog parent is forgotten, and a button that had the focus stays the default
after Tab moved on, so Enter in a field could press Cancel.  ``DialogKeys`` does not depend on
it: an Enter that no field used (a line edit, a spin box, a closed combo box) reaches the
dialog, and the filter presses the primary button named by the dialog.  Enter on a focused
button still presses that button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
)

Primary = QPushButton | Callable[[], QPushButton | None] | None

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DialogKeys(QObject):
    """Installed on ``dialog`` (call it once its widgets are built).  ``primary`` is the
    button Enter presses, or a function returning it (a dialog whose primary action changes,
    e.g. *Assign* → *OK*, or per tab); None: Enter presses nothing."""

    def __init__(self, dialog: QDialog, primary: Primary) -> None:
        super().__init__(dialog)
        self.setObjectName("dialogKeys")
        self.dialog = dialog
        self._primary = primary
        self.multiline: list[QPlainTextEdit | QTextEdit] = []
        dialog.installEventFilter(self)
        for plain in dialog.findChildren(QPlainTextEdit):
            self.add_multiline(plain)
        for rich in dialog.findChildren(QTextEdit):
            self.add_multiline(rich)
        button = self.primary()
        if button is not None:
            button.setDefault(True)  # now it is in the dialog: Qt remembers it

    def add_multiline(self, edit: QPlainTextEdit | QTextEdit) -> None:
        """Tab moves on from ``edit``; Ctrl+Enter in it confirms the dialog."""
        edit.setTabChangesFocus(True)
        edit.installEventFilter(self)
        self.multiline.append(edit)

    def set_primary(self, primary: Primary) -> None:
        self._primary = primary
        button = self.primary()
        if button is not None:
            button.setDefault(True)

    def primary(self) -> QPushButton | None:
        chosen = self._primary
        if chosen is None or isinstance(chosen, QPushButton):
            return chosen
        return chosen()

    def confirm(self) -> bool:
        """Press the primary button if it can be pressed; True when it was."""
        button = self.primary()
        if button is None or button.isHidden() or not button.isEnabled():
            return False
        button.click()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in _ENTER_KEYS:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if watched is not self.dialog:
            # A multi-line field: Ctrl+Enter confirms, Enter is a new line.
            if ctrl:
                self.confirm()
                return True
            return False
        # An Enter no field used reached the dialog.
        if modifiers not in (Qt.KeyboardModifier.NoModifier,
                             Qt.KeyboardModifier.ControlModifier):
            return False
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and focused.isEnabled() \
                and self.dialog.isAncestorOf(focused) and focused is not self.primary():
            focused.click()  # Enter on a focused button presses that button
            return True
        self.confirm()
        return True  # never Qt's default-button guess


def install_dialog_keys(dialog: QDialog, primary: Primary) -> DialogKeys:
    """The one helper every dialog uses (see the module's docstring)."""
    return DialogKeys(dialog, primary)
