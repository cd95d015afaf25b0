"""The Dashboard and the Checks log on a real temporary database: the numbers are the
domain's, the charts paint cleanly, the log pages lazily and filters, every model passes
QAbstractItemModelTester."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMessageBox

from simdesk.checking.runs import EngineEvent, RunSummary, store_run
from simdesk.domain import settings, stats
from simdesk.domain.logs import CheckFilter, count_checks
from simdesk.domain.shops import create_shop
from simdesk.gui.models.checks_model import ChecksModel
from simdesk.gui.models.shops_model import ShopCardsModel, ShopsModel
from simdesk.gui.pages.checks_log import ChecksLogPage
from simdesk.gui.pages.dashboard import DashboardPage
from simdesk.gui.widgets.charts import DailyBarChart, RankingChart, RankItem, thousands
from simdesk.storage.models import Shop, SimCard, StatusCheck
from simdesk.timeutil import local_today, utcnow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def ago(days: float) -> object:
    return utcnow() - timedelta(days=days)


def build_cards() -> dict[str, Shop]:
    """Shops with cards held, sold at various dates, some held for a long time."""
    shops = {name: create_shop({"name": name, "region": "Toshkent shahri"})
             for name in ("Alpha", "Bravo", "Charlie", "Delta")}
    rows = []
    n = 0

    def card(shop: Shop | None, status: str, **fields: object) -> None:
        nonlocal n
        n += 1
        rows.append({"code": f"C{n:06d}", "shop": shop, "status": status,
                     "added_date": ago(120), **fields})

    for days in (0, 1, 1, 3, 8, 15, 29, 45):
        card(shops["Alpha"], "sold", sale_date=ago(days) - timedelta(minutes=5),
             assigned_at=ago(60))
    for days in (2, 40, 50):
        card(shops["Alpha"], "assigned", assigned_at=ago(days))
    card(shops["Bravo"], "sold", sale_date=ago(5), assigned_at=ago(9))
    for days in (35, 36, 70, 80):
        card(shops["Bravo"], "assigned", assigned_at=ago(days))
    card(shops["Charlie"], "assigned", assigned_at=ago(1))
    for _ in range(1203):
        card(None, "available")
    SimCard.insert_many(rows).execute()
    return shops


@pytest.fixture
def dashboard(gui_ctx, qtbot):
    page = DashboardPage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    return page


def show(qtbot, page) -> None:
    page.show()
    qtbot.waitExposed(page)


# ------------------------------------------------------------------ dashboard


def test_dashboard_numbers_equal_the_domain_stats(db, dashboard, qtbot):
    build_cards()
    show(qtbot, dashboard)
    totals = stats.totals()
    tiles = {k: t.value.text() for k, t in dashboard.tiles.items()}
    assert tiles == {k: thousands(getattr(totals, k)) for k in tiles}
    assert tiles["available"] == "1,203"  # the locale's thousands separator (English here)
    assert tiles["shops"] == "4"
    assert (totals.sold, totals.assigned) == (9, 8)

    by_day = stats.sales_by_date(30)
    assert dashboard.sales_chart.values == list(by_day.values())
    assert len(dashboard.sales_chart.values) == 30
    assert sum(dashboard.sales_chart.values) == totals.sold_30d

    ranked = [s for s in stats.per_shop() if s.total][:10]
    items = dashboard.ranking_chart.items
    assert [i.label for i in items] == [s.shop_name for s in ranked]
    assert [i.fraction for i in items] == [s.sell_through for s in ranked]
    assert "Delta" not in [i.label for i in items]  # holds no card
    assert items[0].text.startswith("72.7%")  # Alpha: 8 of 11

    days = settings.get("stats.stale_days")
    assert days == 30
    assert dashboard.stale_count_label.text() == str(stats.count_stale(days)) == "6"
    codes = [dashboard.stale_table.item(r, 0).text()
             for r in range(dashboard.stale_table.rowCount())]
    assert codes == [c.code for c in stats.stale_cards(days, limit=10)]
    assert "30" in dashboard.stale_box.title()

    settings.set_value("stats.stale_days", 60)
    dashboard.refresh()
    assert dashboard.stale_count_label.text() == "2"
    assert dashboard.stale_table.rowCount() == 2
    assert "60" in dashboard.stale_box.title()


def test_dashboard_refreshes_when_data_changes(db, dashboard, gui_ctx, qtbot):
    show(qtbot, dashboard)
    assert dashboard.tiles["shops"].value.text() == "0"
    create_shop({"name": "Echo"})
    gui_ctx.changed_here()
    qtbot.waitUntil(lambda: dashboard.tiles["shops"].value.text() == "1", timeout=3000)


def test_dashboard_auto_check_last_and_next(db, dashboard, gui_ctx, qtbot):
    show(qtbot, dashboard)
    assert dashboard.last_check_label.text() == "No auto-check has run yet"
    assert dashboard.next_check_label.text() == "off"

    settings.set_value("auto_check.enabled", True)
    gui_ctx.scheduler.tick()
    dashboard.update_auto_check()
    assert gui_ctx.scheduler.next_run_at is not None
    assert dashboard.next_check_label.text().startswith("at ")
    assert "(in 30 min)" in dashboard.next_check_label.text()

    stored = RunSummary("r1", "auto", "done", None, utcnow() - timedelta(minutes=3),
                        utcnow(), 1500, 1500, 2, 1)
    store_run(stored)
    store_run(RunSummary("m1", "manual", "done", None, utcnow(), utcnow(), 1, 1, 0, 0))
    dashboard.refresh()
    assert "1,500 checked" in dashboard.last_check_label.text()
    assert "1 error(s)" in dashboard.last_check_label.text()

    # live: a running auto-check, then its end, through the bridge's signals
    running = EngineEvent("progress", "r2", "auto", "running", 10, 4, 0, 0)
    gui_ctx.bridge.run_progress.emit(running)
    assert dashboard.last_check_label.text() == "Running now: 4 of 10 checked"
    summary = RunSummary("r2", "auto", "stopped", "the source is down", utcnow(), utcnow(),
                         10, 4, 0, 4)
    gui_ctx.bridge.run_finished.emit(
        EngineEvent("finished", "r2", "auto", "stopped", 10, 4, 0, 4, "the source is down",
                    (), summary))
    assert "stopped: the source is down" in dashboard.last_check_label.text()


def test_dashboard_follows_auto_checks_of_another_program(db, dashboard, gui_ctx, qtbot):
    from simdesk.checking import lease

    show(qtbot, dashboard)
    store_run(RunSummary("other-1", "auto", "done", None, utcnow() - timedelta(minutes=40),
                         utcnow() - timedelta(minutes=39), 10, 10, 1, 0))
    gui_ctx.changed_here()
    qtbot.waitUntil(lambda: "10 checked" in dashboard.last_check_label.text(), timeout=3000)
    # The window beside a `simdesk serve` that takes the turns: each new run shows up.
    store_run(RunSummary("other-2", "auto", "done", None, utcnow() - timedelta(minutes=10),
                         utcnow() - timedelta(minutes=9), 12, 12, 3, 0))
    gui_ctx.changed_here()
    qtbot.waitUntil(lambda: "12 checked" in dashboard.last_check_label.text(), timeout=3000)
    # A run going on in that other program.
    store_run(RunSummary("other-3", "auto", "running", None, utcnow(), None, 50, 20, 0, 0))
    lease.acquire(lease.AUTO_CHECK, "kassa-2:77:abcd", "other-3", 60)
    gui_ctx.changed_here()
    qtbot.waitUntil(lambda: dashboard.last_check_label.text() == (
        "Running in another simdesk on this database: 20 of 50 checked"), timeout=3000)


def test_charts_paint_without_warnings(db, dashboard, qtbot):
    show(qtbot, dashboard)
    assert not dashboard.grab().isNull()  # empty charts
    build_cards()
    dashboard.refresh()
    assert not dashboard.grab().isNull()
    chart = dashboard.sales_chart
    assert not chart.grab().isNull()
    qtbot.mouseMove(chart, QPoint(chart.width() - 20, chart.height() // 2))
    qtbot.mouseMove(chart, QPoint(2, 2))
    assert chart.tooltip_at(QPoint(chart.width() - 20, chart.height() // 2)).endswith(
        f": {chart.values[-1]}")
    assert chart.tooltip_at(QPoint(1, 1)) == ""
    assert not dashboard.ranking_chart.grab().isNull()


def test_chart_widgets_alone(qtbot):
    bars = DailyBarChart()
    qtbot.addWidget(bars)
    bars.resize(200, 120)
    assert not bars.grab().isNull()
    today = local_today()
    bars.set_data([(today - timedelta(days=i), i * 1000) for i in range(60)])
    bars.resize(900, 300)
    assert not bars.grab().isNull()
    bars.resize(40, 40)  # tiny: nothing drawn outside, no warnings
    assert not bars.grab().isNull()
    ranking = RankingChart()
    qtbot.addWidget(ranking)
    ranking.set_data([RankItem("A very long shop name " * 4, 1.0, "100%"),
                      RankItem("B", 0.0, "0%"), RankItem("C", 1.5, "?")])
    ranking.resize(300, 200)
    assert not ranking.grab().isNull()
    ranking.resize(30, 30)
    assert not ranking.grab().isNull()


# ------------------------------------------------------------------ checks log


def build_log(count: int = 450) -> dict[str, Shop]:
    shops = {n: create_shop({"name": n}) for n in ("Alpha", "Bravo")}
    base = utcnow() - timedelta(days=40)
    rows = []
    for i in range(count):
        kind = "change" if i % 5 == 0 else "check"
        shop = shops["Alpha"] if i % 2 == 0 else shops["Bravo"]
        rows.append({
            # pairs of rows share a timestamp: paging must not lose or repeat one of them
            "checked_at": base + timedelta(hours=4 * (i // 2)),
            "simcard_code": f"8999{i:06d}",
            "shop": shop,
            "source": "check" if kind == "check" else ("gui" if i % 3 else "api"),
            "kind": kind,
            "old_status": "assigned",
            "new_status": "sold" if i % 7 == 0 else "assigned",
            "changed": i % 7 == 0,
            "error": "timeout" if i % 11 == 0 and kind == "check" else None,
        })
    StatusCheck.insert_many(rows).execute()
    return shops


@pytest.fixture
def log_page(gui_ctx, qtbot):
    page = ChecksLogPage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    return page


def all_ids(model: ChecksModel) -> list[int]:
    while model.canFetchMore(model.index(-1, -1).parent()):
        model.fetchMore(model.index(-1, -1).parent())
    return [model.row_at(r).id for r in range(model.rowCount())]


def test_checks_log_pages_lazily_newest_first(db, log_page, qtbot):
    build_log(450)
    log_page.apply_filter()
    model = log_page.model
    assert model.rowCount() == 200  # one page, not the whole log
    assert model.total == 450
    assert log_page.count_label.text() == "200 of 450 rows, newest first"
    root = model.index(-1, -1).parent()
    assert model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 400
    model.fetchMore(root)
    assert model.rowCount() == 450
    assert not model.canFetchMore(root)
    assert log_page.count_label.text() == "450 rows, newest first"
    ids = [model.row_at(r).id for r in range(450)]
    assert len(set(ids)) == 450
    expected = [r.id for r in StatusCheck.select(StatusCheck.id).order_by(
        StatusCheck.checked_at.desc(), StatusCheck.id.desc())]
    assert ids == expected


def test_checks_log_fetches_when_scrolled(db, log_page, qtbot):
    build_log(450)
    show(qtbot, log_page)
    assert log_page.model.rowCount() == 200
    log_page.table.scrollToBottom()
    qtbot.waitUntil(lambda: log_page.model.rowCount() > 200, timeout=3000)


def test_checks_log_filters(db, log_page, qtbot):
    shops = build_log(450)
    log_page.refresh()  # the shop list is read again
    model = log_page.model

    log_page.kind_combo.setCurrentIndex(log_page.kind_combo.findData("change"))
    assert model.total == count_checks(CheckFilter(kind="change")) == 90
    assert {model.row_at(r).kind for r in range(model.rowCount())} == {"change"}
    log_page.kind_combo.setCurrentIndex(0)

    log_page.source_combo.setCurrentIndex(log_page.source_combo.findData("api"))
    assert model.total == count_checks(CheckFilter(source="api")) > 0
    assert model.index(0, model.column("source")).data() == "API"
    log_page.source_combo.setCurrentIndex(0)

    log_page.shop_combo.setCurrentIndex(log_page.shop_combo.findData(shops["Bravo"].id))
    assert model.total == 225
    assert {model.index(r, model.column("shop")).data()
            for r in range(model.rowCount())} == {"Bravo"}
    log_page.shop_combo.setCurrentIndex(0)

    log_page.changes_check.setChecked(True)
    assert model.total == count_checks(CheckFilter(changes_only=True)) == 65
    assert {model.index(r, model.column("new_status")).data()
            for r in range(model.rowCount())} == {"Sold"}
    log_page.changes_check.setChecked(False)

    qtbot.keyClicks(log_page.code_edit, "899900012")  # debounced
    qtbot.waitUntil(lambda: model.total == 10, timeout=3000)
    log_page.code_edit.clear()
    log_page.apply_filter()
    assert model.total == 450

    # the date range: the last 7 days hold the newest rows only
    log_page.period_combo.setCurrentIndex(log_page.period_combo.findData("7d"))
    since = stats.utc_start_of(local_today() - timedelta(days=6))
    assert model.total == count_checks(CheckFilter(since=since)) < 450
    assert model.total > 0


def test_checks_log_refuses_a_reversed_date_range_on_its_fields(db, log_page, qtbot):
    build_log(20)
    show(qtbot, log_page)
    log_page.period_combo.setCurrentIndex(log_page.period_combo.findData("custom"))
    assert log_page.from_edit.isVisible() and log_page.to_edit.isVisible()
    today = local_today()
    log_page.to_edit.setDate(today - timedelta(days=60))
    log_page.from_edit.setDate(today)
    assert log_page.from_edit.property("simdeskInvalid")
    assert log_page.to_edit.property("simdeskInvalid")
    assert log_page.message_label.isVisible()
    assert "start of the period must be earlier" in log_page.message_label.text()
    log_page.to_edit.setDate(today)
    assert not log_page.from_edit.property("simdeskInvalid")
    assert not log_page.message_label.isVisible()
    assert log_page.model.total == count_checks(CheckFilter(
        since=stats.utc_start_of(today), until=stats.utc_start_of(today + timedelta(days=1))))


def test_checks_log_shows_new_rows_on_top(db, log_page, gui_ctx, qtbot):
    shops = build_log(250)
    show(qtbot, log_page)
    model = log_page.model
    model.fetchMore(model.index(-1, -1).parent())
    assert model.rowCount() == 250
    StatusCheck.insert_many([
        {"checked_at": utcnow(), "simcard_code": f"NEW{i}", "shop": shops["Alpha"],
         "source": "check", "kind": "check"} for i in range(3)]).execute()
    gui_ctx.changed_here()
    qtbot.waitUntil(lambda: model.rowCount() == 253, timeout=3000)
    assert model.total == 253
    assert [model.row_at(r).simcard_code for r in range(3)] == ["NEW2", "NEW1", "NEW0"]
    assert model.row_at(3).simcard_code == "8999000249"


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_checks_log_export(db, log_page, qtbot, tmp_path, suffix):
    build_log(30)
    dest = tmp_path / f"log.{suffix}"
    log_page.export_to(dest)
    qtbot.waitUntil(lambda: log_page.last_export is not None, timeout=10_000)
    assert log_page.last_export == (dest, 30)
    assert "Exported 30 rows" in log_page.message_label.text()
    qtbot.waitUntil(lambda: log_page.export_button.isEnabled(), timeout=3000)
    if suffix == "csv":
        with dest.open(encoding="utf-8-sig") as handle:
            assert len(list(csv.reader(handle))) == 31
    else:
        sheet = load_workbook(dest).active
        assert sheet.max_row == 31
    qtbot.waitUntil(lambda: not log_page.ctx.tasks.active, timeout=3000)


def test_checks_log_export_error_is_shown(db, log_page, qtbot, tmp_path):
    log_page.export_to(tmp_path / "missing" / "log.csv")

    def boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                and w.isVisible() and w.parent() is log_page]

    qtbot.waitUntil(lambda: any("does not exist" in b.text() for b in boxes()), timeout=5000)
    assert log_page.export_button.isEnabled()
    assert not (tmp_path / "missing").exists()
    for box in boxes():
        box.close()


# ------------------------------------------------------------------ models


def test_every_model_passes_the_model_tester(db, qtmodeltester):
    shops = build_log(450)
    shop = shops["Alpha"]
    SimCard.insert_many([{"code": f"X{i}", "shop": shop, "status": "assigned"}
                         for i in range(5)]).execute()
    checks = ChecksModel(page_size=100)
    checks.set_filter(CheckFilter())
    qtmodeltester.check(checks)
    shops_model = ShopsModel()
    shops_model.reload()
    qtmodeltester.check(shops_model)
    cards = ShopCardsModel()
    cards.set_shop(shop.id)
    qtmodeltester.check(cards)
    # and while they change
    checks.set_filter(CheckFilter(kind="change"))
    checks.fetchMore(checks.index(-1, -1).parent())
    StatusCheck.create(checked_at=utcnow(), simcard_code="LATE", source="gui", kind="change")
    checks.load_newer()
    cards.set_shop(None)
    shops_model.set_filter(shops_model.filter)
    assert len(all_ids(checks)) == checks.total == count_checks(CheckFilter(kind="change"))
