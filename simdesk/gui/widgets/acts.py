"""The hand-over acts already written, to print again or save as PDF again: a list used by
the shop's panel (that shop's acts) and by the checks log's "Hand-over acts…" window (every
shop's)."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simdesk.domain import handover
from simdesk.domain.handover import ActRow
from simdesk.errors import SimdeskError
from simdesk.gui import formats
from simdesk.gui.act_pdf import default_file_name, print_act, write_act_pdf
from simdesk.gui.context import AppContext
from simdesk.gui.errors import error_text, show_error
from simdesk.gui.tasks import Task

OK_STYLE: Final = "color: #1b5e20;"
ERROR_STYLE: Final = "color: #b71c1c;"
ID_ROLE: Final = int(Qt.ItemDataRole.UserRole)


class ActsList(QWidget):
    """The newest acts (of one shop, or of all) with Print again… and Save PDF…."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 show_shop: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_shop = show_shop
        self.rows: list[ActRow] = []
        self.task: Task | None = None
        self.saved_pdf: Path | None = None
        self.setObjectName("actsList")
        self.table = QTableWidget()
        self.table.setObjectName("actsTable")
        headers = [self.tr("Act No."), self.tr("Date")]
        if show_shop:
            headers.append(self.tr("Shop"))
        headers += [self.tr("Direction"), self.tr("Cards")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.choose_pdf_file())
        self.table.itemSelectionChanged.connect(self._update)
        self.print_button = QPushButton(self.tr("Print again…"))
        self.print_button.setObjectName("actPrint")
        self.print_button.clicked.connect(self.print_again)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setObjectName("actSavePdf")
        self.pdf_button.clicked.connect(self.choose_pdf_file)
        self.message = QLabel()
        self.message.setObjectName("actsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update()

    def direction_text(self, direction: str) -> str:
        return (self.tr("to the shop") if direction == handover.TO_SHOP
                else self.tr("back from the shop"))

    def load(self, shop_id: int | None, *, all_shops: bool = False) -> None:
        """That shop's acts (every shop's with ``all_shops``), newest first."""
        selected = self.current_act_id()
        self.rows = (handover.list_acts(shop_id) if shop_id is not None or all_shops
                     else [])
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            values = [str(row.id), formats.datetime_text(row.created_at)]
            if self.show_shop:
                values.append(row.shop_name)
            values += [self.direction_text(row.direction), str(row.card_count)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.id)
                self.table.setItem(n, column, item)
            if row.id == selected:
                self.table.selectRow(n)
        if self.rows and self.current_act_id() is None:
            self.table.selectRow(0)  # the newest: Print again and Save PDF work at once
        self._update()

    def current_act_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def select_act(self, act_id: int) -> bool:
        for n, row in enumerate(self.rows):
            if row.id == act_id:
                self.table.selectRow(n)
                return True
        return False

    def _update(self) -> None:
        chosen = self.current_act_id() is not None
        self.print_button.setEnabled(chosen)
        self.pdf_button.setEnabled(chosen and self.task is None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)

    def _act(self) -> handover.Act | None:
        act_id = self.current_act_id()
        if act_id is None:
            return None
        try:
            return handover.get_act(act_id)
        except SimdeskError as exc:
            show_error(self, exc)
            return None

    def print_again(self) -> bool:
        act = self._act()
        return act is not None and print_act(act, self)

    def choose_pdf_file(self) -> Task | None:
        act = self._act()
        if act is None:
            return None
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Save the act as PDF"), str(Path.home() / default_file_name(act)),
            self.tr("PDF file (*.pdf)"))
        return self.save_pdf(Path(path)) if path else None

    def save_pdf(self, path: Path) -> Task | None:
        """The selected act written to ``path`` as PDF again, on a worker thread."""
        act = self._act()
        if act is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")

        def done(written: object) -> None:
            self.task = None
            self.saved_pdf = written if isinstance(written, Path) else path
            self._say(self.tr("Act No. {0} saved: {1}").format(act.number, self.saved_pdf))
            self._update()

        def failed(exc: Exception) -> None:
            self.task = None
            self._say(error_text(exc), error=True)
            self._update()

        self._say(self.tr("Writing the act to {0}…").format(path))
        self.task = self.ctx.tasks.run(lambda _control: write_act_pdf(act, path),
                                       name="act-pdf", on_done=done, on_error=failed)
        self._update()
        return self.task


class ActsDialog(QDialog):
    """Every shop's hand-over acts (opened from the checks log)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actsDialog")
        self.setWindowTitle(self.tr("Hand-over acts"))
        self.acts = ActsList(ctx, self, show_shop=True)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeActs")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.acts, 1)
        layout.addLayout(row)
        self.resize(720, 480)
        try:
            self.acts.load(None, all_shops=True)
        except SimdeskError as exc:
            self.acts._say(error_text(exc), error=True)
