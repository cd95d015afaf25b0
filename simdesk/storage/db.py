"""Database connection: SQLite by default, any playhouse.db_url URL (PostgreSQL) on request.

Models bind to ``database_proxy``; ``open_database`` initialises it once per process (the GUI,
both HTTP servers and the command line share it).  Peewee keeps one connection per thread.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import peewee
import platformdirs
from playhouse import db_url

from simdesk.errors import ConfigurationError

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
        cursor = super().execute_sql(sql, params)
        if not sql.lstrip()[:6].upper().startswith(("SELECT", "PRAGMA")):
            _bump()
        return cursor

    def commit(self) -> Any:
        try:
            return super().commit()
        finally:
            _bump()


db_url.register_database(SqliteDatabase, "sqlite")

# Applied by Peewee to every new connection (one per thread).
SQLITE_PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 1,  # NORMAL: durable at checkpoints, safe with WAL
    "busy_timeout": 15000,
    "cache_size": -32000,  # 32 MiB
}
SQLITE_TIMEOUT_SECONDS = 15.0
PG_WRITE_LOCK = 0x51D_DE5C  # advisory lock key of simdesk's write transactions


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
            raise ConfigurationError(
                f"The database URL needs a driver that is not installed ({exc.name}). "
                "For PostgreSQL install it with: pip install 'simdesk[postgres]'.",
                code="database_driver_missing",
            ) from exc
        except (RuntimeError, ValueError, KeyError) as exc:
            raise ConfigurationError(
                f"Cannot use database URL {redact_url(url)!r}: {exc}. "
                "Use sqlite:///PATH or postgresql://USER:PASSWORD@HOST:PORT/NAME.",
                code="database_url_invalid",
            ) from exc
        if isinstance(db, peewee.SqliteDatabase):
            db.init(db.database, pragmas=SQLITE_PRAGMAS, timeout=SQLITE_TIMEOUT_SECONDS)
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


def redact_url(url: str) -> str:
    """The URL with its password hidden, for messages and logs."""
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"


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


@contextmanager
def write_tx() -> Iterator[None]:
    """A write transaction.  On SQLite it begins IMMEDIATE so that a transaction that reads
    before it writes takes the write lock up front (a DEFERRED one fails with "database is
    locked" under concurrency).  PostgreSQL gets a plain BEGIN (it refuses that keyword) and
    a transaction-level advisory lock with the same effect.  Nested calls are savepoints."""
    db = current_database()
    if db.in_transaction():
        with db.atomic():  # a savepoint inside the running write transaction
            yield
    elif isinstance(db, peewee.SqliteDatabase):
        with db.atomic("IMMEDIATE"):
            yield
    else:
        with db.atomic():
            if isinstance(db, peewee.PostgresqlDatabase):
                # The same guarantee as SQLite's IMMEDIATE: one simdesk write transaction
                # at a time (else two offices assigning "the 25 oldest cards" at once would
                # both take the same cards under READ COMMITTED).  Released at commit.
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_WRITE_LOCK,))
            yield


def placeholder(db: peewee.Database | None = None) -> str:
    """The DB-API parameter marker of the current database ('?' or '%s')."""
    return str((db or current_database()).param)
