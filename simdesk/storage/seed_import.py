"""Converting a database written by the old "seed" server (FastAPI + sqlite3) in place.

``backup_seed_file`` copies the original file beside itself before anything changes.
``import_seed_tables`` runs inside the write transaction in which ``migrations`` creates the
latest schema from the current models (and stamps it): it copies every seed row into the new
tables (converting ids, names, timestamps, statuses and plaintext passwords), checks the row
counts and drops the seed tables.  Any error rolls the whole transaction back, leaving the
seed tables untouched.  It always writes the latest schema, so it uses the current models.

The seed stored ids as UUID text and timestamps as ``datetime.now().isoformat()`` (naive
local time).  Old ids are kept in ``legacy_id``; a value that cannot be converted never loses
its row: it is replaced by a safe default and the original is written into ``notes`` (or
``details`` for log rows).
"""

from __future__ import annotations

import glob
import json
import logging
import re
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import peewee

from simdesk.errors import ConfigurationError
from simdesk.passwords import hash_password
from simdesk.storage import models
from simdesk.storage.failures import disk_full, is_disk_full
from simdesk.storage.files import SEED_BACKUP_SUFFIX, copy_sqlite, unique_path
from simdesk.timeutil import parse_timestamp, utcnow

log = logging.getLogger(__name__)

SEED_SHOPS: Final = "shops"
SEED_SIMCARDS: Final = "simcards"
SEED_USERS: Final = "users"
SEED_LOGS: Final = "status_check_logs"
SEED_TABLE_NAMES: Final = (SEED_SHOPS, SEED_SIMCARDS, SEED_USERS, SEED_LOGS)

SEED_SOURCE: Final = "seed"
NOTE_PREFIX: Final = "[seed import]"

_CHUNK: Final = 500

MUST_CHANGE: Final = True  # every converted user chooses a new password at the next login


# --------------------------------------------------------------------------------------------
# Backup of the original file


def backup_seed_file(db: peewee.Database) -> Path:
    """Copy the seed's database file to ``<file>.seed-backup-YYYYmmdd-HHMMSS`` beside it.

    Uses SQLite's online backup API so that a database in WAL mode is copied consistently.
    One copy per original: when a copy with the same content is already there (a conversion
    that was stopped before its end leaves the seed as it was), that one is kept and
    returned instead of writing one more.
    """
    if not isinstance(db, peewee.SqliteDatabase):
        raise ConfigurationError(
            "Only a SQLite database can be a seed database; this one is not SQLite. "
            "Point simdesk at the seed's simcard_db.sqlite file instead.",
            code="seed_backup_failed",
        )
    name = str(db.database)
    if not name or name == ":memory:" or name.startswith("file::memory:"):
        raise ConfigurationError(
            "The seed database is held in memory and cannot be copied before conversion. "
            "Open the seed's database file instead.",
            code="seed_backup_failed",
        )
    source = Path(name).resolve()
    target = unique_path(lambda stamp: source.with_name(f"{source.name}.seed-backup-{stamp}"))
    earlier = sorted(p for p in source.parent.glob(f"{glob.escape(source.name)}.seed-backup-*")
                     if re.fullmatch(re.escape(source.name) + SEED_BACKUP_SUFFIX, p.name))
    try:
        target = copy_sqlite(db, target, same_as=earlier)
    except (OSError, sqlite3.Error) as exc:
        if is_disk_full(exc):
            raise disk_full(source.parent, f"Nothing was changed: the seed database {source} "
                                           "is converted once there is room for its copy.") from exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigurationError(
            f"Cannot copy the seed database {source} to {target} before converting it: "
            f"{reason}. Free some disk space or make the folder {source.parent} writable, "
            "then start simdesk again; nothing was changed.",
            code="seed_backup_failed",
            details={"database": str(source), "backup": str(target)},
        ) from exc
    log.info("seed database copied to %s", target)  # or an identical earlier copy kept
    return target


