"""The Shops page: the shop table with search and filters, add / edit / archive / delete,
and a detail panel with the selected shop's numbers and cards."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from simdesk.domain import handover
from simdesk.domain import shops as shop_domain
from simdesk.domain.phones import format_phone
from simdesk.domain.regions import REGIONS
from simdesk.domain.shops import ShopFilter
from simdesk.errors import SimdeskError
from simdesk.gui import permissions
from simdesk.gui.context import AppContext
from simdesk.gui.dialogs.handover import HandoverDialog
from simdesk.gui.dialogs.shop_dialog import ShopDialog
from simdesk.gui.errors import show_error
from simdesk.gui.models.shops_model import (
    ID_ROLE,
    SORT_ROLE,
    ShopCardsModel,
    ShopRow,
    ShopsModel,
    shop_regions,
    shop_status_text,
)
from simdesk.gui.pages.base import Page
from simdesk.gui.regions import region_text
from simdesk.gui.widgets.acts import ActsList
from simdesk.gui.widgets.charts import STATUS_COLORS, percent, thousands
from simdesk.gui.widgets.header_fit import fit_column_to_texts
from simdesk.storage.models import SHOP_ACTIVE, SHOP_INACTIVE

CARDS_SHOWN: Final = 200
NUMBER_STYLE: Final = "font-size: 18px; font-weight: 600;"
CAPTION_STYLE: Final = "color: palette(placeholder-text);"
DEFAULT_DETAIL_WIDTH: Final = 310  # the shop's numbers and its cards' codes and statuses


class ShopDetail(QFrame):
    """The selected shop: who and where, its numbers, its latest cards."""

    NUMBER_KEYS: Final = ("assigned", "sold", "total", "sell_through", "sold_7d", "sold_30d")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shopDetail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("shopDetailTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.info = QLabel()
        self.info.setObjectName("shopDetailInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.placeholder = QLabel(self.tr("Select a shop to see its numbers and cards."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(CAPTION_STYLE)

        captions = {
            "assigned": self.tr("Assigned"),
            "sold": self.tr("Sold"),
            "total": self.tr("Total"),
            "sell_through": self.tr("Sell-through"),
            "sold_7d": self.tr("Sold in 7 days"),
            "sold_30d": self.tr("Sold in 30 days"),
        }
        colors = {"assigned": STATUS_COLORS["assigned"], "sold": STATUS_COLORS["sold"]}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        for n, key in enumerate(self.NUMBER_KEYS):
            value = QLabel("—")
            value.setObjectName(f"shopDetail-{key}")
            style = NUMBER_STYLE
            if key in colors:
                style += f" color: {colors[key]};"
            value.setStyleSheet(style)
            caption = QLabel(captions[key])
            caption.setStyleSheet(CAPTION_STYLE)
            # two columns: the captions keep their room in every language
            grid.addWidget(value, (n // 2) * 2, n % 2)
            grid.addWidget(caption, (n // 2) * 2 + 1, n % 2)
            self.values[key] = value

        self.cards_model = ShopCardsModel(self, limit=CARDS_SHOWN)
        self.cards_view = QTableView()
        self.cards_view.setObjectName("shopCards")
        self.cards_view.setModel(self.cards_model)
        self.cards_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cards_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cards_view.setAlternatingRowColors(True)
        self.cards_view.verticalHeader().setVisible(False)
        self.cards_view.verticalHeader().setDefaultSectionSize(24)
        self.cards_view.horizontalHeader().setStretchLastSection(True)
        self.cards_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.cards_caption = QLabel()
        self.cards_caption.setObjectName("shopCardsCaption")
        self.cards_caption.setStyleSheet(CAPTION_STYLE)

        self.body = QWidget()
        self.body_layout = body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        body.addWidget(self.title)
        body.addWidget(self.info)
        body.addLayout(grid)
        heading = QLabel(self.tr("SIM cards"))
        heading.setStyleSheet("font-weight: 600;")
        body.addWidget(heading)
        body.addWidget(self.cards_view, 1)
        body.addWidget(self.cards_caption)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.show_shop(None)

    def show_shop(self, row: ShopRow | None) -> None:
        self.placeholder.setVisible(row is None)
        self.body.setVisible(row is not None)
        if row is None:
            self.cards_model.set_shop(None)
            return
        self.title.setText(row.name)
        lines = []
        if row.owner_name or row.owner_phone:
            phone = format_phone(row.owner_phone) if row.owner_phone else ""
            lines.append(" · ".join(p for p in (row.owner_name, phone) if p))
        if row.address or row.region:
            lines.append(", ".join(p for p in (row.address, region_text(row.region)) if p))
        lines.append(shop_status_text(row.status, row.archived))
        self.info.setText("\n".join(lines))
        self.values["assigned"].setText(thousands(row.assigned))
        self.values["sold"].setText(thousands(row.sold))
        self.values["total"].setText(thousands(row.total))
        self.values["sell_through"].setText(percent(row.sell_through) if row.total else "—")
        self.values["sold_7d"].setText(thousands(row.sold_7d))
        self.values["sold_30d"].setText(thousands(row.sold_30d))
        self.cards_model.set_shop(row.id)
        shown = self.cards_model.rowCount()
        if row.total > shown:
            self.cards_caption.setText(self.tr("The latest {0} of {1} cards.").format(
                thousands(shown), thousands(row.total)))
        elif row.total == 0:
            self.cards_caption.setText(self.tr("No cards in this shop yet."))
        else:
            self.cards_caption.setText("")


class ShopsPage(Page):
    page_id = "shops"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._dialog: ShopDialog | None = None
        self._handover: HandoverDialog | None = None
        self._default_split = False

        # --- filters
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("shopSearch")
        self.search_edit.setPlaceholderText(self.tr("Search name, owner, phone or address"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(  # its hint whole, with the clear button's room
            self.search_edit.fontMetrics().horizontalAdvance(
                self.search_edit.placeholderText()) + 40)
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("shopRegionFilter")
        # as wide as its longest region: a chosen one shows whole in every language
        self.region_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("shopStatusFilter")
        self.status_combo.addItem(self.tr("All statuses"), "")
        self.status_combo.addItem(self.tr("Active"), SHOP_ACTIVE)
        self.status_combo.addItem(self.tr("Inactive"), SHOP_INACTIVE)
        self.archived_check = QCheckBox(self.tr("Show archived"))
        self.archived_check.setObjectName("shopShowArchived")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filter)

        # --- actions
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("shopAdd")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("shopEdit")
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("shopArchive")
        self.unarchive_button = QPushButton(self.tr("Unarchive"))
        self.unarchive_button.setObjectName("shopUnarchive")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("shopDelete")
        self.add_button.setToolTip(self.tr("Add a shop (Ctrl+N)"))
        self.edit_button.setToolTip(self.tr("Edit the selected shop (F2)"))
        self.archive_button.setToolTip(
            self.tr("A shop that takes no more cards; its sales stay on record"))
        self.delete_button.setToolTip(
            self.tr("Only a shop that never held a card can be deleted (Delete)"))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.archive_button.clicked.connect(self.archive_current)
        self.unarchive_button.clicked.connect(self.unarchive_current)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.handover_button = QPushButton(self.tr("Hand over cards…"))
        self.handover_button.setObjectName("shopHandOver")
        self.handover_button.setToolTip(self.tr("Scan the cards handed to this shop; an act "
                                                "is written"))
        self.handover_button.clicked.connect(lambda: self.open_handover(handover.TO_SHOP))
        self.takeback_button = QPushButton(self.tr("Take cards back…"))
        self.takeback_button.setObjectName("shopTakeBack")
        self.takeback_button.clicked.connect(lambda: self.open_handover(handover.FROM_SHOP))
        for text, keys, slot in (
            ("add", QKeySequence(Qt.Key.Key_Insert), self.open_add_dialog),
            ("add-new", QKeySequence.StandardKey.New, self.open_add_dialog),
            ("edit", QKeySequence(Qt.Key.Key_F2), self.open_edit_dialog),
            ("delete", QKeySequence.StandardKey.Delete, self.confirm_delete),
            ("search", QKeySequence.StandardKey.Find, self._focus_search),
        ):
            action = QAction(self)
            action.setObjectName(f"shops-{text}")
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.addAction(action)

        # --- table
        self.model = ShopsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("shopsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)  # a selected row turned every title bold
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 120, 130, 170, 80, 80, 70, 70, 90, 110)):
            header.resizeSection(column, width)
        # the region column shows every known region whole, in the user's language
        fit_column_to_texts(self.table, self.model.column("region"),
                            [region_text(r) for r in REGIONS])
        self.table.doubleClicked.connect(lambda _i: self.open_edit_dialog())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("shopCount")
        self.count_label.setStyleSheet(CAPTION_STYLE)

        self.detail = ShopDetail()
        self.acts = ActsList(ctx, show_shop=False)
        self.acts.setMaximumHeight(190)
        acts_heading = QLabel(self.tr("Hand-over acts"))
        acts_heading.setStyleSheet("font-weight: 600;")
        self.detail.body_layout.addWidget(acts_heading)
        self.detail.body_layout.addWidget(self.acts)

        # --- layout
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.region_combo, 1)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.archived_check)
        filters.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(8)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        heading = QLabel(self.title())
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        top.addWidget(heading)
        top.addStretch(1)
        for button in (self.add_button, self.edit_button, self.archive_button,
                       self.unarchive_button, self.delete_button, self.handover_button,
                       self.takeback_button):
            top.addWidget(button)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self._fill_regions()
        self._restore_state()
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.region_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.archived_check.toggled.connect(lambda _b: self.apply_filter())
        self.header_changed_connections()
        self.apply_filter()

    def title(self) -> str:
        return self.tr("Shops")

    def apply_role(self, role: str) -> None:
        """A viewer looks and searches; adding, editing, archiving, deleting need an
        operator."""
        shortcuts = [self.findChild(QAction, f"shops-{name}")
                     for name in ("add", "add-new", "edit", "delete")]
        permissions.restrict(role, permissions.EDIT, [
            self.add_button, self.edit_button, self.archive_button, self.unarchive_button,
            self.delete_button, self.handover_button, self.takeback_button,
            *(a for a in shortcuts if a is not None)],
            views=(self.table,))
        if permissions.allows(role, permissions.EDIT):
            self._selection_changed()  # what the selection allows

    def showEvent(self, event: object) -> None:
        if self._default_split and self.splitter.width() > 0:
            # No width saved: the detail panel gets its room, the list the rest.
            self._default_split = False
            detail = max(self.detail.minimumSizeHint().width(), DEFAULT_DETAIL_WIDTH)
            self.splitter.setSizes([self.splitter.width() - detail, detail])
        super().showEvent(event)

    # -------------------------------------------------------------- state

    def header_changed_connections(self) -> None:
        header = self.table.horizontalHeader()
        header.sectionResized.connect(lambda *_a: self._save_state())
        header.sortIndicatorChanged.connect(lambda *_a: self._save_state())
        # Only the user's moves are kept: a page being built (after a language change) has
        # no sizes of its own yet and must not overwrite the list's width.
        self.splitter.splitterMoved.connect(lambda *_a: self._save_splitter())

    def _save_splitter(self) -> None:
        self.ctx.qsettings().setValue("shops/splitter", self.splitter.saveState())

    def _restore_state(self) -> None:
        qs = self.ctx.qsettings()
        header = qs.value("shops/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        splitter = qs.value("shops/splitter")
        if not (isinstance(splitter, QByteArray) and not splitter.isEmpty()
                and self.splitter.restoreState(splitter)):
            # the list gets the room, the detail panel what it needs
            self._default_split = True  # set when shown, once the page has its width
        region = qs.value("shops/region", "")
        if isinstance(region, str) and region:
            index = self.region_combo.findData(region)
            if index >= 0:
                self.region_combo.setCurrentIndex(index)
        status = qs.value("shops/status", "")
        index = self.status_combo.findData(status if isinstance(status, str) else "")
        self.status_combo.setCurrentIndex(max(index, 0))
        self.archived_check.setChecked(qs.value("shops/archived", False) in (True, "true"))

    def _save_state(self) -> None:
        qs = self.ctx.qsettings()
        qs.setValue("shops/header", self.table.horizontalHeader().saveState())
        qs.setValue("shops/region", self.region_combo.currentData() or "")
        qs.setValue("shops/status", self.status_combo.currentData() or "")
        qs.setValue("shops/archived", self.archived_check.isChecked())

    def _fill_regions(self) -> None:
        current = self.region_combo.currentData()
        known = list(REGIONS) + [r for r in shop_regions() if r not in REGIONS]
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("All regions"), "")
        for region in known:
            self.region_combo.addItem(region_text(region), region)
        index = self.region_combo.findData(current) if current else 0
        self.region_combo.setCurrentIndex(max(index, 0))
        self.region_combo.blockSignals(False)

    # -------------------------------------------------------------- loading

    def current_filter(self) -> ShopFilter:
        return ShopFilter(
            q=self.search_edit.text().strip() or None,
            region=self.region_combo.currentData() or None,
            status=self.status_combo.currentData() or None,
            include_archived=self.archived_check.isChecked(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self._save_state()
        self._reload(self.current_filter())

    def refresh(self) -> None:
        self._fill_regions()
        self._reload(self.current_filter())

    def _reload(self, flt: ShopFilter) -> None:
        selected = self.current_shop_id()
        try:
            self.model.set_filter(flt)
        except SimdeskError as exc:
            show_error(self, exc)
            return
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln shop(s)", "", shown))
        if selected is not None:
            self.select_shop(selected)
        self._selection_changed()

    # -------------------------------------------------------------- selection

    def current_shop_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def current_row(self) -> ShopRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_of(self.proxy.mapToSource(rows[0]))

    def select_shop(self, shop_id: int) -> bool:
        row = self.model.row_for_id(shop_id)
        if row is None:
            self.table.clearSelection()
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args: QItemSelection | QModelIndex) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.archive_button.setVisible(row is None or not row.archived)
        self.archive_button.setEnabled(row is not None and not row.archived)
        self.unarchive_button.setVisible(row is not None and row.archived)
        self.handover_button.setEnabled(
            row is not None and not row.archived and row.status == SHOP_ACTIVE)
        self.takeback_button.setEnabled(row is not None and not row.archived)
        try:
            self.detail.show_shop(row)
            self.acts.load(row.id if row is not None else None)
        except SimdeskError as exc:
            show_error(self, exc)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -------------------------------------------------------------- add / edit

    def open_add_dialog(self) -> ShopDialog:
        """Open the add dialog (window-modal, not blocking) and return it."""
        return self._open_dialog(ShopDialog(None, self))

    def open_edit_dialog(self) -> ShopDialog | None:
        shop_id = self.current_shop_id()
        if shop_id is None:
            return None
        try:
            shop = shop_domain.get_shop(shop_id)
        except SimdeskError as exc:
            show_error(self, exc)
            return None
        return self._open_dialog(ShopDialog(shop, self))

    def _open_dialog(self, dialog: ShopDialog) -> ShopDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, shop_id: int) -> None:
        self.ctx.changed_here()
        self._fill_regions()
        self._reload(self.current_filter())
        if not self.select_shop(shop_id):
            # a filter hides it: clear the filters so the user sees what was saved
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.region_combo.setCurrentIndex(0)
            self.status_combo.setCurrentIndex(0)
            self.select_shop(shop_id)

    # -------------------------------------------------------------- hand-over

    def open_handover(self, direction: str) -> HandoverDialog:
        """The hand-over dialog for the selected shop (window-modal, not blocking)."""
        dialog = HandoverDialog(self.ctx, direction, self.current_shop_id(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.committed.connect(self._handed_over)
        self._handover = dialog
        dialog.show()
        return dialog

    def _handed_over(self, act: handover.Act) -> None:
        self._reload(self.current_filter())
        if act.shop_id is not None and self.current_shop_id() == act.shop_id:
            self.acts.select_act(act.id)

    # -------------------------------------------------------------- archive / delete

    def _refused(self, exc: SimdeskError) -> None:
        if exc.code == "shop_has_unsold_cards":
            box = QMessageBox(self)
            box.setObjectName("shopRefusal")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Cannot archive the shop"))
            box.setText(self.tr(
                "This shop still holds {0} unsold card(s). Return them to stock or assign "
                "them to another shop on the SIM cards page, then archive it."
            ).format(thousands(int(exc.details.get("assigned", 0)))))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.open()
            return
        show_error(self, exc)

    def archive_current(self) -> bool:
        return self._change_current(shop_domain.archive_shop)

    def unarchive_current(self) -> bool:
        return self._change_current(shop_domain.unarchive_shop)

    def _change_current(self, change: Callable[[int], object]) -> bool:
        """Apply a domain change to the selected shop; a refusal is shown, not raised."""
        shop_id = self.current_shop_id()
        if shop_id is None:
            return False
        try:
            change(shop_id)
        except SimdeskError as exc:
            self._refused(exc)
            return False
        self.ctx.changed_here()
        self._reload(self.current_filter())
        return True

    def confirm_delete(self) -> QMessageBox | None:
        """Ask before deleting the selected shop (non-blocking); Yes deletes it."""
        row = self.current_row()
        if row is None:
            return None
        try:  # decide first: a shop that ever held cards is refused before any question
            problem = shop_domain.deletion_problem(row.id)
        except SimdeskError as exc:
            show_error(self, exc)
            return None
        if problem is not None:
            return self._delete_refused(row.id, row.name, row.archived, problem)
        box = QMessageBox(self)
        box.setObjectName("shopDeleteConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete shop"))
        box.setText(self.tr("Delete the shop “{0}”? This cannot be undone.").format(row.name))
        box.setStandardButtons(
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        shop_id = row.id
        box.accepted.connect(lambda: self.delete_shop(shop_id))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _delete_refused(self, shop_id: int, name: str, archived: bool,
                        problem: SimdeskError) -> QMessageBox:
        """Say at once why the shop cannot be deleted, and offer Archive where it can be."""
        box = QMessageBox(self)
        box.setObjectName("shopDeleteRefused")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Cannot delete the shop"))
        assigned = int(problem.details.get("assigned", 0) or 0)
        if problem.code == "shop_has_cards" and assigned:
            box.setText(self.tr(
                "The shop “{0}” still holds {1} unsold card(s), so it cannot be deleted. A "
                "shop that held cards keeps its history: return the cards to stock or move "
                "them to another shop, then archive it."
            ).format(name, thousands(assigned)))
        else:
            box.setText(self.tr(
                "The shop “{0}” has held cards, so it cannot be deleted: its sales and its "
                "history keep its name. Archive it instead — it disappears from the lists "
                "and can be brought back."
            ).format(name))
        box.setInformativeText(problem.message)
        can_archive = not archived and assigned == 0
        if can_archive:
            box.setStandardButtons(
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Archive"))
            box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
            box.setDefaultButton(QMessageBox.StandardButton.Yes)
            box.accepted.connect(lambda: self._archive_after_refusal(shop_id))
        else:
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _archive_after_refusal(self, shop_id: int) -> None:
        if self.select_shop(shop_id):
            self.archive_current()

    def delete_shop(self, shop_id: int) -> bool:
        try:
            shop_domain.delete_shop(shop_id)
        except SimdeskError as exc:
            self._refused(exc)
            return False
        self.ctx.changed_here()
        self.table.clearSelection()
        self._reload(self.current_filter())
        return True
