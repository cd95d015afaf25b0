"""The window driven by the keyboard and the wheel (issue 10, part A): Enter confirms a
dialog and Esc cancels it, the wheel leaves unfocused settings alone, page shortcuts work
right after a sidebar click, the card table behaves like a spreadsheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QSpinBox,
    QWidget,
)

from simdesk.domain import shops, simcards
from simdesk.storage.models import Shop, SimCard
from tests.helpers import pack

# The offscreen platform cannot resize, raise or grab for a popup, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


def add_cards(count: int, start: int = 0) -> list[str]:
    codes = pack(count, start)
    simcards.bulk_add(simcards.entries_from_codes(codes), source="cli")
    return codes


def open_dialogs(kind: type[QDialog] = QDialog) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def click_sidebar(main_window, qtbot, page_id: str) -> None:
    """A mouse click on the page's entry in the sidebar (the focus stays there)."""
    from simdesk.gui.main_window import PAGES

    row = [p[0] for p in PAGES].index(page_id)
    sidebar = main_window.sidebar
    rect = sidebar.visualItemRect(sidebar.item(row))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.current_page_id() == page_id
    sidebar.setFocus()
    qtbot.waitUntil(sidebar.hasFocus, timeout=2000)


# ------------------------------------------------------------------ dialogs


def test_enter_in_the_assign_dialog_assigns(main_window, qtbot):
    shops.create_shop({"name": "Chorsu"})
    shops.create_shop({"name": "Yunusobod"})
    codes = add_cards(3)
    page = main_window.show_page("simcards")
    page.refresh()
    page.select_rows([0, 1, 2])
    dialog = page.open_assign_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.shop.setFocus()
    # A name that is no shop: Enter says so on the field, nothing is assigned.
    qtbot.keyClicks(dialog.shop.lineEdit(), "Nowhere")
    qtbot.keyClick(dialog.shop.lineEdit(), ENTER)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "Choose a shop from the list." in dialog.message.text()
    assert dialog.shop.property("simdeskInvalid")
    assert SimCard.select().where(SimCard.shop.is_null(False)).count() == 0
    dialog.shop.lineEdit().clear()
    qtbot.keyClicks(dialog.shop.lineEdit(), "Yunusobod")
    qtbot.keyClick(dialog.shop.lineEdit(), ENTER)
    if dialog.shop.completer().popup().isVisible():  # the first Enter chose the completion
        qtbot.keyClick(dialog.shop.completer().popup(), ENTER)
        qtbot.keyClick(dialog.shop.lineEdit(), ENTER)
    qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=10_000)
    shop = Shop.get(Shop.name == "Yunusobod")
    assert {c.code for c in SimCard.select().where(SimCard.shop == shop)} == set(codes)
    # Then Enter is OK: the dialog closes.
    qtbot.keyClick(dialog.shop, ENTER)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_after_tabbing_past_the_buttons_saves_the_shop(qtbot, db):
    from simdesk.gui.dialogs.shop_dialog import ShopDialog

    dialog = ShopDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Olmazor")
    # Tab through every field and both buttons, back to the name.
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is dialog.name_edit:
            break
    assert QApplication.focusWidget() is dialog.name_edit
    qtbot.keyClick(dialog.name_edit, ENTER)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Shop.select().where(Shop.name == "Olmazor").count() == 1


