"""simdesk.domain.stats against a hand-built data set (real SQLite, local zone UTC+5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from simdesk.domain import stats
from simdesk.domain.stats import RegionStats, ShopStats, Totals
from simdesk.errors import NotFoundError, ValidationError
from simdesk.storage.db import write_tx
from simdesk.storage.models import Shop, SimCard
from simdesk.timeutil import local_offset_minutes, local_today, utcnow
from tests.helpers import (
    sql_statements,
    uzbekistan_time,  # noqa: F401  (autouse: UTC+5 here)
)


def day_start(days_ago: int) -> datetime:
    """Naive-UTC instant at which the local date ``days_ago`` days before today begins."""
    return stats.utc_start_of(local_today() - timedelta(days=days_ago))


def ago(days: float) -> datetime:
    return utcnow() - timedelta(days=days)


@dataclass
class Data:
    shops: dict[str, Shop]
    cards: dict[str, SimCard]
    a_today_sale: datetime
    b_today_sale: datetime
    e_3d_sale: datetime


_n = 0


def card(name: str, shop: Shop | None, status: str, **fields: Any) -> tuple[str, SimCard]:
    global _n
    _n += 1
    return name, SimCard.create(code=f"C{_n:05d}", shop=shop, status=status, **fields)


@pytest.fixture
def data(db: Any) -> Data:
    assert local_offset_minutes() == 300
    shop = {
        "A": Shop.create(name="Alpha", region="Toshkent", status="active"),
        "B": Shop.create(name="Bravo", region="Toshkent", status="inactive"),
        "C": Shop.create(name="Charlie", region="Samarqand", status="active"),
        "D": Shop.create(name="Delta", region="Samarqand", status="active"),
        "E": Shop.create(name="Echo", region="Toshkent", status="active", archived_at=ago(1)),
        "F": Shop.create(name="Foxtrot", region="", status="active"),
    }
    a_today = day_start(0) + timedelta(hours=2)  # local 02:00 today = UTC 21:00 yesterday
    b_today = day_start(0) + timedelta(minutes=1)
    e_3d = day_start(3) + timedelta(hours=12)
    rows = [
        # Alpha: 2 held, 4 sold (today, 3, 20 and 40 days ago)
        card("a1", shop["A"], "assigned", assigned_at=ago(1)),
        card("a2", shop["A"], "assigned", assigned_at=ago(2)),
        card("a3", shop["A"], "sold", sale_date=a_today, assigned_at=ago(60)),
        card("a4", shop["A"], "sold", sale_date=day_start(3) + timedelta(hours=5)),
        card("a5", shop["A"], "sold", sale_date=day_start(20) + timedelta(hours=1)),
        card("a6", shop["A"], "sold", sale_date=day_start(40) + timedelta(hours=1),
             assigned_at=ago(90)),
        # Bravo: 1 held (10 days), 1 sold today
        card("b1", shop["B"], "assigned", assigned_at=ago(10)),
        card("b2", shop["B"], "sold", sale_date=b_today),
        # Charlie: 3 held (40 days, unknown since 50 days, 5 days), none sold
        card("c1", shop["C"], "assigned", assigned_at=ago(40)),
        card("c2", shop["C"], "assigned", assigned_at=None, added_date=ago(50)),
        card("c3", shop["C"], "assigned", assigned_at=ago(5)),
        # Echo (archived): 2 sold, 3 and 10 days ago
        card("e1", shop["E"], "sold", sale_date=e_3d),
        card("e2", shop["E"], "sold", sale_date=day_start(10) + timedelta(hours=3)),
        # Foxtrot (no region): 1 held (31 days), sold 6 and 7 days ago
        card("f1", shop["F"], "assigned", assigned_at=ago(31)),
        card("f2", shop["F"], "sold", sale_date=day_start(6) + timedelta(minutes=1)),
        card("f3", shop["F"], "sold", sale_date=day_start(7) + timedelta(hours=23, minutes=59)),
        # not in any shop
        card("x1", None, "available", added_date=ago(100)),
        card("x2", None, "available"),
        card("x3", None, "available"),
    ]
    return Data(shop, dict(rows), a_today, b_today, e_3d)


def test_local_date_helper_uses_local_zone(data: Data) -> None:
    # The sale at local 02:00 today happened "yesterday" in UTC ...
    assert data.a_today_sale.date() == local_today() - timedelta(days=1)
    # ... but the SQL helper puts it on today's local date.
    day = (
        SimCard.select(stats.local_date(SimCard.sale_date))
        .where(SimCard.id == data.cards["a3"].id)
        .scalar()
    )
    assert stats._date_key(day) == local_today().isoformat()


def test_totals(data: Data) -> None:
    assert stats.totals() == Totals(
        shops=5,
        active_shops=4,
        archived_shops=1,
        cards=19,
        available=3,
        assigned=7,
        sold=9,
        sold_today=2,
        sold_7d=5,
        sold_30d=8,
    )


def test_totals_empty_database(db: Any) -> None:
    assert stats.totals() == Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)


def expected_shops(data: Data) -> dict[str, ShopStats]:
    s = data.shops
    return {
        "A": ShopStats(s["A"].id, "Alpha", "Toshkent", 2, 4, 6, 4 / 6, 2, 3, data.a_today_sale),
        "B": ShopStats(s["B"].id, "Bravo", "Toshkent", 1, 1, 2, 0.5, 1, 1, data.b_today_sale),
        "C": ShopStats(s["C"].id, "Charlie", "Samarqand", 3, 0, 3, 0.0, 0, 0, None),
        "D": ShopStats(s["D"].id, "Delta", "Samarqand", 0, 0, 0, 0.0, 0, 0, None),
        "E": ShopStats(s["E"].id, "Echo", "Toshkent", 0, 2, 2, 1.0, 1, 2, data.e_3d_sale),
        "F": ShopStats(s["F"].id, "Foxtrot", "", 1, 2, 3, 2 / 3, 1, 2,
                       day_start(6) + timedelta(minutes=1)),
    }


def test_per_shop_numbers_and_order(data: Data) -> None:
    exp = expected_shops(data)
    # A and F tie on sell-through (2/3): more sold first; C and D tie on everything: by name.
    assert stats.per_shop() == [exp[k] for k in "AFBCD"]


def test_per_shop_including_archived(data: Data) -> None:
    exp = expected_shops(data)
    assert stats.per_shop(include_archived=True) == [exp[k] for k in "EAFBCD"]


def test_shop_stats(data: Data) -> None:
    exp = expected_shops(data)
    for key in "ABCDEF":
        assert stats.shop_stats(data.shops[key].id) == exp[key]
    last = stats.shop_stats(data.shops["A"].id).last_sale
    assert isinstance(last, datetime)


def test_shop_stats_unknown_shop(data: Data) -> None:
    with pytest.raises(NotFoundError, match="shop 99999 does not exist"):
        stats.shop_stats(99999)


def test_per_region(data: Data) -> None:
    assert stats.per_region() == [
        RegionStats("", shops=1, active_shops=1, assigned=1, sold=2, total=3),
        RegionStats("Samarqand", shops=2, active_shops=2, assigned=3, sold=0, total=3),
        RegionStats("Toshkent", shops=2, active_shops=1, assigned=3, sold=5, total=8),
    ]
    assert stats.per_region(include_archived=True)[2] == RegionStats(
        "Toshkent", shops=3, active_shops=1, assigned=3, sold=7, total=10
    )


def iso(days_ago: int) -> str:
    return (local_today() - timedelta(days=days_ago)).isoformat()


def test_sales_by_date_default_week(data: Data) -> None:
    result = stats.sales_by_date()
    assert list(result) == [iso(d) for d in range(6, -1, -1)]  # oldest first
    assert result == {iso(6): 1, iso(5): 0, iso(4): 0, iso(3): 2, iso(2): 0, iso(1): 0,
                      iso(0): 2}
    assert sum(result.values()) == stats.totals().sold_7d


def test_sales_by_date_long_range(data: Data) -> None:
    result = stats.sales_by_date(45)
    assert len(result) == 45
    assert next(iter(result)) == iso(44)
    nonzero = {k: v for k, v in result.items() if v}
    assert nonzero == {iso(40): 1, iso(20): 1, iso(10): 1, iso(7): 1, iso(6): 1, iso(3): 2,
                       iso(0): 2}
    assert sum(stats.sales_by_date(30).values()) == stats.totals().sold_30d == 8


def test_sales_by_date_end_and_shop(data: Data) -> None:
    three_ago = local_today() - timedelta(days=3)
    assert stats.sales_by_date(1, end=three_ago) == {iso(3): 2}
    assert stats.sales_by_date(2, end=local_today() - timedelta(days=6)) == {iso(7): 1, iso(6): 1}
    assert stats.sales_by_date(7, shop_id=data.shops["A"].id) == {
        iso(6): 0, iso(5): 0, iso(4): 0, iso(3): 1, iso(2): 0, iso(1): 0, iso(0): 1
    }
    assert stats.sales_by_date(3, shop_id=data.shops["D"].id) == {iso(2): 0, iso(1): 0,
                                                                  iso(0): 0}
    # a far-away range is all zeros
    assert stats.sales_by_date(3, end=date(2001, 1, 3)) == {
        "2001-01-01": 0, "2001-01-02": 0, "2001-01-03": 0
    }


@pytest.mark.parametrize("days", [0, -1, 3661, True, "7"])
def test_sales_by_date_days_validated(data: Data, days: Any) -> None:
    with pytest.raises(ValidationError) as info:
        stats.sales_by_date(days)
    assert "days" in info.value.fields


def test_sales_by_date_limits_accepted(data: Data) -> None:
    assert len(stats.sales_by_date(1)) == 1
    assert len(stats.sales_by_date(3660)) == 3660


def test_sales_by_date_unknown_shop(data: Data) -> None:
    with pytest.raises(NotFoundError, match="shop 424242 does not exist"):
        stats.sales_by_date(7, shop_id=424242)


def test_stale_cards(data: Data) -> None:
    c = data.cards
    stale = stats.stale_cards(30)
    assert [s.simcard_id for s in stale] == [c["c2"].id, c["c1"].id, c["f1"].id]
    assert [s.days for s in stale] == [50, 40, 31]
    assert [s.shop_name for s in stale] == ["Charlie", "Charlie", "Foxtrot"]
    assert [s.shop_id for s in stale] == [data.shops["C"].id, data.shops["C"].id,
                                          data.shops["F"].id]
    first = stale[0]
    assert first.code == c["c2"].code
    assert first.since == c["c2"].added_date  # no assigned_at: added_date counts
    assert stale[1].since == c["c1"].assigned_at
    assert stats.count_stale(30) == 3


def test_stale_cards_thresholds_and_limit(data: Data) -> None:
    c = data.cards
    assert [s.simcard_id for s in stats.stale_cards(30, limit=2)] == [c["c2"].id, c["c1"].id]
    assert [s.simcard_id for s in stats.stale_cards(7)] == [
        c["c2"].id, c["c1"].id, c["f1"].id, c["b1"].id
    ]
    assert stats.count_stale(7) == 4
    assert stats.count_stale(0) == 7  # every held card
    assert stats.stale_cards(60) == []
    assert stats.count_stale(60) == 0


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"days": -1}, "days"),
    ({"days": 30, "limit": 0}, "limit"),
    ({"days": 30, "limit": 10001}, "limit"),
])
def test_stale_cards_validated(data: Data, kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        stats.stale_cards(**kwargs)
    assert field in info.value.fields
    if "limit" not in kwargs:
        with pytest.raises(ValidationError):
            stats.count_stale(kwargs["days"])


@pytest.mark.slow
def test_speed_with_200000_cards(db: Any) -> None:
    with write_tx():
        shops = [Shop.create(name=f"Shop {i:03d}", region=f"R{i % 7}") for i in range(200)]
        now = utcnow()
        statuses = ("available", "assigned", "sold")
        batch: list[tuple[Any, ...]] = []
        # Plain executemany: Peewee's insert_many would spend seconds building the SQL.
        sql = ('INSERT INTO "simcard" ("code", "status", "shop_id", "sale_date", '
               '"assigned_at", "added_date", "updated_at", "notes") '
               "VALUES (?, ?, ?, ?, ?, ?, ?, '')")
        for i in range(200_000):
            status = statuses[i % 3]
            held = status != "available"
            batch.append((
                f"P{i:07d}",
                status,
                shops[i % 200].id if held else None,
                now - timedelta(hours=i % 2000) if status == "sold" else None,
                now - timedelta(days=i % 90) if held else None,
                now,
                now,
            ))
        db.cursor().executemany(sql, batch)
    # The time is measured by benchmarks/stats.py (about 0.1 s each).  Guarded here: a
    # constant number of aggregate queries, never one per shop or card.
    with sql_statements() as per_shop_sql:
        rows = stats.per_shop()
    with sql_statements() as totals_sql:
        tot = stats.totals()
    assert len(rows) == 200
    assert tot.cards == 200_000
    assert tot.sold == sum(r.sold for r in rows)
    assert tot.assigned == sum(r.assigned for r in rows)
    assert len(per_shop_sql) == 1, per_shop_sql
    assert len(totals_sql) <= 3, totals_sql
