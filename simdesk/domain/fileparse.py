"""Reading lists of SIM card codes (and optionally phone numbers and dates).

A dealer gets such lists from an operator as Excel workbooks or CSV files, or types/pastes
them.  This module only finds the rows and the columns; the raw texts it returns are
validated elsewhere (simdesk.domain.codes, simdesk.domain.phones), so every row keeps the
1-based line (or worksheet row) number it came from for the report.
"""

from __future__ import annotations

import csv
import gc
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Final

from simdesk.errors import ValidationError
from simdesk.timeutil import parse_timestamp

KIND_CSV: Final = "csv"
KIND_XLSX: Final = "xlsx"
KIND_TEXT: Final = "text"

XLSX_SUFFIXES: Final = (".xlsx", ".xlsm")
CSV_SUFFIXES: Final = (".csv",)
OLD_EXCEL_SUFFIXES: Final = (".xls",)

CODE_NAMES: Final = frozenset(
    {
        "code", "iccid", "icc", "sim", "simcard", "sim card", "simkarta", "kod", "код",
        "код сим", "номер sim", "серийный номер",
    }
)
PHONE_NAMES: Final = frozenset(
    {
        "phone", "msisdn", "number", "telefon", "raqam", "nomer", "телефон", "номер",
        "номер телефона",
    }
)
DATE_NAMES: Final = frozenset(
    {
        "date", "activation date", "activated", "sana", "faollashtirilgan sana", "дата",
        "дата активации",
    }
)

# Rows looked at to decide which column holds what (the whole file is not needed).
SAMPLE_ROWS: Final = 1000
CSV_DELIMITERS: Final = ("\t", ";", ",", "|")  # in order of preference on a tie

_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (Excel 97-2003)
_ZIP_MAGIC: Final = b"PK\x03\x04"  # .xlsx

