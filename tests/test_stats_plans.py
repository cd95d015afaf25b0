"""The statistics' queries: each served from an index (SQLite's plans), and the numbers equal
to a naive count in Python over random data (real SQLite, local zone UTC+5)."""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import peewee
import pytest

from simdesk.domain import stats
from simdesk.storage.db import current_database, write_tx
from simdesk.storage.models import CARD_ASSIGNED, CARD_SOLD, Shop, SimCard
from simdesk.timeutil import local_today, utcnow
from tests.helpers import uzbekistan_time  # noqa: F401  (autouse: UTC+5 here)


@contextmanager
def sent_sql() -> Iterator[list[tuple[str, Any]]]:
    """Every statement Peewee sends inside the block, with its parameters."""
    seen: list[tuple[str, Any]] = []
    original = peewee.Database.execute_sql

    def recording(self: peewee.Database, sql: str, params: Any = None, *args: Any,
                  **kwargs: Any) -> Any:
        seen.append((sql, params))
        return original(self, sql, params, *args, **kwargs)

    peewee.Database.execute_sql = recording  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        peewee.Database.execute_sql = original  # type: ignore[method-assign]


def plan_problems(sql: str, params: Any) -> list[str]:
    """The steps of SQLite's plan for ``sql`` that read the card table row by row: a scan of
    the table (not of a covering index), a search through an index that is not covering
    (one table lookup per index entry), or an automatic index built from the table.
    Reading rows by primary key (``USING INTEGER PRIMARY KEY``) is allowed."""
    names = {"simcard"} | set(re.findall(r'"simcard" AS "(\w+)"', sql))
    rows = current_database().execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    problems = []
    for row in rows:
        detail = str(row[3])
        step = re.match(r"(SCAN|SEARCH) (\w+)(.*)", detail)
        if step is None or step.group(2) not in names:
            continue
        how = step.group(3)
        if "AUTOMATIC" in how:
            problems.append(f"automatic index on the card table: {detail}")
        elif step.group(1) == "SCAN" and "USING COVERING INDEX" not in how:
            problems.append(f"table scan: {detail}")
        elif "USING INDEX" in how:
            problems.append(f"a table lookup per index entry: {detail}")
    return problems


def _some_data() -> int:
    with write_tx():
        shop = Shop.create(name="Alpha", region="Toshkent")
        Shop.create(name="Bravo", region="", archived_at=utcnow())
        for n, status in enumerate(("available", "assigned", "sold", "assigned")):
            SimCard.create(code=f"P{n:05d}", status=status,
                           shop=None if status == "available" else shop,
                           sale_date=utcnow() if status == "sold" else None,
                           assigned_at=None if n == 3 else utcnow() - timedelta(days=90))
    return int(shop.id)


STATISTICS: dict[str, Callable[[int], object]] = {
    "totals": lambda shop: stats.totals(),
    "per_shop": lambda shop: stats.per_shop(),
    "per_shop(include_archived)": lambda shop: stats.per_shop(include_archived=True),
    "shop_stats": stats.shop_stats,
    "per_region": lambda shop: stats.per_region(),
    "per_region(include_archived)": lambda shop: stats.per_region(include_archived=True),
    "shops_by_region": lambda shop: stats.shops_by_region(),
    "sales_by_date": lambda shop: stats.sales_by_date(7),
    "sales_by_date(shop)": lambda shop: stats.sales_by_date(30, shop_id=shop),
    "count_stale": lambda shop: stats.count_stale(30),
    "stale_cards": lambda shop: stats.stale_cards(30, limit=10),
}


@pytest.mark.parametrize("name", sorted(STATISTICS))
def test_every_statistics_query_is_served_from_an_index(db: Any, name: str) -> None:
    shop = _some_data()
    with sent_sql() as seen:
        STATISTICS[name](shop)
    card_queries = [(sql, params) for sql, params in seen if '"simcard"' in sql]
    if name != "shops_by_region":
        assert card_queries, f"{name} sent no query on the card table: {seen}"
    else:
        assert seen and not card_queries  # GET /statistics' regions: the shop table alone
    for sql, params in card_queries:
        assert plan_problems(sql, params) == [], sql


def test_the_plan_check_sees_scans_and_lookups(db: Any) -> None:
    """The check itself: what it must refuse, it refuses."""
    scan = plan_problems('SELECT "t1"."notes" FROM "simcard" AS "t1"', ())
    assert len(scan) == 1 and scan[0].startswith("table scan: SCAN t1")
    lookup = plan_problems('SELECT code, notes FROM "simcard" WHERE "status" = ?', ("sold",))
    assert len(lookup) == 1 and lookup[0].startswith("a table lookup per index entry")
    assert plan_problems('SELECT COUNT(*) FROM "simcard" WHERE "status" = ?', ("sold",)) == []
    assert plan_problems('SELECT code FROM "simcard" WHERE "id" IN (?, ?)', (1, 2)) == []



