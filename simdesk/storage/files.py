"""The files simdesk writes: the one guard every writer calls before writing, fresh
time-stamped names, a consistent copy of the open SQLite database.

**The guard.**  ``guard_output(path, reading=…, backup=…)`` is called by every piece of code
that writes a file a person named or that lands in the data folder — exports
(``domain/export.py``), rejected-lines reports (``cli.py``), backups (``copy_sqlite``, so
``backup.py``, the seed's copy and the window's daily backup), screenshots
(``tools/screenshots.py``).  It refuses, with a ``ValidationError`` naming the path and why:

- the live database file of the data folder and of the open database (a ``sqlite:///`` URL
  may point elsewhere), and their ``-wal``, ``-shm`` and ``-journal`` files;
- the files being read by the same command (``import X --report X``);
- anything inside the data folder's ``backups`` folder, unless a backup is being written
  there — and even then never over an existing backup.

Paths are compared resolved (symbolic links followed); when both exist, as the same file
(``os.path.samefile``, which also sees hard links and a case-insensitive file system); a
name differing only in case is the same file in a folder that ignores case.
``open_database`` tells the guard which data folder belongs to the open database
(``register_data_folder``).

The lowest module of storage/ besides db.py: of simdesk it imports only db.py and the
errors, so ``backup``, ``seed_import``, ``failures`` and ``database`` can all use it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Final

import peewee

from simdesk.errors import ValidationError
from simdesk.storage.db import DB_FILENAME, database_proxy

BACKUP_FOLDER: Final = "backups"
SIDE_FILES: Final = (
    ("-wal", "write-ahead log"),
    ("-shm", "shared-memory file"),
    ("-journal", "rollback journal"),
)
PARTIAL_MARK: Final = ".partial-"

_registered: tuple[peewee.Database, Path] | None = None  # the open database's data folder


# --------------------------------------------------------------------------------------------
# Names


def unique_path(name_for: Callable[[str], Path]) -> Path:
    """``name_for(stamp)`` with the current time as stamp, adding -2, -3 … when it exists."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = name_for(stamp)
    counter = 2
    while target.exists():
        target = name_for(f"{stamp}-{counter}")
        counter += 1
    return target


def partial_path(target: Path) -> Path:
    """The temporary name ``target`` is written under: hidden, beside it, with our pid."""
    return target.with_name(f".{target.name}{PARTIAL_MARK}{os.getpid()}")


def sqlite_file_of(db: peewee.Database | None) -> Path | None:
    """The file of an SQLite database (None for PostgreSQL or a database in memory)."""
    if not isinstance(db, peewee.SqliteDatabase):
        return None
    name = str(db.database)
    if not name or name == ":memory:" or name.startswith("file::memory:"):
        return None
    return Path(name).resolve()


# --------------------------------------------------------------------------------------------
# The guard


def register_data_folder(db: peewee.Database, folder: Path) -> None:
    """``folder`` is the data folder of ``db`` (called by ``open_database``): its database
    file and its backups folder are protected while ``db`` is the open database."""
    global _registered
    _registered = (db, Path(folder).resolve())


def protected_places() -> tuple[list[Path], Path | None]:
    """The live database files (the data folder's, the open database's) and the backups
    folder of the open database."""
    db = database_proxy.obj
    databases: list[Path] = []
    backups: Path | None = None
    if _registered is not None and db is not None and _registered[0] is db:
        databases.append(_registered[1] / DB_FILENAME)
        backups = _registered[1] / BACKUP_FOLDER
    live = sqlite_file_of(db)
    if live is not None and live not in databases:
        databases.append(live)
    return databases, backups


def guard_output(path: Path | str, *, reading: Iterable[Path | str] = (),
                 backup: bool = False) -> Path:
    """Refuse to write ``path`` when it is one of simdesk's own files (see the module's
    docstring); ``reading`` are the files the same action reads, ``backup`` says that a
    backup is being written.  Returns the path (with ``~`` expanded)."""
    target = Path(path).expanduser()
    resolved = _resolve(target)
    databases, backups = protected_places()
    for live in databases:
        if _same_path(resolved, live):
            raise _refused(target, "is simdesk's live database", "choose another file name")
        for suffix, what in SIDE_FILES:
            if _same_path(resolved, live.with_name(live.name + suffix)):
                raise _refused(target, f"is the {what} of simdesk's live database {live}",
                               "choose another file name")
    for source in reading:
        if _same_path(resolved, _resolve(Path(source).expanduser())):
            raise _refused(target, "is the file being read",
                           "choose another file name for what is written")
    if backups is not None and _inside(resolved, backups):
        if not backup:
            raise _refused(target, f"is inside simdesk's backups folder {backups}, which "
                           "keeps only backups", "choose another folder")
        if resolved.exists():
            raise _refused(target, "is a backup in simdesk's backups folder",
                           "choose a new file name so that it is kept")
    return target


def _refused(path: Path, reason: str, fix: str) -> ValidationError:
    return ValidationError(f"{path} {reason}; {fix}.", fields={"path": reason},
                           code="protected_file", details={"path": str(path)})


def _resolve(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of symbolic links
        return Path(os.path.abspath(path))


def _same_path(a: Path, b: Path) -> bool:
    """Whether the resolved paths ``a`` and ``b`` name the same file (existing or not)."""
    if a == b or os.path.normcase(a) == os.path.normcase(b):
        return True
    with contextlib.suppress(OSError):
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    if a.name.casefold() != b.name.casefold():
        return False
    try:
        same_folder = a.parent == b.parent or os.path.samefile(a.parent, b.parent)
    except OSError:
        return False
    return same_folder and (a.name == b.name or _ignores_case(a.parent))


def _ignores_case(folder: Path) -> bool:
    """Whether ``folder``'s file system sees ``Name`` and ``nAME`` as one file."""
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                other = entry.name.swapcase()
                if other != entry.name:
                    twin = folder / other
                    return twin.exists() and os.path.samefile(entry.path, twin)
    except OSError:
        pass
    return False


def _inside(path: Path, folder: Path) -> bool:
    return any(_same_path(candidate, folder) for candidate in (path, *path.parents))


# --------------------------------------------------------------------------------------------
# Copies of the open database


def copy_sqlite(db: peewee.SqliteDatabase, target: Path) -> None:
    """Copy the open database to ``target`` with SQLite's online backup API (consistent even
    in WAL mode), as one self-contained file (rollback journal).  It is written under a
    temporary name (``partial_path``) and renamed at the end.  Raises ValidationError
    (``guard_output``), OSError or sqlite3.Error."""
    guard_output(target, backup=True)
    temporary = partial_path(target)
    try:
        dest_conn = sqlite3.connect(str(temporary))
        try:
            db.connection().backup(dest_conn)
            dest_conn.execute("PRAGMA journal_mode=DELETE")
            dest_conn.commit()
        finally:
            dest_conn.close()
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
