"""The files simdesk writes: the one guard every writer calls before writing, fresh
time-stamped names, a consistent copy of the open SQLite database, the start-up checks of
the data folder and the removal of what a killed copy left behind.

**The guard.**  ``guard_output(path, reading=…, backup=…)`` is called by every piece of code
that writes a file a person named or that lands in the data folder — exports
(``domain/export.py``), rejected-lines reports (``cli.py``), backups (``copy_sqlite``, so
``backup.py``, the seed's copy and the window's daily backup), screenshots
(``tools/screenshots.py``).  It refuses, with a ``ValidationError`` naming the path and why:

- the live database file of the data folder and of the open database (a ``sqlite:///`` URL
  may point elsewhere), and their ``-wal``, ``-shm`` and ``-journal`` files;
- the files being read by the same command (``import X --report X``);
- anything inside the data folder's ``backups`` folder, unless a backup is being written
  there — and even then never over an existing backup;
- any existing file that is a SQLite database (it starts with SQLite's 16-byte header:
  another data folder's live database, a backup kept elsewhere, another program's), and the
  ``-wal``, ``-shm`` and ``-journal`` files of such a database, whether they exist or not;
- any existing file named like the copy taken before the seed conversion
  (``NAME.seed-backup-YYYYmmdd-HHMMSS``, ``SEED_BACKUP_SUFFIX``), whatever it holds.

The program's own writes of databases never need more: a backup (``copy_sqlite``) and the
seed's copy are written under a new name (``unique_path``) and renamed into place, and a
restore copies into the open database through SQLite, not through a file written here.

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
import errno
import hashlib
import os
import re
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Final

import peewee

from simdesk.errors import Problem, ReadOnlyError, ValidationError
from simdesk.storage.db import DB_FILENAME, database_proxy

BACKUP_FOLDER: Final = "backups"
SIDE_FILES: Final = (
    ("-wal", "write-ahead log"),
    ("-shm", "shared-memory file"),
    ("-journal", "rollback journal"),
)
SQLITE_HEADER: Final = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite file
PARTIAL_MARK: Final = ".partial-"
# The names of what ``copy_sqlite`` writes: backups and the seed's copy (see ``partial_path``).
BACKUP_NAME: Final = r"simdesk-\d{8}-\d{6}(?:-\d+)?\.sqlite"
SEED_BACKUP_SUFFIX: Final = r"\.seed-backup-\d{8}-\d{6}(?:-\d+)?"
_SEED_BACKUP_NAME: Final = re.compile(r".+" + SEED_BACKUP_SUFFIX, re.IGNORECASE)
# …and SQLite's journal of that file while it is written.
# A copy with a progress bar goes this many pages at a time (4 MB of 4 KB pages), or in some
# fifty steps when that is more; a step that finds the database changed by another
# connection starts the copy again (SQLite's rule), so the steps are kept few.
COPY_STEP_PAGES: Final = 1024
COPY_STEPS: Final = 50

_PARTIAL_RE: Final = re.compile(r"\.(?P<name>.+)\.partial-(?P<pid>\d+)(?:-journal)?")
_NOT_WRITABLE: Final = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})

_registered: tuple[peewee.Database, Path] | None = None  # the open database's data folder
_in_flight: set[Path] = set()  # temporary files this process is writing now
_lock = threading.Lock()


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
            raise _refused(target, "is simdesk's live database", "choose another file name",
                           "guard_live_db")
        for suffix, what in SIDE_FILES:
            if _same_path(resolved, live.with_name(live.name + suffix)):
                raise _refused(target, f"is the {what} of simdesk's live database {live}",
                               "choose another file name", "guard_live_side",
                               database=str(live))
    for source in reading:
        if _same_path(resolved, _resolve(Path(source).expanduser())):
            raise _refused(target, "is the file being read",
                           "choose another file name for what is written", "guard_reading")
    if backups is not None and _inside(resolved, backups):
        if not backup:
            raise _refused(target, f"is inside simdesk's backups folder {backups}, which "
                           "keeps only backups", "choose another folder", "guard_backups_folder",
                           folder=str(backups))
        if resolved.exists():
            raise _refused(target, "is a backup in simdesk's backups folder",
                           "choose a new file name so that it is kept", "guard_existing_backup")
    _refuse_databases(target, resolved)
    return target


def _refuse_databases(target: Path, resolved: Path) -> None:
    """Refuse an existing SQLite database, a side file of one, and an existing seed copy —
    whichever data folder or program they belong to."""
    if resolved.exists() and any(_SEED_BACKUP_NAME.fullmatch(name)
                                 for name in (target.name, resolved.name)):
        raise _refused(target, "is the copy of the old server's database taken before its "
                       "conversion to simdesk (a seed backup), which simdesk never writes "
                       "over", "choose another file name", "guard_seed_copy")
    if is_sqlite_database(resolved):
        raise _refused(target, "is an existing SQLite database (another data folder's, a "
                       "backup or another program's), which simdesk never writes over",
                       "choose another file name", "guard_sqlite")
    for suffix, what in SIDE_FILES:
        if resolved.name.endswith(suffix):
            database = resolved.with_name(resolved.name.removesuffix(suffix))
            if is_sqlite_database(database):
                raise _refused(target, f"is the {what} of the SQLite database {database}",
                               "choose another file name", "guard_side_file",
                               database=str(database))


def is_sqlite_database(path: Path) -> bool:
    """Whether ``path`` is a file that starts with SQLite's header (unreadable: no)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _refused(path: Path, reason: str, fix: str, code: str, **params: str) -> ValidationError:
    """``reason`` and ``fix`` in English (the API, the CLI); ``code`` and ``params`` name
    the reason for the window's translations (gui/problems.py)."""
    problem = Problem(code, reason, **params)
    return ValidationError(f"{path} {reason}; {fix}.", fields={"path": problem},
                           code="protected_file", details={"path": str(path)},
                           params={"problem": problem})


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


