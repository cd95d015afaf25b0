"""Write the sample packs the README's walkthrough imports: a workbook of 200 codes and a CSV
of 100 codes with phone numbers, every code a valid ICCID (19 digits and its Luhn check
digit, starting with 89), the two packs disjoint from each other and from ``--demo``'s cards.

    python -m simdesk.tools.make_samples   # writes resources/samples/pack-2026-11.xlsx, …

Run once; the files are committed (``tests/test_readme.py`` checks they still hold exactly
these codes).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Final

from openpyxl import Workbook

from simdesk.domain.codes import expand_range, luhn_check_digit

SAMPLES_DIR: Final = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"
XLSX_NAME: Final = "pack-2026-11.xlsx"
CSV_NAME: Final = "pack-17.csv"
XLSX_COUNT: Final = 200
CSV_COUNT: Final = 100


def _pack(body: str, count: int) -> list[str]:
    return expand_range(body + luhn_check_digit(body), count=count)


def xlsx_codes() -> list[str]:
    return _pack("8999801202611000000", XLSX_COUNT)


def csv_rows() -> list[tuple[str, str]]:
    """(code, phone): the phones are Uzbek mobile numbers, +998 90 170 00 00 and on."""
    codes = _pack("8999801201700000000", CSV_COUNT)
    return [(code, f"+99890170{n:04d}") for n, code in enumerate(codes)]


def write_xlsx(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook has its sheet  # nosec B101
    sheet.title = "Pack 2026-11"
    sheet.append(["ICCID"])
    for code in xlsx_codes():
        sheet.append([code])  # a text cell: Excel would cut a number to 15 digits
    sheet.column_dimensions["A"].width = 24
    workbook.save(path)
    return path


def write_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["code", "phone"])
        writer.writerows(csv_rows())
    return path


def main(argv: list[str] | None = None) -> int:
    folder = Path(argv[0]) if argv else SAMPLES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for written in (write_xlsx(folder / XLSX_NAME), write_csv(folder / CSV_NAME)):
        print(written)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
