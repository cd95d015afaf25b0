"""Opening and closing the one database of the process.

Before the database is opened: a folder or file that cannot be written is refused
(``files.check_writable``), and the half-written copies a killed backup, restore or seed
conversion left are removed (``files.remove_stale_partials``).
"""

from __future__ import annotations

from pathlib import Path

import peewee

from simdesk.errors import ConfigurationError
from simdesk.storage import db as dbmod
from simdesk.storage import files
from simdesk.storage.migrations import MigrationReport, migrate


def open_database(
    data_dir: Path | str | None = None, url: str | None = None, *, run_migrations: bool = True
) -> peewee.Database:
    """Open the database of ``data_dir`` (or ``url``), bind the models to it and migrate."""
    folder = dbmod.resolve_data_dir(data_dir)
    url = dbmod.resolve_database_url(url)
    database = dbmod.make_database(folder, url)
    live = files.sqlite_file_of(database)
    if live is not None:
        files.check_writable(live)  # else it opens, and every login fails later
        files.remove_stale_partials(live, folder)  # copies a killed simdesk left half-done
    dbmod.unbind()
    dbmod.bind(database)
    files.register_data_folder(database, folder)  # the guard of written files protects it
    try:
        database.connect(reuse_if_open=True)
        if isinstance(database, peewee.SqliteDatabase):
            database.get_tables()  # reads the file's header: "file is not a database"
    except peewee.DatabaseError as exc:
        dbmod.unbind()
        if "not a database" in str(exc):
            raise ConfigurationError(
                f"{dbmod.sqlite_file(folder)} is not a SQLite database (it may be damaged, or "
                "another kind of file). Restore a backup with 'simdesk restore FILE', or move "
                "the file away to start with an empty database.",
                code="database_unreadable") from exc
        raise ConfigurationError(
            f"Cannot open the database: {dbmod.redact_text(url, str(exc))}. Check the data "
            "folder's permissions or the database URL.",
            code="database_unavailable",
        ) from exc
    if run_migrations:
        try:
            migrate(database)
        except BaseException:
            dbmod.unbind()
            raise
        if isinstance(database, peewee.SqliteDatabase):
            # Keeps the query planner's statistics fresh (cheap; SQLite's advice at start).
            database.execute_sql("PRAGMA optimize")
    return database


def migrate_current() -> MigrationReport:
    return migrate(dbmod.current_database())


def close_database() -> None:
    dbmod.unbind()
