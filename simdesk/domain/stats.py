"""Statistics for the dashboard, the reports and the API.

Every number is computed by the database (``COUNT``, ``SUM(CASE …)``, ``GROUP BY``); Python
only names the columns.  The queries work on SQLite and PostgreSQL, and each is answered from
an index alone, never visiting the card table row by row (migration 7; tests/test_stats_plans.py
checks every query's plan):

- ``simcard(shop_id, status, sale_date)``: cards per shop and status, a shop's last sale, a
  shop's sales by date;
- ``simcard(status, sale_date, shop_id)``: sales in a date window, overall and per shop;
- ``simcard(status, assigned_at, added_date)``: cards held too long (two ranges, one for
  cards with ``assigned_at`` and one for those without);
- a status-first index: the assigned and the sold cards (the rest by one b-tree count).

Counting is still one index entry per card counted (each card in a shop for the per-shop
and per-region tables); benchmarks/stats_api.py measures the functions and the routes
uncached.  Maintained counters were measured and left out: see docs/architecture.md.

Timestamps are stored as naive UTC, but people count sales by *local* dates (Uzbekistan is
UTC+5): "today" is the local date, "the last 7 days" are the 7 local dates ending today.
Date windows are turned into UTC timestamp bounds (so that ``sale_date``'s index is usable);
grouping by local date uses :func:`local_date`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import peewee as pw
from peewee import SQL, Case, fn

from simdesk.errors import NotFoundError, ValidationError
from simdesk.storage.db import current_database, is_sqlite
from simdesk.storage.models import (
    CARD_ASSIGNED,
    CARD_SOLD,
    SHOP_ACTIVE,
    Shop,
    SimCard,
)
from simdesk.timeutil import local_offset_minutes, local_today, utcnow

MAX_SALES_DAYS = 3660
MAX_STALE_DAYS = 36500
MAX_LIMIT = 10000


@dataclass(frozen=True)
class Totals:
    shops: int  # shops not archived
    active_shops: int  # not archived and status "active"
    archived_shops: int
    cards: int
    available: int
    assigned: int
    sold: int
    sold_today: int
    sold_7d: int
    sold_30d: int


@dataclass(frozen=True)
class ShopStats:
    shop_id: int
    shop_name: str
    region: str
    assigned: int  # cards held unsold
    sold: int
    total: int  # assigned + sold
    sell_through: float  # sold / total, 0.0 when total is 0
    sold_7d: int
    sold_30d: int
    last_sale: datetime | None  # naive UTC


@dataclass(frozen=True)
class RegionStats:
    region: str
    shops: int
    active_shops: int
    assigned: int
    sold: int
    total: int


@dataclass(frozen=True)
class StaleCard:
    simcard_id: int
    code: str
    phone: str | None
    shop_id: int | None
    shop_name: str
    since: datetime  # assigned_at, or added_date when assigned_at is unknown (naive UTC)
    days: int  # whole days held unsold


# --------------------------------------------------------------------------- helpers


def local_date(column: Any) -> Any:
    """SQL expression: the local date of a naive-UTC timestamp column.

    SQLite gives 'YYYY-MM-DD' text (its 'localtime' follows this computer's time zone rules,
    daylight saving included); PostgreSQL a DATE, with the current offset applied (the
    offices are in one zone without daylight saving).  :func:`_date_key` reads either.
    """
    if is_sqlite():
        return fn.date(column, "localtime").coerce(False)
    minutes = local_offset_minutes()
    return fn.DATE(column + SQL(f"interval '{minutes} minutes'")).coerce(False)


def utc_start_of(day: date) -> datetime:
    """The naive-UTC instant at which local date ``day`` begins."""
    local_midnight = datetime.combine(day, time()).astimezone()
    return local_midnight.astimezone(UTC).replace(tzinfo=None)


def _date_key(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def _count_if(condition: Any) -> Any:
    """SUM(CASE WHEN condition THEN 1 ELSE 0 END), 0 (not NULL) on no rows via COALESCE."""
    return fn.COALESCE(fn.SUM(Case(None, [(condition, 1)], 0)), 0)


def _sum_if(condition: Any, value: Any) -> Any:
    """SUM(CASE WHEN condition THEN value ELSE 0 END), 0 (not NULL) on no rows."""
    return fn.COALESCE(fn.SUM(Case(None, [(condition, value)], 0)), 0)


def _sold_between(start: datetime, end: datetime) -> Any:
    return (
        (SimCard.status == CARD_SOLD) & (SimCard.sale_date >= start) & (SimCard.sale_date < end)
    )


def _windows() -> tuple[datetime, datetime, datetime, datetime]:
    """UTC bounds: start of today, of the 7-day and 30-day windows, and of tomorrow."""
    today = local_today()
    return (
        utc_start_of(today),
        utc_start_of(today - timedelta(days=6)),
        utc_start_of(today - timedelta(days=29)),
        utc_start_of(today + timedelta(days=1)),
    )


def _check_int(field: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError.for_field(
            field, f"must be a whole number from {low} to {high} (got {value!r})"
        )
    if not low <= value <= high:
        raise ValidationError.for_field(
            field, f"must be from {low} to {high} (got {value})"
        )
    return value


def _require_shop(shop_id: int) -> None:
    if not Shop.select(Shop.id).where(Shop.id == shop_id).exists():
        raise NotFoundError(
            f"shop {shop_id} does not exist; pick a shop from the shop list",
            code="shop_not_found",
            details={"shop_id": shop_id},
        )


# --------------------------------------------------------------------------- totals


def totals() -> Totals:
    """Counts of shops and cards and of recent sales (three small aggregate queries)."""
    not_archived = Shop.archived_at.is_null(True)
    shop_row = Shop.select(
        _count_if(not_archived).alias("shops"),
        _count_if(not_archived & (Shop.status == SHOP_ACTIVE)).alias("active_shops"),
        _count_if(Shop.archived_at.is_null(False)).alias("archived_shops"),
    ).dicts().get()

    # Cards: SQLite counts a whole b-tree without reading its entries (COUNT(*) with no
    # WHERE), many times faster than counting a range; then only the assigned and the sold
    # cards are counted, each one range of a status-first index.  Every card has one of the
    # three statuses (the services set no other), so the rest are available: the cards in
    # stock, often most of them, are never counted one by one.
    def count(name: str, where: Any = None) -> Any:
        query = SimCard.select(fn.COUNT(SQL("*")))
        return (query if where is None else query.where(where)).alias(name)

    cards, assigned, sold = pw.Select(columns=[
        count("cards"), count("assigned", SimCard.status == CARD_ASSIGNED),
        count("sold", SimCard.status == CARD_SOLD),
    ]).tuples().execute(current_database())[0]
    # Recent sales: one range of the (status, sale_date, shop_id) index.
    today, week, month, tomorrow = _windows()
    sales_row = (
        SimCard.select(
            _count_if(SimCard.sale_date >= today).alias("sold_today"),
            _count_if(SimCard.sale_date >= week).alias("sold_7d"),
            fn.COUNT(SQL("*")).alias("sold_30d"),
        )
        .where(_sold_between(month, tomorrow))
        .dicts()
        .get()
    )
    return Totals(
        **{key: int(value or 0) for key, value in shop_row.items()},
        cards=int(cards),
        available=int(cards) - int(assigned) - int(sold),
        assigned=int(assigned),
        sold=int(sold),
        **{key: int(value or 0) for key, value in sales_row.items()},
    )


# --------------------------------------------------------------------------- per shop


def _card_counts(shop_id: int | None = None) -> Any:
    """Subquery ``(shop_id, assigned, sold)`` per shop holding cards.

    The inner query counts one range of the (shop_id, status, sale_date) index grouped in
    index order — a plain ``COUNT(*)`` per (shop, status), the cheapest work per card (a
    ``SUM(CASE …)`` per card costs 2-3 times as much); the outer one turns its few hundred
    rows into columns."""
    inner = (
        SimCard.select(SimCard.shop.alias("shop_id"), SimCard.status.alias("status"),
                       fn.COUNT(SQL("*")).alias("n"))
        .where(SimCard.shop.is_null(False) if shop_id is None else SimCard.shop == shop_id)
        .group_by(SimCard.shop, SimCard.status)
        .alias("per_status")
    )
    query = (
        pw.Select(
            from_list=[inner],
            columns=[
                inner.c.shop_id.alias("shop_id"),
                _sum_if(inner.c.status == CARD_ASSIGNED, inner.c.n).alias("assigned"),
                _sum_if(inner.c.status == CARD_SOLD, inner.c.n).alias("sold"),
            ],
        )
        .group_by(inner.c.shop_id)
    )
    return query.alias("counts")


def _recent_sales(shop_id: int | None = None) -> Any:
    """Subquery ``(shop_id, sold_7d, sold_30d)`` per shop that sold in the last 30 days: one
    range of the (status, sale_date, shop_id) index."""
    _, week, month, tomorrow = _windows()
    where = _sold_between(month, tomorrow) & (
        SimCard.shop.is_null(False) if shop_id is None else SimCard.shop == shop_id)
    query = (
        SimCard.select(
            SimCard.shop.alias("shop_id"),
            _count_if(SimCard.sale_date >= week).alias("sold_7d"),
            fn.COUNT(SQL("*")).alias("sold_30d"),
        )
        .where(where)
        .group_by(SimCard.shop)
    )
    return query.alias("recent")


def _held(status: str, alias: str) -> Any:
    """SQL: how many cards of ``status`` the shop of the outer row holds — one range of
    the (shop_id, status, sale_date) index, counted without reading its columns (about 3x
    cheaper per card than grouping the whole index by shop and status)."""
    held = SimCard.alias(alias)
    return held.select(fn.COUNT(SQL("*"))).where((held.shop == Shop.id)
                                                 & (held.status == status))


def _shop_query(include_archived: bool, shop_id: int | None = None) -> Any:
    """Every shop's numbers, best sell-through first.  The counts are worked out once per
    shop in a MATERIALIZED common table: written as a plain subquery, SQLite flattens it
    and counts each shop's cards again for the ORDER BY."""
    # The last sale of each shop: the end of its (shop_id, 'sold', …) range of the index —
    # one index seek per shop (SQLite's and PostgreSQL's MIN/MAX optimisation).
    last = SimCard.alias("last_sold")
    last_sale = (
        last.select(fn.MAX(last.sale_date))
        .where((last.shop == Shop.id) & (last.status == CARD_SOLD))
    )
    base = Shop.select(
        Shop.id.alias("shop_id"),
        Shop.name.alias("shop_name"),
        Shop.region.alias("region"),
        _held(CARD_ASSIGNED, "held_assigned").alias("assigned"),
        _held(CARD_SOLD, "held_sold").alias("sold"),
        last_sale.alias("last_sale"),
    )
    if not include_archived:
        base = base.where(Shop.archived_at.is_null(True))
    if shop_id is not None:
        base = base.where(Shop.id == shop_id)
    # MATERIALIZED needs SQLite 3.35 (2021); an older one gets the same answer, slower.
    materialize = not is_sqlite() or sqlite3.sqlite_version_info >= (3, 35)
    counts = base.cte("shop_counts", materialized=True if materialize else None)
    recent = _recent_sales(shop_id)
    sold = counts.c.sold
    total = counts.c.assigned + sold
    ratio = fn.COALESCE(sold * 1.0 / fn.NULLIF(total, 0), 0)
    return (
        pw.Select(
            from_list=[counts],
            columns=[
                counts.c.shop_id.alias("shop_id"),
                counts.c.shop_name.alias("shop_name"),
                counts.c.region.alias("region"),
                counts.c.assigned.alias("assigned"),
                sold.alias("sold"),
                total.alias("total"),
                fn.COALESCE(recent.c.sold_7d, 0).alias("sold_7d"),
                fn.COALESCE(recent.c.sold_30d, 0).alias("sold_30d"),
                counts.c.last_sale.alias("last_sale"),
            ],
        )
        .join(recent, pw.JOIN.LEFT_OUTER, on=(recent.c.shop_id == counts.c.shop_id))
        .order_by(ratio.desc(), sold.desc(), counts.c.shop_name, counts.c.shop_id)
        .with_cte(counts)
        .bind(SimCard._meta.database)
    )


