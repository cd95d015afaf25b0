"""Exporting the SIM cards, the shops or the status check log as CSV or Excel.

Rows are streamed from the database (the card table may hold a million rows) and written to
a temporary file next to the destination, which is renamed at the end: a failure never
leaves a half-written export behind.

Every text cell of every table goes through one function per format, whatever its column
(a column added later is covered without a thought): ``csv_text`` puts a ``'`` before text
a spreadsheet would run as a formula (``=cmd|' /C calc'!A0`` typed as a card's operator by
anyone who reaches the API), and ``_xlsx_value`` writes every text as a text cell, never a
formula.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final
from zipfile import ZIP_DEFLATED, ZipFile

import peewee as pw
from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from simdesk.domain.selection import CardSelection, id_batches
from simdesk.errors import SimdeskError, ValidationError
from simdesk.storage.failures import disk_full, is_disk_full
from simdesk.storage.files import guard_output
from simdesk.storage.models import CARD_ASSIGNED, CARD_SOLD, Shop, SimCard, StatusCheck
from simdesk.timeutil import to_local_iso

KINDS: Final = ("simcards", "shops", "checks")
FORMATS: Final = ("csv", "xlsx")

SIMCARD_COLUMNS: Final = (
    "id", "code", "phone", "operator", "status", "external_status", "shop_id", "shop_name",
    "added_date", "assigned_at", "sale_date", "last_checked", "notes",
)
SHOP_COLUMNS: Final = (
    "id", "name", "owner_name", "owner_phone", "address", "region", "status", "latitude",
    "longitude", "archived_at", "added_date", "notes", "assigned", "sold", "total",
)
CHECK_COLUMNS: Final = (
    "id", "checked_at", "simcard_id", "simcard_code", "shop_id", "source", "kind",
    "old_status", "new_status", "changed", "external_status", "duration_ms", "error", "actor",
    "run_id", "details",
)
COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "simcards": SIMCARD_COLUMNS,
    "shops": SHOP_COLUMNS,
    "checks": CHECK_COLUMNS,
}
# Written as text in Excel so that a 19-digit code does not become 8.9E+18.
TEXT_COLUMNS: Final = frozenset({"code", "phone", "simcard_code", "owner_phone"})
XLSX_MAX_TEXT: Final = 32767  # Excel's limit for one cell
XLSX_MAX_ROWS = 1_048_575  # Excel's sheet holds 1,048,576 rows, the header included
# What makes a spreadsheet read a CSV cell as a formula: = + - @ first (also in their
# full-width forms, and after spaces), or a tab, CR or LF first.
_FORMULA_START: Final = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_CONTROL_START: Final = ("\t", "\r", "\n")
_SPACES: Final = " \u00a0\u3000"
# A signed number (a phone number such as +998901234567) runs nothing: left as it is.
_PLAIN_NUMBER: Final = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")


def export_table(kind: str, fmt: str, dest: Path, *, cards: CardSelection | None = None,
                 check: Callable[[], None] | None = None) -> int:
    """Write table ``kind`` (simcards | shops | checks) as ``fmt`` (csv | xlsx) to ``dest``.

    ``cards`` limits a ``simcards`` export to a selection (read in batches of ids);
    ``check`` is called every thousand rows and may raise to stop (Cancel): the temporary
    file is then removed and ``dest`` is left as it was.  Returns the number of data rows
    written.
    """
    if kind not in KINDS:
        raise ValidationError(
            f"Cannot export {kind!r}: choose one of {', '.join(KINDS)}.",
            fields={"kind": f"must be one of {', '.join(KINDS)}"},
            code="invalid_export_kind",
        )
    if fmt not in FORMATS:
        raise ValidationError(
            f"Cannot export as {fmt!r}: choose one of {', '.join(FORMATS)}.",
            fields={"format": f"must be one of {', '.join(FORMATS)}"},
            code="invalid_export_format",
        )
    dest = guard_output(dest)  # never simdesk's database, its backups …
    folder = dest.parent
    if not folder.is_dir():
        raise ValidationError(
            f"The folder {folder} does not exist; create it first or choose another folder "
            "for the export.",
            fields={"dest": "the folder does not exist"},
            code="export_folder_missing",
            params={"path": str(folder)},
        )
    if dest.is_dir():
        raise ValidationError(
            f"{dest} is a folder; give a file name for the export.",
            fields={"dest": "is a folder"},
            code="export_folder_missing",
            params={"path": str(dest)},
        )
    columns = COLUMNS[kind]
    writer = _write_csv if fmt == "csv" else _write_xlsx
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _unwritable(dest, exc) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        rows = _rows(kind) if cards is None else _rows(kind, cards)
        count = writer(tmp, columns, rows if check is None else _checked(rows, check))
        # mkstemp made it private (0600): give it the mode any new file of the user gets.
        os.chmod(tmp, _usual_mode())
        os.replace(tmp, dest)
    except OSError as exc:
        _remove(tmp)
        raise _unwritable(dest, exc) from exc
    except BaseException:
        _remove(tmp)
        raise
    return count


def _usual_mode() -> int:
    """0666 less the process's umask: the permissions a file the user saves gets.  Read from
    /proc where there is one, since setting the umask to read it is not thread-safe."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _unwritable(dest: Path, exc: OSError) -> SimdeskError:
    if is_disk_full(exc):
        return disk_full(dest.parent, f"Nothing was written to {dest}.")
    return ValidationError(
        f"Cannot write {dest}: {exc.strerror or exc}; close the file if it is open in Excel, "
        "or choose another folder or name.",
        fields={"dest": "cannot be written"},
        code="export_unwritable",
        params={"path": str(dest)},
    )


