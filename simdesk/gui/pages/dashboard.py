"""The Dashboard: the office's numbers at a glance — counts, sales per day, shops ranked by
sell-through, cards left unsold too long, and the auto-check's last and next run."""

from __future__ import annotations

from datetime import date
from typing import Final

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simdesk.checking.runs import (
    DONE,
    KIND_AUTO,
    RUNNING,
    EngineEvent,
    RunSummary,
    latest_run,
    load_run,
)
from simdesk.domain import settings, stats
from simdesk.errors import SimdeskError
from simdesk.gui.context import AppContext
from simdesk.gui.errors import error_text
from simdesk.gui.formats import date_text
from simdesk.gui.pages.base import Page
from simdesk.gui.widgets.charts import (
    STATUS_COLORS,
    DailyBarChart,
    RankingChart,
    RankItem,
    local_text,
    percent,
    thousands,
)
from simdesk.timeutil import to_local, utcnow

SALES_DAYS: Final = 30
TOP_SHOPS: Final = 10
STALE_SHOWN: Final = 10
TILE_STYLE: Final = (
    "QFrame#dashTile { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 6px; }"
)
CAPTION_STYLE: Final = "color: palette(placeholder-text);"


def last_auto_run() -> RunSummary | None:
    """The latest finished auto-check, whichever program ran it (None before the first)."""
    head = latest_run(kind=KIND_AUTO, finished=True)
    return load_run(head.run_id, with_results=False) if head is not None else None


def _minutes_text(seconds: float) -> str:
    return thousands(max(0, round(seconds / 60)))


