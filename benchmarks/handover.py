"""Hand-over benchmark: with 100,000 cards in stock, the time to check one scanned code
(what the dialog does at each scanner Enter, with the list so far), to check a pack of
10,000 codes, to commit hand-overs of 1,000 and 10,000 cards with their acts, and to write
the act of 1,000 and 10,000 cards as a PDF (QTextDocument + QPdfWriter, offscreen).

    python benchmarks/handover.py

Targets: a scan under 20 ms (a scanner reads a code every second or so), a commit of 10,000
cards under 5 s, the PDF of 1,000 cards under 5 s.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from simdesk.domain import codes, handover, shops, simcards
from simdesk.gui.act_pdf import write_act_pdf
from simdesk.storage.database import close_database, open_database

TINY = os.environ.get("SIMDESK_BENCH_TINY") == "1"  # a hundredth: the same code paths
SCALE = 100 if TINY else 1
COUNT = 100_000 // SCALE
SCANS = 500 // SCALE
PACK = 10_000 // SCALE  # codes in a pack (a range)
SMALL = 1_000 // SCALE  # the smaller hand-over


def pack(count: int, start: int = 0) -> list[str]:
    body = str(int("8999801" + "0" * 11) + start)
    return codes.expand_range(body + codes.luhn_check_digit(body), count=count)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        open_database(folder)
        try:
            shop = shops.create_shop({"name": "Chorsu Mobile", "owner_name": "Akmal",
                                      "owner_phone": "+998901234567"})
            items = pack(COUNT)
            simcards.bulk_add(simcards.entries_from_codes(items), source="cli")

            taken: set[str] = set()
            start = time.perf_counter()
            for code in items[:SCANS]:
                result = handover.check_scan(code, shop_id=shop.id,
                                             direction=handover.TO_SHOP, taken=taken)
                assert result.ok
                taken.add(result.code)
            per_scan = (time.perf_counter() - start) / SCANS
            print(f"one scan checked: {per_scan * 1000:.2f} ms (mean of {SCANS}, "
                  f"{COUNT:,} cards stored)")

            start = time.perf_counter()
            checked = handover.check_range(items[2 * PACK], items[3 * PACK - 1], shop_id=shop.id,
                                           direction=handover.TO_SHOP)
            assert len(checked.cards) == PACK
            print(f"a pack of {PACK:,} codes checked: {time.perf_counter() - start:.2f} s")

            acts = []
            for first, size in ((0, SMALL), (SMALL, PACK)):
                start = time.perf_counter()
                acts.append(handover.commit_handover(
                    shop.id, items[first:first + size], direction=handover.TO_SHOP,
                    source="gui", actor="bench"))
                print(f"hand-over of {size:,} cards with its act committed: "
                      f"{time.perf_counter() - start:.2f} s")
            for act in acts:
                start = time.perf_counter()
                path = write_act_pdf(act, folder / f"act-{act.number}.pdf")
                print(f"act of {act.count:,} cards as PDF: {time.perf_counter() - start:.2f} s, "
                      f"{path.stat().st_size / 1e6:.1f} MB")
        finally:
            close_database()


if __name__ == "__main__":
    main()
