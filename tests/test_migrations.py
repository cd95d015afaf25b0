"""Schema versions: a new database, an upgrade of the first released schema, a failing step.

tests/data/schema_v3.sql is a database written by the first released simdesk (commit
40bdb5d, schema version 3) through its own functions, dumped as SQL; tests/data/
make_schema_v3.py says how it was made.  It must never be regenerated with newer code.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import peewee
import pytest

from simdesk.checking import runs
from simdesk.domain import settings, simcards, users
from simdesk.errors import AuthenticationError
from simdesk.passwords import verify_password
from simdesk.storage import migrations
from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import DB_FILENAME
from simdesk.storage.models import ALL_MODELS, LoginThrottle, RunLease, SchemaVersion, SimCard
from simdesk.timeutil import utcnow
from tests.helpers import pack

V3_SQL = Path(__file__).parent / "data" / "schema_v3.sql"
V3_TABLES = ("app_user", "auth_token", "check_run", "schema_version", "setting", "shop",
             "simcard", "status_check")


def load_v3(folder: Path) -> Path:
    """A database file of schema version 3 in ``folder``, made from the fixture."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DB_FILENAME
    conn = sqlite3.connect(path)
    try:
        conn.executescript(V3_SQL.read_text(encoding="utf-8"))
    finally:
        conn.close()
    return path


