"""File helpers shared by backups and the seed conversion: a fresh time-stamped name, and a
consistent copy of an open SQLite database.

The lowest module of storage/ besides db.py: it imports nothing else of simdesk, so both
``backup`` and ``seed_import`` can use it without importing each other.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import peewee


def unique_path(name_for: Callable[[str], Path]) -> Path:
    """``name_for(stamp)`` with the current time as stamp, adding -2, -3 … when it exists."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = name_for(stamp)
    counter = 2
    while target.exists():
        target = name_for(f"{stamp}-{counter}")
        counter += 1
    return target


def copy_sqlite(db: peewee.SqliteDatabase, target: Path) -> None:
    """Copy the open database to ``target`` with SQLite's online backup API (consistent even
    in WAL mode), as one self-contained file (rollback journal).  It is written under a
    temporary name and renamed at the end.  Raises OSError or sqlite3.Error."""
    temporary = target.with_name(f".{target.name}.partial-{os.getpid()}")
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
