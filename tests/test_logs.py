"""simdesk.domain.logs: filters, paging, ordering and validation (real SQLite)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import peewee
import pytest

from simdesk.domain.logs import (
    CheckFilter,
    CheckPage,
    CheckRow,
    check_rows,
    count_checks,
    list_checks,
    query_checks,
    read_checks,
    status_changes,
)
from simdesk.errors import ValidationError
from simdesk.storage.models import Shop, SimCard, StatusCheck

T0 = datetime(2026, 1, 1, 10, 0)


@dataclass
class Log:
    ids: dict[int, int]  # row number 1..6 -> StatusCheck id
    card1: SimCard
    card2: SimCard
    shop1: Shop
    shop2: Shop

    def nums(self, rows: Any) -> list[int]:
        back = {v: k for k, v in self.ids.items()}
        return [back[r.id] for r in rows]


@pytest.fixture
def log(db: Any) -> Log:
    shop1 = Shop.create(name="One", region="Toshkent")
    shop2 = Shop.create(name="Two", region="Samarqand")
    card1 = SimCard.create(code="8999800000000000011", shop=shop1, status="sold")
    card2 = SimCard.create(code="8999800000000000029", shop=shop2, status="assigned")
    specs = [
        # n, minutes, card, shop, source, kind, changed, run_id
        (1, 0, card1, shop1, "check", "check", False, "r1"),
        (2, 1, card1, shop1, "check", "change", True, "r1"),
        (3, 2, card2, shop2, "gui", "change", True, None),
        (4, 2, card2, shop2, "check", "check", False, "r2"),  # same time as 3
        (5, 3, None, None, "import", "change", True, None),
        (6, 4, card1, shop1, "api", "check", False, "r2"),
    ]
    ids = {}
    for n, minutes, card, shop, source, kind, changed, run_id in specs:
        row = StatusCheck.create(
            checked_at=T0 + timedelta(minutes=minutes),
            simcard=card,
            simcard_code=card.code if card else "X_1%",
            shop=shop,
            source=source,
            kind=kind,
            changed=changed,
            old_status="assigned" if changed else None,
            new_status="sold" if changed else None,
            run_id=run_id,
        )
        ids[n] = row.id
    return Log(ids, card1, card2, shop1, shop2)


def found(log: Log, flt: CheckFilter) -> list[int]:
    """Row numbers matching ``flt`` oldest first; also checks count_checks agrees."""
    rows = log.nums(query_checks(flt, limit=None, newest_first=False))
    assert count_checks(flt) == len(rows)
    return rows


def test_no_filter(log: Log) -> None:
    assert found(log, CheckFilter()) == [1, 2, 3, 4, 5, 6]


def test_single_filters(log: Log) -> None:
    assert found(log, CheckFilter(simcard_id=log.card1.id)) == [1, 2, 6]
    assert found(log, CheckFilter(simcard_id=log.card2.id)) == [3, 4]
    assert found(log, CheckFilter(code="0011")) == [1, 2, 6]
    assert found(log, CheckFilter(code="00000000000")) == [1, 2, 3, 4, 6]
    assert found(log, CheckFilter(code="8999800000000000029")) == [3, 4]
    assert found(log, CheckFilter(code="x_1")) == [5]  # LIKE: case-insensitive ASCII
    assert found(log, CheckFilter(shop_id=log.shop2.id)) == [3, 4]
    assert found(log, CheckFilter(source="check")) == [1, 2, 4]
    assert found(log, CheckFilter(source="nobody")) == []
    assert found(log, CheckFilter(kind="change")) == [2, 3, 5]
    assert found(log, CheckFilter(kind="check")) == [1, 4, 6]
    assert found(log, CheckFilter(run_id="r2")) == [4, 6]
    assert found(log, CheckFilter(changes_only=True)) == [2, 3, 5]


def test_code_wildcards_are_literal(log: Log) -> None:
    assert found(log, CheckFilter(code="_")) == [5]
    assert found(log, CheckFilter(code="%")) == [5]
    assert found(log, CheckFilter(code="1%")) == [5]
    assert found(log, CheckFilter(code="  ")) == [1, 2, 3, 4, 5, 6]  # blank: no filter


def test_time_range(log: Log) -> None:
    at = T0 + timedelta(minutes=2)
    assert found(log, CheckFilter(since=at)) == [3, 4, 5, 6]  # since included
    assert found(log, CheckFilter(until=at)) == [1, 2]  # until excluded
    assert found(log, CheckFilter(since=T0 + timedelta(minutes=1),
                                  until=T0 + timedelta(minutes=3))) == [2, 3, 4]
    local = timezone(timedelta(hours=5))
    assert found(log, CheckFilter(since=datetime(2026, 1, 1, 15, 2, tzinfo=local))) == [
        3, 4, 5, 6
    ]


def test_combined_filters(log: Log) -> None:
    assert found(log, CheckFilter(simcard_id=log.card1.id, kind="check")) == [1, 6]
    assert found(log, CheckFilter(source="check", changes_only=True)) == [2]
    assert found(log, CheckFilter(shop_id=log.shop1.id, since=T0 + timedelta(minutes=1),
                                  changes_only=True)) == [2]
    assert found(log, CheckFilter(run_id="r2", source="api")) == [6]
    assert found(log, CheckFilter(code="0029", kind="change", run_id=None)) == [3]
    assert found(log, CheckFilter(shop_id=log.shop2.id, run_id="r1")) == []


def test_ordering(log: Log) -> None:
    assert log.nums(query_checks(CheckFilter())) == [6, 5, 4, 3, 2, 1]  # newest first, id
    assert log.nums(query_checks(CheckFilter(), newest_first=False)) == [1, 2, 3, 4, 5, 6]


def test_query_is_a_select_that_can_be_refined(log: Log) -> None:
    query = query_checks(CheckFilter(kind="change"), limit=None)
    assert isinstance(query, peewee.ModelSelect)
    assert log.nums(query.where(StatusCheck.source == "gui")) == [3]


def test_paging_and_total(log: Log) -> None:
    rows, total = list_checks(CheckFilter(), limit=2, offset=2)
    assert (log.nums(rows), total) == ([4, 3], 6)
    rows, total = list_checks(CheckFilter(), limit=2, offset=4)
    assert (log.nums(rows), total) == ([2, 1], 6)
    rows, total = list_checks(CheckFilter(), limit=10, offset=10)
    assert (rows, total) == ([], 6)
    rows, total = list_checks(CheckFilter(changes_only=True), limit=1)
    assert (log.nums(rows), total) == ([5], 3)
    assert log.nums(query_checks(CheckFilter(), limit=3, offset=1, newest_first=False)) == [
        2, 3, 4
    ]
    rows, total = list_checks(CheckFilter())
    assert (log.nums(rows), total) == ([6, 5, 4, 3, 2, 1], 6)


def test_status_changes(log: Log) -> None:
    changes = status_changes()
    assert log.nums(changes) == [5, 3, 2]
    assert all(row.changed for row in changes)
    assert changes[2].old_status == "assigned" and changes[2].new_status == "sold"
    assert log.nums(status_changes(limit=2)) == [5, 3]


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"limit": 0}, "limit"),
    ({"limit": 10001}, "limit"),
    ({"limit": -5}, "limit"),
    ({"offset": -1}, "offset"),
])
def test_paging_validated(log: Log, kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        query_checks(CheckFilter(), **kwargs)
    assert field in info.value.fields
    with pytest.raises(ValidationError):
        list_checks(CheckFilter(), kwargs.get("limit", 100), kwargs.get("offset", 0))


def test_limit_bounds_accepted(log: Log) -> None:
    assert len(list(query_checks(CheckFilter(), limit=1))) == 1
    assert len(list(query_checks(CheckFilter(), limit=10000))) == 6


@pytest.mark.parametrize("until", [T0, T0 - timedelta(seconds=1)])
def test_since_must_be_before_until(log: Log, until: datetime) -> None:
    flt = CheckFilter(since=T0, until=until)
    with pytest.raises(ValidationError, match="since") as info:
        query_checks(flt)
    assert "since" in info.value.fields
    with pytest.raises(ValidationError):
        count_checks(flt)


def test_unknown_kind_refused(log: Log) -> None:
    with pytest.raises(ValidationError, match="check, change") as info:
        count_checks(CheckFilter(kind="bogus"))
    assert "kind" in info.value.fields


def test_status_changes_limit_validated(log: Log) -> None:
    with pytest.raises(ValidationError) as info:
        status_changes(limit=0)
    assert "limit" in info.value.fields


# ------------------------------------------------------------------ named rows


def test_rows_are_check_rows_with_every_field(log: Log) -> None:
    extra = StatusCheck.create(
        checked_at=T0 + timedelta(minutes=9), simcard=log.card2, simcard_code=log.card2.code,
        shop=log.shop2, source="check", kind="check", changed=False,
        external_status="active", duration_ms=42, error="timed out\nretry", actor="auto",
        run_id="r9", details="HTTP 504", raw_response='{"big": "answer"}')
    page = list_checks(CheckFilter(), limit=1)
    assert isinstance(page, CheckPage) and page.total == 7
    (row,) = page.rows
    assert type(row) is CheckRow
    assert row == CheckRow(
        id=extra.id, checked_at=T0 + timedelta(minutes=9), simcard_id=log.card2.id,
        simcard_code=log.card2.code, shop_id=log.shop2.id, source="check", kind="check",
        old_status=None, new_status=None, changed=False, external_status="active",
        duration_ms=42, error="timed out\nretry", actor="auto", run_id="r9",
        details="HTTP 504")
    assert row.changed is False and isinstance(row.checked_at, datetime)
    change = status_changes(limit=1)[0]
    assert type(change) is CheckRow
    assert (change.id, change.simcard_id, change.shop_id, change.simcard_code) == (
        log.ids[5], None, None, "X_1%")
    assert change.changed is True
    assert (change.old_status, change.new_status, change.source, change.kind) == (
        "assigned", "sold", "import", "change")


def test_check_rows_read_a_refined_query(log: Log) -> None:
    query = query_checks(CheckFilter(kind="check"), limit=None).where(
        StatusCheck.source == "check")
    rows = check_rows(query)
    assert log.nums(rows) == [4, 1]
    assert [(r.run_id, r.simcard_id) for r in rows] == [("r2", log.card2.id),
                                                          ("r1", log.card1.id)]


def test_read_checks_pages_by_keyset(log: Log) -> None:
    first = read_checks(CheckFilter(), limit=2)
    assert log.nums(first) == [6, 5]
    second = read_checks(CheckFilter(), limit=2, older_than=first[-1])
    assert log.nums(second) == [4, 3]  # 3 and 4 share a time: the id decides
    third = read_checks(CheckFilter(), limit=2, older_than=second[0])
    assert log.nums(third) == [3, 2]
    assert log.nums(read_checks(CheckFilter(), newer_than=second[-1])) == [6, 5, 4]
    assert log.nums(read_checks(CheckFilter(changes_only=True), newer_than=third[-1])) == [5, 3]
    assert read_checks(CheckFilter(), newer_than=first[0]) == []
