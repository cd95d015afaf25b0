"""The checking engine: runs of status checks in a bounded pool of worker threads.

* a run reads the settings when it starts (source, concurrency, rate, deadline);
* a run's workers share one ``requests`` session; every call to the source takes a slot of
  the process's one :class:`~simdesk.checking.budget.OperatorBudget`, so all runs together
  keep to ``checks.concurrency`` calls at once and ``checks.rate_per_second`` starts (a
  person waiting for one card goes first); every call (retries included) ends within
  ``checks.deadline_seconds``;
* every answer is stored at once (one log row per check, see simdesk.domain.checks);
* after ``checks.stop_after_failures`` failed checks in a row the source is considered down
  and the run stops early, saying so;
* one auto-check at a time: asking for another while one runs joins the running one; across
  processes on one database the run lease (:mod:`simdesk.checking.lease`) lets one run and
  the others report it (``RunElsewhereError``);
* a request thread never waits for a run longer than it asked (``wait_for_request``), and at
  most ``MAX_WAITING_REQUESTS`` wait at once;
* every run is a job of the runtime's :class:`~simdesk.jobs.JobRunner` (listed with the
  other long work, cancelled with it);
* listeners get ``started`` / ``progress`` / ``finished`` events from worker threads (the GUI
  bridges them to Qt signals; this module imports no Qt).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Final

import requests

import simdesk.checking.lease as lease
from simdesk.checking.budget import OperatorBudget
from simdesk.checking.http import Aborted, CallContext, make_session, safe_url
from simdesk.checking.notify import WebhookNotifier
from simdesk.checking.runs import (
    CANCELLED,
    DONE,
    FAILED,
    KIND_AUTO,
    KIND_MANUAL,
    RUN_KINDS,
    RUNNING,
    STOPPED,
    CardResult,
    EngineEvent,
    NewlySold,
    RunSummary,
    latest_run,
    load_run,
    store_run,
)
from simdesk.checking.sources import (
    CardInfo,
    SourceAnswer,
    SourceConfig,
    StatusSource,
    build_source,
    no_source_error,
)
from simdesk.domain import settings
from simdesk.domain.checks import CheckAnswer, PendingCheck, RecordedCheck, record_checks
from simdesk.domain.codes import normalize_code
from simdesk.errors import BusyError, ConflictError, NotFoundError, ValidationError
from simdesk.jobs import JobRunner
from simdesk.storage.db import current_database, thread_connection
from simdesk.storage.models import CARD_ASSIGNED, CARD_SOLD, Shop, SimCard
from simdesk.timeutil import to_local_iso, utcnow

log = logging.getLogger(__name__)

Listener = Callable[[EngineEvent], None]
PROGRESS_EVERY: Final = 0.1  # seconds between progress events
KEEP_RUNS: Final = 50  # finished runs kept in memory (older ones are read back from the DB)
_CHUNK: Final = 500
STORE_RETRY_SECONDS: Final = 1.0  # pause before storing answers again in a busy database
MAX_WAITING_REQUESTS: Final = 2  # request threads that may wait for a run at once


@dataclass(frozen=True, slots=True)
class _Card:
    id: int
    code: str
    phone: str | None
    status: str
    shop_id: int | None
    external_status: str | None = None
    sale_date: object = None


def _cut_off(exc: Aborted, started: float) -> SourceAnswer:
    """The answer logged for a call the run cut off after its request went out."""
    reason = exc.message or "cancelled"
    return SourceAnswer(
        "error", False, None, "", None,
        f"cut off: {reason} (the request reached the status source; its answer was not "
        "waited for)", int((time.monotonic() - started) * 1000), "error",
        attempts=exc.attempts_sent)


class TurnTaken(ConflictError):
    """The schedule's turn was already taken by another process."""


