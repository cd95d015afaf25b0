"""The mouse wheel scrolls the page, not the setting under the pointer.

Qt gives a spin box or a combo box the wheel whenever the pointer is over it (their focus
policy is ``WheelFocus``), so scrolling down the Settings page turned "checks at once" from
16 to 7 to 0 on its way.  ``WheelGuard`` — one event filter on the application — gives every
spin box and combo box ``Qt.StrongFocus`` (click or Tab, never the wheel) and hands a wheel
event over one that does not have the focus to the nearest scroll area around it, which
scrolls as if the field were not there.  A focused field still takes the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_GUARDED = (QAbstractSpinBox, QComboBox)
_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish


def _guarded_field(widget: QObject) -> QWidget | None:
    """The spin box or combo box ``widget`` is (or is part of: a spin box's line edit)."""
    current: QObject | None = widget
    for _depth in range(3):
        if isinstance(current, _GUARDED):
            return current
        if current is None or isinstance(current, QAbstractScrollArea):
            return None
        current = current.parent()
    return None


class WheelGuard(QObject):
    """Installed once on the application (``install``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wheelGuard")
        self.passed_on = 0  # wheel events handed to a scroll area (for tests)

    @classmethod
    def install(cls, app: QApplication) -> WheelGuard:
        existing = app.findChild(WheelGuard, "wheelGuard")
        if existing is not None:
            return existing
        guard = cls(app)
        app.installEventFilter(guard)
        for widget in app.allWidgets():  # fields built before the guard came
            if isinstance(widget, _GUARDED):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return guard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the application: the common case leaves at once.
        kind = event.type()
        if kind is not _WHEEL:
            if kind is _POLISH and isinstance(watched, _GUARDED):
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if not isinstance(event, QWheelEvent):
            return False
        field = _guarded_field(watched)
        if field is None or field.hasFocus() or not field.isEnabled():
            return False
        self._scroll_around(field, event)
        # Accepted and handled: Qt hands a spontaneous wheel event that nobody accepted on
        # to the parents, which would scroll the page a second time.
        event.accept()
        return True  # the field's value stays

    def _scroll_around(self, field: QWidget, event: QWheelEvent) -> None:
        parent = field.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            return
        viewport = parent.viewport()
        position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
        forwarded = QWheelEvent(
            position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
            event.buttons(), event.modifiers(), event.phase(), event.inverted(),
            event.source())
        self.passed_on += 1
        QApplication.sendEvent(viewport, forwarded)
