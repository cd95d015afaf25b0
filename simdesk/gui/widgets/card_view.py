"""The SIM card table's view: Ctrl+A selects "every card matching the filter" without asking
Qt's selection model to select a million rows.

Qt's own select-all builds a selection over every row and every change to it afterwards walks
that selection: 55 s for Ctrl+A on a million cards, 30 s more for the next click.  Here
select-all only sets a flag (:attr:`CardsView.all_selected`); the delegate draws every row as
selected while it is set, and the page turns it into a domain selection
(``CardSelection.matching(filter)``) that the operations run on in SQL.  Any click, any key
that moves the cursor, or a new filter returns to an ordinary selection.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

# Keys that move the cursor (and so make an ordinary selection): they end a whole-filter
# selection.  Others (Delete, Ctrl+C …) act on it.
_MOVING_KEYS: Final = frozenset({
    Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right,
    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End,
    Qt.Key.Key_Space, Qt.Key.Key_Select, Qt.Key.Key_Escape,
})


class _AllRowsDelegate(QStyledItemDelegate):
    """Draws every row as selected while the view's whole-filter selection is on."""

    def __init__(self, view: CardsView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if self._view.all_selected:
            option.state |= QStyle.StateFlag.State_Selected


class CardsView(QTableView):
    """A table view whose select-all is a flag, not a million-row selection."""

    all_selected_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all = False
        self.setItemDelegate(_AllRowsDelegate(self))

    @property
    def all_selected(self) -> bool:
        """Every row (every card matching the model's filter) is selected."""
        return self._all

    def selectAll(self) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        selection = self.selectionModel()
        if selection is not None and selection.hasSelection():
            selection.clearSelection()
        self._set_all(True)

    def clear_all(self) -> None:
        """Back to an ordinary (empty) selection."""
        self._set_all(False)

    def _set_all(self, on: bool) -> None:
        if on == self._all:
            return
        self._all = on
        self.viewport().update()
        self.all_selected_changed.emit(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectAll()
            event.accept()
            return
        if self._all and Qt.Key(event.key()) in _MOVING_KEYS:
            self._set_all(False)
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._all and event.button() == Qt.MouseButton.RightButton \
                and self.indexAt(event.position().toPoint()).isValid():
            event.accept()  # the context menu acts on the whole selection
            return
        if self._all:
            self._set_all(False)
        super().mousePressEvent(event)
