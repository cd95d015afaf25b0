"""Long work off the GUI thread: a callable runs on a worker thread, reports progress, can
be cancelled, and hands its result (or error) back to the GUI thread through signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from simdesk.errors import SimdeskError

log = logging.getLogger("simdesk.gui.tasks")


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskControl:
    """Given to the task's function: report progress, look whether to stop."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._task.progressed.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


class Task(QObject):
    """One run of a function on a worker thread.  Signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    ended = Signal()

    def __init__(self, fn: Callable[[TaskControl], Any], name: str = "task") -> None:
        super().__init__()
        self.fn = fn
        self.name = name
        self.control = TaskControl(self)
        self._thread = threading.Thread(target=self._run, name=f"simdesk-gui-{name}",
                                        daemon=True)

    def start(self) -> Task:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.control.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self.fn(self.control)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the user by whoever listens
            if not isinstance(exc, SimdeskError):  # expected ones are shown, not logged
                log.exception("task %s failed", self.name)
            self.failed.emit(exc)
        else:
            if self.control.cancelled:
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        finally:
            self.ended.emit()


class TaskRunner(QObject):
    """Starts tasks, keeps them alive until they end, and can show a progress dialog."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
        task = Task(fn, name)
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
        return task.start()

    @property
    def active(self) -> list[Task]:
        return list(self._active)

    def cancel_all(self, wait: float = 2.0) -> None:
        for task in list(self._active):
            task.cancel()
        for task in list(self._active):
            task.wait(wait)
