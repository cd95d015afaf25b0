"""The sidebar's page icons, drawn with QPainter so that they say what the page is (a bar
chart, a shop front, a SIM card, a checked list, people, a gear) and exist wherever the
program runs — a source checkout or the installer's build — without image files.

Each icon is drawn on a 24 × 24 grid in the palette's text colour and rendered at the sizes a
sidebar asks for (and twice those for high-DPI screens).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZES: Final = (16, 20, 24, 32, 48)
GRID: Final = 24.0


def _pen(color: QColor, width: float = 1.8) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _soft(color: QColor) -> QColor:
    soft = QColor(color)
    soft.setAlphaF(0.22)
    return soft


def _polygon(*points: tuple[float, float]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _dashboard(p: QPainter, color: QColor) -> None:
    """A bar chart on its base line."""
    p.setPen(_pen(color))
    p.setBrush(_soft(color))
    for x, top in ((4.0, 12.0), (10.0, 7.0), (16.0, 3.5)):
        p.drawRoundedRect(QRectF(x, top, 4.0, 20.0 - top), 0.8, 0.8)
    p.drawLine(QPointF(2.5, 20.5), QPointF(21.5, 20.5))


def _shops(p: QPainter, color: QColor) -> None:
    """A shop front: an awning, the walls, a door and a window."""
    p.setPen(_pen(color))
    p.setBrush(_soft(color))
    p.drawPolygon(_polygon((3.0, 9.5), (5.0, 3.5), (19.0, 3.5), (21.0, 9.5)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(_polygon((4.5, 9.5), (4.5, 20.5), (19.5, 20.5), (19.5, 9.5)))
    p.drawRect(QRectF(7.0, 13.0, 4.0, 7.5))
    p.drawRect(QRectF(13.5, 12.5, 3.5, 3.5))


def _simcards(p: QPainter, color: QColor) -> None:
    """A SIM card (the cut corner) with its chip."""
    p.setPen(_pen(color))
    p.drawPolygon(_polygon((5.5, 2.5), (14.5, 2.5), (18.5, 6.5), (18.5, 21.5), (5.5, 21.5)))
    p.setBrush(_soft(color))
    chip = QRectF(8.5, 10.5, 7.0, 8.0)
    p.drawRoundedRect(chip, 1.0, 1.0)
    p.setPen(_pen(color, 1.1))
    p.drawLine(QPointF(12.0, 10.5), QPointF(12.0, 18.5))
    p.drawLine(QPointF(8.5, 14.5), QPointF(15.5, 14.5))


def _checks(p: QPainter, color: QColor) -> None:
    """A clipboard with checked lines: the log of checks."""
    p.setPen(_pen(color))
    p.drawRoundedRect(QRectF(4.5, 4.0, 15.0, 17.5), 1.5, 1.5)
    p.setBrush(_soft(color))
    p.drawRoundedRect(QRectF(8.5, 2.0, 7.0, 4.0), 1.0, 1.0)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for y in (10.5, 16.0):
        p.drawPolyline(_polygon((7.0, y), (8.5, y + 1.5), (11.0, y - 1.5)))
        p.drawLine(QPointF(13.0, y), QPointF(17.0, y))


def _users(p: QPainter, color: QColor) -> None:
    """Two people."""
    p.setPen(_pen(color))
    p.setBrush(Qt.BrushStyle.NoBrush)
    back = QPainterPath()
    back.moveTo(14.5, 13.0)
    back.cubicTo(18.5, 12.5, 21.5, 15.0, 21.5, 19.5)
    p.drawPath(back)
    p.drawEllipse(QPointF(16.0, 7.5), 2.8, 2.8)
    p.setBrush(_soft(color))
    p.drawEllipse(QPointF(9.0, 8.0), 3.5, 3.5)
    body = QPainterPath()
    body.moveTo(2.5, 20.5)
    body.cubicTo(2.5, 15.0, 5.5, 13.5, 9.0, 13.5)
    body.cubicTo(12.5, 13.5, 15.5, 15.0, 15.5, 20.5)
    body.closeSubpath()
    p.drawPath(body)


def _settings(p: QPainter, color: QColor) -> None:
    """A gear."""
    centre = QPointF(12.0, 12.0)
    teeth = 8
    gear = QPainterPath()
    for n in range(teeth * 4):
        angle = 2 * math.pi * (n - 0.5) / (teeth * 4)
        radius = 9.5 if (n % 4) in (1, 2) else 7.0
        point = QPointF(centre.x() + radius * math.cos(angle),
                        centre.y() + radius * math.sin(angle))
        if n == 0:
            gear.moveTo(point)
        else:
            gear.lineTo(point)
    gear.closeSubpath()
    p.setPen(_pen(color, 1.5))
    p.setBrush(_soft(color))
    p.drawPath(gear)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(centre, 3.0, 3.0)


DRAWINGS: Final[dict[str, Callable[[QPainter, QColor], None]]] = {
    "dashboard": _dashboard,
    "shops": _shops,
    "simcards": _simcards,
    "checks": _checks,
    "users": _users,
    "settings": _settings,
}


def page_pixmap(page_id: str, size: int, color: QColor, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / GRID, size / GRID)
    DRAWINGS[page_id](painter, color)
    painter.end()
    return pixmap


def page_icon(page_id: str, color: QColor, selected: QColor | None = None) -> QIcon:
    """The icon of a page of ``simdesk.gui.main_window.PAGES`` (an empty icon for another
    id), in ``color`` (the sidebar's text colour) and, on the selected row, ``selected``
    (its highlighted text colour)."""
    icon = QIcon()
    if page_id not in DRAWINGS:
        return icon
    modes = [(QIcon.Mode.Normal, color)]
    if selected is not None:
        modes.append((QIcon.Mode.Selected, selected))
    for mode, mode_color in modes:
        for size in SIZES:
            for ratio in (1.0, 2.0):
                icon.addPixmap(page_pixmap(page_id, size, mode_color, ratio), mode)
    return icon
