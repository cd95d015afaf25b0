"""The result of an operator's activation report (File → Import activation report, Ctrl+I):
the counts, then every line that was not applied — unknown codes and invalid lines — with
its reason in the user's language, and *Save the list…*, which writes the same rejected-lines
report as ``simdesk import-activations`` (domain/reports.py, through the output guard)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simdesk.checking.activations import (
    REJECTED_HEADER,
    ActivationReport,
    rejected_lines,
    rejected_rows,
)
from simdesk.domain import reports
from simdesk.gui.context import AppContext
from simdesk.gui.errors import error_text
from simdesk.gui.formats import number
from simdesk.gui.problems import problem_text
from simdesk.gui.tasks import TaskControl

ERROR_STYLE = "color: #b71c1c;"
OK_STYLE = "color: #1b5e20;"


class ActivationReportDialog(QDialog):
    def __init__(self, ctx: AppContext, report: ActivationReport,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activationReport")
        self.setWindowTitle(self.tr("Activation report"))
        self.ctx = ctx
        self.report = report
        self.not_applied = rejected_lines(report)
        self.saved_to: Path | None = None
        counts = report.counts
        self.summary = QLabel(self.tr(
            "{0}: now sold {1}, already sold {2}, unknown codes {3}, invalid lines {4}."
        ).format(report.path.name, number(counts["soldNow"]), number(counts["alreadySold"]),
                 number(counts["unknown"]), number(counts["invalid"])))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)

        self.table = QTableWidget(len(self.not_applied), 3)
        self.table.setObjectName("rejectedLines")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Code"), self.tr("Reason")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        for row, line in enumerate(self.not_applied):
            reason = problem_text(line.reason) if line.reason else self.tr("Not stored.")
            for column, text in enumerate((number(line.line), line.code, reason)):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(1)
        self.save_button = QPushButton(self.tr("Save the list…"))
        self.save_button.setObjectName("saveRejected")
        self.save_button.clicked.connect(self.choose_file)
        self.message = QLabel()
        self.message.setObjectName("saveMessage")
        self.message.setWordWrap(True)
        if self.not_applied:
            layout.addWidget(QLabel(self.tr("Lines not applied and why:")))
            layout.addWidget(self.table, 1)
            layout.addWidget(self.save_button)
            layout.addWidget(self.message)
        else:
            self.table.setVisible(False)
            self.save_button.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480 if self.not_applied else 160)

    def default_path(self) -> Path:
        return reports.report_path(self.report.path)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the lines not applied"), str(self.default_path()),
            self.tr("CSV file (*.csv)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the rejected lines to ``path`` on a worker thread (as the CLI does)."""
        source = self.report.path
        lines = list(self.not_applied)
        done = self.tr("The activation report was applied")

        def work(_control: TaskControl) -> Path:
            reports.usable_report_path(path, source)
            reports.write_report(path, source, REJECTED_HEADER, rejected_rows(lines),
                                 done=done)
            return path

        self.save_button.setEnabled(False)
        self.ctx.tasks.run(work, name="rejected-lines", on_done=self._saved,
                           on_error=self._not_saved)

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.saved_to = path
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Saved to {0}").format(path))

    def _not_saved(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(exc))
