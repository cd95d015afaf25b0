"""The first worksheet of an Excel workbook (.xlsx, .xlsm) as a stream of rows, read in
bounded time and memory whatever the file holds.

openpyxl's read-only mode is not enough for files that come from outside: it loads every
shared string at once (16 s and 351 MB for an Excel file of 1,000,000 rows), keeps one parsed
element per row until the end, and builds a whole row before handing it over, so a 34 KB
file with cells in column XFD took 11.7 s and 991 MB and a 287 KB file of 2,000,000 tiny
rows 44 s and 934 MB.  This reader parses the workbook's XML parts with expat itself
(openpyxl only lends its date helpers):

- only the first worksheet, its shared strings and its cell formats (for dates) are read;
- the sheet's ``dimension`` is never used (a crafted one claims A1:XFD1048576): a row holds
  the cells it has, and nothing is padded;
- only columns that hold something are read: the first :data:`SCAN_COLUMNS` of them (in
  the first rows) while the caller looks for its columns, then the caller's alone
  (:meth:`SheetRows.keep_columns`); other cells are skipped as they stream past;
- a cell keeps at most :data:`MAX_CELL_CHARS` characters; shared strings are held as UTF-8
  in one buffer (:data:`MAX_SHARED_BYTES`, :data:`MAX_SHARED_STRINGS`);
- what no worksheet can hold is refused at once, before the rest is read: a row or a column
  past Excel's limits (1,048,576 rows, 16,384 columns), a row with more cells than that, a
  DOCTYPE (entities), more XML elements than :data:`MAX_XML_ELEMENTS`, a part that unpacks
  to more than :data:`MAX_PART_BYTES`, and one XML token (a name, an attribute, a comment)
  longer than :data:`MAX_TOKEN_BYTES`, which expat would otherwise hold whole.

The caller counts the rows it keeps and stops reading when it has enough
(simdesk.domain.fileparse refuses a file of more than 1,000,000 rows).
"""

from __future__ import annotations

import itertools
import posixpath
import zipfile
import zlib
from array import array
from collections.abc import Callable, Generator, Iterator
from datetime import date, datetime, time, timedelta
from typing import IO, Final
from xml.parsers import expat

from simdesk.domain.codes import ascii_int

EXCEL_MAX_ROWS: Final = 1_048_576
EXCEL_MAX_COLUMNS: Final = 16_384
# Columns looked at while the reader's caller finds its columns (A … BL).
SCAN_COLUMNS: Final = 64
# Characters kept of one cell: a code, a phone number or a date is far shorter; longer text
# is cut (and marked with "…") so that a crafted file cannot make every cell a big string.
MAX_CELL_CHARS: Final = 64
# Shared strings (the text cells of a workbook written by Excel), kept as UTF-8.
MAX_SHARED_STRINGS: Final = 4_000_000
MAX_SHARED_BYTES: Final = 128 * 1024 * 1024
# XML elements read from the whole workbook (its sheet, shared strings, styles …): Excel's
# file of 1,000,000 rows with a code, a phone and a date in each has about 13,000,000; the
# bound keeps a crafted file of empty elements (a few KB compressed) from costing more than
# a real file at the row limit does.
MAX_XML_ELEMENTS: Final = 20_000_000
# Cell formats read from the styles (Excel allows 64,000).
MAX_CELL_FORMATS: Final = 65_536
# Bytes one part may unpack to: Excel's own file of 1,000,000 rows (a code, a phone and a
# date in each) has a sheet of about 150 MB; a part that unpacks past this is not a list.
MAX_PART_BYTES: Final = 1024 * 1024 * 1024
# Bytes fed to expat without one event (element, text, end): a start tag of a real workbook
# is well under a kilobyte, and expat keeps an unfinished token whole in memory.
MAX_TOKEN_BYTES: Final = 1024 * 1024
CHUNK: Final = 256 * 1024

