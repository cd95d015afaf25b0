"""The SIM cards page: a lazy table over every card, filters, search as you type, and the
actions on the selected cards (check, assign, return, edit, delete, copy, export)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from simdesk.checking.runs import KIND_AUTO, KIND_SELECTION, EngineEvent, RunSummary
from simdesk.domain.codes import is_ascii_number
from simdesk.domain.export import export_table
from simdesk.domain.phones import OPERATORS
from simdesk.domain.selection import (
    BulkOutcome,
    CardSelection,
    delete_selection,
    return_selection,
    selection_codes,
    selection_count,
    selection_ids,
    sold_in,
)
from simdesk.domain.simcards import (
    CardFilter,
    CardRef,
    MoveResult,
    Skipped,
    return_to_stock,
)
from simdesk.errors import SimdeskError
from simdesk.gui import permissions
from simdesk.gui.context import AppContext
from simdesk.gui.dialogs.assign import AssignDialog, shop_choices
from simdesk.gui.dialogs.bulk_add import BulkAddDialog
from simdesk.gui.dialogs.card_edit import CardEditDialog
from simdesk.gui.errors import error_text, show_error
from simdesk.gui.formats import number
from simdesk.gui.models.cards_model import (
    COL,
    COLUMNS,
    SORT_KEYS,
    CardsTableModel,
)
from simdesk.gui.pages.base import Page
from simdesk.gui.problems import problem_text
from simdesk.gui.source_errors import source_error_text
from simdesk.gui.tasks import Task, TaskControl
from simdesk.gui.widgets.card_view import CardsView
from simdesk.storage.models import CARD_ASSIGNED, CARD_AVAILABLE, CARD_SOLD

SEARCH_DELAY_MS: Final = 250
DEFAULT_WIDTHS: Final = {
    "code": 180, "phone": 135, "operator": 90, "status": 95, "shop": 170, "added": 125,
    "assigned": 125, "sale_date": 125, "last_checked": 125, "external_status": 120,
}
SETTINGS_PREFIX: Final = "simcards/"
SHOWN_PROBLEMS: Final = 30
CHECK_NOW_MAX: Final = 50  # "Check status now" waits for the answers of at most this many
# A selection of at most this many rows is read as a list of cards on the GUI thread (codes
# and statuses known at once); a larger one stays a description (CardSelection) that the
# operations resolve in SQL on a job's thread.
SMALL_SELECTION: Final = 2000
COPY_ASK: Final = 5000  # copying more codes than this asks first, with the count
SHOWN_BLOCKERS: Final = 5  # sold cards named when they block a delete


def thousands(n: int) -> str:
    """1 000 000: the locale's way of writing big numbers (gui/formats.py)."""
    return number(n)


