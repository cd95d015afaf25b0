"""Versioned schema with ordered migrations, run at start.

Each migration runs inside one write transaction together with the row that records it in
``schema_version``; a failure leaves the database as it was.  A database written by the
seed's FastAPI server (tables shops/simcards/users/status_check_logs, no schema_version) is
copied beside itself first and then converted in place by migration 1.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee

from simdesk.errors import ConfigurationError
from simdesk.storage import models
from simdesk.storage.db import write_tx

log = logging.getLogger(__name__)

SEED_TABLES = ("shops", "simcards")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[peewee.Database], None]


def _m001_initial(db: peewee.Database) -> None:
    seed = is_seed_database(db)  # before create_tables makes schema_version
    db.create_tables(models.ALL_MODELS, safe=True)
    if seed:
        from simdesk.storage.seed_import import import_seed_tables

        import_seed_tables(db)


def _m002_check_runs(db: peewee.Database) -> None:
    db.create_tables([models.CheckRun], safe=True)


def _m003_list_indexes(db: peewee.Database) -> None:
    models.SimCard._schema.create_indexes(safe=True)


def _m004_run_lease(db: peewee.Database) -> None:
    db.create_tables([models.RunLease], safe=True)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _m001_initial),
    Migration(2, "check runs", _m002_check_runs),
    Migration(3, "indexes for card lists", _m003_list_indexes),
    Migration(4, "run lease", _m004_run_lease),
)
LATEST_VERSION = MIGRATIONS[-1].version


def is_seed_database(db: peewee.Database) -> bool:
    tables = set(db.get_tables())
    return all(t in tables for t in SEED_TABLES) and "schema_version" not in tables


def current_version(db: peewee.Database) -> int:
    if "schema_version" not in db.get_tables():
        return 0
    row = models.SchemaVersion.select(peewee.fn.MAX(models.SchemaVersion.version)).scalar()
    return int(row or 0)


@dataclass(frozen=True)
class MigrationReport:
    from_version: int
    to_version: int
    applied: tuple[str, ...]
    seed_backup: Path | None


def migrate(db: peewee.Database) -> MigrationReport:
    """Bring the schema up to date.  Idempotent."""
    start = current_version(db)
    if start > LATEST_VERSION:
        raise ConfigurationError(
            f"This database has schema version {start}, written by a newer simdesk; this "
            f"program knows versions up to {LATEST_VERSION}. Install the newer simdesk.",
            code="schema_too_new",
        )
    seed_backup: Path | None = None
    if start == 0 and is_seed_database(db):
        from simdesk.storage.seed_import import backup_seed_file

        seed_backup = backup_seed_file(db)
    applied: list[str] = []
    for step in MIGRATIONS:
        if step.version <= start:
            continue
        log.info("applying migration %d: %s", step.version, step.name)
        with write_tx():
            step.apply(db)
            models.SchemaVersion.create(version=step.version, name=step.name)
        applied.append(f"{step.version}: {step.name}")
    return MigrationReport(start, current_version(db), tuple(applied), seed_backup)
