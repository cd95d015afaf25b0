"""The SIM cards page on the offscreen platform, on a real temporary database."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMessageBox

from simdesk.domain import settings, simcards
from simdesk.domain.simcards import CardRef, code_prefix
from simdesk.gui.models.cards_model import COL, CardsTableModel
from simdesk.storage.models import SimCard
from tests.helpers import iccid, make_shop, pack
from tests.helpers import stock_cards as add_cards

# The offscreen platform cannot pass a window's size constraints on and says so whenever a
# top-level widget with a layout (the page, a dialog) is shown: not a problem of the page.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(cards_page):
    return cards_page


def row_of(page, card_id: int) -> int:
    model = page.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0), Qt.ItemDataRole.UserRole) == card_id:
            return row
    raise AssertionError(f"card {card_id} is not shown")


def select(page, *card_ids: int) -> None:
    page.refresh()
    page.select_rows([row_of(page, i) for i in card_ids])


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


# ------------------------------------------------------------------ model


def test_model_passes_the_model_tester_and_stays_bounded(db, qtbot):
    ids = add_cards(450)
    model = CardsTableModel(block_size=50, max_blocks=3)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert model.rowCount() == 450 and model.columnCount() == 10
    for row in range(450):
        assert model.data(model.index(row, COL["code"])) is not None
    assert model.cached_blocks() <= 3
    # Newest first by default; ids in UserRole; the status coloured and translated.
    first = model.index(0, COL["status"])
    assert model.data(first) == "Available"
    assert model.data(first, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(first, Qt.ItemDataRole.UserRole) in ids
    model.sort(COL["code"], Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, COL["code"])) == iccid(0)
    model.sort(COL["code"], Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, COL["code"])) == iccid(449)
    model.set_filter(simcards.CardFilter(q=iccid(12)[:17]))
    assert model.rowCount() == 10  # codes 10..19 share the prefix
    model.set_filter(simcards.CardFilter(status="sold"))
    assert model.rowCount() == 0
    simcards.mark_sold(ids[:5], source="cli")
    model.reload()
    assert model.rowCount() == 5
    assert model.data(model.index(0, COL["sale_date"]))
    assert code_prefix("8999 801") == "8999801" and code_prefix("90 123") is None


@pytest.mark.parametrize("flt", [None, simcards.CardFilter(q="12"),
                                 simcards.CardFilter(status="available")])
@pytest.mark.parametrize("column", ["added", "code", "sale_date"])
def test_model_rows_follow_the_domain_listing(db, qtbot, flt, column):
    """Blocks read by id, from the end for the second half, or from a small search result
    give exactly the domain's listing order."""
    ids = add_cards(333)
    simcards.mark_sold(ids[::7], source="cli")
    model = CardsTableModel(block_size=20, max_blocks=4)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    if flt is not None:
        model.set_filter(flt)
    model.sort(COL[column], Qt.SortOrder.DescendingOrder)
    shown = [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole)
             for r in reversed(range(model.rowCount()))][::-1]
    expected = [r.id for r in simcards.list_cards(flt, sort=model.sort_key())]
    assert shown == expected and model.rowCount() == simcards.count_matching(flt)
    picked = model.rows_info([(3, 5), (40, 100)])
    assert [p.id for p in picked] == expected[3:6] + expected[40:101]
    # Cached rows (a short range) and a range read from the database give the same refs.
    listed = {r.id: r for r in simcards.list_cards(flt)}
    assert picked == [CardRef(id=p.id, code=listed[p.id].code, status=listed[p.id].status,
                              shop_id=listed[p.id].shop_id) for p in picked]
    assert all(type(p) is CardRef for p in picked)


# ------------------------------------------------------------------ page