# --------------------------------------------------------------------------------------------
# Reading helpers


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(db: peewee.Database, table: str) -> set[str]:
    cursor = db.execute_sql(f"PRAGMA table_info({_quote(table)})")
    return {str(row[1]) for row in cursor.fetchall()}


def _read_rows(db: peewee.Database, table: str, wanted: Sequence[str]) -> list[dict[str, Any]]:
    """All rows of ``table`` as dicts with every ``wanted`` key (NULL for missing columns)."""
    present = _columns(db, table)
    selected = [c for c in wanted if c in present]
    # Here and below: table and column names are the old server's known ones (quoted with
    # _quote); no value from the file is put into SQL text.
    if not selected:
        count = int(db.execute_sql(f"SELECT COUNT(*) FROM {_quote(table)}").fetchone()[0])  # nosec B608
        return [dict.fromkeys(wanted) for _ in range(count)]
    sql = f"SELECT {', '.join(_quote(c) for c in selected)} FROM {_quote(table)} ORDER BY rowid"  # nosec B608
    rows: list[dict[str, Any]] = []
    for values in db.execute_sql(sql).fetchall():
        row: dict[str, Any] = dict.fromkeys(wanted)
        row.update(zip(selected, values, strict=True))
        rows.append(row)
    return rows


def _count(db: peewee.Database, table: str) -> int:
    return int(db.execute_sql(f"SELECT COUNT(*) FROM {_quote(table)}").fetchone()[0])  # nosec B608


def _text(value: Any, default: str = "") -> str:
    if value is None:
        return default
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def _opt_text(value: Any) -> str | None:
    if value is None:
        return None
    text = _text(value)
    return text if text.strip() else None


