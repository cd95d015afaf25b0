"""Every job of the main API measured uncached, at 100,000 and 1,000,000 cards, each against
its bound measured in the same run (issue 12's table).

    python benchmarks/api_jobs.py [--sizes 100000,1000000 | --cards N] [--runs 3]
                                  [--duration 3] [--quick]

The simdesk server runs in its own process (``api_load.serve``: simdesk's Runtime as
``simdesk serve`` runs it) started with ``SIMDESK_RESPONSE_CACHE=off``, so the response cache
never answers: every figure is what a user gets right after a write (an office writes all
day).  Only the memory job runs the server as shipped (cache on).  Loads come from ``wrk``
(Debian package wrk) when installed, else a multi-process Python client.

Jobs, per size (N cards):
* ``POST /simcards/bulk`` of 100,000 new codes into a copy of the N-card database, against a
  raw ``sqlite3`` ``executemany`` of the same rows into simdesk's own table in another copy;
* ``GET /simcards``, the whole list: time to the last byte and the server's RSS growth;
* ``GET /statistics`` (plain database and a realistic mix) and ``GET /statistics/shops``
  (realistic mix): median latency of sequential requests;
* ``GET /shops`` (20 shops holding 100 cards each) and ``GET /simcards?limit=50`` at random
  offsets and by keyset (the ``after=`` cursor of the ``Link`` header, when the server
  offers one), requests/s against a bare Bottle + Waitress app;
* the server's RSS after 8 bulk requests of 100,000 codes (cache on, as shipped);
* once per run: ``auto_check.py`` (1,000 cards, 50 ms, 16 at a time) against its ideal.

The databases are built once per size with raw INSERTs into the schema simdesk creates (the
users, their tokens and the shops through simdesk's services), then copied for every job
that writes.  The "realistic mix": 200 shops, 60 % of the cards handed to them, a third of
those sold over the last 180 days.

Prints a table: figure, bound, ratio (min–max over the runs), the issue's target and how many
runs met it.  ``SIMDESK_BENCH_TINY=1`` runs every job on a few hundred cards in seconds
(``tests/test_benchmarks_run.py``).
"""

from __future__ import annotations

import argparse
import functools
import http.client
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import api_load
from bulk_import import raw_insert

from simdesk.api.core import RESPONSE_CACHE_ENV
from simdesk.domain import cardpages, codes, shops, users
from simdesk.storage import db as dbmod
from simdesk.storage.database import close_database, open_database
from simdesk.timeutil import utcnow

TINY = os.environ.get("SIMDESK_BENCH_TINY") == "1"
MIB = 1024 * 1024
HERE = Path(__file__).resolve().parent
PASSWORD = api_load.PASSWORD
BULK = 100_000
BULK_REQUESTS = 8
SHOPS, PER_SHOP = 20, 100
MIX_SHOPS = 200

# The old server's figures of the issue, at 100,000 cards.
OLD_WHOLE_LIST_S = 4.4
OLD_STATISTICS_MS = 39.0


# ------------------------------------------------------------------ databases


@dataclass
class Built:
    folder: Path
    cards: int
    viewer: str
    operator: str


@functools.lru_cache(maxsize=2)
def _card_codes(prefix: str, count: int) -> list[str]:
    """``count`` consecutive valid 19-digit codes from ``prefix`` followed by zeros."""
    first = int(prefix + "0" * (18 - len(prefix)))
    return [body + codes.luhn_check_digit(body)
            for body in (str(first + n) for n in range(count))]


