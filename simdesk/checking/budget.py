"""The operator's budget: how many calls to the status source may be in flight at once
(``checks.concurrency``) and how fast they may start (``checks.rate_per_second``), shared by
every check of this process — the auto-check, a selection checked in the window, a card
checked through the API, a live answer of the status API and Settings' Test connection.

Without it each run had its own pool and its own rate limit, so three runs at once asked the
operator at three times the configured rate.  Other processes on the same database are kept
out of auto-checks by the run lease (:mod:`simdesk.checking.lease`).

Urgent callers (a person waiting for one card, a live answer) go before queued auto-check
workers, for a slot and for the next start time alike: they wait at most for one call in
flight to end and one start interval, never for a whole run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_POLL = 0.25  # seconds: how often a waiter looks at its stop event (cancel also wakes it)


class OperatorBudget:
    """A semaphore of ``concurrency`` call slots plus a start-rate limit, with priority for
    urgent callers.  Both limits can change while calls are in flight (``configure``)."""

    def __init__(self, concurrency: int = 16, rate_per_second: float = 0.0) -> None:
        self._cond = threading.Condition()
        self._limit = max(1, concurrency)
        self._interval = 1.0 / rate_per_second if rate_per_second > 0 else 0.0
        self._in_flight = 0
        self._urgent_waiting = 0
        self._next_start = 0.0
        self.peak = 0  # most calls in flight at once since the last reset_peak()

    # -------------------------------------------------------------- settings

    def configure(self, concurrency: int, rate_per_second: float) -> None:
        """Apply the current settings (each run reads them when it starts)."""
        with self._cond:
            self._limit = max(1, concurrency)
            self._interval = 1.0 / rate_per_second if rate_per_second > 0 else 0.0
            self._cond.notify_all()

    @property
    def concurrency(self) -> int:
        return self._limit

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def reset_peak(self) -> None:
        with self._cond:
            self.peak = self._in_flight

    # -------------------------------------------------------------- slots

    def acquire(self, stop: threading.Event, *, urgent: bool = False,
                deadline: float | None = None) -> bool:
        """Wait until a call may start: a slot is free and the start time has come.  Both
        are taken at that moment (nobody holds a slot while waiting for a start time, so a
        cancelled run leaves nothing reserved).  False (nothing held) when ``stop`` is set
        or ``deadline`` (time.monotonic()) passes first."""
        return self._wait(stop, urgent=urgent, deadline=deadline, take_slot=True)

    def release(self) -> None:
        with self._cond:
            self._in_flight -= 1
            self._cond.notify_all()

    @contextmanager
    def slot(self, stop: threading.Event, *, urgent: bool = False,
             deadline: float | None = None) -> Iterator[bool]:
        """``with budget.slot(stop) as ok:`` — ok False when stopped before a slot was free."""
        ok = self.acquire(stop, urgent=urgent, deadline=deadline)
        try:
            yield ok
        finally:
            if ok:
                self.release()

    def pace(self, stop: threading.Event, deadline: float | None = None, *,
             urgent: bool = False) -> bool:
        """Wait for the next start time only (a retry, by a caller that holds a slot).
        False when stopped, or when ``deadline`` passes first."""
        return self._wait(stop, urgent=urgent, deadline=deadline, take_slot=False)

    def _wait(self, stop: threading.Event, *, urgent: bool, deadline: float | None,
              take_slot: bool) -> bool:
        with self._cond:
            if urgent:
                self._urgent_waiting += 1
            try:
                while True:
                    if stop.is_set():
                        return False
                    now = time.monotonic()
                    if deadline is not None and now >= deadline:
                        return False
                    free = not take_slot or self._in_flight < self._limit
                    turn = urgent or self._urgent_waiting == 0
                    wait = _POLL
                    if free and turn:
                        if now >= self._next_start:
                            if take_slot:
                                self._in_flight += 1
                                self.peak = max(self.peak, self._in_flight)
                            self._next_start = now + self._interval
                            return True
                        wait = min(wait, self._next_start - now)
                    if deadline is not None:
                        wait = min(wait, deadline - now)
                    self._cond.wait(max(0.001, wait))
            finally:
                if urgent:
                    self._urgent_waiting -= 1
                    self._cond.notify_all()

    def wake(self) -> None:
        """Wake every waiter so that a cancelled run's workers leave at once."""
        with self._cond:
            self._cond.notify_all()
