"""Exporting simcards, shops and status checks as CSV and XLSX."""

from __future__ import annotations

import csv
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import peewee
import pytest

from simdesk.domain import export as export_mod
from simdesk.domain.codes import luhn_check_digit
from simdesk.domain.export import (
    CHECK_COLUMNS,
    SHOP_COLUMNS,
    SIMCARD_COLUMNS,
    export_table,
)
from simdesk.errors import ValidationError
from simdesk.storage.models import Shop, SimCard, StatusCheck
from simdesk.timeutil import to_local_iso


def iccid(n: int, length: int = 19) -> str:
    body = "8999801" + str(n).zfill(length - 8)
    return body + luhn_check_digit(body)


ADDED = datetime(2024, 3, 1, 7, 0, 0)
SOLD = datetime(2024, 3, 5, 12, 30, 15)


@pytest.fixture
def filled(db: peewee.Database) -> dict[str, Any]:
    shop = Shop.create(
        name="Doʻkon «Baraka»",
        owner_name="=cmd",
        owner_phone="+998901112233",
        region="Toshkent",
        latitude=41.311,
        longitude=69.279,
        added_date=ADDED,
    )
    empty_shop = Shop.create(name="Empty", added_date=ADDED)
    codes = [iccid(1), iccid(2, 20), iccid(3)]
    base = {"phone": None, "shop": None, "assigned_at": None, "sale_date": None,
            "added_date": ADDED, "notes": ""}
    SimCard.insert_many(
        [
            {**base, "code": codes[0], "phone": "+998901234567", "status": "assigned",
             "shop": shop.id, "assigned_at": ADDED},
            {**base, "code": codes[1], "status": "sold", "shop": shop.id, "sale_date": SOLD,
             "notes": "paid"},
            {**base, "code": codes[2], "status": "available"},
        ]
    ).execute()
    card = SimCard.get(SimCard.code == codes[1])
    StatusCheck.create(
        checked_at=SOLD, simcard=card.id, simcard_code=card.code, shop=shop.id, source="check",
        kind="change", old_status="assigned", new_status="sold", changed=True,
        external_status="ACTIVE", raw_response='{"secret": "operator data"}', duration_ms=120,
        actor="admin", run_id="run-1", details="sold at the shop",
    )
    return {"shop": shop, "empty_shop": empty_shop, "codes": codes, "card": card}


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def read_xlsx(path: Path) -> list[tuple[Any, ...]]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.b for cell in sheet[1])
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def as_dicts(rows: list[Any]) -> list[dict[str, Any]]:
    header = list(rows[0])
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


# ---------------------------------------------------------------------------- simcards


def test_simcards_csv(filled: dict[str, Any], tmp_path: Path) -> None:
    dest = tmp_path / "cards.csv"
    assert export_table("simcards", "csv", dest) == 3
    rows = read_csv(dest)
    assert tuple(rows[0]) == SIMCARD_COLUMNS
    by_code = {r["code"]: r for r in as_dicts(rows)}
    first, second, third = (by_code[c] for c in filled["codes"])
    assert first["phone"] == "+998901234567"
    assert first["shop_id"] == str(filled["shop"].id)
    assert first["shop_name"] == "Doʻkon «Baraka»"
    assert first["assigned_at"] == to_local_iso(ADDED)
    assert first["sale_date"] == ""
    assert second["status"] == "sold" and second["sale_date"] == to_local_iso(SOLD)
    assert second["notes"] == "paid"
    assert third["shop_id"] == "" and third["shop_name"] == ""
    assert len(second["code"]) == 20
    # Codes are quoted (text), ids are not.
    assert f'"{filled["codes"][0]}"' in dest.read_text(encoding="utf-8-sig")


def test_simcards_xlsx_codes_stay_exact(filled: dict[str, Any], tmp_path: Path) -> None:
    dest = tmp_path / "cards.xlsx"
    assert export_table("simcards", "xlsx", dest) == 3
    rows = read_xlsx(dest)
    assert rows[0] == SIMCARD_COLUMNS
    data = as_dicts(rows)
    assert [r["code"] for r in data] == filled["codes"]
    assert all(isinstance(r["code"], str) for r in data)
    assert data[0]["phone"] == "+998901234567"
    assert data[0]["shop_name"] == "Doʻkon «Baraka»"
    assert data[0]["id"] == filled["card"].id - 1
    assert data[1]["sale_date"] == to_local_iso(SOLD)
    assert data[2]["shop_id"] is None


