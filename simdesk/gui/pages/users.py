"""The Users page: who may log in to the web app and the APIs, with which role."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from simdesk.domain import users
from simdesk.gui.context import AppContext
from simdesk.gui.dialogs.user_dialog import ResetPasswordDialog, UserDialog
from simdesk.gui.errors import error_text
from simdesk.gui.models.users_model import UserRow, UsersModel, role_name
from simdesk.gui.pages.base import Page
from simdesk.storage.models import ROLES


class UsersPage(Page):
    page_id = "users"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons (rows: arrows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _i: self.reset_password_dialog())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.add_button = QPushButton(self.tr("Add user…"))
        self.add_button.setObjectName("addUser")
        self.add_button.clicked.connect(lambda: self.add_user_dialog())
        self.toggle_button = QPushButton(self.tr("Disable"))
        self.toggle_button.setObjectName("toggleUser")
        self.toggle_button.clicked.connect(self.toggle_active)
        self.role_button = QPushButton(self.tr("Change role"))
        self.role_button.setObjectName("changeRole")
        role_menu = QMenu(self.role_button)
        for role in ROLES:
            role_menu.addAction(role_name(role), self._role_setter(role))
        self.role_button.setMenu(role_menu)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.clicked.connect(lambda: self.reset_password_dialog())
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockUser")
        self.unlock_button.setToolTip(self.tr(
            "Forget the failed logins of the selected user from every address, so they may "
            "log in again at once (Ctrl+U)"))
        self.unlock_button.clicked.connect(lambda: self.unlock_selected())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteUser")
        self.delete_button.clicked.connect(lambda: self.delete_confirmation())

        buttons = QHBoxLayout()
        for widget in (self.add_button, self.toggle_button, self.role_button,
                       self.reset_button, self.unlock_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)

        self.message = QLabel()
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        hint = QLabel(self.tr(
            "Users log in to the web app and the HTTP APIs. Administrators manage users and "
            "settings, operators work with shops and cards, viewers only look."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._update_buttons()
        self.add_shortcut("add", [QKeySequence(Qt.Key.Key_Insert), QKeySequence.StandardKey.New],
                          self.add_user_dialog)
        self.add_shortcut("delete", [QKeySequence.StandardKey.Delete], self.delete_confirmation)
        self.add_shortcut("unlock", [QKeySequence("Ctrl+U")], self.unlock_selected)

    def title(self) -> str:
        return self.tr("Users")

    # -------------------------------------------------------------- data

    def refresh(self) -> None:
        selected = self.selected_user()
        self.model.reload()
        if selected is not None:
            self.select_user(selected.id)
        self._update_buttons()

    def selected_user(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for widget in (self.toggle_button, self.role_button, self.reset_button,
                       self.delete_button):
            widget.setEnabled(user is not None)
        self.toggle_button.setText(
            self.tr("Enable") if user is not None and not user.active else self.tr("Disable"))
        self.unlock_button.setEnabled(user is not None and user.throttled)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b71c1c;" if error else "color: #1b5e20;")

    def _apply(self, action: Callable[[], object], done: str) -> bool:
        """Run a domain change; its refusal (the last-admin rule …) is shown as its message."""
        try:
            action()
        except Exception as exc:
            self._say(error_text(exc), error=True)
            return False
        user = self.selected_user()
        self.refresh()
        if user is not None:
            self.select_user(user.id)
        self.ctx.changed_here()
        self._say(done)
        return True

    # -------------------------------------------------------------- actions

    def add_user_dialog(self) -> UserDialog:
        dialog = UserDialog(self)

        def added() -> None:
            if dialog.created is not None:
                self.refresh()
                self.select_user(dialog.created.id)
                self._say(self.tr("User {0} added.").format(dialog.created.username))
                self.ctx.changed_here()

        dialog.accepted.connect(added)
        dialog.open()
        return dialog

    def toggle_active(self) -> bool:
        user = self.selected_user()
        if user is None:
            return False
        return self.set_active(user.id, not user.active)

    def set_active(self, user_id: int, active: bool) -> bool:
        row = self.model.row_of(user_id)
        name = self.model.row_at(row).username if row >= 0 else str(user_id)
        done = (self.tr("User {0} enabled.") if active
                else self.tr("User {0} disabled; their logins end now.")).format(name)
        return self._apply(lambda: users.set_active(user_id, active), done)

    def _role_setter(self, role: str) -> Callable[[], object]:
        def set_selected() -> object:
            user = self.selected_user()
            return self.set_role(user.id, role) if user is not None else False

        return set_selected

    def set_role(self, user_id: int, role: str) -> bool:
        return self._apply(lambda: users.set_role(user_id, role),
                           self.tr("Role changed to {0}.").format(role_name(role)))

    def unlock_selected(self) -> bool:
        """Forget the selected user's failed logins (from every address)."""
        user = self.selected_user()
        if user is None or not user.throttled:
            return False
        return self._apply(
            lambda: users.unlock(user.username),
            self.tr("Failed logins of {0} cleared; they may log in again at once.").format(
                user.username))

    def reset_password_dialog(self) -> ResetPasswordDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        dialog = ResetPasswordDialog(user.id, user.username, self)

        def done() -> None:
            self.refresh()
            self._say(self.tr("New password set for {0}; they must change it at the next "
                              "login.").format(user.username))

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def delete_confirmation(self) -> QMessageBox | None:
        user = self.selected_user()
        if user is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete user"),
                          self.tr("Delete user {0}? Their logins end now.").format(user.username),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.delete_user(user.id)

        box.finished.connect(answered)
        box.open()
        return box

    def delete_user(self, user_id: int) -> bool:
        row = self.model.row_of(user_id)
        name = self.model.row_at(row).username if row >= 0 else str(user_id)
        return self._apply(lambda: users.delete_user(user_id),
                           self.tr("User {0} deleted.").format(name))