def test_filters_and_search_narrow_the_rows(page, qtbot):
    shop = make_shop()
    ids = add_cards(12)
    simcards.assign_cards(shop, ids=ids[:3], source="cli")
    simcards.mark_sold([ids[0]], source="cli")
    simcards.update_card(ids[5], {"phone": "+998 90 123 45 67"}, source="cli")
    page.refresh()
    assert page.model.rowCount() == 12
    assert "12" in page.count_label.text()

    page.status_filter.setCurrentIndex(page.status_filter.findData("assigned"))
    assert page.model.rowCount() == 2
    page.status_filter.setCurrentIndex(0)
    page.shop_filter.setCurrentIndex(page.shop_filter.findData(shop))
    assert page.model.rowCount() == 3
    page.shop_filter.setCurrentIndex(0)
    page.operator_filter.setCurrentIndex(page.operator_filter.findData("Beeline"))
    assert page.model.rowCount() == 1
    page.operator_filter.setCurrentIndex(0)

    # Search as you type (debounced): a code's beginning, then a phone's digits.
    qtbot.keyClicks(page.search, pack(12)[7])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.data(page.model.index(0, COL["code"])) == pack(12)[7]
    page.search.clear()
    qtbot.keyClicks(page.search, "1234567")
    qtbot.waitUntil(lambda: page.model.current_filter().q == "1234567", timeout=2000)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.UserRole) == ids[5]
    assert "1" in page.count_label.text()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 12, timeout=2000)


def test_filters_and_columns_are_remembered(gui_ctx, page, qtbot):
    from simdesk.gui.pages.simcards import SimCardsPage

    page.status_filter.setCurrentIndex(page.status_filter.findData("sold"))
    page.view.horizontalHeader().resizeSection(COL["code"], 333)
    page.save_view_state()
    again = SimCardsPage(gui_ctx)
    qtbot.addWidget(again)
    assert again.status_filter.currentData() == "sold"
    assert again.model.current_filter().status == "sold"
    assert again.view.horizontalHeader().sectionSize(COL["code"]) == 333


def test_bulk_add_by_paste_shows_each_line(page, qtbot):
    add_cards(1, start=50)
    dialog = page.open_bulk_dialog()
    bad_luhn = pack(1, 2)[0][:-1] + str((int(pack(1, 2)[0][-1]) + 1) % 10)
    dialog.paste_text.setPlainText("\n".join([
        pack(1, 0)[0], pack(1, 1)[0], pack(1, 50)[0], bad_luhn, pack(1, 0)[0]]))
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=5000)
    assert dialog.counts.text() == "Created: 2 · Duplicates: 2 · Invalid: 1"
    reasons = [dialog.results.data(dialog.results.index(r, 3))
               for r in range(dialog.results.rowCount())]
    outcomes = [dialog.results.data(dialog.results.index(r, 2))
                for r in range(dialog.results.rowCount())]
    assert outcomes == ["Created", "Created", "Duplicate", "Invalid", "Duplicate"]
    assert reasons[2] == "This code is already stored."
    assert "check digit" in reasons[3]
    assert "first on line 1" in reasons[4]
    dialog.only_problems.setChecked(True)
    assert dialog.results.rowCount() == 3
    assert SimCard.select().count() == 3
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)


def test_bulk_add_range_error_is_marked(page, qtbot):
    dialog = page.open_bulk_dialog()
    dialog.tabs.setCurrentIndex(dialog.TAB_RANGE)
    dialog.range_first.setText("12345")
    qtbot.mouseClick(dialog.range_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert dialog.range_first.property("simdeskInvalid")
    assert SimCard.select().count() == 0
    dialog.range_first.setText(iccid(0))
    dialog.range_count.setValue(25)
    qtbot.mouseClick(dialog.range_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=5000)
    assert len(dialog.last_result.created) == 25
    assert not dialog.range_first.property("simdeskInvalid")


def test_bulk_add_from_a_file_to_a_shop(page, qtbot, tmp_path):
    shop = make_shop()
    page.refresh()
    path = tmp_path / "codes.csv"
    path.write_text("iccid;phone\n" + "\n".join(f"{c};" for c in pack(4)) + "\n")
    dialog = page.open_bulk_dialog()
    dialog.shop.setCurrentIndex(dialog.shop.findData(shop))
    dialog.tabs.setCurrentIndex(dialog.TAB_FILE)
    dialog.file_path.setText(str(path))
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=5000)
    assert len(dialog.last_result.created) == 4
    assert SimCard.select().where(SimCard.shop == shop, SimCard.status == "assigned").count() == 4


