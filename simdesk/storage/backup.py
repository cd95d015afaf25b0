"""Online backup and restore of the SQLite database (sqlite3's backup API).

Both work while the process has the database open in WAL mode.  A backup is written under a
temporary name in its target folder and renamed at the end, so a failure never leaves half a
file.  PostgreSQL databases are backed up with the server's own tools (pg_dump).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import peewee

from simdesk.errors import ConfigurationError, ValidationError
from simdesk.storage import failures, migrations
from simdesk.storage.db import current_database
from simdesk.storage.files import (
    BACKUP_FOLDER,
    SQLITE_HEADER,
    copy_sqlite,
    guard_output,
    unique_path,
)

__all__ = ["BACKUP_FOLDER", "RestoreReport", "backup_database", "restore_database",
           "validate_backup_file"]

REQUIRED_TABLES: Final = ("schema_version", "simcard", "shop")


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


def backup_database(dest: Path | None = None, *, data_dir: Path) -> Path:
    """Copy the open database to ``dest`` (default: ``data_dir/backups/simdesk-<time>.sqlite``).

    Returns the path written.  An existing folder receives a file with the default name; an
    existing file that is a database (another data folder's, an earlier backup, the seed's
    copy) is refused by ``guard_output``, any other existing file is replaced.
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
        copy_sqlite(db, target)
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


def _refuse(path: Path, reason: str) -> ValidationError:
    return ValidationError(
        f"{path} is not a simdesk backup: {reason}. Choose a file written by "
        "'Back up database' (simdesk-YYYYmmdd-HHMMSS.sqlite).",
        fields={"path": reason},
        code="not_a_backup",
        details={"path": str(path)},
    )


def _open_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def validate_backup_file(path: Path) -> int:
    """Check that ``path`` is a sound simdesk database this program can read; its version."""
    path = Path(path).expanduser()
    if not path.exists():
        raise _refuse(path, "the file does not exist")
    if not path.is_file():
        raise _refuse(path, "it is not a file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise _refuse(path, f"it cannot be read ({exc.strerror or exc})") from exc
    if header != SQLITE_HEADER:
        raise _refuse(path, "it is not an SQLite database file")
    try:
        conn = _open_readonly(path)
    except sqlite3.Error as exc:
        raise _refuse(path, f"it cannot be opened ({exc})") from exc
    try:
        try:
            tables = {
                str(row[0])
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        except sqlite3.Error as exc:
            raise _refuse(path, f"it is damaged ({exc})") from exc
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise _refuse(
                path, f"not a simdesk database (it has no {', '.join(missing)} table)"
            )
        try:
            problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)")]
        except sqlite3.Error as exc:
            raise _refuse(path, f"it is damaged ({exc})") from exc
        if problems != ["ok"]:
            raise _refuse(path, f"it is damaged (integrity check: {'; '.join(problems[:3])})")
        try:
            found = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise _refuse(path, f"its schema_version table cannot be read ({exc})") from exc
        if found is None:
            raise _refuse(path, "its schema_version table is empty")
        version = int(found)
        if version > migrations.LATEST_VERSION:
            raise _refuse(
                path,
                f"it has schema version {version}, written by a newer simdesk (this program "
                f"knows versions up to {migrations.LATEST_VERSION}); install the newer simdesk",
            )
        _check_schema(path, conn, version, tables)
    finally:
        conn.close()
    return version


def _check_schema(path: Path, conn: sqlite3.Connection, version: int,
                  tables: set[str]) -> None:
    """Every table and column a database of ``version`` has (``migrations.required_schema``)
    must be there: an "empty shell" with a schema_version table would replace the database
    and leave every command failing."""
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
            raise _refuse(path, f"its table {table} cannot be read ({exc})") from exc
        missing_columns.extend(f"{table}.{c}" for c in sorted(required[table] - present))
    lacks = []
    if missing_tables:
        lacks.append(f"the table(s) {', '.join(missing_tables)}")
    if missing_columns:
        lacks.append(f"the column(s) {', '.join(missing_columns)}")
    if lacks:
        raise _refuse(path, f"it lacks {' and '.join(lacks)} that a simdesk database of "
                            f"schema version {version} has (an incomplete or hand-made copy)")


def restore_database(src: Path, *, data_dir: Path) -> RestoreReport:
    """Replace the open database's contents with ``src``, after a safety backup.

    The restored schema is then upgraded to the latest version.
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
        )
    safety = backup_database(data_dir=data_dir)
    try:
        src_conn = _open_readonly(src)
        try:
            src_conn.backup(db.connection())
        finally:
            src_conn.close()
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
