"""Whole-filter and large selections on the SIM cards page, driven with the keyboard and the
mouse; Cancel and Stop in the status bar.  The million-card case takes about 5 s (the cards
are made by one INSERT … SELECT); the same logic runs at small size with the page's
thresholds lowered."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from simdesk.domain import settings, simcards
from simdesk.gui.pages import simcards as page_mod
from simdesk.storage.models import CheckRun, SimCard, StatusCheck
from tests.helpers import make_shop, pack
from tests.helpers import stock_cards as add_cards

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(cards_page):
    return cards_page


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The large-selection paths at small size: more than 10 rows is "large"."""
    monkeypatch.setattr(page_mod, "SMALL_SELECTION", 10)
    monkeypatch.setattr(page_mod, "COPY_ASK", 10)


def ctrl_a(qtbot, page) -> None:
    if page.model.rowCount() == 0:
        page.refresh()  # cards added by the test itself
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def click_row(qtbot, page, row: int) -> None:
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def visible_box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible() and \
                widget.objectName() == name:
            return widget
    return None


def test_ctrl_a_selects_the_filter_without_a_qt_selection(page, qtbot):
    add_cards(30)
    ctrl_a(qtbot, page)
    assert page.view.all_selected
    assert not page.view.selectionModel().hasSelection()  # no million-row range in Qt
    assert page.selection_count() == 30
    assert page.act_delete.isEnabled() and not page.act_edit.isEnabled()
    assert "30" in page.notice.text()
    selection = page.card_selection()
    assert selection is not None and selection.is_query
    # Every row is drawn as selected: a cell has the highlight colour.
    page.view.viewport().repaint()
    image = page.view.viewport().grab().toImage()
    rect = page.view.visualRect(page.model.index(3, 2))
    highlight = page.view.palette().color(QPalette.ColorGroup.Active,
                                          QPalette.ColorRole.Highlight)
    pixel = image.pixelColor(QPoint(rect.right() - 2, rect.center().y()))
    assert pixel.name() == highlight.name()
    # A right-click keeps it (the context menu acts on every card); a left click returns
    # to an ordinary selection of the clicked row.
    rect = page.view.visualRect(page.model.index(6, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    assert page.view.all_selected and page.selection_count() == 30
    click_row(qtbot, page, 4)
    assert not page.view.all_selected
    assert page.selection_count() == 1 and page.act_edit.isEnabled()
    # A new filter ends a whole-filter selection too.
    ctrl_a(qtbot, page)
    assert page.view.all_selected
    page.status_filter.setCurrentIndex(page.status_filter.findData("sold"))
    assert not page.view.all_selected


def test_ctrl_a_then_delete_asks_with_the_count_and_deletes_in_sql(page, qtbot, small_limits):
    add_cards(25)
    ctrl_a(qtbot, page)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: visible_box("confirmDelete") is not None, timeout=5000)
    box = visible_box("confirmDelete")
    assert box is not None and "Delete 25 cards?" in box.text()
    assert SimCard.select().count() == 25  # nothing before the answer
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: SimCard.select().count() == 0, timeout=10000)
    qtbot.waitUntil(lambda: "25 card(s) deleted" in page.notice.text(), timeout=5000)
    assert StatusCheck.select().where(StatusCheck.details == "deleted").count() == 25


def test_ctrl_a_then_delete_with_sold_cards_refuses_at_once(page, qtbot, small_limits):
    ids = add_cards(25)
    simcards.mark_sold(ids[20:], source="cli")
    ctrl_a(qtbot, page)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: visible_box("deleteRefused") is not None, timeout=5000)
    box = visible_box("deleteRefused")
    assert box is not None and box.button(QMessageBox.StandardButton.Yes) is None
    text = box.text()
    assert "5 of the 25 selected cards are sold" in text
    shown = sorted(pack(25)[20:])
    assert all(code in text for code in shown[:5])
    assert visible_box("confirmDelete") is None
    assert SimCard.select().count() == 25


def test_copying_many_codes_asks_first_with_the_count(page, qtbot, small_limits):
    add_cards(12)
    QApplication.clipboard().setText("before")
    ctrl_a(qtbot, page)
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    box = visible_box("confirmCopy")
    assert box is not None and "Copy 12 codes" in box.text()
    assert QApplication.clipboard().text() == "before"  # nothing copied before the answer
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() != "before", timeout=5000)
    assert sorted(QApplication.clipboard().text().split("\n")) == sorted(pack(12))


