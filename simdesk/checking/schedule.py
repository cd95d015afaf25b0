"""The auto-check schedule of ``simdesk serve``: a timer thread (the desktop window uses a
QTimer instead).

Each tick reads ``auto_check.enabled`` and ``auto_check.interval_minutes`` from the database,
so a change in Settings takes effect without a restart.  Off by default.  Runs never overlap
or pile up: when the time comes while an auto-check is still running, that turn is skipped
and the next one is one interval later.  The first run comes one interval after the schedule
is switched on (or after the program starts with it on).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timedelta

from simdesk.checking.engine import CheckEngine
from simdesk.checking.runs import KIND_AUTO, RUNNING, RunSummary
from simdesk.domain import settings
from simdesk.storage import db as dbmod
from simdesk.timeutil import utcnow

log = logging.getLogger(__name__)


class AutoCheckScheduler:
    """``interval_seconds`` overrides ``auto_check.interval_minutes`` (for tests);
    ``tick_seconds`` is how often the settings are read again."""

    def __init__(self, engine: CheckEngine, *, interval_seconds: float | None = None,
                 tick_seconds: float = 1.0, source: str = "check",
                 actor: str | None = "schedule") -> None:
        self.engine = engine
        self.interval_seconds = interval_seconds
        self.tick_seconds = tick_seconds
        self.source = source
        self.actor = actor
        self.fired = 0
        self.skipped = 0
        self._due: float | None = None  # time.monotonic() of the next run
        self._last_run_id: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # -------------------------------------------------------------- public

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="simdesk-auto-check",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop the timer (a run in progress goes on; engine.shutdown() ends it)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def next_run_at(self) -> datetime | None:
        """When the next auto-check is due (naive UTC), or None when the schedule is off."""
        with self._lock:
            due = self._due
        if due is None:
            return None
        return utcnow() + timedelta(seconds=max(0.0, due - time.monotonic()))

    @property
    def last_run(self) -> RunSummary | None:
        """The latest run this schedule started (live progress while it runs)."""
        with self._lock:
            run_id = self._last_run_id
        if run_id is None:
            return None
        return self.engine.get_run(run_id)

    # -------------------------------------------------------------- thread

    def _interval(self) -> tuple[bool, float]:
        enabled = bool(settings.get("auto_check.enabled"))
        if self.interval_seconds is not None:
            return enabled, self.interval_seconds
        return enabled, float(settings.get("auto_check.interval_minutes")) * 60.0

    def _loop(self) -> None:
        delay = 0.0
        try:
            while not self._stop.wait(delay):
                delay = self.tick_seconds
                try:
                    delay = self._tick()
                except Exception as exc:  # database closed or busy: try again next tick
                    log.warning("auto-check schedule: %s: %s", type(exc).__name__, exc)
        finally:
            db = dbmod.database_proxy.obj
            if db is not None:
                try:
                    db.close()
                except Exception as exc:
                    log.debug("closing the schedule's connection: %s", exc)

    def _tick(self) -> float:
        enabled, interval = self._interval()
        now = time.monotonic()
        with self._lock:
            if not enabled:
                self._due = None
                return self.tick_seconds
            if self._due is None or self._due > now + interval:
                self._due = now + interval  # just switched on, or the interval got shorter
            due = self._due
        if now >= due:
            active = self.engine.active_run()
            if active is not None and active.kind == KIND_AUTO and active.state == RUNNING:
                self.skipped += 1
                log.info("auto-check skipped: run %s is still running", active.run_id)
            else:
                summary = self.engine.start_run(kind=KIND_AUTO, source=self.source,
                                                actor=self.actor)
                self.fired += 1
                with self._lock:
                    self._last_run_id = summary.run_id
                if summary.state != RUNNING and summary.reason:
                    log.warning("auto-check %s: %s", summary.state, summary.reason)
            with self._lock:
                self._due = time.monotonic() + interval
                due = self._due
        return max(0.01, min(self.tick_seconds, due - time.monotonic()))