class _Notes:
    """Collects what could not be kept as it was, for a row's ``notes`` column."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, line: str) -> None:
        self.lines.append(f"{NOTE_PREFIX} {line}")

    def join(self, existing: str = "") -> str:
        parts = [existing] if existing else []
        parts.extend(self.lines)
        return "\n".join(parts)


def _timestamp(value: Any, field: str, notes: _Notes, *, required: bool) -> datetime | None:
    """Seed text (naive local time) as naive UTC; unreadable text becomes now, noted."""
    text = _opt_text(value)
    if text is None:
        if required:
            notes.add(f"{field} was empty; set to the time of the conversion")
            return utcnow()
        return None
    try:
        return parse_timestamp(text)
    except (ValueError, OverflowError):
        notes.add(f"{field} {text!r} could not be read; set to the time of the conversion")
        return utcnow()


def _coordinate(value: Any, field: str, notes: _Notes) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        notes.add(f"{field} {value!r} is not a number; left empty")
        return None
    if number != number or number in (float("inf"), float("-inf")):
        notes.add(f"{field} {value!r} is not a number; left empty")
        return None
    return number


def _insert_chunks(model: type[models.BaseModel], rows: list[dict[str, Any]]) -> int:
    """Bulk insert in chunks inside the current transaction; returns the rows inserted.

    Peewee's ``insert_many`` spends most of its time building SQL text (about a minute for
    300,000 rows), so the INSERT is built once and run with ``executemany``; values are
    converted with each field's ``db_value`` exactly as ``insert_many`` would.
    """
    if not rows:
        return 0
    db = model._meta.database
    names = list(rows[0])
    fields = [model._meta.fields[name] for name in names]
    columns = ", ".join(_quote(field.column_name) for field in fields)
    marks = ", ".join([str(db.param)] * len(fields))
    sql = f"INSERT INTO {_quote(model._meta.table_name)} ({columns}) VALUES ({marks})"  # nosec B608
    converters = [field.db_value for field in fields]
    cursor = db.cursor()
    for start in range(0, len(rows), _CHUNK):
        cursor.executemany(
            sql,
            [
                tuple(convert(row[name]) for convert, name in zip(converters, names, strict=True))
                for row in rows[start : start + _CHUNK]
            ],
        )
    return len(rows)


def _legacy_map(model: type[models.BaseModel]) -> dict[str, int]:
    """legacy_id → new id, with one query."""
    legacy = model._meta.fields["legacy_id"]
    query = model.select(model._meta.primary_key, legacy).where(legacy.is_null(False)).tuples()
    return {str(legacy_id): int(new_id) for new_id, legacy_id in query}


# --------------------------------------------------------------------------------------------
# Conversion


def _convert_shops(db: peewee.Database, now: datetime) -> list[dict[str, Any]]:
    wanted = ("id", "name", "ownerName", "ownerPhone", "address", "latitude", "longitude",
              "status", "region", "addedDate")
    rows: list[dict[str, Any]] = []
    for seed in _read_rows(db, SEED_SHOPS, wanted):
        notes = _Notes()
        status = _text(seed["status"]).strip()
        if status not in models.SHOP_STATUSES:
            notes.add(f"status was {seed['status']!r}; set to 'active'")
            status = models.SHOP_ACTIVE
        rows.append({
            "legacy_id": _opt_text(seed["id"]),
            "name": _text(seed["name"]),
            "owner_name": _text(seed["ownerName"]),
            "owner_phone": _text(seed["ownerPhone"]),
            "address": _text(seed["address"]),
            "region": _text(seed["region"]),
            "status": status,
            "latitude": _coordinate(seed["latitude"], "latitude", notes),
            "longitude": _coordinate(seed["longitude"], "longitude", notes),
            "added_date": _timestamp(seed["addedDate"], "addedDate", notes, required=True),
            "archived_at": None,
            "updated_at": now,
            "notes": notes.join(),
        })
    return rows


def _history_entries(raw: Any, notes: _Notes) -> list[Any]:
    """The parsed checkHistory list; unreadable JSON is kept in the card's notes."""
    text = _opt_text(raw)
    if text is None:
        return []
    try:
        parsed = json.loads(text)
    except ValueError:
        notes.add(f"checkHistory could not be read as JSON: {text}")
        return []
    if isinstance(parsed, list):
        return parsed
    if parsed is None:
        return []
    return [parsed]


def _first(entry: Any, keys: Iterable[str]) -> Any:
    if not isinstance(entry, dict):
        return None
    for key in keys:
        if entry.get(key) not in (None, ""):
            return entry[key]
    return None


def _history_row(entry: Any, card_code: str, now: datetime) -> dict[str, Any]:
    notes = _Notes()
    stamp = _first(entry, ("timestamp", "checkedAt", "checked_at", "date", "time"))
    checked_at = _timestamp(stamp, "timestamp", notes, required=True) or now
    external = _first(entry, ("externalStatus", "external_status", "status", "result"))
    return {
        "checked_at": checked_at,
        "simcard_code": card_code,
        "source": SEED_SOURCE,
        "kind": "check",
        "old_status": None,
        "new_status": None,
        "changed": False,
        "external_status": _opt_text(external),
        "raw_response": json.dumps(entry, ensure_ascii=False, default=str),
        "details": notes.join() or None,
        "legacy_id": None,
    }


