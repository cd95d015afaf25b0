"""Hostile and very large code files through ``read_code_file`` (what ``simdesk import``,
``simdesk import-activations``, the window's bulk add and its activation report all use),
each in a fresh child interpreter: its wall time and its own peak memory (VmHWM of
/proc/self/status, as ``ru_maxrss`` also counts the peak of the process that started it).

    python benchmarks/hostile_files.py [--only NAME …] [--keep DIR]

The files (built here, their XML written straight with zipfile):

- ``xfd-codes``: the first crafted file, a dimension of A1:XFD1048576 and a code in column
  XFD of each of 4,000 rows (34 KB).  Before: 11.7 s and 991 MB (every row padded to 16,384
  cells).
- ``tiny-rows``: the second, 2,000,000 rows of one small number (125 KB).  Before: 44 s,
  934 MB and a report of 2,000,000 lines.  Now refused at row 1,000,001.
- ``empty-cells``: the most XML elements a workbook may have (20,000,000 empty cells,
  84 KB): the slowest a small crafted workbook can be.
- ``shared-texts``: 4,000,001 shared strings (172 KB): refused at the limit.
- ``repeated``: 1,000,000 rows of the same code, phone and date (inline texts, 657 KB).
- ``excel-1m``: an ordinary large file as Excel writes it: a header and 1,000,000 rows of a
  code and a phone as shared strings (15.6 MB).
- ``csv-1m`` / ``csv-over``: a CSV of 1,000,000 rows of a code and a phone (32 MB, accepted)
  and of 1,000,001 (refused).

Targets: every file read or refused in under 30 s and 300 MiB on a loaded 2-core machine
(figures: README's Performance table; before this reader the first two took 4.8 s and
680 MiB, and 8.9 s and 705 MiB to read all 2,000,000 rows).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from simdesk.domain.codes import luhn_check_digit

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml"
TARGET_SECONDS = 30.0
TARGET_MIB = 300.0
TINY = os.environ.get("SIMDESK_BENCH_TINY") == "1"


def _n(count: int) -> int:
    """``count``, or a thousandth of it in the tiny mode (``SIMDESK_BENCH_TINY=1``: the same
    files and code paths, small enough for seconds; the limits are then not reached)."""
    return max(1, count // 1000) if TINY else count

CHILD = """
import json, resource, sys, time
from pathlib import Path
from simdesk.domain.fileparse import read_code_file
from simdesk.errors import ValidationError
started = time.perf_counter()
try:
    parsed = read_code_file(Path(sys.argv[1]))
    result = {"result": f"{len(parsed.rows):,} rows"}
except ValidationError as exc:
    result = {"result": f"refused ({exc.code})"}
result["seconds"] = time.perf_counter() - started
# This process's own peak: ru_maxrss keeps the peak of the process that forked it across
# exec (a test runner's hundreds of MB), /proc's VmHWM is this program image's alone.
try:
    with open("/proc/self/status") as fh:
        result["peakMiB"] = next(int(line.split()[1]) for line in fh
                                 if line.startswith("VmHWM:")) / 1024
except OSError:
    result["peakMiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def iccid(n: int) -> str:
    body = "8999801" + str(n).zfill(11)
    return body + luhn_check_digit(body)


def write_xlsx(path: Path, rows: Iterable[str], *, dimension: str = "A1",
               shared: Iterable[str] | None = None) -> Path:
    types = (f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-'
             'package.relationships+xml"/><Default Extension="xml" ContentType='
             f'"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{MAIN}.'
             'sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
             f'"{MAIN}.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" '
             f'ContentType="{MAIN}.sharedStrings+xml"/>')
    rels = (f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", f'<Types xmlns="http://schemas.openxmlformats'
                         f'.org/package/2006/content-types">{types}</Types>')
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{PKG_REL}"><Relationship '
                         f'Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                         "</Relationships>")
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{NS}" xmlns:r="{REL}"><sheets>'
                         '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels",
                         f'<Relationships xmlns="{PKG_REL}">{rels}</Relationships>')
        with archive.open("xl/sharedStrings.xml", "w") as part:
            part.write(f'<sst xmlns="{NS}">'.encode())
            _write_batched(part, (f"<si><t>{text}</t></si>" for text in shared or ()))
            part.write(b"</sst>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            part.write(f'<worksheet xmlns="{NS}"><dimension ref="{dimension}"/><sheetData>'
                       .encode())
            _write_batched(part, rows)
            part.write(b"</sheetData></worksheet>")
    return path


def _write_batched(part: Any, items: Iterable[str]) -> None:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) >= 10_000:
            part.write("".join(batch).encode())
            batch.clear()
    part.write("".join(batch).encode())


def xfd_codes(path: Path) -> Path:
    return write_xlsx(path, (
        f'<row r="{n}"><c r="XFD{n}" t="inlineStr"><is><t>{iccid(n)}</t></is></c></row>'
        for n in range(1, _n(4000) + 1)), dimension="A1:XFD1048576")


def tiny_rows(path: Path) -> Path:
    return write_xlsx(path, ("<row><c><v>1</v></c></row>" for _ in range(_n(2_000_000))))


