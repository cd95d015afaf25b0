"""Versioned schema: how every database reaches the latest version, run at each start.

``schema_version`` holds one row per stamp; its highest ``version`` is the database's
version.  ``migrate`` takes one of three paths:

- **A new, empty database** is created directly at the latest schema from the current models
  (``models.ALL_MODELS``: tables and their indexes) and stamped with ``LATEST_VERSION`` — one
  row, one write transaction.  The steps below are not replayed on it.
- **A database of the old seed server** (tables ``shops``, ``simcards`` … and no
  ``schema_version``) is first copied beside itself (``seed_import.backup_seed_file``); then,
  in one write transaction, the latest schema is created, ``seed_import`` converts its rows
  and drops the seed tables, and the database is stamped ``LATEST_VERSION``.
- **A simdesk database at version v < LATEST_VERSION** gets the steps v+1 … latest, each in
  its own write transaction together with its ``schema_version`` row, so a failing step
  leaves the database at the version before it.

A database newer than this program is refused.

The steps are written against **frozen** definitions: their own DDL, or model snapshots kept
in this module (``_CheckRunV2``, ``_RunLeaseV4``, ``_LoginThrottleV5``,
``_HandoverActV6``), never
``simdesk.storage.models``.  A released step must keep doing exactly what it did when it was
released, whatever the models look like later; otherwise an old database would be upgraded
into a different schema than a new one gets (or a step would fail on a table that does not
match the model yet).  Never edit a released step; never use the models here except for the
new-database path (and the latest version of ``required_schema``).

Adding step 8 — for example a column ``email`` on ``shop`` — in one commit:

1. Change the model (``email = pw.CharField(max_length=200, null=True)`` in ``Shop``): new
   databases get the column from there.
2. Write the step here with the column spelt out in full, never ``models.Shop.email``::

       from playhouse import migrate as pw_migrate

       def _m008_shop_email(db: peewee.Database) -> None:
           migrator = pw_migrate.SchemaMigrator.from_database(db)
           pw_migrate.migrate(
               migrator.add_column("shop", "email", peewee.CharField(max_length=200, null=True))
           )

   (other operations: ``add_index``, ``drop_index``, ``rename_column``, ``drop_column`` …).
   A new table: a frozen snapshot model here (like ``_RunLeaseV4``; its foreign keys point at
   frozen stand-ins such as ``_ShopRefV6``) and ``_create(db, …)``.

   Careful with NOT NULL on SQLite: playhouse adds such a column as NULL, fills in the
   default and then rebuilds the table to make it NOT NULL — and dropping the old table
   fires the ``ON DELETE`` actions of the tables that reference it (``status_check.shop_id``
   would be set to NULL; ``simcard.shop_id``, RESTRICT, would fail).  Add a NOT NULL column
   in one statement with a default instead; it is valid on SQLite and PostgreSQL alike::

       db.execute_sql("ALTER TABLE shop ADD COLUMN email VARCHAR(200) NOT NULL DEFAULT ''")

3. Append ``Migration(8, "shop e-mail", _m008_shop_email, adds_columns=(("shop",
   "email"),))`` to ``MIGRATIONS`` — say what the step adds (``creates=(_Snapshot,)`` for a
   new table): ``required_schema`` derives from it what a backup of version 7 must hold
   (restore refuses a file that lacks a table or column of its version).
4. Run tests/test_migrations.py: it upgrades a real version-3 database (tests/data/
   schema_v3.sql, written by the first release) and compares its schema — tables, columns
   with type, nullability and primary key, foreign keys, indexes — with a new database's;
   a step that does not match the model fails there.  Never regenerate that fixture with
   newer code.  tests/test_postgres.py runs the steps on PostgreSQL.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import peewee

from simdesk.errors import ConfigurationError
from simdesk.storage import models, seed_import
from simdesk.storage.db import database_proxy, write_tx
from simdesk.timeutil import utcnow

log = logging.getLogger(__name__)

SEED_TABLES = ("shops", "simcards")

NEW_DATABASE: Final = "new database at the latest schema"
SEED_DATABASE: Final = "seed server's database converted at the latest schema"


@dataclass(frozen=True)
class Migration:
    """Step ``version``.  ``creates`` and ``adds_columns`` say what it adds to the schema (the
    frozen snapshots of the tables it creates; ``(table, column)`` pairs): a backup of an
    older version must have the latest schema without what the later steps add
    (``required_schema``), and restore checks it before the file replaces the database."""

    version: int
    name: str
    apply: Callable[[peewee.Database], None]
    creates: tuple[type[peewee.Model], ...] = ()
    adds_columns: tuple[tuple[str, str], ...] = ()


# --------------------------------------------------------------------------------------------
# Frozen definitions of what the released steps changed.  Defaults live in Python (Peewee
# never writes them into the DDL), so the snapshots leave them out.


class _Frozen(peewee.Model):
    """Base of the snapshots; like the models they use the open database (``migrate`` is
    always given the database the models are bound to)."""

    class Meta:
        database = database_proxy
        legacy_table_names = False


class _SchemaVersionRow(_Frozen):
    """``schema_version`` as the migrations write it (the stamp of every path)."""

    version = peewee.IntegerField(primary_key=True)
    name = peewee.CharField(max_length=200)
    applied_at = peewee.DateTimeField()

    class Meta:
        table_name = "schema_version"


class _CheckRunV2(_Frozen):
    """``check_run`` as migration 2 created it."""

    id = peewee.AutoField()
    run_id = peewee.CharField(max_length=64, unique=True)
    kind = peewee.CharField(max_length=16)
    state = peewee.CharField(max_length=16)
    reason = peewee.TextField(null=True)
    started_at = peewee.DateTimeField(index=True)
    finished_at = peewee.DateTimeField(null=True)
    total = peewee.IntegerField()
    checked = peewee.IntegerField()
    changed = peewee.IntegerField()
    errors = peewee.IntegerField()
    newly_sold = peewee.TextField()
    source = peewee.CharField(max_length=32)
    actor = peewee.CharField(max_length=64, null=True)

    class Meta:
        table_name = "check_run"


class _RunLeaseV4(_Frozen):
    """``run_lease`` as migration 4 created it."""

    name = peewee.CharField(max_length=32, primary_key=True)
    owner = peewee.CharField(max_length=200)
    run_id = peewee.CharField(max_length=64, null=True)
    acquired_at = peewee.DateTimeField()
    expires_at = peewee.DateTimeField()

    class Meta:
        table_name = "run_lease"


class _LoginThrottleV5(_Frozen):
    """``login_throttle`` as migration 5 created it."""

    id = peewee.AutoField()
    username = peewee.CharField(max_length=200)
    address = peewee.CharField(max_length=64)
    failures = peewee.IntegerField()
    last_failure_at = peewee.DateTimeField(index=True)
    blocked_until = peewee.DateTimeField(null=True)

    class Meta:
        table_name = "login_throttle"
        indexes = ((("username", "address"), True),)


class _ShopRefV6(_Frozen):
    """What migration 6's foreign keys point at (never created by it)."""

    id = peewee.AutoField()

    class Meta:
        table_name = "shop"