def _convert_cards(
    db: peewee.Database, shop_ids: dict[str, int], now: datetime
) -> tuple[list[dict[str, Any]], list[tuple[int, list[dict[str, Any]]]]]:
    """Card rows, and per card (by position) the check rows from its checkHistory."""
    wanted = ("id", "code", "status", "assignedTo", "assignedShopName", "addedDate", "saleDate",
              "lastChecked", "lastExternalCheck", "externalStatus", "checkHistory")
    cards: list[dict[str, Any]] = []
    histories: list[tuple[int, list[dict[str, Any]]]] = []
    for seed in _read_rows(db, SEED_SIMCARDS, wanted):
        notes = _Notes()
        code = _text(seed["code"])
        status = _text(seed["status"]).strip()
        if status not in models.CARD_STATUSES:
            notes.add(f"status was {seed['status']!r}; set to 'available'")
            status = models.CARD_AVAILABLE
        shop_id: int | None = None
        assigned_to = _opt_text(seed["assignedTo"])
        if assigned_to is not None:
            shop_id = shop_ids.get(assigned_to)
            if shop_id is None:
                shop_name = _opt_text(seed["assignedShopName"])
                named = f" ({shop_name})" if shop_name else ""
                if status == models.CARD_ASSIGNED:
                    notes.add(f"was assigned to shop {assigned_to}{named}, which no longer "
                              "exists; set to 'available'")
                    status = models.CARD_AVAILABLE
                else:
                    notes.add(f"was linked to shop {assigned_to}{named}, which no longer exists")
            elif status == models.CARD_AVAILABLE:
                notes.add(f"was linked to shop {assigned_to} while in stock; kept in stock")
                shop_id = None
        if status == models.CARD_ASSIGNED and shop_id is None and assigned_to is None:
            notes.add("was 'assigned' to no shop; set to 'available'")
            status = models.CARD_AVAILABLE
        last_checked = _timestamp(seed["lastChecked"], "lastChecked", notes, required=False)
        if last_checked is None:
            last_checked = _timestamp(
                seed["lastExternalCheck"], "lastExternalCheck", notes, required=False
            )
        entries = _history_entries(seed["checkHistory"], notes)
        cards.append({
            "legacy_id": _opt_text(seed["id"]),
            "code": code,
            "status": status,
            "external_status": _opt_text(seed["externalStatus"]),
            "shop": shop_id,
            "assigned_at": None,
            "sale_date": _timestamp(seed["saleDate"], "saleDate", notes, required=False),
            "last_checked": last_checked,
            "added_date": _timestamp(seed["addedDate"], "addedDate", notes, required=True),
            "updated_at": now,
            "notes": notes.join(),
        })
        if entries:
            histories.append((len(cards) - 1, [_history_row(e, code, now) for e in entries]))
    return cards, histories


def _convert_users(db: peewee.Database, now: datetime) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for seed in _read_rows(db, SEED_USERS, ("id", "username", "password", "role")):
        role = _text(seed["role"]).strip()
        if role not in models.ROLES:
            role = models.ROLE_OPERATOR
        rows.append({
            "legacy_id": _opt_text(seed["id"]),
            "username": _text(seed["username"]),
            "password_hash": hash_password(_text(seed["password"])),
            "role": role,
            "is_active": True,
            "must_change_password": MUST_CHANGE,
            "failed_logins": 0,
            "created_at": now,
            "updated_at": now,
        })
    return rows


def _convert_logs(
    db: peewee.Database, card_ids: dict[str, int], card_codes: dict[str, str], now: datetime
) -> list[dict[str, Any]]:
    wanted = ("id", "simcard_id", "simcard_code", "old_status", "new_status", "source",
              "timestamp", "details")
    rows: list[dict[str, Any]] = []
    for seed in _read_rows(db, SEED_LOGS, wanted):
        notes = _Notes()
        legacy_card = _opt_text(seed["simcard_id"])
        card_id = card_ids.get(legacy_card) if legacy_card is not None else None
        code = _opt_text(seed["simcard_code"])
        if code is None:
            code = card_codes.get(legacy_card, "") if legacy_card is not None else ""
        old_status = _opt_text(seed["old_status"])
        new_status = _opt_text(seed["new_status"])
        checked_at = _timestamp(seed["timestamp"], "timestamp", notes, required=True) or now
        details = _opt_text(seed["details"])
        if notes.lines:
            details = notes.join(details or "")
        rows.append({
            "legacy_id": _opt_text(seed["id"]),
            "checked_at": checked_at,
            "simcard": card_id,
            "simcard_code": code,
            "shop": None,
            "source": _opt_text(seed["source"]) or SEED_SOURCE,
            "kind": "change",
            "old_status": old_status,
            "new_status": new_status,
            "changed": old_status != new_status,
            "external_status": None,
            "raw_response": None,
            "details": details,
        })
    return rows