def empty_cells(path: Path) -> Path:
    row = "<row>" + "<c/>" * 16_384 + "</row>"
    return write_xlsx(path, (row for _ in range(_n(20_000_000) // 16_385 + TINY)))


def shared_texts(path: Path) -> Path:
    return write_xlsx(path, ['<row><c t="s"><v>0</v></c></row>'],
                      shared=("ab" for _ in range(_n(4_000_001))))


def repeated(path: Path) -> Path:
    cells = (f'<c t="inlineStr"><is><t>{iccid(1)}</t></is></c><c t="inlineStr"><is><t>'
             '+998901234567</t></is></c><c t="inlineStr"><is><t>2024-05-31 10:00:00</t></is>'
             "</c>")
    return write_xlsx(path, (f"<row>{cells}</row>" for _ in range(_n(1_000_000))))


def excel_1m(path: Path) -> Path:
    def texts() -> Iterator[str]:
        yield "code"
        yield "phone"
        for n in range(_n(1_000_000)):
            yield iccid(n)
            yield f"+99890{n % 10_000_000:07d}"

    rows = (f'<row r="{n + 1}"><c r="A{n + 1}" t="s"><v>{2 * n}</v></c>'
            f'<c r="B{n + 1}" t="s"><v>{2 * n + 1}</v></c></row>' for n in range(_n(1_000_000) + 1))
    return write_xlsx(path, rows, dimension=f"A1:B{_n(1_000_000) + 1}", shared=texts())


def _one_big_cell(path: Path, opening: str, closing: str, megabytes: int) -> Path:
    """A code in A1, then a cell of ``megabytes`` MB between ``opening`` and ``closing``."""
    filler = "x" * (1024 * 1024)

    def rows() -> Iterator[str]:
        yield f'<row r="1"><c r="A1" t="inlineStr"><is><t>{iccid(1)}</t></is></c></row>'
        yield opening
        yield from (filler for _ in range(megabytes))
        yield closing

    return write_xlsx(path, rows())


def giant_attribute(path: Path) -> Path:
    """One attribute of 256 MB (before: 92 s and 813 MB)."""
    return _one_big_cell(path, '<row r="2"><c r="A2" junk="', '"/></row>', _n(256_000) // 1000)


def huge_text(path: Path) -> Path:
    """One cell of 1.1 GB of text (expat streams it; the part's bound stops it)."""
    return _one_big_cell(path, '<row r="2"><c r="A2" t="inlineStr"><is><t>',
                         "</t></is></c></row>", _n(1_100_000) // 1000)


def blank_lines(path: Path) -> Path:
    with path.open("wb") as fh:
        for _ in range(_n(100_000) // 1000):
            fh.write(b"\n" * 10_000_000)  # 1,000,000,000 empty lines (1 GB)
        fh.write(f"{iccid(1)}\n".encode())
    return path


def csv_rows(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("code,phone\n")
        for start in range(0, rows, 100_000):
            fh.write("".join(f"{iccid(n)},+99890{n % 10_000_000:07d}\n"
                             for n in range(start, min(rows, start + 100_000))))
    return path


FILES: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "xfd-codes": ("xfd-codes.xlsx", xfd_codes),
    "tiny-rows": ("tiny-rows.xlsx", tiny_rows),
    "empty-cells": ("empty-cells.xlsx", empty_cells),
    "shared-texts": ("shared-texts.xlsx", shared_texts),
    "repeated": ("repeated.xlsx", repeated),
    "excel-1m": ("excel-1m.xlsx", excel_1m),
    "csv-1m": ("csv-1m.csv", lambda p: csv_rows(p, _n(1_000_000))),
    "csv-over": ("csv-over.csv", lambda p: csv_rows(p, _n(1_000_000) + 1)),
    "giant-attr": ("giant-attr.xlsx", giant_attribute),
    "huge-text": ("huge-text.xlsx", huge_text),
    "blank-lines": ("blank-lines.csv", blank_lines),
}


def measure(path: Path) -> dict[str, Any]:
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                          text=True, check=True)
    result: dict[str, Any] = json.loads(proc.stdout)
    result["wall"] = time.monotonic() - started
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", choices=sorted(FILES), default=list(FILES))
    parser.add_argument("--keep", type=Path, help="build the files in this folder and keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'file':<13} {'size':>10}  {'result':<26} {'wall':>7} {'parse':>7} "
              f"{'peak':>9}")
        worst_wall = worst_mib = 0.0
        for name in args.only:
            file_name, build = FILES[name]
            path = folder / file_name
            if not path.exists():
                build(path)
            r = measure(path)
            worst_wall, worst_mib = max(worst_wall, r["wall"]), max(worst_mib, r["peakMiB"])
            size = path.stat().st_size
            shown = f"{size / 1024:,.0f} KB" if size < 2**20 else f"{size / 2**20:,.1f} MB"
            print(f"{name:<13} {shown:>10}  {r['result']:<26} {r['wall']:>6.2f}s "
                  f"{r['seconds']:>6.2f}s {r['peakMiB']:>6.0f} MiB", flush=True)
    print(f"worst: {worst_wall:.1f} s, {worst_mib:.0f} MiB "
          f"(targets < {TARGET_SECONDS:g} s, < {TARGET_MIB:g} MiB)"
          + (" — tiny mode: files a thousandth of their size" if TINY else ""))


if __name__ == "__main__":
    main()
