"""Long work off the GUI thread: the runtime's job runner (:mod:`simdesk.jobs`) runs the
function on a worker thread inside a database connection context; this module turns the
job's progress and end into Qt signals on the GUI thread, and can show a progress dialog
with Cancel.  Every task also appears in the main window's status bar while it runs, with
its progress and a Cancel button (:class:`TaskStatusArea`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QToolButton,
    QWidget,
)

from simdesk.jobs import CANCELLED, DONE, Cancelled, Job, JobControl, JobRunner

__all__ = ["Cancelled", "Task", "TaskControl", "TaskRunner", "TaskStatusArea"]

TaskControl = JobControl  # what a task's function receives


class Task(QObject):
    """One job as the window sees it.  Signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    ended = Signal()

    def __init__(self, name: str, title: str = "") -> None:
        super().__init__()
        self.name = name
        self.title = title or name  # what the status bar shows
        self.job: Job | None = None

    def _start(self, jobs: JobRunner, fn: Callable[[TaskControl], Any]) -> Task:
        self.job = jobs.start(fn, name=self.name, on_progress=self.progressed.emit,
                              on_end=self._on_end)
        return self

    def _on_end(self, job: Job) -> None:
        # On the job's thread: only emit; Qt queues the signals to the GUI thread.
        if job.state == DONE:
            self.succeeded.emit(job.result)
        elif job.state == CANCELLED:
            self.cancelled.emit()
        elif job.error is not None:
            self.failed.emit(job.error)
        self.ended.emit()

    @property
    def control(self) -> TaskControl:
        assert self.job is not None
        return self.job.control

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        return self.job is None or self.job.wait(timeout)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running


class TaskRunner(QObject):
    """Starts jobs for the window, keeps their Task objects alive until they end, and can
    show a progress dialog."""

    started = Signal(object)  # a Task that has just started (for the status bar)

    def __init__(self, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._active: set[Task] = set()

    def run(
        self,
        fn: Callable[[TaskControl], Any],
        *,
        name: str,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        progress_parent: QWidget | None = None,
        progress_title: str = "",
        title: str = "",
    ) -> Task:
        """Run ``fn`` on a worker thread.  With ``progress_parent`` a modal progress dialog
        with a Cancel button is shown while it runs.  ``title`` (else ``progress_title``)
        names it in the status bar."""
        task = Task(name, title or progress_title)
        self._active.add(task)
        if on_done is not None:
            task.succeeded.connect(on_done, Qt.ConnectionType.QueuedConnection)
        if on_error is not None:
            task.failed.connect(on_error, Qt.ConnectionType.QueuedConnection)
        dialog: QProgressDialog | None = None
        if progress_parent is not None:
            dialog = QProgressDialog(progress_title, self.tr("Cancel"), 0, 0, progress_parent)
            dialog.setWindowTitle(progress_title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.canceled.connect(task.cancel)

            def show_progress(done: int, total: int, text: str) -> None:
                assert dialog is not None
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if text:
                    dialog.setLabelText(text)

            task.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)

        def finish() -> None:
            self._active.discard(task)
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()

        task.ended.connect(finish, Qt.ConnectionType.QueuedConnection)
        task._start(self.jobs, fn)
        self.started.emit(task)
        return task

    @property
    def active(self) -> list[Task]:
        return list(self._active)

    def cancel_all(self, wait: float = 2.0) -> None:
        for task in list(self._active):
            task.cancel()
        for task in list(self._active):
            task.wait(wait)


class _TaskEntry(QWidget):
    """One running task in the status bar: its title, its progress and Cancel."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.setObjectName("taskEntry")
        self.title = task.title if task.title != task.name else self.known_titles().get(
            task.name, task.name)
        self.label = QLabel(self.title)
        self.label.setObjectName("taskTitle")
        self.bar = QProgressBar()
        self.bar.setObjectName("taskProgress")
        self.bar.setMaximumWidth(140)
        self.bar.setRange(0, 0)  # busy until the first progress
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("cancelTask")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this work; what it did so far is undone "
                                              "where it must be all or nothing"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        task.progressed.connect(self.show_progress, Qt.ConnectionType.QueuedConnection)

    def known_titles(self) -> dict[str, str]:
        """Titles of the tasks started without one."""
        return {
            "backup": self.tr("Backing up the database"),
            "daily-backup": self.tr("Daily backup"),
            "restore": self.tr("Restoring the database"),
            "test-connection": self.tr("Testing the status source"),
            "export-checks": self.tr("Exporting the check log"),
            "activations": self.tr("Importing the activation report"),
        }

    def show_progress(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("{0} — cancelling…").format(self.title))
        self.task.cancel()


class TaskStatusArea(QWidget):
    """The status bar's list of running tasks, each with a Cancel button."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskStatus")
        self.entries: dict[Task, _TaskEntry] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        runner.started.connect(self.add_task)
        for task in runner.active:
            self.add_task(task)
        self.setVisible(bool(self.entries))

    def add_task(self, task: Task) -> None:
        if task in self.entries or not task.running:
            return
        entry = _TaskEntry(task, self)
        self.entries[task] = entry
        self._layout.addWidget(entry)
        task.ended.connect(lambda: self.remove_task(task), Qt.ConnectionType.QueuedConnection)
        self.setVisible(True)
        if not task.running:  # it ended before the connection was made
            self.remove_task(task)

    def remove_task(self, task: Task) -> None:
        entry = self.entries.pop(task, None)
        if entry is not None:
            self._layout.removeWidget(entry)
            entry.deleteLater()
        self.setVisible(bool(self.entries))
