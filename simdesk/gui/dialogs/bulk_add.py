"""Bulk add: a pasted list, a range of a pack, a CSV/XLSX/text file, or a barcode scanner
(each scanned code + Enter is added at once).  Every line's result is shown: created,
duplicate or invalid with the reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simdesk.domain import settings
from simdesk.domain.codes import MAX_RANGE, expand_range
from simdesk.domain.fileparse import ParsedFile, parse_text, read_code_file
from simdesk.domain.simcards import (
    BulkAddResult,
    BulkEntry,
    LineResult,
    bulk_add,
    entries_from_codes,
)
from simdesk.errors import SimdeskError
from simdesk.gui.context import AppContext
from simdesk.gui.dialogs.assign import fill_shop_combo, shop_choices
from simdesk.gui.errors import INVALID_STYLE, clear_marks, error_text, mark_fields
from simdesk.gui.formats import number
from simdesk.gui.models.base import Index, ListModel
from simdesk.gui.problems import problem_text
from simdesk.gui.sounds import Sounds
from simdesk.gui.tasks import TaskControl
from simdesk.gui.widgets.dialog_keys import install_dialog_keys
from simdesk.gui.widgets.header_fit import fit_header_texts

OK_STYLE: Final = "background: #c8e6c9; color: #1b5e20; padding: 6px; font-weight: bold;"
BAD_STYLE: Final = "background: #ffcdd2; color: #b71c1c; padding: 6px; font-weight: bold;"
IDLE_STYLE: Final = "padding: 6px;"
OUTCOME_COLORS: Final = {
    "created": QColor("#2e7d32"),
    "duplicate": QColor("#e65100"),
    "invalid": QColor("#c62828"),
}
LAST_ADDED_KEPT: Final = 200


class LineResultsModel(ListModel):
    """The per-line result of a bulk add: line, code, result, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Line"), self.tr("Code"), self.tr("Result"), self.tr("Reason"))
        self._outcomes = {
            "created": self.tr("Created"),
            "duplicate": self.tr("Duplicate"),
            "invalid": self.tr("Invalid"),
        }

    def set_lines(self, lines: Sequence[LineResult]) -> None:
        self.set_rows(lines)

    def line(self, row: int) -> LineResult:
        line: LineResult = self._rows[row]
        return line

    def headers(self) -> Sequence[str]:
        return self._headers

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return number(item.line)
            if column == 1:
                return item.code or item.raw
            if column == 2:
                return self._outcomes.get(item.outcome, item.outcome)
            return problem_text(item.reason) if item.reason else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return OUTCOME_COLORS.get(item.outcome)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return problem_text(item.reason) if item.reason else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < 4 else None
        return str(section + 1)


def _entries(parsed: ParsedFile) -> list[BulkEntry]:
    return [(row.line, row.code, row.phone) for row in parsed.rows]


def _bulk(control: TaskControl, entries: list[BulkEntry], shop_id: int | None,
          actor: str | None = None) -> BulkAddResult:
    """On the worker thread: store the lines (one transaction), logged as ``actor``."""
    control.check()
    control.progress(0, len(entries), "")
    result = bulk_add(entries, shop_id=shop_id, source="gui", actor=actor,
                      check=control.check, progress=control.progress)
    control.progress(len(entries), len(entries), "")
    return result