def test_a_large_shift_selection_is_assigned_and_returned_by_rows(page, qtbot, small_limits):
    add_cards(40)
    shop = make_shop()
    page.refresh()
    click_row(qtbot, page, 0)
    rect = page.view.visualRect(page.model.index(19, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, rect.center())
    assert page.selection_count() == 20
    selection = page.card_selection()
    assert selection is not None and selection.ranges == ((0, 19),)
    expected = {page.model.data(page.model.index(r, 0)) for r in range(20)}
    dialog = page.open_assign_dialog()
    assert dialog is not None and dialog.selection == selection
    dialog.select_shop(shop)
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=10000)
    assigned = {c.code for c in SimCard.select().where(SimCard.shop == shop)}
    assert assigned == expected
    dialog.accept()
    page.refresh()
    ctrl_a(qtbot, page)
    page.act_return.trigger()
    qtbot.waitUntil(lambda: not SimCard.select().where(SimCard.shop == shop).exists(),
                    timeout=10000)


def test_export_of_the_whole_filter_selection(page, qtbot, tmp_path):
    import csv

    ids = add_cards(15)
    simcards.mark_sold(ids[:4], source="cli")
    page.refresh()
    page.status_filter.setCurrentIndex(page.status_filter.findData("sold"))
    ctrl_a(qtbot, page)
    dest = tmp_path / "sold.csv"
    page.export_to(dest, page.card_selection())
    qtbot.waitUntil(lambda: "exported" in page.notice.text(), timeout=10000)
    with dest.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert {r[1] for r in rows[1:]} == set(pack(15)[:4])


def test_cancel_in_the_status_bar_rolls_a_delete_back(main_window, qtbot, small_limits,
                                                     monkeypatch):
    """The real delete by selection, held after its first batch (deleted, not committed)
    until Cancel is clicked in the status bar: every card is still there afterwards."""
    import threading

    from simdesk.domain import selection as sel_mod

    monkeypatch.setattr(sel_mod, "BATCH", 5)
    real_delete = page_mod.delete_selection
    first_batch = threading.Event()

    def held(selection, *, source, actor, progress, check):  # type: ignore[no-untyped-def]
        def progress_then_hold(done: int, total: int) -> None:
            progress(done, total)
            if done:
                first_batch.set()
                for _ in range(1000):  # until Cancel (at most 10 s)
                    check()
                    time.sleep(0.01)

        return real_delete(selection, source=source, actor=actor,
                           progress=progress_then_hold, check=check)

    monkeypatch.setattr(page_mod, "delete_selection", held)
    add_cards(30)
    page = main_window.show_page("simcards")
    qtbot.waitUntil(page.isVisible, timeout=3000)
    ctrl_a(qtbot, page)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: visible_box("confirmDelete") is not None, timeout=5000)
    box = visible_box("confirmDelete")
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(first_batch.is_set, timeout=5000)
    area = main_window.task_status
    qtbot.waitUntil(lambda: any(t.name == "delete" for t in area.entries), timeout=3000)
    task = next(t for t in area.entries if t.name == "delete")
    button = area.entries[task].findChild(QToolButton, "cancelTask")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task not in area.entries, timeout=5000)
    assert SimCard.select().count() == 30
    assert not StatusCheck.select().where(StatusCheck.details == "deleted").exists()
    qtbot.waitUntil(lambda: "Cancelled" in page.notice.text(), timeout=3000)


def test_every_job_has_cancel_in_the_status_bar(main_window, qtbot):
    ctx = main_window.ctx
    task = ctx.tasks.run(lambda control: control.stop_event.wait(30), name="backup")
    area = main_window.task_status
    qtbot.waitUntil(lambda: task in area.entries, timeout=3000)
    entry = area.entries[task]
    assert area.isVisible() and entry.label.text() == "Backing up the database"
    button = entry.findChild(QToolButton, "cancelTask")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert task.wait(5)
    qtbot.waitUntil(lambda: task not in area.entries, timeout=3000)
    assert not area.isVisible()


