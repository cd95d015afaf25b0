"""Online backup and restore of the SQLite database (sqlite3's backup API).

Both work while the process has the database open in WAL mode.  A backup is written under a
temporary name in its target folder and renamed at the end, so a failure never leaves half a
file.  PostgreSQL databases are backed up with the server's own tools (pg_dump).
"""

from __future__ import annotations

import functools
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import peewee

from simdesk.errors import BusyError, ConfigurationError, Problem, ValidationError
from simdesk.storage import db as storage_db
from simdesk.storage import failures, migrations, models
from simdesk.storage.db import current_database
from simdesk.storage.files import (
    BACKUP_FOLDER,
    SQLITE_HEADER,
    copy_pages,
    copy_sqlite,
    guard_output,
    unique_path,
)

__all__ = ["BACKUP_FOLDER", "RestoreReport", "backup_database", "restore_database",
           "validate_backup_file"]

REQUIRED_TABLES: Final = ("schema_version", "simcard", "shop")
# While restoring, SQLite's busy handler on the live database waits this long per try; the
# tries go on until storage.db.WRITE_WAIT_SECONDS have passed, then the restore gives up.
_RESTORE_BUSY_MS: Final = 200


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    safety_backup: Path
    schema_version: int  # of the restored file, before it was upgraded to the latest version


def _live_sqlite() -> tuple[peewee.SqliteDatabase, Path | None]:
    """The open database, which must be SQLite, and its file (None when in memory)."""
    db = current_database()
    if not isinstance(db, peewee.SqliteDatabase):
        raise ConfigurationError(
            "Backup and restore from simdesk work only with the SQLite database. For "
            "PostgreSQL use the server's tools: pg_dump to back up, pg_restore or psql to "
            "restore.",
            code="backup_not_supported",
        )
    name = str(db.database)
    if not name or name == ":memory:" or name.startswith("file::memory:"):
        return db, None
    return db, Path(name).resolve()


def _same_file(a: Path, b: Path | None) -> bool:
    if b is None:
        return False
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def _default_destination(data_dir: Path) -> Path:
    return _unique_name(data_dir / BACKUP_FOLDER)


def _unique_name(folder: Path) -> Path:
    """``folder/simdesk-YYYYmmdd-HHMMSS.sqlite``, with -2, -3 … when that exists."""
    return unique_path(lambda stamp: folder / f"simdesk-{stamp}.sqlite")


Progress = Callable[[int, int], None]  # progress(done, total): pages copied of the total