class _SimCardRefV6(_Frozen):
    """What migration 6's foreign keys point at (never created by it)."""

    id = peewee.AutoField()

    class Meta:
        table_name = "simcard"


class _HandoverActV6(_Frozen):
    """``handover_act`` as migration 6 created it."""

    id = peewee.AutoField()
    direction = peewee.CharField(max_length=16)
    shop = peewee.ForeignKeyField(_ShopRefV6, null=True, on_delete="SET NULL",
                                  column_name="shop_id", index=False)
    shop_name = peewee.CharField(max_length=200)
    owner_name = peewee.CharField(max_length=200)
    owner_phone = peewee.CharField(max_length=20)
    dealer_name = peewee.CharField(max_length=200)
    created_at = peewee.DateTimeField(index=True)
    actor = peewee.CharField(max_length=64, null=True)
    card_count = peewee.IntegerField()

    class Meta:
        table_name = "handover_act"
        indexes = ((("shop", "created_at"), False),)


class _HandoverActCardV6(_Frozen):
    """``handover_act_card`` as migration 6 created it."""

    id = peewee.AutoField()
    act = peewee.ForeignKeyField(_HandoverActV6, on_delete="CASCADE", column_name="act_id")
    position = peewee.IntegerField()
    simcard = peewee.ForeignKeyField(_SimCardRefV6, null=True, on_delete="SET NULL",
                                     column_name="simcard_id")
    code = peewee.CharField(max_length=32)
    phone = peewee.CharField(max_length=16, null=True)

    class Meta:
        table_name = "handover_act_card"


