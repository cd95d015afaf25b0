"""Reports of rejected lines: the lines of an imported file that were not applied, and
why, as a CSV file beside the input.  The CLI's ``import`` and ``import-activations`` and the
window's activation report write them through these functions.

Every path passes the output guard (``storage.files.guard_output``: never simdesk's own
files, never the file being read); the report is written under a temporary name and renamed,
so it is there whole or not at all; every text cell goes through ``export.csv_text`` (the
lines come from outside: never a formula in Excel).
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterable
from pathlib import Path

from simdesk.domain.export import csv_text
from simdesk.errors import ConfigurationError, ValidationError
from simdesk.storage.failures import disk_full, is_disk_full
from simdesk.storage.files import guard_output, partial_path
from simdesk.timeutil import utcnow


def report_path(source: Path) -> Path:
    """The default name: beside the input, ``NAME.EXT.rejected-YYYYmmdd-HHMMSS.csv`` — the
    input's whole name, so that ``pack.csv`` and ``pack.xlsx`` imported in the same second
    get two reports — with ``-2``, ``-3``… added when that name is already taken."""
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    base = f"{source.name}.rejected-{stamp}"
    path = source.with_name(f"{base}.csv")
    number = 1
    while path.exists():
        number += 1
        path = source.with_name(f"{base}-{number}.csv")
    return path


def usable_report_path(path: Path, source: Path) -> Path:
    """Refuse, before anything is imported, a report path that cannot be written or must not
    be: simdesk's own files, or ``source``, the file being imported."""
    guard_output(path, reading=[source])
    if path.is_dir():
        raise ValidationError.for_field(
            "report", f"{path} is a folder; give a file name for the report")
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError.for_field(
            "report", f"the folder {folder} does not exist; create it or choose another")
    if not os.access(folder, os.W_OK):
        raise ValidationError.for_field(
            "report", f"the folder {folder} cannot be written; choose another with --report")
    return path


def write_report(path: Path, source: Path, header: list[str], rows: Iterable[list[object]],
                 *, done: str) -> None:
    """The report as a whole file or none: written under a temporary name, then renamed.
    ``done`` says what was already applied (for the error when the report fails)."""
    guard_output(path, reading=[source])
    temporary = partial_path(path)
    try:
        with temporary.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows([csv_text(v) if isinstance(v, str) else v for v in row]
                             for row in rows)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if is_disk_full(exc):
            raise disk_full(path.parent, f"({done}; only the report of the rejected lines "
                                         f"was not written to {path}.)") from exc
        raise ConfigurationError(
            f"{done}, but the report could not be written to {path}: "
            f"{exc.strerror or exc}.", code="report_unwritable",
            params={"path": str(path)}) from exc
