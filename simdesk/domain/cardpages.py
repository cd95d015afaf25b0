"""Pages of the card list at a million cards: keyset cursors, cached totals, page anchors.

* **Cursors** (``after``): an opaque token — URL-safe base64 of ``[sort, key, id]`` of the
  last card of a page.  The next page is the cards after that (sort key, id) pair in the
  sort order: an index range, however deep into the list (no ``OFFSET``).
* **Totals** (``X-Total-Count``): counted once per filter and kept while the database does
  not change (:func:`simdesk.storage.db.change_state`: every write, by this process or
  another, invalidates them).
* **Anchors** for ``offset``: per (filter, sort) the sort key of every
  :data:`ANCHOR_EVERY`-th card, read in one pass over the sort's index and kept until the
  next write; offset N starts from anchor N // ANCHOR_EVERY with a keyset predicate and an
  ``OFFSET`` below ANCHOR_EVERY — the same rows as ``OFFSET N``, at the cost of a small one.

NULLs (cards never sold or never checked) sort as the database sorts them: first in an
ascending SQLite order, last in an ascending PostgreSQL order (descending: the reverse); the
keyset predicate follows the database's rule, so a walk over every page meets each card once.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Generic, TypeVar

import peewee

from simdesk.domain.simcards import (
    CARD_SORTS,
    CardFilter,
    CardListRow,
    card_query,
    count_matching,
    listing_query,
)
from simdesk.errors import ValidationError
from simdesk.storage.db import change_state, is_sqlite
from simdesk.storage.models import MAX_ID, SimCard

ANCHOR_EVERY: Final = 1000  # cards between two anchors
MAX_CURSOR: Final = 400  # characters of a cursor; longer ones are refused unread

# Each sort key's column in CardListRow (the last row of a page gives the next cursor).
_ROW_FIELD: Final = {
    "id": "id", "code": "code", "status": "status",
    "addedDate": "added_date", "added_date": "added_date",
    "saleDate": "sale_date", "sale_date": "sale_date",
    "lastChecked": "last_checked", "last_checked": "last_checked",
}
# The name a cursor records (aliases give the same order).
_CANONICAL: Final = {
    "id": "id", "code": "code", "status": "status",
    "addedDate": "addedDate", "added_date": "addedDate",
    "saleDate": "saleDate", "sale_date": "saleDate",
    "lastChecked": "lastChecked", "last_checked": "lastChecked",
}


@dataclass(frozen=True)
class SortOrder:
    key: str  # canonical name, e.g. "addedDate"
    descending: bool

    @property
    def column(self) -> Any:
        return CARD_SORTS[self.key]

    @property
    def name(self) -> str:
        return ("-" if self.descending else "") + self.key

    @property
    def nullable(self) -> bool:
        return bool(self.column.null)


def sort_order(sort: str) -> SortOrder:
    """The order ``sort`` names (validated as :func:`card_query` does)."""
    key = sort.lstrip("-")
    if key not in CARD_SORTS or sort.count("-") > 1:
        raise ValidationError.for_field(
            "sort", f"must be one of: {', '.join(CARD_SORTS)} (prefix - for descending)")
    return SortOrder(_CANONICAL[key], sort.startswith("-"))


# ---------------------------------------------------------------- cursors


@dataclass(frozen=True)
class Cursor:
    """The position after one card in one order: its sort key (the Python value) and id."""

    sort: SortOrder
    value: Any
    id: int


def cursor_after(row: CardListRow, order: SortOrder) -> str:
    """The cursor of the page that follows ``row``."""
    value = getattr(row, _ROW_FIELD[order.key])
    if isinstance(value, datetime):
        value = value.isoformat()
    payload = json.dumps([order.name, value, row.id], separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode("utf-8")).decode("ascii").rstrip("=")


def _bad_cursor(reason: str) -> ValidationError:
    return ValidationError.for_field(
        "after", f"{reason}; use the cursor from the Link header's rel=\"next\" as it is, or "
        "leave 'after' out to start from the first page")


def parse_cursor(text: str, order: SortOrder) -> Cursor:
    """The cursor ``text`` (from a ``Link`` header) for a request sorted by ``order``; a
    cursor that is not one of ours, or made for another sort, is a 422."""
    if not text or len(text) > MAX_CURSOR or not text.isascii():
        raise _bad_cursor("is not a page cursor")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        payload = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError):
        raise _bad_cursor("is not a page cursor") from None
    if not (isinstance(payload, list) and len(payload) == 3 and isinstance(payload[0], str)):
        raise _bad_cursor("is not a page cursor")
    name, value, card_id = payload
    if name != order.name:
        raise _bad_cursor(f"was made for sort={name!r}, not sort={order.name!r}: repeat the "
                          "request with that sort")
    if type(card_id) is not int or not 0 < card_id < MAX_ID:
        raise _bad_cursor("is not a page cursor (its card id is wrong)")
    return Cursor(order, _cursor_value(value, order, card_id), card_id)


def _cursor_value(value: Any, order: SortOrder, card_id: int) -> Any:
    if value is None and order.nullable:
        return None
    column = order.column
    if isinstance(column, peewee.DateTimeField):
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                pass
        raise _bad_cursor("is not a page cursor (its date is wrong)")
    if isinstance(column, peewee.AutoField):
        if value == card_id and type(value) is int:
            return value
        raise _bad_cursor("is not a page cursor (its id is wrong)")
    if isinstance(value, str) and len(value) <= 64:
        return value
    raise _bad_cursor("is not a page cursor (its key is wrong)")


# ---------------------------------------------------------------- keyset predicate


def after_key(order: SortOrder, value: Any, card_id: int) -> Any:
    """The WHERE term selecting the cards after (``value``, ``card_id``) — a value as stored
    (:meth:`peewee.Field.db_value` of the Python value) — in ``order``, with the database's
    place for NULLs.  Row values ``(key, id) > (v, i)`` let the sort's index seek."""
    column = order.column
    ident = SimCard.id
    if order.key == "id":
        return ident < value if order.descending else ident > value
    pair = peewee.Tuple(column, ident)
    # Where NULLs sit: SQLite takes NULL as the smallest value, PostgreSQL as the largest.
    nulls_last = order.descending == is_sqlite()
    if not order.nullable:
        bound = peewee.Tuple(peewee.Value(value), peewee.Value(card_id))
        return pair < bound if order.descending else pair > bound
    if value is None:
        among_nulls = column.is_null() & (ident < card_id if order.descending
                                           else ident > card_id)
        # Past the NULLs there is nothing when they come last; else every non-NULL card.
        return among_nulls if nulls_last else (among_nulls | column.is_null(False))
    bound = peewee.Tuple(peewee.Value(value), peewee.Value(card_id))
    after = pair < bound if order.descending else pair > bound
    return (after | column.is_null()) if nulls_last else after


