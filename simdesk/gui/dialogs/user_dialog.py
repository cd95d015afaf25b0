"""Adding a user, and an administrator setting a new password for one.

The dialogs call the domain (simdesk.domain.users) when OK is pressed and stay open with the
refused fields marked when it says no."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from simdesk.domain import users
from simdesk.errors import ConflictError, SimdeskError, ValidationError
from simdesk.gui.errors import clear_marks, error_text, mark_fields
from simdesk.gui.models.users_model import role_name
from simdesk.gui.widgets.dialog_keys import install_dialog_keys
from simdesk.storage.models import ROLE_OPERATOR, ROLES, User


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(users.PASSWORD_MAX)
    return edit


class FormDialog(QDialog):
    """A dialog with a form, an error line and OK / Cancel; ``submit()`` does the work and
    returns True when it succeeded (then the dialog is accepted)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)  # room for the hints in the fields in every language
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.keys = install_dialog_keys(
            self, self.buttons.button(QDialogButtonBox.StandardButton.Ok))

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        self.fields[name] = widget
        self.form.addRow(label, widget)
        return widget

    def show_problem(self, exc: BaseException, field: str | None = None) -> None:
        """Show an error under the form and mark its fields (or ``field``)."""
        text = error_text(exc)  # in the user's language, whatever the error
        marked = exc
        if field is not None and not (isinstance(exc, ValidationError) and exc.fields):
            marked = ValidationError(text, fields={field: text})
        mark_fields(self.fields, marked)
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def clear_problem(self) -> None:
        clear_marks(self.fields)
        self.error_label.clear()
        self.error_label.setVisible(False)

    def passwords_match(self, first: str = "password", second: str = "password2") -> bool:
        one = self.fields[first]
        two = self.fields[second]
        assert isinstance(one, QLineEdit) and isinstance(two, QLineEdit)
        if one.text() == two.text():
            return True
        reason = self.tr("The two passwords differ; type the same password twice.")
        self.show_problem(ValidationError(reason, fields={second: reason}))
        return False

    def submit(self) -> bool:
        """Save what the dialog holds; each dialog built on this one defines it."""
        raise TypeError(f"{type(self).__name__} does not define submit()")

    def accept(self) -> None:
        self.clear_problem()
        try:
            ok = self.submit()
        except SimdeskError as exc:
            self.show_problem(exc)
            return
        if ok:
            super().accept()


class UserDialog(FormDialog):
    """Add a user: username, role, password twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add user"))
        self.created: User | None = None
        self.username = QLineEdit()
        self.username.setMaxLength(users.USERNAME_MAX)
        self.username.setPlaceholderText(self.tr("Latin letters, digits and . _ - @"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.role.setCurrentIndex(ROLES.index(ROLE_OPERATOR))
        self.password = password_edit()
        self.password2 = password_edit()
        self.add_field("username", self.tr("Username"), self.username)
        self.add_field("role", self.tr("Role"), self.role)
        self.add_field("password", self.tr("Password"), self.password)
        self.add_field("password2", self.tr("Repeat password"), self.password2)
        self.password.setPlaceholderText(
            self.tr("At least {0} characters").format(users.PASSWORD_MIN))

    def submit(self) -> bool:
        if not self.passwords_match():
            return False
        try:
            self.created = users.add_user(self.username.text(), self.password.text(),
                                          str(self.role.currentData()))
        except ConflictError as exc:
            self.show_problem(exc, field="username")
            return False
        return True


class ResetPasswordDialog(FormDialog):
    """An administrator sets a new password; the user changes it at the next login."""

    def __init__(self, user_id: int, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_id = user_id
        self.setWindowTitle(self.tr("Reset password of {0}").format(username))
        note = QLabel(self.tr("{0} will have to choose a new password at the next login.")
                      .format(username))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.password = password_edit()
        self.password2 = password_edit()
        self.add_field("password", self.tr("New password"), self.password)
        self.add_field("password2", self.tr("Repeat password"), self.password2)

    def submit(self) -> bool:
        if not self.passwords_match():
            return False
        users.reset_password(self.user_id, self.password.text())
        return True