class Tile(QFrame):
    """One big number with its caption."""

    def __init__(self, key: str, caption: str, color: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashTile")
        self.setStyleSheet(TILE_STYLE)
        self.value = QLabel("—")
        self.value.setObjectName(f"dash-{key}")
        style = "font-size: 24px; font-weight: 600;"
        if color:
            style += f" color: {color};"
        self.value.setStyleSheet(style)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet(CAPTION_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.value.setText(thousands(value))


class DashboardPage(Page):
    page_id = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last_run: RunSummary | None = None
        self.live_run: EngineEvent | None = None
        self.elsewhere: RunSummary | None = None  # an auto-check another program runs

        sold = STATUS_COLORS["sold"]
        self.tiles: dict[str, Tile] = {
            "shops": Tile("shops", self.tr("Shops")),
            "available": Tile("available", self.tr("Available"), STATUS_COLORS["available"]),
            "assigned": Tile("assigned", self.tr("Assigned"), STATUS_COLORS["assigned"]),
            "sold": Tile("sold", self.tr("Sold"), sold),
            "sold_today": Tile("sold_today", self.tr("Sold today"), sold),
            "sold_7d": Tile("sold_7d", self.tr("Sold in 7 days"), sold),
            "sold_30d": Tile("sold_30d", self.tr("Sold in 30 days"), sold),
        }
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        # sales per day
        self.sales_chart = DailyBarChart()
        self.sales_chart.setObjectName("salesChart")
        self.sales_chart.empty_text = self.tr("No sales in the last 30 days")
        self.sales_chart.value_name = self.tr("Sold")
        self.sales_caption = QLabel()
        self.sales_caption.setStyleSheet(CAPTION_STYLE)
        sales_box = QGroupBox(self.tr("Sales per day, last 30 days"))
        sales_layout = QVBoxLayout(sales_box)
        sales_layout.addWidget(self.sales_chart, 1)
        sales_layout.addWidget(self.sales_caption)

        # ranking
        self.ranking_chart = RankingChart()
        self.ranking_chart.setObjectName("rankingChart")
        self.ranking_chart.empty_text = self.tr("No shop holds cards yet")
        ranking_box = QGroupBox(self.tr("Shops by sell-through (top 10)"))
        ranking_layout = QVBoxLayout(ranking_box)
        ranking_layout.addWidget(self.ranking_chart)

        # auto-check
        self.last_check_label = QLabel()
        self.last_check_label.setObjectName("dashLastCheck")
        self.last_check_label.setWordWrap(True)
        self.next_check_label = QLabel()
        self.next_check_label.setObjectName("dashNextCheck")
        self.next_check_label.setWordWrap(True)
        check_box = QGroupBox(self.tr("Auto-check"))
        check_layout = QGridLayout(check_box)
        check_layout.setHorizontalSpacing(12)
        check_layout.setVerticalSpacing(6)
        last_caption = QLabel(self.tr("Last check"))
        last_caption.setStyleSheet(CAPTION_STYLE)
        next_caption = QLabel(self.tr("Next check"))
        next_caption.setStyleSheet(CAPTION_STYLE)
        check_layout.addWidget(last_caption, 0, 0, Qt.AlignmentFlag.AlignTop)
        check_layout.addWidget(self.last_check_label, 0, 1)
        check_layout.addWidget(next_caption, 1, 0, Qt.AlignmentFlag.AlignTop)
        check_layout.addWidget(self.next_check_label, 1, 1)
        check_layout.setColumnStretch(1, 1)
        check_layout.setRowStretch(2, 1)

        # stale cards
        self.stale_days = 30
        self.stale_count = 0
        self.stale_box = QGroupBox()
        self.stale_count_label = QLabel()
        self.stale_count_label.setObjectName("dashStaleCount")
        self.stale_count_label.setStyleSheet(
            f"font-size: 20px; font-weight: 600; color: {STATUS_COLORS['assigned']};")
        self.stale_caption = QLabel()
        self.stale_caption.setStyleSheet(CAPTION_STYLE)
        self.stale_caption.setWordWrap(True)
        self.stale_table = QTableWidget(0, 3)
        self.stale_table.setObjectName("dashStaleTable")
        self.stale_table.setHorizontalHeaderLabels(
            [self.tr("Code (ICCID)"), self.tr("Shop"), self.tr("Days")])
        self.stale_table.verticalHeader().setVisible(False)
        self.stale_table.verticalHeader().setDefaultSectionSize(24)
        self.stale_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stale_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stale_table.setAlternatingRowColors(True)
        header = self.stale_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        stale_layout = QVBoxLayout(self.stale_box)
        stale_layout.setSpacing(6)
        stale_row = QHBoxLayout()
        stale_row.addWidget(self.stale_count_label)
        stale_row.addWidget(self.stale_caption, 1)
        stale_layout.addLayout(stale_row)
        stale_layout.addWidget(self.stale_table, 1)

        # layout
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(16, 14, 16, 14)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        heading = QLabel(self.title())
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        grid.addWidget(heading, 0, 0, 1, 2)
        grid.addLayout(tiles, 1, 0, 1, 2)
        grid.addWidget(sales_box, 2, 0)
        grid.addWidget(check_box, 2, 1)
        grid.addWidget(ranking_box, 3, 0)
        grid.addWidget(self.stale_box, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        ctx.bridge.run_started.connect(self._on_run_event)
        ctx.bridge.run_progress.connect(self._on_run_event)
        ctx.bridge.run_finished.connect(self._on_run_finished)
        self._clock = QTimer(self)
        self._clock.setInterval(15_000)
        self._clock.timeout.connect(self.update_auto_check)
        self._clock.start()
        self.update_auto_check()

    def title(self) -> str:
        return self.tr("Dashboard")

    # -------------------------------------------------------------- numbers

    def refresh(self) -> None:
        try:
            self._refresh()
        except SimdeskError as exc:
            self.sales_caption.setText(error_text(exc))

    def _refresh(self) -> None:
        totals = stats.totals()
        for key, tile in self.tiles.items():
            tile.set_value(int(getattr(totals, key)))

        by_day = stats.sales_by_date(SALES_DAYS)
        days = [(date.fromisoformat(day), n) for day, n in by_day.items()]
        self.sales_chart.set_data(days)
        total = sum(n for _, n in days)
        best = max(days, key=lambda d: d[1]) if days else None
        caption = self.tr("{0} sold in 30 days").format(thousands(total))
        if best is not None and best[1]:
            caption += " · " + self.tr("best day {0}: {1}").format(
                date_text(best[0]), thousands(best[1]))
        self.sales_caption.setText(caption)

        ranked = [s for s in stats.per_shop() if s.total][:TOP_SHOPS]
        self.ranking_chart.set_data([
            RankItem(s.shop_name, s.sell_through,
                     self.tr("{0} · {1} of {2}").format(
                         percent(s.sell_through), thousands(s.sold), thousands(s.total)))
            for s in ranked
        ])

        self.stale_days = int(settings.get("stats.stale_days"))
        self.stale_count = stats.count_stale(self.stale_days)
        self.stale_box.setTitle(
            self.tr("Unsold for more than {0} days").format(self.stale_days))
        self.stale_count_label.setText(thousands(self.stale_count))
        if self.stale_count:
            self.stale_caption.setText(self.tr(
                "card(s) held in a shop for more than {0} days; the longest-held first"
            ).format(self.stale_days))
        else:
            self.stale_caption.setText(self.tr("No card waits longer than {0} days.").format(
                self.stale_days))
        rows = stats.stale_cards(self.stale_days, limit=STALE_SHOWN) if self.stale_count else []
        self.stale_table.setRowCount(len(rows))
        for n, card in enumerate(rows):
            days_item = QTableWidgetItem(thousands(card.days))
            days_item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate((QTableWidgetItem(card.code),
                                        QTableWidgetItem(card.shop_name), days_item)):
                item.setToolTip(self.tr("Since {0}").format(local_text(card.since)))
                self.stale_table.setItem(n, col, item)
        self.stale_table.setVisible(bool(rows))

        # Read again at every refresh: another program on the database may have run one.
        self.last_run = last_auto_run()
        self.elsewhere = None
        holder = self.ctx.engine.running_elsewhere()
        if holder is not None and holder.run_id:
            self.elsewhere = load_run(holder.run_id, with_results=False, running=True)
        self.update_auto_check()

    # -------------------------------------------------------------- auto-check

    def _on_run_event(self, event: EngineEvent) -> None:
        if event.kind == KIND_AUTO:
            self.live_run = event
            self.update_auto_check()

    def _on_run_finished(self, event: EngineEvent) -> None:
        if event.kind != KIND_AUTO:
            return
        self.live_run = None
        if event.summary is not None:
            self.last_run = event.summary
        self.update_auto_check()

    def last_check_text(self) -> str:
        live = self.live_run
        if live is not None and live.state == RUNNING:
            return self.tr("Running now: {0} of {1} checked").format(
                thousands(live.checked), thousands(live.total))
        elsewhere = self.elsewhere
        if live is None and elsewhere is not None and elsewhere.state == RUNNING:
            return self.tr("Running in another simdesk on this database: {0} of {1} "
                           "checked").format(thousands(elsewhere.checked),
                                             thousands(elsewhere.total))
        run = self.last_run
        if run is None:
            return self.tr("No auto-check has run yet")
        when = local_text(run.finished_at or run.started_at)
        if run.state == DONE:
            return self.tr("{0} — {1} checked, {2} newly sold, {3} error(s)").format(
                when, thousands(run.checked), thousands(len(run.newly_sold)),
                thousands(run.errors))
        return self.tr("{0} — stopped: {1}").format(when, run.reason or run.state)

    def next_check_text(self) -> str:
        due = self.ctx.scheduler.next_run_at
        if due is None:
            return self.tr("off")
        at = to_local(due).strftime("%H:%M")
        return self.tr("at {0} (in {1} min)").format(
            at, _minutes_text((due - utcnow()).total_seconds()))

    def update_auto_check(self) -> None:
        self.last_check_label.setText(self.last_check_text())
        run = self.last_run
        elsewhere = self.elsewhere is not None and self.elsewhere.state == RUNNING
        state = (RUNNING if self.live_run is not None or elsewhere
                 else run.state if run is not None else "")
        color = STATUS_COLORS.get(state)
        self.last_check_label.setStyleSheet(f"color: {color};" if color else "")
        self.next_check_label.setText(self.next_check_text())