def cursor_where(cursor: Cursor) -> Any:
    value = cursor.value
    if value is not None and cursor.sort.key != "id":
        value = cursor.sort.column.db_value(value)
    return after_key(cursor.sort, value, cursor.id)


# ---------------------------------------------------------------- caches

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class StateCache(Generic[K, V]):
    """Values per key, valid while :func:`change_state` is unchanged; at most ``size``
    (least recently used go first).  Shared by every thread."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[K, tuple[Any, V]] = OrderedDict()

    def get(self, key: K, state: Any) -> V | None:
        if state is None:
            return None
        with self._lock:
            hit = self._entries.get(key)
            if hit is None:
                return None
            if hit[0] != state:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return hit[1]

    def put(self, key: K, state: Any, value: V) -> None:
        if state is None:
            return
        with self._lock:
            self._entries[key] = (state, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_counts: StateCache[CardFilter, int] = StateCache(256)
_anchors: StateCache[tuple[CardFilter, str], list[tuple[Any, int]]] = StateCache(32)


def total(flt: CardFilter) -> int:
    """How many cards match ``flt`` — counted once and kept until the next write."""
    state = change_state()
    count = _counts.get(flt, state)
    if count is None:
        count = count_matching(flt)
        _counts.put(flt, state, count)
    return count


def _read_anchors(flt: CardFilter, order: SortOrder) -> list[tuple[Any, int]]:
    """(key as stored, id) of the ANCHOR_EVERY-th, 2×ANCHOR_EVERY-th … card in ``order``:
    one pass over the sort's index, numbered by ``ROW_NUMBER()``."""
    column = order.column
    ordering = card_query(flt, sort=order.name)._order_by
    numbered = (card_query(flt, sort=order.name)
                .select(column.alias("k"), SimCard.id.alias("i"),
                        peewee.fn.ROW_NUMBER().over(order_by=ordering).alias("n"))
                .order_by())
    sub = numbered.alias("numbered")
    query = (peewee.Select([sub], [sub.c.k, sub.c.i])
             # (Peewee's % is LIKE: the SQL operator is spelled out.)
             .where(peewee.NodeList((sub.c.n, peewee.SQL("%"), ANCHOR_EVERY)) == 0)
             .order_by(sub.c.n)
             .bind(SimCard._meta.database))
    return [(k, int(i)) for k, i in query.tuples()]


def anchors(flt: CardFilter, order: SortOrder) -> list[tuple[Any, int]]:
    state = change_state()
    key = (flt, order.name)
    found = _anchors.get(key, state)
    if found is None:
        found = _read_anchors(flt, order)
        _anchors.put(key, state, found)
    return found


def page_query(
    flt: CardFilter,
    sort: str,
    *,
    limit: int | None,
    offset: int = 0,
    after: str | None = None,
) -> peewee.Select:
    """The :func:`listing_query` of one page: after the cursor ``after`` (``""``: from the
    start), or from
    ``offset`` (through an anchor when it is deep, on SQLite — whose anchors follow writes);
    read it with :func:`simcards.card_list_rows`."""
    order = sort_order(sort)
    query = listing_query(flt, sort=sort)
    if after:
        query = query.where(cursor_where(parse_cursor(after, order)))
    elif offset >= ANCHOR_EVERY and change_state() is not None:
        marks = anchors(flt, order)
        index = offset // ANCHOR_EVERY
        if index > len(marks):
            return query.where(peewee.SQL("0 = 1"))
        value, card_id = marks[index - 1]
        query = query.where(after_key(order, value, card_id))
        offset -= index * ANCHOR_EVERY
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return query