def test_a_job_counting_past_two_gigabytes_shows_its_progress(main_window, qtbot):
    """Qt's progress values are C ints: a count of bytes of a file over 2 GB is scaled down
    to fit (before, the signal's OverflowError ended the job as failed)."""
    big = 6 * 2**31

    def work(control):
        # Again and again: the status bar's entry may connect after the first report.
        while not control.stop_event.wait(0.05):
            control.progress(big // 2, big)

    task = main_window.ctx.tasks.run(work, name="backup")
    area = main_window.task_status
    qtbot.waitUntil(lambda: task in area.entries, timeout=3000)
    bar = area.entries[task].bar
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    assert bar.value() / bar.maximum() == pytest.approx(0.5, abs=1e-6)
    assert task.running
    task.cancel()
    assert task.wait(5)


def test_a_running_check_can_be_stopped_from_the_status_bar(main_window, qtbot, small_limits):
    from simdesk.checking.fake_operator import FakeOperator

    shop = make_shop()
    ids = add_cards(60)
    simcards.assign_cards(shop, ids=ids, source="cli")
    operator = FakeOperator(latency=0.5, sold_share=0.0).start()
    try:
        settings.set_value("status_source.url", operator.url)
        settings.set_value("checks.concurrency", 1)
        page = main_window.show_page("simcards")
        page.refresh()
        ctrl_a(qtbot, page)
        page.act_check_selected.trigger()  # read on a job's thread, then a background run
        stop = main_window.check_stop
        qtbot.waitUntil(stop.isVisible, timeout=10000)
        run_id = main_window.running_check
        assert run_id is not None
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not stop.isVisible(), timeout=15000)
        run = CheckRun.get(CheckRun.run_id == run_id)
        assert run.state == "cancelled"
        assert run.checked < 60
        assert "cancelled" in main_window.last_result.text().lower() or \
            "stopped" in main_window.last_result.text().lower()
    finally:
        operator.stop()


def fill_million(count: int = 1_000_000) -> None:
    """A million cards in seconds: one INSERT … SELECT from a recursive CTE."""
    from simdesk.storage.db import current_database

    db = current_database()
    with db.atomic():
        db.execute_sql(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) "
            "INSERT INTO simcard (code, status, added_date, updated_at, notes) "
            "SELECT '8999801' || printf('%012d', x), 'available', "
            "datetime('2024-01-01', '+' || x || ' seconds'), '2024-01-01 00:00:00', '' "
            "FROM c", (count,))


class GapMeter:
    """A 10 ms timer on the GUI thread: the largest gap between its ticks is how long the
    event loop did not answer."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.largest = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.largest = max(self.largest, now - self.last)  # the first from start()
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.last = time.perf_counter()
        self.ticks = 0
        self.largest = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.largest, time.perf_counter() - self.last)


def test_ctrl_a_on_a_million_cards_keeps_the_window_answering(page, qtbot):
    fill_million()
    page.refresh()
    assert page.model.rowCount() == 1_000_000
    qtbot.wait(50)
    meter = GapMeter()
    meter.start()
    ctrl_a(qtbot, page)
    qtbot.wait(300)
    selection_gap = meter.stop()
    assert selection_gap < 0.2, f"the event loop stopped for {selection_gap * 1000:.0f} ms"
    assert page.view.all_selected and page.selection_count() == 1_000_000
    # A click afterwards is an ordinary one-row selection at once.
    meter.start()
    click_row(qtbot, page, 2)
    qtbot.wait(100)
    click_gap = meter.stop()
    assert page.selection_count() == 1 and click_gap < 0.2
    # Ctrl+A, Delete: the window keeps answering while the cards are looked at, and asks
    # with the count; Cancel leaves the cards.
    ctrl_a(qtbot, page)
    meter.start()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: visible_box("confirmDelete") is not None, timeout=20000)
    delete_gap = meter.stop()
    box = visible_box("confirmDelete")
    from simdesk.gui import formats

    assert box is not None and f"Delete {formats.number(1_000_000)} cards?" in box.text()
    assert delete_gap < 0.2, f"the event loop stopped for {delete_gap * 1000:.0f} ms"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert SimCard.select().count() == 1_000_000
    # Check on the million: their ids are read on a job's thread (no status source is set
    # here, so the run then says so at once).
    page.activateWindow()
    ctrl_a(qtbot, page)
    meter.start()
    page.act_check_selected.trigger()
    qtbot.waitUntil(lambda: "status source" in page.notice.text(), timeout=20000)
    check_gap = meter.stop()
    assert check_gap < 0.2, f"the event loop stopped for {check_gap * 1000:.0f} ms"