def rows(path: Path, table: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
    finally:
        conn.close()


def schema(path: Path) -> dict[str, dict[str, Any]]:
    """Every table's columns (type, NOT NULL, primary-key position), foreign keys and
    indexes (columns, unique), as SQLite reports them."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        found: dict[str, dict[str, Any]] = {}
        for table in tables:
            columns = {
                name: (str(kind).upper(), bool(notnull), pk)
                for _, name, kind, notnull, _, pk in conn.execute(f'PRAGMA table_info("{table}")')
            }
            foreign = sorted(
                (r[3], r[2], r[4], r[6]) for r in conn.execute(
                    f'PRAGMA foreign_key_list("{table}")')
            )  # column, referenced table, referenced column, ON DELETE
            indexes = {}
            for _, name, unique, *_ in conn.execute(f'PRAGMA index_list("{table}")'):
                cols = tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{name}")'))
                indexes[name] = (cols, bool(unique))
            found[table] = {"columns": columns, "foreign_keys": foreign, "indexes": indexes}
        return found
    finally:
        conn.close()


def stamps(path: Path) -> list[tuple[int, str]]:
    return [(int(r[0]), str(r[1])) for r in rows(path, "schema_version")]


@pytest.fixture
def new_db_file(tmp_path: Path) -> Path:
    """A brand-new database made by today's code, closed again."""
    folder = tmp_path / "new"
    open_database(folder)
    close_database()
    return folder / DB_FILENAME


# ------------------------------------------------------------------ a new database


def test_new_database_is_created_at_the_latest_version_with_one_stamp(data_dir: Path) -> None:
    db = open_database(data_dir, run_migrations=False)
    try:
        assert db.get_tables() == []
        report = migrations.migrate(db)
        assert report == migrations.MigrationReport(
            0, migrations.LATEST_VERSION,
            (f"{migrations.LATEST_VERSION}: {migrations.NEW_DATABASE}",), None)
        assert [(s.version, s.name) for s in SchemaVersion.select()] == [
            (migrations.LATEST_VERSION, migrations.NEW_DATABASE)]
        # Every table of the current models, nothing else.
        assert set(db.get_tables()) == {m._meta.table_name for m in ALL_MODELS}
        again = migrations.migrate(db)
        assert again == migrations.MigrationReport(
            migrations.LATEST_VERSION, migrations.LATEST_VERSION, (), None)
    finally:
        close_database()
    # Opening it again applies nothing either.
    open_database(data_dir)
    close_database()
    assert stamps(data_dir / DB_FILENAME) == [(migrations.LATEST_VERSION,
                                               migrations.NEW_DATABASE)]


# ------------------------------------------------------------------ the first released schema


def test_fixture_is_the_first_released_schema(tmp_path: Path) -> None:
    path = load_v3(tmp_path)
    assert stamps(path) == [(1, "initial schema"), (2, "check runs"),
                            (3, "indexes for card lists")]
    assert sorted(schema(path)) == sorted(V3_TABLES)


def test_v3_database_is_upgraded_and_keeps_every_row(data_dir: Path) -> None:
    path = load_v3(data_dir)
    before = {table: rows(path, table) for table in V3_TABLES}
    db = open_database(data_dir, run_migrations=False)
    try:
        report = migrations.migrate(db)
        assert (report.from_version, report.to_version) == (3, migrations.LATEST_VERSION)
        assert report.applied == ("4: run lease", "5: login throttle", "6: hand-over acts",
                                  "7: indexes for statistics",
                                  "8: indexes for card sorts")
        assert migrations.current_version(db) == migrations.LATEST_VERSION
    finally:
        close_database()

    # Every row of the old database is still there, unchanged; the stamps of steps 4 to 8
    # added.
    after = {table: rows(path, table) for table in V3_TABLES}
    assert after["schema_version"][:3] == before["schema_version"]
    assert [r[:2] for r in after["schema_version"][3:]] == [(4, "run lease"),
                                                            (5, "login throttle"),
                                                            (6, "hand-over acts"),
                                                            (7, "indexes for statistics"),
                                                            (8, "indexes for card sorts")]
    for table in V3_TABLES:
        if table != "schema_version":
            assert after[table] == before[table], table
    assert [len(after[t]) for t in ("shop", "simcard", "app_user", "auth_token",
                                    "status_check", "check_run", "setting")] == [
        2, 6, 2, 1, 5, 1, 1]
    assert rows(path, "run_lease") == []
    assert rows(path, "login_throttle") == []

    # The upgraded database works with today's code.
    open_database(data_dir)
    try:
        assert users.authenticate("boss", "Str0ng-Passw0rd").role == "admin"
        assert verify_password(users.get_by_username("kassir").password_hash,
                               "Kassa-Parol-2024")
        assert settings.get("checks.concurrency") == 6
        run = runs.load_run("run-v3")
        assert run is not None and (run.kind, run.state, run.checked) == ("manual", "done", 1)
        assert [(r.code, r.external_status) for r in run.results] == [
            ("8999801000000000022", "inactive")]
        assert [c.status for c in SimCard.select().order_by(SimCard.id)] == [
            "sold", "assigned", "assigned", "available", "available", "available"]
        RunLease.create(name="auto-check", owner="test", expires_at=utcnow() + timedelta(1))
        # Failed logins are counted in step 5's table, per name and address.
        with pytest.raises(AuthenticationError):
            users.authenticate("kassir", "not the password", address="10.0.0.9")
        assert [(t.username, t.address, t.failures) for t in LoginThrottle.select()] == [
            ("kassir", "10.0.0.9", 1)]
        assert users.unlock("kassir") == 1
        added = simcards.bulk_add(simcards.entries_from_codes(pack(2, start=100)), source="cli")
        assert len(added.created) == 2
    finally:
        close_database()


def test_upgraded_v3_schema_equals_a_new_database(tmp_path: Path, new_db_file: Path) -> None:
    path = load_v3(tmp_path / "old")
    expected = schema(new_db_file)
    # Before the upgrade the two differ (the comparison sees it): no run_lease, no
    # login_throttle and no hand-over acts yet.
    assert set(expected) - set(schema(path)) == {"run_lease", "login_throttle", "handover_act",
                                                 "handover_act_card"}
    open_database(tmp_path / "old")
    close_database()
    upgraded = schema(path)
    assert sorted(upgraded) == sorted(expected)
    for table in expected:
        assert upgraded[table] == expected[table], table


def test_backup_of_the_first_released_schema_is_restored_and_upgraded(
    db: peewee.Database, data_dir: Path, tmp_path: Path
) -> None:
    from simdesk.storage.backup import restore_database, validate_backup_file
    from simdesk.storage.models import Shop

    backup = load_v3(tmp_path / "usb")
    assert validate_backup_file(backup) == 3
    report = restore_database(backup, data_dir=data_dir)
    assert report.schema_version == 3
    assert migrations.current_version(db) == migrations.LATEST_VERSION
    assert [s.name for s in Shop.select().order_by(Shop.id)] == ["Chorsu", "Baraka"]
    assert SimCard.select().count() == 6
    assert "run_lease" in db.get_tables()
    assert "login_throttle" in db.get_tables()
    assert stamps(backup) == [(1, "initial schema"), (2, "check runs"),
                              (3, "indexes for card lists")]  # the backup itself untouched


# ------------------------------------------------------------------ failures and races


def test_step_failing_halfway_leaves_the_previous_version(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = load_v3(data_dir)
    schema_before = schema(path)
    rows_before = rows(path, "simcard")

    def half_of_step_4(db: peewee.Database) -> None:
        migrations._m004_run_lease(db)  # creates run_lease …
        db.execute_sql("ALTER TABLE no_such_table ADD COLUMN x INTEGER")  # … then fails

    broken = (*migrations.MIGRATIONS[:3], migrations.Migration(4, "run lease", half_of_step_4),
              *migrations.MIGRATIONS[4:])
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    with pytest.raises(peewee.OperationalError, match="no such table: no_such_table"):
        open_database(data_dir)
    close_database()
    assert stamps(path)[-1][0] == 3
    assert schema(path) == schema_before  # no run_lease: the step's table rolled back
    assert rows(path, "simcard") == rows_before

    monkeypatch.undo()
    db = open_database(data_dir)
    try:
        assert migrations.current_version(db) == migrations.LATEST_VERSION
    finally:
        close_database()


@pytest.mark.parametrize("start", ["new", "v3"])
def test_two_starts_at_once_migrate_once(data_dir: Path, start: str) -> None:
    """Two threads (as two processes would) read the same old version, then queue for the
    write lock: the second finds the work done and applies nothing."""
    path = data_dir / DB_FILENAME
    if start == "v3":
        load_v3(data_dir)
    db = open_database(data_dir, run_migrations=False)  # WAL mode
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # holds the write lock while both threads start
    reports: list[migrations.MigrationReport] = []
    errors: list[BaseException] = []

    def start_up() -> None:
        try:
            reports.append(migrations.migrate(db))
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=start_up) for _ in range(2)]
    try:
        for thread in threads:
            thread.start()
        threading.Event().wait(1.0)  # both have read the version and wait for the lock
        blocker.execute("ROLLBACK")
        for thread in threads:
            thread.join(30)
    finally:
        blocker.close()
        close_database()
    assert errors == []
    expected = ((f"{migrations.LATEST_VERSION}: {migrations.NEW_DATABASE}",) if start == "new"
                else ("4: run lease", "5: login throttle", "6: hand-over acts",
                      "7: indexes for statistics",
                                  "8: indexes for card sorts"))
    assert sorted(r.applied for r in reports) == [(), expected]
    assert stamps(path)[-1][0] == migrations.LATEST_VERSION
    assert len(stamps(path)) == (1 if start == "new" else 8)


