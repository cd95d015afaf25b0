"""Files built to hurt the importer.

Every reader of code files — ``simdesk import``, ``simdesk import-activations``, the window's
bulk add from a file and its activation report — goes through
simdesk.domain.fileparse, which must stay within bounded time and memory whatever a file
holds, and refuse a file of more than 1,000,000 rows before anything is imported.

The two crafted workbooks of the report are built here with ``zipfile`` (their XML written
directly) and parsed in a child ``python -c``, whose own peak memory (VmHWM; ``ru_maxrss``
where /proc is missing) and wall time are checked with margins a loaded 2-core machine
keeps (the figures themselves: ``benchmarks/hostile_files.py``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from simdesk.domain.fileparse import MAX_ROWS, SourceRow, parse_text, read_code_file
from simdesk.errors import ValidationError
from simdesk.storage.models import SimCard
from tests.helpers import iccid
from tests.test_cli import assert_one_line_error, run

PEAK_MIB_LIMIT = 300
SECONDS_LIMIT = 30

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def write_xlsx(path: Path, rows: Iterable[str], *, dimension: str = "A1",
               shared: list[str] | None = None, sheet_head: str = "") -> Path:
    """A minimal workbook whose first sheet's ``<sheetData>`` holds ``rows`` (XML text),
    written straight with zipfile: nothing checks or pads it."""
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    types = ('<Default Extension="rels" ContentType="application/vnd.openxmlformats-'
             'package.relationships+xml"/><Default Extension="xml" ContentType='
             f'"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{main}.'
             'sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
             f'"{main}.worksheet+xml"/>')
    if shared is not None:
        types += (f'<Override PartName="/xl/sharedStrings.xml" ContentType="{main}.'
                  'sharedStrings+xml"/>')
    rels = f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    if shared is not None:
        rels += f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
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
        if shared is not None:
            archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{NS}">' + "".join(
                f"<si>{text}</si>" for text in shared) + "</sst>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(f'<worksheet xmlns="{NS}">{sheet_head}<dimension ref="{dimension}"/>'
                        "<sheetData>".encode())
            batch: list[str] = []
            for row in rows:
                batch.append(row)
                if len(batch) >= 10_000:
                    sheet.write("".join(batch).encode())
                    batch.clear()
            sheet.write(("".join(batch) + "</sheetData></worksheet>").encode())
    return path


def codes_in_column_xfd(path: Path, rows: int = 4000) -> Path:
    """The first crafted file: a dimension of A1:XFD1048576 and a code in column XFD of each
    row (34 KB; the reader before padded every row to 16,384 cells: 11.7 s, 991 MB)."""
    return write_xlsx(path, (
        f'<row r="{n}"><c r="XFD{n}" t="inlineStr"><is><t>{iccid(n)}</t></is></c></row>'
        for n in range(1, rows + 1)), dimension="A1:XFD1048576")


def two_million_tiny_rows(path: Path, rows: int = 2_000_000) -> Path:
    """The second crafted file: 2,000,000 rows of one small number (about 130 KB; before:
    44 s, 934 MB and a report of 2,000,000 lines)."""
    return write_xlsx(path, ("<row><c><v>1</v></c></row>" for _ in range(rows)))


CHILD = """
import json, resource, sys, time
from pathlib import Path
from simdesk.domain.fileparse import read_code_file
from simdesk.errors import ValidationError
started = time.perf_counter()
try:
    parsed = read_code_file(Path(sys.argv[1]))
    result = {"rows": len(parsed.rows), "codeColumn": parsed.code_column,
              "first": parsed.rows[0].code, "last": parsed.rows[-1].code}
except ValidationError as exc:
    result = {"error": exc.code, "message": exc.message}
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


def parse_in_child(path: Path) -> dict[str, Any]:
    """``read_code_file`` in a fresh interpreter: its result, its own peak memory and the
    wall time seen from here (interpreter start included)."""
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                          text=True, timeout=120)
    wall = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    result["wall"] = wall
    return result


# ---------------------------------------------------------------- the two crafted files


def test_codes_in_column_xfd_under_a_lying_dimension(tmp_path: Path) -> None:
    path = codes_in_column_xfd(tmp_path / "wide.xlsx")
    assert path.stat().st_size < 48_000
    result = parse_in_child(path)
    assert result.get("error") is None, result
    assert result["rows"] == 4000
    assert result["codeColumn"] == 16_383  # column XFD, named as Excel does
    assert (result["first"], result["last"]) == (iccid(1), iccid(4000))
    assert result["peakMiB"] < PEAK_MIB_LIMIT, result
    assert result["wall"] < SECONDS_LIMIT, result


