"""Statistics benchmark: 200,000 SIM cards (a third each available, assigned and sold) in
200 shops, in a fresh database; the dashboard's numbers (``stats.totals``), the per-shop
table (``stats.per_shop``) and the per-region table (``stats.per_region``).  Prints the best
of a few runs of each, and how many SQL statements each sends.

    python benchmarks/stats.py [--cards 200000] [--shops 200] [--repeat 3]

Target: under 1 s each at 200,000 cards (0.1 s or less on a 2-core machine).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import peewee

from simdesk.domain import stats
from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import current_database, write_tx
from simdesk.storage.models import Shop
from simdesk.timeutil import utcnow

TINY = os.environ.get("SIMDESK_BENCH_TINY") == "1"  # a few rows, same code paths

TARGET_SECONDS = 1.0


def fill(cards: int, shops: int) -> None:
    """Plain executemany: Peewee's insert_many would spend seconds building the SQL."""
    with write_tx():
        shop_ids = [Shop.create(name=f"Shop {i:03d}", region=f"R{i % 7}").id
                    for i in range(shops)]
        now = utcnow()
        statuses = ("available", "assigned", "sold")
        rows: list[tuple[Any, ...]] = []
        for i in range(cards):
            status = statuses[i % 3]
            held = status != "available"
            rows.append((
                f"P{i:07d}",
                status,
                shop_ids[i % shops] if held else None,
                now - timedelta(hours=i % 2000) if status == "sold" else None,
                now - timedelta(days=i % 90) if held else None,
                now,
                now,
            ))
        current_database().cursor().executemany(
            'INSERT INTO "simcard" ("code", "status", "shop_id", "sale_date", '
            '"assigned_at", "added_date", "updated_at", "notes") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, '')",
            rows,
        )


def measure(job: Callable[[], object], repeat: int) -> tuple[float, int]:
    """The best time of ``repeat`` runs, and the SQL statements one run sends."""
    sent = 0
    original = peewee.Database.execute_sql

    def counting(self: peewee.Database, sql: str, *args: Any, **kwargs: Any) -> Any:
        nonlocal sent
        sent += 1
        return original(self, sql, *args, **kwargs)

    best = float("inf")
    for _ in range(repeat):
        sent = 0
        peewee.Database.execute_sql = counting
        try:
            start = time.perf_counter()
            job()
            best = min(best, time.perf_counter() - start)
        finally:
            peewee.Database.execute_sql = original
    return best, sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=200_000)
    parser.add_argument("--shops", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    if TINY:
        parser.set_defaults(cards=500, shops=5, repeat=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder))
        try:
            fill(args.cards, args.shops)
            results = {
                "stats.totals": measure(stats.totals, args.repeat),
                "stats.per_shop": measure(stats.per_shop, args.repeat),
                "stats.per_region": measure(stats.per_region, args.repeat),
            }
        finally:
            close_database()
    print(f"cards, shops:     {args.cards:,}, {args.shops:,} (best of {args.repeat})")
    for name, (seconds, sent) in results.items():
        print(f"{name + ':':<17} {seconds:.3f} s, {sent} SQL statement(s) "
              f"(target <= {TARGET_SECONDS:g} s)")


if __name__ == "__main__":
    main()