def test_scanner_mode_adds_at_once_and_refuses_duplicates(page, qtbot):
    dialog = page.open_bulk_dialog()
    dialog.tabs.setCurrentIndex(dialog.TAB_SCANNER)
    code = iccid(7)
    qtbot.keyClicks(dialog.scan_input, code)
    qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Return)
    # Stored at once, confirmed on the spot.
    assert SimCard.get_or_none(SimCard.code == code) is not None
    assert dialog.scan_status.property("outcome") == "ok"
    assert code in dialog.scan_status.text()
    assert dialog.last_added.item(0).text() == code
    assert dialog.scan_input.text() == ""
    # The same code again: refused on the spot.
    qtbot.keyClicks(dialog.scan_input, code)
    qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Return)
    assert dialog.scan_status.property("outcome") == "refused"
    assert "Already stored" in dialog.scan_status.text()
    assert "#b71c1c" in dialog.scan_status.styleSheet()
    assert SimCard.select().count() == 1
    # An invalid code too.
    qtbot.keyClicks(dialog.scan_input, "8999801")
    qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Return)
    assert dialog.scan_status.property("outcome") == "refused"
    assert "Not added: 8999801. The code has 7 digits" in dialog.scan_status.text()
    assert dialog.scan_counts.text() == "Added: 1 · Refused: 2"
    assert dialog.last_added.count() == 1
    # Enter went to the scanner only: the dialog stays, no other add was started.
    assert dialog.isVisible() and not dialog.message.isVisible() and not dialog.busy
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)


def test_assign_through_the_context_menu(page, qtbot):
    shop = make_shop()
    make_shop("Yunusobod")
    ids = add_cards(4)
    simcards.mark_sold([ids[3]], source="cli")
    select(page, ids[0], ids[1], ids[3])
    menu = page.context_menu()
    action = next(a for a in menu.actions() if a.objectName() == "assign")
    assert action.isEnabled()
    action.trigger()
    dialog = page.assign_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.shop.count() == 2
    # No shop chosen: refused, field marked.
    dialog.shop.setCurrentIndex(-1)
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert dialog.shop.property("simdeskInvalid")
    dialog.select_shop(shop)
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_label.isVisible(), timeout=5000)
    assert "2 card(s) assigned to Chilonzor 1" in dialog.result_label.text()
    assert "1 card(s) skipped" in dialog.result_label.text()
    assert "sold" in dialog.skipped.toPlainText()
    assert {c.status for c in SimCard.select().where(SimCard.id << ids[:2])} == {"assigned"}
    dialog.accept()
    qtbot.waitUntil(lambda: "assigned" in page.notice.text(), timeout=3000)


def test_return_to_stock(page, qtbot):
    shop = make_shop()
    ids = add_cards(3)
    simcards.assign_cards(shop, ids=ids[:2], source="cli")
    select(page, ids[0], ids[1])
    page.act_return.trigger()
    qtbot.waitUntil(lambda: SimCard.get_by_id(ids[0]).status == "available", timeout=5000)
    assert SimCard.get_by_id(ids[1]).status == "available"
    qtbot.waitUntil(lambda: "2 card(s) returned" in page.notice.text(), timeout=3000)


def test_edit_validation_error_is_shown_on_the_field(page, qtbot):
    ids = add_cards(2)
    select(page, ids[0])
    page.act_edit.trigger()
    dialog = page.edit_dialog
    assert dialog is not None and dialog.code.text() == pack(1)[0]
    dialog.phone.setText("12345")
    dialog.notes.setPlainText("new note")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.phone.property("simdeskInvalid")
    assert dialog.message.isVisible() and dialog.message.text()
    card = SimCard.get_by_id(ids[0])
    assert card.phone is None and card.notes == ""  # nothing written
    # A code already stored: the code field is marked.
    dialog.phone.setText("")
    dialog.code.setText(pack(2)[1])
    dialog.save()
    assert dialog.code.property("simdeskInvalid") and not dialog.phone.property("simdeskInvalid")
    assert "already stored" in dialog.message.text()
    # Fixed: saved.
    dialog.code.setText(pack(1)[0])
    dialog.phone.setText("+998 93 111 22 33")
    dialog.save()
    assert not dialog.isVisible()
    card = SimCard.get_by_id(ids[0])
    assert card.phone == "+998931112233" and card.operator == "Ucell" and card.notes == "new note"


