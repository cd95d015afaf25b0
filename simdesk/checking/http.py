"""HTTP calls with a wall-clock deadline, retries with backoff and a connection pool sized to
the workers.

``requests``' timeout is per socket operation: a server that trickles one byte a second never
times out.  Here every call registers with a watchdog thread; when the call's deadline passes
the watchdog shuts the call's socket down, which wakes the blocked read at once (whatever it
was reading: the status line, the headers or the body).  The per-read timeout is also capped
by the time left.

Transient failures (connection errors, 429 — its Retry-After honoured —, 502, 503, 504) are
retried with exponential backoff while the deadline allows; other answers are not retried.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import math
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, Final
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

log = logging.getLogger(__name__)

TRANSIENT_STATUSES: Final = frozenset({429, 502, 503, 504})
MAX_BODY: Final = 1 << 20  # 1 MiB: a status answer is a few hundred bytes
CONNECT_TIMEOUT: Final = 5.0
BACKOFF_FIRST: Final = 0.1
BACKOFF_MAX: Final = 2.0
MAX_ATTEMPTS: Final = 5
WATCHDOG_COMPACT_AT: Final = 4096  # attempts held before the ended ones are dropped at once


def safe_url(url: str) -> str:
    """scheme://host:port of a URL — what may be shown or logged (paths and query strings
    can carry card numbers or API keys)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(invalid address)"
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"


# ------------------------------------------------------------------ watchdog


@dataclass(eq=False)
class Guard:
    """One HTTP attempt under watch: the connection it uses, and whether it was cut off."""

    deadline: float
    reason: str = "deadline"
    fired: bool = False
    done: bool = False
    conn: Any = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def cut(self, reason: str) -> None:
        """Abort the attempt now (deadline passed, run cancelled or program closing)."""
        with self.lock:
            if self.done or self.fired:
                return
            self.fired = True
            self.reason = reason
            conn = self.conn
        sock = getattr(conn, "sock", None) if conn is not None else None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class Watchdog:
    """One daemon thread that cuts off attempts whose deadline has passed.

    The thread sleeps until the earliest deadline it holds.  A new attempt wakes it only
    when its deadline comes first (every attempt of a check run has the same timeout, so
    almost never): waking it for each of a thousand checks cost a thread switch each, and
    an auto-check's sixteen workers queued on its lock.  Attempts that ended are dropped
    when they reach the front, or all at once when it holds more than
    ``WATCHDOG_COMPACT_AT`` (then twice what was left)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Guard]] = []
        self._cond = threading.Condition()
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None
        self._compact_at = WATCHDOG_COMPACT_AT
        self._sleeping_until = math.inf  # the deadline the thread waits for (inf: none)
        self.wakeups = 0  # times the thread was woken by watch() (for the tests)

    def watch(self, guard: Guard) -> None:
        with self._cond:
            heapq.heappush(self._heap, (guard.deadline, next(self._seq), guard))
            if len(self._heap) > self._compact_at:
                self._compact()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._loop, name="simdesk-http-watchdog", daemon=True
                )
                self._thread.start()
            elif guard.deadline < self._sleeping_until:
                self.wakeups += 1
                self._cond.notify()

    def _compact(self) -> None:
        """Drop the attempts that ended (called with the lock held)."""
        self._heap = [entry for entry in self._heap if not entry[2].done]
        heapq.heapify(self._heap)
        # Many attempts still running: compact again only when the heap has doubled.
        self._compact_at = max(WATCHDOG_COMPACT_AT, 2 * len(self._heap))

    def _loop(self) -> None:
        while True:
            with self._cond:
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._sleeping_until = math.inf
                    self._cond.wait(30.0)
                    continue
                deadline = self._heap[0][0]
                wait = deadline - time.monotonic()
                if wait > 0:
                    self._sleeping_until = deadline
                    self._cond.wait(wait)
                    self._sleeping_until = -math.inf  # awake: a new attempt need not wake it
                    continue
                _, _, guard = heapq.heappop(self._heap)
            guard.cut("deadline")


WATCHDOG: Final = Watchdog()
_current = threading.local()


class _WatchedMixin:
    """Tells the attempt's guard which connection carries it (so it can be cut off)."""

    def request(self, *args: Any, **kwargs: Any) -> Any:
        guard: Guard | None = getattr(_current, "guard", None)
        if guard is not None:
            with guard.lock:
                guard.conn = self
                fired = guard.fired
            if fired:
                raise requests.ConnectionError("the call was cut off before it was sent")
        return super().request(*args, **kwargs)  # type: ignore[misc]