class BulkAddDialog(QDialog):
    """Non-modal to the data: each add commits on its own; ``ctx.changed_here()`` makes the
    tables refresh."""

    TAB_PASTE, TAB_RANGE, TAB_FILE, TAB_SCANNER = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkAddDialog")
        self.setWindowTitle(self.tr("Bulk add"))
        self.ctx = ctx
        self.last_result: BulkAddResult | None = None
        self.busy = False
        self.scanned_ok = 0
        self.scanned_refused = 0
        self.sounds = Sounds(self)

        self.shop = QComboBox()
        self.shop.setObjectName("targetShop")
        self.shop.addItem(self.tr("In stock (no shop)"), None)
        fill_shop_combo(self.shop, shop_choices(active_only=True))
        self.shop.setToolTip(self.tr("New cards go to this shop; by default they stay in "
                                     "stock."))
        top = QFormLayout()
        top.addRow(self.tr("Add to"), self.shop)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._paste_tab(), self.tr("Paste a list"))
        self.tabs.addTab(self._range_tab(), self.tr("Range"))
        self.tabs.addTab(self._file_tab(), self.tr("File"))
        self.tabs.addTab(self._scanner_tab(), self.tr("Scanner mode"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.only_problems = QCheckBox(self.tr("Show only duplicates and invalid lines"))
        self.only_problems.setObjectName("onlyProblems")
        self.only_problems.toggled.connect(self._show_lines)
        self.results = LineResultsModel(self)
        self.results_view = QTableView()
        self.results_view.setObjectName("results")
        self.results_view.setModel(self.results)
        self.results_view.verticalHeader().setVisible(False)
        self.results_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.results_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.resizeSection(0, 60)
        header.resizeSection(1, 190)
        header.resizeSection(2, 90)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_header_texts(header)
        self.results_box = QWidget()
        box = QVBoxLayout(self.results_box)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.counts, 1)
        row.addWidget(self.only_problems)
        box.addLayout(row)
        box.addWidget(self.results_view)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.results_box, 1)
        layout.addWidget(buttons)
        # Enter adds what the current tab holds (Ctrl+Enter in the pasted list); in scanner
        # mode it belongs to the scanner: no button is pressed by it.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.keys = install_dialog_keys(self, self._primary)
        self.resize(720, 620)

    def _primary(self) -> QPushButton | None:
        return {self.TAB_PASTE: self.paste_button, self.TAB_RANGE: self.range_button,
                self.TAB_FILE: self.file_button}.get(self.tabs.currentIndex())

    # -------------------------------------------------------------- tabs

    def _paste_tab(self) -> QWidget:
        page = QWidget()
        self.paste_text = QPlainTextEdit()
        self.paste_text.setObjectName("pasteText")
        self.paste_text.setPlaceholderText(self.tr(
            "One code per line; a phone number may follow the code on the same line."))
        self.paste_button = QPushButton(self.tr("Add the list"))
        self.paste_button.setObjectName("pasteAdd")
        self.paste_button.clicked.connect(self.add_pasted)
        layout = QVBoxLayout(page)
        layout.addWidget(self.paste_text)
        layout.addWidget(self.paste_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _range_tab(self) -> QWidget:
        page = QWidget()
        self.range_first = QLineEdit()
        self.range_first.setObjectName("rangeFirst")
        self.range_first.setPlaceholderText(self.tr("First code of the pack"))
        self.range_by_count = QRadioButton(self.tr("Count"))
        self.range_by_count.setChecked(True)
        self.range_by_last = QRadioButton(self.tr("Last code"))
        group = QButtonGroup(page)
        group.addButton(self.range_by_count)
        group.addButton(self.range_by_last)
        self.range_count = QSpinBox()
        self.range_count.setObjectName("rangeCount")
        self.range_count.setRange(1, MAX_RANGE)
        self.range_count.setValue(100)
        self.range_last = QLineEdit()
        self.range_last.setObjectName("rangeLast")
        self.range_last.setPlaceholderText(self.tr("Last code of the pack"))
        self.range_last.setEnabled(False)
        self.range_by_last.toggled.connect(self.range_last.setEnabled)
        self.range_by_count.toggled.connect(self.range_count.setEnabled)
        self.range_button = QPushButton(self.tr("Add the range"))
        self.range_button.setObjectName("rangeAdd")
        self.range_button.clicked.connect(self.add_range)
        form = QFormLayout(page)
        form.addRow(self.tr("First code"), self.range_first)
        form.addRow(self.range_by_count, self.range_count)
        form.addRow(self.range_by_last, self.range_last)
        form.addRow("", self.range_button)
        return page

    def _file_tab(self) -> QWidget:
        page = QWidget()
        self.file_path = QLineEdit()
        self.file_path.setObjectName("filePath")
        self.file_path.setPlaceholderText(self.tr("A CSV, Excel (.xlsx) or text file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("fileBrowse")
        browse.clicked.connect(self.choose_file)
        self.file_button = QPushButton(self.tr("Add from the file"))
        self.file_button.setObjectName("fileAdd")
        self.file_button.clicked.connect(self.add_file)
        row = QHBoxLayout()
        row.addWidget(self.file_path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr(
            "The column with the codes is found by its header or its contents.")))
        layout.addLayout(row)
        layout.addWidget(self.file_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return page

    def _scanner_tab(self) -> QWidget:
        page = QWidget()
        self.scan_input = QLineEdit()
        self.scan_input.setObjectName("scanInput")
        self.scan_input.setPlaceholderText(self.tr("Scan a code (or type it and press Enter)"))
        font = QFont(self.scan_input.font())
        font.setPointSize(font.pointSize() + 6)
        self.scan_input.setFont(font)
        self.scan_input.returnPressed.connect(self.scan_entered)
        self.scan_status = QLabel(self.tr("Ready to scan."))
        self.scan_status.setObjectName("scanStatus")
        self.scan_status.setStyleSheet(IDLE_STYLE)
        self.scan_status.setWordWrap(True)
        self.scan_counts = QLabel()
        self.scan_counts.setObjectName("scanCounts")
        self.last_added = QListWidget()
        self.last_added.setObjectName("lastAdded")
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(1500)
        self._flash_timer.timeout.connect(self._unflash)
        layout = QVBoxLayout(page)
        layout.addWidget(self.scan_input)
        layout.addWidget(self.scan_status)
        layout.addWidget(self.scan_counts)
        layout.addWidget(QLabel(self.tr("Last added:")))
        layout.addWidget(self.last_added, 1)
        self._update_scan_counts()
        return page

    def _tab_changed(self, index: int) -> None:
        self.results_box.setVisible(index != self.TAB_SCANNER)
        # The result of a list, range or file ("see the reasons below") belongs with its
        # table, which the scanner's tab does not show.
        self.message.setVisible(index != self.TAB_SCANNER and bool(self.message.text()))
        if index == self.TAB_SCANNER:
            self.scan_input.setFocus()

    def target_shop(self) -> int | None:
        data = self.shop.currentData()
        return int(data) if data is not None else None

    # -------------------------------------------------------------- list, range, file

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.paste_button, self.range_button, self.file_button):
            button.setEnabled(not busy)

    def _fields(self) -> dict[str, QWidget]:
        return {"first": self.range_first, "last": self.range_last,
                "count": self.range_count, "text": self.paste_text, "file": self.file_path,
                "shop_id": self.shop}

    def _start(self, work: Callable[[TaskControl], BulkAddResult], main_field: QWidget) -> None:
        clear_marks(self._fields())
        self.message.setVisible(False)
        self._set_busy(True)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            if not mark_fields(self._fields(), exc):
                main_field.setStyleSheet(INVALID_STYLE)
                main_field.setProperty("simdeskInvalid", True)
                main_field.setFocus()
            self._show_message(error_text(exc), ok=False)

        task = self.ctx.tasks.run(
            work, name="bulk-add", on_done=self._done, on_error=failed,
            progress_parent=self, progress_title=self.tr("Adding SIM cards…"),
        )
        task.cancelled.connect(self._cancelled, Qt.ConnectionType.QueuedConnection)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self._show_message(self.tr("Cancelled: no card was added."), ok=False)

    def add_pasted(self) -> None:
        text = self.paste_text.toPlainText()
        shop_id, actor = self.target_shop(), self.ctx.actor

        def work(control: TaskControl) -> BulkAddResult:
            return _bulk(control, _entries(parse_text(text)), shop_id, actor)

        self._start(work, self.paste_text)

    def add_range(self) -> None:
        first = self.range_first.text().strip()
        count = self.range_count.value() if self.range_by_count.isChecked() else None
        last = self.range_last.text().strip() if self.range_by_last.isChecked() else None
        shop_id, actor = self.target_shop(), self.ctx.actor

        def work(control: TaskControl) -> BulkAddResult:
            verify = bool(settings.get("codes.verify_luhn"))
            codes = expand_range(first, count=count, last=last, verify_luhn=verify)
            return _bulk(control, entries_from_codes(codes), shop_id, actor)

        self._start(work, self.range_first)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file of codes"), "",
            self.tr("Lists of codes (*.csv *.xlsx *.xlsm *.txt);;All files (*)"))
        if path:
            self.file_path.setText(path)

    def add_file(self) -> None:
        raw = self.file_path.text().strip()
        shop_id, actor = self.target_shop(), self.ctx.actor
        if not raw:
            self.file_path.setStyleSheet(INVALID_STYLE)
            self.file_path.setProperty("simdeskInvalid", True)
            self._show_message(self.tr("Choose a file first."), ok=False)
            return
        path = Path(raw)

        def work(control: TaskControl) -> BulkAddResult:
            parsed = read_code_file(path, progress=control.progress)
            return _bulk(control, _entries(parsed), shop_id, actor)

        self._start(work, self.file_path)

    def _done(self, result: BulkAddResult) -> None:
        self._set_busy(False)
        self.last_result = result
        self.counts.setText(self.tr("Created: {0} · Duplicates: {1} · Invalid: {2}").format(
            number(len(result.created)), number(len(result.duplicates)),
            number(len(result.invalid))))
        self._show_lines()
        if result.created:
            self.ctx.changed_here()
        added = self.tr("%Ln card(s) added.", "", len(result.created))
        if result.rejected():
            refused = self.tr("%Ln line(s) refused, see the reasons below.", "",
                              len(result.rejected()))
            self._show_message(f"{added} {refused}", ok=not result.invalid)
        else:
            self._show_message(added, ok=True)

    def _show_lines(self) -> None:
        result = self.last_result
        if result is None:
            return
        self.results.set_lines(result.reported() if self.only_problems.isChecked()
                               else result.lines())

    def _show_message(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")
        self.message.setVisible(True)

    # -------------------------------------------------------------- scanner

    def scan_entered(self) -> None:
        """One scanned code: added at once, or refused on the spot."""
        raw = self.scan_input.text().strip()
        self.scan_input.clear()
        if not raw:
            return
        try:
            result = bulk_add([(1, raw, None)], shop_id=self.target_shop(), source="gui",
                              actor=self.ctx.actor)
        except SimdeskError as exc:
            self._refuse(error_text(exc))
            return
        if result.created:
            code = result.created[0].code
            self.scanned_ok += 1
            self.last_added.insertItem(0, code)
            while self.last_added.count() > LAST_ADDED_KEPT:
                self.last_added.takeItem(self.last_added.count() - 1)
            self._flash(self.tr("Added: {0}").format(code), ok=True)
            self.sounds.play("accepted")
            self.ctx.changed_here()
        elif result.duplicates:
            self._refuse(self.tr("Already stored, not added: {0}").format(
                result.duplicates[0].code))
        else:
            line = result.invalid[0]
            self._refuse(self.tr("Not added: {0}. {1}").format(
                line.code or line.raw, problem_text(line.reason)))
        self._update_scan_counts()

    def _refuse(self, text: str) -> None:
        self.scanned_refused += 1
        self._flash(text, ok=False)
        self.scan_input.setStyleSheet(INVALID_STYLE)
        self.sounds.play("refused")
        self._update_scan_counts()

    def _flash(self, text: str, *, ok: bool) -> None:
        self.scan_status.setText(text)
        self.scan_status.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.scan_status.setProperty("outcome", "ok" if ok else "refused")
        if ok:
            self.scan_input.setStyleSheet("")
        self._flash_timer.start()

    def _unflash(self) -> None:
        self.scan_status.setStyleSheet(IDLE_STYLE)
        self.scan_input.setStyleSheet("")

    def _update_scan_counts(self) -> None:
        self.scan_counts.setText(self.tr("Added: {0} · Refused: {1}").format(
            number(self.scanned_ok), number(self.scanned_refused)))