def test_notes_take_tab_and_ctrl_enter_and_esc_cancels(qtbot, db):
    from simdesk.gui.dialogs.card_edit import CardEditDialog

    code = pack(1)[0]
    dialog = CardEditDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, code)
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "first line")
    qtbot.keyClick(dialog.notes, ENTER)  # a new line, not "save"
    qtbot.keyClicks(dialog.notes, "second")
    assert dialog.isVisible() and SimCard.select().count() == 0
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab)
    assert not dialog.notes.hasFocus()
    assert "\t" not in dialog.notes.toPlainText()
    dialog.notes.setFocus()
    qtbot.keyClick(dialog.notes, ENTER, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    card = SimCard.get(SimCard.code == code)
    assert card.notes == "first line\nsecond"

    again = CardEditDialog()
    qtbot.addWidget(again)
    again.show()
    activate(qtbot, again)
    qtbot.keyClicks(again.code, pack(1, 5)[0])
    qtbot.keyClick(again.code, Qt.Key.Key_Escape)
    assert again.result() == QDialog.DialogCode.Rejected
    assert SimCard.select().count() == 1


def test_enter_with_an_invalid_form_keeps_it_open_with_the_field_marked(qtbot, db):
    from simdesk.gui.dialogs.user_dialog import UserDialog

    dialog = UserDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.username, "kassir")
    qtbot.keyClicks(dialog.password, "a-long-password-1")
    qtbot.keyClicks(dialog.password2, "another-password-2")
    qtbot.keyClick(dialog.password2, ENTER)
    assert dialog.isVisible()
    assert dialog.password2.property("simdeskInvalid")
    dialog.password2.clear()
    qtbot.keyClicks(dialog.password2, "a-long-password-1")
    qtbot.keyClick(dialog.password2, ENTER)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created is not None and dialog.created.username == "kassir"


def test_enter_in_bulk_add_adds_the_current_tab_and_the_scanner_keeps_its_enter(
        main_window, qtbot):
    page = main_window.show_page("simcards")
    dialog = page.open_bulk_dialog()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(dialog.TAB_RANGE)
    first = pack(1)[0]
    qtbot.keyClicks(dialog.range_first, first)
    dialog.range_count.setValue(5)
    qtbot.keyClick(dialog.range_count, ENTER)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert SimCard.select().count() == 5
    dialog.tabs.setCurrentIndex(dialog.TAB_PASTE)
    dialog.paste_text.setFocus()
    qtbot.keyClicks(dialog.paste_text, pack(1, 10)[0])
    qtbot.keyClick(dialog.paste_text, ENTER)  # a new line only
    assert SimCard.select().count() == 5
    qtbot.keyClicks(dialog.paste_text, pack(1, 11)[0])
    qtbot.keyClick(dialog.paste_text, ENTER, CTRL)
    qtbot.waitUntil(lambda: SimCard.select().count() == 7, timeout=10_000)
    dialog.tabs.setCurrentIndex(dialog.TAB_SCANNER)
    qtbot.keyClicks(dialog.scan_input, pack(1, 20)[0])
    qtbot.keyClick(dialog.scan_input, ENTER)
    assert SimCard.select().count() == 8
    assert dialog.isVisible()
    qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# ------------------------------------------------------------------ the wheel