def build(folder: Path, cards: int, mix: bool) -> Built:
    """A data folder of ``cards`` cards: 20 shops holding 100 each (plain), or the realistic
    mix (200 shops, 60 % handed over, a third of those sold over 180 days)."""
    folder.mkdir(parents=True)
    open_database(folder)
    try:
        shop_count = MIX_SHOPS if mix else SHOPS
        shop_ids = [shops.create_shop({"name": f"Shop {n:03d}", "owner_name": f"Owner {n}",
                                       "owner_phone": f"+9989012{n:05d}",
                                       "address": f"Street {n}",
                                       "region": f"Region {n % 12}"}).id
                    for n in range(shop_count)]
        viewer = users.issue_token(users.add_user("viewer", PASSWORD, "viewer"), "bench")[0]
        operator = users.issue_token(users.add_user("operator", PASSWORD, "operator"),
                                     "bench")[0]
    finally:
        close_database()
    now = utcnow()
    stamp = now.isoformat(" ")
    rng = random.Random(12)

    def rows() -> Any:
        for n, code in enumerate(_card_codes("8999801", cards)):  # built once, both dbs
            added = (now - timedelta(seconds=cards - n)).isoformat(" ")
            if mix:
                handed = n % 10 < 6
                sold = handed and n % 3 == 0
                shop = shop_ids[n % MIX_SHOPS] if handed else None
                sale = ((now - timedelta(days=rng.random() * 180)).isoformat(" ")
                        if sold else None)
                status = "sold" if sold else "assigned" if handed else "available"
            else:
                handed = n < SHOPS * PER_SHOP
                shop = shop_ids[n // PER_SHOP] if handed else None
                sale, status = None, "assigned" if handed else "available"
            yield (code, status, shop, stamp if handed else None, sale, added, stamp, "")

    conn = sqlite3.connect(folder / dbmod.DB_FILENAME)
    try:
        with conn:
            conn.executemany(
                'INSERT INTO "simcard" ("code", "status", "shop_id", "assigned_at", '
                '"sale_date", "added_date", "updated_at", "notes") '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows())
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return Built(folder, cards, viewer, operator)


def copy_of(built: Built, target: Path) -> Built:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(built.folder, target)
    return Built(target, built.cards, built.viewer, built.operator)


# ------------------------------------------------------------------ clients


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def request(port: int, method: str, path: str, token: str, body: bytes | None = None,
            ) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    headers = _auth(token)
    if body is not None:
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=body, headers=headers)
    reply = conn.getresponse()
    data = reply.read()
    conn.close()
    return reply.status, dict(reply.getheaders()), data


