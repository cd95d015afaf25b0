"""Database connection: SQLite by default, any playhouse.db_url URL (PostgreSQL) on request.

Models bind to ``database_proxy``; ``open_database`` initialises it once per process (the GUI,
both HTTP servers and the command line share it).  Peewee keeps one connection per thread.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import threading
import time
import weakref
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Final

import peewee
import platformdirs
from playhouse import db_url

from simdesk.errors import BusyError, ConfigurationError
from simdesk.masking import mask_url, mask_url_in_text

APP_NAME = "simdesk"
DB_FILENAME = "simcard_db.sqlite"
ENV_DATA_DIR = "SIMDESK_DATA_DIR"
ENV_DATABASE_URL = "SIMDESK_DATABASE_URL"

database_proxy = peewee.DatabaseProxy()

_writes = itertools.count(1)
_write_generation = 0


def write_generation() -> int:
    """A number that changes after every write this process makes to the database (a
    committed transaction or a statement other than SELECT/PRAGMA).  Caches of query results
    compare it; changes by other processes are seen through ``PRAGMA data_version``."""
    return _write_generation


def _bump() -> None:
    global _write_generation
    _write_generation = next(_writes)


class SqliteDatabase(peewee.SqliteDatabase):
    """Peewee's SqliteDatabase that counts this process's writes (``write_generation``)."""

    def execute_sql(self, sql: str, params: Any = None, commit: Any = None) -> Any:
        try:
            cursor = super().execute_sql(sql, params)
        except peewee.OperationalError as exc:
            if is_locked_error(exc):
                # Another program held the write lock past the busy timeout.
                raise database_busy(other_program=True) from exc
            raise
        if not sql.lstrip()[:6].upper().startswith(("SELECT", "PRAGMA")):
            _bump()
        return cursor

    def commit(self) -> Any:
        try:
            return super().commit()
        finally:
            _bump()


db_url.register_database(SqliteDatabase, "sqlite")

SQLITE_TIMEOUT_SECONDS = 15.0  # SQLite's busy timeout: how long a statement waits for a lock
SQLITE_CACHE_MIB: Final = 32  # page cache of one connection (the statistics need it at 1M)


def sqlite_heap_limit(cpus: int | None = None) -> int:
    """SQLite's memory budget for the whole process, in bytes (``PRAGMA soft_heap_limit``):
    one full page cache per processor (at least 2), at most 512 MiB.  Every thread has its
    own connection and page cache (the 16 worker threads of an API server, the window, the
    jobs); past this budget SQLite reuses a connection's own least recently used pages
    instead of taking more memory, so that a busy day does not leave ``16 x 32 MiB`` of
    cached pages behind while a single big query still gets its whole cache."""
    count = max(2, cpus if cpus is not None else (os.cpu_count() or 2))
    return min(512, SQLITE_CACHE_MIB * count) * 1024 * 1024


# Applied by Peewee to every new connection (one per thread).
SQLITE_PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 1,  # NORMAL: durable at checkpoints, safe with WAL
    "busy_timeout": int(SQLITE_TIMEOUT_SECONDS * 1000),
    "cache_size": -SQLITE_CACHE_MIB * 1000,  # in KiB when negative
    "soft_heap_limit": sqlite_heap_limit(),  # one budget for all the connections
}
PG_WRITE_LOCK = 0x51D_DE5C  # advisory lock key of simdesk's write transactions
# How long one write transaction may wait in all before it gives up with BusyError (503
# ``busy``): first for its turn among this process's writers (a first-come, first-served
# queue), then for the database's own write lock, held by another program — on SQLite
# through the busy timeout (at most SQLITE_TIMEOUT_SECONDS of it), on PostgreSQL through
# ``lock_timeout`` on the advisory lock.
WRITE_WAIT_SECONDS: Final = 30.0
BUSY_RETRY_AFTER: Final = 5  # seconds, the Retry-After of a busy database


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $SIMDESK_DATA_DIR, else the user's data folder."""
    raw = explicit or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    return Path(raw).expanduser().resolve()


def resolve_database_url(explicit: str | None = None) -> str | None:
    return explicit or os.environ.get(ENV_DATABASE_URL) or None


