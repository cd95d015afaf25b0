"""Long work on threads of its own: imports, exports, backups, restores, check runs.

A job is a function of a :class:`JobControl` (report progress, look whether to stop) run on a
new thread inside :func:`simdesk.storage.db.thread_connection`, so the thread's database
connection is closed when the job ends, however it ends.  Whoever starts a job may pass
callbacks for its progress and its end; they are called on the job's thread (the window
turns them into queued Qt signals; nothing here imports Qt).  The runner knows every job
still running, so the program can list them, cancel them and wait for them when it closes.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Final

from simdesk.errors import SimdeskError
from simdesk.storage.db import thread_connection

log = logging.getLogger("simdesk.jobs")

RUNNING: Final = "running"
DONE: Final = "done"
FAILED: Final = "failed"
CANCELLED: Final = "cancelled"

ProgressCallback = Callable[[int, int, str], None]
# Larger counts are scaled down to this: the window's progress signals and bars hold C ints.
PROGRESS_MAX: Final = 2**31 - 1
EndCallback = Callable[["Job"], None]

_numbers = itertools.count(1)


class Cancelled(Exception):
    """Raised inside a job when it was asked to stop (see :meth:`JobControl.check`)."""


class JobControl:
    """Given to the job's function: report progress, look whether to stop."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._job._progress(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def stop_event(self) -> threading.Event:
        """Set when the job is cancelled (for waits that should end early)."""
        return self._cancel

    def check(self) -> None:
        """Raise :class:`Cancelled` when the job was asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


class Job:
    """One run of a function on its own thread."""

    def __init__(self, fn: Callable[[JobControl], Any], name: str, *,
                 on_progress: ProgressCallback | None = None,
                 on_end: EndCallback | None = None,
                 on_cancel: Callable[[], object] | None = None) -> None:
        self.id = next(_numbers)
        self.name = name
        self.fn = fn
        self.control = JobControl(self)
        self.state = RUNNING
        self.result: Any = None
        self.error: Exception | None = None
        self.done = 0
        self.total = 0
        self.text = ""
        self._on_progress = on_progress
        self._on_end = on_end
        self._on_cancel = on_cancel
        self._ended = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"simdesk-job-{name}",
                                        daemon=True)

    @property
    def running(self) -> bool:
        return not self._ended.is_set()

    def cancel(self) -> None:
        """Ask the job to stop (it looks at ``control.cancelled``; a check run is cut off)."""
        self.control.cancel()
        if self._on_cancel is not None:
            self._on_cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """True when the job has ended (within ``timeout``)."""
        return self._ended.wait(timeout)

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > PROGRESS_MAX:  # e.g. the bytes of a file of more than 2 GB
            done, total = done * PROGRESS_MAX // total, PROGRESS_MAX
        self.done, self.total, self.text = done, total, text
        if self._on_progress is not None:
            self._on_progress(done, total, text)

    def _run(self) -> None:
        try:
            with thread_connection():
                self.result = self.fn(self.control)
            # Returned: the work is done, even when Cancel came too late to stop it (a
            # backup or an import that finished is reported as such, never as cancelled).
            self.state = DONE
        except Cancelled:
            self.state = CANCELLED
        except Exception as exc:  # reported to whoever listens for the end
            if not isinstance(exc, SimdeskError):  # expected ones are shown, not logged
                log.exception("job %s failed", self.name)
            self.error = exc
            self.state = FAILED
        finally:
            self._ended.set()
            if self._on_end is not None:
                try:
                    self._on_end(self)
                except Exception:
                    log.exception("the end callback of job %s failed", self.name)


class JobRunner:
    """Starts jobs and keeps track of those still running."""

    def __init__(self) -> None:
        self._active: dict[int, Job] = {}
        self._lock = threading.Lock()
        self._closed = False

    def start(self, fn: Callable[[JobControl], Any], *, name: str,
              on_progress: ProgressCallback | None = None,
              on_end: EndCallback | None = None,
              on_cancel: Callable[[], object] | None = None) -> Job:
        def ended(job: Job) -> None:
            with self._lock:
                self._active.pop(job.id, None)
            if on_end is not None:
                on_end(job)

        job = Job(fn, name, on_progress=on_progress, on_end=ended, on_cancel=on_cancel)
        with self._lock:
            if self._closed:
                raise SimdeskError("The program is closing; nothing new can start.",
                                   code="closing")
            self._active[job.id] = job
        job._thread.start()
        return job

    @property
    def active(self) -> list[Job]:
        with self._lock:
            return list(self._active.values())

    def cancel_all(self, wait: float = 2.0) -> None:
        """Cancel every running job and wait up to ``wait`` seconds for them."""
        jobs = self.active
        for job in jobs:
            job.cancel()
        end = time.monotonic() + wait
        for job in jobs:
            if not job.wait(max(0.0, end - time.monotonic())):
                log.warning("job %s did not end within %.0f s of being cancelled", job.name,
                            wait)

    def close(self, wait: float = 2.0) -> None:
        """Refuse new jobs, cancel the running ones."""
        with self._lock:
            self._closed = True
        self.cancel_all(wait)
