"""Bulk add benchmark: 100,000 fresh 19-digit codes through simdesk's bulk-add service
(normalisation, Luhn check, duplicate detection, per-line results, one transaction) into a
fresh database, against plain ``sqlite3`` ``executemany`` of the same rows into an equivalent
table (same columns and indexes, same pragmas).  Prints both times and their ratio.

    python benchmarks/bulk_import.py [--count 100000]

Target: ratio <= 2.5.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from simdesk.domain import codes, simcards
from simdesk.storage import db as dbmod
from simdesk.storage.database import close_database, open_database
from simdesk.timeutil import utcnow

TINY = os.environ.get("SIMDESK_BENCH_TINY") == "1"  # a few rows, same code paths


def make_codes(count: int) -> list[str]:
    body = "8999801" + "0" * 11
    return codes.expand_range(body + codes.luhn_check_digit(body), count=count)


def run_service(folder: Path, items: list[str]) -> float:
    open_database(folder)
    try:
        entries = simcards.entries_from_codes(items)
        start = time.perf_counter()
        result = simcards.bulk_add(entries, source="cli")
        elapsed = time.perf_counter() - start
        assert len(result.created) == len(items), "every code should have been created"
    finally:
        close_database()
    return elapsed


def run_plain(folder: Path, items: list[str]) -> float:
    """The same table shape as simdesk's (copied from the live schema), plain executemany."""
    open_database(folder)
    schema = [
        row[0]
        for row in dbmod.current_database()
        .execute_sql(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'simcard' AND sql IS NOT NULL"
        )
        .fetchall()
    ]
    close_database()
    conn = sqlite3.connect(folder / "plain.sqlite")
    for pragma, value in dbmod.SQLITE_PRAGMAS.items():
        conn.execute(f"PRAGMA {pragma} = {value}")
    conn.execute('CREATE TABLE "shop" ("id" INTEGER NOT NULL PRIMARY KEY)')
    for statement in schema:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return raw_insert(folder / "plain.sqlite", items)[0]


RAW_INSERT = ('INSERT INTO "simcard" ("code", "phone", "operator", "status", "shop_id", '
              '"assigned_at", "added_date", "updated_at", "notes") '
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def raw_insert(database: Path, items: list[str]) -> tuple[float, float]:
    """The bound of a bulk add: plain ``executemany`` of ``items`` as new cards in stock
    into the ``simcard`` table of ``database`` (simdesk's pragmas, one transaction; the
    rows are built before the clock starts).  (seconds, CPU seconds)."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        for pragma, value in dbmod.SQLITE_PRAGMAS.items():
            conn.execute(f"PRAGMA {pragma} = {value}")
        stamp = utcnow().isoformat(" ")
        rows = [(c, None, None, "available", None, None, stamp, stamp, "") for c in items]
        started, cpu = time.perf_counter(), time.process_time()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(RAW_INSERT, rows)
        conn.execute("COMMIT")
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    if TINY:
        parser.set_defaults(count=500)
    args = parser.parse_args()
    items = make_codes(args.count)
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        service = run_service(Path(a), items)
        plain = run_plain(Path(b), items)
    print(f"codes:                     {args.count:,}")
    print(f"simdesk bulk_add service:  {service:.3f} s")
    print(f"sqlite3 executemany:       {plain:.3f} s")
    print(f"ratio:                     {service / plain:.2f} (target <= 2.5)")


if __name__ == "__main__":
    main()
