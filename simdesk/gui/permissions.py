"""What the window's user may do, in one place: viewer reads, operator works, admin manages
users and settings (the ranks of ``users.role_allows``, as in the APIs).

Pages declare their editing controls once, in their ``apply_role(role)`` hook, with
:func:`restrict`: an action or button that needs a higher role is disabled (and stays so
whatever the page's selection logic enables — actions through a disabled ``QActionGroup``,
buttons through an event filter), its tooltip says why, and a table's double-click or
Enter that would open an editor is refused with a message in the status bar.  The main
window calls the hook on every page whenever the session changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QMainWindow, QWidget

from simdesk.domain import users
from simdesk.storage.models import ROLE_ADMIN, ROLE_OPERATOR, ROLE_VIEWER

VIEW: Final = ROLE_VIEWER  # look at every page but Users and Settings, export, copy
EDIT: Final = ROLE_OPERATOR  # change shops and cards, run checks, import, back up
MANAGE: Final = ROLE_ADMIN  # users, settings, trusting a web app
_GROUP: Final = "simdeskRoleGroup"
_NEEDED: Final = "simdeskNeededRole"
_DENIED: Final = "simdeskRoleDenied"
_ENTER_KEYS: Final = (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value)


def allows(role: str, needed: str) -> bool:
    return users.role_allows(role, needed)


def role_label(role: str) -> str:
    return {
        ROLE_ADMIN: QCoreApplication.translate("permissions", "administrator"),
        ROLE_OPERATOR: QCoreApplication.translate("permissions", "operator"),
        ROLE_VIEWER: QCoreApplication.translate("permissions", "viewer"),
    }.get(role, role)


def refusal_text(role: str, needed: str) -> str:
    """Why the user may not, and what to do."""
    return QCoreApplication.translate(
        "permissions",
        "You are signed in as a {0}: this needs an {1}. Ask an administrator, or use "
        "Switch user (File menu) to sign in as one.").format(role_label(role),
                                                            role_label(needed))


def refuse(widget: QWidget, role: str, needed: str) -> str:
    """Say in the main window's status bar why an action was refused; returns the text."""
    text = refusal_text(role, needed)
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15_000)
    return text


class _ButtonGuard(QObject):
    """Keeps a button disabled while its role is missing, whatever enables it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.EnabledChange and isinstance(watched, QAbstractButton)
                and watched.property(_DENIED) and watched.isEnabled()):
            watched.setEnabled(False)
        return False


class _ViewGuard(QObject):
    """Refuses a table's double-click and Enter (which open an editor) with a message."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.role = ROLE_VIEWER
        self.needed = ROLE_OPERATOR

    def denied(self) -> bool:
        return not allows(self.role, self.needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.denied():
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick or (
                kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in _ENTER_KEYS):
            refuse(self.view, self.role, self.needed)
            return True
        return False


def restrict(role: str, needed: str, items: Iterable[QAction | QAbstractButton],
             views: Iterable[QAbstractItemView] = ()) -> None:
    """Enable ``items`` (and the editors of ``views``) only when ``role`` allows
    ``needed``; call it again whenever the role changes."""
    denied = not allows(role, needed)
    why = refusal_text(role, needed) if denied else ""
    for item in items:
        if isinstance(item, QAction):
            _restrict_action(item, denied)
        else:
            _restrict_button(item, denied, why)
    for view in views:
        guard = view.findChild(_ViewGuard)
        if guard is None:
            guard = _ViewGuard(view)
            view.installEventFilter(guard)
            view.viewport().installEventFilter(guard)
        guard.role, guard.needed = role, needed


def _restrict_action(action: QAction, denied: bool) -> None:
    group = action.actionGroup()
    if group is None or group.objectName() != _GROUP:
        group = QActionGroup(action)  # goes with the action
        group.setObjectName(_GROUP)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        group.addAction(action)
    group.setEnabled(not denied)


def _restrict_button(button: QAbstractButton, denied: bool, why: str) -> None:
    if button.findChild(_ButtonGuard) is None:
        button.installEventFilter(_ButtonGuard(button))
        button.setProperty(_NEEDED, button.toolTip())  # the button's own tooltip
    was_denied = bool(button.property(_DENIED))
    button.setProperty(_DENIED, denied)
    if denied:
        button.setEnabled(False)
        button.setToolTip(why)
    else:
        button.setToolTip(str(button.property(_NEEDED) or ""))
        if was_denied:
            button.setEnabled(True)  # the page's own logic may disable it again
