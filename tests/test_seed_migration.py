"""Converting a database written by the old seed server (created at the latest schema)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import peewee
import pytest

from simdesk.errors import ConfigurationError
from simdesk.passwords import verify_password
from simdesk.storage import migrations, seed_import
from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import DB_FILENAME
from simdesk.storage.models import SchemaVersion, Shop, SimCard, StatusCheck, User
from simdesk.timeutil import parse_timestamp
from tests.helpers import sql_statements

SEED_SCHEMA = """
CREATE TABLE shops (id TEXT PRIMARY KEY, name TEXT NOT NULL, ownerName TEXT NOT NULL,
  ownerPhone TEXT NOT NULL, address TEXT NOT NULL, latitude REAL, longitude REAL,
  status TEXT NOT NULL DEFAULT 'active', region TEXT NOT NULL,
  assignedSimCards TEXT DEFAULT '[]', addedDate TEXT NOT NULL);
CREATE TABLE simcards (id TEXT PRIMARY KEY, code TEXT UNIQUE NOT NULL,
  status TEXT NOT NULL DEFAULT 'available', assignedTo TEXT, assignedShopName TEXT,
  addedDate TEXT NOT NULL, saleDate TEXT, lastChecked TEXT, lastExternalCheck TEXT,
  externalStatus TEXT, checkHistory TEXT DEFAULT '[]');
CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT UNIQUE NOT NULL, password TEXT NOT NULL,
  role TEXT DEFAULT 'admin');
CREATE TABLE status_check_logs (id TEXT PRIMARY KEY, simcard_id TEXT, simcard_code TEXT,
  old_status TEXT, new_status TEXT, source TEXT, timestamp TEXT, details TEXT);
"""

OLD_SEED_SCHEMA = """
CREATE TABLE shops (id TEXT PRIMARY KEY, name TEXT NOT NULL, ownerName TEXT NOT NULL,
  ownerPhone TEXT NOT NULL, address TEXT NOT NULL, latitude REAL, longitude REAL,
  status TEXT NOT NULL DEFAULT 'active', region TEXT NOT NULL,
  assignedSimCards TEXT DEFAULT '[]', addedDate TEXT NOT NULL);
CREATE TABLE simcards (id TEXT PRIMARY KEY, code TEXT UNIQUE NOT NULL,
  status TEXT NOT NULL DEFAULT 'available', assignedTo TEXT, assignedShopName TEXT,
  addedDate TEXT NOT NULL, saleDate TEXT, lastChecked TEXT);
CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT UNIQUE NOT NULL, password TEXT NOT NULL,
  role TEXT DEFAULT 'admin');
