"""The Shops page on a real temporary database: the dialog, the domain's refusals shown on
the fields, archive / delete under the rules, filters, the detail panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from simdesk.domain import shops as shop_domain
from simdesk.domain.simcards import assign_cards, bulk_add, entries_from_codes, mark_sold
from simdesk.domain.stats import shop_stats
from simdesk.gui.dialogs.shop_dialog import ShopDialog
from simdesk.gui.pages.shops import ShopsPage
from simdesk.storage.models import Shop, SimCard
from tests.helpers import pack

# The offscreen platform plugin warns whenever a top-level window gets size hints; that one
# message says nothing about this code.  Every other Qt warning still fails the tests.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(gui_ctx, qtbot):
    page = ShopsPage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def add_cards(shop_id: int, assigned: int, sold: int, start: int = 0) -> list[int]:
    n = assigned + sold
    result = bulk_add(entries_from_codes(pack(n, start)), source="gui")
    assert not result.invalid and not result.duplicates
    ids = [c.id for c in SimCard.select().where(SimCard.code.in_(pack(n, start)))]
    assign_cards(shop_id, ids=ids, source="gui")
    if sold:
        mark_sold(ids[:sold], source="gui")
    return ids


def save(qtbot, dialog: ShopDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def message_boxes(page: ShopsPage) -> list[QMessageBox]:
    """The page's open message boxes (shown non-blocking, found among the top levels)."""
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and w.parent() is page]


def names_shown(page: ShopsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_add_shop_through_the_dialog(page, qtbot):
    dialog = page.open_add_dialog()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Chilonzor Mobile")
    qtbot.keyClicks(dialog.owner_edit, "Akmal Karimov")
    qtbot.keyClicks(dialog.phone_edit, "90 123 45 67")
    qtbot.keyClicks(dialog.address_edit, "Chilonzor 9")
    dialog.region_combo.setCurrentText("toshkent shahri")  # free text, normalised
    dialog.latitude_edit.setText("41.2995")
    dialog.longitude_edit.setText("69.2401")
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    assert not dialog.isVisible()
    shop = Shop.get(Shop.name == "Chilonzor Mobile")
    assert shop.owner_phone == "+998901234567"
    assert shop.region == "Toshkent shahri"
    assert shop.latitude == pytest.approx(41.2995)
    assert names_shown(page) == ["Chilonzor Mobile"]
    assert page.current_shop_id() == shop.id
    assert page.detail.title.text() == "Chilonzor Mobile"
    assert "+998 90 123 45 67" in page.detail.info.text()


def test_validation_error_is_shown_on_its_field(page, qtbot):
    dialog = page.open_add_dialog()
    qtbot.keyClicks(dialog.name_edit, "Yunusobod")
    qtbot.keyClicks(dialog.phone_edit, "12345")
    dialog.latitude_edit.setText("north")
    save(qtbot, dialog)
    assert dialog.isVisible()  # still open, with what the user typed
    assert dialog.name_edit.text() == "Yunusobod"
    assert dialog.phone_edit.text() == "12345"
    assert dialog.is_marked("owner_phone")
    assert dialog.is_marked("latitude")
    assert not dialog.is_marked("name")
    assert dialog.fields["owner_phone"].toolTip()
    assert dialog.error_label.isVisible()
    assert "Owner's phone" in dialog.error_label.text()
    assert "Latitude" in dialog.error_label.text()
    assert Shop.select().count() == 0  # nothing written
    # fixing the field clears the marks and saves
    dialog.phone_edit.setText("+998 93 555 44 33")
    dialog.latitude_edit.clear()
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert Shop.get(Shop.name == "Yunusobod").owner_phone == "+998935554433"


def test_empty_name_is_refused_on_the_name_field(page, qtbot):
    dialog = page.open_add_dialog()
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.is_marked("name")
    assert Shop.select().count() == 0


def test_duplicate_name_is_refused_with_the_name_marked(page, qtbot):
    shop_domain.create_shop({"name": "Alpha"})
    dialog = page.open_add_dialog()
    qtbot.keyClicks(dialog.name_edit, "alpha")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.is_marked("name")
    assert "already exists" in dialog.error_label.text()
    assert Shop.select().count() == 1


def test_edit_a_shop(page, qtbot):
    shop = shop_domain.create_shop({"name": "Beta", "owner_name": "Old owner",
                                    "region": "Buxoro viloyati"})
    page.refresh()
    assert page.select_shop(shop.id)
    dialog = page.open_edit_dialog()
    assert dialog is not None
    assert dialog.name_edit.text() == "Beta"
    assert dialog.region_combo.currentText() == "Bukhara Region"  # the window's language
    assert dialog.values()["region"] == "Buxoro viloyati"  # stored canonical
    dialog.owner_edit.setText("New owner")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("inactive"))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    shop = Shop.get_by_id(shop.id)
    assert (shop.owner_name, shop.status) == ("New owner", "inactive")
    assert page.current_shop_id() == shop.id
    status_col = page.model.column("status")
    assert page.proxy.index(0, status_col).data() == "Inactive"


