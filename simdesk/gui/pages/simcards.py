"""The SIM cards page: a lazy table over every card, filters, search as you type, and the
actions on the selected cards (check, assign, return, edit, delete, copy, export)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from simdesk.checking.runs import KIND_AUTO, KIND_SELECTION, EngineEvent, RunSummary
from simdesk.domain.codes import is_ascii_number
from simdesk.domain.export import export_table
from simdesk.domain.phones import OPERATORS
from simdesk.domain.simcards import (
    CardFilter,
    CardRef,
    MoveResult,
    Skipped,
    delete_card,
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
from simdesk.gui.tasks import Cancelled, TaskControl
from simdesk.storage.db import write_tx
from simdesk.storage.models import CARD_ASSIGNED, CARD_AVAILABLE, CARD_SOLD

SEARCH_DELAY_MS: Final = 250
DEFAULT_WIDTHS: Final = {
    "code": 180, "phone": 135, "operator": 90, "status": 95, "shop": 170, "added": 125,
    "assigned": 125, "sale_date": 125, "last_checked": 125, "external_status": 120,
}
SETTINGS_PREFIX: Final = "simcards/"
SHOWN_PROBLEMS: Final = 30
CHECK_NOW_MAX: Final = 50  # "Check status now" waits for the answers of at most this many


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
        self.view = QTableView()
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
        self.selection_actions = (self.act_check_now, self.act_assign, self.act_return,
                                  self.act_edit, self.act_delete, self.act_copy,
                                  self.act_check_selected)
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
        selected = self._selected_rows()[:500]
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
        rows: list[int] = []
        for first, last in self._selected_ranges():
            rows.extend(range(first, last + 1))
        return rows

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
        """The selected cards, in table order."""
        return self.model.rows_info(self._selected_ranges())

    def selected_ids(self) -> list[int]:
        return [card.id for card in self.selected_cards()]

    def _selection_changed(self, *_args: Any) -> None:
        ranges = self._selected_ranges()
        count = sum(last - first + 1 for first, last in ranges)
        for action in self.selection_actions:
            action.setEnabled(count > 0)
        self.act_edit.setEnabled(count == 1)
        self.selection_label.setText(
            self.tr("{0} selected").format(thousands(count)) if count else "")

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
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
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
        for action in (self.act_edit, self.act_delete, self.act_copy):
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
              on_done: Callable[[Any], None], title: str, *, progress: bool = True) -> None:
        self.ctx.tasks.run(fn, name=name, on_done=on_done,
                           on_error=self._error, progress_parent=self if progress else None,
                           progress_title=title)

    # -------------------------------------------------------------- actions

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def copy_codes(self) -> None:
        """Ctrl+C: the selected cards' codes, one per line."""
        self.copy_card_codes(self.selected_cards())

    def copy_card_codes(self, cards: Sequence[CardRef]) -> None:
        """Put these cards' codes on the clipboard, one per line, and say how many."""
        codes = [card.code for card in cards]
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
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = AssignDialog(self.ctx, ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.assigned.connect(lambda result: self._moved(
            result, self.tr("{0} card(s) assigned to {1}.").format(
                len(result.changed), result.shop.name if result.shop else "")))
        self.assign_dialog = dialog
        dialog.open()
        return dialog

    def _moved(self, result: MoveResult, text: str) -> None:
        if result.skipped:
            text += " " + self.tr("{0} skipped.").format(len(result.skipped))
        self.show_notice(text, ok=bool(result.changed) or not result.skipped)
        self.refresh()

    def return_selected(self) -> None:
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

    def delete_selected(self, *, confirm: bool = True) -> QMessageBox | None:
        cards = self.selected_cards()
        if not cards:
            return None
        if not confirm:
            self._delete([card.id for card in cards])
            return None
        box = QMessageBox(self)
        box.setObjectName("confirmDelete")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete"))
        if len(cards) == 1:
            box.setText(
                self.tr("Delete card {0}? This cannot be undone.").format(cards[0].code))
        else:
            box.setText(self.tr("Delete {0} cards? This cannot be undone.").format(
                thousands(len(cards))))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        ids = [card.id for card in cards]

        def clicked(button: Any) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._delete(ids)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()
        return box

    def _delete(self, ids: list[int]) -> None:
        actor = self.ctx.actor

        def work(control: TaskControl) -> int:
            # One transaction: a card that may not go (sold) keeps every card.
            with write_tx():
                for n, card_id in enumerate(ids):
                    if control.cancelled:
                        raise Cancelled()
                    delete_card(card_id, source="gui", actor=actor)
                    if n % 200 == 0:
                        control.progress(n, len(ids), "")
            return len(ids)

        def done(count: int) -> None:
            self.show_notice(self.tr("%Ln card(s) deleted.", "", count))
            self.ctx.changed_here()
            self.refresh()

        self._task(work, "delete", done, self.tr("Deleting cards…"), progress=len(ids) > 200)

    def check_status_now(self) -> None:
        """Ask the operator about the selected cards now and show the answer."""
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
                text = self.tr("Card {0}: the check failed: {1}").format(r.code, r.error)
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
        ids = self.selected_ids()
        if not ids:
            return
        self._start_run(ids, KIND_SELECTION)

    def auto_check_now(self) -> None:
        self._start_run(None, KIND_AUTO)

    def _start_run(self, ids: list[int] | None, kind: str) -> None:
        try:
            summary = self.ctx.engine.start_run(ids, kind=kind, source="gui",
                                                actor=self.ctx.actor)
        except SimdeskError as exc:
            self._error(exc)
            return
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

    def export_to(self, path: Path) -> None:
        """Write every card to ``path`` (.xlsx or .csv) on a worker thread."""
        fmt = "xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else "csv"

        def work(control: TaskControl) -> int:
            control.progress(0, 0, "")
            return export_table("simcards", fmt, path)

        self._task(work, "export",
                   lambda count: self.show_notice(self.tr("%Ln card(s) exported to {0}.", "",
                                                          count).format(path)),
                   self.tr("Exporting SIM cards…"))


__all__ = ["COLUMNS", "SimCardsPage"]