def _create(db: peewee.Database, *snapshots: type[_Frozen]) -> None:
    """Create frozen tables with their indexes (IF NOT EXISTS, as the released steps did)."""
    db.create_tables(snapshots, safe=True)


# --------------------------------------------------------------------------------------------
# The released steps.  Never change one; add a new step instead.


def _m001_initial(db: peewee.Database) -> None:
    """Version 1 is never reached by a step: a database without a version is created at the
    latest schema (``_create_latest``)."""
    raise RuntimeError("migration 1 is not replayed: a new database is created at the "
                       "latest schema")


def _m002_check_runs(db: peewee.Database) -> None:
    _create(db, _CheckRunV2)


def _m003_list_indexes(db: peewee.Database) -> None:
    # The default order of lists (newest first), overall and per shop.
    db.execute_sql('CREATE INDEX IF NOT EXISTS "simcard_added_date" ON "simcard" ("added_date")')
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "simcard_shop_id_added_date" '
        'ON "simcard" ("shop_id", "added_date")'
    )


def _m004_run_lease(db: peewee.Database) -> None:
    _create(db, _RunLeaseV4)


def _m005_login_throttle(db: peewee.Database) -> None:
    # Failed logins per (user name, client address); app_user.failed_logins and
    # locked_until are no longer used (left in place: see models.User).
    _create(db, _LoginThrottleV5)


def _m006_handover_acts(db: peewee.Database) -> None:
    # The acts of hand-overs of cards to shops and back (simdesk/domain/handover.py).
    _create(db, _HandoverActV6, _HandoverActCardV6)


def _m007_statistics_indexes(db: peewee.Database) -> None:
    # Indexes that cover the statistics (simdesk/domain/stats.py): each query is answered
    # from one index, never reading the table row by row.  (shop_id, status, sale_date)
    # replaces (shop_id, status), now its prefix.
    db.execute_sql('DROP INDEX IF EXISTS "simcard_shop_id_status"')
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "simcard_shop_id_status_sale_date" '
        'ON "simcard" ("shop_id", "status", "sale_date")'
    )
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "simcard_status_sale_date_shop_id" '
        'ON "simcard" ("status", "sale_date", "shop_id")'
    )
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "simcard_status_assigned_at_added_date" '
        'ON "simcard" ("status", "assigned_at", "added_date")'
    )


def _m008_sort_indexes(db: peewee.Database) -> None:
    # The card list sorted by status or by last check: each page one range of an index
    # (SQLite appends the rowid, the list's tie-breaker) instead of the whole table sorted —
    # 1.5-1.9 s a page at 1,000,000 cards before.
    db.execute_sql('CREATE INDEX IF NOT EXISTS "simcard_status" ON "simcard" ("status")')
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "simcard_last_checked" ON "simcard" ("last_checked")')
    if isinstance(db, peewee.SqliteDatabase) and db.execute_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        # The other indexes have statistics (PRAGMA optimize gathered them), these none:
        # SQLite then took simcard(status) for "status = ? ORDER BY added_date" and sorted
        # every card of that status.  Each new index read once (0.2 s at 1,000,000 cards).
        db.execute_sql('ANALYZE "simcard_status"')
        db.execute_sql('ANALYZE "simcard_last_checked"')


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _m001_initial),
    Migration(2, "check runs", _m002_check_runs, creates=(_CheckRunV2,)),
    Migration(3, "indexes for card lists", _m003_list_indexes),
    Migration(4, "run lease", _m004_run_lease, creates=(_RunLeaseV4,)),
    Migration(5, "login throttle", _m005_login_throttle, creates=(_LoginThrottleV5,)),
    Migration(6, "hand-over acts", _m006_handover_acts,
              creates=(_HandoverActV6, _HandoverActCardV6)),
    Migration(7, "indexes for statistics", _m007_statistics_indexes),
    Migration(8, "indexes for card sorts", _m008_sort_indexes),
)
LATEST_VERSION = MIGRATIONS[-1].version