def test_two_million_tiny_rows_are_refused(tmp_path: Path) -> None:
    path = two_million_tiny_rows(tmp_path / "tall.xlsx")
    assert path.stat().st_size < 300_000
    result = parse_in_child(path)
    assert result.get("error") == "too_many_rows", result
    assert result["message"] == (
        f"The file {path} has more than 1,000,000 rows; split it into files of at most "
        "1,000,000 rows.")
    assert result["peakMiB"] < PEAK_MIB_LIMIT, result
    assert result["wall"] < SECONDS_LIMIT, result


# ---------------------------------------------------------------- the row limit


def tall_csv(path: Path, rows: int) -> Path:
    body = f"{iccid(1)},+998901234567\n".encode()
    with path.open("wb") as fh:
        fh.write(b"iccid,phone\n")
        for _ in range(rows // 100_000):
            fh.write(body * 100_000)
        fh.write(body * (rows % 100_000))
    return path


@pytest.mark.slow
def test_the_row_limit_counts_rows_of_codes_in_csv_and_text(tmp_path: Path) -> None:
    assert MAX_ROWS == 1_000_000
    at_limit = read_code_file(tall_csv(tmp_path / "limit.csv", MAX_ROWS))
    assert len(at_limit.rows) == MAX_ROWS  # the header row is not counted
    assert at_limit.rows[-1] == SourceRow(MAX_ROWS + 1, iccid(1), "+998901234567")
    del at_limit
    over = tall_csv(tmp_path / "over.csv", MAX_ROWS + 1)
    with pytest.raises(ValidationError) as info:
        read_code_file(over)
    assert info.value.code == "too_many_rows"
    assert "has more than 1,000,000 rows; split it" in info.value.message
    text = tmp_path / "over.txt"
    text.write_bytes(b"1\n" * (MAX_ROWS + 1))
    with pytest.raises(ValidationError, match="more than 1,000,000 rows; split it"):
        read_code_file(text)
    with pytest.raises(ValidationError) as pasted:
        parse_text("1\n" * (MAX_ROWS + 1))
    assert pasted.value.message == (
        "The pasted text has more than 1,000,000 rows; split it into files of at most "
        "1,000,000 rows.")


@pytest.mark.slow
def test_cli_import_and_activations_refuse_before_importing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    folder = tmp_path / "in"
    folder.mkdir()
    workbook = two_million_tiny_rows(folder / "tall.xlsx")
    listing = tall_csv(folder / "tall.csv", MAX_ROWS + 1)
    for command, path in (("import", workbook), ("import-activations", listing)):
        proc = run(data, command, str(path))
        line = assert_one_line_error(proc)
        assert line == (f"simdesk: error: The file {path} has more than 1,000,000 rows; "
                        "split it into files of at most 1,000,000 rows."), command
        assert proc.stdout == ""
    # No report was written beside the files, and nothing was imported.
    assert sorted(p.name for p in folder.iterdir()) == ["tall.csv", "tall.xlsx"]
    assert run(data, "export", "simcards", "-o", str(tmp_path / "all.csv")).stdout == (
        f"0 row(s) written to {tmp_path / 'all.csv'}\n")


@pytest.mark.slow
def test_window_bulk_add_from_a_too_large_file(gui_ctx, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from simdesk.gui.pages.simcards import SimCardsPage

    page = SimCardsPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    path = tmp_path / "tall.txt"
    path.write_bytes(b"1\n" * (MAX_ROWS + 1))
    dialog = page.open_bulk_dialog()
    dialog.tabs.setCurrentIndex(dialog.TAB_FILE)
    dialog.file_path.setText(str(path))
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=60_000)
    assert "has more than 1,000,000 rows; split it" in dialog.message.text()
    assert dialog.last_result is None
    assert SimCard.select().count() == 0
    gui_ctx.tasks.cancel_all()


@pytest.mark.slow
def test_window_activation_report_too_large(main_window, qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    path = tmp_path / "report.txt"
    path.write_bytes(b"1\n" * (MAX_ROWS + 1))
    main_window.import_activations(str(path))

    def shown() -> QMessageBox | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and "1,000,000 rows" in widget.text():
                return widget
        return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=60_000)
    box = shown()
    assert box is not None
    assert "has more than 1,000,000 rows; split it" in box.text()
    box.close()


# ---------------------------------------------------------------- what no worksheet holds


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def unreadable(path: Path) -> str:
    with pytest.raises(ValidationError) as info:
        read_code_file(path)
    assert info.value.code == "file_unreadable", info.value.message
    assert info.value.message.startswith(f"{path} is not a readable Excel workbook (.xlsx): ")
    assert info.value.message.endswith("; save it again from Excel or export it as CSV.")
    return info.value.message


def test_a_lying_dimension_is_not_used(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", (
        f'<row r="{n}">{cell(f"A{n}", iccid(n))}{cell(f"B{n}", "+998901234567")}</row>'
        for n in (1, 2, 3)), dimension="A1:XFD1048576")
    parsed = read_code_file(path)
    assert parsed.rows == [SourceRow(n, iccid(n), "+998901234567") for n in (1, 2, 3)]
    assert (parsed.code_column, parsed.phone_column) == (0, 1)


