"""The Settings and Users pages and the first-admin dialog, on a real database with real
servers (offscreen)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox

from simdesk.checking.fake_operator import FakeOperator
from simdesk.domain import settings, users
from simdesk.gui.daily_backup import DailyBackup, daily_backups, prune
from simdesk.gui.dialogs.first_admin import FirstAdminDialog, needs_first_admin
from simdesk.gui.errors import INVALID_STYLE
from simdesk.gui.models.users_model import UsersModel
from simdesk.gui.pages.settings_page import SettingsPage
from simdesk.gui.pages.users import UsersPage
from simdesk.gui.widgets.invalid_mark import frame_of
from simdesk.storage.models import ROLE_ADMIN, ROLE_OPERATOR
from tests.helpers import iccid

# The offscreen platform's note when a top-level window is shown; not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/")[0])


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@pytest.fixture
def settings_page(gui_ctx, qtbot):
    # Ports picked by the system, as the fixture's servers: a restart never hits 9020/9022.
    settings.set_many({"api.main_port": 0, "api.status_port": 0})
    page = SettingsPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def users_page(gui_ctx, qtbot):
    page = UsersPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def field(page: SettingsPage, key: str):
    return page.fields[key]


def is_marked(widget) -> bool:
    """Marked as refused: a red style, or (a spin or combo box) a red frame over it."""
    return bool(widget.property("simdeskInvalid")) and (
        widget.styleSheet() == INVALID_STYLE or frame_of(widget) is not None)


# ------------------------------------------------------------------ settings: servers


def test_main_port_change_moves_the_main_server(settings_page, gui_ctx, qtbot):
    old_port = port_of(gui_ctx.servers["main"].url)
    new_port = free_port()
    spin = field(settings_page, "api.main_port")
    assert isinstance(spin, QSpinBox)
    spin.setValue(new_port)
    assert settings_page.save()

    assert settings.get("api.main_port") == new_port
    assert gui_ctx.servers["main"].url == f"http://127.0.0.1:{new_port}"
    answer = requests.get(f"http://127.0.0.1:{new_port}/health", timeout=5)
    assert answer.status_code == 200
    assert port_is_free(old_port)
    assert str(new_port) in settings_page.main_state.text()
    assert "Settings saved." in settings_page.message.text()


def test_busy_port_is_reported_naming_the_port(settings_page, gui_ctx):
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen(1)
        busy = blocker.getsockname()[1]
        field(settings_page, "api.status_port").setValue(busy)
        assert settings_page.save()  # the setting is stored; the server cannot listen
        state = gui_ctx.servers["status"]
        assert not state.listening
        assert str(busy) in (state.error or "")
        assert str(busy) in settings_page.status_state.text()
        assert str(busy) in settings_page.message.text()
        assert gui_ctx.servers["main"].listening  # the other one still runs


def test_validation_error_on_its_field_and_nothing_saved(settings_page):
    before = settings.get_all()
    field(settings_page, "checks.concurrency").setValue(500)
    field(settings_page, "checks.deadline_seconds").setValue(20.0)  # valid, but all-or-nothing
    assert not settings_page.save()
    assert is_marked(field(settings_page, "checks.concurrency"))
    assert "between 1 and 128" in field(settings_page, "checks.concurrency").toolTip()
    assert not is_marked(field(settings_page, "checks.deadline_seconds"))
    assert "Not saved" in settings_page.message.text()
    assert settings.get_all() == before

    field(settings_page, "checks.concurrency").setValue(32)
    assert settings_page.save()
    assert not is_marked(field(settings_page, "checks.concurrency"))
    assert settings.get("checks.concurrency") == 32
    assert settings.get("checks.deadline_seconds") == 20.0


def test_source_fields_headers_secret_and_revert(settings_page):
    kind = field(settings_page, "status_source.kind")
    assert isinstance(kind, QComboBox)
    assert not field(settings_page, "status_source.headers").isEnabled()
    kind.setCurrentIndex(kind.findData("http-json"))
    assert field(settings_page, "status_source.headers").isEnabled()
    headers = field(settings_page, "status_source.headers")
    assert headers.edit.echoMode() == QLineEdit.EchoMode.Password
    headers.setText('{"X-Api-Key": "s3cret"}')
    field(settings_page, "status_source.sold_values").setText("ACTIVATED, SOLD")
    field(settings_page, "api.trusted_origins").setPlainText(
        "http://localhost:8080\nhttp://192.168.1.5:8080")
    assert settings_page.save()
    assert settings.get("status_source.kind") == "http-json"
    assert settings.get("status_source.headers") == {"X-Api-Key": "s3cret"}
    assert settings.get("status_source.sold_values") == ["ACTIVATED", "SOLD"]
    assert settings.get("api.trusted_origins") == ["http://localhost:8080",
                                                   "http://192.168.1.5:8080"]

    headers.setText("not json")
    assert not settings_page.save()
    assert is_marked(headers)
    assert "s3cret" not in settings_page.message.text()
    settings_page.revert()
    assert headers.text() == '{"X-Api-Key": "s3cret"}'
    assert not is_marked(headers)


def test_window_preferences_go_to_qsettings(settings_page, gui_ctx):
    tray = field(settings_page, "window/close_to_tray")
    daily = field(settings_page, "backup/daily")
    assert tray.isChecked() and daily.isChecked()  # the defaults
    tray.setChecked(False)
    daily.setChecked(False)
    assert settings_page.save()
    qs = gui_ctx.qsettings()
    assert qs.value("window/close_to_tray") in (False, "false")
    assert qs.value("backup/daily") in (False, "false")


# ------------------------------------------------------------------ settings: test connection


def wait_test(qtbot, page: SettingsPage) -> str:
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=15_000)
    return page.test_result.text()


def test_connection_against_the_fake_operator(settings_page, qtbot):
    with FakeOperator(answers={iccid(7): "sold"}) as operator:
        field(settings_page, "status_source.url").setText(operator.url)
        assert settings_page.save()
        settings_page.test_code.setText(iccid(7))
        assert settings_page.test_connection()
        text = wait_test(qtbot, settings_page)
        assert text.startswith("Connected"), text
        assert "sold" in text
        assert operator.requests >= 1


def test_connection_tests_unsaved_changes(settings_page, qtbot):
    field(settings_page, "status_source.url").setText(f"http://127.0.0.1:{free_port()}")
    assert settings_page.test_connection()  # what is typed, not saved
    text = wait_test(qtbot, settings_page)
    assert not text.startswith("Connected") and "No status source" not in text
    assert settings.get("status_source.url") == ""


def test_connection_to_an_unreachable_address(settings_page, qtbot):
    field(settings_page, "status_source.url").setText(f"http://127.0.0.1:{free_port()}")
    deadline = field(settings_page, "checks.deadline_seconds")
    assert isinstance(deadline, QDoubleSpinBox)
    deadline.setValue(2.0)
    assert settings_page.save()
    assert settings_page.test_connection()
    text = wait_test(qtbot, settings_page)
    assert not text.startswith("Connected"), text
    assert "#b71c1c" in settings_page.test_result.styleSheet()


def test_connection_without_a_source_says_so(settings_page, qtbot):
    assert settings.get("status_source.url") == ""
    assert settings_page.test_connection()
    text = wait_test(qtbot, settings_page)
    assert "No status source is configured" in text


# ------------------------------------------------------------------ settings: backups


def test_backup_now_writes_a_file(settings_page, data_dir, qtbot):
    settings_page.backup_now()
    qtbot.waitUntil(lambda: "Backup written" in settings_page.backup_result.text(),
                    timeout=10_000)
    written = list((data_dir / "backups").glob("simdesk-*.sqlite"))
    assert len(written) == 1
    assert str(written[0]) in settings_page.backup_result.text()


def test_restore_of_a_non_backup_file_shows_the_message(settings_page, tmp_path, qtbot):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("these are not the droids")
    settings_page.restore_from(bogus)
    qtbot.waitUntil(lambda: settings_page.restore_button.isEnabled()
                    and "not a simdesk backup" in settings_page.backup_result.text(),
                    timeout=10_000)
    assert "not an SQLite database file" in settings_page.backup_result.text()


def test_restore_of_an_empty_shell_says_what_it_lacks(settings_page, data_dir, tmp_path,
                                                       qtbot):
    from simdesk.storage.backup import backup_database
    from simdesk.storage.models import SimCard
    from tests.helpers import add_cards
    from tests.test_backup import shell

    add_cards(4)
    good = backup_database(tmp_path / "good.sqlite", data_dir=data_dir)
    empty = shell(tmp_path / "shell.sqlite", good, {"schema_version", "shop", "simcard"})
    settings_page.restore_from(empty)
    qtbot.waitUntil(lambda: settings_page.restore_button.isEnabled()
                    and "not a simdesk backup" in settings_page.backup_result.text(),
                    timeout=10_000)
    assert "lacks" in settings_page.backup_result.text()
    assert "app_user" in settings_page.backup_result.text()
    assert SimCard.select().count() == 4
    assert users.list_users() == []  # the table is still there
    assert not (data_dir / "backups").exists()


def test_restore_asks_first_then_restores(settings_page, data_dir, qtbot):
    settings.set_value("checks.concurrency", 7)
    settings_page.backup_now()
    qtbot.waitUntil(lambda: "Backup written" in settings_page.backup_result.text(),
                    timeout=10_000)
    backup = next((data_dir / "backups").glob("simdesk-*.sqlite"))
    settings.set_value("checks.concurrency", 9)
    box = settings_page.restore_confirmation(backup)
    assert str(backup) in box.text()
    box.button(box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "Restored from" in settings_page.backup_result.text(),
                    timeout=10_000)
    assert settings.get("checks.concurrency") == 7
    assert field(settings_page, "checks.concurrency").value() == 7


def test_daily_backup_once_a_day_keeps_fourteen(gui_ctx, data_dir, qtbot):
    daily = DailyBackup(gui_ctx, check_ms=3_600_000, first_check_ms=3_600_000, keep=14)
    assert daily.due()
    with qtbot.waitSignal(daily.written, timeout=10_000):
        daily.tick()
    assert len(daily_backups(data_dir)) == 1
    assert not daily.due()  # written less than a day ago
    folder = daily_backups(data_dir)[0].parent
    for n in range(20):
        (folder / f"simdesk-20000101-0000{n:02d}.sqlite").write_bytes(b"x")
    prune(data_dir, 14)
    assert len(daily_backups(data_dir)) == 14
    gui_ctx.qsettings().setValue("backup/daily", False)
    assert not daily.due(now=10**12)
    daily.stop()


# ------------------------------------------------------------------ users


def add_user_through_dialog(page: UsersPage, name: str, password: str, again: str,
                            role: str = ROLE_OPERATOR):
    dialog = page.add_user_dialog()
    dialog.username.setText(name)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    dialog.password.setText(password)
    dialog.password2.setText(again)
    dialog.accept()
    return dialog


def test_add_user_with_validation_on_the_fields(users_page, qtbot):
    dialog = add_user_through_dialog(users_page, "x", "short", "short")
    assert dialog.isVisible()
    assert is_marked(dialog.username)  # the domain names the first refused field
    assert dialog.error_label.isVisible()

    dialog.username.setText("dilnoza")
    dialog.accept()
    assert dialog.isVisible()
    assert is_marked(dialog.password) and not is_marked(dialog.username)
    assert "at least 8" in dialog.password.toolTip()

    dialog.password.setText("kuchli-parol-1")
    dialog.password2.setText("kuchli-parol-2")
    dialog.accept()
    assert dialog.isVisible() and is_marked(dialog.password2)
    assert users.get_by_username("dilnoza") is None

    dialog.password2.setText("kuchli-parol-1")
    dialog.accept()
    assert not dialog.isVisible()
    assert users.get_by_username("dilnoza") is not None
    assert users_page.model.rowCount() == 1
    assert users_page.selected_user().username == "dilnoza"
    assert "dilnoza" in users_page.message.text()

    again = add_user_through_dialog(users_page, "DILNOZA", "boshqa-parol", "boshqa-parol")
    assert again.isVisible() and is_marked(again.username)
    assert "already exists" in again.error_label.text()
    again.reject()


def test_disable_enable_and_last_admin_refusal(users_page):
    admin = users.add_user("admin", "admin-parol-1", ROLE_ADMIN)
    operator = users.add_user("operator1", "operator-parol", ROLE_OPERATOR)
    users_page.refresh()

    users_page.select_user(operator.id)
    assert users_page.toggle_button.text() == "Disable"
    assert users_page.toggle_active()
    assert not users.get_user(operator.id).is_active
    assert users_page.toggle_button.text() == "Enable"
    assert "disabled" in users_page.message.text()
    assert users_page.toggle_active()
    assert users.get_user(operator.id).is_active

    users_page.select_user(admin.id)
    assert not users_page.toggle_active()
    assert users.get_user(admin.id).is_active
    assert "last active admin" in users_page.message.text()
    assert not users_page.set_role(admin.id, ROLE_OPERATOR)
    assert "last active admin" in users_page.message.text()
    assert not users_page.delete_user(admin.id)
    assert users.get_user(admin.id).role == ROLE_ADMIN

    assert users_page.set_role(operator.id, ROLE_ADMIN)
    assert users_page.set_role(admin.id, ROLE_OPERATOR)
    assert users.get_user(admin.id).role == ROLE_OPERATOR


def test_reset_password_and_delete(users_page):
    users.add_user("admin", "admin-parol-1", ROLE_ADMIN)
    other = users.add_user("kassir", "kassir-parol", ROLE_OPERATOR)
    users_page.refresh()
    users_page.select_user(other.id)
    dialog = users_page.reset_password_dialog()
    assert dialog is not None
    dialog.password.setText("yangi-parol-9")
    dialog.password2.setText("yangi-parol-9")
    dialog.accept()
    assert not dialog.isVisible()
    assert users.get_user(other.id).must_change_password
    users.authenticate("kassir", "yangi-parol-9")

    box = users_page.delete_confirmation()
    assert box is not None
    box.button(box.StandardButton.Yes).click()
    assert users.get_by_username("kassir") is None
    assert users_page.model.rowCount() == 1


def test_unlock_by_keyboard_clears_the_failed_logins(users_page, qtbot):
    users.add_user("admin", "admin-parol-1", ROLE_ADMIN)
    users.add_user("kassir", "kassir-parol", ROLE_OPERATOR)
    settings.set_value("auth.lockout_attempts", 1)
    for address in ("203.0.113.7", "198.51.100.9"):  # someone guessing from two addresses
        with pytest.raises(users.LoginThrottledError):
            users.authenticate("kassir", "wrong-parol", address=address)
    users_page.refresh()
    users_page.activateWindow()
    users_page.table.setFocus()
    qtbot.waitUntil(lambda: users_page.table.hasFocus())

    qtbot.keyClick(users_page.table, Qt.Key.Key_Down)
    qtbot.keyClick(users_page.table, Qt.Key.Key_Up)
    assert users_page.selected_user().username == "admin"
    assert not users_page.unlock_button.isEnabled()  # nothing to unlock
    qtbot.keyClick(users_page.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert users_page.message.text() == ""

    qtbot.keyClick(users_page.table, Qt.Key.Key_Down)
    assert users_page.selected_user().username == "kassir"
    assert users_page.unlock_button.isEnabled()
    # The button is reached with Tab and pressed with Space.
    for _ in range(12):
        if users_page.focusWidget() is users_page.unlock_button:
            break
        qtbot.keyClick(users_page.focusWidget(), Qt.Key.Key_Tab)
    assert users_page.focusWidget() is users_page.unlock_button
    qtbot.keyClick(users_page.unlock_button, Qt.Key.Key_Space)
    assert users.throttled_names(["kassir"]) == set()
    assert users.authenticate("kassir", "kassir-parol", address="203.0.113.7")
    assert "kassir" in users_page.message.text()
    assert not users_page.unlock_button.isEnabled()

    # Failed logins counted through the API show up when the page refreshes; Ctrl+U
    # clears them from the table.
    with pytest.raises(users.LoginThrottledError):
        users.authenticate("kassir", "wrong-parol", address="203.0.113.7")
    users_page.refresh()
    assert users_page.unlock_button.isEnabled()
    users_page.table.setFocus()
    qtbot.waitUntil(lambda: users_page.table.hasFocus())
    qtbot.keyClick(users_page.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert users.throttled_names(["kassir"]) == set()
    assert not users_page.unlock_button.isEnabled()


def test_unlock_is_translated(gui_ctx, qapp, qtbot):
    from simdesk.gui import i18n

    try:
        for code, text in (("ru", "Разблокировать"), ("uz", "Qulfdan chiqarish")):
            i18n.set_language(qapp, code)
            page = UsersPage(gui_ctx)
            qtbot.addWidget(page)
            assert page.unlock_button.text() == text
            assert "Ctrl+U" in page.unlock_button.toolTip() != (
                "Forget the failed logins of the selected user from every address, so they "
                "may log in again at once (Ctrl+U)")
    finally:
        i18n.set_language(qapp, "en")  # the source texts for the other tests


def test_first_admin_dialog(db, qtbot):
    assert needs_first_admin()
    dialog = FirstAdminDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.username.text() == "admin"
    dialog.password.setText("aaaaaaaaaa")
    dialog.password2.setText("aaaaaaaaaa")
    dialog.accept()
    assert dialog.isVisible() and is_marked(dialog.password)  # one character repeated
    dialog.password.setText("admin")
    dialog.password2.setText("admin")
    dialog.accept()
    assert is_marked(dialog.password)
    assert needs_first_admin()

    dialog.password.setText("Toshkent-2024")
    dialog.password2.setText("Toshkent-2024")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.created is not None and dialog.created.role == ROLE_ADMIN
    assert not needs_first_admin()
    users.authenticate("admin", "Toshkent-2024")


def test_first_admin_dialog_by_keyboard(db, qtbot):
    """The first start's dialog, typed: Tab moves from field to field, Enter with a weak
    password keeps the dialog open with the field marked, Enter with a good one creates the
    admin; Esc on a second dialog leaves no user behind."""
    dialog = FirstAdminDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, "admin")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.password2
    qtbot.keyClicks(dialog.password2, "admin")
    qtbot.keyClick(dialog.password2, Qt.Key.Key_Return)
    assert dialog.isVisible() and is_marked(dialog.password) and needs_first_admin()
    for field in (dialog.password, dialog.password2):
        field.selectAll()
        qtbot.keyClicks(field, "Toshkent-2024")
    qtbot.keyClick(dialog.password2, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.created is not None and dialog.created.role == ROLE_ADMIN
    users.authenticate("admin", "Toshkent-2024")


def test_first_admin_dialog_esc_creates_nobody(db, qtbot):
    dialog = FirstAdminDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.password, "Toshkent-2024")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.created is None
    assert needs_first_admin()


def test_users_model_passes_the_model_tester(db, qtmodeltester):
    users.add_user("admin", "admin-parol-1", ROLE_ADMIN)
    users.add_user("viewer1", "viewer-parol", "viewer")
    model = UsersModel()
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    model.reload()
    qtmodeltester.check(model)


def test_data_folder_is_shown(settings_page, data_dir: Path):
    assert settings_page.data_dir_label.text() == str(data_dir)