def required_schema(version: int) -> dict[str, frozenset[str]]:
    """The tables and their columns a simdesk database of schema ``version`` has (indexes
    aside: the steps create the ones that are missing).  The latest version's come from the
    current models; an older version's are those without what the later steps add."""
    tables = {model._meta.table_name: frozenset(f.column_name for f in model._meta.sorted_fields)
              for model in models.ALL_MODELS}
    for step in MIGRATIONS:
        if step.version <= version:
            continue
        for snapshot in step.creates:
            tables.pop(snapshot._meta.table_name, None)
        for table, column in step.adds_columns:
            if table in tables:
                tables[table] = tables[table] - {column}
    return tables


# --------------------------------------------------------------------------------------------
# Reading and writing the version


def is_seed_database(db: peewee.Database) -> bool:
    tables = set(db.get_tables())
    return all(t in tables for t in SEED_TABLES) and "schema_version" not in tables


def current_version(db: peewee.Database) -> int:
    if "schema_version" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0) if row else 0


def _stamp(version: int, name: str) -> None:
    _SchemaVersionRow.create(version=version, name=name, applied_at=utcnow())


@dataclass(frozen=True)
class MigrationReport:
    from_version: int
    to_version: int
    applied: tuple[str, ...]
    seed_backup: Path | None


def _refuse_newer(version: int) -> None:
    if version > LATEST_VERSION:
        raise ConfigurationError(
            f"This database has schema version {version}, written by a newer simdesk; this "
            f"program knows versions up to {LATEST_VERSION}. Install the newer simdesk.",
            code="schema_too_new",
        )


def _create_latest(db: peewee.Database) -> str | None:
    """Create the latest schema on a database without a version, converting the seed's
    tables when there are some, and stamp it — one write transaction.  None when another
    process did it first (the version is read again under the write lock)."""
    with write_tx():
        if current_version(db) != 0:
            return None
        seed = is_seed_database(db)  # before create_tables makes schema_version
        db.create_tables(models.ALL_MODELS, safe=True)
        if seed:
            seed_import.import_seed_tables(db)
        name = SEED_DATABASE if seed else NEW_DATABASE
        _stamp(LATEST_VERSION, name)
    return name


def _apply(db: peewee.Database, step: Migration) -> bool:
    """One step and its stamp in one write transaction; False when another process applied
    it first."""
    with write_tx():
        if current_version(db) >= step.version:
            return False
        step.apply(db)
        _stamp(step.version, step.name)
    return True


def migrate(db: peewee.Database, *,
            progress: Callable[[int, int], None] | None = None) -> MigrationReport:
    """Bring the schema of ``db`` — the open database, the one the models are bound to — up
    to date.  Idempotent; safe when several processes start on the same database at once.
    ``progress(done, total)`` is told the steps done of those to run (a new database: one;
    an old server's: its copy, then its conversion; else each migration), after each."""
    start = current_version(db)
    _refuse_newer(start)
    seed_backup: Path | None = None
    applied: list[str] = []
    done = 0
    seed = start == 0 and is_seed_database(db)
    total = (2 if seed else 1) if start == 0 else sum(s.version > start for s in MIGRATIONS)

    def stepped() -> None:
        nonlocal done, total
        done += 1
        total = max(total, done)
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    if start == 0:
        if seed:
            seed_backup = seed_import.backup_seed_file(db)
            stepped()
        log.info("creating the schema at version %d", LATEST_VERSION)
        name = _create_latest(db)
        if name is not None:
            applied.append(f"{LATEST_VERSION}: {name}")
        stepped()
    version = current_version(db)
    _refuse_newer(version)
    for step in MIGRATIONS:
        if step.version <= version:
            continue
        log.info("applying migration %d: %s", step.version, step.name)
        if _apply(db, step):
            applied.append(f"{step.version}: {step.name}")
        stepped()
    return MigrationReport(start, current_version(db), tuple(applied), seed_backup)
