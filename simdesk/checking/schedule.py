"""The auto-check schedule: one timer thread with one behaviour, whichever front end runs it
(``simdesk serve`` or the window, which only reads ``next_run_at`` and calls ``poke``).

* Off by default.  Each tick (every ``tick_seconds``) reads ``auto_check.enabled`` and
  ``auto_check.interval_minutes`` from the database, so a change in Settings applies at the
  next tick, or at once after :meth:`AutoCheckScheduler.poke`.
* The turns are shared by every process on the database: the next one is computed from the
  latest *scheduled* run stored in ``check_run`` (whichever process ran it), one interval
  after it started, so two programs on one database keep one timetable rather than two.
  The first turn comes one interval after the schedule is switched on (or after the program
  starts with it on), unless another program's turn is later.
* Runs never overlap or pile up: a turn that comes while the previous scheduled run is still
  going (here or in another process) is skipped, and the next is one interval later; when
  another auto-check (the web app's, "check all now") runs at that moment, the turn waits
  for it to end.  The run lease (``simdesk.checking.lease``) makes sure only one process
  starts a turn.
"""

from __future__ import annotations

import logging
import math
import threading
from datetime import datetime, timedelta

from simdesk.checking.engine import CheckEngine, TurnTaken
from simdesk.checking.lease import RunElsewhereError
from simdesk.checking.runs import DONE, KIND_AUTO, RUNNING, RunSummary, latest_run
from simdesk.domain import settings
from simdesk.storage.db import thread_connection
from simdesk.timeutil import utcnow

log = logging.getLogger(__name__)

# The actor of scheduled runs: parentheses cannot be in a user name, so no user's own runs
# are taken for the schedule's turns.
SCHEDULE_ACTOR = "(schedule)"


class AutoCheckScheduler:
    """``interval_seconds`` overrides ``auto_check.interval_minutes`` (for tests);
    ``tick_seconds`` is how often the settings and the stored runs are read again."""

    def __init__(self, engine: CheckEngine, *, interval_seconds: float | None = None,
                 tick_seconds: float = 1.0, source: str = "check") -> None:
        self.engine = engine
        self.interval_seconds = interval_seconds
        self.tick_seconds = tick_seconds
        self.source = source
        self.fired = 0  # turns this scheduler started
        self.skipped = 0  # turns skipped or held back because another run was going on
        self._enabled_since: datetime | None = None
        self._next: datetime | None = None
        self._held_turn: datetime | None = None  # a turn waiting for another run to end
        self._fired_turn: datetime | None = None
        self._last_run_id: str | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._ticking = threading.Lock()  # one tick at a time (the thread, a test)

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
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    def poke(self) -> None:
        """Read the settings again now (they were just changed)."""
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def next_run_at(self) -> datetime | None:
        """When the next turn is due (naive UTC), or None when the schedule is off."""
        with self._lock:
            return self._next

    @property
    def last_run(self) -> RunSummary | None:
        """The latest run this scheduler started (live progress while it runs)."""
        with self._lock:
            run_id = self._last_run_id
        if run_id is None:
            return None
        return self.engine.get_run(run_id, with_results=False)

    # -------------------------------------------------------------- thread

    def _interval(self) -> tuple[bool, float]:
        enabled = bool(settings.get("auto_check.enabled"))
        if self.interval_seconds is not None:
            return enabled, self.interval_seconds
        return enabled, float(settings.get("auto_check.interval_minutes")) * 60.0

    def _loop(self) -> None:
        with thread_connection():
            delay = 0.0
            while not self._stop.is_set():
                self._wake.wait(delay)
                self._wake.clear()
                if self._stop.is_set():
                    break
                try:
                    delay = self.tick()
                except Exception as exc:  # database closed or busy: try again next tick
                    log.warning("auto-check schedule: %s: %s", type(exc).__name__, exc)
                    delay = self.tick_seconds

    def _due(self, now: datetime, interval: timedelta) -> datetime:
        """The next turn: one interval after the schedule came on, or the first turn after
        the latest scheduled run (any process) that does not fall inside that run."""
        assert self._enabled_since is not None
        first = self._enabled_since + interval
        last = latest_run(kind=KIND_AUTO, actor=SCHEDULE_ACTOR)
        if last is None:
            return first
        alive = last.state == RUNNING and self.engine.run_alive(last.run_id)
        end = now if alive else (last.finished_at or last.started_at)
        turns = max(1, math.ceil((end - last.started_at) / interval))
        due = last.started_at + turns * interval
        if alive and due <= now:
            due += interval
        return max(first, due)

    def tick(self, now: datetime | None = None) -> float:
        """One look at the clock (the timer thread calls it; tests call it with ``now``):
        start the turn when it is due.  Returns the seconds until the next look."""
        with self._ticking:
            return self._tick(now)

    def _tick(self, now: datetime | None) -> float:
        enabled, seconds = self._interval()
        now = utcnow() if now is None else now
        if not enabled:
            with self._lock:
                self._enabled_since = self._next = None
            return self.tick_seconds
        interval = timedelta(seconds=seconds)
        if self._enabled_since is None:
            self._enabled_since = now
        due = self._due(now, interval)
        with self._lock:
            previous, self._next = self._next, due
        if previous is not None and previous < due and previous <= now \
                and previous not in (self._held_turn, self._fired_turn):
            self.skipped += 1  # a turn passed while the previous scheduled run was going on
            log.info("auto-check turn of %s skipped: the previous one is still running",
                     previous)
        if now < due:
            return max(0.01, min(self.tick_seconds, (due - now).total_seconds()))
        busy = self.engine.auto_running_here() or self.engine.running_elsewhere() is not None
        if not busy:
            try:
                summary = self.engine.start_run(kind=KIND_AUTO, source=self.source,
                                                actor=SCHEDULE_ACTOR,
                                                turn_gap=seconds / 2)
            except RunElsewhereError:
                busy = True
            except TurnTaken:  # another process took this turn and is done with it
                self._fired_turn = due
                return self.tick_seconds
            else:
                self.fired += 1
                upcoming = self._due(utcnow(), interval)
                self._fired_turn = due
                with self._lock:
                    self._last_run_id = summary.run_id
                    self._next = upcoming
                if summary.state not in (RUNNING, DONE) and summary.reason:
                    log.warning("auto-check %s: %s", summary.state, summary.reason)
                return self.tick_seconds
        if self._held_turn != due:
            self._held_turn = due
            self.skipped += 1
            log.info("auto-check turn held back: another auto-check is running")
        return self.tick_seconds
