"""Small charts drawn with QPainter (the Essentials wheel has no QtCharts), and the number
formats the window shows (thousands separated by a space: 1 000 000)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from simdesk.gui.formats import date_text, datetime_text, day_month_text, number
from simdesk.timeutil import to_local

# Status colours shared by the pages (cards: available / assigned / sold; problems).
STATUS_COLORS: Final = {
    "available": "#1565c0",
    "assigned": "#ef6c00",
    "sold": "#2e7d32",
    "active": "#2e7d32",
    "inactive": "#8d6e63",
    "archived": "#9e9e9e",
    "error": "#c62828",
    "running": "#1565c0",
    "done": "#2e7d32",
    "stopped": "#ef6c00",
    "cancelled": "#757575",
    "failed": "#c62828",
}
BAR_COLOR: Final = "#43a047"
BAR_HOVER: Final = "#2e7d32"
GRID_COLOR: Final = "#e0e0e0"


def thousands(value: int | float) -> str:
    """1234567 → '1 234 567' in Uzbek and Russian, '1,234,567' in English (the locale of
    the chosen language, gui/formats.py)."""
    return number(value)


def percent(fraction: float) -> str:
    """0.4567 → '45.7%'; whole percentages without decimals."""
    value = fraction * 100.0
    if abs(value - round(value)) < 0.05:
        return f"{round(value):d}%"
    return f"{value:.1f}%"


MAX_INTERVALS: Final = 5


def nice_step(value: int, intervals: int = MAX_INTERVALS) -> int:
    """The smallest step of 1, 2 or 5 × 10ⁿ that reaches ``value`` in at most
    ``intervals`` steps."""
    step = 1
    while True:
        for mult in (1, 2, 5):
            if step * mult * intervals >= value:
                return step * mult
        step *= 10


def axis_ticks(value: int) -> list[int]:
    """The values of the Y axis's gridlines for data up to ``value``: 0 and whole multiples
    of a nice step (1, 2, 5 × 10ⁿ), the last at or above ``value`` — every label sits on its
    gridline and is a whole number (8 → 0, 2, 4, 6, 8; 7 → 0, 2, 4, 6, 8; 3 → 0, 1, 2, 3)."""
    if value <= 0:
        return [0, 1]
    step = nice_step(value)
    count = -(-value // step)  # ceiling
    return [step * n for n in range(count + 1)]


def _nice_max(value: int) -> int:
    """The axis maximum for data up to ``value``: the last of :func:`axis_ticks`."""
    return axis_ticks(value)[-1]


class _Chart(QWidget):
    """A widget painted by ``_paint`` with antialiasing."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        """Draw the chart; each chart overrides it."""


class DailyBarChart(_Chart):
    """Vertical bars, one per day (e.g. cards sold per day over 30 days).  Hover a bar for
    its date and value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[tuple[date, int]] = []
        self._hover: int | None = None
        self.empty_text = ""
        self.value_name = ""
        self.setMouseTracking(True)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -------------------------------------------------------------- data

    def set_data(self, days: Sequence[tuple[date, int]]) -> None:
        self._days = list(days)
        self._hover = None
        total = sum(v for _, v in self._days)
        self.setAccessibleDescription(f"{self.value_name}: {thousands(total)}")
        self.update()

    @property
    def values(self) -> list[int]:
        return [v for _, v in self._days]

    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    # -------------------------------------------------------------- geometry

    def _plot_rect(self) -> QRect:
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance(thousands(_nice_max(max(self.values, default=0)))) + 12
        return self.rect().adjusted(left, 10, -10, -(fm.height() + 10))

    @staticmethod
    def tick_y(value: int, plot: QRect, top: int) -> float:
        """Where the gridline of ``value`` is drawn (its label is centred on it)."""
        return plot.bottom() - plot.height() * value / top

    def y_axis(self) -> list[tuple[str, int]]:
        """The Y axis as drawn: each label with the y of its gridline."""
        plot = self._plot_rect()
        ticks = axis_ticks(max(self.values, default=0))
        return [(thousands(t), round(self.tick_y(t, plot, ticks[-1]))) for t in ticks]

    def _bar_rect(self, index: int, plot: QRect, top: int) -> QRectF:
        n = max(len(self._days), 1)
        slot = plot.width() / n
        value = self._days[index][1]
        height = plot.height() * value / top if top else 0.0
        gap = max(1.0, slot * 0.2)
        return QRectF(plot.left() + index * slot + gap / 2, plot.bottom() - height,
                      max(1.0, slot - gap), height)

    def _index_at(self, pos: QPoint) -> int | None:
        plot = self._plot_rect()
        if not self._days or not plot.contains(pos):
            return None
        slot = plot.width() / len(self._days)
        index = int((pos.x() - plot.left()) // slot)
        return index if 0 <= index < len(self._days) else None

    # -------------------------------------------------------------- events

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position().toPoint())
        if index != self._hover:
            self._hover = index
            self.update()
        super().mouseMoveEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        """The date and value of the bar under ``pos`` ('' when none)."""
        index = self._index_at(pos)
        if index is None:
            return ""
        day, value = self._days[index]
        return f"{date_text(day)}: {thousands(value)}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)  # type: ignore[arg-type]

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        text_color = palette.color(palette.ColorRole.WindowText)
        muted = QColor(text_color)
        muted.setAlpha(150)
        fm = QFontMetrics(self.font())
        plot = self._plot_rect()
        ticks = axis_ticks(max(self.values, default=0))
        top = ticks[-1]
        # horizontal grid lines and their values, each label on its line
        painter.setPen(QPen(QColor(GRID_COLOR), 1))
        for tick in ticks:
            y = self.tick_y(tick, plot, top)
            painter.setPen(QPen(QColor(GRID_COLOR), 1))
            painter.drawLine(plot.left(), round(y), plot.right(), round(y))
            label = thousands(tick)
            if label:
                painter.setPen(muted)
                painter.drawText(QRect(0, round(y) - fm.height() // 2, plot.left() - 6,
                                       fm.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 label)
        if not self._days or not any(self.values):
            painter.setPen(muted)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(len(self._days)):
            color = BAR_HOVER if index == self._hover else BAR_COLOR
            painter.setBrush(QColor(color))
            painter.drawRect(self._bar_rect(index, plot, top))
        # date labels: about one per week, always the last day
        painter.setPen(muted)
        n = len(self._days)
        if n:
            slot = plot.width() / n
            every = max(1, round(fm.horizontalAdvance("00.00") * 1.6 / max(slot, 1.0)))
            for index, (day, _value) in enumerate(self._days):
                if (n - 1 - index) % every:
                    continue
                x = plot.left() + index * slot + slot / 2
                label = day_month_text(day)
                width = fm.horizontalAdvance(label)
                painter.drawText(QRect(round(x - width / 2 - 2), plot.bottom() + 4, width + 4,
                                       fm.height()), Qt.AlignmentFlag.AlignCenter, label)


@dataclass(frozen=True)
class RankItem:
    label: str
    fraction: float  # 0 … 1, the bar's length
    text: str  # shown at the bar's end (e.g. "75% · 30 of 40")


class RankingChart(_Chart):
    """Horizontal bars, one row per item, best first (e.g. shops by sell-through)."""

    ROW_PADDING: Final = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[RankItem] = []
        self.empty_text = ""
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, items: Sequence[RankItem]) -> None:
        self._items = list(items)
        self.updateGeometry()
        self.update()

    @property
    def items(self) -> list[RankItem]:
        return list(self._items)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + self.ROW_PADDING

    def sizeHint(self) -> QSize:
        return QSize(480, max(120, self._row_height() * max(len(self._items), 3) + 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 120)

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        text_color = palette.color(palette.ColorRole.WindowText)
        muted = QColor(text_color)
        muted.setAlpha(150)
        fm = QFontMetrics(self.font())
        area = self.rect().adjusted(4, 4, -4, -4)
        if not self._items:
            painter.setPen(muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        label_width = min(max(fm.horizontalAdvance(i.label) for i in self._items) + 12,
                          area.width() // 3)
        text_width = max(fm.horizontalAdvance(i.text) for i in self._items) + 12
        bar_left = area.left() + label_width
        bar_span = max(area.width() - label_width - text_width, 10)
        row_h = self._row_height()
        for row, item in enumerate(self._items):
            y = area.top() + row * row_h
            if y + row_h > area.bottom() + row_h:
                break
            painter.setPen(text_color)
            label = fm.elidedText(item.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRect(area.left(), y, label_width - 8, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            track = QRectF(bar_left, y + 3, bar_span, row_h - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(GRID_COLOR))
            painter.drawRoundedRect(track, 3, 3)
            fraction = min(max(item.fraction, 0.0), 1.0)
            if fraction > 0:
                painter.setBrush(QColor(BAR_COLOR))
                painter.drawRoundedRect(QRectF(track.left(), track.top(),
                                               max(track.width() * fraction, 3.0),
                                               track.height()), 3, 3)
            painter.setPen(muted)
            painter.drawText(QRect(round(bar_left + bar_span + 8), y, text_width, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             item.text)


def local_text(value: datetime | None, *, with_time: bool = True,
               seconds: bool = False) -> str:
    """A stored naive-UTC timestamp as local date (the locale's one format,
    gui/formats.py) and time ('' for None)."""
    if value is None:
        return ""
    local = to_local(value)
    if not with_time:
        return date_text(local)
    return f"{date_text(local)} {local:%H:%M:%S}" if seconds else datetime_text(value)