def latency_ms(port: int, path: str, token: str, repeat: int) -> float:
    """Median of ``repeat`` sequential requests (after one warm-up), in ms."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    times = []
    for n in range(repeat + 1):
        start = time.perf_counter()
        conn.request("GET", path, headers=_auth(token))
        reply = conn.getresponse()
        reply.read()
        if reply.status != 200:
            raise RuntimeError(f"GET {path}: {reply.status}")
        if n:
            times.append(time.perf_counter() - start)
    conn.close()
    return statistics.median(times) * 1000


def rate_over(port: int, paths: list[str], token: str, duration: float, connections: int,
              folder: Path) -> float:
    """Requests/s cycling over ``paths`` (wrk with a Lua script; without wrk, the Python
    client asks the first path only)."""
    if not shutil.which("wrk"):
        return api_load.rate(port, paths[0], _auth(token), duration, connections)
    script = folder / "paths.lua"
    listed = ",\n".join(json.dumps(p) for p in paths)
    script.write_text(
        f"paths = {{\n{listed}\n}}\ncounter = 0\n"
        "request = function()\n  counter = counter + 1\n"
        "  return wrk.format(nil, paths[(counter % #paths) + 1])\nend\n", encoding="utf-8")
    url = f"http://127.0.0.1:{port}/"
    if not TINY:
        api_load._wrk(url, _auth(token), min(1.0, duration), connections, str(script))  # warm
    return api_load._wrk(url, _auth(token), duration, connections, str(script))


def keyset_paths(port: int, token: str, cards: int, count: int) -> list[str] | None:
    """``count`` keyset pages (``sort=id&after=<cursor>``) that start after random cards,
    each cursor made by the server's own ``cardpages.cursor_after``; None when the server
    offers no cursor (the first page's ``Link`` has no ``after=`` rel="next")."""
    first = "/simcards?sort=id&limit=50&after="
    status, headers, _ = request(port, "GET", first, token)
    if status != 200:
        raise RuntimeError(f"GET {first}: {status}")
    if re.search(r'<[^>]*[?&]after=[^>&]+[^>]*>;\s*rel="next"', headers.get("Link", "")) is None:
        return None
    order = cardpages.sort_order("id")
    rng = random.Random(7)
    found = []
    for _ in range(count):
        card = SimpleNamespace(id=rng.randrange(1, max(2, cards - 100)))
        path = f"/simcards?sort=id&limit=50&after={cardpages.cursor_after(card, order)}"  # type: ignore[arg-type]
        status, _, data = request(port, "GET", path, token)
        if status != 200 or len(json.loads(data)) != 50:
            raise RuntimeError(f"GET {path}: {status} {data[:200]!r}")
        found.append(path)
    return found


def bulk_body(prefix: str, count: int) -> bytes:
    return json.dumps({"codes": _card_codes(prefix, count)}).encode()


def post_bulk(port: int, token: str, body: bytes, count: int) -> float:
    start = time.perf_counter()
    status, _, data = request(port, "POST", "/simcards/bulk", token, body)
    elapsed = time.perf_counter() - start
    if status != 200 and status != 201:
        raise RuntimeError(f"POST /simcards/bulk: {status} {data[:300]!r}")
    created = json.loads(data).get("created")
    if created != count:
        raise RuntimeError(f"POST /simcards/bulk created {created}, expected {count}")
    return elapsed


def start(folder: Path, threads: int, cached: bool = False) -> api_load.Server:
    if cached:
        os.environ.pop(RESPONSE_CACHE_ENV, None)
    else:
        os.environ[RESPONSE_CACHE_ENV] = "off"
    try:
        return api_load.start_server("simdesk", folder, threads)
    finally:
        os.environ.pop(RESPONSE_CACHE_ENV, None)


# ------------------------------------------------------------------ results


@dataclass
class Row:
    size: int
    job: str
    unit: str
    target: str = "—"
    check: Callable[[float], bool] | None = None  # applied to the ratio (or the figure)
    on_ratio: bool = True
    figures: list[float] = field(default_factory=list)
    bounds: list[float] = field(default_factory=list)
    note: str = ""

    def add(self, figure: float, bound: float | None = None) -> None:
        self.figures.append(figure)
        if bound is not None:
            self.bounds.append(bound)

    def ratios(self) -> list[float]:
        return [f / b for f, b in zip(self.figures, self.bounds, strict=False) if b]


def _span(values: list[float], fmt: str) -> str:
    if not values:
        return "—"
    low, high = min(values), max(values)
    if fmt.format(low) == fmt.format(high):
        return fmt.format(low)
    return f"{fmt.format(low)}–{fmt.format(high)}"


def _fmt(unit: str) -> str:
    return {"s": "{:.2f}", "ms": "{:,.1f}", "req/s": "{:,.1f}", "MiB": "{:.0f}"}.get(unit, "{:.2f}")


def print_table(rows: list[Row]) -> None:
    header = (f"{'cards':>9}  {'job':44} {'figure':>17} {'bound':>17} {'ratio':>11}  "
              f"{'target':24} verdict")
    print(header)
    print("-" * len(header))
    for row in rows:
        fmt = _fmt(row.unit)
        figure = f"{_span(row.figures, fmt)} {row.unit}" if row.figures else row.note
        bound = f"{_span(row.bounds, fmt)} {row.unit}" if row.bounds else "—"
        ratio = _span(row.ratios(), "{:.2f}") if row.bounds else "—"
        verdict = "—"
        if row.check is not None and row.figures:
            values = row.ratios() if row.on_ratio else row.figures
            met = sum(1 for v in values if row.check(v))
            verdict = f"{'pass' if met == len(values) else 'FAIL'} {met}/{len(values)}"
        print(f"{row.size:>9,}  {row.job:44} {figure:>17} {bound:>17} {ratio:>11}  "
              f"{row.target:24} {verdict}")


# ------------------------------------------------------------------ jobs


@dataclass
class Options:
    threads: int
    connections: int
    duration: float
    repeat: int
    bulk: int
    bulk_requests: int
    samples: int


def measure_size(cards: int, plain: Built, mix: Built, scratch: Path, run: int,
                 opts: Options, rows: dict[str, Row]) -> None:
    def row(key: str, *args: object, **kw: object) -> Row:
        if key not in rows:
            rows[key] = Row(cards, *args, **kw)  # type: ignore[arg-type]
        return rows[key]

    # Bulk add into a copy of the N-card database, against executemany into another copy.
    items_prefix = f"89998{2 + run}"
    body = bulk_body(items_prefix, opts.bulk)
    target = copy_of(plain, scratch / "bulk")
    server = start(target.folder, opts.threads)
    try:
        bulk_s = post_bulk(server.port, target.operator, body, opts.bulk)
    finally:
        server.close()
    raw = copy_of(plain, scratch / "raw")
    bound_s = raw_insert(raw.folder / dbmod.DB_FILENAME, _card_codes(items_prefix, opts.bulk))[0]
    shutil.rmtree(target.folder)
    shutil.rmtree(raw.folder)
    row("bulk", f"POST /simcards/bulk {opts.bulk:,} codes", "s",
        "≤ 1.5 × raw executemany", lambda r: r <= 1.5).add(bulk_s, bound_s)

    # Reads of the plain database.
    server = start(plain.folder, opts.threads)
    try:
        seconds, growth, _ = api_load.whole_array(server, plain.viewer, cards)
        old = OLD_WHOLE_LIST_S * cards / 100_000
        if cards == 100_000 or TINY:
            row("list", "GET /simcards whole list", "s", "≥ 5× old (≤ 0.88 s)",
                lambda v: v <= OLD_WHOLE_LIST_S / 5 * cards / 100_000, on_ratio=False,
                ).add(seconds)
        else:
            row("list", "GET /simcards whole list", "s", f"(old ×{cards // 100_000} ≈ "
                f"{old:.0f} s: none)").add(seconds)
        row("list-mem", "  server RSS growth during it", "MiB").add(growth)
        stats_ms = latency_ms(server.port, "/statistics", plain.viewer, opts.repeat)
        if cards == 100_000 or TINY:
            row("stats", "GET /statistics", "ms", f"≥ 5× old (≤ {OLD_STATISTICS_MS / 5} ms)",
                lambda v: v <= OLD_STATISTICS_MS / 5, on_ratio=False).add(stats_ms)
        else:
            row("stats", "GET /statistics", "ms").add(stats_ms)
        shops_rate = rate_over(server.port, ["/shops"], plain.viewer, opts.duration,
                               opts.connections, scratch)
        rng = random.Random(run)
        offsets = [f"/simcards?limit=50&offset={rng.randrange(0, max(1, cards - 50))}"
                   for _ in range(opts.samples)]
        offset_rate = rate_over(server.port, offsets, plain.viewer, opts.duration,
                                opts.connections, scratch)
        keyset = keyset_paths(server.port, plain.viewer, cards, opts.samples)
        keyset_rate = (rate_over(server.port, keyset, plain.viewer, opts.duration,
                                 opts.connections, scratch) if keyset else None)
    finally:
        server.close()
    bare_server = api_load.start_server("bare", plain.folder, opts.threads)
    try:
        bare = rate_over(bare_server.port, ["/"], "", opts.duration, opts.connections, scratch)
    finally:
        bare_server.close()
    row("shops", f"GET /shops ({SHOPS} shops × {PER_SHOP} cards)", "req/s",
        "≥ 0.5 × bare app", lambda r: r >= 0.5).add(shops_rate, bare)
    big = cards >= 1_000_000 or TINY
    row("offset", "GET /simcards?limit=50 random offsets", "req/s",
        "≥ 500 req/s" if big else "— (target at 1M)",
        (lambda v: v >= 500) if big else None, on_ratio=False).add(offset_rate, bare)
    key = row("keyset", "GET /simcards?limit=50&after= (keyset)", "req/s",
              "≥ 500 req/s" if big else "— (target at 1M)",
              (lambda v: v >= 500) if big else None, on_ratio=False)
    if keyset_rate is None:
        key.note = "not offered"
    else:
        key.add(keyset_rate, bare)

    # The realistic mix: statistics.
    server = start(mix.folder, opts.threads)
    try:
        mix_ms = latency_ms(server.port, "/statistics", mix.viewer, opts.repeat)
        per_shop_ms = latency_ms(server.port, "/statistics/shops", mix.viewer, opts.repeat)
    finally:
        server.close()
    row("stats-mix", "GET /statistics (realistic mix)", "ms").add(mix_ms)
    row("stats-shops", f"GET /statistics/shops (mix, {MIX_SHOPS} shops)", "ms",
        "< 100 ms" if big else "— (target at 1M)",
        (lambda v: v < 100) if big else None, on_ratio=False).add(per_shop_ms)

    # Memory after 8 bulk requests, the server as shipped (cache on).
    target = copy_of(plain, scratch / "memory")
    server = start(target.folder, opts.threads, cached=True)
    try:
        for n in range(opts.bulk_requests):
            post_bulk(server.port, target.operator, bulk_body(f"8999{10 + n}", opts.bulk),
                      opts.bulk)
        time.sleep(1.0)
        rss = server.ask("memory")["VmRSS"] / MIB
    finally:
        server.close()
    shutil.rmtree(target.folder)
    row("rss", f"server RSS after {opts.bulk_requests} bulk requests (cache on)", "MiB",
        "< 250 MiB", lambda v: v < 250, on_ratio=False).add(rss)


def auto_check(rows: dict[str, Row]) -> None:
    out = subprocess.run([sys.executable, str(HERE / "auto_check.py")], capture_output=True,
                         text=True, timeout=600, check=False).stdout
    wall = re.search(r"auto-check wall time\s+([\d.]+) s", out)
    bound = re.search(r"ideal bound\s+([\d.]+) s", out)
    if wall is None or bound is None:
        raise RuntimeError(f"cannot read auto_check.py's output:\n{out}")
    cards = re.search(r"cards\s+(\d+)", out)
    if "auto" not in rows:
        rows["auto"] = Row(int(cards.group(1)) if cards else 1000,
                           "auto-check at 50 ms × 16 (auto_check.py)", "s", "≤ 1.3 × ideal",
                           lambda r: r <= 1.3)
    rows["auto"].add(float(wall.group(1)), float(bound.group(1)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000,1000000",
                        help="card counts, comma-separated (default 100000,1000000)")
    parser.add_argument("--cards", type=int, help="one size only (overrides --sizes)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--duration", type=float, default=3.0, help="seconds of load per rate")
    parser.add_argument("--threads", type=int, default=8, help="Waitress threads")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--quick", action="store_true",
                        help="one run, 1 s of load per rate, fewer repeats")
    args = parser.parse_args()
    sizes = [args.cards] if args.cards else [int(s) for s in args.sizes.split(",") if s]
    opts = Options(args.threads, args.connections, args.duration, 15, BULK, BULK_REQUESTS, 100)
    runs = args.runs
    if args.quick:
        runs, opts.duration, opts.repeat = 1, 1.0, 5
    if TINY:
        sizes, runs = [400], 1
        opts = Options(2, 2, 1.0, 2, 120, 2, 5)  # wrk counts whole seconds

    tool = "wrk" if shutil.which("wrk") else "multi-process Python client"
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; load: {tool}, "
          f"{opts.connections} connections, {opts.duration:g} s per rate; Waitress threads: "
          f"{opts.threads}; {runs} run(s); response cache OFF ({RESPONSE_CACHE_ENV}=off) "
          "except for the memory job")
    table: list[Row] = []
    auto_rows: dict[str, Row] = {}
    with tempfile.TemporaryDirectory(prefix="simdesk-jobs-") as tmp:
        base = Path(tmp)
        for cards in sizes:
            started = time.perf_counter()
            plain = build(base / f"plain-{cards}", cards, mix=False)
            mix = build(base / f"mix-{cards}", cards, mix=True)
            print(f"{cards:,} cards: databases built in {time.perf_counter() - started:.1f} s",
                  flush=True)
            rows: dict[str, Row] = {}
            for run in range(runs):
                started = time.perf_counter()
                measure_size(cards, plain, mix, base / "scratch", run, opts, rows)
                print(f"  run {run + 1}/{runs} in {time.perf_counter() - started:.0f} s",
                      flush=True)
            table.extend(rows.values())
            print()
            print_table(list(rows.values()))  # each size as soon as it is measured
            print(flush=True)
            shutil.rmtree(plain.folder)
            shutil.rmtree(mix.folder)
        if TINY:
            os.environ["SIMDESK_BENCH_TINY"] = "1"  # auto_check.py's tiny mode too
        for _ in range(runs):
            auto_check(auto_rows)
    table.extend(auto_rows.values())
    print()
    print_table(table)
    print("\nfigure: min–max over the runs; bound: the bare app (rates) or raw executemany "
          "(bulk) or the ideal (auto-check), measured in the same run; ratio = figure/bound; "
          "verdict: runs that met the issue's target.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
