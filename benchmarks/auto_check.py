"""Auto-check benchmark: 1,000 assigned cards, the fake operator answering each check after
50 ms over real loopback HTTP; one auto-check through simdesk's engine (every answer stored,
one log row per check).  Prints the wall time, the ideal bound (cards x latency /
concurrency) and their ratio.

    python benchmarks/auto_check.py [--cards 1000] [--latency 0.05] [--concurrency 16]
                                    [--operator-process]

``SIMDESK_BENCH_TINY=1``: 48 cards at 10 ms (the same code paths in a second; the ratio is
printed but not held to the target).

Target: ratio <= 1.3 at concurrency 16 (about 4 s).  The seed needed 60 s for 1,000 cards
against a local stub that did not wait at all.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from simdesk.checking.engine import CheckEngine
from simdesk.checking.fake_operator import FakeOperator
from simdesk.domain import codes, settings, shops, simcards
from simdesk.storage.database import close_database, open_database
from simdesk.storage.models import StatusCheck

TARGET = 1.3
TINY = os.environ.get("SIMDESK_BENCH_TINY") == "1"


def make_codes(count: int) -> list[str]:
    body = "8999801" + "0" * 11
    return codes.expand_range(body + codes.luhn_check_digit(body), count=count)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--operator-process", action="store_true",
                        help="run the fake operator in its own process (not sharing the GIL)")
    if TINY:
        parser.set_defaults(cards=48, latency=0.01)
    args = parser.parse_args()

    proc: subprocess.Popen[str] | None = None
    op: FakeOperator | None = None
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp))
        try:
            shop = shops.create_shop({"name": "Benchmark shop", "region": "Toshkent shahri"})
            simcards.bulk_add(simcards.entries_from_codes(make_codes(args.cards)),
                              shop_id=shop.id, source="cli")
            if args.operator_process:
                proc = subprocess.Popen(
                    [sys.executable, "-m", "simdesk.checking.fake_operator",
                     "--latency", str(args.latency)],
                    stdout=subprocess.PIPE, text=True,
                )
                assert proc.stdout is not None
                url = proc.stdout.readline().strip()
            else:
                op = FakeOperator(latency=args.latency).start()
                url = op.url
            settings.set_many({"status_source.url": url,
                               "checks.concurrency": args.concurrency})
            engine = CheckEngine()
            start = time.perf_counter()
            summary = engine.run_auto_check(source="check")
            wall = time.perf_counter() - start
            engine.shutdown()
            rows = StatusCheck.select().where(StatusCheck.run_id == summary.run_id).count()
        finally:
            if op is not None:
                op.stop()
            if proc is not None:
                proc.terminate()
                proc.wait()
            close_database()

    bound = args.cards * args.latency / args.concurrency
    ratio = wall / bound if bound else float("nan")
    print(f"cards                {args.cards}")
    print(f"operator latency     {args.latency * 1000:.0f} ms"
          f" ({'own process' if args.operator_process else 'same process'})")
    print(f"concurrency          {args.concurrency}")
    print(f"run                  {summary.state}: {summary.checked} checked, "
          f"{summary.changed} newly sold, {summary.errors} errors, {rows} log rows")
    print(f"auto-check wall time {wall:.2f} s ({summary.checked / wall:.0f} checks/s)")
    print(f"ideal bound          {bound:.2f} s (cards x latency / concurrency)")
    print(f"ratio                {ratio:.2f} (target <= {TARGET})")
    ok = summary.state == "done" and summary.errors == 0 and rows == args.cards
    return 0 if ok and (TINY or ratio <= TARGET) else 1


if __name__ == "__main__":
    sys.exit(main())
