"""How a refused field is marked: a red frame and a faint red tint.

A line edit or a text box takes a style sheet (border and background).  A spin box or a
combo box does not: a style sheet with a border makes Qt draw the whole widget itself, and
the spin box's arrows disappear (the combo box's arrow turns into an old-style button).
Those get an ``InvalidFrame`` instead — a widget over the field that draws the frame and
the tint, lets every click through, and follows the field when it moves or resizes — so
the field keeps the style's own look and all its controls.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

INVALID_STYLE: Final = "border: 1px solid #d32f2f; background: #fff3f3;"
FRAME_COLOR: Final = QColor("#d32f2f")
TINT_COLOR: Final = QColor(211, 47, 47, 28)
FRAME_NAME: Final = "invalidFrame"


class InvalidFrame(QWidget):
    """The red frame over ``field`` (a child of the field's parent, above it)."""

    def __init__(self, field: QWidget) -> None:
        parent = field.parentWidget()
        super().__init__(parent)
        self.setObjectName(FRAME_NAME)
        self.field = field
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        field.installEventFilter(self)
        self._follow()

    def _follow(self) -> None:
        self.setGeometry(self.field.geometry())
        self.setVisible(self.field.isVisible())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() in (
                QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._follow()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.75, 0.75, -0.75, -0.75)
        painter.setBrush(TINT_COLOR)
        painter.setPen(QPen(FRAME_COLOR, 1.5))
        painter.drawRoundedRect(rect, 3, 3)
        painter.end()

    def remove(self) -> None:
        self.field.removeEventFilter(self)
        self.hide()
        self.deleteLater()


def _needs_frame(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractSpinBox | QComboBox) and widget.parentWidget() is not None


def frame_of(widget: QWidget) -> InvalidFrame | None:
    parent = widget.parentWidget()
    if parent is None:
        return None
    for child in parent.findChildren(InvalidFrame, FRAME_NAME,
                                     Qt.FindChildOption.FindDirectChildrenOnly):
        if child.field is widget:
            return child
    return None


def show_invalid(widget: QWidget) -> None:
    """Mark ``widget`` as refused (its controls stay as they are)."""
    if _needs_frame(widget):
        if frame_of(widget) is None:
            InvalidFrame(widget)
    else:
        widget.setStyleSheet(INVALID_STYLE)


def clear_invalid(widget: QWidget) -> None:
    frame = frame_of(widget)
    if frame is not None:
        frame.remove()
    else:
        widget.setStyleSheet("")
