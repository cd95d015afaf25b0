"""The sign-in screen of the window: shown at start when more than one user may work here,
and by Lock (the same user signs in again) and Switch user (anyone signs in)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simdesk.domain import users
from simdesk.errors import SimdeskError, ValidationError
from simdesk.gui.errors import INVALID_STYLE, clear_marks, error_text
from simdesk.gui.session import Session


def sign_in_error_text(exc: SimdeskError, name: str) -> str:
    """The refusal in the user's language, with what to do."""
    if exc.code == "invalid_credentials":
        return QCoreApplication.translate(
            "SignIn",
            "Wrong user name or password. Check the keyboard layout and Caps Lock, then "
            "type the password again.")
    if exc.code == "login_throttled":
        return QCoreApplication.translate(
            "SignIn",
            "Too many wrong passwords in a row for {0}: the next try is possible in {1} s. "
            "An administrator can clear this with Unlock on the Users page.",
        ).format(name, exc.details.get("retry_after", "?"))
    if exc.code == "account_disabled":
        return QCoreApplication.translate(
            "SignIn", "The account {0} is disabled; ask an administrator to enable it.",
        ).format(name)
    if exc.code == "locked_by_other":
        return QCoreApplication.translate(
            "SignIn", "The window is locked by {0}: sign in as {0}, or press Switch user.",
        ).format(name)
    if exc.code == "wrong_password":
        return QCoreApplication.translate(
            "SignIn",
            "Choose another new password: at least {0} characters, not the user name, not "
            "one character repeated.",
        ).format(users.PASSWORD_MIN)
    return error_text(exc)  # weak_password: the rule it broke, in the user's language


class SignInPanel(QWidget):
    """User name, password, "stay signed in on this computer"; Enter signs in.  A user whose
    password an administrator set must choose a new one here first (as the API asks)."""

    signed_in = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPanel")
        self.session = session
        self.locked_to: str | None = None
        self.changing = False  # the password was set by an administrator: a new one first
        box = QFrame()
        box.setObjectName("signInBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(460)
        self.heading = QLabel()
        self.heading.setObjectName("signInHeading")
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("signInUser")
        self.username.setMaxLength(users.USERNAME_MAX)
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(users.PASSWORD_MAX)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("signInNewPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password2 = QLineEdit()
        self.new_password2.setObjectName("signInNewPassword2")
        self.new_password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Stay signed in on this computer"))
        self.remember.setObjectName("signInRemember")
        self.remember.setToolTip(self.tr(
            "The next start of simdesk by this user of the computer does not ask again, "
            "until Lock or Switch user."))
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.button = QPushButton(self.tr("Sign in"))
        self.button.setObjectName("signIn")
        self.button.setDefault(True)
        self.switch_button = QPushButton(self.tr("Switch user"))
        self.switch_button.setObjectName("signInSwitch")
        self.form = QFormLayout()
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("New password"), self.new_password)
        self.form.addRow(self.tr("Repeat new password"), self.new_password2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addLayout(self.form)
        inner.addWidget(self.remember)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.fields = {"username": self.username, "password": self.password,
                       "new_password": self.new_password, "new_password2": self.new_password2}
        for edit in self.fields.values():
            edit.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.switch_button.clicked.connect(lambda: self.prepare(None))
        self._show_new_password(False)

    def _show_new_password(self, on: bool) -> None:
        self.changing = on
        for edit in (self.new_password, self.new_password2):
            edit.setVisible(on)
            label = self.form.labelForField(edit)
            if label is not None:
                label.setVisible(on)

    def prepare(self, locked_to: str | None) -> None:
        """Empty the form: for ``locked_to`` (Lock) or for anyone (start, Switch user)."""
        self.locked_to = locked_to
        clear_marks(self.fields)
        self.message.clear()
        for edit in (self.password, self.new_password, self.new_password2):
            edit.clear()
        self._show_new_password(False)
        self.remember.setChecked(False)
        self.switch_button.setVisible(locked_to is not None)
        self.username.setReadOnly(locked_to is not None)
        if locked_to is not None:
            self.heading.setText(self.tr("simdesk is locked by {0}. Type the password to go "
                                         "on.").format(locked_to))
            self.username.setText(locked_to)
            self.password.setFocus()
        else:
            self.heading.setText(self.tr("Sign in to simdesk"))
            self.username.clear()
            self.username.setFocus()

    def _fail(self, text: str, field: str) -> None:
        clear_marks(self.fields)
        widget = self.fields[field]
        widget.setStyleSheet(INVALID_STYLE)
        widget.setToolTip(text)
        widget.setProperty("simdeskInvalid", True)
        self.message.setText(text)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def submit(self) -> bool:
        """Sign in with what is typed; on a refusal the field is marked and says why."""
        name = self.username.text().strip()
        if not name:
            self._fail(self.tr("Type your user name."), "username")
            return False
        if not self.password.text():
            self._fail(self.tr("Type your password."), "password")
            return False
        new: str | None = None
        if self.changing:
            new = self.new_password.text()
            if new != self.new_password2.text():
                self._fail(self.tr("The two new passwords differ; type the same one twice."),
                           "new_password2")
                return False
        try:
            self.session.sign_in(name, self.password.text(), remember=self.remember.isChecked(),
                                 only=self.locked_to, new_password=new)
        except ValidationError as exc:
            if exc.code == "password_change_required":
                self._show_new_password(True)
                clear_marks(self.fields)
                self.message.setText(self.tr(
                    "An administrator set this password: choose a new one of your own to go "
                    "on."))
                self.new_password.setFocus()
                return False
            field = "new_password" if "new_password" in exc.fields else "password"
            self._fail(sign_in_error_text(exc, name), field)
            return False
        except SimdeskError as exc:
            self.password.clear()
            field = "username" if exc.code == "account_disabled" else "password"
            self._fail(sign_in_error_text(exc, self.locked_to or name), field)
            return False
        self.password.clear()
        self.new_password.clear()
        self.new_password2.clear()
        self.message.clear()
        clear_marks(self.fields)
        self.signed_in.emit()
        return True


