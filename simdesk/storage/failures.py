"""What a failed write means for the person at the screen.

``explain(exc)`` turns the failures of the machine under simdesk — the disk is full, the
database is read-only, another program holds SQLite's write lock, the PostgreSQL driver is
missing — into the error a person can act on (``DiskFullError`` 507, ``ReadOnlyError`` 503,
``BusyError`` 503, ``ConfigurationError``), or None for anything else.  The API
(``Api._dispatch``), the command line (``cli.main``), the window (``gui/errors.error_text``)
and the writers of files (exports, reports, backups) all ask it, so the three say the same.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Final

import peewee

from simdesk.errors import BusyError, DiskFullError, ReadOnlyError, SimdeskError
from simdesk.storage.db import database_proxy, driver_missing, is_locked_error
from simdesk.storage.files import sqlite_file_of

DISK_FULL_ERRNOS: Final = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None)
DATABASE_ERRORS: Final = (sqlite3.Error, peewee.PeeweeException)
OPERATIONAL_ERRORS: Final = (sqlite3.OperationalError, peewee.OperationalError)


def disk_full(where: Path | str, note: str = "Nothing was saved.") -> DiskFullError:
    return DiskFullError(f"The disk is full: free some space on {where} and try again. {note}",
                         details={"path": str(where)})


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in DISK_FULL_ERRNOS
    text = str(exc).lower()
    return isinstance(exc, DATABASE_ERRORS) and (
        "disk is full" in text or "no space left on device" in text)


def database_place() -> str:
    """Where the open database keeps its data: its SQLite file's folder, else its server."""
    live = sqlite_file_of(database_proxy.obj)
    return str(live.parent) if live is not None else "the database server"


def explain(exc: BaseException, where: Path | str | None = None) -> SimdeskError | None:
    """The error to show for ``exc`` when it is one of the failures above (``where``: the
    folder written, for a file; the database's by default), else None."""
    if isinstance(exc, peewee.ImproperlyConfigured) and "driver" in str(exc).lower():
        # Peewee's "Postgres driver not installed!" at a connection (the URL was checked
        # when the database was opened; this is the last line of defence).
        return driver_missing(None)
    if is_disk_full(exc):
        place = where
        if place is None and isinstance(exc, OSError) and exc.filename:
            place = Path(str(exc.filename)).parent
        return disk_full(place if place is not None else database_place(),
                         "Nothing was changed." if isinstance(exc, DATABASE_ERRORS)
                         else "Nothing was saved.")
    if isinstance(exc, OSError):
        if exc.errno == errno.EROFS:
            place = where if where is not None else exc.filename
            return ReadOnlyError(f"{place} is on a read-only disk: nothing can be written "
                                 "there. Choose another folder.", details={"path": str(place)})
        return None
    if is_locked_error(exc):
        return BusyError(
            "The database is busy with another program's writing and did not free up in "
            "time; nothing was changed. Try again in a few seconds.", retry_after=5)
    if not isinstance(exc, OPERATIONAL_ERRORS):
        return None
    text = str(exc).lower()
    if "readonly database" in text:
        return ReadOnlyError(
            f"The database in {database_place()} has become read-only (its file's or "
            "folder's permissions, or the disk); nothing was changed. Make them writable "
            "for the user running simdesk and restart it.")
    return None
