"""The users table of the Users page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from simdesk.domain import users
from simdesk.gui.formats import datetime_text
from simdesk.gui.models.base import Index, ListModel
from simdesk.storage.models import ROLE_ADMIN, ROLE_OPERATOR, ROLE_VIEWER

CONTEXT: Final = "UsersModel"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for lupdate; translated when shown."""
    return text


COLUMNS: Final = (
    QT_TRANSLATE_NOOP("UsersModel", "Username"),
    QT_TRANSLATE_NOOP("UsersModel", "Role"),
    QT_TRANSLATE_NOOP("UsersModel", "Active"),
    QT_TRANSLATE_NOOP("UsersModel", "Must change password"),
    QT_TRANSLATE_NOOP("UsersModel", "Last login"),
)
ROLE_NAMES: Final = {
    ROLE_ADMIN: QT_TRANSLATE_NOOP("UsersModel", "Administrator"),
    ROLE_OPERATOR: QT_TRANSLATE_NOOP("UsersModel", "Operator"),
    ROLE_VIEWER: QT_TRANSLATE_NOOP("UsersModel", "Viewer"),
}
YES: Final = QT_TRANSLATE_NOOP("UsersModel", "Yes")
NO: Final = QT_TRANSLATE_NOOP("UsersModel", "No")
NEVER: Final = QT_TRANSLATE_NOOP("UsersModel", "never")

COL_USERNAME, COL_ROLE, COL_ACTIVE, COL_MUST_CHANGE, COL_LAST_LOGIN = range(5)
USER_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1



def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def role_name(role: str) -> str:
    return _tr(ROLE_NAMES[role]) if role in ROLE_NAMES else role


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    role: str
    active: bool
    must_change: bool
    last_login: datetime | None
    throttled: bool = False  # failed logins counted for the name: Unlock clears them


class UsersModel(ListModel):
    """Every user (there are few): reloaded as a whole by :meth:`reload`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UserRow] = []

    def reload(self) -> None:
        found = users.list_users()
        throttled = users.throttled_names(u.username for u in found)  # one query
        rows = [
            UserRow(u.id, u.username, u.role, bool(u.is_active), bool(u.must_change_password),
                    u.last_login_at, users.throttle_name(u.username) in throttled)
            for u in found
        ]
        self.set_rows(rows)

    def row_at(self, row: int) -> UserRow:
        return self._rows[row]

    def row_of(self, user_id: int) -> int:
        for number, item in enumerate(self._rows):
            if item.id == user_id:
                return number
        return -1

    def headers(self) -> Sequence[str]:
        return [_tr(title) for title in COLUMNS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_USERNAME:
                return item.username
            if column == COL_ROLE:
                return role_name(item.role)
            if column == COL_ACTIVE:
                return _tr(YES) if item.active else _tr(NO)
            if column == COL_MUST_CHANGE:
                return _tr(YES) if item.must_change else _tr(NO)
            if column == COL_LAST_LOGIN:
                if item.last_login is None:
                    return _tr(NEVER)
                return datetime_text(item.last_login)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return QBrush(QColor("#888888"))
        if role == USER_ID_ROLE:
            return item.id
        return None