def test_the_shop_list_reads_held_ids_from_an_index_after_analyze(db: Any) -> None:
    """GET /shops' held ids (``simcards.held_ids_column``) come from the covering index even
    with the statistics ``PRAGMA optimize`` gathers on a real office's skew (most cards in
    no shop): a plain ``ORDER BY id`` made SQLite scan the whole card table once per shop —
    200 ms a request at 100,000 cards instead of under 1 ms."""
    from simdesk.domain import shops, simcards

    with write_tx():
        held_by = [Shop.create(name=f"Shop {n}", region="Toshkent") for n in range(4)]
        rows = [{"code": f"P{n:06d}", "status": CARD_ASSIGNED if n < 400 else "available",
                 "shop": held_by[n // 100] if n < 400 else None,
                 "assigned_at": utcnow() if n < 400 else None} for n in range(6000)]
        for start in range(0, len(rows), 500):
            SimCard.insert_many(rows[start:start + 500]).execute()
    current_database().execute_sql("ANALYZE")
    flt = shops.ShopFilter(q=None, region=None, status=None, include_archived=False,
                           archived_only=False)
    with sent_sql() as seen:
        page = simcards.shop_text_rows(flt, sort="name", limit=None, offset=0)
    held = [row[simcards.SHOP_TEXT_KEYS.index("assignedSimCards")] for row in page]
    expected = [",".join(str(card.id) for card in SimCard.select(SimCard.id)
                         .where(SimCard.shop == shop).order_by(SimCard.id))
                for shop in held_by]
    assert held == expected  # in id order, each shop its own cards
    card_queries = [(sql, params) for sql, params in seen if '"simcard"' in sql]
    assert card_queries
    for sql, params in card_queries:
        assert plan_problems(sql, params) == [], sql



def check_held_ids() -> None:
    """GET /shops' held ids on the database open now: each shop its own unsold cards, by
    id, a held card with a sale date (sold, then handed back by an edit) after the rest;
    none for a shop that holds none (also run on PostgreSQL by tests/test_postgres.py)."""
    from simdesk.domain import shops, simcards

    with write_tx():
        alpha, bravo = (Shop.create(name=name, region="Toshkent") for name in ("A", "B"))
        Shop.create(name="C", region="Toshkent")
        cards = [SimCard.create(code=f"H{n:04d}", status=CARD_ASSIGNED,
                                shop=alpha if n % 2 else bravo, assigned_at=utcnow())
                 for n in range(8)]
        SimCard.update(sale_date=utcnow() - timedelta(days=3)).where(
            SimCard.id == cards[1].id).execute()
        SimCard.update(status=CARD_SOLD, sale_date=utcnow()).where(
            SimCard.id == cards[3].id).execute()
    flt = shops.ShopFilter(q=None, region=None, status=None, include_archived=False,
                           archived_only=False)
    page = simcards.shop_text_rows(flt, sort="name", limit=None, offset=0)
    column = simcards.SHOP_TEXT_KEYS.index("assignedSimCards")
    ids = [str(card.id) for card in cards]
    assert [row[column] for row in page] == [
        ",".join([ids[5], ids[7], ids[1]]), ",".join(ids[0::2]), None]
    # GET /shops/<id> lists them in the same order.
    one_by_one = simcards.assigned_ids_by_shop([alpha.id, bravo.id])
    assert [",".join(map(str, one_by_one[shop.id])) for shop in (alpha, bravo)] == [
        row[column] for row in page[:2]]


def test_held_ids_are_each_shops_unsold_cards_in_id_order(db: Any) -> None:
    check_held_ids()


# ------------------------------------------------------------------ against a naive count


def _local_date(utc: datetime) -> date:
    return utc.replace(tzinfo=UTC).astimezone().date()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_numbers_equal_a_naive_count_on_random_data(db: Any, seed: int) -> None:
    compare_with_a_naive_count(seed)


def compare_with_a_naive_count(seed: int) -> None:
    """Random shops and cards in the open database (empty), then every statistic compared
    with the same number counted in Python (tests/test_postgres.py runs it there too)."""
    rnd = random.Random(seed)
    now = utcnow()
    regions = ["Toshkent", "Samarqand", "", "Buxoro"]
    with write_tx():
        shops = [
            Shop.create(name=f"Shop {rnd.choice('ABC')}{i}", region=rnd.choice(regions),
                        status=rnd.choice(("active", "inactive")),
                        archived_at=now - timedelta(days=1) if rnd.random() < 0.2 else None)
            for i in range(9)
        ]
        for i in range(700):
            roll = rnd.random()
            shop = rnd.choice(shops) if roll > 0.25 else None
            status = ("available" if shop is None and roll < 0.2 else
                      rnd.choice(("assigned", "sold", "assigned")))
            # Sale dates around local midnights, a year back and a few in the future; some
            # sold cards without one.
            sale = (now - timedelta(hours=rnd.randrange(-30, 24 * 400), minutes=rnd.randrange(60))
                    if status == CARD_SOLD and rnd.random() > 0.05 else None)
            assigned_at = (now - timedelta(days=rnd.uniform(0, 120))
                           if shop is not None and rnd.random() > 0.15 else None)
            SimCard.create(code=f"R{i:05d}", status=status, shop=shop, sale_date=sale,
                           assigned_at=assigned_at,
                           added_date=now - timedelta(days=rnd.uniform(0, 200)))
    cards = list(SimCard.select())
    all_shops = list(Shop.select())
    today = local_today()
    start_of = stats.utc_start_of
    tomorrow = start_of(today + timedelta(days=1))

    def sold_in(card: SimCard, first: datetime, end: datetime = tomorrow) -> bool:
        return (card.status == CARD_SOLD and card.sale_date is not None
                and first <= card.sale_date < end)

    # Totals
    by_status = Counter(c.status for c in cards)
    live = [s for s in all_shops if s.archived_at is None]
    assert stats.totals() == stats.Totals(
        shops=len(live), active_shops=sum(s.status == "active" for s in live),
        archived_shops=len(all_shops) - len(live), cards=len(cards),
        available=by_status["available"], assigned=by_status["assigned"],
        sold=by_status["sold"],
        sold_today=sum(sold_in(c, start_of(today)) for c in cards),
        sold_7d=sum(sold_in(c, start_of(today - timedelta(days=6))) for c in cards),
        sold_30d=sum(sold_in(c, start_of(today - timedelta(days=29))) for c in cards))

    # Per shop, in its order
    def naive_shop(shop: Shop) -> stats.ShopStats:
        held = [c for c in cards if c.shop_id == shop.id]
        assigned = sum(c.status == CARD_ASSIGNED for c in held)
        sold = sum(c.status == CARD_SOLD for c in held)
        sales = [c.sale_date for c in held if c.status == CARD_SOLD and c.sale_date]
        return stats.ShopStats(
            shop_id=shop.id, shop_name=shop.name, region=shop.region, assigned=assigned,
            sold=sold, total=assigned + sold,
            sell_through=sold / (assigned + sold) if assigned + sold else 0.0,
            sold_7d=sum(sold_in(c, start_of(today - timedelta(days=6))) for c in held),
            sold_30d=sum(sold_in(c, start_of(today - timedelta(days=29))) for c in held),
            last_sale=max(sales) if sales else None)

    for archived in (False, True):
        expected = sorted((naive_shop(s) for s in (all_shops if archived else live)),
                          key=lambda r: (-r.sell_through, -r.sold, r.shop_name, r.shop_id))
        assert stats.per_shop(include_archived=archived) == expected
    for shop in all_shops:
        assert stats.shop_stats(shop.id) == naive_shop(shop)

    # Per region
    for archived in (False, True):
        chosen = all_shops if archived else live
        per_region: dict[str, list[Shop]] = defaultdict(list)
        for shop in chosen:
            per_region[shop.region].append(shop)
        expected_regions = []
        for region in sorted(per_region):
            members = per_region[region]
            ids = {s.id for s in members}
            assigned = sum(c.status == CARD_ASSIGNED and c.shop_id in ids for c in cards)
            sold = sum(c.status == CARD_SOLD and c.shop_id in ids for c in cards)
            expected_regions.append(stats.RegionStats(
                region=region, shops=len(members),
                active_shops=sum(s.status == "active" and s.archived_at is None
                                 for s in members),
                assigned=assigned, sold=sold, total=assigned + sold))
        assert stats.per_region(include_archived=archived) == expected_regions
        assert stats.shops_by_region(include_archived=archived) == {
            r.region: r.shops for r in expected_regions}

    # Sales by local date, overall and per shop
    for days, shop_id in ((7, None), (400, None), (45, shops[0].id), (400, shops[1].id)):
        first = today - timedelta(days=days - 1)
        counted = Counter(_local_date(c.sale_date) for c in cards
                          if sold_in(c, start_of(first)) and shop_id in (None, c.shop_id))
        assert stats.sales_by_date(days, shop_id=shop_id) == {
            (first + timedelta(days=i)).isoformat(): counted[first + timedelta(days=i)]
            for i in range(days)}

    # Cards held too long, longest first
    for days in (0, 10, 45, 150):
        checked_at = utcnow()
        held = sorted(
            (c.assigned_at or c.added_date, c.id) for c in cards
             if c.status == CARD_ASSIGNED
             and (c.assigned_at or c.added_date) < checked_at - timedelta(days=days))
        assert stats.count_stale(days) == len(held)
        for limit in (1, 7, 1000):
            listed = stats.stale_cards(days, limit=limit)
            assert [(s.since, s.simcard_id) for s in listed] == held[:limit]
            by_id = {c.id: c for c in cards}
            assert all(s.code == by_id[s.simcard_id].code
                       and s.shop_id == by_id[s.simcard_id].shop_id for s in listed)
