"""The hand-over dialog on a real database, driven like the office drives it: a scanner
types each code and Enter into the scan field; refused scans beep and say why; Confirm
assigns every card in one transaction and the act is written as a PDF whose text lists the
codes (read back with pypdf)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from simdesk.domain import handover, settings, shops, simcards
from simdesk.errors import ValidationError
from simdesk.gui import i18n
from simdesk.gui.act_pdf import act_html, write_act_pdf
from simdesk.gui.dialogs.handover import HandoverDialog
from simdesk.gui.pages.checks_log import ChecksLogPage
from simdesk.gui.pages.settings_page import SettingsPage
from simdesk.gui.pages.shops import ShopsPage
from simdesk.gui.widgets.acts import ActsDialog
from simdesk.storage.models import HandoverAct, SimCard
from tests.helpers import pack

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def office(db):
    """Shop A (with owner), shop B; cards 0-9 in stock with phones, 10-11 in B."""
    a = shops.create_shop({"name": "Chorsu Mobile", "owner_name": "Akmal Karimov",
                           "owner_phone": "+998901234567"})
    b = shops.create_shop({"name": "Baraka"})
    codes = pack(12)
    created = simcards.bulk_add(simcards.entries_from_codes(codes), source="cli").created_ids
    for n, code in enumerate(codes[:10]):
        simcards.update_card(created[code], {"phone": f"+99890{n:07d}"}, source="cli")
    simcards.assign_cards(b.id, codes=codes[10:], source="cli")
    return a, b, codes


def open_dialog(qtbot, ctx, direction: str, shop_id: int | None) -> HandoverDialog:
    dialog = HandoverDialog(ctx, direction, shop_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def scan(qtbot, dialog: HandoverDialog, code: str) -> None:
    """What a barcode scanner does: the code's characters, then Enter."""
    qtbot.keyClicks(dialog.scan_edit, code)
    qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Return)


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", text)


def test_scanned_cards_are_handed_over_and_the_act_pdf_lists_them(
        qtbot, gui_ctx, office, tmp_path):
    a, _b, codes = office
    settings.set_value("office.dealer_name", "Sirdaryo Diler MChJ")
    dialog = open_dialog(qtbot, gui_ctx, handover.TO_SHOP, a.id)
    assert dialog.focusWidget() is dialog.scan_edit
    refused: list[tuple[str, str]] = []
    dialog.scan_refused.connect(lambda code, why: refused.append((code, why)))
    for code in codes[:3]:
        scan(qtbot, dialog, code)
    assert dialog.model.codes() == codes[:3]
    assert dialog.count_label.text() == "3 card(s) in the list"
    assert dialog.sounds.requested == ["accepted"] * 3
    assert dialog.scan_edit.text() == "" and dialog.focusWidget() is dialog.scan_edit

    scan(qtbot, dialog, codes[10])  # in another shop
    assert refused[-1] == (codes[10], "in_other_shop")
    assert dialog.message.text() == (
        f"{codes[10]} is in another shop, Baraka. Take it back from there first.")
    scan(qtbot, dialog, codes[1])  # scanned twice
    assert refused[-1] == (codes[1], "duplicate")
    assert dialog.message.text() == f"{codes[1]} is already in the list."
    assert dialog.scan_edit.property("simdeskInvalid")  # the field is marked
    scan(qtbot, dialog, codes[0][:-1] + str((int(codes[0][-1]) + 1) % 10))  # misread
    assert refused[-1][1] == "invalid_code"
    assert "check digit is wrong" in dialog.message.text()
    assert dialog.sounds.requested[3:6] == ["refused"] * 3
    assert dialog.model.codes() == codes[:3]  # nothing refused joined the list
    scan(qtbot, dialog, codes[4])  # the next good scan clears the mark
    assert not dialog.scan_edit.property("simdeskInvalid")
    dialog.table.selectRow(3)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.model.codes() == codes[:3]
    assert dialog.refused_log.isVisible()
    # Enter never confirmed anything: nothing written yet
    assert HandoverAct.select().count() == 0
    assert SimCard.get(SimCard.code == codes[0]).status == "available"

    with qtbot.waitSignal(dialog.committed, timeout=10_000) as committed:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    act = committed.args[0]
    assert act.count == 3 and act.shop_name == "Chorsu Mobile"
    cards = SimCard.select().where(SimCard.code.in_(codes[:3]))
    assert {(c.status, c.shop_id) for c in cards} == {("assigned", a.id)}
    assert f"Act No. {act.number}: 3 card(s) handed over to Chorsu Mobile." in \
        dialog.message.text()
    assert dialog.pdf_button.isVisible() and not dialog.confirm_button.isVisible()
    assert not dialog.scan_edit.isEnabled()

    target = tmp_path / "act"
    task = dialog.save_pdf(target)
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: dialog.saved_pdf is not None)
    assert dialog.saved_pdf == tmp_path / "act.pdf"
    text = pdf_text(tmp_path / "act.pdf")
    for code in codes[:3]:
        assert code in text
    assert f"Hand-over act No. {act.number}" in text
    assert "+998 90 000 00 01" in text  # each code with its phone
    for fact in ("Chorsu Mobile", "Owner: Akmal Karimov", "Owner's phone: +998 90 123 45 67",
                 "Sirdaryo Diler MChJ", "Total: 3 SIM card(s)", "Received (shop)"):
        assert fact in text
    assert codes[10] not in text