def backup_database(dest: Path | None = None, *, data_dir: Path,
                    check: Callable[[], None] | None = None,
                    progress: Progress | None = None) -> Path:
    """Copy the open database to ``dest`` (default: ``data_dir/backups/simdesk-<time>.sqlite``).

    Returns the path written.  An existing folder receives a file with the default name; an
    existing file that is a database (another data folder's, an earlier backup, the seed's
    copy) is refused by ``guard_output``, any other existing file is replaced.  ``check``
    (Cancel) may raise before the copy is renamed into place: then nothing is written.
    ``progress(done, total)`` is told the pages copied of the database's pages.
    """
    db, _live_file = _live_sqlite()
    if dest is None:
        target = _default_destination(Path(data_dir))
    else:
        target = Path(dest).expanduser()
        if target.is_dir():
            target = _unique_name(target)
        target = target.resolve()
    guard_output(target, backup=True)  # not the live database, not over a kept backup
    if db.in_transaction():
        raise ConfigurationError(
            "Cannot back up the database in the middle of a transaction. Finish the current "
            "operation and try again.",
            code="backup_failed",
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if failures.is_disk_full(exc):
            raise failures.disk_full(target.parent, "No backup was written.") from exc
        raise ConfigurationError(
            f"Cannot create the backup folder {target.parent}: {exc.strerror or exc}. "
            "Choose another folder for the backup.",
            code="backup_failed",
        ) from exc
    try:
        copy_sqlite(db, target, check=check, progress=progress)
    except (OSError, sqlite3.Error, peewee.PeeweeException) as exc:
        if failures.is_disk_full(exc):
            raise failures.disk_full(target.parent, "No backup was written.") from exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigurationError(
            f"Cannot write the backup {target}: {reason}. Check the free disk space and that "
            "the folder is writable, or choose another place for the backup.",
            code="backup_failed",
            details={"dest": str(target)},
        ) from exc
    return target


def _refuse(path: Path, reason: str, code: str = "backup_damaged",
            **params: object) -> ValidationError:
    """``reason`` in English (the API, the CLI); ``code`` and ``params`` name it for the
    window's translations (gui/problems.py)."""
    reason = Problem(code, reason, **params)
    return ValidationError(
        f"{path} is not a simdesk backup: {reason}. Choose a file written by "
        "'Back up database' (simdesk-YYYYmmdd-HHMMSS.sqlite).",
        fields={"path": reason},
        code="not_a_backup",
        params={"path": str(path), "problem": reason},
        details={"path": str(path)},
    )


def _open_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _page_count(path: Path) -> int:
    conn = _open_readonly(path)
    try:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()


def validate_backup_file(path: Path) -> int:
    """Check that ``path`` is a sound simdesk database this program can read; its version."""
    path = Path(path).expanduser()
    if not path.exists():
        raise _refuse(path, "the file does not exist", "backup_missing")
    if not path.is_file():
        raise _refuse(path, "it is not a file", "backup_not_file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise _refuse(path, f"it cannot be read ({exc.strerror or exc})", "backup_unreadable",
                      detail=str(exc.strerror or exc)) from exc
    if header != SQLITE_HEADER:
        raise _refuse(path, "it is not an SQLite database file", "backup_not_sqlite")
    try:
        conn = _open_readonly(path)
    except sqlite3.Error as exc:
        raise _refuse(path, f"it cannot be opened ({exc})", "backup_unreadable",
                      detail=str(exc)) from exc
    try:
        try:
            tables = {
                str(row[0])
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        except sqlite3.Error as exc:
            raise _refuse(path, f"it is damaged ({exc})", detail=str(exc)) from exc
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise _refuse(
                path, f"not a simdesk database (it has no {', '.join(missing)} table)",
                "backup_not_simdesk", detail=", ".join(missing))
        try:
            problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)")]
        except sqlite3.Error as exc:
            raise _refuse(path, f"it is damaged ({exc})", detail=str(exc)) from exc
        if problems != ["ok"]:
            raise _refuse(path, f"it is damaged (integrity check: {'; '.join(problems[:3])})",
                          detail="; ".join(problems[:3]))
        try:
            found = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise _refuse(path, f"its schema_version table cannot be read ({exc})",
                          detail=str(exc)) from exc
        if found is None:
            raise _refuse(path, "its schema_version table is empty", detail="schema_version")
        version = int(found)
        if version > migrations.LATEST_VERSION:
            raise _refuse(
                path,
                f"it has schema version {version}, written by a newer simdesk (this program "
                f"knows versions up to {migrations.LATEST_VERSION}); install the newer simdesk",
                "backup_too_new", version=version, latest=migrations.LATEST_VERSION,
            )
        _check_schema(path, conn, version, tables)
    finally:
        conn.close()
    return version


def _check_schema(path: Path, conn: sqlite3.Connection, version: int,
                  tables: set[str]) -> None:
    """Every table and column a database of ``version`` has (``migrations.required_schema``)
    must be there, each with the constraints the program relies on (:func:`_structure`):
    an "empty shell" with a schema_version table, or a copy rebuilt without its keys, would
    replace the database and leave every command failing or wrong."""
    required = migrations.required_schema(version)
    missing_tables = sorted(t for t in required if t not in tables)
    missing_columns: list[str] = []
    for table in sorted(required):
        if table in missing_tables:
            continue
        try:
            present = {str(row[1]) for row in conn.execute(
                f'PRAGMA table_info("{table}")')}
        except sqlite3.Error as exc:
            raise _refuse(path, f"its table {table} cannot be read ({exc})",
                          detail=f"{table}: {exc}") from exc
        missing_columns.extend(f"{table}.{c}" for c in sorted(required[table] - present))
    lacks = []
    if missing_tables:
        lacks.append(f"the table(s) {', '.join(missing_tables)}")
    if missing_columns:
        lacks.append(f"the column(s) {', '.join(missing_columns)}")
    if lacks:
        raise _refuse(path, f"it lacks {' and '.join(lacks)} that a simdesk database of "
                            f"schema version {version} has (an incomplete or hand-made copy)",
                      "backup_incomplete", detail="; ".join([*missing_tables, *missing_columns]))
    try:
        found = _structure(conn, sorted(required))
    except sqlite3.Error as exc:
        raise _refuse(path, f"its tables cannot be read ({exc})", detail=str(exc)) from exc
    problems = _structure_problems(found, required)
    if problems:
        shown = "; ".join(problems[:5]) + ("; …" if len(problems) > 5 else "")
        raise _refuse(path, f"its tables lack constraints that a simdesk database of schema "
                            f"version {version} has ({shown}; an incomplete or hand-made "
                            "copy)", "backup_incomplete", detail=shown)


class _LiveBusy(Exception):
    def __init__(self, waited: float) -> None:
        super().__init__(waited)
        self.waited = waited


def _copy_into_live(source: sqlite3.Connection, live: sqlite3.Connection,
                    progress: Progress | None = None) -> None:
    """Copy ``source`` over the live database with the backup API, waiting at most
    ``WRITE_WAIT_SECONDS`` for another program's write lock (sqlite3's backup otherwise
    retries a busy database for ever); raises _LiveBusy when that time is up."""
    began = time.monotonic()
    deadline = began + storage_db.WRITE_WAIT_SECONDS

    def busy(_status: int) -> None:
        if time.monotonic() >= deadline:
            raise _LiveBusy(time.monotonic() - began)

    previous = int(live.execute("PRAGMA busy_timeout").fetchone()[0])
    live.execute(f"PRAGMA busy_timeout = {_RESTORE_BUSY_MS}")
    try:
        copy_pages(source, live, progress, busy)
    finally:
        live.execute(f"PRAGMA busy_timeout = {previous}")


@dataclass(frozen=True)
class _Shape:
    """What the program relies on in one table: per column (NOT NULL, part of the primary
    key), the column sets that are unique, the foreign keys (column, table, column,
    ON DELETE)."""

    columns: dict[str, tuple[bool, bool]]
    unique: frozenset[tuple[str, ...]]
    foreign: frozenset[tuple[str, str, str, str]]


def _structure(conn: sqlite3.Connection, tables: list[str]) -> dict[str, _Shape]:
    shapes: dict[str, _Shape] = {}
    for table in tables:
        info = list(conn.execute(f'PRAGMA table_info("{table}")'))
        columns = {str(r[1]): (bool(r[3]), int(r[5]) > 0) for r in info}
        unique: set[tuple[str, ...]] = set()
        key = tuple(str(r[1]) for r in sorted((r for r in info if int(r[5]) > 0),
                                              key=lambda r: int(r[5])))
        if key:
            unique.add(key)
        for row in conn.execute(f'PRAGMA index_list("{table}")'):
            if int(row[2]) and not int(row[4] if len(row) > 4 else 0):  # unique, not partial
                unique.add(tuple(str(r[2]) for r in conn.execute(
                    f'PRAGMA index_info("{row[1]}")')))
        foreign = frozenset(
            (str(r[3]), str(r[2]), str(r[4]), str(r[6]).upper())
            for r in conn.execute(f'PRAGMA foreign_key_list("{table}")'))
        shapes[table] = _Shape(columns, frozenset(unique), foreign)
    return shapes


@functools.lru_cache(maxsize=1)
def _reference() -> dict[str, _Shape]:
    """The latest schema's shapes, from a new database made from the models in memory."""
    reference = peewee.SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    try:
        with reference.bind_ctx(models.ALL_MODELS):
            reference.create_tables(models.ALL_MODELS)
        return _structure(reference.connection(), reference.get_tables())
    finally:
        reference.close()


def _structure_problems(found: dict[str, _Shape],
                        required: dict[str, frozenset[str]]) -> list[str]:
    """What ``found`` lacks of the reference, within the tables and columns of ``required``
    (an older version is the latest without what later steps add; the steps add no
    constraint to an existing column)."""
    problems: list[str] = []
    reference = _reference()
    for table in sorted(required):
        want, have, columns = reference.get(table), found[table], required[table]
        if want is None:
            continue
        for column in sorted(columns):
            notnull, primary = want.columns.get(column, (False, False))
            has_notnull, has_primary = have.columns.get(column, (False, False))
            if primary and not has_primary:
                problems.append(f"{table}.{column} is not its primary key")
            elif notnull and not (has_notnull or has_primary):
                problems.append(f"{table}.{column} is not NOT NULL")
        for key in sorted(want.unique):
            if set(key) <= columns and key not in have.unique:
                problems.append(f"{table}({', '.join(key)}) is not unique")
        for column, other, other_column, on_delete in sorted(want.foreign):
            if column in columns and other in required and not any(
                    f[:3] == (column, other, other_column) and f[3] == on_delete
                    for f in have.foreign):
                problems.append(f"{table}.{column} does not reference {other}.{other_column} "
                                f"(ON DELETE {on_delete})")
    return problems


def _restore_progress(progress: Progress, src_pages: int) -> tuple[Progress, Progress]:
    """Two progress functions, for the safety backup then the copy into the live database,
    that tell ``progress`` one count over both."""
    live_pages = 0

    def into_safety(done: int, total: int) -> None:
        nonlocal live_pages
        live_pages = total
        progress(done, total + src_pages)

    def into_live(done: int, total: int) -> None:
        progress(live_pages + done, live_pages + total)

    return into_safety, into_live


def restore_database(src: Path, *, data_dir: Path,
                     check: Callable[[], None] | None = None,
                     progress: Progress | None = None) -> RestoreReport:
    """Replace the open database's contents with ``src``, after a safety backup.

    The restored schema is then upgraded to the latest version.  ``check`` (Cancel) is
    called after the file was validated and after the safety backup; once the copy into the
    live database has begun the restore is not stopped (a half-copied database would be
    neither the old one nor the backup).  ``progress(done, total)`` is told the pages
    copied of those to copy: the live database's into the safety backup, then the file's.
    """
    src = Path(src).expanduser()
    db, live_file = _live_sqlite()
    version = validate_backup_file(src)
    if _same_file(src, live_file):
        raise ValidationError(
            f"{src} is the live database itself; there is nothing to restore. Choose a "
            "backup file.",
            fields={"path": "is the live database file"},
            code="not_a_backup",
            params={"path": str(src)},
        )
    if check is not None:
        check()
    into_safety: Progress | None = None
    into_live: Progress | None = None
    if progress is not None:
        into_safety, into_live = _restore_progress(progress, _page_count(src))
    safety = backup_database(data_dir=data_dir, progress=into_safety)
    if check is not None:
        check()  # the last moment: the safety backup stays, the database is untouched
    try:
        src_conn = _open_readonly(src)
        try:
            _copy_into_live(src_conn, db.connection(), into_live)
        finally:
            src_conn.close()
    except _LiveBusy as busy:
        raise BusyError(
            f"The database is busy: another program kept its write lock for "
            f"{busy.waited:.0f} s, so nothing was restored and the database was left as it "
            f"was (a copy of it is in {safety}). Close the other program (another simdesk "
            "window or server, or a database tool) and try again.",
            retry_after=storage_db.BUSY_RETRY_AFTER,
            details={"src": str(src), "safety_backup": str(safety)},
        ) from None
    except (sqlite3.Error, peewee.PeeweeException) as exc:
        if failures.is_disk_full(exc):
            where = live_file.parent if live_file is not None else data_dir
            raise failures.disk_full(where, f"The database was left as it was; a copy of it "
                                            f"is in {safety}.") from exc
        raise ConfigurationError(
            f"Restoring from {src} failed: {exc}. The database was left as it was; a copy of "
            f"it is in {safety}. Close other simdesk windows and servers and try again.",
            code="restore_failed",
            details={"src": str(src), "safety_backup": str(safety)},
        ) from exc
    migrations.migrate(db)
    return RestoreReport(restored_from=src.resolve(), safety_backup=safety, schema_version=version)