def import_seed_tables(db: peewee.Database) -> None:
    """Copy the seed's tables into the new ones, verify the counts, drop the seed tables.

    Must run inside the write transaction that created the latest schema (any error rolls
    everything back).
    """
    tables = set(db.get_tables())
    now = utcnow()

    shop_rows = _convert_shops(db, now)
    inserted_shops = _insert_chunks(models.Shop, shop_rows)
    shop_ids = _legacy_map(models.Shop)

    card_rows, histories = _convert_cards(db, shop_ids, now)
    inserted_cards = _insert_chunks(models.SimCard, card_rows)
    card_ids = _legacy_map(models.SimCard)

    check_rows: list[dict[str, Any]] = []
    if histories:
        # Cards without a legacy id (a NULL seed id) are found by their unique code instead.
        id_by_code = {
            str(code): int(new_id)
            for new_id, code in models.SimCard.select(
                models.SimCard.id, models.SimCard.code
            ).tuples()
        }
        for position, entries in histories:
            card = card_rows[position]
            new_id = id_by_code.get(card["code"])
            for entry in entries:
                entry["simcard"] = new_id
                entry["shop"] = None
                check_rows.append(entry)
    inserted_checks = _insert_chunks(models.StatusCheck, check_rows)

    inserted_users = 0
    if SEED_USERS in tables:
        inserted_users = _insert_chunks(models.User, _convert_users(db, now))

    inserted_logs = 0
    if SEED_LOGS in tables:
        card_codes = {
            str(row["legacy_id"]): str(row["code"])
            for row in card_rows
            if row["legacy_id"] is not None
        }
        inserted_logs = _insert_chunks(
            models.StatusCheck, _convert_logs(db, card_ids, card_codes, now)
        )

    _verify_counts(
        db,
        tables,
        {
            SEED_SHOPS: (inserted_shops, models.Shop.select().count()),
            SEED_SIMCARDS: (inserted_cards, models.SimCard.select().count()),
            SEED_USERS: (inserted_users, models.User.select().count()),
            SEED_LOGS: (
                inserted_logs,
                models.StatusCheck.select().where(models.StatusCheck.kind == "change").count(),
            ),
        },
        checks_expected=len(check_rows),
        checks_found=models.StatusCheck.select().where(models.StatusCheck.kind == "check").count(),
    )

    for table in SEED_TABLE_NAMES:
        if table in tables:
            db.execute_sql(f"DROP TABLE {_quote(table)}")
    log.info(
        "seed database converted: %d shops, %d SIM cards, %d users, %d log rows, %d checks",
        inserted_shops, inserted_cards, inserted_users, inserted_logs, inserted_checks,
    )


def _verify_counts(
    db: peewee.Database,
    tables: set[str],
    found: dict[str, tuple[int, int]],
    *,
    checks_expected: int,
    checks_found: int,
) -> None:
    problems: list[str] = []
    for table, (inserted, stored) in found.items():
        seed_count = _count(db, table) if table in tables else 0
        if not seed_count == inserted == stored:
            problems.append(
                f"{table}: {seed_count} rows in the seed, {inserted} converted, {stored} stored"
            )
    if checks_expected != checks_found:
        problems.append(
            f"checkHistory: {checks_expected} entries converted, {checks_found} stored"
        )
    if problems:
        raise ConfigurationError(
            "Converting the seed database lost rows (" + "; ".join(problems) + "), so nothing "
            "was changed. Keep the seed-backup copy beside the database file and report this "
            "problem; the old seed server can still use the unchanged file.",
            code="seed_migration_mismatch",
            details={"problems": problems},
        )