def dialogs_open() -> list[HandoverDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, HandoverDialog) and w.isVisible()]


def test_taking_a_pack_back_from_the_shops_page_and_saving_its_act_again(
        qtbot, main_window, office, tmp_path):
    _a, b, codes = office
    page = main_window.show_page("shops")
    assert isinstance(page, ShopsPage)
    qtbot.waitUntil(lambda: page.select_shop(b.id))
    assert page.takeback_button.isEnabled()
    qtbot.mouseClick(page.takeback_button, Qt.MouseButton.LeftButton)
    [dialog] = dialogs_open()
    assert dialog.chosen_shop() == b.id and not dialog.oldest_button.isVisible()
    # the pack 9 … 11: card 9 is in stock (refused), 10 and 11 are B's
    qtbot.keyClicks(dialog.first_edit, codes[9])
    qtbot.keyClick(dialog.first_edit, Qt.Key.Key_Return)  # Enter goes on to the last code
    assert dialog.focusWidget() is dialog.last_edit
    qtbot.keyClicks(dialog.last_edit, codes[11])
    qtbot.keyClick(dialog.last_edit, Qt.Key.Key_Return)
    assert dialog.model.codes() == codes[10:12]
    assert dialog.message.text() == "2 card(s) of the pack added; 1 refused (see below)."
    assert f"{codes[9]} is in stock, not in this shop." in dialog.refused_log.toPlainText()
    assert dialog.sounds.requested == ["refused"]
    # a pack written back to front is refused with the field marked
    dialog.first_edit.setText(codes[5])
    dialog.last_edit.setText(codes[2])
    qtbot.mouseClick(dialog.range_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The last code comes before the first; swap them."
    assert dialog.last_edit.property("simdeskInvalid")
    assert dialog.model.codes() == codes[10:12]

    with qtbot.waitSignal(dialog.committed, timeout=10_000) as committed:
        qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter confirms
    act = committed.args[0]
    assert act.direction == "from_shop" and act.count == 2
    cards = SimCard.select().where(SimCard.code.in_(codes[10:12]))
    assert {(c.status, c.shop_id) for c in cards} == {("available", None)}

    # the shop's panel lists the act; Save PDF writes it again
    qtbot.waitUntil(lambda: page.acts.table.rowCount() == 1)
    assert page.acts.current_act_id() == act.id
    assert page.acts.table.item(0, 2).text() == "back from the shop"
    task = page.acts.save_pdf(tmp_path / "again.pdf")
    assert task is not None
    qtbot.waitUntil(lambda: page.acts.saved_pdf is not None, timeout=20_000)
    text = pdf_text(tmp_path / "again.pdf")
    assert codes[10] in text and codes[11] in text and codes[9] not in text
    assert "SIM cards taken back from a shop" in text and "Received (dealer)" in text
    dialog.close()


def test_oldest_in_stock_and_cancel_asks_before_dropping_the_list(qtbot, gui_ctx, office):
    a, _b, codes = office
    dialog = open_dialog(qtbot, gui_ctx, handover.TO_SHOP, a.id)
    scan(qtbot, dialog, codes[0])
    dialog.oldest_spin.setValue(2)
    qtbot.mouseClick(dialog.oldest_button, Qt.MouseButton.LeftButton)
    assert dialog.model.codes() == [codes[0], codes[1], codes[2]]  # 0 was already listed
    assert not dialog.shop.isEnabled()  # the list was checked for this shop
    dialog.oldest_spin.setValue(50)
    qtbot.mouseClick(dialog.oldest_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Not enough cards in stock: 7 available, 50 asked")
    assert dialog.sounds.requested[-1] == "refused"
    scan(qtbot, dialog, "")  # a stray Enter: nothing happens
    assert len(dialog.model.cards) == 3
    qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # a question first
    box = dialog.findChild(QMessageBox, "dropListQuestion")
    assert box is not None and "3 card(s)" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and len(dialog.model.cards) == 3
    qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Escape)
    box = dialog.findChild(QMessageBox, "dropListQuestion")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert HandoverAct.select().count() == 0
    assert SimCard.get(SimCard.code == codes[0]).status == "available"


def test_acts_reachable_from_the_checks_log_and_the_dealer_name_from_settings(
        qtbot, main_window, office):
    a, _b, codes = office
    settings_page = main_window.show_page("settings")
    assert isinstance(settings_page, SettingsPage)
    field = settings_page.fields["office.dealer_name"]
    qtbot.keyClicks(field, "Sirdaryo Diler")
    qtbot.mouseClick(settings_page.save_button, Qt.MouseButton.LeftButton)
    assert settings.get("office.dealer_name") == "Sirdaryo Diler"
    act = handover.commit_handover(a.id, codes[:2], direction=handover.TO_SHOP,
                                   source="gui", actor="gui")
    assert act.dealer_name == "Sirdaryo Diler"
    page = main_window.show_page("checks")
    assert isinstance(page, ChecksLogPage)
    qtbot.mouseClick(page.acts_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ActsDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.acts.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 2, 3, 4)] == [
        str(act.id), "Chorsu Mobile", "to the shop", "2"]
    assert dialog.acts.pdf_button.isEnabled()  # the newest act is chosen
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 0)).center())
    assert dialog.acts.current_act_id() == act.id and dialog.acts.pdf_button.isEnabled()
    dialog.close()
    # Tools → Take cards back… (Ctrl+Shift+H) opens the dialog from any page
    action = main_window.findChild(QAction, "takeCardsBack")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+H"
    action.trigger()
    [handover_dialog] = dialogs_open()
    assert not handover_dialog.to_shop and handover_dialog.chosen_shop() is None
    assert handover_dialog.windowTitle() == "Take cards back from a shop"
    handover_dialog.close()


