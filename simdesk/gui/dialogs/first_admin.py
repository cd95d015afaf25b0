"""First run: there are no users yet, so the first administrator is created here."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from simdesk.domain import users
from simdesk.errors import ConflictError
from simdesk.gui.dialogs.user_dialog import FormDialog, password_edit
from simdesk.storage.models import ROLE_ADMIN, User


def needs_first_admin() -> bool:
    """True on first run: the database has no users at all."""
    return not users.has_users()


class FirstAdminDialog(FormDialog):
    """Username (``admin`` proposed) and password twice; OK creates the administrator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create the administrator"))
        self.created: User | None = None
        intro = QLabel(self.tr(
            "Welcome to simdesk. Create the administrator account: it manages users and "
            "settings and logs in to the web app."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.username = QLineEdit("admin")
        self.username.setMaxLength(users.USERNAME_MAX)
        self.password = password_edit()
        self.password.setPlaceholderText(
            self.tr("At least {0} characters").format(users.PASSWORD_MIN))
        self.password2 = password_edit()
        self.add_field("username", self.tr("Username"), self.username)
        self.add_field("password", self.tr("Password"), self.password)
        self.add_field("password2", self.tr("Repeat password"), self.password2)
        self.password.setFocus()

    def submit(self) -> bool:
        if not self.passwords_match():
            return False
        try:
            self.created = users.add_user(self.username.text(), self.password.text(),
                                          ROLE_ADMIN)
        except ConflictError as exc:
            self.show_problem(exc, field="username")
            return False
        return True