def sqlite_file(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def make_database(data_dir: Path, url: str | None = None) -> peewee.Database:
    """Create (not yet connect) the Database object for a data folder or a URL."""
    if url:
        try:
            db = db_url.connect(url)
        except ImportError as exc:
            raise driver_missing(exc.name) from exc
        except (RuntimeError, ValueError, KeyError) as exc:
            raise ConfigurationError(
                f"Cannot use database URL {redact_url(url)!r}: {redact_text(url, str(exc))}. "
                "Use sqlite:///PATH or postgresql://USER:PASSWORD@HOST:PORT/NAME.",
                code="database_url_invalid",
            ) from exc
        if isinstance(db, peewee.SqliteDatabase):
            db.init(db.database, pragmas=SQLITE_PRAGMAS, timeout=SQLITE_TIMEOUT_SECONDS)
        if isinstance(db, peewee.PostgresqlDatabase) and not postgres_driver_installed():
            raise driver_missing("psycopg2")
        return db
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError(
            f"Cannot create the data folder {data_dir}: {exc.strerror}. "
            "Choose another one with --data-dir or SIMDESK_DATA_DIR.",
            code="data_dir_unusable",
        ) from exc
    return SqliteDatabase(
        str(sqlite_file(data_dir)), pragmas=SQLITE_PRAGMAS, timeout=SQLITE_TIMEOUT_SECONDS
    )


def postgres_driver_installed() -> bool:
    """Peewee found psycopg2 (it imports it once, quietly, and says only "Postgres driver
    not installed!" at the first connection)."""
    return getattr(peewee, "psycopg2", None) is not None


def driver_missing(name: str | None) -> ConfigurationError:
    """The error for a database URL whose driver is not installed."""
    return ConfigurationError(
        f"The database URL needs a driver that is not installed ({name or 'psycopg2'}). "
        "For PostgreSQL install it with: pip install 'simdesk[postgres]' (the installed "
        "program includes it; reinstall simdesk if this appears there).",
        code="database_driver_missing",
    )


def redact_url(url: str) -> str:
    """The URL as it may be shown in messages and logs: its user info and its secret
    parameters (``?password=…``, ``;sslpassword=…``) as ``***`` (``simdesk/masking.py``, as
    the settings show addresses)."""
    return mask_url(url)


def redact_text(url: str | None, text: str) -> str:
    """A message about the database at ``url`` (a driver's error) with every secret of the
    URL in it as ``***``."""
    return mask_url_in_text(url, text) if url else text


def current_database() -> peewee.Database:
    db = database_proxy.obj
    if db is None:
        raise ConfigurationError("The database is not open.", code="database_closed")
    return db


def is_sqlite(db: peewee.Database | None = None) -> bool:
    return isinstance(db or current_database(), peewee.SqliteDatabase)


def bind(db: peewee.Database) -> None:
    database_proxy.initialize(db)


def unbind() -> None:
    _close_watcher()
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()
    database_proxy.initialize(None)


@contextmanager
def thread_connection() -> Iterator[None]:
    """Work on a thread of its own (a job, a check run, the schedule): Peewee opens this
    thread's connection at the first query; it is closed when the block ends, whatever
    happens, so that finished threads leave no connection (and no SQLite file handle)
    behind.  A database closed meanwhile (the program is ending) is not an error here."""
    try:
        yield
    finally:
        db = database_proxy.obj
        if db is not None and not db.is_closed():
            # A transaction left open by a crash is dropped with the connection.
            with suppress(peewee.PeeweeException):
                db.close()


class WriteQueue:
    """The line of this process's writers to one database: a first-come, first-served lock.

    A writer that finds the lock taken waits behind the writers already waiting, and the
    one releasing it hands it straight to the first of them (nobody can cut in).  The thread
    holding it may take it again (nested write transactions are savepoints).  Writers in
    the process therefore never meet on SQLite's busy handler, which lets whoever polls at
    the right moment in (so a writer could wait for ever behind later ones) and gives up
    after its timeout however short the line ahead was."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._owner: int | None = None  # thread ident of the holder
        self._depth = 0
        self._line: deque[tuple[int, threading.Event]] = deque()

    def acquire(self, timeout: float) -> bool:
        """Wait at most ``timeout`` seconds for the turn; False when it did not come."""
        me = threading.get_ident()
        with self._mutex:
            if self._owner == me:
                self._depth += 1
                return True
            if self._owner is None:
                self._owner, self._depth = me, 1
                return True
            turn = threading.Event()
            self._line.append((me, turn))
        try:
            turn.wait(max(0.0, timeout))
        except BaseException:  # Ctrl+C while waiting: leave the line, or pass the turn on
            with self._mutex:
                granted = turn.is_set()
                if not granted:
                    self._line.remove((me, turn))
            if granted:
                self.release()
            raise
        with self._mutex:
            if turn.is_set():  # handed over, perhaps just as the wait ended
                return True
            self._line.remove((me, turn))
            return False

    def release(self) -> None:
        with self._mutex:
            if self._owner != threading.get_ident():
                raise RuntimeError("the write turn is released by a thread that does not hold it")
            self._depth -= 1
            if self._depth:
                return
            if self._line:
                self._owner, turn = self._line.popleft()
                self._depth = 1
                turn.set()
            else:
                self._owner = None

    @property
    def waiting(self) -> int:
        """How many writers wait in line (for tests and diagnostics)."""
        with self._mutex:
            return len(self._line)

    def held_here(self) -> bool:
        """Whether the calling thread holds the turn."""
        with self._mutex:
            return self._owner == threading.get_ident()


_queues: weakref.WeakKeyDictionary[peewee.Database, WriteQueue] = weakref.WeakKeyDictionary()
_queues_lock = threading.Lock()


def write_queue(db: peewee.Database | None = None) -> WriteQueue:
    """The line of this process's writers to ``db`` (the current database)."""
    if db is None:
        db = current_database()
    with _queues_lock:
        queue = _queues.get(db)
        if queue is None:
            queue = _queues[db] = WriteQueue()
        return queue


def is_locked_error(exc: BaseException) -> bool:
    """SQLite's "database is locked" (another connection kept the write lock past the busy
    timeout) or PostgreSQL's lock timeout, as the driver or Peewee raised it — statements
    run on the driver's own cursor (``storage.rows``, the check writer) raise psycopg2's
    ``LockNotAvailable`` itself, not Peewee's wrapper of it."""
    cause = getattr(exc, "orig", None) or exc  # the driver's own exception under Peewee's
    if getattr(cause, "pgcode", None) == "55P03":  # lock_not_available
        return True
    return (isinstance(exc, (peewee.OperationalError, sqlite3.OperationalError))
            and "database is locked" in str(exc).lower())


def database_busy(*, other_program: bool, waited: float | None = None) -> BusyError:
    """The BusyError of a write that could not get the database in time."""
    if other_program:
        why = "another program kept the database's write lock"
    else:
        why = "other writes of this program were ahead in line"
    if waited is not None:
        why += f" for {waited:.0f} s"
    return BusyError(
        f"The database is busy: {why}. Nothing was changed; try again in a moment.",
        retry_after=BUSY_RETRY_AFTER)


@contextmanager
def write_tx() -> Iterator[None]:
    """A write transaction, waited for at most WRITE_WAIT_SECONDS in all (else BusyError).

    First the writer takes its turn in this process's line (``write_queue``): in arrival
    order, never spinning.  Then, holding it, it begins the transaction: on SQLite
    IMMEDIATE, so that a transaction that reads before it writes takes the write lock up
    front (a DEFERRED one fails with "database is locked" under concurrency) — at once
    unless another program holds it, which is waited for through the busy timeout.
    PostgreSQL gets a plain BEGIN (it refuses that keyword) and a transaction-level
    advisory lock with the same effect, waited for under ``lock_timeout``.  Nested calls
    are savepoints inside the running transaction."""
    db = current_database()
    if db.in_transaction():
        with db.atomic():  # a savepoint inside the running write transaction
            yield
        return
    queue = write_queue(db)
    began = time.monotonic()
    deadline = began + WRITE_WAIT_SECONDS
    if not queue.acquire(WRITE_WAIT_SECONDS):
        raise database_busy(other_program=False, waited=time.monotonic() - began)
    try:
        with _transaction(db, deadline):
            yield
    except Exception as exc:  # Peewee's errors, or the driver's from its own cursor
        if is_locked_error(exc):
            raise database_busy(other_program=True, waited=time.monotonic() - began) from exc
        raise
    finally:
        queue.release()


@contextmanager
def _transaction(db: peewee.Database, deadline: float) -> Iterator[None]:
    """The outermost write transaction, begun with the database's own write lock waited for
    until ``deadline`` at most."""
    left = deadline - time.monotonic()
    if isinstance(db, peewee.SqliteDatabase):
        # Long in line: wait for another program's lock only for what is left of the time.
        shortened = left < SQLITE_TIMEOUT_SECONDS
        if shortened:
            _busy_timeout(db, left)
        try:
            with db.atomic("IMMEDIATE"):
                if shortened:
                    shortened = False
                    _busy_timeout(db, SQLITE_TIMEOUT_SECONDS)
                yield
        finally:
            if shortened:  # BEGIN failed
                _busy_timeout(db, SQLITE_TIMEOUT_SECONDS)
        return
    with db.atomic():
        if isinstance(db, peewee.PostgresqlDatabase):
            # The same guarantee as SQLite's IMMEDIATE: one simdesk write transaction at a
            # time (else two offices assigning "the 25 oldest cards" at once would both take
            # the same cards under READ COMMITTED).  Released at commit.  Waited for at most
            # what is left of WRITE_WAIT_SECONDS.  The rest of the transaction keeps a bound
            # too: a row another client (psql, another program) holds locked would otherwise
            # be waited for without end; every lock wait of this transaction ends in
            # lock_not_available -> BusyError after WRITE_WAIT_SECONDS at most.
            ms = max(1, int(left * 1000))
            db.execute_sql(f"SET LOCAL lock_timeout = {ms}; "
                           "SELECT pg_advisory_xact_lock(%s); "
                           f"SET LOCAL lock_timeout = {int(WRITE_WAIT_SECONDS * 1000)}",
                           (PG_WRITE_LOCK,))
        yield


def _busy_timeout(db: peewee.SqliteDatabase, seconds: float) -> None:
    db.connection().execute(f"PRAGMA busy_timeout = {max(1, int(seconds * 1000))}")


def release_connection_memory() -> bool:
    """Free what this thread's SQLite connection keeps in memory (its page cache:
    ``PRAGMA shrink_memory``), e.g. after a job that went through many pages; the next
    queries read their pages again (from the operating system's file cache).  True when
    there was an open SQLite connection to shrink; nothing to do on PostgreSQL."""
    db = database_proxy.obj
    if not isinstance(db, peewee.SqliteDatabase) or db.is_closed():
        return False
    try:
        db.connection().execute("PRAGMA shrink_memory")
    except sqlite3.Error:  # closed or busy meanwhile: housekeeping, not worth failing for
        return False
    return True


def placeholder(db: peewee.Database | None = None) -> str:
    """The DB-API parameter marker of the current database ('?' or '%s')."""
    return str((db or current_database()).param)


# How long a write by another program may go unnoticed by change_state (and the caches it
# keeps valid: card totals, page anchors); this process's writes are seen at once.
WATCH_SECONDS: Final = 0.25


class _Watcher:
    """A read-only connection of its own to an SQLite file, asked ``PRAGMA data_version``:
    its value changes after every commit by any other connection — this process's worker
    threads and other programs alike — so one number tells every thread whether the
    database changed (each worker's own connection would tell only about the others)."""

    serials = itertools.count(1)

    def __init__(self, db: peewee.SqliteDatabase) -> None:
        self.db = db
        self.serial = next(self.serials)
        self.lock = threading.Lock()
        self._last = (0, 0.0)  # (data_version, monotonic time until which it is taken)
        self.conn = sqlite3.connect(
            Path(db.database).resolve().as_uri() + "?mode=ro", uri=True,
            check_same_thread=False, timeout=SQLITE_TIMEOUT_SECONDS)

    def version(self) -> int:
        """``data_version``, asked at most once per ``WATCH_SECONDS`` for all threads:
        asking on every call made the threads of a busy API queue on this connection (a
        page of cards asks twice; 8 threads answered fewer pages than one).  This process's
        own writes need no asking (``write_generation`` is part of ``change_state``)."""
        value, fresh_until = self._last
        if time.monotonic() < fresh_until:
            return value
        with self.lock:
            value, fresh_until = self._last
            now = time.monotonic()
            if now < fresh_until:  # another thread asked meanwhile
                return value
            value = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
            self._last = (value, now + WATCH_SECONDS)
            return value

    def close(self) -> None:
        with self.lock:
            self.conn.close()


_watcher: _Watcher | None = None
_watcher_lock = threading.Lock()


def change_state() -> tuple[int, int, int] | None:
    """A value that changes after every write to the open SQLite database: at once for
    this process's writes, within ``WATCH_SECONDS`` for another program's (``None`` for
    PostgreSQL and in-memory databases: nothing to watch).  Caches
    shared by threads (counts and page anchors of lists) are valid while it stays equal;
    read it *before* reading the data a cache entry keeps."""
    global _watcher
    db = current_database()
    if not isinstance(db, peewee.SqliteDatabase) or db.database in ("", ":memory:"):
        return None
    watcher = _watcher
    if watcher is None or watcher.db is not db:
        with _watcher_lock:
            if _watcher is None or _watcher.db is not db:
                if _watcher is not None:
                    _watcher.close()
                try:
                    _watcher = _Watcher(db)
                except sqlite3.Error:
                    return None
            watcher = _watcher
    try:
        version = watcher.version()
    except sqlite3.Error:
        return None
    return watcher.serial, write_generation(), version


def _close_watcher() -> None:
    global _watcher
    with _watcher_lock:
        if _watcher is not None:
            _watcher.close()
            _watcher = None