def test_the_act_is_written_in_the_window_language(qtbot, gui_ctx, office, tmp_path, qapp):
    a, _b, codes = office
    act = handover.commit_handover(a.id, codes[:1], direction=handover.TO_SHOP,
                                   source="gui", actor="gui")
    try:
        i18n.set_language(qapp, "ru")
        html = act_html(act)
        assert f"Акт приёма-передачи № {act.number}" in html
        i18n.set_language(qapp, "uz")
        assert f"Topshirish-qabul qilish dalolatnomasi № {act.number}" in act_html(act)
        write_act_pdf(act, tmp_path / "uz.pdf")
        assert "Topshirish-qabul qilish dalolatnomasi" in pdf_text(tmp_path / "uz.pdf")
    finally:
        i18n.set_language(qapp, "en")


def test_the_act_is_not_written_over_the_database(qtbot, gui_ctx, office, data_dir):
    a, _b, codes = office
    act = handover.commit_handover(a.id, codes[:1], direction=handover.TO_SHOP,
                                   source="gui", actor="gui")
    live = data_dir / "simcard_db.sqlite"
    before = live.read_bytes()[:100]
    with pytest.raises(ValidationError) as err:
        write_act_pdf(act, live)
    assert err.value.code == "protected_file"
    assert live.read_bytes()[:100] == before


def test_the_shop_comes_first_and_a_card_moved_meanwhile_refuses_the_whole_list(
        qtbot, gui_ctx, office):
    a, b, codes = office
    dialog = open_dialog(qtbot, gui_ctx, handover.TO_SHOP, None)
    assert dialog.focusWidget() is dialog.shop
    scan(qtbot, dialog, codes[0])
    assert dialog.message.text() == "Choose the shop from the list first."
    assert dialog.shop.property("simdeskInvalid") and dialog.sounds.requested == ["refused"]
    assert dialog.model.codes() == []
    qtbot.keyClick(dialog.shop, Qt.Key.Key_Down)  # shops by name: Baraka, Chorsu Mobile
    qtbot.keyClick(dialog.shop, Qt.Key.Key_Down)
    assert dialog.chosen_shop() == a.id
    scan(qtbot, dialog, codes[0])
    scan(qtbot, dialog, codes[1])
    assert dialog.model.codes() == codes[:2]
    # meanwhile another window (or the web app) gives card 1 to shop B
    simcards.assign_cards(b.id, codes=[codes[1]], source="api")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.message.text().startswith("Nothing was written: 1 card(s) of the list")
    assert (f"{codes[1]} is in another shop, Baraka. Take it back from there first."
            in dialog.refused_log.toPlainText())
    assert HandoverAct.select().count() == 0
    assert SimCard.get(SimCard.code == codes[0]).status == "available"
    assert dialog.confirm_button.isEnabled()  # fix the list and confirm again
