"""Exporting simcards, shops and status checks as CSV and XLSX."""

from __future__ import annotations

import csv
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