def test_add_a_card_with_insert(page, qtbot):
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    dialog = page.edit_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.code.setText(iccid(3))
    dialog.save()
    assert SimCard.get_or_none(SimCard.code == iccid(3)) is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)


def test_delete_refused_for_a_sold_card(page, qtbot):
    """Decided before asking: the Delete key on a selection holding a sold card says at once
    which card blocks it, without a "cannot be undone" question first."""
    ids = add_cards(3)
    simcards.mark_sold([ids[0]], source="cli")
    select(page, ids[0], ids[1])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    box = page.confirm_box
    assert box is not None and box.isVisible() and box.objectName() == "deleteRefused"
    assert box.button(QMessageBox.StandardButton.Yes) is None  # nothing to confirm
    assert pack(3)[0] in box.text() and "1 of the 2 selected cards are sold" in box.text()
    assert SimCard.select().count() == 3  # nothing deleted, not even the unsold one
    box.close()
    select(page, ids[2])
    page.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: SimCard.get_or_none(SimCard.id == ids[2]) is None, timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)


def test_check_status_now_against_the_fake_operator(page, qtbot):
    from simdesk.checking.fake_operator import FakeOperator

    shop = make_shop()
    ids = add_cards(2)
    simcards.assign_cards(shop, ids=ids, source="cli")
    op = FakeOperator(latency=0.0, sold_share=0.0).start()
    try:
        op.set_answer(pack(1)[0], "sold")
        settings.set_value("status_source.url", op.url)
        select(page, ids[0])
        page.act_check_now.trigger()
        qtbot.waitUntil(lambda: SimCard.get_by_id(ids[0]).status == "sold", timeout=10000)
        qtbot.waitUntil(lambda: pack(1)[0] in page.notice.text(), timeout=5000)
        assert "Sold" in page.notice.text()
        assert SimCard.get_by_id(ids[1]).status == "assigned"
    finally:
        op.stop()


def test_check_status_now_without_a_source_says_so(page, qtbot):
    ids = add_cards(1)
    select(page, ids[0])
    page.act_check_now.trigger()
    qtbot.waitUntil(lambda: any("status source" in b.text() for b in message_boxes()),
                    timeout=5000)
    for b in message_boxes():
        b.close()


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_writes_a_file(page, qtbot, tmp_path, suffix):
    add_cards(5)
    dest = tmp_path / f"cards.{suffix}"
    page.export_to(dest)
    qtbot.waitUntil(lambda: "exported" in page.notice.text(), timeout=10000)
    assert dest.exists()
    if suffix == "csv":
        with dest.open(encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
        assert len(rows) == 6 and {r[1] for r in rows[1:]} == set(pack(5))


def test_copy_codes(page, qtbot):
    ids = add_cards(3)
    select(page, ids[0], ids[2])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert sorted(QApplication.clipboard().text().split("\n")) == sorted(
        [pack(3)[0], pack(3)[2]])


def test_refresh_on_data_change_keeps_the_selection(page, qtbot):
    ids = add_cards(30)
    select(page, ids[10])
    row_before = row_of(page, ids[10])
    assert row_before >= 0
    simcards.update_card(ids[10], {"notes": "changed elsewhere"}, source="api")
    page.ctx.changed_here()
    qtbot.waitUntil(lambda: page.model.data(page.model.index(row_before, 0),
                                            Qt.ItemDataRole.ToolTipRole) == "changed elsewhere",
                    timeout=3000)
    assert page.selected_ids() == [ids[10]]


def test_in_the_main_window(main_window, qtbot):
    ids = add_cards(5)
    page = main_window.show_page("simcards")
    qtbot.waitUntil(page.isVisible, timeout=3000)
    assert page.title() == "SIM cards"
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=3000)
    page.select_rows([row_of(page, ids[0])])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.edit_dialog is not None and page.edit_dialog.isVisible()
    page.edit_dialog.reject()