def test_archive_refused_while_the_shop_holds_unsold_cards(page, qtbot):
    shop = shop_domain.create_shop({"name": "Gamma"})
    ids = add_cards(shop.id, assigned=3, sold=1)
    page.refresh()
    page.select_shop(shop.id)
    assert page.archive_current() is False
    boxes = message_boxes(page)
    assert len(boxes) == 1
    assert "3 unsold card(s)" in boxes[0].text()
    assert "Return them to stock" in boxes[0].text()
    boxes[0].close()
    assert Shop.get_by_id(shop.id).archived_at is None

    # cards returned: archive works; the shop leaves the list unless archived are shown
    from simdesk.domain.simcards import return_to_stock

    return_to_stock(ids=ids[1:], source="gui")
    page.refresh()
    page.select_shop(shop.id)
    assert page.archive_current() is True
    assert Shop.get_by_id(shop.id).archived_at is not None
    assert names_shown(page) == []
    page.archived_check.setChecked(True)
    assert names_shown(page) == ["Gamma"]
    page.select_shop(shop.id)
    assert page.unarchive_button.isVisible() and not page.archive_button.isVisible()
    assert page.unarchive_current() is True
    assert Shop.get_by_id(shop.id).archived_at is None


def test_delete_a_shop_and_refusal_with_sales(page, qtbot):
    empty = shop_domain.create_shop({"name": "Delta"})
    selling = shop_domain.create_shop({"name": "Echo"})
    add_cards(selling.id, assigned=0, sold=2)
    page.refresh()
    page.select_shop(empty.id)
    box = page.confirm_delete()
    assert box is not None and box.isVisible()
    assert "Delta" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert Shop.get_or_none(Shop.id == empty.id) is None
    assert names_shown(page) == ["Echo"]

    # Decided before asking: a shop with sales is refused at once (no "cannot be undone"
    # question first), and Archive is offered instead.
    page.select_shop(selling.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    boxes = message_boxes(page)
    assert [b.objectName() for b in boxes] == ["shopDeleteRefused"]
    box = boxes[0]
    assert "cannot be undone" not in box.text() and "Archive it instead" in box.text()
    archive = box.button(QMessageBox.StandardButton.Yes)
    assert archive is not None and archive.text() == "Archive"
    qtbot.mouseClick(archive, Qt.MouseButton.LeftButton)
    assert Shop.get_by_id(selling.id).archived_at is not None  # archived, not deleted


def test_delete_a_shop_holding_unsold_cards_says_why_at_once(page, qtbot):
    shop = shop_domain.create_shop({"name": "Golf"})
    add_cards(shop.id, assigned=2, sold=0)
    page.refresh()
    page.select_shop(shop.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    boxes = message_boxes(page)
    assert [b.objectName() for b in boxes] == ["shopDeleteRefused"]
    assert "2 unsold card(s)" in boxes[0].text()
    assert boxes[0].button(QMessageBox.StandardButton.Yes) is None  # neither Delete nor Archive
    boxes[0].close()
    assert Shop.get_by_id(shop.id).archived_at is None


def test_delete_a_shop_with_history_only_is_refused_before_asking(page, qtbot):
    from simdesk.domain.simcards import return_to_stock

    shop = shop_domain.create_shop({"name": "Hotel"})
    ids = add_cards(shop.id, assigned=1, sold=0)
    return_to_stock(ids=ids, source="gui")  # no card now, but the log names the shop
    page.refresh()
    page.select_shop(shop.id)
    box = page.confirm_delete()
    assert box is not None and box.objectName() == "shopDeleteRefused"
    assert "has held cards" in box.text()
    box.close()
    assert Shop.get_or_none(Shop.id == shop.id) is not None


def test_cancel_delete_keeps_the_shop(page):
    shop = shop_domain.create_shop({"name": "Foxtrot"})
    page.refresh()
    page.select_shop(shop.id)
    box = page.confirm_delete()
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert Shop.get_or_none(Shop.id == shop.id) is not None


def test_filters(page, qtbot):
    shop_domain.create_shop({"name": "Andijon Savdo", "region": "Andijon viloyati",
                             "owner_name": "Bobur"})
    shop_domain.create_shop({"name": "Samarqand Tel", "region": "Samarqand viloyati",
                             "status": "inactive"})
    shop_domain.create_shop({"name": "Registon", "region": "Samarqand viloyati",
                             "address": "Registon ko'chasi 1"})
    old = shop_domain.create_shop({"name": "Old Kiosk", "region": "Samarqand viloyati"})
    shop_domain.archive_shop(old.id)
    page.refresh()
    assert sorted(names_shown(page)) == ["Andijon Savdo", "Registon", "Samarqand Tel"]
    assert page.count_label.text() == "3 shop(s)"

    page.region_combo.setCurrentIndex(page.region_combo.findData("Samarqand viloyati"))
    assert sorted(names_shown(page)) == ["Registon", "Samarqand Tel"]
    page.status_combo.setCurrentIndex(page.status_combo.findData("inactive"))
    assert names_shown(page) == ["Samarqand Tel"]
    page.status_combo.setCurrentIndex(0)
    page.archived_check.setChecked(True)
    assert sorted(names_shown(page)) == ["Old Kiosk", "Registon", "Samarqand Tel"]
    archived_row = page.model.row_for_id(old.id)
    assert page.model.index(archived_row, page.model.column("status")).data() == "Archived"
    page.archived_check.setChecked(False)
    page.region_combo.setCurrentIndex(0)

    qtbot.keyClicks(page.search_edit, "bobur")  # owner, debounced
    qtbot.waitUntil(lambda: names_shown(page) == ["Andijon Savdo"], timeout=2000)
    page.search_edit.setText("ko'chasi")  # address
    qtbot.waitUntil(lambda: names_shown(page) == ["Registon"], timeout=2000)
    page.search_edit.clear()
    qtbot.waitUntil(lambda: len(names_shown(page)) == 3, timeout=2000)


def test_filters_are_remembered(gui_ctx, qtbot):
    first = ShopsPage(gui_ctx)
    qtbot.addWidget(first)
    first.status_combo.setCurrentIndex(first.status_combo.findData("active"))
    first.archived_check.setChecked(True)
    second = ShopsPage(gui_ctx)
    qtbot.addWidget(second)
    assert second.status_combo.currentData() == "active"
    assert second.archived_check.isChecked()


def test_detail_panel_numbers_and_cards(page, qtbot):
    shop = shop_domain.create_shop({"name": "Hotel", "owner_name": "Dilnoza",
                                    "region": "Navoiy viloyati"})
    other = shop_domain.create_shop({"name": "India"})
    add_cards(shop.id, assigned=3, sold=1)
    add_cards(other.id, assigned=1, sold=0, start=100)
    page.refresh()
    page.select_shop(shop.id)
    values = {k: label.text() for k, label in page.detail.values.items()}
    expected = shop_stats(shop.id)
    assert values == {
        "assigned": str(expected.assigned),
        "sold": str(expected.sold),
        "total": str(expected.total),
        "sell_through": "25%",
        "sold_7d": "1",
        "sold_30d": "1",
    }
    assert (expected.assigned, expected.sold, expected.total) == (3, 1, 4)
    cards = page.detail.cards_model
    assert cards.rowCount() == 4
    assert {r.code for r in cards.rows} == set(pack(4))
    status = cards.COLUMN_KEYS.index("status")
    statuses = sorted(cards.index(r, status).data() for r in range(4))
    assert statuses == ["Assigned", "Assigned", "Assigned", "Sold"]
    # the table's counts come from the same numbers
    row = page.model.row_for_id(shop.id)
    assert page.model.index(row, page.model.column("sell_through")).data() == "25%"
    page.select_shop(other.id)
    assert page.detail.values["total"].text() == "1"
    assert page.detail.cards_model.rowCount() == 1
    page.table.clearSelection()
    assert page.detail.placeholder.isVisible()


def test_numbers_use_thousand_separators(page):
    from simdesk.gui.widgets.charts import percent, thousands

    assert thousands(1_000_000) == "1,000,000"  # the locale of the language (English here)
    assert thousands(999) == "999"
    assert percent(0.25) == "25%"
    assert percent(1 / 3) == "33.3%"


def test_shop_models_pass_the_model_tester(page, qtmodeltester):
    shop = shop_domain.create_shop({"name": "Juliet"})
    shop_domain.create_shop({"name": "Kilo"})
    add_cards(shop.id, assigned=2, sold=1)
    page.refresh()
    page.select_shop(shop.id)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.detail.cards_model)
    page.model.reload()
    page.detail.cards_model.set_shop(None)