# ---------------------------------------------------------------------------- shops


def test_shops_csv_with_counts(filled: dict[str, Any], tmp_path: Path) -> None:
    dest = tmp_path / "shops.csv"
    assert export_table("shops", "csv", dest) == 2
    rows = read_csv(dest)
    assert tuple(rows[0]) == SHOP_COLUMNS
    shop, empty = as_dicts(rows)
    assert shop["name"] == "Doʻkon «Baraka»"
    assert (shop["assigned"], shop["sold"], shop["total"]) == ("1", "1", "2")
    assert (empty["assigned"], empty["sold"], empty["total"]) == ("0", "0", "0")
    assert shop["latitude"] == "41.311"
    assert shop["added_date"] == to_local_iso(ADDED)
    assert shop["archived_at"] == ""
    assert shop["owner_name"] == "'=cmd"  # no formula injection in Excel


def test_shops_xlsx(filled: dict[str, Any], tmp_path: Path) -> None:
    dest = tmp_path / "shops.xlsx"
    assert export_table("shops", "xlsx", dest) == 2
    rows = read_xlsx(dest)
    assert rows[0] == SHOP_COLUMNS
    shop, empty = as_dicts(rows)
    assert (shop["assigned"], shop["sold"], shop["total"]) == (1, 1, 2)
    assert (empty["assigned"], empty["sold"], empty["total"]) == (0, 0, 0)
    assert shop["owner_phone"] == "+998901112233"
    assert shop["owner_name"] == "=cmd"  # kept as text, not a formula
    assert shop["latitude"] == pytest.approx(41.311)
    workbook = openpyxl.load_workbook(dest)
    sheet = workbook.worksheets[0]
    assert sheet.cell(row=2, column=SHOP_COLUMNS.index("owner_name") + 1).data_type == "s"


# ---------------------------------------------------------------------------- checks


def test_checks_csv(filled: dict[str, Any], tmp_path: Path) -> None:
    dest = tmp_path / "checks.csv"
    assert export_table("checks", "csv", dest) == 1
    rows = read_csv(dest)
    assert tuple(rows[0]) == CHECK_COLUMNS
    assert "raw_response" not in rows[0]
    (check,) = as_dicts(rows)
    assert check["checked_at"] == to_local_iso(SOLD)
    assert check["simcard_id"] == str(filled["card"].id)
    assert check["simcard_code"] == filled["codes"][1]
    assert check["changed"] == "true"
    assert check["duration_ms"] == "120"
    assert check["details"] == "sold at the shop"
    assert "operator data" not in dest.read_text(encoding="utf-8-sig")


def test_checks_xlsx(filled: dict[str, Any], tmp_path: Path) -> None:
    dest = tmp_path / "checks.xlsx"
    assert export_table("checks", "xlsx", dest) == 1
    rows = read_xlsx(dest)
    assert rows[0] == CHECK_COLUMNS
    (check,) = as_dicts(rows)
    assert check["simcard_code"] == filled["codes"][1]
    assert check["changed"] is True
    assert check["new_status"] == "sold"
    assert check["error"] is None


def test_empty_table_writes_header_only(db: peewee.Database, tmp_path: Path) -> None:
    dest = tmp_path / "checks.csv"
    assert export_table("checks", "csv", dest) == 0
    assert read_csv(dest) == [list(CHECK_COLUMNS)]


def test_overwrites_existing_file(filled: dict[str, Any], tmp_path: Path) -> None:
    dest = tmp_path / "shops.csv"
    dest.write_text("old")
    assert export_table("shops", "csv", dest) == 2
    assert read_csv(dest)[0] == list(SHOP_COLUMNS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "shops.csv"]


# ---------------------------------------------------------------------------- errors