class _Run:
    def __init__(self, summary: RunSummary, cards: list[_Card], config: SourceConfig,
                 source: StatusSource | None, shop_names: dict[int, str]) -> None:
        self.summary = summary
        self.cards = cards
        self.config = config
        self.source = source
        self.shop_names = shop_names
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.done = threading.Event()
        self.ctx = CallContext()
        self.next_index = 0
        self.consecutive_failures = 0
        self.last_error: str | None = None
        self.stop_state: str | None = None
        self.stop_reason: str | None = None
        self.last_progress = 0.0
        self.leased = False  # holds the run lease (auto runs) until it ends
        self.card_ids: set[int] = set()
        self.full = False  # every assigned card (no list was given)
        self.active_workers = 0  # workers that may still take a card
        self.answers: queue.Queue[tuple[_Card, SourceAnswer] | None] = queue.Queue()

    @property
    def urgent(self) -> bool:
        """A person waits for these answers: its calls go before queued auto-check calls."""
        return self.summary.kind == KIND_MANUAL

    def take(self) -> _Card | None:
        """The next card, or None: then the calling worker leaves (counted here, under the
        same lock as :meth:`extend`, so no card is added that nobody would take)."""
        with self.lock:
            if self.stop.is_set() or self.next_index >= len(self.cards):
                self.active_workers -= 1
                return None
            card = self.cards[self.next_index]
            self.next_index += 1
            return card

    def extend(self, cards: Sequence[_Card]) -> bool:
        """Add cards a joining request asked about; False when the run no longer takes
        cards (stopped, or its workers have left)."""
        with self.lock:
            if self.stop.is_set() or self.done.is_set() or self.active_workers <= 0:
                return False
            new = [c for c in cards if c.id not in self.card_ids]
            self.cards.extend(new)
            self.card_ids.update(c.id for c in new)
            self.summary.total += len(new)
            return True

    def halt(self, state: str, reason: str, *, abort_calls: bool) -> bool:
        with self.lock:
            if self.done.is_set():
                return False
            if self.stop_state is None or (state == CANCELLED and self.stop_state != CANCELLED):
                self.stop_state, self.stop_reason = state, reason
            self.stop.set()
        if abort_calls:
            self.ctx.abort(reason)
        return True

    def event(self, kind: str, *, summary: RunSummary | None = None) -> EngineEvent:
        s = self.summary
        return EngineEvent(kind, s.run_id, s.kind, s.state, s.total, s.checked, s.changed,
                           s.errors, s.reason, tuple(s.newly_sold), summary)