def _shop_stats(row: dict[str, Any]) -> ShopStats:
    sold = int(row["sold"] or 0)
    total = int(row["total"] or 0)
    return ShopStats(
        shop_id=int(row["shop_id"]),
        shop_name=row["shop_name"],
        region=row["region"] or "",
        assigned=int(row["assigned"] or 0),
        sold=sold,
        total=total,
        sell_through=sold / total if total else 0.0,
        sold_7d=int(row["sold_7d"] or 0),
        sold_30d=int(row["sold_30d"] or 0),
        last_sale=_as_datetime(row["last_sale"]),
    )


def _as_datetime(value: Any) -> datetime | None:
    """A timestamp read through a subquery (SQLite gives its text)."""
    if value is None or isinstance(value, datetime):
        return value
    return SimCard.sale_date.python_value(value)


def per_shop(include_archived: bool = False) -> list[ShopStats]:
    """Card counts and sales of every shop (shops without cards included with zeros),
    best sell-through first, then most sold, then by name.  One query."""
    return [_shop_stats(row) for row in _shop_query(include_archived).dicts()]


def shop_stats(shop_id: int) -> ShopStats:
    """The :func:`per_shop` numbers of one shop (archived or not)."""
    rows = list(_shop_query(True, shop_id).dicts())
    if not rows:
        raise NotFoundError(
            f"shop {shop_id} does not exist; pick a shop from the shop list",
            code="shop_not_found",
            details={"shop_id": shop_id},
        )
    return _shop_stats(rows[0])