"""

SHOP_A = "11111111-1111-1111-1111-111111111111"
SHOP_B = "22222222-2222-2222-2222-222222222222"
SHOP_C = "33333333-3333-3333-3333-333333333333"
GONE_SHOP = "99999999-9999-9999-9999-999999999999"

ADDED = "2024-03-01T10:15:30.123456"
SOLD = "2024-05-02T18:00:00"
CHECKED = "2024-05-03T09:30:00"

HISTORY = [
    {"timestamp": "2024-04-01T12:00:00", "externalStatus": "inactive", "status": "assigned"},
    {"timestamp": "2024-05-02T18:00:00", "externalStatus": "active", "status": "sold"},
]


def _seed_file(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def build_seed(data_dir: Path) -> None:
    conn = sqlite3.connect(_seed_file(data_dir))
    conn.executescript(SEED_SCHEMA)
    conn.execute("PRAGMA journal_mode=WAL")
    shops = [
        (SHOP_A, "Ali Savdo", "Alisher Karimov", "+998901234567", "Chilonzor 5", 41.2995,
         69.2401, "active", "Toshkent", json.dumps(["c-assigned"]), ADDED),
        (SHOP_B, "Baraka", "Bobur Aliyev", "90 123 45 67", "Yunusobod 1", None, None,
         "inactive", "Samarqand", "[]", "2024-01-15T08:00:00"),
        (SHOP_C, "Closed shop", "Dilshod", "+998935554433", "Bozor", None, None, "deleted",
         "Buxoro", "[]", "not a date"),
    ]
    conn.executemany("INSERT INTO shops VALUES (?,?,?,?,?,?,?,?,?,?,?)", shops)
    cards = [
        ("c-available", "8999800000000000001", "available", None, None, ADDED, None, None,
         None, None, "[]"),
        ("c-assigned", "8999800000000000002", "assigned", SHOP_A, "Ali Savdo", ADDED, None,
         CHECKED, CHECKED, "inactive", "[]"),
        ("c-sold", "8999800000000000003", "sold", SHOP_B, "Baraka", ADDED, SOLD, CHECKED,
         CHECKED, "active", json.dumps(HISTORY)),
        ("c-orphan", "8999800000000000004", "assigned", GONE_SHOP, "Gone shop", ADDED, None,
         None, None, None, "[]"),
        ("c-sold-orphan", "8999800000000000005", "sold", GONE_SHOP, "Gone shop", ADDED, SOLD,
         None, None, None, None),
        ("c-odd", " odd code!", "lost", None, None, ADDED, None, None, None, None, "[]"),
    ]
    conn.executemany("INSERT INTO simcards VALUES (?,?,?,?,?,?,?,?,?,?,?)", cards)
    users = [
        ("u-admin", "admin", "admin123", "admin"),
        ("u-op", "operator1", "op-pass", "operator"),
        ("u-weird", "boss", "boss-pass", "superuser"),
    ]
    conn.executemany("INSERT INTO users VALUES (?,?,?,?)", users)
    logs = [
        ("l-1", "c-sold", "8999800000000000003", "assigned", "sold", "external_check",
         SOLD, "status changed by operator"),
        ("l-2", "c-vanished", "8999800000000000777", "available", "available", None,
         "2024-05-04T10:00:00", None),
        ("l-3", "c-assigned", "8999800000000000002", "available", "assigned", "manual",
         "yesterday", '{"note": "x"}'),
    ]
    conn.executemany("INSERT INTO status_check_logs VALUES (?,?,?,?,?,?,?,?)", logs)
    conn.commit()
    conn.close()


def build_old_seed(data_dir: Path) -> None:
    conn = sqlite3.connect(_seed_file(data_dir))
    conn.executescript(OLD_SEED_SCHEMA)
    conn.execute(
        "INSERT INTO shops VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (SHOP_A, "Old shop", "Owner", "+998901112233", "Street", None, None, "active",
         "Toshkent", "[]", ADDED),
    )
    conn.executemany(
        "INSERT INTO simcards VALUES (?,?,?,?,?,?,?,?)",
        [
            ("o-1", "8999800000000000101", "assigned", SHOP_A, "Old shop", ADDED, None,
             CHECKED),
            ("o-2", "8999800000000000102", "available", None, None, ADDED, None, None),
        ],
    )
    conn.execute("INSERT INTO users VALUES ('u-1', 'admin', 'secret', NULL)")
    conn.commit()
    conn.close()


def seed_backups(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob(f"{DB_FILENAME}.seed-backup-*"))


@pytest.fixture
def opened(data_dir: Path) -> Iterator[peewee.Database]:
    build_seed(data_dir)
    database = open_database(data_dir)
    try:
        yield database
    finally:
        close_database()


def test_seed_backup_keeps_original_rows(opened: peewee.Database, data_dir: Path) -> None:
    backups = seed_backups(data_dir)
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"shops", "simcards", "users", "status_check_logs"} <= tables
        assert "schema_version" not in tables
        assert conn.execute("SELECT COUNT(*) FROM shops").fetchone()[0] == 3
        assert conn.execute("SELECT COUNT(*) FROM simcards").fetchone()[0] == 6
        assert conn.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 3
        assert conn.execute("SELECT COUNT(*) FROM status_check_logs").fetchone()[0] == 3
        assert conn.execute("SELECT password FROM users WHERE username='admin'").fetchone() == (
            "admin123",
        )
    finally:
        conn.close()


def test_seed_tables_dropped_and_version_latest(opened: peewee.Database) -> None:
    tables = set(opened.get_tables())
    assert not tables & {"shops", "simcards", "users", "status_check_logs"}
    assert migrations.current_version(opened) == migrations.LATEST_VERSION
    # Created at the latest schema and converted in one step: one stamp.
    assert [(s.version, s.name) for s in SchemaVersion.select()] == [
        (migrations.LATEST_VERSION, migrations.SEED_DATABASE)]


def test_shops_converted(opened: peewee.Database) -> None:
    assert Shop.select().count() == 3
    a = Shop.get(Shop.legacy_id == SHOP_A)
    assert (a.name, a.owner_name, a.owner_phone, a.address, a.region) == (
        "Ali Savdo", "Alisher Karimov", "+998901234567", "Chilonzor 5", "Toshkent",
    )
    assert a.latitude == pytest.approx(41.2995)
    assert a.longitude == pytest.approx(69.2401)
    assert a.status == "active"
    assert a.notes == ""
    assert a.added_date == parse_timestamp(ADDED)
    assert a.archived_at is None

    b = Shop.get(Shop.legacy_id == SHOP_B)
    assert b.status == "inactive"
    assert b.owner_phone == "90 123 45 67"
    assert b.latitude is None and b.longitude is None

    c = Shop.get(Shop.legacy_id == SHOP_C)
    assert c.status == "active"
    assert "status was 'deleted'" in c.notes
    assert "addedDate 'not a date' could not be read" in c.notes
    assert isinstance(c.added_date, datetime)


def test_cards_converted(opened: peewee.Database) -> None:
    assert SimCard.select().count() == 6
    shop_a = Shop.get(Shop.legacy_id == SHOP_A)
    shop_b = Shop.get(Shop.legacy_id == SHOP_B)

    available = SimCard.get(SimCard.legacy_id == "c-available")
    assert available.code == "8999800000000000001"
    assert available.status == "available"
    assert available.shop_id is None
    assert available.added_date == parse_timestamp(ADDED)
    assert available.sale_date is None and available.last_checked is None
    assert available.notes == ""

    assigned = SimCard.get(SimCard.legacy_id == "c-assigned")
    assert assigned.status == "assigned"
    assert assigned.shop_id == shop_a.id
    assert assigned.assigned_at is None
    assert assigned.external_status == "inactive"
    assert assigned.last_checked == parse_timestamp(CHECKED)

    sold = SimCard.get(SimCard.legacy_id == "c-sold")
    assert sold.status == "sold"
    assert sold.shop_id == shop_b.id
    assert sold.sale_date == parse_timestamp(SOLD)
    assert sold.external_status == "active"

    orphan = SimCard.get(SimCard.legacy_id == "c-orphan")
    assert orphan.status == "available"
    assert orphan.shop_id is None
    assert GONE_SHOP in orphan.notes and "set to 'available'" in orphan.notes

    sold_orphan = SimCard.get(SimCard.legacy_id == "c-sold-orphan")
    assert sold_orphan.status == "sold"
    assert sold_orphan.shop_id is None
    assert GONE_SHOP in sold_orphan.notes

    odd = SimCard.get(SimCard.legacy_id == "c-odd")
    assert odd.code == " odd code!"  # kept exactly as stored, not re-validated
    assert odd.status == "available"
    assert "status was 'lost'" in odd.notes


def test_check_history_became_status_checks(opened: peewee.Database) -> None:
    sold = SimCard.get(SimCard.legacy_id == "c-sold")
    checks = list(
        StatusCheck.select()
        .where(StatusCheck.kind == "check")
        .order_by(StatusCheck.checked_at)
    )
    assert len(checks) == 2
    for check, entry in zip(checks, HISTORY, strict=True):
        assert check.simcard_id == sold.id
        assert check.simcard_code == sold.code
        assert check.source == "seed"
        assert check.changed is False
        assert check.checked_at == parse_timestamp(entry["timestamp"])
        assert check.external_status == entry["externalStatus"]
        assert json.loads(check.raw_response) == entry


def test_status_logs_converted(opened: peewee.Database) -> None:
    changes = {c.legacy_id: c for c in StatusCheck.select().where(StatusCheck.kind == "change")}
    assert set(changes) == {"l-1", "l-2", "l-3"}
    sold = SimCard.get(SimCard.legacy_id == "c-sold")
    one = changes["l-1"]
    assert one.simcard_id == sold.id
    assert one.simcard_code == "8999800000000000003"
    assert (one.old_status, one.new_status, one.changed) == ("assigned", "sold", True)
    assert one.source == "external_check"
    assert one.checked_at == parse_timestamp(SOLD)
    assert one.details == "status changed by operator"

    two = changes["l-2"]
    assert two.simcard_id is None  # the card no longer exists
    assert two.simcard_code == "8999800000000000777"
    assert two.source == "seed"
    assert two.changed is False

    three = changes["l-3"]
    assert three.simcard_id == SimCard.get(SimCard.legacy_id == "c-assigned").id
    assert three.details is not None
    assert three.details.startswith('{"note": "x"}')
    assert "timestamp 'yesterday' could not be read" in three.details


def test_users_converted(opened: peewee.Database) -> None:
    users = {u.username: u for u in User.select()}
    assert set(users) == {"admin", "operator1", "boss"}
    for name, password in (("admin", "admin123"), ("operator1", "op-pass"),
                           ("boss", "boss-pass")):
        user = users[name]
        assert user.password_hash != password
        assert verify_password(user.password_hash, password)
        assert not verify_password(user.password_hash, password + "x")
        assert user.must_change_password is True
        assert user.is_active is True
    assert users["admin"].role == "admin"
    assert users["operator1"].role == "operator"
    assert users["boss"].role == "operator"
    assert users["admin"].legacy_id == "u-admin"


def test_reopen_is_noop(data_dir: Path) -> None:
    build_seed(data_dir)
    open_database(data_dir)
    counts = (Shop.select().count(), SimCard.select().count(), StatusCheck.select().count(),
              User.select().count())
    close_database()
    try:
        database = open_database(data_dir)
        report = migrations.migrate(database)
        assert report.applied == ()
        assert report.seed_backup is None
        assert len(seed_backups(data_dir)) == 1
        assert counts == (Shop.select().count(), SimCard.select().count(),
                          StatusCheck.select().count(), User.select().count())
    finally:
        close_database()


def test_old_seed_variant(data_dir: Path) -> None:
    build_old_seed(data_dir)
    database = open_database(data_dir)
    try:
        assert len(seed_backups(data_dir)) == 1
        assert not set(database.get_tables()) & {"shops", "simcards", "users"}
        shop = Shop.get(Shop.legacy_id == SHOP_A)
        one = SimCard.get(SimCard.legacy_id == "o-1")
        assert one.shop_id == shop.id
        assert one.status == "assigned"
        assert one.external_status is None
        assert one.last_checked == parse_timestamp(CHECKED)
        assert SimCard.get(SimCard.legacy_id == "o-2").shop_id is None
        assert StatusCheck.select().count() == 0
        admin = User.get(User.username == "admin")
        assert admin.role == "operator"  # NULL role is not one of the known roles
        assert verify_password(admin.password_hash, "secret")
        assert migrations.current_version(database) == migrations.LATEST_VERSION
    finally:
        close_database()


def test_count_mismatch_rolls_back(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_seed(data_dir)
    real = seed_import._convert_users

    def lose_one(db: peewee.Database, now: datetime) -> list[dict[str, object]]:
        return real(db, now)[1:]

    monkeypatch.setattr(seed_import, "_convert_users", lose_one)
    with pytest.raises(ConfigurationError, match=r"lost rows \(users: 3 rows in the seed") as err:
        open_database(data_dir)
    assert err.value.code == "seed_migration_mismatch"
    close_database()
    conn = sqlite3.connect(_seed_file(data_dir))
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"shops", "simcards", "users", "status_check_logs"} <= tables
        assert "schema_version" not in tables
        assert "simcard" not in tables
        assert conn.execute("SELECT COUNT(*) FROM simcards").fetchone()[0] == 6
    finally:
        conn.close()


def test_backup_seed_file_refuses_memory_database() -> None:
    with pytest.raises(ConfigurationError, match="held in memory") as err:
        seed_import.backup_seed_file(peewee.SqliteDatabase(":memory:"))
    assert err.value.code == "seed_backup_failed"


@pytest.mark.slow
def test_large_seed_migrates_fast(data_dir: Path) -> None:
    conn = sqlite3.connect(_seed_file(data_dir))
    conn.executescript(SEED_SCHEMA)
    shop_ids = [str(uuid.uuid4()) for _ in range(50)]
    conn.executemany(
        "INSERT INTO shops VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(sid, f"Shop {i}", "Owner", "+998901234567", "Street", None, None, "active",
          "Toshkent", "[]", ADDED) for i, sid in enumerate(shop_ids)],
    )
    statuses = ("available", "assigned", "sold")
    rows = []
    for i in range(20_000):
        status = statuses[i % 3]
        shop = shop_ids[i % 50] if status != "available" else None
        history = json.dumps(HISTORY[:1]) if i % 10 == 0 else "[]"
        rows.append((str(uuid.uuid4()), f"89998{i:014d}", status, shop, None, ADDED,
                     SOLD if status == "sold" else None, CHECKED, CHECKED, "active", history))
    conn.executemany("INSERT INTO simcards VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("INSERT INTO users VALUES ('u', 'admin', 'pw', 'admin')")
    conn.commit()
    conn.close()

    # The time is measured by benchmarks/seed_migration.py (under a second here).  Guarded
    # here: a number of SQL statements that does not grow with the seed (about 85 whatever
    # its size); one per card would be over 20,000.
    with sql_statements() as statements:
        open_database(data_dir)
    try:
        assert SimCard.select().count() == 20_000
        assert SimCard.select().where(SimCard.shop.is_null(False)).count() == 13_333
        assert StatusCheck.select().where(StatusCheck.kind == "check").count() == 2_000
        assert len(statements) < 500, f"{len(statements)} SQL statements"
    finally:
        close_database()


def test_inconsistent_seed_cards_made_consistent(data_dir: Path) -> None:
    build_seed(data_dir)
    conn = sqlite3.connect(_seed_file(data_dir))
    conn.executemany(
        "INSERT INTO simcards VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            ("c-linked", "8999800000000000010", "available", SHOP_A, "Ali Savdo", ADDED, None,
             None, None, None, "[]"),
            ("c-noshop", "8999800000000000011", "assigned", None, None, ADDED, None, None, None,
             None, "[]"),
        ],
    )
    conn.commit()
    conn.close()
    open_database(data_dir)
    try:
        linked = SimCard.get(SimCard.legacy_id == "c-linked")
        assert (linked.status, linked.shop_id) == ("available", None)
        assert "while in stock; kept in stock" in linked.notes
        noshop = SimCard.get(SimCard.legacy_id == "c-noshop")
        assert (noshop.status, noshop.shop_id) == ("available", None)
        assert "was 'assigned' to no shop" in noshop.notes
    finally:
        close_database()