def wheel(widget: QWidget, steps: int = -3) -> None:
    """A mouse wheel turn over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())),
                        QPoint(0, 0), QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_setting_scrolls_the_page_not_the_value(main_window, qtbot):
    from PySide6.QtWidgets import QScrollArea

    from simdesk.gui.widgets.wheel_guard import WheelGuard

    main_window.resize(900, 400)  # the settings do not fit: the page scrolls
    page = main_window.show_page("settings")
    spin = page.fields["checks.concurrency"]
    assert isinstance(spin, QSpinBox)
    spin.setValue(16)
    main_window.sidebar.setFocus()
    qtbot.waitUntil(lambda: not spin.hasFocus(), timeout=2000)
    scroll = page.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    bar.setValue(0)
    guard = QApplication.instance().findChild(WheelGuard)
    before = guard.passed_on
    for _ in range(3):
        wheel(spin)
        wheel(spin.lineEdit())
    assert spin.value() == 16
    assert guard.passed_on == before + 6
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert bar.maximum() > 0
    assert bar.value() > 0  # the page scrolled instead
    combos = [w for w in page.findChildren(QComboBox) if w.isEnabled()]
    assert combos
    for combo in combos:
        index = combo.currentIndex()
        wheel(combo, steps=-1)
        wheel(combo, steps=1)
        assert combo.currentIndex() == index
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # A spin box the user clicked into takes the wheel.
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=2000)
    wheel(spin, steps=-1)
    assert spin.value() == 15
    assert all(w.focusPolicy() == Qt.FocusPolicy.StrongFocus
               for w in main_window.findChildren(QAbstractSpinBox))


# ------------------------------------------------------------------ page shortcuts


@pytest.mark.parametrize("page_id", ["simcards", "shops", "checks"])
def test_ctrl_f_after_a_sidebar_click_focuses_the_search(main_window, qtbot, page_id):
    activate(qtbot, main_window)
    click_sidebar(main_window, qtbot, page_id)
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_F, CTRL)
    page = main_window.pages[page_id]
    search = {"simcards": "search", "shops": "search_edit", "checks": "code_edit"}[page_id]
    expected = getattr(page, search, None) or page.findChild(QWidget, search)
    assert expected is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expected, timeout=2000)


def test_ins_and_del_after_a_sidebar_click_act_on_the_shown_page(main_window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from simdesk.gui.dialogs.card_edit import CardEditDialog
    from simdesk.gui.dialogs.shop_dialog import ShopDialog

    add_cards(2)
    activate(qtbot, main_window)
    click_sidebar(main_window, qtbot, "simcards")
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: bool(open_dialogs(CardEditDialog)), timeout=3000)
    for dialog in open_dialogs(CardEditDialog):
        dialog.reject()
    page = main_window.pages["simcards"]
    page.refresh()
    page.select_rows([0])
    click_sidebar(main_window, qtbot, "simcards")
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.confirm_box is not None and page.confirm_box.isVisible(),
                    timeout=3000)
    assert isinstance(page.confirm_box, QMessageBox)
    page.confirm_box.reject()
    # Another page's Ins: the shops page adds a shop, the cards page stays quiet.
    click_sidebar(main_window, qtbot, "shops")
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: bool(open_dialogs(ShopDialog)), timeout=3000)
    assert not open_dialogs(CardEditDialog)
    for dialog in open_dialogs(ShopDialog):
        dialog.reject()


# ------------------------------------------------------------------ the card table


def test_the_card_table_works_like_a_spreadsheet(main_window, qtbot):
    from simdesk.gui.dialogs.card_edit import CardEditDialog
    from simdesk.gui.models.cards_model import COLUMNS, SORT_KEYS

    codes = add_cards(6)
    activate(qtbot, main_window)
    click_sidebar(main_window, qtbot, "simcards")
    page = main_window.pages["simcards"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=3000)
    view = page.view
    assert page.selection_label.text() == ""
    # Click row 1, Shift+click row 3: three rows selected, and the page says so.
    def row_point(row: int) -> QPoint:
        return view.visualRect(page.model.index(row, 0)).center()

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=row_point(1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, row_point(3))
    assert len(page.selected_ids()) == 3
    assert page.selection_label.text() == "3 selected"
    # Ctrl+C: the codes, one per line, in table order.
    QApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    shown = [page.model.data(page.model.index(r, 0)) for r in (1, 2, 3)]
    assert QApplication.clipboard().text() == "\n".join(shown)
    assert set(shown) <= set(codes)
    # Enter on one row opens its edit dialog.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=row_point(4))
    assert page.selection_label.text() == "1 selected"
    qtbot.keyClick(view, ENTER)
    qtbot.waitUntil(lambda: bool(open_dialogs(CardEditDialog)), timeout=3000)
    dialog = open_dialogs(CardEditDialog)[0]
    assert dialog.code.text() == page.model.data(page.model.index(4, 0))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    # Every header says whether it sorts; a click on one that does sorts by it.
    header = view.horizontalHeader()
    for column, _key in enumerate(COLUMNS):
        tip = page.model.headerData(column, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.ToolTipRole)
        assert tip, column
        assert ("cannot be sorted" in tip) == (column not in SORT_KEYS)
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        before = page.model.sort_column()
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))
        if column in SORT_KEYS:
            assert page.model.sort_column()[0] == column
        else:
            assert page.model.sort_column() == before
            assert header.sortIndicatorSection() == before[0]