def test_columns_far_right_are_found_and_only_they_are_read(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [
        f'<row r="1">{cell("A1", "note")}{cell("AAA1", "ICCID")}{cell("XFD1", "Phone")}</row>',
        *(f'<row r="{n}">{cell(f"AAA{n}", iccid(n))}{cell(f"XFD{n}", "+998901234567")}'
          f"</row>" for n in (2, 3)),
    ])
    parsed = read_code_file(path)
    assert parsed.header == ["note", "ICCID", "Phone"]
    assert (parsed.code_column, parsed.phone_column) == (702, 16_383)
    assert parsed.rows == [SourceRow(n, iccid(n), "+998901234567") for n in (2, 3)]


def test_shared_strings_rich_text_and_phonetic_runs(tmp_path: Path) -> None:
    shared = ["<t>iccid</t>", f"<r><t>{iccid(1)[:9]}</t></r><r><t>{iccid(1)[9:]}</t></r>",
              f"<t>{iccid(2)}</t><rPh><t>ignored</t></rPh>"]
    path = write_xlsx(tmp_path / "list.xlsx", [
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
        '<row r="2"><c r="A2" t="s"><v>1</v></c></row>',
        '<row r="3"><c r="A3" t="s"><v>2</v></c></row>',
    ], shared=shared)
    assert read_code_file(path).rows == [SourceRow(2, iccid(1)), SourceRow(3, iccid(2))]
    bad = write_xlsx(tmp_path / "bad.xlsx", ['<row r="1"><c r="A1" t="s"><v>7</v></c></row>'],
                     shared=shared)
    assert "refers to shared text '7'" in unreadable(bad)


def test_a_long_cell_is_cut(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [
        f'<row r="1">{cell("A1", iccid(1))}</row>',
        f'<row r="2">{cell("A2", "8" * 5_000_000)}</row>',
    ])
    rows = read_code_file(path).rows
    assert rows[1] == SourceRow(2, "8" * 63 + "…")


def test_odd_cell_values_are_kept_as_text(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "odd.xlsx", [
        f'<row r="1">{cell("A1", iccid(1))}</row>',
        f'<row r="2"><c r="A2"><v>{"9" * 9000}</v></c></row>',  # int() refuses 4,301 digits
        '<row r="3"><c r="A3" t="d"><v>2024-13-45</v></c></row>',
        '<row r="4"><c r="A4" t="b"><v>1</v></c></row>',
        '<row r="5"><c r="A5"><v>1e999</v></c></row>',
        '<row r="6"><c r="A6" t="e"><v>#N/A</v></c></row>',
    ])
    assert [row.code for row in read_code_file(path).rows] == [
        iccid(1), "9" * 63 + "…", "2024-13-45", "TRUE", "inf", "#N/A"]


@pytest.mark.parametrize(("rows", "reason"), [
    (["<row>" + "<c/>" * 16_385 + "</row>"], "row 1 has more than 16,384 cells"),
    (["<row/>"] * 1_048_577, "it has more than 1,048,576 rows"),
    (['<row r="1048577"><c><v>1</v></c></row>'], "row number '1048577' is not a worksheet row"),
    (['<row r="1"><c r="XFE1"><v>1</v></c></row>'], "cell reference 'XFE1' is not a worksheet"),
    (['<row r="1"><c r="A1"><v>1</v></row>'], "is not well-formed XML"),
], ids=["16385-cells", "1048577-rows", "row-number", "column-XFE", "broken-xml"])
def test_what_no_worksheet_holds_is_refused(tmp_path: Path, rows: list[str],
                                            reason: str) -> None:
    assert reason in unreadable(write_xlsx(tmp_path / "bad.xlsx", rows))


