"""The Checks log page: the status log (every check and every status change), newest first,
filtered, read lazily page by page; export of the log as CSV or Excel on a worker thread."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from simdesk.domain.export import export_table
from simdesk.domain.history import SOURCES
from simdesk.domain.logs import CheckFilter
from simdesk.domain.stats import utc_start_of
from simdesk.errors import SimdeskError
from simdesk.gui.context import AppContext
from simdesk.gui.errors import clear_marks, error_text, mark_fields, show_error
from simdesk.gui.formats import date_format
from simdesk.gui.models.checks_model import (
    ChecksModel,
    kind_name,
    shop_names,
    source_names,
    status_name,
)
from simdesk.gui.pages.base import Page
from simdesk.gui.tasks import Cancelled, Task, TaskControl
from simdesk.gui.widgets.acts import ActsDialog
from simdesk.gui.widgets.charts import thousands
from simdesk.gui.widgets.header_fit import fit_column_to_texts
from simdesk.timeutil import local_today

PERIODS: Final = ("all", "today", "7d", "30d", "custom")
CAPTION_STYLE: Final = "color: palette(placeholder-text);"
ERROR_STYLE: Final = "color: #b71c1c;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def export_checks(control: TaskControl, fmt: str, dest: Path) -> int:
    """Runs on a worker thread: the whole checks table to ``dest``; nothing is left behind
    when the user cancelled."""
    count = export_table("checks", fmt, dest)
    if control.cancelled:
        with contextlib.suppress(OSError):
            dest.unlink()
        raise Cancelled()
    return count


class ChecksLogPage(Page):
    page_id = "checks"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.export_task: Task | None = None
        self.last_export: tuple[Path, int] | None = None

        # --- filters
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("checksCode")
        self.code_edit.setPlaceholderText(self.tr("Card code contains"))
        self.code_edit.setClearButtonEnabled(True)
        self.code_edit.setMinimumWidth(140)
        self.shop_combo = QComboBox()
        self.shop_combo.setObjectName("checksShop")
        self.shop_combo.setMinimumContentsLength(10)
        self.shop_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("checksSource")
        self.source_combo.addItem(self.tr("All sources"), "")
        names = source_names()
        for source in SOURCES:
            self.source_combo.addItem(names.get(source, source), source)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("checksKind")
        self.kind_combo.addItem(self.tr("Checks and changes"), "")
        self.kind_combo.addItem(self.tr("Checks"), "check")
        self.kind_combo.addItem(self.tr("Changes"), "change")
        self.changes_check = QCheckBox(self.tr("Status changes only"))
        self.changes_check.setObjectName("checksChangesOnly")
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("checksPeriod")
        for key, text in zip(PERIODS, (self.tr("All time"), self.tr("Today"),
                                       self.tr("Last 7 days"), self.tr("Last 30 days"),
                                       self.tr("Dates…")), strict=True):
            self.period_combo.addItem(text, key)
        today = local_today()
        self.from_edit = QDateEdit(_qdate(today - timedelta(days=6)))
        self.from_edit.setObjectName("checksFrom")
        self.to_edit = QDateEdit(_qdate(today))
        self.to_edit.setObjectName("checksTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
        self.range_dash = QLabel("–")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("checksExport")
        self.export_button.setToolTip(self.tr("Save the whole checks log as Excel or CSV"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.acts_button = QPushButton(self.tr("Hand-over acts…"))
        self.acts_button.setObjectName("checksActs")
        self.acts_button.setToolTip(self.tr("The acts of the hand-overs, to print again"))
        self.acts_button.clicked.connect(self.open_acts)
        self._code_timer = QTimer(self)
        self._code_timer.setSingleShot(True)
        self._code_timer.setInterval(300)
        self._code_timer.timeout.connect(self.apply_filter)
        self.filter_fields: dict[str, QWidget] = {
            "code": self.code_edit, "shop_id": self.shop_combo, "source": self.source_combo,
            "kind": self.kind_combo, "since": self.from_edit, "until": self.to_edit,
        }

        # --- table
        self.model = ChecksModel(self)
        self.table = QTableView()
        self.table.setObjectName("checksTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 190, 160, 110, 80, 90, 90, 120, 220)):
            header.resizeSection(column, width)
        # the columns of fixed names show them whole in every language
        fit_column_to_texts(self.table, 3, source_names().values())
        fit_column_to_texts(self.table, 4, (kind_name(k) for k in ("check", "change")))
        for column in (5, 6):
            fit_column_to_texts(self.table, column,
                                (status_name(s) for s in ("available", "assigned", "sold")))
        self.count_label = QLabel()
        self.count_label.setObjectName("checksCount")
        self.count_label.setStyleSheet(CAPTION_STYLE)
        self.message_label = QLabel()
        self.message_label.setObjectName("checksMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.model.rowsInserted.connect(lambda *_a: self._update_count())
        self.model.modelReset.connect(self._update_count)

        # --- layout
        row1 = QHBoxLayout()
        row1.setSpacing(8)
        row1.addWidget(self.code_edit, 2)
        row1.addWidget(self.shop_combo, 1)
        row1.addWidget(self.source_combo)
        row1.addWidget(self.kind_combo)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        row2.setSpacing(8)
        period_label = QLabel(self.tr("Period"))
        row2.addWidget(period_label)
        row2.addWidget(self.period_combo)
        row2.addWidget(self.from_edit)
        row2.addWidget(self.range_dash)
        row2.addWidget(self.to_edit)
        row2.addSpacing(12)
        row2.addWidget(self.changes_check)
        row2.addStretch(1)
        row2.addWidget(self.count_label)
        row2.addSpacing(12)
        row2.addWidget(self.acts_button)
        row2.addWidget(self.export_button)
        heading = QLabel(self.title())
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)

        self._fill_shops()
        self._restore_state()
        self._show_range()
        self.code_edit.textChanged.connect(lambda _t: self._code_timer.start())
        for combo in (self.shop_combo, self.source_combo, self.kind_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.changes_check.toggled.connect(lambda _b: self.apply_filter())
        self.from_edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.to_edit.dateChanged.connect(lambda _d: self.apply_filter())
        header.sectionResized.connect(lambda *_a: self._save_state())
        self.add_shortcut("search", [QKeySequence.StandardKey.Find], self._focus_search)
        self.apply_filter()

    def _focus_search(self) -> None:
        self.code_edit.setFocus()
        self.code_edit.selectAll()

    def title(self) -> str:
        return self.tr("Checks log")

    # -------------------------------------------------------------- state

    def _restore_state(self) -> None:
        qs = self.ctx.qsettings()
        header = qs.value("checks/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        for combo, key in ((self.source_combo, "checks/source"),
                           (self.kind_combo, "checks/kind"),
                           (self.period_combo, "checks/period")):
            value = qs.value(key, "")
            index = combo.findData(value if isinstance(value, str) else "")
            combo.setCurrentIndex(max(index, 0))
        self.changes_check.setChecked(qs.value("checks/changes_only", False) in (True, "true"))

    def _save_state(self) -> None:
        qs = self.ctx.qsettings()
        qs.setValue("checks/header", self.table.horizontalHeader().saveState())
        qs.setValue("checks/source", self.source_combo.currentData() or "")
        qs.setValue("checks/kind", self.kind_combo.currentData() or "")
        qs.setValue("checks/period", self.period_combo.currentData() or "")
        qs.setValue("checks/changes_only", self.changes_check.isChecked())

    def _fill_shops(self) -> None:
        current = self.shop_combo.currentData()
        self.shop_combo.blockSignals(True)
        self.shop_combo.clear()
        self.shop_combo.addItem(self.tr("All shops"), None)
        for shop_id, name in sorted(shop_names().items(), key=lambda i: i[1].casefold()):
            self.shop_combo.addItem(name, shop_id)
        index = self.shop_combo.findData(current) if current is not None else 0
        self.shop_combo.setCurrentIndex(max(index, 0))
        self.shop_combo.blockSignals(False)

    def _show_range(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        for widget in (self.from_edit, self.range_dash, self.to_edit):
            widget.setVisible(custom)

    def _period_changed(self) -> None:
        self._show_range()
        self.apply_filter()

    # -------------------------------------------------------------- filtering

    def current_filter(self) -> CheckFilter:
        period = self.period_combo.currentData()
        today = local_today()
        since = until = None
        if period == "today":
            since = utc_start_of(today)
        elif period == "7d":
            since = utc_start_of(today - timedelta(days=6))
        elif period == "30d":
            since = utc_start_of(today - timedelta(days=29))
        elif period == "custom":
            since = utc_start_of(_pydate(self.from_edit.date()))
            until = utc_start_of(_pydate(self.to_edit.date()) + timedelta(days=1))
        shop = self.shop_combo.currentData()
        return CheckFilter(
            code=self.code_edit.text().strip() or None,
            shop_id=int(shop) if shop is not None else None,
            source=self.source_combo.currentData() or None,
            kind=self.kind_combo.currentData() or None,
            since=since,
            until=until,
            changes_only=self.changes_check.isChecked(),
        )

    def apply_filter(self) -> bool:
        """Show the log under the filters; a refused filter is marked and explained."""
        self._code_timer.stop()
        self._save_state()
        try:
            self.model.set_filter(self.current_filter())
        except SimdeskError as exc:
            mark_fields(self.filter_fields, exc)
            self._show_message(error_text(exc), error=True)
            return False
        clear_marks(self.filter_fields)
        if self.message_label.property("isError"):
            self._show_message("")
        self.table.scrollToTop()
        return True

    def refresh(self) -> None:
        """New log rows appear on top; what is shown below stays where it is."""
        self._fill_shops()
        try:
            self.model.load_newer()
        except SimdeskError as exc:
            self._show_message(error_text(exc), error=True)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        shown = self.model.loaded
        if shown < total:
            text = self.tr("{0} of {1} rows, newest first").format(
                thousands(shown), thousands(total))
        else:
            text = self.tr("{0} rows, newest first").format(thousands(total))
        self.count_label.setText(text)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if error else CAPTION_STYLE)
        self.message_label.setProperty("isError", error)
        self.message_label.setVisible(bool(text))

    # -------------------------------------------------------------- hand-over acts

    def open_acts(self) -> ActsDialog:
        """Every shop's hand-over acts, to print again or save as PDF (not blocking)."""
        dialog = ActsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -------------------------------------------------------------- export

    def choose_export_file(self) -> Task | None:
        default = Path.home() / f"checks-{local_today().isoformat()}.xlsx"
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Export the checks log"), str(default),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if not path:
            return None
        return self.export_to(Path(path))

    def export_to(self, dest: Path) -> Task:
        """Export the whole checks table to ``dest`` (.xlsx → Excel, else CSV) on a worker
        thread, with a progress dialog and Cancel."""
        fmt = "xlsx" if dest.suffix.lower() == ".xlsx" else "csv"
        self.export_button.setEnabled(False)
        self._show_message(self.tr("Exporting the checks log to {0}…").format(dest))

        def done(count: object) -> None:
            self.export_button.setEnabled(True)
            self.last_export = (dest, int(count) if isinstance(count, int) else 0)
            self._show_message(self.tr("Exported {0} rows to {1}").format(
                thousands(self.last_export[1]), dest))

        def failed(exc: Exception) -> None:
            self.export_button.setEnabled(True)
            self._show_message("")
            show_error(self, exc, self.tr("Export failed"))

        task = self.ctx.tasks.run(
            lambda control: export_checks(control, fmt, dest),
            name="export-checks",
            on_done=done,
            on_error=failed,
            progress_parent=self,
            progress_title=self.tr("Exporting the checks log"),
        )
        # (done and failed are connected before the task starts; a cancel needs the user's
        # click on the progress dialog, long after this line)
        task.cancelled.connect(self._export_cancelled, Qt.ConnectionType.QueuedConnection)
        self.export_task = task
        return task

    def _export_cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self._show_message(self.tr("Export cancelled; no file was written."))