def test_unknown_kind(db: peewee.Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        export_table("users", "csv", tmp_path / "x.csv")
    assert info.value.code == "invalid_export_kind"
    assert info.value.message == "Cannot export 'users': choose one of simcards, shops, checks."
    assert not (tmp_path / "x.csv").exists()


def test_unknown_format(db: peewee.Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        export_table("shops", "pdf", tmp_path / "x.pdf")
    assert info.value.code == "invalid_export_format"
    assert info.value.message == "Cannot export as 'pdf': choose one of csv, xlsx."


def test_missing_folder(db: peewee.Database, tmp_path: Path) -> None:
    folder = tmp_path / "nope"
    with pytest.raises(ValidationError) as info:
        export_table("shops", "csv", folder / "x.csv")
    assert info.value.code == "export_folder_missing"
    assert info.value.message == (
        f"The folder {folder} does not exist; create it first or choose another folder "
        "for the export."
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_failure_leaves_no_partial_file(
    filled: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    real_rows = export_mod._rows

    def failing_rows(kind: str) -> Any:
        for number, row in enumerate(real_rows(kind)):
            if number == 2:
                raise RuntimeError("disk on fire")
            yield row

    monkeypatch.setattr(export_mod, "_rows", failing_rows)
    dest = out / f"cards.{fmt}"
    with pytest.raises(RuntimeError, match="disk on fire"):
        export_table("simcards", fmt, dest)
    assert list(out.iterdir()) == []

    # An existing file is left as it was.
    dest.write_text("previous export")
    with pytest.raises(RuntimeError):
        export_table("simcards", fmt, dest)
    assert dest.read_text() == "previous export"
    assert list(out.iterdir()) == [dest]


def test_xlsx_row_limit(
    filled: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_mod, "XLSX_MAX_ROWS", 2)
    dest = tmp_path / "cards.xlsx"
    with pytest.raises(ValidationError) as info:
        export_table("simcards", "xlsx", dest)
    assert info.value.code == "export_too_large"
    assert info.value.message == (
        "The table has more than 2 rows, more than an Excel sheet holds; "
        "export it as CSV instead."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    assert export_table("simcards", "csv", tmp_path / "cards.csv") == 3


# ---------------------------------------------------------------------------- formula injection

# What a spreadsheet would run, or read as an error value, if written as it is.
DANGEROUS: tuple[str, ...] = (
    "=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd",
    "\t=1+1", "\r=1+1", "\n=1+1", "  =HYPERLINK(\"http://evil\")", "\uff1d1+1", "#N/A", "=A1",
)
_TEXT_FIELDS = (peewee.CharField, peewee.TextField)
# Export columns filled from another table's text field.
_BORROWED = {"shop_name": (Shop, "name")}


def text_fields(model: type[peewee.Model]) -> list[str]:
    """Every text field of a model, whatever fields it has today."""
    return [f.name for f in model._meta.sorted_fields if isinstance(f, _TEXT_FIELDS)]


@pytest.fixture
def dangerous(db: peewee.Database) -> dict[tuple[type[peewee.Model], int, str], str]:
    """One shop, card and check per dangerous value, with that value in every text field
    (numbered in unique fields, so that they stay unique); the values written by (model,
    row id, field)."""
    written: dict[tuple[type[peewee.Model], int, str], str] = {}

    def fill(model: type[peewee.Model], payload: str, number: int) -> dict[str, str]:
        return {name: f"{payload}{number}" if model._meta.fields[name].unique else payload
                for name in text_fields(model)}

    for number, payload in enumerate(DANGEROUS):
        shop = Shop.create(**fill(Shop, payload, number))
        card = SimCard.create(**fill(SimCard, payload, number), shop=shop.id)
        check = StatusCheck.create(**fill(StatusCheck, payload, number), simcard=card.id,
                                   shop=shop.id)
        for model, row in ((Shop, shop), (SimCard, card), (StatusCheck, check)):
            for name, value in fill(model, payload, number).items():
                written[(model, row.id, name)] = value
    return written


MODELS = {"simcards": SimCard, "shops": Shop, "checks": StatusCheck}
_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_SIGNED_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")  # such as +998901234567


def csv_cell_is_neutral(cell: str) -> bool:
    """No spreadsheet runs it: it starts with ', or neither with a tab, CR or LF nor (after
    spaces) with = + - @, or it is a plain signed number."""
    if cell.startswith("'"):
        return True
    if cell.startswith(("\t", "\r", "\n")):
        return False
    head = cell.lstrip(" \u00a0\u3000")
    return not head.startswith(_STARTS) or _SIGNED_NUMBER.fullmatch(head) is not None


def expected_text_columns(kind: str) -> set[str]:
    model = MODELS[kind]
    return {c for c in COLUMNS_OF[kind] if c in text_fields(model) or c in _BORROWED}


COLUMNS_OF = {"simcards": SIMCARD_COLUMNS, "shops": SHOP_COLUMNS, "checks": CHECK_COLUMNS}


def source(kind: str, column: str, row_id: int, shop_id: int
           ) -> tuple[type[peewee.Model], int, str]:
    """Where an export column's value was written: (model, row id, field)."""
    if column in _BORROWED:
        model, name = _BORROWED[column]
        return model, shop_id, name
    return MODELS[kind], row_id, column


@pytest.mark.parametrize("kind", ["simcards", "shops", "checks"])
def test_every_text_cell_of_every_csv_export_is_neutral(
    dangerous: dict[tuple[type[peewee.Model], int, str], str], tmp_path: Path, kind: str
) -> None:
    dest = tmp_path / f"{kind}.csv"
    assert export_table(kind, "csv", dest) == len(DANGEROUS)
    rows = as_dicts(read_csv(dest))
    text_columns = expected_text_columns(kind)
    assert text_columns  # the walk below is not empty
    for row in rows:
        for column, cell in row.items():
            assert csv_cell_is_neutral(cell), (kind, column, cell)
        # Every text column got its dangerous value, and it comes back neutralised but whole.
        for column in text_columns:
            written = dangerous[source(kind, column, int(row["id"]),
                                       int(row.get("shop_id") or 0))]
            expected = written if csv_cell_is_neutral(written) else "'" + written
            assert row[column] == expected, (kind, column)


@pytest.mark.parametrize("kind", ["simcards", "shops", "checks"])
def test_every_text_cell_of_every_xlsx_export_is_text(
    dangerous: dict[tuple[type[peewee.Model], int, str], str], tmp_path: Path, kind: str
) -> None:
    import zipfile

    dest = tmp_path / f"{kind}.xlsx"
    assert export_table(kind, "xlsx", dest) == len(DANGEROUS)
    with zipfile.ZipFile(dest) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/")]
        xml = "".join(book.read(n).decode("utf-8") for n in sheets)
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
    assert 't="e"' not in xml  # no error value either
    sheet = openpyxl.load_workbook(dest).worksheets[0]
    header = [c.value for c in sheet[1]]
    text_columns = expected_text_columns(kind)
    for cells in sheet.iter_rows(min_row=2):
        row = dict(zip(header, cells, strict=True))
        for column, cell in row.items():
            if isinstance(cell.value, str):
                assert cell.data_type == "s", (kind, column, cell.value)
        for column in text_columns:
            shop = row["shop_id"].value if "shop_id" in row else 0
            written = dangerous[source(kind, column, row["id"].value, shop)]
            assert row[column].value == written, (kind, column)


def test_what_the_web_app_types_is_exported_neutral(apis, tmp_path: Path) -> None:
    """The tokenless web app sets a card's operator; the export never runs it."""
    import requests

    from tests.conftest import WEBAPP_HEADERS

    card = SimCard.create(code=iccid(7))
    payload = "=cmd|' /C calc'!A0"
    reply = requests.put(f"{apis.main}/simcards/{card.id}", headers=WEBAPP_HEADERS,
                         json={"operator": payload, "notes": "@SUM(1+1)"}, timeout=30)
    assert reply.status_code == 200, reply.text
    dest = tmp_path / "cards.csv"
    export_table("simcards", "csv", dest)
    (row,) = as_dicts(read_csv(dest))
    assert (row["operator"], row["notes"]) == ("'" + payload, "'@SUM(1+1)")