# ---------------------------------------------------------------------------- queries


def _rows_of_cards() -> pw.Select:
    return (
        SimCard.select(
            SimCard.id,
            SimCard.code,
            SimCard.phone,
            SimCard.operator,
            SimCard.status,
            SimCard.external_status,
            SimCard.shop,
            Shop.name,
            SimCard.added_date,
            SimCard.assigned_at,
            SimCard.sale_date,
            SimCard.last_checked,
            SimCard.notes,
        )
        .join(Shop, pw.JOIN.LEFT_OUTER, on=(SimCard.shop == Shop.id))
        .order_by(SimCard.id)
    )


def _checked(rows: Iterator[tuple[Any, ...]],
             check: Callable[[], None]) -> Iterator[tuple[Any, ...]]:
    for n, row in enumerate(rows):
        if n % 1000 == 0:
            check()
        yield row


def _rows(kind: str, cards: CardSelection | None = None) -> Iterator[tuple[Any, ...]]:
    query: pw.Select
    if kind == "simcards" and cards is not None:
        for ids in id_batches(cards):
            part = _rows_of_cards().where(SimCard.id.in_(ids))
            for row in part.tuples().iterator():
                yield tuple(row)
        return
    if kind == "simcards":
        query = _rows_of_cards()
    elif kind == "shops":
        counts = (
            SimCard.select(
                SimCard.shop.alias("shop_id"),
                pw.fn.SUM(pw.Case(None, [(SimCard.status == CARD_ASSIGNED, 1)], 0)).alias(
                    "assigned"
                ),
                pw.fn.SUM(pw.Case(None, [(SimCard.status == CARD_SOLD, 1)], 0)).alias("sold"),
                pw.fn.COUNT(SimCard.id).alias("total"),
            )
            .where(SimCard.shop.is_null(False))
            .group_by(SimCard.shop)
            .alias("counts")
        )
        query = (
            Shop.select(
                Shop.id,
                Shop.name,
                Shop.owner_name,
                Shop.owner_phone,
                Shop.address,
                Shop.region,
                Shop.status,
                Shop.latitude,
                Shop.longitude,
                Shop.archived_at,
                Shop.added_date,
                Shop.notes,
                pw.fn.COALESCE(counts.c.assigned, 0),
                pw.fn.COALESCE(counts.c.sold, 0),
                pw.fn.COALESCE(counts.c.total, 0),
            )
            .join(counts, pw.JOIN.LEFT_OUTER, on=(Shop.id == counts.c.shop_id))
            .order_by(Shop.id)
        )
    else:
        query = StatusCheck.select(
            StatusCheck.id,
            StatusCheck.checked_at,
            StatusCheck.simcard,
            StatusCheck.simcard_code,
            StatusCheck.shop,
            StatusCheck.source,
            StatusCheck.kind,
            StatusCheck.old_status,
            StatusCheck.new_status,
            StatusCheck.changed,
            StatusCheck.external_status,
            StatusCheck.duration_ms,
            StatusCheck.error,
            StatusCheck.actor,
            StatusCheck.run_id,
            StatusCheck.details,
        ).order_by(StatusCheck.id)
    for row in query.tuples().iterator():
        yield tuple(row)