# ------------------------------------------------------------------ what each version holds


def columns_of(path: Path) -> dict[str, frozenset[str]]:
    return {table: frozenset(found["columns"]) for table, found in schema(path).items()
            if table != "sqlite_sequence"}


def test_required_schema_of_the_latest_version_is_a_new_database(new_db_file: Path) -> None:
    assert migrations.required_schema(migrations.LATEST_VERSION) == columns_of(new_db_file)


def test_required_schema_of_version_3_is_the_first_released_database(tmp_path: Path) -> None:
    # Derived from the models and the steps' declarations, compared with the real thing.
    assert migrations.required_schema(3) == columns_of(load_v3(tmp_path))


@pytest.mark.parametrize("version", range(1, migrations.LATEST_VERSION))
def test_each_older_schema_upgrades_to_the_latest(tmp_path: Path, new_db_file: Path,
                                                  version: int) -> None:
    """A database holding exactly required_schema(version) — today's database without what
    the later steps declare they add — is upgraded to today's: each step declares what it
    adds (else the stripped database would lack a table at the end)."""
    path = tmp_path / "old" / DB_FILENAME
    path.parent.mkdir()
    path.write_bytes(new_db_file.read_bytes())
    required = migrations.required_schema(version)
    conn = sqlite3.connect(path)
    try:
        for table, present in columns_of(path).items():
            if table not in required:
                conn.execute(f'DROP TABLE "{table}"')
            else:
                for column in present - required[table]:
                    conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (?, 'older', '2026-01-01 00:00:00')",
                     (version,))
        conn.commit()
    finally:
        conn.close()
    assert columns_of(path) == required
    open_database(path.parent)
    close_database()
    assert columns_of(path) == columns_of(new_db_file)


def test_migrate_tells_the_steps_done_of_those_to_run(data_dir: Path) -> None:
    load_v3(data_dir)
    seen: list[tuple[int, int]] = []
    db = open_database(data_dir, run_migrations=False)
    try:
        report = migrations.migrate(db, progress=lambda d, t: seen.append((d, t)))
        steps = migrations.LATEST_VERSION - 3
        assert len(report.applied) == steps
        assert seen == [(done, steps) for done in range(steps + 1)]
        seen.clear()
        assert migrations.migrate(db, progress=lambda d, t: seen.append((d, t))).applied == ()
        assert seen == [(0, 0)]  # nothing to run: an empty bar, complete
    finally:
        close_database()


def test_step_8_gives_its_indexes_statistics_when_the_others_have_them(data_dir: Path
                                                                       ) -> None:
    """A database that PRAGMA optimize had analysed keeps choosing the right index after
    step 8: without statistics of its own, simcard(status) was taken for the list of one
    status in its default order, and every card of that status sorted (a temporary
    B-tree) — the GUI's and the API's status filter."""
    db = open_database(data_dir)
    try:
        simcards.bulk_add(simcards.entries_from_codes(pack(5000)), source="cli")
        SimCard.update(status="assigned").where(SimCard.id % 3 == 0).execute()
        SimCard.update(status="sold").where(SimCard.id % 3 == 1).execute()
        db.execute_sql('DROP INDEX "simcard_status"')
        db.execute_sql('DROP INDEX "simcard_last_checked"')
        db.execute_sql("ANALYZE")  # the statistics of a version-7 database
        SchemaVersion.delete().execute()
        SchemaVersion.create(version=7, name="indexes for statistics")
    finally:
        close_database()
    db = open_database(data_dir)  # migrates to 8
    try:
        query = (SimCard.select(SimCard.id).where(SimCard.status == "assigned")
                 .order_by(SimCard.added_date.desc(), SimCard.id.desc()).limit(50))
        sql, params = query.sql()
        plan = [str(row[-1]) for row in
                db.connection().execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
        assert not any("TEMP B-TREE" in step for step in plan), plan
        assert migrations.current_version(db) == 8
        analysed = {row[0] for row in db.execute_sql("SELECT idx FROM sqlite_stat1")}
        assert {"simcard_status", "simcard_last_checked"} <= analysed
    finally:
        close_database()