def test_entities_are_refused(tmp_path: Path) -> None:
    laughs = ('<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;'
              '&a;&a;&a;&a;">]>')
    path = tmp_path / "laughs.xlsx"
    write_xlsx(path, [f'<row r="1">{cell("A1", "&b;")}</row>'])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = laughs.encode() + parts["xl/worksheets/sheet1.xml"]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert "it declares a DOCTYPE" in unreadable(path)


def test_a_workbook_without_a_worksheet(tmp_path: Path) -> None:
    path = tmp_path / "none.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{NS}"><sheets/></workbook>')
    assert "it has no worksheet" in unreadable(path)


def test_a_line_too_long_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "one-line.csv"
    path.write_bytes(b"8" * 50_000_000)
    with pytest.raises(ValidationError) as info:
        read_code_file(path)
    assert info.value.code == "file_unreadable"
    assert info.value.message == (
        f"Line 1 of {path} is longer than 65,536 characters; a list of SIM card codes has "
        "short lines. Check that this is the right file.")


def test_only_the_first_64_columns_of_a_csv_are_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    filler = ["x"] * 70
    path.write_text(",".join([*filler, "iccid"]) + "\n" + ",".join([*filler, iccid(1)]) + "\n",
                    encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        read_code_file(path)
    assert info.value.code == "no_code_column"
    assert info.value.message.endswith(" Only the first 64 columns are read.")


# ---------------------------------------------------------------- giant tokens and parts


def giant_attribute(path: Path, megabytes: int = 48) -> Path:
    """One cell whose attribute is ``megabytes`` MB long (a few KB compressed): expat holds
    an unfinished token whole, so the reader before took 92 s and 813 MB for 256 MB."""
    filler = "x" * (1024 * 1024)

    def rows() -> Iterable[str]:
        yield f'<row r="1"><c r="A1" t="inlineStr"><is><t>{iccid(1)}</t></is></c></row>'
        yield '<row r="2"><c r="A2" junk="'
        yield from (filler for _ in range(megabytes))
        yield '"/></row>'

    return write_xlsx(path, rows())


def test_a_giant_attribute_is_refused_without_holding_it(tmp_path: Path) -> None:
    path = giant_attribute(tmp_path / "token.xlsx")
    assert path.stat().st_size < 200_000
    result = parse_in_child(path)
    assert result.get("error") == "file_unreadable", result
    assert result["message"] == (
        f"{path} is not a readable Excel workbook (.xlsx): xl/worksheets/sheet1.xml holds one "
        "XML token (a name, an attribute or a comment) longer than 1 MB, which no workbook "
        "has; save it again from Excel or export it as CSV.")
    assert result["peakMiB"] < 100, result  # stopped after about a megabyte


def test_a_part_that_unpacks_past_the_bound_is_refused(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from simdesk.domain import xlsx

    # The real bound is 1 GiB; the same check with a bound of 1 MiB and a 3 MB sheet.
    monkeypatch.setattr(xlsx, "MAX_PART_BYTES", 1024 * 1024)
    path = write_xlsx(tmp_path / "big.xlsx", (
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{iccid(n)}</t></is></c></row>'
        for n in range(1, 40_001)))
    with pytest.raises(ValidationError) as err:
        read_code_file(path)
    assert err.value.code == "file_unreadable"
    assert "xl/worksheets/sheet1.xml unpacks to more than 1 MB, far more than any list of " \
           "codes" in err.value.message
    monkeypatch.undo()
    assert len(read_code_file(path).rows) == 40_000  # within the real bound it is read


# ---------------------------------------------------------------- blank lines


@pytest.mark.parametrize("suffix", [".csv", ".txt"])
def test_a_file_of_only_blank_lines_is_refused_at_the_line_bound(tmp_path: Path,
                                                                 suffix: str) -> None:
    from simdesk.domain.fileparse import MAX_LINES

    assert MAX_LINES == 4_000_000
    path = tmp_path / f"blank{suffix}"
    path.write_bytes(b"\r\n" * (MAX_LINES + 1) + f"{iccid(1)}\n".encode())
    started = time.monotonic()
    with pytest.raises(ValidationError) as err:
        read_code_file(path)
    assert time.monotonic() - started < SECONDS_LIMIT
    assert err.value.code == "too_many_rows"
    assert err.value.message == (
        f"The file {path} has more than 4,000,000 lines (blank lines included); remove the "
        "blank lines or split it into files of at most 1,000,000 rows.")
    # Blank lines below the bound are skipped as before.
    path.write_bytes(b"\n" * 1000 + f"{iccid(1)}\n".encode())
    assert [row.code for row in read_code_file(path).rows] == [iccid(1)]