class SimCardsPage(Page):
    page_id = "simcards"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.assign_dialog: AssignDialog | None = None
        self.bulk_dialog: BulkAddDialog | None = None
        self.edit_dialog: CardEditDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._restoring = False
        self._writing = 0  # long writes of this page still running
        self._refresh_pending = False

        # -- filters
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by code or phone"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Available"), CARD_AVAILABLE)
        self.status_filter.addItem(self.tr("Assigned"), CARD_ASSIGNED)
        self.status_filter.addItem(self.tr("Sold"), CARD_SOLD)
        self.shop_filter = QComboBox()
        self.shop_filter.setObjectName("shopFilter")
        self.shop_filter.setMinimumContentsLength(18)
        self.shop_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.operator_filter = QComboBox()
        self.operator_filter.setObjectName("operatorFilter")
        self.operator_filter.addItem(self.tr("All operators"), None)
        for name in OPERATORS:
            self.operator_filter.addItem(name, name)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        # Stable sizes: a text change must not change the page's minimum size.
        self.count_label.setFixedWidth(self.fontMetrics().horizontalAdvance("0" * 18))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.shop_filter, 1)
        filters.addWidget(self.operator_filter)
        filters.addWidget(self.count_label)
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionLabel")
        self.selection_label.setFixedWidth(self.fontMetrics().horizontalAdvance("0" * 18))
        self.selection_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        filters.addWidget(self.selection_label)

        # -- table
        self.model = CardsTableModel(self)
        self.view = CardsView()
        self.view.setObjectName("cardsTable")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = self.view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for key, width in DEFAULT_WIDTHS.items():
            header.resizeSection(COL[key], width)
        header.setSortIndicator(COL["added"], Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        self.view.setSortingEnabled(True)

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.notice.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 6)
        # The background run this page announced ("Checking … in the background"): its
        # end replaces that notice with the result.
        self._announced_run: str | None = None
        ctx.bridge.run_finished.connect(self._run_finished)

        # -- actions
        self.act_add = self._action(self.tr("Add"), self.open_add_dialog, "addCard",
                                    QKeySequence(Qt.Key.Key_Insert),
                                    QStyle.StandardPixmap.SP_FileIcon)
        self.act_bulk = self._action(self.tr("Bulk add"), self.open_bulk_dialog, "bulkAdd",
                                     None, QStyle.StandardPixmap.SP_FileDialogNewFolder)
        self.act_export = self._action(self.tr("Export"), self.choose_export, "export", None,
                                       QStyle.StandardPixmap.SP_DialogSaveButton)
        self.act_check_selected = self._action(
            self.tr("Check selected"), self.check_selected, "checkSelected", None,
            QStyle.StandardPixmap.SP_BrowserReload)
        self.act_auto_check = self._action(self.tr("Auto-check now"), self.auto_check_now,
                                           "autoCheckNow", None,
                                           QStyle.StandardPixmap.SP_MediaPlay)
        self.act_check_now = self._action(self.tr("Check status now"), self.check_status_now,
                                          "checkNow")
        self.act_assign = self._action(self.tr("Assign to shop…"), self.open_assign_dialog,
                                       "assign")
        self.act_return = self._action(self.tr("Return to stock"), self.return_selected,
                                       "returnToStock")
        self.act_edit = self._action(self.tr("Edit"), self.open_edit_dialog, "edit")
        self.act_delete = self._action(self.tr("Delete"), self.delete_selected, "delete",
                                       QKeySequence(Qt.Key.Key_Delete))
        self.act_copy = self._action(self.tr("Copy code"), self.copy_codes, "copyCode",
                                     QKeySequence(QKeySequence.StandardKey.Copy))
        self.act_find = self._action(self.tr("Search"), self.focus_search, "find",
                                     QKeySequence(QKeySequence.StandardKey.Find))
        self.act_export_selected = self._action(self.tr("Export selected…"),
                                                self.choose_export_selected, "exportSelected")
        self.selection_actions = (self.act_check_now, self.act_assign, self.act_return,
                                  self.act_edit, self.act_delete, self.act_copy,
                                  self.act_check_selected, self.act_export_selected)
        toolbar = QToolBar()
        toolbar.setObjectName("simcardsToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.act_add, self.act_bulk, self.act_export):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.act_check_selected)
        toolbar.addAction(self.act_auto_check)

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)

        # -- wiring
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self.save_view_state)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.status_filter, self.shop_filter, self.operator_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.sectionResized.connect(lambda *_a: self._save_timer.start())
        header.sectionMoved.connect(lambda *_a: self._save_timer.start())
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(lambda _index: self.open_edit_dialog())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.view.all_selected_changed.connect(self._all_selected_changed)

        self._load_shops()
        self.restore_view_state()
        self._update_count()
        self._selection_changed()

    def title(self) -> str:
        return self.tr("SIM cards")

    def apply_role(self, role: str) -> None:
        """A viewer looks, searches, copies and exports; the rest needs an operator."""
        permissions.restrict(role, permissions.EDIT, (
            self.act_add, self.act_bulk, self.act_check_selected, self.act_auto_check,
            self.act_check_now, self.act_assign, self.act_return, self.act_edit,
            self.act_delete), views=(self.view,))

    def _action(self, text: str, slot: Callable[[], object], name: str,
                shortcut: QKeySequence | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -------------------------------------------------------------- filters and state

    def _load_shops(self) -> None:
        current = self.shop_filter.currentData()
        self.shop_filter.blockSignals(True)
        self.shop_filter.clear()
        self.shop_filter.addItem(self.tr("All shops"), None)
        # names only: a filter shows its choice whole, whatever the region's length
        for shop_id, label in shop_choices(active_only=False, include_archived=True,
                                           with_region=False):
            self.shop_filter.addItem(label, shop_id)
        index = self.shop_filter.findData(current) if current is not None else 0
        self.shop_filter.setCurrentIndex(max(index, 0))
        self.shop_filter.blockSignals(False)
        if current is not None and index < 0:
            self.apply_filters()  # the shop is gone

    def current_filter(self) -> CardFilter:
        shop = self.shop_filter.currentData()
        return CardFilter(
            status=self.status_filter.currentData(),
            shop_id=int(shop) if shop is not None else None,
            operator=self.operator_filter.currentData(),
            q=self.search.text().strip() or None,
        )

    def apply_filters(self) -> None:
        """Show the cards matching the filters and the search (from the top)."""
        self._search_timer.stop()
        flt = self.current_filter()
        if flt == self.model.current_filter():
            return
        try:
            self.model.set_filter(flt)
        except SimdeskError as exc:
            show_error(self, exc)
            return
        self.view.clear_all()  # "all matching" meant the previous filter
        self._update_count()
        if not self._restoring:
            self.save_filters()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln card(s)", "", total))

    def save_filters(self) -> None:
        qs = self.ctx.qsettings()
        qs.setValue(SETTINGS_PREFIX + "status", self.status_filter.currentData() or "")
        shop = self.shop_filter.currentData()
        qs.setValue(SETTINGS_PREFIX + "shop", "" if shop is None else str(shop))
        qs.setValue(SETTINGS_PREFIX + "operator", self.operator_filter.currentData() or "")
        qs.sync()

    def save_view_state(self) -> None:
        qs = self.ctx.qsettings()
        qs.setValue(SETTINGS_PREFIX + "header", self.view.horizontalHeader().saveState())
        qs.sync()

    def restore_view_state(self) -> None:
        qs = self.ctx.qsettings()
        self._restoring = True
        combos = (self.status_filter, self.operator_filter, self.shop_filter)
        try:
            state = qs.value(SETTINGS_PREFIX + "header")
            header = self.view.horizontalHeader()
            if isinstance(state, QByteArray) and not state.isEmpty():
                header.restoreState(state)
                header.setSortIndicatorShown(True)
                self._sort_changed(header.sortIndicatorSection(), header.sortIndicatorOrder())
            for combo in combos:
                combo.blockSignals(True)
            for combo, key in ((self.status_filter, "status"),
                               (self.operator_filter, "operator")):
                value = qs.value(SETTINGS_PREFIX + key)
                if isinstance(value, str) and value:
                    combo.setCurrentIndex(max(combo.findData(value), 0))
            shop = qs.value(SETTINGS_PREFIX + "shop")
            if isinstance(shop, str) and is_ascii_number(shop) and len(shop) < 19:
                self.shop_filter.setCurrentIndex(max(self.shop_filter.findData(int(shop)), 0))
        finally:
            for combo in combos:
                combo.blockSignals(False)
            self._restoring = False
        self.apply_filters()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_KEYS:
            # Not a sortable column: put the indicator back on the current order.
            current, current_order = self.model.sort_column()
            self.view.horizontalHeader().setSortIndicator(current, current_order)
            return
        self.model.sort(column, order)
        self._save_timer.start()

    def refresh(self) -> None:
        """Read the cards again, keeping the selection and the scroll position where the
        same cards are still shown."""
        self._load_shops()
        selected = list(itertools.islice(self._iter_selected_rows(), 500))
        current = self.view.currentIndex()
        current_id = self.model.data(current, Qt.ItemDataRole.UserRole) \
            if current.isValid() else None
        scroll = self.view.verticalScrollBar().value()
        hscroll = self.view.horizontalScrollBar().value()
        ids = [(row, card_id) for row, card_id in
               ((r, self.model.data(self.model.index(r, 0), Qt.ItemDataRole.UserRole))
                for r in selected) if card_id is not None]
        self.model.reload()
        self._update_count()
        self.view.verticalScrollBar().setValue(scroll)
        self.view.horizontalScrollBar().setValue(hscroll)
        if not ids:
            return
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row, card_id in ids:
            found = self.model.find_loaded_row(int(card_id), row)
            if found >= 0:
                selection.select(self.model.index(found, 0), self.model.index(found, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
        if current_id is not None:
            found = self.model.find_loaded_row(int(current_id), current.row())
            if found >= 0:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(found, current.column()),
                    QItemSelectionModel.SelectionFlag.NoUpdate)

    # -------------------------------------------------------------- selection

    def _selected_rows(self) -> list[int]:
        return list(self._iter_selected_rows())

    def _iter_selected_rows(self) -> Iterator[int]:
        for first, last in self._selected_ranges():
            yield from range(first, last + 1)

    def _selected_ranges(self) -> list[tuple[int, int]]:
        selection = self.view.selectionModel().selection()
        spans = sorted((selection.at(i).top(), selection.at(i).bottom())
                       for i in range(selection.size()))
        merged: list[tuple[int, int]] = []
        for top, bottom in spans:
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return merged

    def selected_cards(self) -> list[CardRef]:
        """The selected cards, in table order (a whole-filter selection of more than
        SMALL_SELECTION cards is not listed: use :meth:`card_selection`)."""
        if self.view.all_selected:
            total = self.model.rowCount()
            return self.model.rows_info([(0, total - 1)]) if total <= SMALL_SELECTION else []
        return self.model.rows_info(self._selected_ranges())

    def selected_ids(self) -> list[int]:
        return [card.id for card in self.selected_cards()]

    def selection_count(self) -> int:
        """How many rows are selected (every row while the whole filter is)."""
        if self.view.all_selected:
            return self.model.rowCount()
        return sum(last - first + 1 for first, last in self._selected_ranges())

    def is_small_selection(self) -> bool:
        return self.selection_count() <= SMALL_SELECTION

    def card_selection(self) -> CardSelection | None:
        """The selection as the domain takes it: "every card matching the filter" after
        Ctrl+A, rows of the filter for a large ordinary selection, else the cards' ids."""
        count = self.selection_count()
        if count == 0:
            return None
        flt = self.model.current_filter()
        if self.view.all_selected:
            return CardSelection.matching(flt)
        if count <= SMALL_SELECTION:
            return CardSelection.of_ids(self.selected_ids())
        return CardSelection.rows(flt, self.model.sort_key(), self._selected_ranges())

    def _selection_changed(self, *_args: Any) -> None:
        count = self.selection_count()
        for action in self.selection_actions:
            action.setEnabled(count > 0)
        self.act_edit.setEnabled(count == 1)
        self.selection_label.setText(
            self.tr("{0} selected").format(thousands(count)) if count else "")

    def _all_selected_changed(self, on: bool) -> None:
        self._selection_changed()
        if on:
            self.show_notice(self.tr(
                "All {0} card(s) matching the filter are selected. Click a row to select "
                "fewer.").format(thousands(self.model.rowCount())))

    def select_rows(self, rows: Sequence[int]) -> None:
        """Select these rows (for keyboard-free use and tests)."""
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.view.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.all_selected \
                and not self.view.selectionModel().isRowSelected(index.row()):
            self.select_rows([index.row()])
        menu = self.context_menu()
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("cardsMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in (self.act_check_now, self.act_assign, self.act_return):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.act_edit, self.act_delete, self.act_copy,
                       self.act_export_selected):
            menu.addAction(action)
        return menu

    # -------------------------------------------------------------- messages

    def show_notice(self, text: str, *, ok: bool = True) -> None:
        self._announced_run = None
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")

    def _problems_box(self, text: str, problems: Sequence[Skipped]) -> None:
        box = QMessageBox(self)
        box.setObjectName("problemsBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("SIM cards"))
        lines = [f"{p.ref} — {problem_text(p.reason)}" for p in problems[:SHOWN_PROBLEMS]]
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(self.tr("… and {0} more").format(len(problems) - SHOWN_PROBLEMS))
        box.setText(text + "\n\n" + "\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()

    def _error(self, exc: BaseException) -> None:
        self.show_notice(error_text(exc).split("\n\n")[0], ok=False)
        show_error(self, exc)

    def _task(self, fn: Callable[[TaskControl], Any], name: str,
              on_done: Callable[[Any], None], title: str, *, progress: bool = True,
              writes: bool = False) -> None:
        task = self.ctx.tasks.run(fn, name=name, on_done=on_done,
                                  on_error=self._error,
                                  progress_parent=self if progress else None,
                                  progress_title=title, title=title)
        task.cancelled.connect(
            lambda: self.show_notice(self.tr("Cancelled; nothing was changed."), ok=False),
            Qt.ConnectionType.QueuedConnection)
        if writes:
            self._track_write(task)

    def _track_write(self, task: Task) -> None:
        """While a long write runs, its uncommitted batches would make the page re-read a
        million-row count again and again (what it reads does not change before the
        commit): one refresh when it ends instead."""
        self._writing += 1
        task.ended.connect(self._write_ended, Qt.ConnectionType.QueuedConnection)

    def _write_ended(self) -> None:
        self._writing = max(0, self._writing - 1)
        if not self._writing and self._refresh_pending:
            self._refresh_pending = False
            self._on_data_changed()

    def _on_data_changed(self) -> None:
        if self._writing:
            self._refresh_pending = True
            return
        super()._on_data_changed()

    def _ask(self, name: str, title: str, text: str, on_yes: Callable[[], None],
             yes_text: str) -> QMessageBox:
        """A non-blocking question with Yes (named ``yes_text``) and No (the default)."""
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))

        def clicked(button: Any) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                on_yes()

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()
        return box

    def _selection_task(self, fn: Callable[[TaskControl], Any], name: str,
                        on_done: Callable[[Any], None], title: str, *,
                        writes: bool = True) -> None:
        """A job over a large selection: progress and Cancel in the status bar (and in a
        progress dialog on the page)."""
        self._task(fn, name, on_done, title, progress=True, writes=writes)

    # -------------------------------------------------------------- actions

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def copy_codes(self) -> QMessageBox | None:
        """Copy the selected codes; more than COPY_ASK of them asks first, with the count,
        and is read on a job's thread."""
        count = self.selection_count()
        if count == 0:
            return None
        if count <= COPY_ASK and self.is_small_selection():
            self._copied([card.code for card in self.selected_cards()])
            return None
        selection = self.card_selection()
        assert selection is not None

        def work(control: TaskControl) -> list[str]:
            return selection_codes(selection, progress=control.progress, check=control.check)

        return self._ask("confirmCopy", self.tr("Copy codes"), self.tr(
            "Copy {0} codes to the clipboard?").format(thousands(count)),
            lambda: self._selection_task(work, "copy", self._copied,
                                         self.tr("Copying codes…"), writes=False),
            self.tr("Copy"))

    def _copied(self, codes: list[str]) -> None:
        if not codes:
            return
        QApplication.clipboard().setText("\n".join(codes))
        self.show_notice(self.tr("%Ln code(s) copied.", "", len(codes)))

    def open_add_dialog(self) -> CardEditDialog | None:
        return self._open_card_dialog(None)

    def open_edit_dialog(self) -> CardEditDialog | None:
        cards = self.selected_cards()
        if len(cards) != 1:
            current = self.view.currentIndex()
            if not current.isValid():
                return None
            card_id = self.model.data(current, Qt.ItemDataRole.UserRole)
            if card_id is None:
                return None
            return self._open_card_dialog(int(card_id))
        return self._open_card_dialog(cards[0].id)

    def _open_card_dialog(self, card_id: int | None) -> CardEditDialog | None:
        try:
            dialog = CardEditDialog(card_id, self, actor=self.ctx.actor)
        except SimdeskError as exc:  # the card was deleted meanwhile
            self._error(exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._card_saved(dialog, card_id is None))
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _card_saved(self, dialog: CardEditDialog, created: bool) -> None:
        self.show_notice(self.tr("Card {0} added.").format(dialog.code.text().strip())
                         if created else self.tr("Card {0} saved.").format(
                             dialog.code.text().strip()))
        self.ctx.changed_here()
        self.refresh()

    def open_bulk_dialog(self) -> BulkAddDialog:
        dialog = BulkAddDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.refresh())
        self.bulk_dialog = dialog
        dialog.open()
        return dialog

    def open_assign_dialog(self) -> AssignDialog | None:
        if self.is_small_selection():
            ids = self.selected_ids()
            if not ids:
                return None
            dialog = AssignDialog(self.ctx, ids, self)
        else:
            selection = self.card_selection()
            assert selection is not None
            dialog = AssignDialog(self.ctx, [], self, selection=selection,
                                  count=self.selection_count())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.assigned.connect(self._assigned)
        dialog.task_started.connect(self._track_write)
        self.assign_dialog = dialog
        dialog.open()
        return dialog

    def _assigned(self, result: MoveResult | BulkOutcome) -> None:
        if isinstance(result, BulkOutcome):
            self._moved(result, self.tr("{0} card(s) assigned to {1}.").format(
                thousands(result.changed), result.shop_name or ""))
            return
        self._moved(result, self.tr("{0} card(s) assigned to {1}.").format(
            len(result.changed), result.shop.name if result.shop else ""))

    def _moved(self, result: MoveResult | BulkOutcome, text: str) -> None:
        changed = result.changed if isinstance(result, BulkOutcome) else len(result.changed)
        skipped = result.skipped if isinstance(result, BulkOutcome) else len(result.skipped)
        if skipped:
            text += " " + self.tr("{0} skipped.").format(thousands(skipped))
        self.show_notice(text, ok=bool(changed) or not skipped)
        self.refresh()

    def return_selected(self) -> None:
        if not self.is_small_selection():
            self._return_selection()
            return
        ids = self.selected_ids()
        if not ids:
            return

        actor = self.ctx.actor

        def work(control: TaskControl) -> MoveResult:
            return return_to_stock(ids=ids, strict=False, source="gui", actor=actor)

        def done(result: MoveResult) -> None:
            text = self.tr("%Ln card(s) returned to stock.", "", len(result.changed))
            self.ctx.changed_here()
            self._moved(result, text)
            if result.skipped:
                self._problems_box(self.tr("These cards were not returned:"), result.skipped)

        self._task(work, "return", done, self.tr("Returning cards to stock…"),
                   progress=len(ids) > 1000)

    def _return_selection(self) -> None:
        selection = self.card_selection()
        if selection is None:
            return
        actor = self.ctx.actor

        def work(control: TaskControl) -> BulkOutcome:
            return return_selection(selection, source="gui", actor=actor,
                                    progress=control.progress, check=control.check)

        def done(result: BulkOutcome) -> None:
            self.ctx.changed_here()
            self._moved(result, self.tr("{0} card(s) returned to stock.").format(
                thousands(result.changed)))
            if result.examples:
                self._problems_box(self.tr("These cards were not returned:"), result.examples)

        self._selection_task(work, "return", done, self.tr("Returning cards to stock…"))

    def delete_selected(self, *, confirm: bool = True) -> QMessageBox | None:
        """Delete the selection.  Decided before asking: a selection with sold cards is
        refused at once, naming them; otherwise the question shows the count.  A large
        selection is looked at on a job's thread first (the window keeps answering)."""
        count = self.selection_count()
        if count == 0:
            return None
        selection = self.card_selection()
        assert selection is not None
        if not self.is_small_selection():
            def look(control: TaskControl) -> tuple[int, list[str], int]:
                blockers = sold_in(selection, limit=SHOWN_BLOCKERS)
                control.check()
                return blockers.total, blockers.codes, selection_count(selection)

            def looked(found: tuple[int, list[str], int]) -> None:
                self._decide_delete(selection, *found, confirm=confirm)

            self._task(look, "delete-look", looked, self.tr("Looking at the cards…"),
                       progress=False)
            return None
        cards = self.selected_cards()
        sold = [card.code for card in cards if card.status == CARD_SOLD]
        single = cards[0].code if len(cards) == 1 else None
        return self._decide_delete(selection, len(sold), sorted(sold)[:SHOWN_BLOCKERS],
                                   len(cards), confirm=confirm, single=single)

    def _decide_delete(self, selection: CardSelection, sold: int, sold_codes: list[str],
                       count: int, *, confirm: bool = True,
                       single: str | None = None) -> QMessageBox | None:
        if sold:
            self.show_delete_refusal(sold, sold_codes, count)
            return self.confirm_box
        if count == 0:
            return None
        if not confirm:
            self._delete(selection, count)
            return None
        text = (self.tr("Delete card {0}? This cannot be undone.").format(single)
                if single is not None and count == 1 else
                self.tr("Delete {0} cards? This cannot be undone.").format(thousands(count)))
        return self._ask("confirmDelete", self.tr("Delete"), text,
                         lambda: self._delete(selection, count), self.tr("Delete"))

    def show_delete_refusal(self, sold: int, codes: Sequence[str], count: int) -> None:
        """Sold cards block the delete: say so at once, naming them (no question asked)."""
        box = QMessageBox(self)
        box.setObjectName("deleteRefused")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot delete"))
        shown = ", ".join(codes)
        if sold > len(codes):
            shown += " " + self.tr("… and {0} more").format(thousands(sold - len(codes)))
        if count == 1:
            text = self.tr("Card {0} is sold. Sold cards are sales history and cannot be "
                           "deleted.").format(shown)
        else:
            text = self.tr(
                "{0} of the {1} selected cards are sold: {2}. Sold cards are sales history "
                "and cannot be deleted. Nothing was deleted: leave the sold cards out (for "
                "example, filter by the status Available or Assigned) and delete again."
            ).format(thousands(sold), thousands(count), shown)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        self.show_notice(text, ok=False)
        box.open()

    def _delete(self, selection: CardSelection, count: int) -> None:
        actor = self.ctx.actor

        def work(control: TaskControl) -> int:
            # One transaction: Cancel, or a card sold meanwhile, keeps every card.
            return delete_selection(selection, source="gui", actor=actor,
                                    progress=control.progress, check=control.check)

        def done(deleted: int) -> None:
            self.view.clear_all()
            self.show_notice(self.tr("%Ln card(s) deleted.", "", deleted))
            self.ctx.changed_here()
            self.refresh()

        self._task(work, "delete", done, self.tr("Deleting cards…"), progress=count > 200,
                   writes=True)

    def check_status_now(self) -> None:
        """Ask the operator about the selected cards now and show the answer."""
        if not self.is_small_selection():
            self._check_selection()
            return
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) > CHECK_NOW_MAX:
            # Many cards: a background run, with its progress (and Stop) in the status bar.
            self._start_run(ids, KIND_SELECTION)
            return
        engine = self.ctx.engine
        actor = self.ctx.actor
        self.show_notice(self.tr("Checking %Ln card(s)…", "", len(ids)))

        def work(control: TaskControl) -> RunSummary:
            return engine.check_now(ids, source="gui", actor=actor)

        self._task(work, "check-now", self._checked, self.tr("Checking status…"),
                   progress=len(ids) > 1)

    def _checked(self, summary: RunSummary) -> None:
        labels = self.model.status_labels()
        if len(summary.results) == 1:
            r = summary.results[0]
            if r.error:
                text = self.tr("Card {0}: the check failed: {1}").format(
                    r.code, source_error_text(r.error))
                self.show_notice(text, ok=False)
            else:
                text = self.tr("Card {0}: {1} (operator says: {2}).").format(
                    r.code, labels.get(r.new_status, r.new_status), r.external_status or "—")
                if r.changed:
                    text += " " + self.tr("The status changed.")
                self.show_notice(text)
        else:
            text = self.checked_text(summary.checked, summary.changed,
                                     len(summary.newly_sold), summary.errors)
            self.show_notice(text, ok=summary.errors == 0)
        self.ctx.changed_here()
        self.refresh()

    def check_selected(self) -> None:
        """Check the selected cards in the background (progress in the status bar)."""
        if not self.is_small_selection():
            self._check_selection()
            return
        ids = self.selected_ids()
        if not ids:
            return
        self._start_run(ids, KIND_SELECTION)

    def _check_selection(self) -> None:
        """A large selection: its ids are read on a job's thread, which then starts the
        background run (progress and Stop in the status bar)."""
        selection = self.card_selection()
        if selection is None:
            return
        engine, actor = self.ctx.engine, self.ctx.actor

        def work(control: TaskControl) -> RunSummary:
            ids = selection_ids(selection, progress=control.progress, check=control.check)
            control.check()
            return engine.start_run(ids, kind=KIND_SELECTION, source="gui", actor=actor)

        self._task(work, "check-selection", self._run_started,
                   self.tr("Reading the selected cards…"), progress=False, writes=True)

    def auto_check_now(self) -> None:
        self._start_run(None, KIND_AUTO)

    def _start_run(self, ids: list[int] | None, kind: str) -> None:
        try:
            summary = self.ctx.engine.start_run(ids, kind=kind, source="gui",
                                                actor=self.ctx.actor)
        except SimdeskError as exc:
            self._error(exc)
            return
        self._run_started(summary)

    def _run_started(self, summary: RunSummary) -> None:
        if summary.state == "failed":
            self.show_notice(summary.reason or self.tr("The check could not start."), ok=False)
            return
        self.show_notice(self.tr("Checking %Ln card(s) in the background…", "",
                                 summary.total))
        self._announced_run = summary.run_id

    def _run_finished(self, event: EngineEvent) -> None:
        if event.run_id != self._announced_run:
            return
        if event.state == "done":
            self.show_notice(self.checked_text(event.checked, event.changed,
                                               len(event.newly_sold), event.errors),
                             ok=event.errors == 0)
        else:
            self.show_notice(self.tr("The check stopped: {0} of {1} card(s) checked.").format(
                thousands(event.checked), thousands(event.total)), ok=False)

    def checked_text(self, checked: int, changed: int, sold: int, errors: int) -> str:
        return self.tr("{0} card(s) checked: {1} changed, {2} newly sold, {3} error(s)."
                       ).format(thousands(checked), thousands(changed), thousands(sold),
                                thousands(errors))

    def choose_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export SIM cards"), str(Path.home() / "simcards.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        self.export_to(Path(path))

    def choose_export_selected(self) -> None:
        selection = self.card_selection()
        if selection is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the selected SIM cards"),
            str(Path.home() / "simcards-selected.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        self.export_to(Path(path), selection)

    def export_to(self, path: Path, selection: CardSelection | None = None) -> None:
        """Write every card (or the ``selection``'s) to ``path`` (.xlsx or .csv) on a worker
        thread; Cancel removes the half-written file."""
        fmt = "xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else "csv"

        def work(control: TaskControl) -> int:
            control.progress(0, 0, "")
            return export_table("simcards", fmt, path, cards=selection, check=control.check)

        self._task(work, "export",
                   lambda count: self.show_notice(self.tr("%Ln card(s) exported to {0}.", "",
                                                          count).format(path)),
                   self.tr("Exporting SIM cards…"))


__all__ = ["COLUMNS", "SimCardsPage"]
