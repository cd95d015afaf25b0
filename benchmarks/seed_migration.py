"""Seed migration benchmark: a seed server's SQLite file with 20,000 SIM cards in 50 shops
(two thirds assigned or sold, every tenth card with a check-history entry) converted to
simdesk's tables by ``open_database``, the way the first start in an office does it.
Prints the time, the cards per second and the SQL statements peewee sent.

    python benchmarks/seed_migration.py [--cards 20000]

Target: under 5 s for 20,000 cards (under 1 s on a 2-core machine); the statements stay
the same whatever the number of cards.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import peewee

from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import DB_FILENAME
from simdesk.storage.models import SimCard

TINY = os.environ.get("SIMDESK_BENCH_TINY") == "1"  # a few rows, same code paths

TARGET_SECONDS = 5.0
TARGET_CARDS = 20_000

# The seed server's tables, as its SQLite files have them.
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
ADDED = "2024-03-01T10:15:30.123456"
SOLD = "2024-05-02T18:00:00"
CHECKED = "2024-05-03T09:30:00"
HISTORY = [{"timestamp": "2024-04-01T12:00:00", "externalStatus": "inactive",
            "status": "assigned"}]


def write_seed(path: Path, cards: int) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(SEED_SCHEMA)
        shop_ids = [str(uuid.uuid4()) for _ in range(50)]
        conn.executemany(
            "INSERT INTO shops VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(sid, f"Shop {i}", "Owner", "+998901234567", "Street", None, None, "active",
              "Toshkent", "[]", ADDED) for i, sid in enumerate(shop_ids)],
        )
        statuses = ("available", "assigned", "sold")
        rows: list[tuple[Any, ...]] = []
        for i in range(cards):
            status = statuses[i % 3]
            shop = shop_ids[i % 50] if status != "available" else None
            history = json.dumps(HISTORY) if i % 10 == 0 else "[]"
            rows.append((str(uuid.uuid4()), f"89998{i:014d}", status, shop, None, ADDED,
                         SOLD if status == "sold" else None, CHECKED, CHECKED, "active",
                         history))
        conn.executemany("INSERT INTO simcards VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.execute("INSERT INTO users VALUES ('u', 'admin', 'pw', 'admin')")
        conn.commit()
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=TARGET_CARDS)
    if TINY:
        parser.set_defaults(cards=200)
    args = parser.parse_args()
    sent = 0
    original = peewee.Database.execute_sql

    def counting(self: peewee.Database, sql: str, *rest: Any, **kwargs: Any) -> Any:
        nonlocal sent
        sent += 1
        return original(self, sql, *rest, **kwargs)

    with tempfile.TemporaryDirectory() as folder:
        write_seed(Path(folder) / DB_FILENAME, args.cards)
        peewee.Database.execute_sql = counting
        try:
            start = time.perf_counter()
            open_database(Path(folder))
            elapsed = time.perf_counter() - start
        finally:
            peewee.Database.execute_sql = original
        try:
            migrated = SimCard.select().count()
        finally:
            close_database()
    assert migrated == args.cards, f"{migrated} of {args.cards} cards migrated"
    target = TARGET_SECONDS * args.cards / TARGET_CARDS
    print(f"seed cards:       {args.cards:,}")
    print(f"migration:        {elapsed:.3f} s ({args.cards / elapsed:,.0f} cards/s; "
          f"target <= {target:.1f} s)")
    print(f"SQL statements:   {sent}")


if __name__ == "__main__":
    main()
