"""Code-list parsing benchmark: a 100,000-line CSV file (code, phone) through
``read_code_file`` and 100,000 pasted lines (code and phone) through ``parse_text``, as in
the import dialog.  Prints the best of a few runs of each, at two sizes, so that a slowdown
that grows faster than the line count shows as a ratio well above 10.

    python benchmarks/file_parse.py [--lines 100000] [--repeat 3]

Target: under 1 s for each at 100,000 lines (0.12–0.25 s on a 2-core machine).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from simdesk.domain.codes import luhn_check_digit
from simdesk.domain.fileparse import ParsedFile, parse_text, read_code_file

TINY = os.environ.get("SIMDESK_BENCH_TINY") == "1"  # a few rows, same code paths

TARGET_SECONDS = 1.0


def iccid(n: int) -> str:
    body = "8999801" + str(n).zfill(11)
    return body + luhn_check_digit(body)


def csv_text(lines: int) -> str:
    rows = [f"{iccid(i)},+99890{i % 10_000_000:07d}" for i in range(lines)]
    return "\n".join(["code,phone", *rows])


def pasted_text(lines: int) -> str:
    return "\n".join(f"{iccid(i)} 90{i % 10_000_000:07d}" for i in range(lines))


def best_of(repeat: int, job: Callable[[], ParsedFile], lines: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        parsed = job()
        best = min(best, time.perf_counter() - start)
        assert len(parsed.rows) == lines, "every line should have been read"
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    if TINY:
        parser.set_defaults(lines=200, repeat=1)
    args = parser.parse_args()
    sizes = (max(1, args.lines // 10), args.lines)
    file_times: list[float] = []
    text_times: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for lines in sizes:
            path = Path(folder) / f"codes-{lines}.csv"
            path.write_text(csv_text(lines), encoding="utf-8")
            file_times.append(best_of(args.repeat, partial(read_code_file, path), lines))
            text_times.append(best_of(args.repeat, partial(parse_text, pasted_text(lines)),
                                      lines))
    print(f"lines:                       {sizes[0]:,} and {sizes[1]:,} (best of {args.repeat})")
    for name, (few, many) in (("CSV file (read_code_file)", file_times),
                              ("pasted text (parse_text)", text_times)):
        print(f"{name + ':':<28} {few:.3f} s and {many:.3f} s "
              f"(ratio {many / few:.1f}; target <= {TARGET_SECONDS:g} s)")

if __name__ == "__main__":
    main()
