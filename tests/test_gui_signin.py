"""Sign-in in the window, roles, Lock and Switch user, "stay signed in", the actor of the
window's changes, and the refused web app explained — on the real window, driven with the
keyboard and the mouse, over a real database and real servers."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import requests
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from simdesk.domain import settings, shops, simcards, users
from simdesk.errors import AuthenticationError
from simdesk.gui.main_window import MainWindow
from simdesk.storage.models import (
    ROLE_ADMIN,
    ROLE_OPERATOR,
    ROLE_VIEWER,
    AuthToken,
    CheckRun,
    LoginThrottle,
    SimCard,
    StatusCheck,
)
from tests.helpers import pack
from tests.helpers import stock_cards as add_cards

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
ADMIN_PASSWORD = "boshliq-parol-1"
VIEWER_PASSWORD = "koruvchi-parol-1"
OPERATOR_PASSWORD = "ishchi-parol-1"


def make_window(gui_ctx, qtbot, profile: Path) -> MainWindow:
    """The real main window, its "stay signed in" kept in a file of the test."""
    if hasattr(gui_ctx, "session"):  # (so that the tests fail on their point before it)
        gui_ctx.session.profile_path = profile
    window = MainWindow(gui_ctx, tray=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profile" / "signin.ini"


@pytest.fixture
def three_users(db):
    return (users.add_user("boshliq", ADMIN_PASSWORD, ROLE_ADMIN),
            users.add_user("ishchi", OPERATOR_PASSWORD, ROLE_OPERATOR),
            users.add_user("koruvchi", VIEWER_PASSWORD, ROLE_VIEWER))


def sign_in_by_keyboard(window: MainWindow, qtbot, name: str | None, password: str, *,
                        remember: bool = False) -> None:
    panel = window.sign_in
    if name is not None:
        panel.username.clear()
        qtbot.keyClicks(panel.username, name)
    if remember:
        qtbot.keyClick(panel.remember, Qt.Key.Key_Space)
    qtbot.keyClicks(panel.password, password)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)


def window_action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


# ------------------------------------------------------------------ who is asked


def test_one_user_is_not_asked_and_the_log_names_them(db, gui_ctx, qtbot, profile):
    boss = users.add_user("boshliq", ADMIN_PASSWORD, ROLE_ADMIN)
    [card_id] = add_cards(1)
    window = make_window(gui_ctx, qtbot, profile)
    page = window.show_page("simcards")  # no sign-in asked: the pages are there
    page.refresh()
    page.select_rows([0])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    box = page.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: SimCard.get_or_none(SimCard.id == card_id) is None, timeout=5000)
    row = StatusCheck.select().where(StatusCheck.simcard_code == pack(1)[0],
                                     StatusCheck.source == "gui").get()
    assert row.actor == boss.username  # before: no name at all ("gui" for check runs)
    assert not window.is_locked()
    assert gui_ctx.session.username == "boshliq" and gui_ctx.actor == "boshliq"
    assert "boshliq" in window.user_label.text()


def test_more_users_must_sign_in_and_a_wrong_password_is_counted(three_users, gui_ctx,
                                                                 qtbot, profile):
    window = make_window(gui_ctx, qtbot, profile)
    assert window.is_locked()
    assert not window.stack.isVisible()  # the data is hidden
    assert not window_action(window, "show-simcards").isEnabled()
    panel = window.sign_in

    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert "user name" in panel.message.text()  # nothing typed: the name is asked for first
    sign_in_by_keyboard(window, qtbot, "boshliq", "not-the-password")
    assert window.is_locked()
    assert "Wrong user name or password" in panel.message.text()
    assert panel.password.property("simdeskInvalid") and panel.password.text() == ""
    # The same throttle as the API's login: one failure counted for the name.
    assert LoginThrottle.get(LoginThrottle.username == "boshliq").failures == 1

    sign_in_by_keyboard(window, qtbot, None, ADMIN_PASSWORD)
    assert not window.is_locked() and window.stack.isVisible()
    assert gui_ctx.session.role == ROLE_ADMIN and gui_ctx.actor == "boshliq"
    assert LoginThrottle.select().count() == 0
    assert window_action(window, "show-users").isEnabled()

    # Made an operator elsewhere (the CLI, the API): the window follows at once.
    window.show_page("users")
    users.set_role(users.get_by_username("koruvchi").id, ROLE_ADMIN)  # another admin first
    users.set_role(users.get_by_username("boshliq").id, ROLE_OPERATOR)
    gui_ctx.changed_here()
    qtbot.waitUntil(lambda: gui_ctx.session.role == ROLE_OPERATOR, timeout=5000)
    assert window.current_page_id() == "dashboard" and window.sidebar.isRowHidden(4)
    assert not window_action(window, "show-users").isEnabled()


def test_sign_in_is_throttled_like_the_apis_login(three_users, gui_ctx, qtbot, profile):
    settings.set_value("auth.lockout_attempts", 2)
    window = make_window(gui_ctx, qtbot, profile)
    panel = window.sign_in
    for _ in range(2):
        sign_in_by_keyboard(window, qtbot, "ishchi", "not-the-password")
    assert "Too many wrong passwords in a row for ishchi" in panel.message.text()
    sign_in_by_keyboard(window, qtbot, "ishchi", OPERATOR_PASSWORD)  # must wait, even right
    assert window.is_locked() and "Too many" in panel.message.text()
    users.unlock("ishchi")  # Unlock on the Users page
    sign_in_by_keyboard(window, qtbot, "ishchi", OPERATOR_PASSWORD)
    assert not window.is_locked()


# ------------------------------------------------------------------ a viewer changes nothing


def test_a_viewer_signed_in_cannot_change_anything(three_users, gui_ctx, qtbot, profile):
    shop_id = int(shops.create_shop({"name": "Chilonzor 1", "region": "Toshkent shahri"}).id)
    ids = add_cards(3)
    simcards.assign_cards(shop_id, ids=ids[:1], source="cli")
    before = sorted((c.id, c.status, c.shop_id) for c in SimCard.select())
    window = make_window(gui_ctx, qtbot, profile)
    sign_in_by_keyboard(window, qtbot, "koruvchi", VIEWER_PASSWORD)
    assert not window.is_locked() and gui_ctx.session.role == ROLE_VIEWER

    # Users and Settings: not in the sidebar, their shortcuts off, show_page refuses.
    for page_id in ("users", "settings"):
        assert not window_action(window, f"show-{page_id}").isEnabled()
    assert window.sidebar.isRowHidden(4) and window.sidebar.isRowHidden(5)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert window.current_page_id() != "users"
    # The window's editing actions, Ctrl+I (activation report) among them.
    for name in ("importActivations", "backupNow", "autoCheckNow", "handOverCards",
                 "takeCardsBack"):
        assert not window_action(window, name).isEnabled(), name
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)  # the hand-over
    assert not boxes()
    assert window.findChild(QWidget, "handoverDialog") is None
    assert CheckRun.select().count() == 0  # no check was started

    # SIM cards: looking, searching, copying and exporting stay; every change is off.
    page = window.show_page("simcards")
    page.refresh()
    page.select_rows([0, 1])
    page.view.setFocus()
    for action in (page.act_add, page.act_bulk, page.act_check_selected,
                   page.act_auto_check, page.act_check_now, page.act_assign,
                   page.act_return, page.act_edit, page.act_delete):
        assert not action.isEnabled(), action.objectName()
    assert page.act_copy.isEnabled() and page.act_export.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.edit_dialog is None and page.confirm_box is None and not boxes()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Enter would open the editor
    assert page.edit_dialog is None
    assert "viewer" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    rect = page.view.visualRect(page.model.index(0, 0))
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.edit_dialog is None and "viewer" in window.statusBar().currentMessage()
    page.select_rows([2])  # the selection does not enable them again
    assert not page.act_delete.isEnabled() and not page.act_assign.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_C, CTRL)  # copying is reading
    assert QApplication.clipboard().text() == simcards.get_card(
        page.selected_ids()[0]).code

    # Shops: the buttons and Ins / Ctrl+N / F2 / Del are off, whatever is selected.
    shops_page = window.show_page("shops")
    shops_page.refresh()
    assert shops_page.select_shop(shop_id)
    for button in (shops_page.add_button, shops_page.edit_button, shops_page.archive_button,
                   shops_page.delete_button, shops_page.handover_button,
                   shops_page.takeback_button):
        assert not button.isEnabled(), button.objectName()
        assert "viewer" in button.toolTip()
    shops_page.table.setFocus()
    for key, modifier in ((Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_N, CTRL), (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(shops_page.table, key, modifier)
    qtbot.mouseClick(shops_page.delete_button, Qt.MouseButton.LeftButton)
    assert shops_page._dialog is None and not boxes()

    assert sorted((c.id, c.status, c.shop_id) for c in SimCard.select()) == before
    assert shops.get_shop(shop_id).archived_at is None


# ------------------------------------------------------------------ Lock, Switch user, stay


def test_stay_signed_in_lock_and_switch_user(three_users, gui_ctx, qtbot, profile):
    from simdesk.gui.session import Session

    window = make_window(gui_ctx, qtbot, profile)
    sign_in_by_keyboard(window, qtbot, "boshliq", ADMIN_PASSWORD, remember=True)
    assert not window.is_locked()
    assert profile.exists() and "boshliq" not in profile.read_text()  # a token, no name
    assert ADMIN_PASSWORD not in profile.read_text()
    assert AuthToken.select().where(AuthToken.revoked_at.is_null()).count() == 1

    # The next start by this OS user does not ask.
    again = Session(gui_ctx.data_dir, profile_path=profile)
    again.begin()
    assert not again.locked and again.username == "boshliq"

    # Ctrl+L: the data is hidden, the remembered sign-in revoked.
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.is_locked() and not window.stack.isVisible()
    assert not window_action(window, "show-simcards").isEnabled()
    assert AuthToken.select().where(AuthToken.revoked_at.is_null()).count() == 0
    later = Session(gui_ctx.data_dir, profile_path=profile)
    later.begin()
    assert later.locked
    panel = window.sign_in
    assert panel.username.text() == "boshliq" and panel.username.isReadOnly()
    # Only the same user unlocks: another's right password does not.
    with pytest.raises(AuthenticationError, match="locked by boshliq"):
        gui_ctx.session.sign_in("ishchi", OPERATOR_PASSWORD, only="boshliq")
    sign_in_by_keyboard(window, qtbot, None, "wrong-password-1")
    assert window.is_locked() and "Wrong" in panel.message.text()

    # Switch user: anyone may sign in; the log then names the operator.
    qtbot.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton)
    assert not panel.username.isReadOnly() and panel.username.text() == ""
    sign_in_by_keyboard(window, qtbot, "ishchi", OPERATOR_PASSWORD)
    assert not window.is_locked()
    assert gui_ctx.session.role == ROLE_OPERATOR and gui_ctx.actor == "ishchi"
    assert not window.sidebar.isRowHidden(2) and window.sidebar.isRowHidden(4)
    [card_id] = add_cards(1)
    page = window.show_page("simcards")
    page.refresh()
    page.select_rows([0])
    assert page.act_delete.isEnabled()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.confirm_box is not None
    qtbot.mouseClick(page.confirm_box.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: SimCard.get_or_none(SimCard.id == card_id) is None, timeout=5000)
    assert StatusCheck.get(StatusCheck.simcard_code == pack(1)[0]).actor == "ishchi"


def test_a_disabled_user_is_locked_out_and_a_reset_password_is_replaced(
        three_users, gui_ctx, qtbot, profile):
    _boss, worker, _viewer = three_users
    window = make_window(gui_ctx, qtbot, profile)
    sign_in_by_keyboard(window, qtbot, "ishchi", OPERATOR_PASSWORD)
    assert not window.is_locked()
    bulk = window.show_page("simcards").open_bulk_dialog()  # a window of the data, open
    assert bulk.isVisible()
    users.set_active(worker.id, False)  # by an administrator elsewhere
    gui_ctx.changed_here()
    qtbot.waitUntil(window.is_locked, timeout=5000)
    assert not shiboken6.isValid(bulk) or not bulk.isVisible()  # closed with the lock

    panel = window.sign_in
    assert not panel.username.isReadOnly() and panel.username.text() == ""  # anyone

    users.set_active(worker.id, True)
    users.reset_password(worker.id, "vaqtinchalik-1")
    sign_in_by_keyboard(window, qtbot, "ishchi", "vaqtinchalik-1")
    assert window.is_locked() and panel.new_password.isVisible()
    qtbot.keyClicks(panel.new_password, "yangi-parol-22")
    qtbot.keyClicks(panel.new_password2, "yangi-parol-23")
    qtbot.keyClick(panel.new_password2, Qt.Key.Key_Return)
    assert window.is_locked() and panel.new_password2.property("simdeskInvalid")
    panel.new_password2.clear()
    qtbot.keyClicks(panel.new_password2, "yangi-parol-22")
    qtbot.keyClick(panel.new_password2, Qt.Key.Key_Return)
    assert not window.is_locked() and gui_ctx.actor == "ishchi"
    assert not users.get_user(worker.id).must_change_password
    assert users.authenticate("ishchi", "yangi-parol-22").id == worker.id


# ------------------------------------------------------------------ the refused web app


def preflight(url: str, origin: str) -> requests.Response:
    return requests.options(f"{url}/auth/login", timeout=5, headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})


def test_a_refused_web_app_is_logged_and_an_admin_can_trust_it(main_window, gui_ctx, qtbot,
                                                                caplog):
    origin = "http://localhost:5173"
    url = gui_ctx.servers["main"].url
    with caplog.at_level(logging.WARNING, logger="simdesk.api"):
        assert preflight(url, origin).status_code == 403
        # What the web app then does: a login the browser will not let it read.
        requests.post(f"{url}/auth/login", json={"username": "a", "password": "b"},
                      headers={"Origin": origin}, timeout=5)
    logged = [r.getMessage() for r in caplog.records if r.name == "simdesk.api"]
    assert len([m for m in logged if origin in m and "refused" in m]) == 1  # once a minute
    notice = main_window.origin_notice
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert origin in main_window.origin_text.text()

    qtbot.mouseClick(main_window.trust_button, Qt.MouseButton.LeftButton)
    assert origin in settings.get("api.trusted_origins")
    assert not notice.isVisible()
    answer = preflight(url, origin)
    assert answer.status_code == 204
    assert answer.headers["Access-Control-Allow-Origin"] == origin


def test_the_notice_waits_for_an_administrator(three_users, gui_ctx, qtbot, profile):
    window = make_window(gui_ctx, qtbot, profile)
    sign_in_by_keyboard(window, qtbot, "ishchi", OPERATOR_PASSWORD)
    origin = "http://127.0.0.1:3000"
    assert preflight(gui_ctx.servers["main"].url, origin).status_code == 403
    qtbot.waitUntil(lambda: origin in window.refused_origins, timeout=5000)
    assert not window.origin_notice.isVisible()  # an operator may not trust it
    assert not window.trust_origin()
    assert origin not in settings.get("api.trusted_origins")

    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.mouseClick(window.sign_in.switch_button, Qt.MouseButton.LeftButton)
    sign_in_by_keyboard(window, qtbot, "boshliq", ADMIN_PASSWORD)
    assert window.origin_notice.isVisible() and origin in window.origin_text.text()


def test_refusals_reach_the_runtime_without_qt_once_a_minute(apis, caplog):
    """The API layer logs the refusal and tells the runtime's listeners (no Qt there)."""
    heard: list[str] = []
    apis.runtime.add_origin_listener(heard.append)
    with caplog.at_level(logging.WARNING, logger="simdesk.api"):
        for _ in range(3):
            assert preflight(apis.main, "http://localhost:4200").status_code == 403
        assert requests.get(f"{apis.status}/health", timeout=5,
                            headers={"Origin": "http://localhost:4200"}).ok
        assert preflight(apis.main, "http://localhost:8080").status_code == 204  # trusted
        requests.get(f"{apis.main}/health", timeout=5)  # no Origin: not a web app
    assert heard == ["http://localhost:4200"]  # both servers share one count
    lines = [r.getMessage() for r in caplog.records if "refused a web app" in r.getMessage()]
    assert len(lines) == 1 and "'http://localhost:4200'" in lines[0]
    assert "api.trusted_origins" in lines[0]


def test_the_sign_in_screen_and_refusals_speak_the_users_language(three_users, gui_ctx,
                                                                   qtbot, qapp, profile):
    from simdesk.gui import i18n

    window = make_window(gui_ctx, qtbot, profile)
    try:
        i18n.set_language(qapp, "uz")
        window.rebuild_pages()  # what a language change does
        panel = window.sign_in
        assert window.is_locked() and panel.button.text() == "Kirish"
        sign_in_by_keyboard(window, qtbot, "boshliq", "not-the-password")
        assert panel.message.text().startswith("Login yoki parol notoʻgʻri")
        i18n.set_language(qapp, "ru")
        window.rebuild_pages()
        sign_in_by_keyboard(window, qtbot, "koruvchi", VIEWER_PASSWORD)
        page = window.show_page("simcards")
        page.view.setFocus()
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
        assert window.statusBar().currentMessage().startswith("Вы вошли как наблюдатель")
    finally:
        i18n.set_language(qapp, "en")