class _WatchedHTTPConnection(_WatchedMixin, HTTPConnection):
    pass


class _WatchedHTTPSConnection(_WatchedMixin, HTTPSConnection):
    pass


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class _PoolAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }


def make_session(pool_size: int) -> requests.Session:
    """A session whose connection pool holds ``pool_size`` connections per host (one per
    worker: the default 10 logs "Connection pool is full" and reconnects beyond that)."""
    session = requests.Session()
    session.trust_env = False  # no proxies or .netrc credentials picked up from the system
    adapter = _PoolAdapter(pool_connections=4, pool_maxsize=max(1, pool_size), max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


# ------------------------------------------------------------------ calls


@dataclass(frozen=True)
class HttpReply:
    status: int
    headers: Mapping[str, str]
    body: bytes
    attempts: int


class CallError(Exception):
    """An attempt or a call failed.  ``transient`` errors may succeed when retried."""

    def __init__(self, message: str, *, transient: bool = False,
                 retry_after: float | None = None, status: int | None = None,
                 body: bytes | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.transient = transient
        self.retry_after = retry_after
        self.status = status
        self.body = body


class Aborted(CallError):
    """The run was cancelled or the program is closing: no answer.  ``in_flight``: the
    attempt was cut off after its request went out; ``attempts_sent`` (set by
    :func:`call`): how many requests of this call reached the source — each of them must
    still end as a log row (the engine records the cut-off check with this reason)."""

    def __init__(self, message: str, *, in_flight: bool = False) -> None:
        super().__init__(message)
        self.in_flight = in_flight
        self.attempts_sent = 0


@dataclass
class CallContext:
    """Where an attempt registers so a run's cancel can cut off calls in flight."""

    guards: set[Guard] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    aborted: str | None = None

    def abort(self, reason: str) -> None:
        with self.lock:
            self.aborted = reason
            guards = list(self.guards)
        for guard in guards:
            guard.cut(reason)

    @contextlib.contextmanager
    def attempt(self, deadline: float) -> Iterator[Guard]:
        guard = Guard(deadline)
        with self.lock:
            if self.aborted is not None:
                raise Aborted(self.aborted)
            self.guards.add(guard)
        _current.guard = guard
        WATCHDOG.watch(guard)
        try:
            yield guard
        finally:
            with guard.lock:
                guard.done = True
            _current.guard = None
            with self.lock:
                self.guards.discard(guard)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _deadline_error(deadline_s: float, attempts: int) -> CallError:
    tries = f" ({attempts} attempts)" if attempts > 1 else ""
    return CallError(
        f"no answer within the deadline of {deadline_s:g} s{tries}; the status source is "
        "slow or not answering (raise checks.deadline_seconds if it is only slow)"
    )


def _one_attempt(
    session: requests.Session, ctx: CallContext, method: str, url: str,
    headers: Mapping[str, str], body: bytes | None, deadline: float, deadline_s: float,
) -> HttpReply:
    left = deadline - time.monotonic()
    if left <= 0:
        raise _deadline_error(deadline_s, 1)
    with ctx.attempt(deadline) as guard:
        try:
            resp = session.request(
                method, url, headers=dict(headers), data=body, stream=True,
                allow_redirects=False,
                timeout=(min(CONNECT_TIMEOUT, left), left),
            )
            try:
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_content(8192):
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > MAX_BODY:
                        raise CallError(
                            f"the answer is larger than {MAX_BODY // 1024} KiB; this does not "
                            "look like a status source"
                        )
                    if time.monotonic() > deadline:
                        guard.cut("deadline")
                        break
                if guard.fired:
                    raise requests.ConnectionError("cut off")
                data = b"".join(chunks)
            finally:
                resp.close()
        except requests.RequestException as exc:
            if guard.fired:
                if guard.reason != "deadline":
                    raise Aborted(guard.reason, in_flight=True) from None
                raise _deadline_error(deadline_s, 1) from None
            if isinstance(exc, requests.Timeout) and not isinstance(
                exc, requests.ConnectTimeout
            ):
                raise _deadline_error(deadline_s, 1) from None
            raise CallError(_describe(exc), transient=True) from None
    status = resp.status_code
    if status in TRANSIENT_STATUSES:
        raise CallError(
            f"HTTP {status} {resp.reason or ''}".strip(), transient=True,
            retry_after=_retry_after(resp.headers.get("Retry-After")), status=status, body=data,
        )
    return HttpReply(status, dict(resp.headers), data, 1)


def _describe(exc: requests.RequestException) -> str:
    if isinstance(exc, requests.ConnectTimeout):
        return "could not connect in time (connection timed out)"
    if isinstance(exc, requests.ConnectionError):
        text = str(exc)
        if "refused" in text.lower():
            return "connection refused: nothing is listening at the status source's address"
        if "reset" in text.lower() or "aborted" in text.lower() or "closed" in text.lower():
            return "the status source closed the connection without an answer"
        if "resolve" in text.lower() or "name or service" in text.lower():
            return "the status source's host name cannot be resolved"
        return "connection failed: the status source cannot be reached"
    return f"request failed ({type(exc).__name__})"


def call(
    session: requests.Session,
    method: str,
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    body: bytes | None = None,
    deadline_s: float,
    ctx: CallContext | None = None,
    before_attempt: Callable[[float], bool] | None = None,
    sleep: Callable[[float], bool] | None = None,
) -> HttpReply:
    """One call with retries, all of it inside ``deadline_s`` seconds of wall-clock time.

    ``before_attempt(deadline)`` is called before each retry (a rate limiter); it returns
    False when the deadline passed while waiting.  ``sleep(seconds)`` waits between attempts
    and returns False when woken early (cancel).  Raises :class:`CallError` (or
    :class:`Aborted`) with a readable message.
    """
    context = ctx or CallContext()
    deadline = time.monotonic() + deadline_s
    attempts = 0
    last: CallError | None = None
    while True:
        attempts += 1
        try:
            reply = _one_attempt(session, context, method, url, headers or {}, body, deadline,
                                 deadline_s)
            return HttpReply(reply.status, reply.headers, reply.body, attempts)
        except Aborted as exc:
            exc.attempts_sent = attempts if exc.in_flight else attempts - 1
            raise
        except CallError as exc:
            last = exc
            if not exc.transient or attempts >= MAX_ATTEMPTS:
                break
        wait = min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** (attempts - 1))
        # Jitter, so that workers do not retry in step (not a secret: any generator will do).
        wait *= 0.75 + random.random() / 2  # nosec B311
        if last.retry_after is not None:
            wait = max(wait, last.retry_after)
        left = deadline - time.monotonic()
        if wait >= left:
            if last.retry_after is not None and last.retry_after >= left:
                last.message += (
                    f" (the source asked to retry after {last.retry_after:g} s, beyond the "
                    "deadline)"
                )
            break
        if sleep is not None:
            if not sleep(wait):
                stopped = Aborted(context.aborted or "cancelled")
                stopped.attempts_sent = attempts
                raise stopped
        else:
            time.sleep(wait)
        if before_attempt is not None and not before_attempt(deadline):
            break
    assert last is not None
    if attempts > 1:
        last.message += f" after {attempts} attempts"
    raise last