_REL_OFFICE_DOCUMENT: Final = "/officeDocument"
_REL_WORKSHEET: Final = "/worksheet"
_REL_SHARED_STRINGS: Final = "/sharedStrings"
_REL_STYLES: Final = "/styles"


class XlsxError(Exception):
    """The file is not a workbook this reader can read; the message says why."""


# ---------------------------------------------------------------------------- values


def cell_text(value: object) -> str:
    """A cell's value as the text a person sees in Excel (numbers without a trailing .0)."""
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
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


def _cut(text: str) -> str:
    if len(text) > MAX_CELL_CHARS:
        return text[: MAX_CELL_CHARS - 1] + "…"
    return text


def _number(text: str) -> int | float | None:
    """A numeric cell's value as openpyxl reads it: an int unless it has a point or an
    exponent; None when it is no number at all."""
    body = text[1:] if text[:1] == "-" else text
    if body.isascii() and body.isdigit():
        return int(text)
    if not text.isascii():
        return None
    try:
        return float(text)
    except ValueError:
        return None


def column_number(ref: str) -> int | None:
    """The column of a cell reference (``"B7"`` → 2), or None when it is none of Excel's
    16,384 columns."""
    column = 0
    for index, ch in enumerate(ref):
        if "A" <= ch <= "Z":
            column = column * 26 + ord(ch) - 64
        elif "a" <= ch <= "z":
            column = column * 26 + ord(ch) - 96
        else:
            break
        if index >= 3:
            return None
    if not 0 < column <= EXCEL_MAX_COLUMNS:
        return None
    return column


# ---------------------------------------------------------------------------- XML


def _local(name: str) -> str:
    """An element's name without its namespace prefix (``x:row`` → ``row``)."""
    return name.rpartition(":")[2]


def _refuse_doctype(*_args: object) -> None:
    raise XlsxError("it declares a DOCTYPE, which no workbook part has")


def _parser() -> expat.XMLParserType:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype
    return parser


def _feed(parser: expat.XMLParserType, stream: IO[bytes], part: str,
          stop: Callable[[], bool] = lambda: False) -> Iterator[None]:
    """Parse ``stream`` a chunk at a time; yields after each chunk (so that a caller can take
    the rows found so far) and ends early when ``stop()`` says so.

    A part that unpacks to more than :data:`MAX_PART_BYTES`, or that feeds expat more than
    :data:`MAX_TOKEN_BYTES` without an event (one giant attribute, name or comment, which
    expat holds whole), is refused at once."""
    fed = 0
    while True:
        try:
            chunk = stream.read(CHUNK)
            fed += len(chunk)
            if fed > MAX_PART_BYTES:
                raise XlsxError(f"{part} unpacks to more than {MAX_PART_BYTES // 2**20:,} MB, "
                                "far more than any list of codes")
            parser.Parse(chunk, not chunk)
            if fed - max(parser.CurrentByteIndex, 0) > MAX_TOKEN_BYTES:
                raise XlsxError(f"{part} holds one XML token (a name, an attribute or a "
                                f"comment) longer than {MAX_TOKEN_BYTES // 2**20} MB, which "
                                "no workbook has")
        except expat.ExpatError as exc:
            raise XlsxError(f"{part} is not well-formed XML ({exc})") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise XlsxError(f"{part} cannot be unpacked ({exc})") from None
        yield
        if not chunk or stop():
            return


def _too_many_elements() -> XlsxError:
    return XlsxError(f"it has more than {MAX_XML_ELEMENTS:,} XML elements (cells, rows, "
                     "texts); keep only the columns of codes, phones and dates, or split it")


class _Budget:
    """XML elements read so far, in all the parts of one workbook."""

    def __init__(self) -> None:
        self.used = 0

    def spend(self) -> None:
        self.used += 1
        if self.used > MAX_XML_ELEMENTS:
            raise _too_many_elements()


# ---------------------------------------------------------------------------- parts


