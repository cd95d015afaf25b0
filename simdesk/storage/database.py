"""Opening and closing the one database of the process."""

from __future__ import annotations

from pathlib import Path

import peewee

from simdesk.errors import ConfigurationError
from simdesk.storage import db as dbmod
from simdesk.storage.migrations import MigrationReport, migrate


def open_database(
    data_dir: Path | str | None = None, url: str | None = None, *, run_migrations: bool = True
) -> peewee.Database:
    """Open the database of ``data_dir`` (or ``url``), bind the models to it and migrate."""
    folder = dbmod.resolve_data_dir(data_dir)
    database = dbmod.make_database(folder, dbmod.resolve_database_url(url))
    dbmod.unbind()
    dbmod.bind(database)
    try:
        database.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        dbmod.unbind()
        raise ConfigurationError(
            f"Cannot open the database: {exc}. Check the data folder's permissions or the "
            "database URL.",
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
