"""Import an operator's activation report (CSV or XLSX): the listed codes become sold with
their activation date; each change is logged with source ``report``.

The file is read by simdesk.domain.fileparse (the same reader as for code lists): a code
column and, when present, a date column (``activation date``, ``sana``, ``дата активации`` …).
A row without a date is sold at the time of the import; a date that cannot be read makes
the line invalid (nothing is guessed).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from simdesk.domain.checks import ReportEntry, ReportLine, apply_activation_report
from simdesk.domain.fileparse import Progress, read_code_file
from simdesk.errors import Problem
from simdesk.timeutil import parse_timestamp


@dataclass
class ActivationReport:
    path: Path
    sold_now: list[ReportLine] = field(default_factory=list)
    already_sold: list[ReportLine] = field(default_factory=list)
    unknown: list[ReportLine] = field(default_factory=list)
    invalid: list[ReportLine] = field(default_factory=list)  # with the reason of each

    @property
    def counts(self) -> dict[str, int]:
        return {"soldNow": len(self.sold_now), "alreadySold": len(self.already_sold),
                "unknown": len(self.unknown), "invalid": len(self.invalid)}

    def summary_text(self) -> str:
        c = self.counts
        return (f"{self.path.name}: {c['soldNow']} card(s) now sold, {c['alreadySold']} "
                f"already sold, {c['unknown']} unknown code(s), {c['invalid']} invalid "
                "line(s)")


def import_activations(path: Path, *, actor: str | None,
                       reading: Progress | None = None,
                       applying: Progress | None = None) -> ActivationReport:
    """Read the report and apply it in one transaction.  Raises ValidationError when the file
    cannot be read at all (missing, empty, old .xls …).  ``reading`` and ``applying``
    (``progress(done, total)``) follow the two halves: bytes read of the file
    (:func:`~simdesk.domain.fileparse.read_code_file`), then lines applied
    (:func:`~simdesk.domain.checks.apply_activation_report`)."""
    parsed = read_code_file(Path(path), progress=reading)
    entries: list[ReportEntry] = []
    invalid: list[ReportLine] = []
    for row in parsed.rows:
        when = None
        if row.date:
            try:
                when = parse_timestamp(row.date)
            except ValueError:
                invalid.append(ReportLine(
                    row.line, row.code,
                    Problem("activation_date_unreadable",
                            f"activation date {row.date!r} cannot be read (use 2024-05-31 or "
                            "31.05.2024)", value=row.date),
                ))
                continue
        entries.append(ReportEntry(row.line, row.code, when))
    result = apply_activation_report(
        entries, source="report", actor=actor, details=f"activation report {Path(path).name}",
        progress=applying,
    )
    report = ActivationReport(Path(path), result.sold_now, result.already_sold, result.unknown,
                              sorted(invalid + result.invalid, key=lambda r: r.line))
    return report


# The columns of the rejected-lines report (the CLI's and the window's).
REJECTED_HEADER: Final = ["line", "code", "reason"]


def rejected_lines(report: ActivationReport) -> list[ReportLine]:
    """The lines not applied — unknown codes and invalid lines — in file order."""
    return sorted([*report.unknown, *report.invalid], key=lambda r: r.line)


def rejected_rows(lines: Sequence[ReportLine]) -> Iterator[list[object]]:
    """The report's rows of ``lines`` (English reasons, as the CLI has always written)."""
    return ([r.line, r.code, str(r.reason) or "not in the database"] for r in lines)