def _plain(value: Any) -> Any:
    """Datetimes as local ISO text; everything else unchanged."""
    if isinstance(value, datetime):
        return to_local_iso(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


# ---------------------------------------------------------------------------- writers


def csv_text(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs as a formula: text starting with = + - @
    (after spaces too), a tab, CR or LF gets a leading ``'``; a plain signed number such
    as a phone number is left as it is."""
    if text.startswith(_CONTROL_START):
        return "'" + text
    head = text.lstrip(_SPACES)
    if head.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(head):
        return "'" + text
    return text


def _csv_value(value: Any) -> Any:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return csv_text(value)  # every text cell, whatever its column
    return value


def _write_csv(
    path: Path, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]
) -> int:
    count = 0
    # utf-8-sig: the BOM makes Excel read the file as UTF-8 (Cyrillic names stay readable).
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        # Strings (codes included) are quoted, numbers are not.
        writer = csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_value(v) for _c, v in zip(columns, row, strict=True)])
            count += 1
    return count


def _xlsx_value(value: Any, column: str, sheet: Any) -> Any:
    value = _plain(value)
    if value is None:
        return None
    if column in TEXT_COLUMNS and not isinstance(value, str):
        value = str(value)
    if isinstance(value, str):
        if ILLEGAL_CHARACTERS_RE.search(value):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > XLSX_MAX_TEXT:
            value = value[:XLSX_MAX_TEXT]
        if value.startswith("=") or value in ERROR_CODES:
            # openpyxl would write it as a formula (or an error value): make it a text
            # cell, which Excel shows and never runs.  Every other text is one already.
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"
            return cell
    return value


def _write_xlsx(
    path: Path, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]
) -> int:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("export")
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        width = 24 if column in TEXT_COLUMNS or column.endswith(("_at", "_date")) else 14
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, column)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    try:
        for row in rows:
            if count >= XLSX_MAX_ROWS:
                raise ValidationError(
                    f"The table has more than {XLSX_MAX_ROWS:,} rows, more than an Excel "
                    "sheet holds; export it as CSV instead.",
                    fields={"format": "too many rows for Excel"},
                    code="export_too_large",
                )
            sheet.append([_xlsx_value(v, c, sheet) for c, v in zip(columns, row, strict=True)])
            count += 1
        _save(workbook, path)
    except BaseException:
        _abandon(sheet)
        raise
    return count


def _save(workbook: Workbook, path: Path) -> None:
    """openpyxl's ``workbook.save(path)`` with the archive closed however it ends: a full
    disk would leave it open, to fail again (on the console) when it is collected."""
    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).write_data()


def _abandon(sheet: Any) -> None:
    """Close a write-only sheet that will not be saved and delete its temporary file (left
    open, openpyxl's row generator complains when it is garbage-collected)."""
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()