# --------------------------------------------------------------------------- per region


def per_region(include_archived: bool = False) -> list[RegionStats]:
    """Shops and cards per region, ordered by region ("" is a region of its own: shops
    without one).  Archived shops and their cards are left out unless asked for;
    ``active_shops`` never counts an archived shop."""
    counts = _card_counts()
    active = (Shop.status == SHOP_ACTIVE) & Shop.archived_at.is_null(True)
    query = (
        Shop.select(
            Shop.region.alias("region"),
            fn.COUNT(SQL("*")).alias("shops"),
            _count_if(active).alias("active_shops"),
            fn.COALESCE(fn.SUM(counts.c.assigned), 0).alias("assigned"),
            fn.COALESCE(fn.SUM(counts.c.sold), 0).alias("sold"),
        )
        .join_from(Shop, counts, pw.JOIN.LEFT_OUTER, on=(counts.c.shop_id == Shop.id))
        .group_by(Shop.region)
        .order_by(Shop.region)
    )
    if not include_archived:
        query = query.where(Shop.archived_at.is_null(True))
    result = []
    for row in query.dicts():
        n_assigned = int(row["assigned"] or 0)
        n_sold = int(row["sold"] or 0)
        result.append(
            RegionStats(
                region=row["region"] or "",
                shops=int(row["shops"] or 0),
                active_shops=int(row["active_shops"] or 0),
                assigned=n_assigned,
                sold=n_sold,
                total=n_assigned + n_sold,
            )
        )
    return result


