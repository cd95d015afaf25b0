"""Long work off the GUI thread: the runtime's job runner (:mod:`simdesk.jobs`) runs the
function on a worker thread inside a database connection context; this module turns the
job's progress and end into Qt signals on the GUI thread, and can show a progress dialog
with Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from simdesk.jobs import CANCELLED, DONE, Cancelled, Job, JobControl, JobRunner

__all__ = ["Cancelled", "Task", "TaskControl", "TaskRunner"]

TaskControl = JobControl  # what a task's function receives


class Task(QObject):
    """One job as the window sees it.  Signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    ended = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
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
    ) -> Task:
        """Run ``fn`` on a worker thread.  With ``progress_parent`` a modal progress dialog
        with a Cancel button is shown while it runs."""
        task = Task(name)
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
        return task._start(self.jobs, fn)

    @property
    def active(self) -> list[Task]:
        return list(self._active)

    def cancel_all(self, wait: float = 2.0) -> None:
        for task in list(self._active):
            task.cancel()
        for task in list(self._active):
            task.wait(wait)