_DROP_RE: Final = re.compile(r"[\s\-\u2010-\u2015\u2212\u00ad\ufeff]+")
_CODE_RE: Final = re.compile(r"\d{15,}")
# A whole number Excel kept only as a float: 8.99980123456789E+18.
_SCI_RE: Final = re.compile(r"\d(?:\.\d+)?E\+\d\d", re.IGNORECASE)
_PHONE_RE: Final = re.compile(r"\+?[\d\s\-()]+")
_DATE_TOKEN_RE: Final = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:T[\d:.]+)?|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}/\d{1,2}/\d{1,2}"
)
_TIME_TOKEN_RE: Final = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_NON_DIGIT_RE: Final = re.compile(r"\D+")
# The usual line of a list: a code, blanks, a phone.
_FAST_PAIR_RE: Final = re.compile(r"(\d{15,22})\s+(\+?\d{9,13})")
_HEADER_CLEAN_RE: Final = re.compile(r"[\s_]+")


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One entry as found in the file (texts are stripped, otherwise untouched)."""

    line: int
    code: str
    phone: str | None = None
    date: str | None = None


@dataclass
class ParsedFile:
    rows: list[SourceRow]
    header: list[str] | None
    code_column: int
    phone_column: int | None
    date_column: int | None
    kind: str  # "csv" | "xlsx" | "text"


# ---------------------------------------------------------------------------- public


def read_code_file(path: Path) -> ParsedFile:
    """Read a list of codes from an Excel workbook, a CSV file or a plain text file."""
    with _gc_paused():
        return _read_code_file(Path(path))


def parse_text(text: str) -> ParsedFile:
    """Parse a pasted list: one code per line, optionally with a phone (and a date) after it,
    separated by spaces, commas, semicolons or tabs (rows pasted from Excel are tab-separated).
    """
    with _gc_paused():
        return _parse_lines(text.lstrip("\ufeff"), "the pasted text", KIND_TEXT)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Building 100,000 small objects triggers the cycle collector again and again, for
    nothing (rows hold no cycles); pausing it makes reading about a third faster."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_code_file(path: Path) -> ParsedFile:
    suffix = path.suffix.lower()
    if suffix in OLD_EXCEL_SUFFIXES:
        raise _old_excel_error(path)
    if suffix in XLSX_SUFFIXES:
        _check_readable(path)
        return _read_xlsx(path)
    data = _read_bytes(path)
    if data.startswith(_OLE_MAGIC):
        raise _old_excel_error(path)
    if data.startswith(_ZIP_MAGIC):
        return _read_xlsx(path)
    text = _decode(data)
    name = str(path)
    if suffix in CSV_SUFFIXES:
        return _parse_csv_text(text, name)
    return _parse_lines(text, name, KIND_TEXT)


# ---------------------------------------------------------------------------- files


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise ValidationError(
            f"File {path} does not exist; check the file name and folder.",
            code="file_unreadable",
        )
    if path.is_dir():
        raise ValidationError(
            f"{path} is a folder, not a file; choose the file inside it.",
            code="file_unreadable",
        )


def _read_bytes(path: Path) -> bytes:
    _check_readable(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"Cannot read file {path}: {exc.strerror or exc}; check that it is not open in "
            "another program and that you may read it.",
            code="file_unreadable",
        ) from exc


def _old_excel_error(path: Path) -> ValidationError:
    return ValidationError(
        f"{path} is an old Excel 97-2003 workbook (.xls), which cannot be read; open it in "
        "Excel and save it as an Excel Workbook (.xlsx) or as CSV.",
        code="file_unreadable",
    )


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text"), else cp1251."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _empty_error(name: str, *, header_only: bool = False) -> ValidationError:
    if header_only:
        message = (
            f"{_cap(name)} has a header row but no codes under it; put one code per row "
            "below the header."
        )
    else:
        message = f"{_cap(name)} is empty; it needs one SIM card code per line or row."
    return ValidationError(message, code="file_empty")


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


# ---------------------------------------------------------------------------- xlsx


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        if value.is_integer():
            # Beyond 15 significant digits Excel has already lost the last ones: the code
            # cannot be recovered, so show it the way Excel does and let validation refuse it.
            return format(value, ".15G")
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def _read_xlsx(path: Path) -> ParsedFile:
    import openpyxl  # imported here: only needed for workbooks

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException, ...
        raise ValidationError(
            f"{path} is not a readable Excel workbook (.xlsx): {exc}; save it again from "
            "Excel or export it as CSV.",
            code="file_unreadable",
        ) from exc
    try:
        sheets = workbook.worksheets
        if not sheets:
            raise _empty_error(str(path))
        sheet = sheets[0]
        try:
            sheet.reset_dimensions()
            rows: list[tuple[int, list[str]]] = []
            for number, values in enumerate(
                sheet.iter_rows(min_row=1, min_col=1, values_only=True), start=1
            ):
                cells = [_cell_text(v) for v in values]
                if any(cells):
                    rows.append((number, cells))
        except ValidationError:
            raise
        except Exception as exc:
            raise ValidationError(
                f"{path} is not a readable Excel workbook (.xlsx): {exc}; save it again from "
                "Excel or export it as CSV.",
                code="file_unreadable",
            ) from exc
    finally:
        workbook.close()
    return _build(rows, str(path), KIND_XLSX)


# ---------------------------------------------------------------------------- csv


def _strip_quoted(line: str) -> str:
    if '"' not in line:
        return line
    return re.sub(r'"[^"]*"', "", line)


def _sniff_delimiter(text: str) -> str | None:
    sample: list[str] = []
    for line in io.StringIO(text, newline=None):
        if line.strip():
            sample.append(_strip_quoted(line))
            if len(sample) >= 50:
                break
    if not sample:
        return None
    best: str | None = None
    best_share = 0.0
    for delim in CSV_DELIMITERS:
        counts = [line.count(delim) for line in sample]
        mode, hits = Counter(counts).most_common(1)[0]
        if mode == 0:
            continue
        share = hits / len(sample)
        # A delimiter found with the same count on (nearly) every line wins; on a tie the
        # earlier one (tab, semicolon, comma, bar) does: "41,3;69,2" is semicolon-separated.
        if share >= 0.9:
            return delim
        if share > best_share:
            best, best_share = delim, share
    return best if best_share >= 0.5 else None


def _parse_csv_text(text: str, name: str) -> ParsedFile:
    delimiter = _sniff_delimiter(text)
    if delimiter is None:
        # One column (or whitespace-separated): read it like a text list.
        return _parse_lines(text, name, KIND_CSV)
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous_end = 0
    append = rows.append
    try:
        for cells in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            if "".join(cells).strip():
                append((start, cells))  # stripped by _build
    except csv.Error as exc:
        raise ValidationError(
            f"Cannot read {name} as CSV near line {previous_end + 1}: {exc}; check the "
            "quotes on that line or save the file again as CSV.",
            code="file_unreadable",
        ) from exc
    return _build(rows, name, KIND_CSV)


# ---------------------------------------------------------------------------- text


def _looks_like_code(value: str) -> bool:
    cleaned = _DROP_RE.sub("", value)
    return bool(_CODE_RE.fullmatch(cleaned)) or bool(_SCI_RE.fullmatch(cleaned))


def _digit_count(value: str) -> int:
    return len(_NON_DIGIT_RE.sub("", value))


def _looks_like_phone(value: str) -> bool:
    if not _PHONE_RE.fullmatch(value) or "+" in value[1:]:
        return False
    return 9 <= _digit_count(value) <= 13


def _looks_like_date(value: str) -> bool:
    if not any(ch.isdigit() for ch in value):
        return False
    try:
        parse_timestamp(value)
    except (ValueError, OverflowError):
        return False
    return True


def _split_spaced(line: str) -> list[str]:
    """Cells of a line separated by whitespace only: a code (which may itself be written in
    groups of digits), then maybe a phone (also maybe in groups) and a date."""
    tokens = line.split()
    if len(tokens) == 1:
        return tokens
    date_cell = ""
    for i, token in enumerate(tokens):
        if _DATE_TOKEN_RE.fullmatch(token):
            end = i + 1
            if end < len(tokens) and _TIME_TOKEN_RE.fullmatch(tokens[end]):
                end += 1
            date_cell = " ".join(tokens[i:end])
            tokens = tokens[:i] + tokens[end:]
            break
    if not tokens:
        return ["", "", date_cell]
    cells = _split_code_phone(tokens)
    if date_cell:
        while len(cells) < 2:
            cells.append("")
        cells.append(date_cell)
    return cells


def _split_code_phone(tokens: list[str]) -> list[str]:
    if len(tokens) == 1:
        return tokens
    whole = "".join(tokens)
    cleaned = _DROP_RE.sub("", whole)
    if cleaned.isdigit() and len(cleaned) <= 20:
        return [" ".join(tokens)]  # one code written in groups
    fallback: int | None = None
    for i in range(1, len(tokens)):
        left = _DROP_RE.sub("", "".join(tokens[:i]))
        if not left.isdigit():
            break
        right = " ".join(tokens[i:])
        if len(left) >= 15 and _looks_like_phone(right):
            if len(left) in (19, 20):
                return [" ".join(tokens[:i]), right]
            if fallback is None:
                fallback = i
    if fallback is not None:
        return [" ".join(tokens[:fallback]), " ".join(tokens[fallback:])]
    if cleaned.isdigit():
        return [" ".join(tokens)]  # a mistyped code; validation says what is wrong
    return [tokens[0], " ".join(tokens[1:])]


def _unquote(cell: str) -> str:
    cell = cell.strip()
    if len(cell) >= 2 and cell[0] == cell[-1] == '"':
        cell = cell[1:-1].replace('""', '"').strip()
    return cell


def _split_line(line: str) -> list[str]:
    if line.isdigit():
        return [line]
    pair = _FAST_PAIR_RE.fullmatch(line)
    if pair:
        return [pair[1], pair[2]]
    for delim in ("\t", ";", ","):
        if delim in line:
            return [_unquote(cell) for cell in line.split(delim)]
    return _split_spaced(line)


def _parse_lines(text: str, name: str, kind: str) -> ParsedFile:
    rows: list[tuple[int, list[str]]] = []
    for number, raw in enumerate(io.StringIO(text, newline=None), start=1):
        line = raw.strip()
        if not line:
            continue
        cells = _split_line(line)
        if any(cells):
            rows.append((number, cells))
    return _build(rows, name, kind)


# ---------------------------------------------------------------------------- columns


def _header_key(cell: str) -> str:
    return _HEADER_CLEAN_RE.sub(" ", cell.strip().strip(":#№*").strip().lower().replace("-", " "))


def _is_header(cells: Sequence[str]) -> bool:
    if any(_looks_like_code(cell) for cell in cells):
        return False
    keys = [_header_key(cell) for cell in cells]
    return any(k in CODE_NAMES or k in PHONE_NAMES or k in DATE_NAMES for k in keys)


def _named_column(keys: Sequence[str], names: frozenset[str]) -> int | None:
    for index, key in enumerate(keys):
        if key in names:
            return index
    return None


def _mostly(values: Iterable[str], test: Callable[[str], bool]) -> bool:
    total = hits = 0
    for value in values:
        if value:
            total += 1
            if test(value):
                hits += 1
    return total > 0 and hits * 2 >= total


def _column(sample: Sequence[list[str]], index: int) -> list[str]:
    return [cells[index] for cells in sample if index < len(cells)]


def _find_column(
    sample: Sequence[list[str]],
    width: int,
    test: Callable[[str], bool],
    exclude: Iterable[int | None],
) -> int | None:
    skip = {i for i in exclude if i is not None}
    for index in range(width):
        if index not in skip and _mostly(_column(sample, index), test):
            return index
    return None


def _no_code_column(name: str) -> ValidationError:
    return ValidationError(
        f"No column of SIM card codes found in {name}; put the codes in the first column or "
        "name the column 'code' or 'iccid'.",
        code="no_code_column",
    )


def _cell_at(cells: list[str], index: int | None, n: int) -> str | None:
    if index is None or index >= n:
        return None
    return cells[index].strip() or None


def _build(rows: list[tuple[int, list[str]]], name: str, kind: str) -> ParsedFile:
    """Find the header and the columns of non-blank ``rows`` (cells may be unstripped)."""
    if not rows:
        raise _empty_error(name)
    header: list[str] | None = None
    code_col = phone_col = date_col = None
    first = [cell.strip() for cell in rows[0][1]]
    if _is_header(first):
        header = first
        rows = rows[1:]
        if not rows:
            raise _empty_error(name, header_only=True)
        keys = [_header_key(cell) for cell in header]
        code_col = _named_column(keys, CODE_NAMES)
        phone_col = _named_column(keys, PHONE_NAMES)
        date_col = _named_column(keys, DATE_NAMES)

    sample = [[cell.strip() for cell in cells] for _, cells in rows[:SAMPLE_ROWS]]
    width = max(len(cells) for cells in sample)
    if header is not None:
        width = max(width, len(header))

    if code_col is None or not _mostly(_column(sample, code_col), _looks_like_code):
        # Also settles "number": a column named like a phone that holds codes.
        found = _find_column(sample, width, _looks_like_code, ())
        if found is not None:
            code_col = found
    if code_col is None and width == 1:
        code_col = 0  # a plain list: every line is meant as a code; validation says which fail
    if code_col is None:
        raise _no_code_column(name)
    if phone_col == code_col:
        phone_col = None
    if phone_col is None:
        phone_col = _find_column(sample, width, _looks_like_phone, (code_col, date_col))
    if date_col in (code_col, phone_col):
        date_col = None
    if date_col is None:
        date_col = _find_column(sample, width, _looks_like_date, (code_col, phone_col))

    out: list[SourceRow] = []
    append = out.append
    if phone_col is None and date_col is None:
        for line, cells in rows:
            append(SourceRow(line, cells[code_col].strip() if code_col < len(cells) else ""))
    else:
        for line, cells in rows:
            n = len(cells)
            code = cells[code_col].strip() if code_col < n else ""
            phone = _cell_at(cells, phone_col, n)
            when = _cell_at(cells, date_col, n)
            append(SourceRow(line, code, phone, when))
    return ParsedFile(
        rows=out,
        header=header,
        code_column=code_col,
        phone_column=phone_col,
        date_column=date_col,
        kind=kind,
    )