class Workbook:
    """An open workbook: where its first worksheet, shared strings and styles are."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = frozenset(archive.namelist())
        self.budget = _Budget()
        workbook_part = self._office_document()
        sheets, self.date1904 = self._sheets(workbook_part)
        rels = self._relationships(workbook_part)
        self.sheet_part: str | None = None
        for rel_id in sheets:
            target = rels.get(rel_id)
            if target is not None and target[1].endswith(_REL_WORKSHEET):
                self.sheet_part = target[0]
                break
        self.shared_part = next((t for t, kind in rels.values()
                                 if kind.endswith(_REL_SHARED_STRINGS)), None)
        self.styles_part = next((t for t, kind in rels.values()
                                 if kind.endswith(_REL_STYLES)), None)

    def open(self, part: str) -> IO[bytes]:
        if part not in self.names:
            raise XlsxError(f"the part {part} is missing")
        try:
            return self.archive.open(part)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
            raise XlsxError(f"{part} cannot be unpacked ({exc})") from None

    def _walk(self, part: str, start: Callable[[str, dict[str, str]], None],
              stop: Callable[[], bool] = lambda: False) -> None:
        spend = self.budget.spend

        def on_start(name: str, attrs: dict[str, str]) -> None:
            spend()
            start(_local(name), attrs)

        parser = _parser()
        parser.StartElementHandler = on_start
        with self.open(part) as stream:
            for _ in _feed(parser, stream, part, stop):
                pass

    def _office_document(self) -> str:
        found: list[str] = []

        def start(tag: str, attrs: dict[str, str]) -> None:
            if (tag == "Relationship" and not found
                    and attrs.get("Type", "").endswith(_REL_OFFICE_DOCUMENT)):
                found.append(_resolve("", attrs.get("Target", "")))

        if "_rels/.rels" in self.names:
            self._walk("_rels/.rels", start, lambda: bool(found))
        return found[0] if found else "xl/workbook.xml"

    def _sheets(self, part: str) -> tuple[list[str], bool]:
        sheets: list[str] = []
        flags = {"date1904": False}

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "sheet":
                rel_id = next((v for k, v in attrs.items() if _local(k) == "id"), None)
                if rel_id is not None and len(sheets) < 4096:
                    sheets.append(rel_id)
            elif tag == "workbookPr":
                flags["date1904"] = attrs.get("date1904", "").lower() in ("1", "true")

        self._walk(part, start)
        if not sheets:
            raise XlsxError("it has no worksheet")
        return sheets, flags["date1904"]

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        folder, name = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", name + ".rels")
        rels: dict[str, tuple[str, str]] = {}

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "Relationship" and len(rels) < 65_536 and attrs.get(
                    "TargetMode") != "External":
                rels[attrs.get("Id", "")] = (_resolve(folder, attrs.get("Target", "")),
                                             attrs.get("Type", ""))

        if rels_part in self.names:
            self._walk(rels_part, start)
        return rels

    def date_styles(self) -> tuple[frozenset[int], frozenset[int]]:
        """The cell formats (``s`` of a cell) that show a date, and those of a duration."""
        if self.styles_part is None or self.styles_part not in self.names:
            return frozenset(), frozenset()
        from openpyxl.styles.numbers import (
            BUILTIN_FORMATS,
            is_date_format,
            is_timedelta_format,
        )

        custom: dict[int, str] = {}
        formats: list[int] = []
        where = {"cellXfs": False}

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "numFmt" and len(custom) < MAX_CELL_FORMATS:
                number = ascii_int(attrs.get("numFmtId", ""))
                if number is not None:
                    custom[number] = attrs.get("formatCode", "")[:256]
            elif tag == "cellXfs":
                where["cellXfs"] = True
            elif tag == "xf" and where["cellXfs"] and len(formats) < MAX_CELL_FORMATS:
                formats.append(ascii_int(attrs.get("numFmtId", "0")) or 0)

        def end(name: str) -> None:
            if _local(name) == "cellXfs":
                where["cellXfs"] = False

        spend = self.budget.spend

        def on_start(name: str, attrs: dict[str, str]) -> None:
            spend()
            start(_local(name), attrs)

        parser = _parser()
        parser.StartElementHandler = on_start
        parser.EndElementHandler = end
        with self.open(self.styles_part) as stream:
            for _ in _feed(parser, stream, self.styles_part):
                pass
        dates: set[int] = set()
        durations: set[int] = set()
        for index, number in enumerate(formats):
            code = custom.get(number, BUILTIN_FORMATS.get(number))
            if is_date_format(code):
                dates.add(index)
            if is_timedelta_format(code):
                durations.add(index)
        return frozenset(dates), frozenset(durations)


def _resolve(folder: str, target: str) -> str:
    """A relationship's target as a part name (targets are relative to the source's folder,
    or absolute from the package root)."""
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(path).lstrip("/") if path else ""


class SharedStrings:
    """The workbook's shared strings, each cut to :data:`MAX_CELL_CHARS`, as UTF-8 in one
    buffer: a million rows of codes and phones take about 50 MB instead of 350."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("I")

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index: int) -> str:
        if index < 0:
            raise IndexError(index)
        start = self._ends[index - 1] if index else 0
        return self._data[start:self._ends[index]].decode("utf-8")

    def append(self, text: str) -> None:
        if len(self._ends) >= MAX_SHARED_STRINGS:
            raise XlsxError(f"it has more than {MAX_SHARED_STRINGS:,} different texts")
        self._data += text.encode("utf-8", "replace")
        if len(self._data) > MAX_SHARED_BYTES:
            raise XlsxError(f"its texts take more than {MAX_SHARED_BYTES // 2**20} MB")
        self._ends.append(len(self._data))

    @classmethod
    def read(cls, book: Workbook) -> SharedStrings:
        strings = cls()
        part = book.shared_part
        if part is None or part not in book.names:
            return strings
        spend = book.budget.spend
        state = {"collect": False, "phonetic": False}
        pieces: list[str] = []
        size = [0]

        def start(name: str, attrs: dict[str, str]) -> None:
            spend()
            tag = _local(name)
            if tag == "t":
                state["collect"] = not state["phonetic"]
            elif tag == "si":
                pieces.clear()
                size[0] = 0
            elif tag == "rPh":
                state["phonetic"] = True

        def end(name: str) -> None:
            tag = _local(name)
            if tag == "t":
                state["collect"] = False
            elif tag == "si":
                strings.append(_cut("".join(pieces)))
            elif tag == "rPh":
                state["phonetic"] = False

        def text(data: str) -> None:
            if state["collect"] and size[0] <= MAX_CELL_CHARS:
                pieces.append(data)
                size[0] += len(data)

        parser = _parser()
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = text
        with book.open(part) as stream:
            for _ in _feed(parser, stream, part):
                pass
        return strings