def shops_by_region(include_archived: bool = False) -> dict[str, int]:
    """{region: shops} as in :func:`per_region`, from the shop table alone (what
    ``GET /statistics`` shows: it needs no card counts)."""
    query = (
        Shop.select(Shop.region, fn.COUNT(SQL("*")))
        .group_by(Shop.region)
        .order_by(Shop.region)
    )
    if not include_archived:
        query = query.where(Shop.archived_at.is_null(True))
    return {region or "": int(n) for region, n in query.tuples()}


# --------------------------------------------------------------------------- sales by date


def sales_by_date(
    days: int = 7, *, end: date | None = None, shop_id: int | None = None
) -> dict[str, int]:
    """{"YYYY-MM-DD": cards sold} for the ``days`` local dates ending at ``end`` (default:
    local today), oldest first, days without sales included as 0."""
    _check_int("days", days, 1, MAX_SALES_DAYS)
    if end is None:
        end = local_today()
    elif isinstance(end, datetime):
        end = end.date()
    start = end - timedelta(days=days - 1)
    if shop_id is not None:
        _require_shop(shop_id)
    day = local_date(SimCard.sale_date)
    # One range of (status, sale_date, shop_id), or of (shop_id, status, sale_date) for a shop.
    query = (
        SimCard.select(day.alias("day"), fn.COUNT(SQL("*")).alias("n"))
        .where(_sold_between(utc_start_of(start), utc_start_of(end + timedelta(days=1))))
        .group_by(day)
    )
    if shop_id is not None:
        query = query.where(SimCard.shop == shop_id)
    counts = {_date_key(d): int(n) for d, n in query.tuples()}
    return {
        key: counts.get(key, 0)
        for key in ((start + timedelta(days=i)).isoformat() for i in range(days))
    }