def copy_pages(source: sqlite3.Connection, target: sqlite3.Connection,
               progress: Callable[[int, int], None] | None = None,
               busy: Callable[[int], None] | None = None) -> None:
    """Copy ``source`` into ``target`` with SQLite's backup API: in one step, or with
    ``progress`` a step of :data:`COPY_STEP_PAGES` (or a fiftieth) at a time, telling it the
    pages copied of the total after each step.  ``busy(status)`` is called when a step finds
    a database busy or locked (it may raise to give up)."""
    pages = -1
    if progress is not None:
        total = int(source.execute("PRAGMA page_count").fetchone()[0])
        pages = max(COPY_STEP_PAGES, -(-total // COPY_STEPS))
    copied = 0

    def step(status: int, remaining: int, total: int) -> None:
        nonlocal copied
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED):
            if busy is not None:
                busy(status)
        elif progress is not None:
            if pages > 0 and total - remaining < copied:
                raise _Restarted  # another connection wrote to the source between steps
            copied = total - remaining
            progress(copied, total)

    try:
        source.backup(target, pages=pages, progress=step, sleep=0.05)
    except _Restarted:
        # Stepping could start over as often as others write: copy it all in one step
        # (what a copy without progress does), which nothing can interrupt.  The aborted
        # copy left the target as it was (its write transaction is rolled back).
        pages = -1
        source.backup(target, pages=pages, progress=step, sleep=0.05)


class _Restarted(Exception):
    """A stepped copy found its source changed and started again from the first page."""


_SQLITE_BUSY: Final = 5
_SQLITE_LOCKED: Final = 6


def copy_sqlite(db: peewee.SqliteDatabase, target: Path, *,
                same_as: Sequence[Path] = (),
                check: Callable[[], None] | None = None,
                progress: Callable[[int, int], None] | None = None) -> Path:
    """Copy the open database to ``target`` with SQLite's online backup API (consistent even
    in WAL mode), as one self-contained file (rollback journal).  It is written under a
    temporary name (``partial_path``) and renamed at the end.  When one of ``same_as`` has
    exactly the content of the copy, the copy is dropped and that file is returned instead;
    otherwise ``target``.  Raises ValidationError (``guard_output``), OSError or
    sqlite3.Error.  ``check`` (Cancel) is called after the copy, before the rename: when it
    raises, the copy is removed and nothing is left behind.  ``progress(done, total)`` is
    told the pages copied (:func:`copy_pages`)."""
    guard_output(target, backup=True)
    temporary = partial_path(target)
    with _lock:
        _in_flight.add(temporary)
    try:
        dest_conn = sqlite3.connect(str(temporary))
        try:
            copy_pages(db.connection(), dest_conn, progress)
            dest_conn.execute("PRAGMA journal_mode=DELETE")
            dest_conn.commit()
        finally:
            dest_conn.close()
        if check is not None:
            check()
        existing = _identical(temporary, same_as)
        if existing is not None:
            temporary.unlink()
            return existing
        os.replace(temporary, target)
        return target
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    finally:
        with _lock:
            _in_flight.discard(temporary)


def _identical(path: Path, candidates: Sequence[Path]) -> Path | None:
    """The first of ``candidates`` with the same bytes as ``path``."""
    size = path.stat().st_size
    digest: str | None = None
    for candidate in candidates:
        try:
            if not candidate.is_file() or candidate.stat().st_size != size:
                continue
            digest = digest or file_digest(path)
            if file_digest(candidate) == digest:
                return candidate
        except OSError:
            continue
    return None


def file_digest(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


# --------------------------------------------------------------------------------------------
# At start: what a killed copy left, and whether the database can be written


def remove_stale_partials(database_file: Path, data_folder: Path | None = None) -> list[Path]:
    """Delete the temporary files of copies that a killed simdesk left: the seed's copy
    beside ``database_file`` and backups in ``data_folder/backups`` (and its subfolders such
    as ``daily``).  Only our own names (``.NAME.partial-PID`` where NAME is a backup's or the
    seed copy's name), only files, and only when process PID is gone (or is this one and is
    not writing it); SQLite's ``-journal`` of such a file with it.  Returns the deleted
    files."""
    seed = re.compile(re.escape(database_file.name) + SEED_BACKUP_SUFFIX)
    backup = re.compile(BACKUP_NAME)
    places: list[tuple[Path, re.Pattern[str]]] = [(database_file.parent, seed)]
    if data_folder is not None:
        folder = data_folder / BACKUP_FOLDER
        places.append((folder, backup))
        with contextlib.suppress(OSError), os.scandir(folder) as subfolders:
            places.extend((Path(e.path), backup) for e in subfolders
                          if e.is_dir(follow_symlinks=False))
    removed: list[Path] = []
    for folder, final_name in places:
        try:
            with os.scandir(folder) as scan:
                entries = [e for e in scan if e.name.startswith(".")
                           and PARTIAL_MARK in e.name]
        except OSError:
            continue
        for entry in entries:
            match = _PARTIAL_RE.fullmatch(entry.name)
            if (match is None or not final_name.fullmatch(match["name"])
                    or not entry.is_file(follow_symlinks=False)):
                continue
            path = Path(entry.path)
            copy = path.with_name(path.name.removesuffix("-journal"))
            if _still_written(copy, int(match["pid"])):
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _still_written(path: Path, pid: int) -> bool:
    if pid == os.getpid():
        with _lock:
            return path in _in_flight
    return _process_exists(pid)


def _process_exists(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except OSError:
        return False
    return True


def check_writable(database_file: Path) -> None:
    """Refuse (ReadOnlyError) a database whose folder or file cannot be written: SQLite
    would open it, and every write (a login, an import) would fail later."""
    folder = database_file.parent
    try:
        # No name on Linux (O_TMPFILE), deleted by the system on Windows: nothing to clean.
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        if exc.errno in _NOT_WRITABLE:
            raise ReadOnlyError(
                f"The folder {folder} is read-only: simdesk must write its database "
                f"{database_file.name} and the database's -wal and -shm files there. Make the "
                "folder writable for the user running simdesk (or the disk not read-only), "
                "or choose another data folder with --data-dir or SIMDESK_DATA_DIR.",
                details={"path": str(folder)},
            ) from exc
        return  # a folder that does not exist, …: SQLite says what is wrong
    for path in (database_file, *(database_file.with_name(database_file.name + suffix)
                                  for suffix, _what in SIDE_FILES[:2])):
        try:
            with path.open("r+b"):
                pass
        except FileNotFoundError:
            continue
        except OSError as exc:
            if exc.errno in _NOT_WRITABLE:
                raise ReadOnlyError(
                    f"The database file {path} is read-only: simdesk cannot save anything "
                    "in it. Make it writable for the user running simdesk (chmod u+w, or "
                    "clear its read-only property), or restore a backup into another data "
                    "folder with --data-dir.",
                    details={"path": str(path)},
                ) from exc