# ---------------------------------------------------------------------------- the sheet


class SheetRows:
    """The rows of the first worksheet that hold something, as ``(row number, cells)``.

    The first ``sample_rows`` such rows are read before any is handed over: the columns
    that hold something in them (at most :data:`SCAN_COLUMNS`, the first ones met) become
    :attr:`columns`, and ``cells[i]`` is the text of column ``columns[i]`` ("" when empty).
    When those columns are all within the first :data:`SCAN_COLUMNS`, :attr:`columns` is
    simply 1, 2, 3 … up to the last of them, so that ``cells`` is the row as Excel shows it.
    Cells of other columns are skipped as they stream past; :meth:`keep_columns` narrows
    the rows still to come to the columns the caller needs.  Iterate once."""

    def __init__(self, book: Workbook, shared: SharedStrings, sample_rows: int) -> None:
        if book.sheet_part is None:
            raise XlsxError("its first sheet is not a worksheet")
        self.part = book.sheet_part
        self.book = book
        self.shared = shared
        self.sample_rows = sample_rows
        self.dates, self.durations = book.date_styles()
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

        self.epoch = CALENDAR_MAC_1904 if book.date1904 else CALENDAR_WINDOWS_1900
        self.columns: list[int] = []  # cells[i] is column columns[i] (1-based)
        self.cells_beyond = 0  # cells skipped while the columns were being found
        self._scan: set[int] = set()  # columns read while the first rows are read
        self._scanning = True
        self._keep: frozenset[int] | None = None
        self._width = 0
        self._elements = book.budget.used
        self._ready: list[tuple[int, dict[int, str]]] = []
        self._row = 0
        self._rows_seen = 0
        self._column = 0
        self._cells_in_row = 0
        self._values: dict[int, str] = {}
        self._wanted = False
        self._type = "n"
        self._style: str | None = None
        self._pieces: list[str] = []
        self._size = 0
        self._collect = False
        self._inline = False
        self._phonetic = False
        self._fed = 0  # bytes of the worksheet unpacked and parsed so far
        self._part_size = 0

    def bytes_read(self) -> tuple[int, int]:
        """(bytes of the worksheet read so far, its unpacked size), for a progress bar."""
        return self._fed, self._part_size

    def keep_columns(self, indices: set[int]) -> None:
        """From now on read only these columns (indices into ``cells``)."""
        self._keep = frozenset(self.columns[i] for i in indices if i < len(self.columns))
        self._width = max(indices, default=-1) + 1

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        return self.rows()

    def rows(self) -> Generator[tuple[int, list[str]], None, None]:
        """The rows (see the class); close the generator to stop reading early."""
        rows = self._sparse_rows()
        sample: list[tuple[int, dict[int, str]]] = []
        for row in rows:
            sample.append(row)
            if len(sample) >= self.sample_rows:
                break
        self._scanning = False
        seen = {column for _, values in sample for column in values}
        last = max(seen, default=0)
        self.columns = list(range(1, last + 1)) if last <= SCAN_COLUMNS else sorted(seen)
        self._width = len(self.columns)
        position = {column: index for index, column in enumerate(self.columns)}
        for number, values in itertools.chain(sample, rows):
            cells = [""] * self._width
            for column, value in values.items():
                index = position.get(column, self._width)
                if index < self._width:
                    cells[index] = value
            yield number, cells

    def _sparse_rows(self) -> Generator[tuple[int, dict[int, str]], None, None]:
        parser = _parser()
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        ready = self._ready
        self._part_size = self.book.archive.getinfo(self.part).file_size
        with self.book.open(self.part) as stream:
            where = stream.tell if stream.seekable() else lambda: 0
            for _ in _feed(parser, stream, self.part):
                self._fed = min(where(), self._part_size)
                while ready:
                    batch = ready[:]
                    ready.clear()
                    yield from batch

    # expat handlers ---------------------------------------------------------

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        self._elements += 1
        if self._elements > MAX_XML_ELEMENTS:
            raise _too_many_elements()
        if ":" in name:
            name = _local(name)
        if name == "c":
            self._start_cell(attrs)
        elif name == "v":
            self._collect = self._wanted
        elif name == "row":
            self._start_row(attrs)
        elif name == "t":
            self._collect = self._wanted and self._inline and not self._phonetic
        elif name == "is":
            self._inline = True
        elif name == "rPh":
            self._phonetic = True

    def _end(self, name: str) -> None:
        if ":" in name:
            name = _local(name)
        if name == "c":
            if self._wanted:
                self._wanted = False
                if self._pieces:
                    value = self._value(_cut("".join(self._pieces)))
                    if value:
                        column = self._column
                        if self._keep is None and column not in self._scan:
                            if len(self._scan) >= SCAN_COLUMNS:
                                return
                            self._scan.add(column)
                        self._values[column] = _cut(value)
        elif name == "v" or name == "t":
            self._collect = False
        elif name == "row":
            self._end_row()
        elif name == "is":
            self._inline = False
        elif name == "rPh":
            self._phonetic = False

    def _text(self, data: str) -> None:
        if self._collect and self._size <= MAX_CELL_CHARS:
            self._pieces.append(data)
            self._size += len(data)

    def _start_row(self, attrs: dict[str, str]) -> None:
        self._rows_seen += 1
        if self._rows_seen > EXCEL_MAX_ROWS:
            raise XlsxError(f"it has more than {EXCEL_MAX_ROWS:,} rows, more than a "
                            "worksheet holds")
        ref = attrs.get("r")
        if ref is None:
            self._row += 1
        else:
            number = ascii_int(ref)
            if number is None or not 0 < number <= EXCEL_MAX_ROWS:
                raise XlsxError(f"row number {ref[:20]!r} is not a worksheet row")
            self._row = number
        self._column = 0
        self._cells_in_row = 0
        self._values = {}

    def _start_cell(self, attrs: dict[str, str]) -> None:
        self._cells_in_row += 1
        if self._cells_in_row > EXCEL_MAX_COLUMNS:
            raise XlsxError(f"row {self._row} has more than {EXCEL_MAX_COLUMNS:,} cells, "
                            "more than a worksheet holds")
        ref = attrs.get("r")
        if ref is None:
            column = self._column + 1
        elif "A" <= ref[0] <= "Z" and ref[1:2].isdigit():  # A1 … Z9999: most cells
            column = ord(ref[0]) - 64
        else:
            found = column_number(ref)
            if found is None:
                raise XlsxError(f"cell reference {ref[:20]!r} is not a worksheet cell")
            column = found
        self._column = column
        keep = self._keep
        if keep is not None:
            self._wanted = column in keep
        elif column in self._scan or (self._scanning and len(self._scan) < SCAN_COLUMNS):
            self._wanted = True  # a new column counts once it holds something (_end)
        else:
            self._wanted = False
            if self._scanning:
                self.cells_beyond += 1
        if self._wanted:
            self._type = attrs.get("t", "n")
            self._style = attrs.get("s")
            self._pieces = []
            self._size = 0

    def _end_row(self) -> None:
        if self._values:
            self._ready.append((self._row, self._values))
            self._values = {}

    def _value(self, raw: str) -> str:
        kind = self._type
        if kind == "s":
            try:
                return self.shared[int(raw)].strip()
            except (ValueError, IndexError):
                raise XlsxError(f"row {self._row} refers to shared text {raw[:20]!r}, which "
                                "the workbook does not have") from None
        if kind in ("inlineStr", "str", "e"):
            return raw.strip()
        if kind == "b":
            flag = raw.strip()
            return {"1": "TRUE", "0": "FALSE"}.get(flag, flag)
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            try:
                return cell_text(from_ISO8601(raw.strip()))
            except Exception:  # whatever openpyxl makes of a bad date: the text is kept
                return raw.strip()
        number = _number(raw.strip())
        if number is None:
            return raw.strip()
        style = ascii_int(self._style) if self._style else None
        if style is not None and style in self.dates:
            from openpyxl.utils.datetime import from_excel

            try:
                return cell_text(from_excel(number, self.epoch,
                                            timedelta=style in self.durations))
            except Exception:  # a serial number no date has: the text is kept
                return raw.strip()
        return cell_text(number)


def open_workbook(path: str, sample_rows: int) -> tuple[zipfile.ZipFile, SheetRows]:
    """Open ``path`` and its first worksheet (``sample_rows``: see :class:`SheetRows`); the
    caller closes the archive.  Raises :class:`XlsxError` (or OSError when the file cannot
    be read)."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise XlsxError(f"it is not a ZIP package ({exc})") from None
    try:
        book = Workbook(archive)
        return archive, SheetRows(book, SharedStrings.read(book), sample_rows)
    except BaseException:
        archive.close()
        raise
