"""Uncached statistics: the domain functions and the HTTP routes, with a realistic mix.

    python benchmarks/stats_api.py [--cards 100000] [--shops 200] [--repeat 3] [--rounds 20]

The data: ``--shops`` shops in 7 regions; ~60 % of the cards in shops, a third of those
(~20 % of all cards) sold with sale dates spread over the last year, the rest held; ~40 % in
stock.  Cards are inserted with plain ``executemany`` (the schema is the real one, made by
``open_database``), then ``ANALYZE`` is *not* run (a new office's database has no
statistics either).

Every figure is uncached: the domain functions are called directly, and the routes are
asked through a real server on 127.0.0.1 whose response cache is switched off for this
benchmark (``Api.cache_answers = False``: each answer is computed afresh).  For each job the
median time of ``--rounds`` calls is taken, ``--repeat`` times; printed as min–max of those
medians.

Targets (issue 12): ``GET /statistics`` <= 7.8 ms at 100,000 cards; ``GET
/statistics/shops`` < 100 ms at 1,000,000 cards.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from simdesk.domain import stats, users
from simdesk.runtime import Runtime
from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import current_database, write_tx
from simdesk.storage.models import Shop
from simdesk.timeutil import utcnow

PASSWORD = "bench-Passw0rd-42"
TARGETS_MS = {("GET /statistics", 100_000): 7.8, ("GET /statistics/shops", 1_000_000): 100.0}


def fill(cards: int, shops: int, seed: int = 12) -> None:
    """The realistic mix described in the module's docstring."""
    rnd = random.Random(seed)
    now = utcnow()
    with write_tx():
        shop_ids = [Shop.create(name=f"Shop {i:03d}", region=f"R{i % 7}").id
                    for i in range(shops)]
        rows: list[tuple[Any, ...]] = []
        for i in range(cards):
            added = now - timedelta(days=400, seconds=-i)
            roll = rnd.random()
            if roll < 0.4:
                status, shop, assigned, sold = "available", None, None, None
            else:
                shop = shop_ids[rnd.randrange(shops)]
                assigned = now - timedelta(seconds=rnd.randrange(365 * 86400))
                status = "sold" if roll >= 0.8 else "assigned"
                sold = (now - timedelta(seconds=rnd.randrange(365 * 86400))
                        if status == "sold" else None)
            rows.append((f"P{i:08d}", status, shop, sold, assigned, added, added))
        current_database().cursor().executemany(
            'INSERT INTO "simcard" ("code", "status", "shop_id", "sale_date", '
            '"assigned_at", "added_date", "updated_at", "notes") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, '')",
            rows,
        )


def timed(job: Callable[[], object], rounds: int) -> float:
    """Median seconds of ``rounds`` calls (after one warm-up call)."""
    job()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def http_job(port: int, token: str, path: str) -> Callable[[], object]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Authorization": f"Bearer {token}"}

    def ask() -> object:
        conn.request("GET", path, headers=headers)
        answer = conn.getresponse()
        body = answer.read()
        if answer.status != 200:
            raise RuntimeError(f"{path}: HTTP {answer.status} {body[:200]!r}")
        return json.loads(body)

    return ask


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--shops", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    if os.environ.get("SIMDESK_BENCH_TINY") == "1":  # a few rows, same code paths
        args.cards, args.shops, args.repeat, args.rounds = 600, 10, 1, 2
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder))
        try:
            fill(args.cards, args.shops)
            user = users.add_user("bench", PASSWORD, "viewer")
            token, _ = users.issue_token(user, "benchmark")
            runtime = Runtime(database=db, host="127.0.0.1", main_port=0, status_port=0,
                              threads=4)
            runtime.start(schedule=False, all_or_nothing=True)
            try:
                pair = runtime.servers
                assert pair is not None
                pair.main_api.cache_answers = False  # uncached: every answer computed afresh
                port = pair.main.port
                shop_id = Shop.select(Shop.id).order_by(Shop.id).scalar()
                jobs: dict[str, Callable[[], object]] = {
                    "stats.totals": stats.totals,
                    "stats.per_shop": stats.per_shop,
                    "stats.per_region": stats.per_region,
                    "stats.sales_by_date(30)": lambda: stats.sales_by_date(30),
                    "stats.shop_stats": lambda: stats.shop_stats(shop_id),
                    "stats.count_stale(30)": lambda: stats.count_stale(30),
                    "stats.stale_cards(30)": lambda: stats.stale_cards(30),
                    "GET /statistics": http_job(port, token, "/statistics"),
                    "GET /statistics/shops": http_job(port, token, "/statistics/shops"),
                    "GET /statistics/regions": http_job(port, token, "/statistics/regions"),
                    "GET /statistics/sales?days=30":
                        http_job(port, token, "/statistics/sales?days=30"),
                    f"GET /shops/{shop_id}/stats": http_job(port, token,
                                                           f"/shops/{shop_id}/stats"),
                }
                for _ in range(args.repeat):
                    for name, job in jobs.items():
                        results.setdefault(name, []).append(timed(job, args.rounds))
            finally:
                runtime.close()
        finally:
            close_database()
    print(f"cards {args.cards:,}, shops {args.shops}: median of {args.rounds} uncached calls, "
          f"min–max of {args.repeat} runs")
    for name, values in results.items():
        target = TARGETS_MS.get((name, args.cards))
        note = f"  (target {'<=' if target == 7.8 else '<'} {target:g} ms)" if target else ""
        print(f"  {name + ':':<32} {min(values) * 1000:8.2f} – {max(values) * 1000:8.2f} ms"
              f"{note}")


if __name__ == "__main__":
    main()
