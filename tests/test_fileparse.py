"""Reading code lists: CSV, XLSX, plain text and pasted text."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from simdesk.domain.codes import luhn_check_digit
from simdesk.domain.fileparse import ParsedFile, SourceRow, parse_text, read_code_file
from simdesk.errors import ValidationError


def iccid(n: int, length: int = 19) -> str:
    body = "8999801" + str(n).zfill(length - 8)
    return body + luhn_check_digit(body)


C1, C2, C3 = iccid(1), iccid(2), iccid(3)
P1, P2, P3 = "+998901234567", "+998911234567", "+998931234567"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def codes(parsed: ParsedFile) -> list[str]:
    return [row.code for row in parsed.rows]


# ---------------------------------------------------------------------------- CSV


@pytest.mark.parametrize("delim", [",", ";", "\t", "|"])
def test_csv_with_header_in_each_delimiter(tmp_path: Path, delim: str) -> None:
    lines = [
        delim.join(["iccid", "phone", "activation date"]),
        delim.join([C1, P1, "2024-01-05"]),
        delim.join([C2, P2, "2024-01-06"]),
    ]
    parsed = read_code_file(write(tmp_path, "list.csv", "\n".join(lines) + "\n"))
    assert parsed.kind == "csv"
    assert parsed.header == ["iccid", "phone", "activation date"]
    assert (parsed.code_column, parsed.phone_column, parsed.date_column) == (0, 1, 2)
    assert parsed.rows == [
        SourceRow(2, C1, P1, "2024-01-05"),
        SourceRow(3, C2, P2, "2024-01-06"),
    ]


def test_csv_without_header(tmp_path: Path) -> None:
    text = f"{C1};{P1}\n{C2};{P2}\n{C3};\n"
    parsed = read_code_file(write(tmp_path, "list.csv", text))
    assert parsed.header is None
    assert parsed.code_column == 0 and parsed.phone_column == 1 and parsed.date_column is None
    assert parsed.rows[2] == SourceRow(3, C3, None, None)
    assert codes(parsed) == [C1, C2, C3]


def test_csv_single_column_without_delimiter(tmp_path: Path) -> None:
    parsed = read_code_file(write(tmp_path, "list.csv", f"{C1}\n{C2}\n"))
    assert parsed.kind == "csv"
    assert codes(parsed) == [C1, C2]


@pytest.mark.parametrize(
    ("code_name", "phone_name", "date_name"),
    [
        ("Код", "Телефон", "Дата активации"),
        ("ICCID", "Номер телефона", "Дата"),
        ("simkarta", "raqam", "faollashtirilgan sana"),
        ("  Kod ", "Telefon", "Sana"),
    ],
)
def test_csv_header_in_russian_and_uzbek(
    tmp_path: Path, code_name: str, phone_name: str, date_name: str
) -> None:
    text = f"{date_name};{phone_name};{code_name}\n05.01.2024;{P1};{C1}\n"
    parsed = read_code_file(write(tmp_path, "list.csv", text))
    assert parsed.header is not None
    assert (parsed.code_column, parsed.phone_column, parsed.date_column) == (2, 1, 0)
    assert parsed.rows == [SourceRow(2, C1, P1, "05.01.2024")]


def test_phone_column_before_code_column_without_header(tmp_path: Path) -> None:
    text = f"1,{P1},{C1}\n2,{P2},{C2}\n"
    parsed = read_code_file(write(tmp_path, "list.csv", text))
    assert parsed.code_column == 2 and parsed.phone_column == 1
    assert parsed.rows[0] == SourceRow(1, C1, P1, None)


def test_column_named_number_holding_codes_is_the_code_column(tmp_path: Path) -> None:
    text = f"n,number\n1,{C1}\n2,{C2}\n"
    parsed = read_code_file(write(tmp_path, "list.csv", text))
    assert parsed.header == ["n", "number"]
    assert parsed.code_column == 1 and parsed.phone_column is None
    assert codes(parsed) == [C1, C2]


def test_quoted_csv_cells_and_grouped_codes(tmp_path: Path) -> None:
    grouped = f"{C1[:4]} {C1[4:8]}-{C1[8:]}"
    text = f'code,notes\n"{grouped}","a, b"\n'
    parsed = read_code_file(write(tmp_path, "list.csv", text))
    assert parsed.rows == [SourceRow(2, grouped)]


def test_cp1251_file(tmp_path: Path) -> None:
    text = f"Код;Телефон\r\n{C1};{P1}\r\n"
    parsed = read_code_file(write(tmp_path, "list.csv", text, "cp1251"))
    assert parsed.header == ["Код", "Телефон"]
    assert parsed.rows == [SourceRow(2, C1, P1)]


def test_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"\xef\xbb\xbf" + f"code,phone\n{C1},{P1}\n".encode())
    parsed = read_code_file(path)
    assert parsed.header == ["code", "phone"]
    assert parsed.rows == [SourceRow(2, C1, P1)]


def test_utf16_text_from_excel(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_bytes(f"ICCID\tТелефон\r\n{C1}\t{P1}\r\n".encode("utf-16"))
    parsed = read_code_file(path)
    assert parsed.rows == [SourceRow(2, C1, P1)]


def test_blank_lines_skipped_and_line_numbers_true(tmp_path: Path) -> None:
    text = f"\ncode;phone\n\n{C1};{P1}\n;\n   \n{C2};{P2}\n\n"
    parsed = read_code_file(write(tmp_path, "list.csv", text))
    assert [(r.line, r.code) for r in parsed.rows] == [(4, C1), (7, C2)]


def test_multiline_quoted_cell_keeps_line_numbers(tmp_path: Path) -> None:
    text = f'code,notes\n{C1},"two\nlines"\n{C2},x\n'
    parsed = read_code_file(write(tmp_path, "list.csv", text))
    assert [(r.line, r.code) for r in parsed.rows] == [(2, C1), (4, C2)]


def test_semicolon_csv_with_decimal_commas(tmp_path: Path) -> None:
    text = f"{C1};41,31;69,24\n{C2};41,32;69,25\n"
    parsed = read_code_file(write(tmp_path, "list.csv", text))
    assert codes(parsed) == [C1, C2]


# The speed itself is measured by benchmarks/file_parse.py (0.12–0.25 s for 100,000
# lines).  The tests below only guard against a slowdown that grows faster than the line
# count: rescanning the text for every line takes some 40 s at 100,000 lines even in C.
# The bound is 80 times the normal time (1.5 s was seen on a loaded 2-core machine).
SLOWDOWN_BOUND = 20.0


def timed(job: Callable[[], ParsedFile]) -> tuple[ParsedFile, float]:
    start = time.perf_counter()
    result = job()
    return result, time.perf_counter() - start


def test_100k_line_csv_is_fast(tmp_path: Path) -> None:
    lines = ["code,phone"] + [f"{iccid(i)},+99890{i % 10_000_000:07d}" for i in range(100_000)]
    path = write(tmp_path, "big.csv", "\n".join(lines))
    parsed, elapsed = timed(lambda: read_code_file(path))
    assert len(parsed.rows) == 100_000
    assert parsed.rows[-1].line == 100_001
    assert elapsed < SLOWDOWN_BOUND, f"took {elapsed:.2f} s"


def test_100k_line_text_is_fast() -> None:
    text = "\n".join(f"{iccid(i)} 90{i % 10_000_000:07d}" for i in range(100_000))
    parsed, elapsed = timed(lambda: parse_text(text))
    assert len(parsed.rows) == 100_000
    assert parsed.phone_column == 1
    assert elapsed < SLOWDOWN_BOUND, f"took {elapsed:.2f} s"


# ---------------------------------------------------------------------------- XLSX


def save_workbook(path: Path, rows: list[list[object]], *, start_row: int = 1) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for offset, row in enumerate(rows):
        for col, value in enumerate(row, start=1):
            sheet.cell(row=start_row + offset, column=col, value=value)  # type: ignore[arg-type]
    workbook.save(path)
    return path


def test_xlsx_with_header(tmp_path: Path) -> None:
    path = save_workbook(
        tmp_path / "list.xlsx",
        [
            ["Телефон", "ICCID", "Дата активации"],
            [P1, C1, datetime(2024, 1, 5, 10, 30)],
            [None, None, None],
            [P2, C2, "06.01.2024"],
        ],
    )
    parsed = read_code_file(path)
    assert parsed.kind == "xlsx"
    assert parsed.header == ["Телефон", "ICCID", "Дата активации"]
    assert (parsed.code_column, parsed.phone_column, parsed.date_column) == (1, 0, 2)
    assert parsed.rows == [
        SourceRow(2, C1, P1, "2024-01-05 10:30:00"),
        SourceRow(4, C2, P2, "06.01.2024"),
    ]


def test_xlsx_numeric_cells(tmp_path: Path) -> None:
    path = save_workbook(
        tmp_path / "list.xlsx",
        [
            [C1, 998901234567.0],  # a code stored as text and a whole float
            [float(C2), 901234567],  # a 19-digit code Excel kept as a float: lost
        ],
        start_row=3,
    )
    parsed = read_code_file(path)
    assert parsed.header is None
    assert parsed.rows[0] == SourceRow(3, C1, "998901234567")
    lost = parsed.rows[1]
    assert lost.line == 4
    assert lost.code != C2 and "E+18" in lost.code  # validation will refuse it
    assert lost.phone == "901234567"


def test_xlsx_exact_integer_cell(tmp_path: Path) -> None:
    # Programs other than Excel may store a code as an exact integer (openpyxl cannot write
    # one, so the sheet's XML is patched).
    path = save_workbook(tmp_path / "list.xlsx", [["PLACEHOLDER"]])
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    start = sheet.index('<c r="A1"')
    end = sheet.index("</c>", start) + len("</c>")
    parts["xl/worksheets/sheet1.xml"] = (
        sheet[:start] + f'<c r="A1" t="n"><v>{C1}</v></c>' + sheet[end:]
    ).encode()
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    parsed = read_code_file(path)
    assert parsed.rows == [SourceRow(1, C1)]


def test_xlsx_not_a_workbook(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.xlsx", "this is not a zip file")
    with pytest.raises(ValidationError) as info:
        read_code_file(path)
    assert info.value.code == "file_unreadable"
    assert f"{path} is not a readable Excel workbook (.xlsx):" in info.value.message
    assert "save it again from Excel or export it as CSV" in info.value.message


def test_old_xls_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(ValidationError) as info:
        read_code_file(path)
    assert info.value.code == "file_unreadable"
    assert ".xls" in info.value.message and "save it as" in info.value.message
    assert ".xlsx" in info.value.message and "CSV" in info.value.message
    # The same content under another name is refused the same way.
    renamed = tmp_path / "old.csv"
    renamed.write_bytes(path.read_bytes())
    with pytest.raises(ValidationError, match=r"\.xls"):
        read_code_file(renamed)


# ---------------------------------------------------------------------------- text


def test_text_file_with_code_and_phone(tmp_path: Path) -> None:
    grouped_code = f"{C2[:4]} {C2[4:8]} {C2[8:12]} {C2[12:16]} {C2[16:]}"
    text = "\n".join(
        [
            C1,
            f"{C1}   {P1}",
            f"{C2}\t{P2}",
            f"{C3};{P3}",
            f"{C1}, 90 123 45 67",
            f"{grouped_code} +998 90 123 45 67",
            f"{C3} {P3} 2024-01-05",
        ]
    )
    parsed = read_code_file(write(tmp_path, "list.txt", text))
    assert parsed.kind == "text"
    assert parsed.rows == [
        SourceRow(1, C1),
        SourceRow(2, C1, P1),
        SourceRow(3, C2, P2),
        SourceRow(4, C3, P3),
        SourceRow(5, C1, "90 123 45 67"),
        SourceRow(6, grouped_code, "+998 90 123 45 67"),
        SourceRow(7, C3, P3, "2024-01-05"),
    ]


def test_text_file_without_extension_and_blank_lines(tmp_path: Path) -> None:
    parsed = read_code_file(write(tmp_path, "codes", f"\n\n{C1}\r\n\r\n{C2}\n"))
    assert [(r.line, r.code) for r in parsed.rows] == [(3, C1), (5, C2)]


def test_single_column_of_bad_codes_is_kept_for_validation() -> None:
    parsed = parse_text("12345\n8999x\n")
    assert codes(parsed) == ["12345", "8999x"]


def test_parse_text_pasted_from_excel() -> None:
    text = f"ICCID\tНомер\tДата\n{C1}\t{P1}\t05.01.2024\n{C2}\t{P2}\t\n"
    parsed = parse_text(text)
    assert parsed.kind == "text"
    assert parsed.header == ["ICCID", "Номер", "Дата"]
    assert parsed.rows == [SourceRow(2, C1, P1, "05.01.2024"), SourceRow(3, C2, P2, None)]


def test_parse_text_date_column_by_values() -> None:
    parsed = parse_text(f"{C1};2024-01-05\n{C2};2024-01-06\n")
    assert parsed.date_column == 1 and parsed.phone_column is None
    assert parsed.rows[0] == SourceRow(1, C1, None, "2024-01-05")


# ---------------------------------------------------------------------------- errors


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.csv"
    with pytest.raises(ValidationError) as info:
        read_code_file(path)
    assert info.value.code == "file_unreadable"
    assert info.value.message == f"File {path} does not exist; check the file name and folder."


def test_missing_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "nope.xlsx"
    with pytest.raises(ValidationError, match="does not exist") as info:
        read_code_file(path)
    assert str(path) in info.value.message


@pytest.mark.parametrize("content", ["", "\n\n  \n", ";;\n ; \n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    path = write(tmp_path, "empty.csv", content)
    with pytest.raises(ValidationError) as info:
        read_code_file(path)
    assert info.value.code == "file_empty"
    assert info.value.message == (
        f"{path} is empty; it needs one SIM card code per line or row."
    )


def test_header_only_file(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "code,phone\n")
    with pytest.raises(ValidationError) as info:
        read_code_file(path)
    assert info.value.code == "file_empty"
    assert "has a header row but no codes under it" in info.value.message


def test_empty_xlsx(tmp_path: Path) -> None:
    path = save_workbook(tmp_path / "empty.xlsx", [])
    with pytest.raises(ValidationError) as info:
        read_code_file(path)
    assert info.value.code == "file_empty"


def test_empty_pasted_text() -> None:
    with pytest.raises(ValidationError) as info:
        parse_text("  \n\n")
    assert info.value.code == "file_empty"
    assert info.value.message == (
        "The pasted text is empty; it needs one SIM card code per line or row."
    )


def test_no_code_column(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", "name,city\nAli,Tashkent\nVali,Samarkand\n")
    with pytest.raises(ValidationError) as info:
        read_code_file(path)
    assert info.value.code == "no_code_column"
    assert info.value.message == (
        f"No column of SIM card codes found in {path}; put the codes in the first column or "
        "name the column 'code' or 'iccid'."
    )


# ---------------------------------------------------------------------------- progress


def _calls(path: Path) -> tuple[ParsedFile, list[tuple[int, int]]]:
    seen: list[tuple[int, int]] = []
    parsed = read_code_file(path, progress=lambda done, total: seen.append((done, total)))
    return parsed, seen


def _climbs(seen: list[tuple[int, int]], total: int) -> None:
    """Several reports, each of ``total``, never going back, the last one complete."""
    assert len(seen) >= 3, seen
    assert {t for _, t in seen} == {total}
    dones = [d for d, _ in seen]
    assert dones == sorted(dones)
    assert 0 < dones[0] < total
    assert dones[-1] == total


def test_progress_follows_the_bytes_of_a_csv_file(tmp_path: Path) -> None:
    from simdesk.domain.fileparse import PROGRESS_ROWS

    count = 3 * PROGRESS_ROWS + 10
    path = tmp_path / "codes.csv"
    path.write_text("code;phone\n" + "".join(
        f"{iccid(n)};+998901234567\n" for n in range(count)), encoding="utf-8")
    parsed, seen = _calls(path)
    assert len(parsed.rows) == count
    _climbs(seen, path.stat().st_size)


def test_progress_follows_the_unpacked_worksheet_of_a_workbook(tmp_path: Path) -> None:
    from simdesk.domain.fileparse import PROGRESS_ROWS

    count = 3 * PROGRESS_ROWS + 10
    path = save_workbook(tmp_path / "codes.xlsx", [["code"]] + [[iccid(n)]
                                                               for n in range(count)])
    with zipfile.ZipFile(path) as archive:
        size = archive.getinfo("xl/worksheets/sheet1.xml").file_size
    parsed, seen = _calls(path)
    assert len(parsed.rows) == count
    _climbs(seen, size)


def test_progress_of_a_small_file_is_told_once_that_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "codes.txt"
    path.write_text(f"{iccid(1)}\n{iccid(2)}\n", encoding="utf-8")
    parsed, seen = _calls(path)
    assert len(parsed.rows) == 2
    assert seen == [(path.stat().st_size, path.stat().st_size)]
