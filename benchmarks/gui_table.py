"""SIM cards page benchmark: with 1,000,000 cards in a fresh database, the time from creating
the page to its first painted rows, the time to apply a search, scrolling, and the process's
peak memory (offscreen platform).

    python benchmarks/gui_table.py [--count 1000000] [--data-dir DIR]

Targets: first rows under 1 s, a search under 300 ms, peak memory under 400 MiB.

The database is filled by a child process (bulk_add in chunks of 100,000), so the peak memory
printed is the window's own.  With ``--data-dir`` an existing filled folder is reused.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _gui_exit import run_then_exit

TINY = os.environ.get("SIMDESK_BENCH_TINY") == "1"  # a few rows, same code paths

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHUNK = 100_000


def fill(folder: Path, count: int) -> None:
    from simdesk.domain import codes, shops, simcards
    from simdesk.storage import db as dbmod
    from simdesk.storage.database import close_database, open_database

    open_database(folder)
    try:
        start = time.perf_counter()
        body = "8999801" + "0" * 11
        first_body = int(body)
        for n in range(0, count, CHUNK):
            b = str(first_body + n)
            first = b + codes.luhn_check_digit(b)
            items = codes.expand_range(first, count=min(CHUNK, count - n))
            result = simcards.bulk_add(simcards.entries_from_codes(items), source="cli")
            assert len(result.created) == len(items)
        shop_ids = [int(shops.create_shop({"name": f"Magazin {i}", "region": "Toshkent shahri"}
                                          ).id) for i in range(1, 21)]
        db = dbmod.current_database()
        with db.atomic():
            # A realistic mix: 30 % in shops, 10 % of all sold, half with phone numbers.
            for i, sid in enumerate(shop_ids):
                db.execute_sql(
                    "UPDATE simcard SET status = 'assigned', shop_id = ?, "
                    "assigned_at = added_date WHERE id % 100 < 30 AND id % 20 = ?", (sid, i))
            db.execute_sql("UPDATE simcard SET status = 'sold', sale_date = added_date "
                           "WHERE id % 100 < 10")
            db.execute_sql("UPDATE simcard SET phone = '+99890' || substr('0000000' || id, -7),"
                           " operator = 'Beeline' WHERE id % 2 = 0")
        print(f"filled {count:,} cards in {time.perf_counter() - start:.1f} s")
    finally:
        close_database()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--fill", type=Path, help=argparse.SUPPRESS)
    if TINY:
        parser.set_defaults(count=600)
    args = parser.parse_args()
    if args.fill:
        fill(args.fill, args.count)
        return
    tmp: tempfile.TemporaryDirectory[str] | None = None
    if args.data_dir is not None and (args.data_dir / "simcard_db.sqlite").exists():
        folder = args.data_dir
    else:
        if args.data_dir is not None:
            folder = args.data_dir
            folder.mkdir(parents=True, exist_ok=True)
        else:
            tmp = tempfile.TemporaryDirectory(prefix="simdesk-guibench-")
            folder = Path(tmp.name)
        subprocess.run([sys.executable, __file__, "--fill", str(folder),
                        "--count", str(args.count)], check=True)

    def step() -> None:
        try:
            measure(folder)
        finally:
            if tmp is not None:
                tmp.cleanup()

    run_then_exit(step)


def measure(folder: Path) -> None:
    from PySide6.QtCore import QEvent, QObject, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from simdesk.gui.context import AppContext
    from simdesk.gui.pages.simcards import SimCardsPage
    from simdesk.runtime import Runtime

    def quiet(_mode: object, _context: object, message: str) -> None:
        # The offscreen platform reports that it cannot pass window size hints on.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication([])
    ctx = AppContext(Runtime(folder))

    class PaintSpy(QObject):
        painted = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    spy = PaintSpy()

    def until_painted() -> None:
        before = spy.painted
        deadline = time.perf_counter() + 30
        while spy.painted == before and time.perf_counter() < deadline:
            app.processEvents()

    try:
        start = time.perf_counter()
        page = SimCardsPage(ctx)
        page.view.viewport().installEventFilter(spy)
        page.resize(1280, 800)
        page.show()
        until_painted()
        first_rows = time.perf_counter() - start
        model = page.model
        assert model.fetches >= 1, "no rows were read"
        print(f"cards: {model.rowCount():,}")
        print(f"open page → first painted rows: {first_rows * 1000:.0f} ms  (target < 1000)")

        def timed_search(text: str) -> tuple[float, int]:
            start = time.perf_counter()
            page.search.setText(text)
            page.apply_filters()  # what the debounce timer calls
            page.view.viewport().update()
            until_painted()
            return time.perf_counter() - start, model.rowCount()

        for label, text in (("code prefix", "8999801000005"),
                            ("narrow code prefix", "899980100000512"),
                            ("whole code", model.data(model.index(0, 0)) or ""),
                            ("phone digits (contains)", "0123456")):
            elapsed, rows = timed_search(text)
            print(f"search {label} {text!r}: {elapsed * 1000:.0f} ms, {rows:,} rows "
                  "(target < 300)")
        elapsed, _rows = timed_search("")
        print(f"clear the search: {elapsed * 1000:.0f} ms")

        start = time.perf_counter()
        page.status_filter.setCurrentIndex(page.status_filter.findData("assigned"))
        page.view.viewport().update()
        until_painted()
        print(f"status filter (assigned): {(time.perf_counter() - start) * 1000:.0f} ms, "
              f"{model.rowCount():,} rows")
        page.status_filter.setCurrentIndex(0)
        until_painted()

        bar = page.view.verticalScrollBar()
        worst = 0.0
        steps = 0
        start = time.perf_counter()
        for value in (bar.maximum() // 2, bar.maximum(), bar.maximum() // 3, 0):
            step = time.perf_counter()
            bar.setValue(value)
            until_painted()
            worst = max(worst, time.perf_counter() - step)
            steps += 1
        for _ in range(200):
            if bar.value() >= bar.maximum():
                break  # a small table (the tiny mode) ends here: no paint would come
            step = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            until_painted()
            worst = max(worst, time.perf_counter() - step)
            steps += 1
        total = time.perf_counter() - start
        print(f"scrolling: {steps} jumps and page-downs, {total / steps * 1000:.1f} ms each, "
              f"worst {worst * 1000:.0f} ms; blocks cached: {model.cached_blocks()}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory (ru_maxrss): {peak:.0f} MiB  (target < 400)")
        page.close()
    finally:
        ctx.shutdown()


if __name__ == "__main__":
    main()
