"""Faults an outside review of the merged window found (issue 10), each driven as a person
would: English left inside the Uzbek and Russian window (the operator's errors, a stopped
check, the new-password rule), the hand-over's shop chosen by keyboard, Switch user with
unsaved settings, the acts' dates and selection, an empty code named twice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from simdesk.checking.runs import EngineEvent
from simdesk.domain import handover, shops, simcards, users
from simdesk.errors import Problem, ValidationError
from simdesk.gui import formats, i18n
from simdesk.gui.problems import render
from simdesk.gui.source_errors import source_error_text
from simdesk.gui.widgets.acts import ActsList
from simdesk.gui.widgets.sign_in import sign_in_error_text
from simdesk.storage.models import ROLE_ADMIN, ROLE_OPERATOR
from tests.helpers import pack
from tests.test_gui_handover import open_dialog, scan
from tests.test_gui_signin import make_window, sign_in_by_keyboard

# The offscreen platform says so when a window (the completer's popup) asks for what only a
# real display has: not a problem of the dialog.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")

ENGLISH = re.compile(r"\b(the|of|cards?|checked|cancelled|connection|refused|attempts|"
                     r"password|characters)\b", re.I)


@pytest.fixture
def russian(qapp):
    i18n.set_language(qapp, "ru")
    yield
    i18n.set_language(qapp, "en")


@pytest.fixture
def uzbek(qapp):
    i18n.set_language(qapp, "uz")
    yield
    i18n.set_language(qapp, "en")


def test_the_operators_errors_are_named_in_russian(russian):
    stored = ("connection refused: nothing is listening at the status source's address "
              "after 5 attempts")
    text = source_error_text(stored)
    assert text == ("в соединении отказано: по адресу источника статусов ничего не отвечает "
                    "после попыток: 5")
    deadline = ("no answer within the deadline of 10 s (3 attempts); the status source is slow "
                "or not answering (raise checks.deadline_seconds if it is only slow)")
    assert not ENGLISH.search(source_error_text(deadline)), source_error_text(deadline)
    assert "10" in source_error_text(deadline)
    # What is not recognised (the source's own words) stays as it came.
    assert source_error_text("HTTP 418 I'm a teapot") == "HTTP 418 I'm a teapot"


def test_a_stopped_check_is_summed_up_in_uzbek(uzbek, main_window):
    event = EngineEvent(type="finished", run_id="r1", kind="auto", state="cancelled",
                        total=168, checked=64, changed=0, errors=0,
                        reason="cancelled; 104 of 168 card(s) were not checked")
    main_window._on_run_finished(event)
    text = main_window.last_result.text()
    assert text == "Oxirgi tekshiruv bekor qilindi: 168 tadan 64 ta simkarta tekshirildi"
    assert "104 of 168" in main_window.last_result.toolTip()  # the details stay at hand
    main_window._on_run_finished(EngineEvent(
        type="finished", run_id="r2", kind="auto", state="stopped", total=1000, checked=5,
        changed=0, errors=5, reason="the status source seems down"))
    assert not ENGLISH.search(main_window.last_result.text())
    assert f"{formats.number(1000)} tadan 5 ta" in main_window.last_result.text()


def test_a_weak_new_password_is_refused_in_uzbek_only(uzbek, db):
    with pytest.raises(ValidationError) as caught:
        users.add_user("ali", "abc", ROLE_OPERATOR)
    assert caught.value.code == "weak_password"
    text = sign_in_error_text(caught.value, "ali")
    assert text and not ENGLISH.search(text), text


def test_an_empty_code_is_not_named_twice(db):
    problem = Problem("code_empty", "the code is empty")
    text = render("invalid_code", {"raw": "", "problem": problem})
    assert text is not None and not text.startswith("Code :")
    assert render("invalid_code", {"raw": "123", "problem": problem}).startswith("Code 123:")


def test_the_handover_shop_chosen_by_keyboard_hands_the_focus_to_the_scan(qtbot, gui_ctx):
    shop = shops.create_shop({"name": "Andijon Bozor", "region": "Andijon viloyati"})
    shops.create_shop({"name": "Chorsu Mobile"})
    codes = pack(2)
    simcards.bulk_add(simcards.entries_from_codes(codes), source="cli")
    dialog = open_dialog(qtbot, gui_ctx, handover.TO_SHOP, None)
    assert dialog.focusWidget() is dialog.shop and dialog.chosen_shop() is None
    qtbot.keyClicks(dialog.shop.lineEdit(), "andijo")  # one shop matches
    qtbot.keyClick(dialog.shop.lineEdit(), Qt.Key.Key_Return)
    assert dialog.chosen_shop() == shop.id
    assert dialog.focusWidget() is dialog.scan_edit  # the scanner's code goes to the list
    scan(qtbot, dialog, codes[0])
    assert dialog.model.codes() == [codes[0]] and dialog.chosen_shop() == shop.id


def test_switch_user_asks_about_unsaved_settings(db, gui_ctx, qtbot, tmp_path: Path):
    users.add_user("boshliq", "boshliq-parol-1", ROLE_ADMIN)
    users.add_user("ishchi", "ishchi-parol-1", ROLE_OPERATOR)
    window = make_window(gui_ctx, qtbot, tmp_path / "signin.ini")
    sign_in_by_keyboard(window, qtbot, "boshliq", "boshliq-parol-1")
    page = window.show_page("settings")
    page.load()
    field = page.fields["office.dealer_name"]
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.keyClicks(field, "Yangi diler")
    assert page.changed()
    assert window.switch_user() is False  # asked first; still signed in
    box = page.leave_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not window.is_locked() and field.text().endswith("Yangi diler")
    assert window.switch_user() is False
    qtbot.mouseClick(page.leave_question.button(QMessageBox.StandardButton.Discard),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.is_locked, timeout=3000)
    assert not page.changed()


def test_acts_show_the_windows_date_and_the_newest_is_ready_to_print(qtbot, gui_ctx):
    shop = shops.create_shop({"name": "Chorsu Mobile"})
    codes = pack(2)
    simcards.bulk_add(simcards.entries_from_codes(codes), source="cli")
    act = handover.commit_handover(int(shop.id), codes, direction=handover.TO_SHOP,
                                   source="gui", actor="ali")
    acts = ActsList(gui_ctx, show_shop=False)
    qtbot.addWidget(acts)
    acts.load(int(shop.id))
    assert acts.table.item(0, 1).text() == formats.datetime_text(
        handover.get_act(act.number).created_at)
    assert acts.current_act_id() == act.number and acts.pdf_button.isEnabled()
