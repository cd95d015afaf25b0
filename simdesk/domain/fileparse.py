"""Reading lists of SIM card codes (and optionally phone numbers and dates).

A dealer gets such lists from an operator as Excel workbooks or CSV files, or types/pastes
them.  This module only finds the rows and the columns; the raw texts it returns are
validated elsewhere (simdesk.domain.codes, simdesk.domain.phones), so every row keeps the
1-based line (or worksheet row) number it came from for the report.

Files come from outside, so they are read as streams with bounds that no list of codes
comes near: at most :data:`MAX_ROWS` rows of codes (the file is refused at the next one,
before anything is imported), :data:`MAX_LINE_CHARS` characters a line and :data:`MAX_LINES`
lines (blank ones included), the first
:data:`SCAN_COLUMNS` columns, and for workbooks the bounds of simdesk.domain.xlsx.  Of each
row only the code, phone and date are kept (:class:`SourceRows`).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO, TypeVar, cast, overload

from simdesk.domain import xlsx
from simdesk.errors import ValidationError
from simdesk.gcpause import gc_paused
from simdesk.timeutil import parse_timestamp

_T = TypeVar("_T")
Progress = Callable[[int, int], None]  # progress(done, total), e.g. a progress bar's
PROGRESS_ROWS: Final = 4096  # rows (or lines) read between two calls of ``progress``

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

# The most rows of codes a file may hold (a header row is not counted).  A larger file is
# refused as soon as its row 1,000,001 is read — before anything is imported, and before a
# report could grow past a million lines.
MAX_ROWS: Final = 1_000_000
# Rows looked at to decide which column holds what (the whole file is not needed).
SAMPLE_ROWS: Final = 1000
# Columns looked at: the first 64 (of a workbook: the first 64 that hold something).
SCAN_COLUMNS: Final = xlsx.SCAN_COLUMNS
# A longer line is no list of codes: the file is refused without holding the line whole.
MAX_LINE_CHARS: Final = 65_536
# Lines read from a text or CSV file, blank ones included: a file of nothing but empty lines
# (a gigabyte of them) is refused here instead of being read to its end for no row.
MAX_LINES: Final = 4 * MAX_ROWS
# Lines read to find a CSV file's delimiter.
SNIFF_LINES: Final = 10_000
DECODE_CHUNK: Final = 1024 * 1024
# Distinct texts remembered to keep repeated values once (see _collect).
REPEATS_KEPT: Final = 4096
PASTED: Final = "the pasted text"
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


class SourceRows(Sequence[SourceRow]):
    """The rows of a file, kept by column and read as SourceRow objects: a million rows
    of a code and a phone take about 150 MB instead of 230 (no object per row)."""

    def __init__(self, *, phones: bool = False, dates: bool = False) -> None:
        self._lines = array("I")
        self._codes: list[str] = []
        self._phones: list[str | None] | None = [] if phones else None
        self._dates: list[str | None] | None = [] if dates else None

    def append(self, line: int, code: str, phone: str | None = None,
               date: str | None = None) -> None:
        self._lines.append(line)
        self._codes.append(code)
        if self._phones is not None:
            self._phones.append(phone)
        if self._dates is not None:
            self._dates.append(date)

    def __len__(self) -> int:
        return len(self._codes)

    def _row(self, index: int) -> SourceRow:
        return SourceRow(self._lines[index], self._codes[index],
                         None if self._phones is None else self._phones[index],
                         None if self._dates is None else self._dates[index])

    @overload
    def __getitem__(self, index: int) -> SourceRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[SourceRow]: ...

    def __getitem__(self, index: int | slice) -> SourceRow | list[SourceRow]:
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("row index out of range")
        return self._row(index)

    def __iter__(self) -> Iterator[SourceRow]:
        for index in range(len(self)):
            yield self._row(index)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SourceRows | list | tuple):
            return len(self) == len(other) and all(
                a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SourceRows({list(self)!r})"


@dataclass
class ParsedFile:
    rows: SourceRows
    header: list[str] | None
    code_column: int
    phone_column: int | None
    date_column: int | None
    kind: str  # "csv" | "xlsx" | "text"


# ---------------------------------------------------------------------------- public


def read_code_file(path: Path, *, progress: Progress | None = None) -> ParsedFile:
    """Read a list of codes from an Excel workbook, a CSV file or a plain text file.

    A file of more than :data:`MAX_ROWS` rows is refused (ValidationError ``too_many_rows``)
    as soon as its row 1,000,001 is read, before anything is imported.  ``progress(done,
    total)`` is told the bytes read of the file (of a workbook: of its worksheet, unpacked)
    every :data:`PROGRESS_ROWS` rows and once at the end."""
    with gc_paused():
        return _read_code_file(Path(path), progress)


def parse_text(text: str) -> ParsedFile:
    """Parse a pasted list: one code per line, optionally with a phone (and a date) after it,
    separated by spaces, commas, semicolons or tabs (rows pasted from Excel are tab-separated).
    """
    with gc_paused():
        lines = _checked_lines(io.StringIO(text.lstrip("\ufeff"), newline=None), PASTED)
        return _collect(_text_rows(lines), PASTED, KIND_TEXT)


def _read_code_file(path: Path, progress: Progress | None) -> ParsedFile:
    suffix = path.suffix.lower()
    if suffix in OLD_EXCEL_SUFFIXES:
        raise _old_excel_error(path)
    _check_readable(path)
    head = _read_head(path)
    if head.startswith(_OLE_MAGIC):
        raise _old_excel_error(path)
    if suffix in XLSX_SUFFIXES or head.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, progress)
    name = str(path)
    is_csv = suffix in CSV_SUFFIXES
    encoding = _encoding_of(path, head)
    try:
        with path.open(encoding=encoding, errors="replace",
                       newline="" if is_csv else None) as stream:
            lines = _checked_lines(stream, name)
            if progress is not None:
                size = path.stat().st_size
                raw = cast("io.BufferedReader", stream.buffer)  # the bytes under the text
                lines = _reporting(lines, lambda: (raw.tell(), size), progress)
            if not is_csv:
                return _collect(_text_rows(lines), name, KIND_TEXT)
            first, delimiter = _sniff_delimiter(lines)
            lines = itertools.chain(first, lines)
            if delimiter is None:
                # One column (or whitespace-separated): read it like a text list.
                return _collect(_text_rows(lines), name, KIND_CSV)
            return _collect(_csv_rows(lines, delimiter, name), name, KIND_CSV)
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _reporting(items: Iterable[_T], position: Callable[[], tuple[int, int]],
               progress: Progress) -> Iterator[_T]:
    """``items`` as they are, telling ``progress`` the ``position()`` (done, total) every
    :data:`PROGRESS_ROWS` of them and, when they are all read, that everything was."""
    for count, item in enumerate(items, start=1):
        yield item
        if count % PROGRESS_ROWS == 0:
            done, total = position()
            progress(min(done, total), total)
    _done, total = position()
    progress(total, total)


# ---------------------------------------------------------------------------- files


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise ValidationError(
            f"File {path} does not exist; check the file name and folder.",
            code="file_unreadable",
            params={"path": str(path)},
        )
    if path.is_dir():
        raise ValidationError(
            f"{path} is a folder, not a file; choose the file inside it.",
            code="file_unreadable",
            params={"path": str(path)},
        )


def _unreadable(path: Path, exc: OSError) -> ValidationError:
    return ValidationError(
        f"Cannot read file {path}: {exc.strerror or exc}; check that it is not open in "
        "another program and that you may read it.",
        code="file_unreadable",
        params={"path": str(path)},
    )


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(len(_OLE_MAGIC))
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _old_excel_error(path: Path) -> ValidationError:
    return ValidationError(
        f"{path} is an old Excel 97-2003 workbook (.xls), which cannot be read; open it in "
        "Excel and save it as an Excel Workbook (.xlsx) or as CSV.",
        code="file_unreadable",
        params={"path": str(path)},
    )


def _decodes_as(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(DECODE_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    return True


def _encoding_of(path: Path, head: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text"), else cp1251.
    The file is read through once to be sure (a stream of a few MB per second is not
    what costs time here), never held in memory whole."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and _decodes_as(path, "utf-16"):
        return "utf-16"
    if _decodes_as(path, "utf-8-sig"):
        return "utf-8-sig"
    return "cp1251"


def _checked_lines(stream: TextIO, name: str) -> Iterator[str]:
    """The lines of ``stream``, refusing one longer than :data:`MAX_LINE_CHARS` (which no
    list of codes has: such a file is something else, and a line is never held whole) and
    more than :data:`MAX_LINES` lines, blank ones included."""
    number = 0
    readline = stream.readline
    while line := readline(MAX_LINE_CHARS + 1):
        number += 1
        if number > MAX_LINES:
            raise _too_many_lines(name)
        if len(line) > MAX_LINE_CHARS:
            raise ValidationError(
                f"Line {number} of {name} is longer than {MAX_LINE_CHARS:,} characters; a list "
                "of SIM card codes has short lines. Check that this is the right file.",
                code="file_unreadable",
                params={"path": str(name)},
            )
        yield line


def _empty_error(name: str, *, header_only: bool = False) -> ValidationError:
    if header_only:
        message = (
            f"{_cap(name)} has a header row but no codes under it; put one code per row "
            "below the header."
        )
    else:
        message = f"{_cap(name)} is empty; it needs one SIM card code per line or row."
    return ValidationError(message, code="file_empty")


def _too_many_rows(name: str) -> ValidationError:
    return _too_big(name, f"{MAX_ROWS:,} rows; split it", {"maxRows": MAX_ROWS})


def _too_many_lines(name: str) -> ValidationError:
    return _too_big(name, f"{MAX_LINES:,} lines (blank lines included); remove the blank "
                          "lines or split it", {"maxRows": MAX_ROWS, "maxLines": MAX_LINES})


def _too_big(name: str, what: str, details: dict[str, int]) -> ValidationError:
    whose = name if name == PASTED else f"the file {name}"
    return ValidationError(
        f"{_cap(whose)} has more than {what} into files of at most {MAX_ROWS:,} rows.",
        code="too_many_rows", details=dict(details))


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


# ---------------------------------------------------------------------------- xlsx


def _read_xlsx(path: Path, progress: Progress | None) -> ParsedFile:
    """The first worksheet, streamed by simdesk.domain.xlsx: the first rows find the
    columns, then only those columns are read."""
    name = str(path)
    try:
        archive, sheet = xlsx.open_workbook(name, SAMPLE_ROWS + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    except xlsx.XlsxError as exc:
        raise _not_a_workbook(path, exc) from None
    rows = sheet.rows()
    try:
        with archive:
            try:
                parsed = _collect(rows if progress is None
                                  else _reporting(rows, sheet.bytes_read, progress),
                                  name, KIND_XLSX, sheet.keep_columns)
            finally:
                rows.close()  # the sheet's stream, even when the reading stopped early
    except ValidationError as exc:
        if sheet.cells_beyond and exc.code in ("file_empty", "no_code_column"):
            exc.message += (f" Only the first {SCAN_COLUMNS} columns that hold something "
                            "are read.")
            exc.args = (exc.message,)
        raise
    except xlsx.XlsxError as exc:
        raise _not_a_workbook(path, exc) from None
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    # The columns found are counted among those that hold something: name them as Excel does.
    columns = sheet.columns
    parsed.code_column = columns[parsed.code_column] - 1
    if parsed.phone_column is not None:
        parsed.phone_column = columns[parsed.phone_column] - 1
    if parsed.date_column is not None:
        parsed.date_column = columns[parsed.date_column] - 1
    return parsed


def _not_a_workbook(path: Path, exc: xlsx.XlsxError) -> ValidationError:
    return ValidationError(
        f"{path} is not a readable Excel workbook (.xlsx): {exc}; save it again from Excel "
        "or export it as CSV.",
        code="file_unreadable",
        params={"path": str(path)},
    )


# ---------------------------------------------------------------------------- csv


def _strip_quoted(line: str) -> str:
    if '"' not in line:
        return line
    return re.sub(r'"[^"]*"', "", line)


def _sniff_delimiter(lines: Iterator[str]) -> tuple[list[str], str | None]:
    """The delimiter of a CSV file, from its first 50 lines with something on them; returns
    the lines read too (they are still to be parsed)."""
    read: list[str] = []
    sample: list[str] = []
    for line in lines:
        read.append(line)
        if line.strip():
            sample.append(_strip_quoted(line))
            if len(sample) >= 50:
                break
        if len(read) >= SNIFF_LINES:
            break
    if not sample:
        return read, None
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
            return read, delim
        if share > best_share:
            best, best_share = delim, share
    return read, (best if best_share >= 0.5 else None)


def _csv_rows(lines: Iterator[str], delimiter: str, name: str
              ) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(lines, delimiter=delimiter)
    previous_end = 0
    try:
        for cells in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            if "".join(cells).strip():
                yield start, cells[:SCAN_COLUMNS]  # stripped by _collect
    except csv.Error as exc:
        raise ValidationError(
            f"Cannot read {name} as CSV near line {previous_end + 1}: {exc}; check the "
            "quotes on that line or save the file again as CSV.",
            code="file_unreadable",
            params={"path": str(name)},
        ) from exc


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


def _text_rows(lines: Iterable[str]) -> Iterator[tuple[int, list[str]]]:
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        cells = _split_line(line)
        if any(cells):
            yield number, cells[:SCAN_COLUMNS]


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
        params={"path": str(name)},
    )


def _cell_at(cells: list[str], index: int | None, n: int) -> str | None:
    if index is None or index >= n:
        return None
    return cells[index].strip() or None


def _collect(rows: Iterator[tuple[int, list[str]]], name: str, kind: str,
             keep_columns: Callable[[set[int]], None] | None = None) -> ParsedFile:
    """Find the header and the columns from the first non-blank ``rows`` (cells may be
    unstripped), tell ``keep_columns`` which columns matter, then take every row — at most
    :data:`MAX_ROWS` of them: one more and the file is refused before the rest is read."""
    head: list[tuple[int, list[str]]] = []
    for row in rows:
        head.append(row)
        if len(head) > SAMPLE_ROWS:
            break
    if not head:
        raise _empty_error(name)
    header: list[str] | None = None
    code_col = phone_col = date_col = None
    first = [cell.strip() for cell in head[0][1]]
    body = head
    if _is_header(first):
        header = first
        body = head[1:]
        if not body:
            raise _empty_error(name, header_only=True)
        keys = [_header_key(cell) for cell in header]
        code_col = _named_column(keys, CODE_NAMES)
        phone_col = _named_column(keys, PHONE_NAMES)
        date_col = _named_column(keys, DATE_NAMES)

    sample = [[cell.strip() for cell in cells] for _, cells in body[:SAMPLE_ROWS]]
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
        error = _no_code_column(name)
        if kind != KIND_XLSX and width >= SCAN_COLUMNS:
            error.message += f" Only the first {SCAN_COLUMNS} columns are read."
            error.args = (error.message,)
        raise error
    if phone_col == code_col:
        phone_col = None
    if phone_col is None:
        phone_col = _find_column(sample, width, _looks_like_phone, (code_col, date_col))
    if date_col in (code_col, phone_col):
        date_col = None
    if date_col is None:
        date_col = _find_column(sample, width, _looks_like_date, (code_col, phone_col))
    if keep_columns is not None:
        keep_columns({c for c in (code_col, phone_col, date_col) if c is not None})

    out = SourceRows(phones=phone_col is not None, dates=date_col is not None)
    append = out.append
    # Texts seen again are kept once: a small file of one value repeated a million times
    # (it compresses to nothing) must not become a million copies of it.
    seen: dict[str, str] = {}

    def once(text: str | None) -> str | None:
        if text is None:
            return None
        kept = seen.get(text)
        if kept is not None:
            return kept
        if len(seen) < REPEATS_KEPT:
            seen[text] = text
        return text

    for count, (line, cells) in enumerate(itertools.chain(body, rows), start=1):
        if count > MAX_ROWS:
            raise _too_many_rows(name)
        n = len(cells)
        code = cells[code_col].strip() if code_col < n else ""
        if phone_col is None and date_col is None:
            append(line, once(code) or "")
        else:
            append(line, once(code) or "", once(_cell_at(cells, phone_col, n)),
                   once(_cell_at(cells, date_col, n)))
    return ParsedFile(
        rows=out,
        header=header,
        code_column=code_col,
        phone_column=phone_col,
        date_column=date_col,
        kind=kind,
    )
