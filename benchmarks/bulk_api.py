"""Bulk add through the API against its raw bound, in the same run.

Each round starts ``simdesk serve`` on a fresh data folder and times one
``POST /simcards/bulk {"codes": [...]}`` of fresh 19-digit codes end to end (the JSON body
sent, the whole answer read), then times the bound: plain ``sqlite3`` ``executemany`` of the
same rows into simdesk's own ``simcard`` table (a freshly migrated database of another
folder: the same columns, indexes and pragmas) in one transaction.  Prints both, their ratio
and the server's RSS after the request, per round and as min–max over the rounds.

    python benchmarks/bulk_api.py [--count 100000] [--rounds 3] [--details] [--shop]

``--details`` asks for the per-code answer (``?details=1``); ``--shop`` sends the cards
straight into a shop (with their status-log rows; the bound stays the bare insert).
Target: ratio <= 1.5 (issue 12).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from api_load import start_serve
from bulk_import import raw_insert

from simdesk.domain import codes, shops
from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import DB_FILENAME

HEADERS = {"Origin": "http://localhost:8080", "Content-Type": "application/json"}


def make_codes(count: int) -> list[str]:
    body = "8999801" + "0" * 11
    return codes.expand_range(body + codes.luhn_check_digit(body), count=count,
                              max_count=max(count, codes.MAX_RANGE))


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class ApiRound(NamedTuple):
    seconds: float
    cpu: float  # the server's CPU seconds during the request
    size: int  # answer bytes
    rss: float  # server RSS after the request, MiB
    counts: dict[str, int]


def api_round(items: list[str], details: bool, shop: bool) -> ApiRound:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        open_database(folder)
        try:
            shop_id = shops.create_shop({"name": "Chorsu", "region": "Toshkent shahri"}).id
        finally:
            close_database()
        proc, url = start_serve(folder)
        try:
            where = urlsplit(url)
            conn = http.client.HTTPConnection(where.hostname or "127.0.0.1", where.port,
                                              timeout=600)
            doc: dict[str, object] = {"codes": items}
            if shop:
                doc["shopId"] = str(shop_id)
            body = json.dumps(doc).encode()
            path = "/simcards/bulk" + ("?details=1" if details else "")
            cpu = cpu_seconds(proc.pid)
            started = time.perf_counter()
            conn.request("POST", path, body=body, headers=HEADERS)
            reply = conn.getresponse()
            data = reply.read()
            took = time.perf_counter() - started
            cpu = cpu_seconds(proc.pid) - cpu
            conn.close()
            if reply.status != 200:
                raise SystemExit(f"answered {reply.status}: {data[:300]!r}")
            answer = json.loads(data)
            if answer["created"] != len(items):
                raise SystemExit(f"created {answer['created']} of {len(items)}")
            rss = rss_mib(proc.pid)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(60)
    counts = {k: answer[k] for k in ("created", "failed", "duplicates", "invalid")}
    return ApiRound(took, cpu, len(data), rss, counts)


def bound_round(items: list[str]) -> tuple[float, float]:
    """Plain executemany of the same rows into a freshly migrated simdesk database:
    (seconds, CPU seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        open_database(folder)
        close_database()
        return raw_insert(folder / DB_FILENAME, items)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--details", action="store_true", help="ask for ?details=1")
    parser.add_argument("--shop", action="store_true", help="add the cards into a shop")
    args = parser.parse_args()
    if os.environ.get("SIMDESK_BENCH_TINY") == "1":  # a few rows, same code paths
        args.count, args.rounds = 500, 1
    items = make_codes(args.count)
    rounds: list[tuple[ApiRound, float, float]] = []
    for n in range(1, args.rounds + 1):
        api = api_round(items, args.details, args.shop)
        bound, bound_cpu = bound_round(items)
        rounds.append((api, bound, bound_cpu))
        print(f"round {n}: POST /simcards/bulk {api.seconds:.3f} s (server CPU "
              f"{api.cpu:.2f} s, {api.size / 1e6:.2f} MB answer, {api.counts}), bound "
              f"{bound:.3f} s (CPU {bound_cpu:.2f} s), ratio {api.seconds / bound:.2f} "
              f"(CPU {api.cpu / bound_cpu:.2f}), server RSS after {api.rss:.0f} MiB",
              flush=True)

    def span(values: list[float], fmt: str) -> str:
        return f"{min(values):{fmt}}–{max(values):{fmt}}"

    ratios = [a.seconds / b for a, b, _ in rounds]
    print(f"codes: {args.count:,}{' into a shop' if args.shop else ''}"
          f"{', details' if args.details else ''}; {args.rounds} rounds")
    print(f"POST /simcards/bulk: {span([a.seconds for a, _, _ in rounds], '.3f')} s; bound "
          f"(executemany): {span([b for _, b, _ in rounds], '.3f')} s; ratio "
          f"{span(ratios, '.2f')} (target <= 1.5); CPU ratio "
          f"{span([a.cpu / c for a, _, c in rounds], '.2f')}; server RSS after "
          f"{span([a.rss for a, _, _ in rounds], '.0f')} MiB")
    if os.environ.get("SIMDESK_BENCH_TINY") == "1":
        return 0  # a few rows prove the code paths, not the target
    return 0 if max(ratios) <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