# --------------------------------------------------------------------------- stale cards


def _stale_ranges(days: int) -> tuple[Any, Any]:
    """The cards held unsold for more than ``days`` days, as two ranges of the (status,
    assigned_at, added_date) index: ``COALESCE(assigned_at, added_date) < cutoff`` is cards
    assigned before the cutoff, plus cards without ``assigned_at`` added before it."""
    _check_int("days", days, 0, MAX_STALE_DAYS)
    cutoff = utcnow() - timedelta(days=days)
    held = SimCard.status == CARD_ASSIGNED
    return (
        held & (SimCard.assigned_at < cutoff),  # NULL is never < cutoff
        held & SimCard.assigned_at.is_null(True) & (SimCard.added_date < cutoff),
    )


def stale_cards(days: int, *, limit: int = 100) -> list[StaleCard]:
    """Cards held unsold in a shop for more than ``days`` days (since ``assigned_at``, or
    ``added_date`` when that is unknown), longest-held first.

    The first ``limit`` of each range come in index order (no sort of every stale card);
    the merged first ``limit`` are then read by id."""
    _check_int("limit", limit, 1, MAX_LIMIT)
    assigned_before, added_before = _stale_ranges(days)
    picks: list[tuple[datetime, int]] = []
    for since, where in ((SimCard.assigned_at, assigned_before),
                         (SimCard.added_date, added_before)):
        query = (SimCard.select(since, SimCard.id).where(where)
                 .order_by(since, SimCard.id).limit(limit))
        picks.extend((when, card_id) for when, card_id in query.tuples())
    chosen = [card_id for _, card_id in sorted(picks)[:limit]]
    if not chosen:
        return []
    query = (
        SimCard.select(
            SimCard.id,
            SimCard.code,
            SimCard.phone,
            SimCard.shop,
            SimCard.assigned_at,
            SimCard.added_date,
            Shop.name,
        )
        .join(Shop, pw.JOIN.LEFT_OUTER, on=(SimCard.shop == Shop.id))
        .where(SimCard.id.in_(chosen))
    )
    by_id = {row[0]: row for row in query.tuples()}
    now = utcnow()
    result = []
    for card_id in chosen:
        if card_id not in by_id:  # deleted between the two reads
            continue
        _, code, phone, shop_id, assigned_at, added_date, shop_name = by_id[card_id]
        held_since = assigned_at if assigned_at is not None else added_date
        result.append(
            StaleCard(
                simcard_id=card_id,
                code=code,
                phone=phone,
                shop_id=shop_id,
                shop_name=shop_name or "",
                since=held_since,
                days=(now - held_since).days,
            )
        )
    return result


def count_stale(days: int) -> int:
    """How many cards :func:`stale_cards` would list without a limit (two index ranges)."""
    return sum(int(SimCard.select(fn.COUNT(SQL("*"))).where(where).scalar() or 0)
               for where in _stale_ranges(days))
