"""Online backup and restore of the SQLite database."""

from __future__ import annotations

import itertools
import re
import sqlite3
from pathlib import Path

import peewee
import pytest

from simdesk.domain import stats
from simdesk.errors import ConfigurationError, ValidationError
from simdesk.storage import migrations
from simdesk.storage.backup import backup_database, restore_database, validate_backup_file
from simdesk.storage.db import DB_FILENAME
from simdesk.storage.models import ALL_MODELS, SchemaVersion, Shop, SimCard


def add_cards(count: int, start: int = 0) -> None:
    shop = Shop.create(name="Ali Savdo", region="Toshkent")
    SimCard.insert_many(
        [{"code": f"89998{i:014d}", "status": "assigned", "shop": shop.id}
         for i in range(start, start + count)]
    ).execute()


def count_rows(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_backup_to_default_path(db: peewee.Database, data_dir: Path) -> None:
    add_cards(25)
    first = backup_database(data_dir=data_dir)
    assert first.parent == data_dir / "backups"
    assert re.fullmatch(r"simdesk-\d{8}-\d{6}\.sqlite", first.name)
    assert count_rows(first, "simcard") == 25
    assert count_rows(first, "shop") == 1
    assert validate_backup_file(first) == migrations.LATEST_VERSION
    # A second backup in the same second gets a new name; nothing half-written is left.
    second = backup_database(data_dir=data_dir)
    assert second != first
    assert second.exists() and first.exists()
    leftovers = [p for p in (data_dir / "backups").iterdir() if p not in (first, second)]
    assert leftovers == []


def test_backup_to_explicit_path(db: peewee.Database, data_dir: Path, tmp_path: Path) -> None:
    add_cards(3)
    target = tmp_path / "elsewhere" / "copy.sqlite"
    assert backup_database(target, data_dir=data_dir) == target.resolve()
    conn = sqlite3.connect(target)
    try:
        codes = [r[0] for r in conn.execute("SELECT code FROM simcard ORDER BY code")]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()
    assert codes == [f"89998{i:014d}" for i in range(3)]
    assert mode == "delete"  # a single self-contained file


def test_backup_into_existing_folder(db: peewee.Database, data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    written = backup_database(folder, data_dir=data_dir)
    assert written.parent == folder.resolve()
    assert written.name.startswith("simdesk-")


def test_backup_onto_live_file_refused(db: peewee.Database, data_dir: Path) -> None:
    live = data_dir / DB_FILENAME
    with pytest.raises(ValidationError, match="is simdesk's live database; choose another "
                                              "file name") as err:
        backup_database(live, data_dir=data_dir)
    assert err.value.code == "protected_file"  # the guard of every writer (was backup_onto_live)
    assert SchemaVersion.select().count() == 1  # still usable


def test_backup_refused_on_postgres(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from simdesk.storage import backup

    monkeypatch.setattr(backup, "current_database", lambda: peewee.PostgresqlDatabase("x"))
    with pytest.raises(ConfigurationError, match="pg_dump") as err:
        backup_database(data_dir=data_dir)
    assert err.value.code == "backup_not_supported"


def test_restore_brings_back_deleted_rows(db: peewee.Database, data_dir: Path) -> None:
    add_cards(10)
    saved = backup_database(data_dir=data_dir)
    SimCard.delete().execute()
    add_cards(2, start=100)
    assert SimCard.select().count() == 2

    report = restore_database(saved, data_dir=data_dir)

    assert report.restored_from == saved
    assert report.schema_version == migrations.LATEST_VERSION
    assert report.safety_backup.exists() and report.safety_backup != saved
    assert SimCard.select().count() == 10
    assert {c.code for c in SimCard.select()} == {f"89998{i:014d}" for i in range(10)}
    # The safety backup holds the state just before the restore.
    assert count_rows(report.safety_backup, "simcard") == 2
    # The live database is still in WAL mode and writable.
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    add_cards(1, start=500)
    assert SimCard.select().count() == 11


def test_restore_older_schema_is_upgraded(db: peewee.Database, data_dir: Path) -> None:
    add_cards(4)
    saved = backup_database(data_dir=data_dir)
    # The backup made into a version-1 database: what migrations 2-7 added removed again
    # (and the index step 7 dropped put back).
    conn = sqlite3.connect(saved)
    conn.executescript("""
        DROP TABLE check_run; DROP TABLE run_lease; DROP TABLE login_throttle;
        DROP TABLE handover_act_card; DROP TABLE handover_act;
        DROP INDEX simcard_added_date; DROP INDEX simcard_shop_id_added_date;
        DROP INDEX simcard_shop_id_status_sale_date; DROP INDEX simcard_status_sale_date_shop_id;
        DROP INDEX simcard_status_assigned_at_added_date;
        CREATE INDEX simcard_shop_id_status ON simcard (shop_id, status);
        DELETE FROM schema_version;
        INSERT INTO schema_version VALUES (1, 'initial schema', '2026-01-01 00:00:00');
    """)
    conn.close()
    report = restore_database(saved, data_dir=data_dir)
    assert report.schema_version == 1
    assert migrations.current_version(db) == migrations.LATEST_VERSION
    assert [s.version for s in SchemaVersion.select().order_by(SchemaVersion.version)] == [
        1, 2, 3, 4, 5, 6, 7, 8]
    assert {"check_run", "run_lease", "login_throttle", "handover_act",
            "handover_act_card"} <= set(db.get_tables())
    indexes = {i.name for i in db.get_indexes("simcard")}
    assert {"simcard_added_date", "simcard_shop_id_added_date",
            "simcard_shop_id_status_sale_date", "simcard_status_sale_date_shop_id",
            "simcard_status_assigned_at_added_date", "simcard_status",
            "simcard_last_checked"} <= indexes
    assert "simcard_shop_id_status" not in indexes  # step 7 dropped it: the new one's prefix
    assert SimCard.select().count() == 4
    assert stats.totals().cards == 4  # the statistics' queries run on the upgraded schema


def test_restore_refuses_missing_file(db: peewee.Database, data_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.sqlite"
    with pytest.raises(ValidationError, match=r"nope\.sqlite is not a simdesk backup: the file "
                       "does not exist") as err:
        restore_database(missing, data_dir=data_dir)
    assert err.value.code == "not_a_backup"
    assert not (data_dir / "backups").exists()  # refused before the safety backup


def test_restore_refuses_text_file(db: peewee.Database, data_dir: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello, this is not a database\n" * 20, encoding="utf-8")
    with pytest.raises(ValidationError, match="it is not an SQLite database file") as err:
        restore_database(text, data_dir=data_dir)
    assert err.value.code == "not_a_backup"
    assert str(text) in err.value.message


def test_restore_refuses_foreign_sqlite(db: peewee.Database, data_dir: Path,
                                        tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE things (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(
        ValidationError,
        match=r"not a simdesk database \(it has no schema_version, simcard, shop table\)",
    ) as err:
        restore_database(other, data_dir=data_dir)
    assert err.value.code == "not_a_backup"


def test_refuses_seed_database(tmp_path: Path) -> None:
    seed = tmp_path / "seed.sqlite"
    conn = sqlite3.connect(seed)
    conn.execute("CREATE TABLE shops (id TEXT PRIMARY KEY)")
    conn.execute("CREATE TABLE simcards (id TEXT PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError, match="not a simdesk database"):
        validate_backup_file(seed)


def test_restore_refuses_corrupt_file(db: peewee.Database, data_dir: Path,
                                      tmp_path: Path) -> None:
    add_cards(2000)
    saved = backup_database(tmp_path / "good.sqlite", data_dir=data_dir)
    data = bytearray(saved.read_bytes())
    assert len(data) > 8 * 4096
    for offset in range(2 * 4096, len(data) - 4096, 4096):
        data[offset + 100 : offset + 600] = b"\xde\xad\xbe\xef" * 125
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match=r"corrupt\.sqlite is not a simdesk backup: it is "
                       "damaged") as err:
        restore_database(corrupt, data_dir=data_dir)
    assert err.value.code == "not_a_backup"
    assert SimCard.select().count() == 2000


def test_validate_refuses_truncated_file(db: peewee.Database, data_dir: Path,
                                         tmp_path: Path) -> None:
    add_cards(2000)
    saved = backup_database(tmp_path / "good.sqlite", data_dir=data_dir)
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(saved.read_bytes()[: 3 * 4096])
    with pytest.raises(ValidationError, match="it is damaged"):
        validate_backup_file(truncated)


def test_validate_refuses_newer_schema(db: peewee.Database, data_dir: Path,
                                       tmp_path: Path) -> None:
    saved = backup_database(tmp_path / "future.sqlite", data_dir=data_dir)
    conn = sqlite3.connect(saved)
    conn.execute(
        "INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', '2030-01-01')",
        (migrations.LATEST_VERSION + 5,),
    )
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError, match="written by a newer simdesk") as err:
        validate_backup_file(saved)
    assert err.value.code == "not_a_backup"
    assert f"schema version {migrations.LATEST_VERSION + 5}" in err.value.message


def test_restore_refuses_live_file(db: peewee.Database, data_dir: Path) -> None:
    with pytest.raises(ValidationError, match="is the live database itself") as err:
        restore_database(data_dir / DB_FILENAME, data_dir=data_dir)
    assert err.value.code == "not_a_backup"


# ------------------------------------------------------------------ the whole schema


def shell(path: Path, source: Path, keep: set[str], drop_columns: dict[str, str] | None = None,
          version: int = migrations.LATEST_VERSION) -> Path:
    """A copy of ``source`` holding only the tables ``keep`` (and without the columns
    ``drop_columns``), stamped ``version``: a sound SQLite file, an incomplete simdesk one."""
    path.write_bytes(source.read_bytes())
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            if table not in keep:
                conn.execute(f'DROP TABLE "{table}"')
        for table, column in (drop_columns or {}).items():
            conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (?, 'shell', '2026-01-01 00:00:00')",
                     (version,))
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    return path


def live_state(data_dir: Path) -> tuple[int, int, list[str]]:
    return (SimCard.select().count(), Shop.select().count(),
            sorted(p.name for p in (data_dir / "backups").glob("*")))


def test_restore_refuses_an_empty_shell(db: peewee.Database, data_dir: Path,
                                        tmp_path: Path) -> None:
    add_cards(7)
    good = backup_database(tmp_path / "good.sqlite", data_dir=data_dir)
    empty = shell(tmp_path / "shell.sqlite", good, {"schema_version", "shop", "simcard"})
    before = live_state(data_dir)
    with pytest.raises(ValidationError) as err:
        restore_database(empty, data_dir=data_dir)
    assert err.value.code == "not_a_backup"
    assert err.value.message == (
        f"{empty} is not a simdesk backup: it lacks the table(s) app_user, auth_token, "
        f"check_run, handover_act, handover_act_card, login_throttle, run_lease, setting, "
        f"status_check that a simdesk database "
        f"of schema version {migrations.LATEST_VERSION} has (an incomplete or hand-made copy). "
        "Choose "
        "a file written by 'Back up database' (simdesk-YYYYmmdd-HHMMSS.sqlite).")
    assert live_state(data_dir) == before  # untouched, no safety backup written
    assert db.get_tables() == sorted(m._meta.table_name for m in ALL_MODELS)


def test_restore_refuses_a_file_missing_a_column(db: peewee.Database, data_dir: Path,
                                                 tmp_path: Path) -> None:
    add_cards(3)
    good = backup_database(tmp_path / "good.sqlite", data_dir=data_dir)
    every = {m._meta.table_name for m in ALL_MODELS}
    broken = shell(tmp_path / "broken.sqlite", good, every, {"simcard": "notes"})
    before = live_state(data_dir)
    with pytest.raises(ValidationError, match=r"it lacks the column\(s\) simcard\.notes that"):
        validate_backup_file(broken)
    with pytest.raises(ValidationError, match=r"simcard\.notes"):
        restore_database(broken, data_dir=data_dir)
    assert live_state(data_dir) == before


def test_an_older_version_needs_only_its_own_tables(db: peewee.Database, data_dir: Path,
                                                    tmp_path: Path) -> None:
    add_cards(3)
    good = backup_database(tmp_path / "good.sqlite", data_dir=data_dir)
    every = {m._meta.table_name for m in ALL_MODELS}
    # Version 3 had no run_lease (step 4 made it) but had check_run (step 2).
    v3 = shell(tmp_path / "v3.sqlite", good, every - {"run_lease"}, version=3)
    assert validate_backup_file(v3) == 3
    no_runs = shell(tmp_path / "v3-no-runs.sqlite", good, every - {"run_lease", "check_run"},
                    version=3)
    with pytest.raises(ValidationError, match=r"lacks the table\(s\) check_run that a simdesk "
                                              "database of schema version 3 has"):
        validate_backup_file(no_runs)
    report = restore_database(v3, data_dir=data_dir)
    assert report.schema_version == 3
    assert set(db.get_tables()) == every
    assert SimCard.select().count() == 3


def test_cli_restore_of_a_shell_leaves_a_working_database(tmp_path: Path) -> None:
    from tests.test_cli import assert_one_line_error, ok, run

    data = tmp_path / "data"
    src = tmp_path / "codes.txt"
    src.write_text("\n".join(f"89998{i:014d}" for i in range(3)) + "\n", encoding="utf-8")
    ok(run(data, "config", "set", "codes.verify_luhn", "false"))
    ok(run(data, "import", str(src)))
    ok(run(data, "backup", "-o", str(tmp_path / "good.sqlite")))
    empty = shell(tmp_path / "shell.sqlite", tmp_path / "good.sqlite",
                  {"schema_version", "shop", "simcard"})
    line = assert_one_line_error(run(data, "restore", str(empty)))
    assert "lacks the table(s) app_user, auth_token" in line
    assert ok(run(data, "users", "list")) == [
        "no users yet; add the first admin with: simdesk users add NAME --role admin"]
    assert ok(run(data, "export", "simcards", "-o", str(tmp_path / "out.csv"))) == [
        f"3 row(s) written to {tmp_path / 'out.csv'}"]
    assert not (data / "backups").exists()  # refused before the safety backup


# ---------------------------------------------------------------- keys and constraints


def rebuilt_without_constraints(path: Path, source: Path, table: str) -> Path:
    """A copy of ``source`` whose ``table`` was rebuilt with ``CREATE TABLE … AS SELECT``:
    every column and row is there, but no primary key, NOT NULL, UNIQUE or foreign key."""
    path.write_bytes(source.read_bytes())
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f'CREATE TABLE "{table}_copy" AS SELECT * FROM "{table}"')
        conn.execute(f'DROP TABLE "{table}"')
        conn.execute(f'ALTER TABLE "{table}_copy" RENAME TO "{table}"')
        conn.commit()
    finally:
        conn.close()
    return path


def test_restore_refuses_a_table_rebuilt_without_its_keys(db: peewee.Database, data_dir: Path,
                                                          tmp_path: Path) -> None:
    add_cards(3)
    good = backup_database(tmp_path / "good.sqlite", data_dir=data_dir)
    loose = rebuilt_without_constraints(tmp_path / "loose.sqlite", good, "simcard")
    # Every column is there and the file is sound: only the constraints are gone.
    assert {r[1] for r in sqlite3.connect(loose).execute("PRAGMA table_info(simcard)")} == {
        f.column_name for f in SimCard._meta.sorted_fields}
    before = live_state(data_dir)
    with pytest.raises(ValidationError) as err:
        restore_database(loose, data_dir=data_dir)
    assert err.value.code == "not_a_backup"
    message = err.value.message
    assert message.startswith(f"{loose} is not a simdesk backup: its tables lack constraints "
                              "that a simdesk database of schema version ")
    assert "simcard.id is not its primary key" in message
    assert "simcard.code is not NOT NULL" in message
    assert "; …; an incomplete or hand-made copy)" in message  # more than five, cut
    assert live_state(data_dir) == before


@pytest.mark.parametrize(("what", "sql", "expected"), [
    ("unique code", 'DROP INDEX "simcard_code"', "simcard(code) is not unique"),
    ("user name", 'DROP INDEX "app_user_username"', "app_user(username) is not unique"),
])
def test_restore_refuses_a_missing_unique_index(db: peewee.Database, data_dir: Path,
                                                tmp_path: Path, what: str, sql: str,
                                                expected: str) -> None:
    add_cards(2)
    good = backup_database(tmp_path / "good.sqlite", data_dir=data_dir)
    indexes = {r[1] for r in sqlite3.connect(good).execute(
        "SELECT type, name FROM sqlite_master WHERE type = 'index'")}
    name = sql.split('"')[1]
    assert name in indexes, sorted(indexes)
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(good.read_bytes())
    conn = sqlite3.connect(broken)
    conn.execute(sql)
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError, match=re.escape(expected)):
        validate_backup_file(broken)


def test_a_foreign_key_without_its_on_delete_is_refused(db: peewee.Database, data_dir: Path,
                                                        tmp_path: Path) -> None:
    good = backup_database(tmp_path / "good.sqlite", data_dir=data_dir)
    broken = tmp_path / "cascade.sqlite"
    broken.write_bytes(good.read_bytes())
    conn = sqlite3.connect(broken)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'simcard'").fetchone()[0]
    assert "ON DELETE RESTRICT" in sql.upper()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'simcard'",
                 (re.sub("ON DELETE RESTRICT", "ON DELETE CASCADE", sql, flags=re.I),))
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError,
                       match=re.escape("simcard.shop_id does not reference shop.id "
                                       "(ON DELETE RESTRICT)")):
        validate_backup_file(broken)


def test_the_first_released_schema_and_a_new_database_pass(db: peewee.Database, data_dir: Path,
                                                           tmp_path: Path) -> None:
    from tests.test_migrations import load_v3

    assert validate_backup_file(load_v3(tmp_path / "v3")) == 3
    good = backup_database(tmp_path / "good.sqlite", data_dir=data_dir)
    assert validate_backup_file(good) == migrations.LATEST_VERSION


# ---------------------------------------------------------------- another program's lock


def test_restore_under_another_programs_write_lock_gives_up_in_time(
        db: peewee.Database, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from simdesk.errors import BusyError
    from simdesk.storage import db as storage_db

    add_cards(4)
    good = backup_database(tmp_path / "good.sqlite", data_dir=data_dir)
    SimCard.delete().execute()
    monkeypatch.setattr(storage_db, "WRITE_WAIT_SECONDS", 1.0)
    other = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        started = time.monotonic()
        with pytest.raises(BusyError) as err:
            restore_database(good, data_dir=data_dir)
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert 0.9 <= waited < 10, waited  # sqlite3's backup alone retries for ever
    assert err.value.status == 503 and err.value.code == "busy"
    assert err.value.message.startswith("The database is busy: another program kept its "
                                        "write lock for 1 s, so nothing was restored")
    safety = err.value.details["safety_backup"]
    assert Path(safety).is_file() and f"a copy of it is in {safety}" in err.value.message
    assert SimCard.select().count() == 0  # left as it was
    # The live connection's own busy wait is back to what it was.
    assert int(db.execute_sql("PRAGMA busy_timeout").fetchone()[0]) > 1000
    report = restore_database(good, data_dir=data_dir)  # the lock gone, it works
    assert report.schema_version == migrations.LATEST_VERSION
    assert SimCard.select().count() == 4


def _pages(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()


def _climbing(seen: list[tuple[int, int]], total: int) -> None:
    """More than one report, all of ``total``, never going back, the last complete."""
    assert len(seen) > 2, seen
    assert {t for _, t in seen} == {total}
    dones = [d for d, _ in seen]
    assert dones == sorted(dones) and dones[0] < total and dones[-1] == total


def test_backup_tells_its_progress_in_pages(db: peewee.Database, data_dir: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from simdesk.storage import files

    add_cards(500)
    monkeypatch.setattr(files, "COPY_STEP_PAGES", 4)  # a database of a few dozen pages
    seen: list[tuple[int, int]] = []
    path = backup_database(data_dir=data_dir, progress=lambda d, t: seen.append((d, t)))
    _climbing(seen, _pages(path))
    assert count_rows(path, "simcard") == 500


def test_restore_tells_one_progress_over_the_safety_backup_and_the_copy(
        db: peewee.Database, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from simdesk.storage import files

    add_cards(300)
    saved = backup_database(data_dir=data_dir)
    add_cards(300, start=1000)
    monkeypatch.setattr(files, "COPY_STEP_PAGES", 4)
    seen: list[tuple[int, int]] = []
    report = restore_database(saved, data_dir=data_dir,
                              progress=lambda d, t: seen.append((d, t)))
    live_pages, saved_pages = _pages(report.safety_backup), _pages(saved)
    _climbing(seen, live_pages + saved_pages)
    assert (live_pages, live_pages + saved_pages) in seen  # the safety backup, then the copy
    assert SimCard.select().count() == 300


def test_a_backup_whose_database_changes_between_steps_ends_in_one_step(
        db: peewee.Database, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite starts a stepped copy again when another connection writes to the source;
    the copy then finishes in one step (it could otherwise start over as often as others
    write) and holds what was written."""
    from simdesk.storage import files

    add_cards(500)
    monkeypatch.setattr(files, "COPY_STEP_PAGES", 4)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        if len(seen) == 1:  # after the second step: another program adds a card
            other = sqlite3.connect(data_dir / DB_FILENAME)
            other.execute("INSERT INTO simcard (code, status, updated_at, "
                          "added_date, notes) VALUES ('8999800000000099999', 'available', "
                          "'2026-01-01', '2026-01-01', '')")
            other.commit()
            other.close()
        seen.append((done, total))

    path = backup_database(data_dir=data_dir, progress=progress)
    assert count_rows(path, "simcard") == 501
    assert seen[-1] == (_pages(path), _pages(path))
    dones = [d for d, _ in seen]
    assert len(dones) >= 3 and all(a < b for a, b in itertools.pairwise(dones)), dones