class CheckEngine:
    """Manual checks, selections and the auto-check; see the module's docstring.

    ``jobs`` is the runtime's job runner (each run is one of its jobs); ``owner`` names this
    process in the run lease (tests give two engines on one database different owners)."""

    def __init__(self, *, notifier: WebhookNotifier | None = None,
                 jobs: JobRunner | None = None, owner: str | None = None) -> None:
        self.notifier = notifier if notifier is not None else WebhookNotifier()
        self.jobs = jobs if jobs is not None else JobRunner()
        self.owner = owner or lease.new_owner_id()
        self.budget = OperatorBudget()
        self._runs: OrderedDict[str, _Run] = OrderedDict()
        self._auto: _Run | None = None
        self._listeners: list[Listener] = []
        self._lock = threading.RLock()  # the runs and listeners; never held during I/O
        self._auto_start = threading.Lock()  # one auto-check being prepared at a time
        self._waiting = threading.BoundedSemaphore(MAX_WAITING_REQUESTS)
        self._closed = False

    # -------------------------------------------------------------- listeners

    def add_listener(self, callback: Listener) -> None:
        with self._lock:
            self._listeners.append(callback)

    def remove_listener(self, callback: Listener) -> None:
        with self._lock, contextlib.suppress(ValueError):
            self._listeners.remove(callback)

    def _emit(self, event: EngineEvent) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for callback in listeners:
            try:
                callback(event)
            except Exception as exc:  # a broken listener must not break the run
                log.warning("a check-run listener failed on %s: %s: %s", event.type,
                            type(exc).__name__, exc)

    # -------------------------------------------------------------- public API

    def check_now(self, card_ids: Sequence[int], *, source: str,
                  actor: str | None = None, timeout: float | None = None) -> RunSummary:
        """Check one card or a selection now and wait for the answers (kind ``manual``), at
        most ``timeout`` seconds (the summary is then still running).

        Raises ConfigurationError ``no_status_source`` when no source is set, NotFoundError
        when the only card asked for does not exist."""
        ids = list(dict.fromkeys(card_ids))
        if not ids:
            raise ValidationError.for_field("simCardIds", "choose at least one card to check")
        problem = SourceConfig.from_settings().problem()
        if problem is not None:
            raise no_source_error(problem)
        if len(ids) == 1 and not SimCard.select().where(SimCard.id == ids[0]).exists():
            raise NotFoundError(f"SIM card {ids[0]} does not exist.", code="simcard_not_found")
        summary = self.start_run(ids, kind=KIND_MANUAL, source=source, actor=actor)
        return self.wait(summary.run_id, timeout)

    def start_run(self, card_ids: Sequence[int] | None = None, *, kind: str = KIND_AUTO,
                  source: str = "check", actor: str | None = None,
                  start_timeout: float | None = None,
                  turn_gap: float | None = None) -> RunSummary:
        """Start a run and return at once (state ``running``, or ``failed`` when no source is
        configured).  ``card_ids`` None means all assigned cards.

        An auto run asked for while one runs here joins it: the cards asked about that it
        does not hold yet are added to it, and the running one's summary is returned.
        Raises :class:`~simdesk.checking.lease.RunElsewhereError` when another process on
        this database runs an auto-check, :class:`~simdesk.errors.BusyError` when another
        auto run is still being prepared after ``start_timeout`` seconds, and
        :class:`TurnTaken` when ``turn_gap`` is given (the schedule) and a run of ``actor``
        started less than ``turn_gap`` seconds ago, in any process."""
        if kind not in RUN_KINDS:
            raise ValidationError.for_field("kind", f"must be one of: {', '.join(RUN_KINDS)}")
        if kind != KIND_AUTO:
            return self._launch(self._prepare(card_ids, kind, source, actor))
        joined = self._join(card_ids)
        if joined is not None:
            return joined
        if not self._auto_start.acquire(timeout=-1 if start_timeout is None
                                        else max(0.0, start_timeout)):
            raise BusyError(
                "Another auto-check is being started and the database has not answered in "
                f"{start_timeout:g} s; try again in a moment.", retry_after=5)
        try:
            with self._lock:
                running = self._auto if self._auto is not None and \
                    not self._auto.done.is_set() else None
            if running is not None:
                joined = self._join(card_ids)
                if joined is not None:
                    return joined
                # It is ending: its workers have left.  Let it end, then start afresh.
                if not running.done.wait(5.0):
                    return self._snapshot(running)
            return self._launch(self._prepare(card_ids, kind, source, actor, turn_gap))
        finally:
            self._auto_start.release()

    def _join(self, card_ids: Sequence[int] | None) -> RunSummary | None:
        """Join the running auto run with ``card_ids`` (added to it); None when no auto run
        is running here or it no longer takes cards."""
        with self._lock:
            self._refuse_if_closed()
            run = self._auto
            if run is None or run.done.is_set():
                return None
        if card_ids is None and run.full:
            return self._snapshot(run)  # already asks about every assigned card
        cards, _skipped = self._load_cards(card_ids, KIND_AUTO, {})
        if not run.extend(cards):
            return None
        return self._snapshot(run)

    def run_auto_check(self, card_ids: Sequence[int] | None = None, *, source: str,
                       actor: str | None = None) -> RunSummary:
        """The auto-check, waited for to its end (joins a running one)."""
        summary = self.start_run(card_ids, kind=KIND_AUTO, source=source, actor=actor)
        return self.wait(summary.run_id)

    def wait_for_request(self, card_ids: Sequence[int] | None, *, source: str,
                         actor: str | None, wait_seconds: float) -> RunSummary:
        """The auto-check an HTTP request asked for: started (or joined) and waited for at
        most ``wait_seconds``; the summary may still be running.  At most
        ``MAX_WAITING_REQUESTS`` requests wait at once, so request threads stay free for
        everything else; the others get the running summary at once."""
        summary = self.start_run(card_ids, kind=KIND_AUTO, source=source, actor=actor,
                                 start_timeout=wait_seconds)
        if summary.finished or wait_seconds <= 0:
            return summary
        if not self._waiting.acquire(blocking=False):
            return summary
        try:
            return self.wait(summary.run_id, wait_seconds)
        finally:
            self._waiting.release()

    def wait(self, run_id: str, timeout: float | None = None) -> RunSummary:
        """Wait for a run to finish; its summary (still running if ``timeout`` passed)."""
        with self._lock:
            run = self._runs.get(run_id)
        if run is None:
            summary = self._stored_run(run_id)
            if summary is None:
                raise NotFoundError(f"No check run {run_id!r}.", code="run_not_found")
            return summary
        run.done.wait(timeout)
        return self._snapshot(run)

    def get_run(self, run_id: str, *, with_results: bool = True) -> RunSummary | None:
        with self._lock:
            run = self._runs.get(run_id)
        if run is not None:
            with run.lock:
                return run.summary.copy(with_results=with_results)
        return self._stored_run(run_id, with_results=with_results)

    def _stored_run(self, run_id: str, *, with_results: bool = True) -> RunSummary | None:
        """A run of another process (or an earlier one): still running while its process
        holds the lease for it."""
        holder = lease.holder(lease.AUTO_CHECK)
        return load_run(run_id, with_results=with_results,
                        running=holder is not None and holder.run_id == run_id)

    def cancel(self, run_id: str) -> bool:
        """Cancel a running run (calls in flight are cut off).  False if it is not running."""
        with self._lock:
            run = self._runs.get(run_id)
        if run is None:
            return False
        halted = run.halt(CANCELLED, "cancelled", abort_calls=True)
        self.budget.wake()
        return halted

    def active_run(self) -> RunSummary | None:
        """The running auto-check, else the latest running run, else None (this process)."""
        with self._lock:
            if self._auto is not None and not self._auto.done.is_set():
                return self._snapshot(self._auto)
            for run in reversed(self._runs.values()):
                if not run.done.is_set():
                    return self._snapshot(run)
        return None

    def auto_running_here(self) -> bool:
        with self._lock:
            return self._auto is not None and not self._auto.done.is_set()

    def run_alive(self, run_id: str) -> bool:
        """Whether a run is still going: here, or in the process holding the lease for it."""
        with self._lock:
            run = self._runs.get(run_id)
        if run is not None:
            return not run.done.is_set()
        holder = lease.holder(lease.AUTO_CHECK)
        return holder is not None and holder.run_id == run_id

    def running_elsewhere(self) -> lease.LeaseHolder | None:
        """The auto-check another process on this database is running, if any."""
        holder = lease.holder(lease.AUTO_CHECK)
        return holder if holder is not None and holder.owner != self.owner else None

    def query_source(self, code: str,
                     overrides: Mapping[str, Any] | None = None) -> SourceAnswer:
        """The configured source's live answer for one code; nothing is stored.
        ``overrides``: settings values to use instead of the stored ones (checked by the
        caller with ``settings.coerce``; nothing is saved)."""
        return self.query_sources([code], overrides=overrides)[0]

    def query_sources(self, codes: Sequence[str], *, workers: int = 8,
                      overrides: Mapping[str, Any] | None = None) -> list[SourceAnswer]:
        """Live answers for a few codes (the status API's ``?live=1``, Settings' Test
        connection), in order; nothing is stored.  Each call takes an urgent slot of the
        budget.  The cards are looked up here, in one query; the calls run on up to
        ``workers`` threads that never touch the database."""
        config = SourceConfig.from_settings(overrides)
        self.budget.configure(config.concurrency, config.rate_per_second)
        source = build_source(config)
        clean = [normalize_code(code) for code in codes]
        known = {row.code: row for row in SimCard.select(SimCard.id, SimCard.code,
                                                         SimCard.phone)
                 .where(SimCard.code.in_(list(set(clean))))}
        cards = [CardInfo(known[c].id if c in known else None, c,
                          known[c].phone if c in known else None) for c in clean]
        session = make_session(max(1, min(workers, len(cards))))
        try:
            if len(cards) == 1:
                return [self._ask_now(source, config, cards[0], session)]
            with ThreadPoolExecutor(max_workers=max(1, min(workers, len(cards))),
                                    thread_name_prefix="simdesk-live") as pool:
                return list(pool.map(
                    lambda card: self._ask_now(source, config, card, session), cards))
        finally:
            session.close()

    def _ask_now(self, source: StatusSource, config: SourceConfig, card: CardInfo,
                 session: requests.Session) -> SourceAnswer:
        never = threading.Event()
        deadline = time.monotonic() + config.deadline_seconds
        with self.budget.slot(never, urgent=True, deadline=deadline) as ok:
            if not ok:
                return SourceAnswer(
                    "error", False, None, "", None,
                    f"no free slot to ask the status source within "
                    f"{config.deadline_seconds:g} s (checks.concurrency calls are in flight)",
                    int(config.deadline_seconds * 1000), "error")
            return source.query(card, session,
                                before_attempt=lambda d: self.budget.pace(never, d,
                                                                          urgent=True))

    def settings_changed(self) -> None:
        """Settings were changed in this process: calls in flight and waiting keep to the
        new ``checks.concurrency`` and ``checks.rate_per_second`` at once."""
        config = SourceConfig.from_settings()
        self.budget.configure(config.concurrency, config.rate_per_second)

    def shutdown(self, timeout: float = 2.0) -> None:
        """Cancel every run, cut off calls in flight and wait for the threads."""
        end = time.monotonic() + timeout
        with self._lock:
            self._closed = True
            runs = [r for r in self._runs.values() if not r.done.is_set()]
        for run in runs:
            run.halt(CANCELLED, "cancelled: the program is closing", abort_calls=True)
        self.budget.wake()
        for run in runs:
            run.done.wait(max(0.0, end - time.monotonic()))
        self.notifier.shutdown(max(0.0, end - time.monotonic()))

    # -------------------------------------------------------------- preparing a run

    def _refuse_if_closed(self) -> None:
        if self._closed:
            raise ConflictError("Status checks are shut down (the program is closing).",
                                code="engine_closed")

    def _snapshot(self, run: _Run) -> RunSummary:
        with run.lock:
            return run.summary.copy()

    def _launch(self, run: _Run) -> RunSummary:
        """Keep the prepared run and start its job (unless it ended while being prepared)."""
        with self._lock:
            self._runs[run.summary.run_id] = run
            while len(self._runs) > KEEP_RUNS:
                oldest = next(iter(self._runs))
                if not self._runs[oldest].done.is_set():
                    break
                self._runs.pop(oldest)
            if run.done.is_set():
                return self._snapshot(run)
            if run.summary.kind == KIND_AUTO:
                self._auto = run
        try:
            self.jobs.start(lambda _control: self._execute(run),
                            name=f"check-{run.summary.kind}-{run.summary.run_id[:8]}",
                            on_cancel=lambda: self.cancel(run.summary.run_id))
        except Exception as exc:  # the program is closing
            run.halt(FAILED, f"the run could not start: {exc}", abort_calls=False)
            self._finalize(run)
        return self._snapshot(run)

    def _prepare(self, card_ids: Sequence[int] | None, kind: str, source_name: str,
                 actor: str | None, turn_gap: float | None = None) -> _Run:
        with self._lock:
            self._refuse_if_closed()
        now = utcnow()
        summary = RunSummary(uuid.uuid4().hex, kind, RUNNING, None, now, None, 0, 0, 0, 0,
                             source=source_name, actor=actor)
        config = SourceConfig.from_settings()
        run = _Run(summary, [], config, None, {})
        if kind == KIND_AUTO:
            # First the lease (with the schedule's turn checked in the same transaction),
            # so that even a run that fails at once is one process's, once per turn.
            guard = None if turn_gap is None else self._turn_guard(actor, turn_gap)
            holder = lease.acquire(lease.AUTO_CHECK, self.owner, summary.run_id,
                                   config.lease_seconds, guard=guard)
            if holder is not None:
                raise lease.RunElsewhereError(holder)
            run.leased = True
        try:
            problem = config.problem()
            if problem is not None:
                summary.state, summary.reason, summary.finished_at = FAILED, problem, now
                self._finish_stored(run)
                return run
            run.source = build_source(config)
            if run.leased:
                store_run(summary)  # other processes can look the run up at once
            run.shop_names = dict(Shop.select(Shop.id, Shop.name).tuples())
            cards, skipped = self._load_cards(card_ids, kind, run.shop_names)
            run.cards = cards
            run.card_ids = {c.id for c in cards}
            run.full = card_ids is None
            summary.results.extend(skipped)
            summary.total = len(cards) + len(skipped)
            summary.checked = len(skipped)
            summary.errors = sum(1 for r in skipped if r.error)
            if not cards:
                summary.state, summary.finished_at = DONE, now
                summary.reason = ("no assigned cards to check" if kind == KIND_AUTO
                                  else "nothing to ask the status source about")
                self._finish_stored(run)
                return run
            store_run(summary)
        except BaseException:
            self._release_lease(run)
            raise
        return run

    @staticmethod
    def _turn_guard(actor: str | None, gap: float) -> Callable[[], None]:
        """Inside the lease's transaction: refuse when a run of ``actor`` started less than
        ``gap`` seconds ago (another process took this turn and has already finished)."""

        def guard() -> None:
            last = latest_run(kind=KIND_AUTO, actor=actor)
            if last is not None and last.started_at > utcnow() - timedelta(seconds=gap):
                raise TurnTaken(
                    f"This turn of the schedule was taken at {to_local_iso(last.started_at)} "
                    f"(run {last.run_id}).", code="turn_taken",
                    details={"runId": last.run_id})

        return guard

    def _finish_stored(self, run: _Run) -> None:
        try:
            store_run(run.summary)
        except Exception as exc:
            log.error("could not store the summary of check run %s: %s", run.summary.run_id, exc)
        self._release_lease(run)
        run.done.set()
        self._emit(run.event("finished", summary=run.summary.copy(with_results=False)))

    def _release_lease(self, run: _Run) -> None:
        if not run.leased:
            return
        run.leased = False
        try:
            lease.release(lease.AUTO_CHECK, self.owner)
        except Exception as exc:  # it expires by itself
            log.warning("could not release the auto-check lease of run %s: %s",
                        run.summary.run_id, exc)

    def _load_cards(self, card_ids: Sequence[int] | None, kind: str,
                    shop_names: dict[int, str]) -> tuple[list[_Card], list[CardResult]]:
        fields = (SimCard.id, SimCard.code, SimCard.phone, SimCard.status, SimCard.shop,
                  SimCard.external_status, SimCard.sale_date)
        if card_ids is None:
            rows = list(SimCard.select(*fields).where(SimCard.status == CARD_ASSIGNED)
                        .order_by(SimCard.id).tuples())
            return [_Card(*r) for r in rows], []
        ids = list(dict.fromkeys(card_ids))
        found: dict[int, _Card] = {}
        # The statement is built once per chunk size, not per chunk: Peewee took 13 ms to
        # build each of the 2,000 statements of a million-card selection (26 s in all).
        db = current_database()
        statements: dict[int, str] = {}
        sold_at = SimCard.sale_date.python_value
        for start in range(0, len(ids), _CHUNK):
            part = ids[start : start + _CHUNK]
            sql = statements.get(len(part))
            if sql is None:
                sql = statements[len(part)] = \
                    SimCard.select(*fields).where(SimCard.id.in_(part)).sql()[0]
            for r in db.execute_sql(sql, part):
                found[r[0]] = _Card(r[0], r[1], r[2], r[3], r[4], r[5],
                                    sold_at(r[6]) if r[6] is not None else None)
        cards: list[_Card] = []
        skipped: list[CardResult] = []
        stamp = utcnow()
        for cid in ids:
            card = found.get(cid)
            if kind == KIND_AUTO:
                if card is not None and card.status == CARD_ASSIGNED:
                    cards.append(card)
                continue
            if card is None:
                skipped.append(CardResult(
                    simcard_id=cid, code="", shop_id=None, shop_name=None, old_status="",
                    new_status="", external_status=None, is_sold=False, sale_date=None,
                    last_checked=stamp, changed=False, error="no such card", duration_ms=0,
                    skipped="no such card"))
            elif card.status == CARD_SOLD:
                skipped.append(CardResult(
                    simcard_id=card.id, code=card.code, shop_id=card.shop_id,
                    shop_name=shop_names.get(card.shop_id or 0), old_status=CARD_SOLD,
                    new_status=CARD_SOLD, external_status=card.external_status, is_sold=True,
                    sale_date=card.sale_date,  # type: ignore[arg-type]
                    last_checked=stamp, changed=False, error=None, duration_ms=0,
                    skipped="already sold; a sold card stays sold",
                ))
            else:
                cards.append(card)
        return cards, skipped

    # -------------------------------------------------------------- running

    def _execute(self, run: _Run) -> None:
        """The run's job: workers ask the source, one writer stores the answers, this thread
        renews the lease and stores the progress now and then."""
        session: requests.Session | None = None
        writer: threading.Thread | None = None
        try:
            self._emit(run.event("started"))
            self.budget.configure(run.config.concurrency, run.config.rate_per_second)
            session = make_session(run.config.concurrency)
            writer = threading.Thread(target=self._write, args=(run,),
                                      name="simdesk-check-writer", daemon=True)
            writer.start()
            count = max(1, min(run.config.concurrency, len(run.cards)))
            with run.lock:
                run.active_workers = count
            workers = [
                threading.Thread(target=self._work, args=(run, session),
                                 name=f"simdesk-check-worker-{n}", daemon=True)
                for n in range(count)
            ]
            for worker in workers:
                worker.start()
            self._watch(run, workers)
        except Exception as exc:
            log.error("check run %s failed: %s: %s", run.summary.run_id, type(exc).__name__,
                      exc)
            run.halt(FAILED, f"the run failed: {exc}", abort_calls=True)
        finally:
            run.answers.put(None)
            if writer is not None:
                writer.join()
            if session is not None:
                session.close()
            self._finalize(run)

    def _watch(self, run: _Run, workers: list[threading.Thread]) -> None:
        """Wait for the workers; meanwhile renew the lease (a run that lost it stops) and
        store the progress, so that other processes see how far the run is."""
        every = max(1.0, run.config.lease_seconds / 3)
        while True:
            end = time.monotonic() + every
            for worker in workers:
                worker.join(max(0.0, end - time.monotonic()))
            if not any(worker.is_alive() for worker in workers):
                return
            if run.leased:
                try:
                    kept = lease.renew(lease.AUTO_CHECK, self.owner, run.config.lease_seconds)
                except Exception as exc:  # the database is busy: try again next time
                    log.warning("could not renew the auto-check lease: %s", exc)
                    kept = True
                if not kept:
                    run.leased = False
                    run.halt(STOPPED, "another simdesk took over the auto-check (this one did "
                             "not renew its claim in time)", abort_calls=True)
                    self.budget.wake()
            with run.lock:
                progress = run.summary.copy(with_results=False)
            try:
                store_run(progress)
            except Exception as exc:
                log.warning("could not store the progress of run %s: %s",
                            run.summary.run_id, exc)

    def _finalize(self, run: _Run) -> None:
        with run.lock:
            s = run.summary
            left = s.total - s.checked
            s.finished_at = utcnow()
            if run.stop_state is None:
                s.state = DONE
            else:
                s.state = run.stop_state
                not_checked = f"{left} of {s.total} card(s) were not checked"
                if run.stop_state == STOPPED and run.stop_reason is None:
                    where = safe_url(run.config.url_template or run.config.url)
                    s.reason = (
                        f"the status source seems down: {run.consecutive_failures} checks in a "
                        f"row failed (last error: {run.last_error}); {not_checked}. Check that "
                        f"the status source at {where} is running, then check again."
                    )
                else:
                    s.reason = f"{run.stop_reason}; {not_checked}"
            final = s.copy(with_results=False)
        webhook = ""
        try:
            store_run(final)
            if final.newly_sold:
                webhook = str(settings.get("notify.webhook_url") or "")
        except Exception as exc:
            log.error("could not store the summary of check run %s: %s", final.run_id, exc)
        self._release_lease(run)
        run.done.set()
        with run.lock:  # a finished run kept in memory does not keep its cards (a million)
            run.cards, run.card_ids = [], set()
        log.info("check run %s (%s) %s: %d checked, %d changed, %d errors", final.run_id,
                 final.kind, final.state, final.checked, final.changed, final.errors)
        self._emit(run.event("finished", summary=final))
        if webhook:
            self.notifier.notify(final, webhook)

    def _work(self, run: _Run, session: requests.Session) -> None:
        assert run.source is not None
        stop = run.stop
        budget = self.budget
        urgent = run.urgent

        def before_retry(deadline: float) -> bool:
            return budget.pace(stop, deadline, urgent=urgent)

        def pause(seconds: float) -> bool:
            return not stop.wait(seconds)

        left = False  # take() counted this worker out
        try:
            while True:
                if not budget.acquire(stop, urgent=urgent):
                    break
                try:
                    card = run.take()
                    if card is None:
                        left = True
                        break
                    started = time.monotonic()
                    try:
                        answer = run.source.query(
                            CardInfo(card.id, card.code, card.phone), session, ctx=run.ctx,
                            before_attempt=before_retry, sleep=pause,
                        )
                    except Aborted as exc:
                        if exc.attempts_sent:  # the source was asked: log the cut-off check
                            run.answers.put((card, _cut_off(exc, started)))
                        break
                finally:
                    budget.release()
                self._note_answer(run, answer)
                run.answers.put((card, answer))
        except Exception as exc:
            log.error("a check worker of run %s failed: %s: %s", run.summary.run_id,
                      type(exc).__name__, exc)
            run.halt(FAILED, f"the run failed: {type(exc).__name__}: {exc}", abort_calls=False)
        finally:
            if not left:
                with run.lock:
                    run.active_workers -= 1

    def _write(self, run: _Run) -> None:
        """The run's one writer: stores answers in batches (one transaction each), so that
        workers never wait for the database and never contend for its write lock."""
        with thread_connection():
            finished = False
            while not finished:
                item = run.answers.get()
                if item is None:
                    break
                batch = [item]
                while len(batch) < 200:
                    try:
                        more = run.answers.get_nowait()
                    except queue.Empty:
                        break
                    if more is None:
                        finished = True
                        break
                    batch.append(more)
                pending = [PendingCheck(card.id, card.code, self._check_answer(answer))
                           for card, answer in batch]
                stored = self._store(run, pending)
                for (card, answer), rec in zip(batch, stored, strict=True):
                    self._account(run, card, answer, rec)

    def _store(self, run: _Run, pending: list[PendingCheck]) -> list[RecordedCheck | Exception]:
        """Store a batch of answers.  A busy database (another program writing) is waited
        out — each answer the source gave must end as a log row — until the program
        closes; any other failure is reported for every card of the batch."""
        s = run.summary
        while True:
            try:
                return record_checks(pending, source=s.source, actor=s.actor, run_id=s.run_id)
            except BusyError as exc:
                if self._closed:
                    return [exc] * len(pending)
                log.warning("run %s: the database is busy; %d answer(s) wait to be stored",
                            s.run_id, len(pending))
                time.sleep(STORE_RETRY_SECONDS)
            except Exception as exc:  # the database is gone: report every card
                return [exc] * len(pending)

    @staticmethod
    def _check_answer(answer: SourceAnswer) -> CheckAnswer:
        error = answer.error
        return CheckAnswer(
            external_status=None if error else answer.status,
            is_sold=answer.is_sold and error is None,
            sale_date=answer.sale_date,
            raw_response=answer.raw_text,
            error=error,
            duration_ms=answer.duration_ms,
            attempts=answer.attempts,
        )

    def _note_answer(self, run: _Run, answer: SourceAnswer) -> None:
        """Count failures in a row as answers arrive; too many stop the run early."""
        with run.lock:
            if answer.error and not answer.card_problem:
                run.consecutive_failures += 1
                run.last_error = answer.error
            elif not answer.error:
                run.consecutive_failures = 0
            if (run.consecutive_failures >= run.config.stop_after_failures
                    and run.stop_state is None):
                run.stop_state = STOPPED
                run.stop.set()

    def _account(self, run: _Run, card: _Card, answer: SourceAnswer,
                 rec: RecordedCheck | Exception) -> None:
        s = run.summary
        if isinstance(rec, RecordedCheck):
            result = CardResult(
                simcard_id=card.id, code=rec.code, shop_id=rec.shop_id,
                shop_name=run.shop_names.get(rec.shop_id or 0), old_status=rec.old_status,
                new_status=rec.new_status, external_status=rec.external_status,
                is_sold=rec.new_status == CARD_SOLD, sale_date=rec.sale_date,
                last_checked=rec.checked_at, changed=rec.changed, error=rec.error,
                duration_ms=answer.duration_ms,
            )
        else:
            message = f"the answer could not be saved: {type(rec).__name__}: {rec}"
            log.error("check of card %s in run %s: %s", card.code, s.run_id, message)
            result = CardResult(
                simcard_id=card.id, code=card.code, shop_id=card.shop_id,
                shop_name=run.shop_names.get(card.shop_id or 0), old_status=card.status,
                new_status=card.status, external_status=None, is_sold=False, sale_date=None,
                last_checked=utcnow(), changed=False, error=message,
                duration_ms=answer.duration_ms)
        if result.error:
            log.info("check of card %s failed: %s", card.code, result.error)
        emit: EngineEvent | None = None
        with run.lock:
            s.results.append(result)
            s.checked += 1
            if result.changed:
                s.changed += 1
                if result.new_status == CARD_SOLD:
                    s.newly_sold.append(NewlySold(
                        result.simcard_id, result.code, result.shop_id, result.shop_name,
                        result.sale_date or result.last_checked,
                    ))
            if result.error:
                s.errors += 1
            now = time.monotonic()
            if now - run.last_progress >= PROGRESS_EVERY or s.checked == s.total:
                run.last_progress = now
                emit = run.event("progress")
        if emit is not None:
            self._emit(emit)
