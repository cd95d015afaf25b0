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
import functools
import itertools
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Final, Generic, TypeVar

import peewee

from simdesk.domain.simcards import (
    _LISTING_FIELDS,
    CARD_SORTS,
    CardFilter,
    CardListRow,
    card_list_rows,
    card_query,
    card_text_columns,
    card_text_rows,
    count_matching,
    listing_query,
)
from simdesk.errors import ValidationError
from simdesk.storage.db import change_state, current_database, is_sqlite
from simdesk.storage.models import MAX_ID, SimCard
from simdesk.storage.rows import numbered, pack, packed_rows, packed_select, rows_from

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
    return _cursor_text(order, getattr(row, _ROW_FIELD[order.key]), row.id)


def text_cursor_after(row: Sequence[Any], order: SortOrder) -> str:
    """The cursor of the page that follows ``row``, a row of :func:`page_text_rows` (its
    id as text first, its sort key as stored last).  The key is converted by its field's
    ``python_value``, as :class:`CardListRow`'s is: the same cursor as
    :func:`cursor_after` of that card, character for character."""
    value = row[-1]
    if value is not None:
        value = order.column.python_value(value)
    return _cursor_text(order, value, int(row[0]))


def _cursor_text(order: SortOrder, value: Any, card_id: int) -> str:
    if isinstance(value, datetime):
        value = value.isoformat()
    payload = json.dumps([order.name, value, card_id], separators=(",", ":"))
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


# ---------------------------------------------------------------- keyset segments


def after_segments(order: SortOrder, value: Any, card_id: Any) -> list[Any]:
    """The cards after (``value``, ``card_id``) in ``order`` — ``value`` as stored
    (:meth:`peewee.Field.db_value` of the Python value) — as WHERE terms of consecutive
    runs of the order, each one range of the sort's index: the cards tied on ``value`` after
    ``card_id``, then those past ``value``, and the NULLs where the database puts them
    (SQLite: smallest; PostgreSQL: largest).  One term with OR, or a row value
    ``(key, id) > (v, i)``, would make SQLite walk every tied card (a bulk add gives 100,000
    cards one added date)."""
    column = order.column
    ident = SimCard.id
    desc = order.descending

    def past_id(i: Any) -> Any:
        bound = peewee.Value(i, converter=False)
        return ident < bound if desc else ident > bound

    if order.key == "id":
        return [past_id(card_id)]
    nulls_last = desc == is_sqlite()
    if value is None:
        nulls = column.is_null() & past_id(card_id)
        return [nulls] if nulls_last or not order.nullable else [nulls, column.is_null(False)]
    bound = peewee.Value(value, converter=False)
    runs = [(column == bound) & past_id(card_id), column < bound if desc else column > bound]
    if order.nullable and nulls_last:
        runs.append(column.is_null())
    return runs


class _Slot:
    """A parameter of SQL made once and run many times, filled in at each run."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<{self.name}>"


VALUE, IDENT, SKIP, TAKE = _Slot("value"), _Slot("id"), _Slot("skip"), _Slot("take")
_SQL_CACHE_SIZE: Final = 1024
_sql_lock = threading.Lock()
_sql_made: OrderedDict[Hashable, tuple[str, list[Any]]] = OrderedDict()


def _run(key: Hashable, build: Callable[[], peewee.SelectBase], value: Any = None,
         ident: Any = None, skip: int = 0, take: int = 1) -> Any:
    """Run the query ``build`` makes — its SQL made by Peewee once per ``key`` (making it
    costs more than running it on an index) — with the slots filled in; a raw cursor."""
    db = current_database()
    key = (type(db).__name__, key)
    with _sql_lock:
        made = _sql_made.get(key)
        if made is not None:
            _sql_made.move_to_end(key)
    if made is None:
        made = build().sql()
        with _sql_lock:
            _sql_made[key] = made
            while len(_sql_made) > _SQL_CACHE_SIZE:
                _sql_made.popitem(last=False)
    sql, params = made
    fill = {id(VALUE): value, id(IDENT): ident, id(SKIP): skip, id(TAKE): take}
    return db.execute_sql(sql, [fill.get(id(p), p) if isinstance(p, _Slot) else p
                                for p in params])


_slot_terms: dict[tuple[SortOrder, bool, bool], list[Any]] = {}  # _Walk.terms, made once


@dataclass(frozen=True)
class _Walk:
    """The cards of one list after one position (or from its start): consecutive
    segments, each run by SQL made once.  Its rows are :class:`CardListRow`, or with
    ``text`` those of :func:`page_text_rows`."""

    flt: CardFilter
    order: SortOrder
    value: Any = None  # as stored
    ident: int | None = None  # None: from the start
    text: bool = False

    @property
    def kind(self) -> str:
        if self.ident is None:
            return "start"
        return "after-null" if self.value is None else "after"

    def terms(self) -> list[Any]:
        if self.ident is None:
            return [None]
        # With slots for the key and id, the terms depend only on the order, on whether the
        # key is NULL and on the database: made once (every page asks for them).
        key = (self.order, self.value is None, is_sqlite())
        terms = _slot_terms.get(key)
        if terms is None:
            terms = _slot_terms[key] = after_segments(
                self.order, None if self.value is None else VALUE, IDENT)
        return terms

    def _key(self, n: int, what: str) -> Hashable:
        return (self.flt, self.order.name, self.kind, n, what)

    def _listed(self, term: Any, columns: Sequence[Any]) -> peewee.Select:
        """The cards of segment ``term`` with their shop, ``columns`` selected, in order."""
        return _segment(listing_query(self.flt, sort=self.order.name), term).select(*columns)

    def _keyed(self, term: Any, columns: Sequence[Any]) -> peewee.Select:
        """The cards of segment ``term`` alone (the sort's index), ``columns`` selected."""
        return _segment(card_query(self.flt, sort=self.order.name), term).select(*columns)

    def _columns(self) -> Sequence[Any]:
        return (*card_text_columns(), self.order.column) if self.text else _LISTING_FIELDS

    def _read(self, cursor: Callable[[bool], Any]) -> list[Any]:
        """The rows of ``cursor(packed)``: packed in one step on SQLite in text mode, as
        :class:`CardListRow` otherwise."""
        if not self.text:
            return list(rows_from(cursor(False), _LISTING_FIELDS, CardListRow._make))
        if is_sqlite():  # the page in one step (storage.rows.packed_select)
            return packed_rows(lambda: cursor(True), lambda: cursor(False))
        return list(cursor(False).fetchall())

    def joined(self, what: str, member: Callable[[Any], peewee.Select], width: int,
               skip: int, take: int, *, packed: bool = False) -> Any:
        """SQLite: the cursor of ``take`` rows from ``skip`` on of every segment's rows one
        after another — ``member(term)`` gives a segment's ordered query, whose ``width``
        columns are named by ``storage.rows.numbered`` — in one statement.  Read a segment
        at a time, an offset page took up to five statements, and each of them lets go
        of the GIL and waits to take it back behind the other request threads.

        Segment n skips ``skip`` less the cards of the segments before it (each counted
        up to ``skip``): SQLite takes a negative OFFSET as none, so a page that starts in
        an earlier segment goes on from this one's first card.  ``UNION ALL`` runs its
        members one after the other, each in its own order, and the ``LIMIT`` ends the
        statement once ``take`` rows came (``tests/test_paging.py`` compares pages with
        plain ``OFFSET`` reads, with and without filters an index serves)."""
        terms = self.terms()

        def build() -> peewee.SelectBase:
            skips: list[Any] = [SKIP]
            left: Any = peewee.Value(SKIP, converter=False)
            for term in terms[:-1]:
                left = left - self.counting(term)
                skips.append(left)
            parts = [peewee.Select([member(term).limit(TAKE).offset(skipped)
                                    .alias(f"segment{n}")], [peewee.SQL("*")])
                     for n, (term, skipped) in enumerate(zip(terms, skips, strict=True))]
            joined = functools.reduce(lambda a, b: a.union_all(b), parts).limit(TAKE)
            joined = joined.bind(SimCard._meta.database)
            return pack(joined, width) if packed else joined

        key = self._key(-1, what + ("-packed" if packed else ""))
        return _run(key, build, self.value, self.ident, skip, take)

    def rows(self, n: int, term: Any, skip: int, take: int) -> list[Any]:
        columns = self._columns()

        def cursor(packed: bool) -> Any:
            def build() -> peewee.Select:
                query = self._listed(term, columns).limit(TAKE).offset(SKIP)
                return packed_select(query, columns) if packed else query

            what = "packed" if packed else "text" if self.text else "rows"
            return _run(self._key(n, what), build, self.value, self.ident, skip, take)

        return self._read(cursor)

    def counting(self, term: Any) -> peewee.Select:
        """SQL: how many cards the segment ``term`` holds, counting at most the SKIP
        slot's value (:func:`_run`'s ``skip``)."""
        sub = (self._keyed(term, [peewee.SQL("1")]).order_by().limit(SKIP)
               .alias("bounded"))
        return (peewee.Select([sub], [peewee.fn.COUNT(peewee.SQL("*"))])
                .bind(SimCard._meta.database))

    def count(self, n: int, term: Any, bound: int) -> int:
        """How many cards segment ``n`` holds, counting at most ``bound``."""
        cursor = _run(self._key(n, "count"), lambda: self.counting(term), self.value,
                      self.ident, bound)
        return int(cursor.fetchone()[0] or 0)

    def key_at(self, n: int, term: Any, skip: int) -> tuple[Any, int] | None:
        """(key as stored, id) of the card ``skip`` places into segment ``n``."""
        def build() -> peewee.Select:
            return (self._keyed(term, (self.order.column, SimCard.id))
                    .limit(1).offset(SKIP))
        row = _run(self._key(n, "key"), build, self.value, self.ident, skip).fetchone()
        return None if row is None else (row[0], int(row[1]))

    def skip(self, offset: int) -> tuple[int, list[Any], int]:
        """Past ``offset`` cards: the first segment left, the terms, the offset into it."""
        terms = self.terms()
        n = 0
        while offset and n < len(terms) - 1:
            held = self.count(n, terms[n], offset)
            if held >= offset:
                break
            offset -= held
            n += 1
        return n, terms, offset

    def page(self, offset: int, limit: int) -> list[Any]:
        """``limit`` cards from ``offset`` on.  On SQLite all segments in one statement
        (:meth:`joined`); elsewhere a segment at a time, one counted only when the page
        starts past its end."""
        terms = self.terms()
        if len(terms) > 1 and is_sqlite():
            columns = self._columns()

            def member(term: Any) -> peewee.Select:
                return self._listed(term, numbered(columns))

            what = "text" if self.text else "rows"
            return self._read(lambda packed: self.joined(
                what, member, len(columns), offset, limit, packed=packed))
        rows: list[Any] = []
        for m, term in enumerate(terms):
            got = self.rows(m, term, offset, limit - len(rows))
            if offset and not got:
                offset -= self.count(m, term, offset)
                continue
            rows += got
            offset = 0
            if len(rows) >= limit:
                break
        return rows

    def stream(self, offset: int) -> Iterator[Any]:
        """Every card from ``offset`` on (the first query runs before this returns)."""
        n, terms, offset = self.skip(offset)
        base = listing_query(self.flt, sort=self.order.name)
        if self.ident is not None:
            value = self.value
            terms = after_segments(self.order, value, self.ident)
        read: Callable[[peewee.Select], Iterator[Any]] = (
            card_text_rows if self.text else card_list_rows)
        first = read(_segment(base, terms[n]).offset(offset or None))
        rest = (row for term in terms[n + 1:] for row in read(_segment(base, term)))
        return itertools.chain(first, rest)

    def key_after(self, offset: int) -> tuple[Any, int] | None:
        """(key as stored, id) of the card ``offset`` places on.  On SQLite all segments
        in one statement (:meth:`joined`); elsewhere a segment at a time, one counted only
        when the card lies past its end."""
        terms = self.terms()
        if len(terms) > 1 and is_sqlite():
            def member(term: Any) -> peewee.Select:
                return self._keyed(term, numbered((self.order.column, SimCard.id)))

            row = self.joined("key", member, 2, offset, 1).fetchone()
            return None if row is None else (row[0], int(row[1]))
        for m in range(len(terms)):
            found = self.key_at(m, terms[m], offset)
            if found is not None:
                return found
            offset -= self.count(m, terms[m], offset)
        return None


def _segment(query: peewee.Select, term: Any) -> peewee.Select:
    return query if term is None else query.where(term)


# ---------------------------------------------------------------- caches

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class StateCache(Generic[K, V]):
    """Values per key, valid while :func:`change_state` is unchanged; at most ``size``
    (least recently used go first).  Shared by every thread; one value is built at a time
    (eight threads asking for the same total after a write count once)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._build = threading.Lock()
        self._entries: OrderedDict[K, tuple[Any, V]] = OrderedDict()

    def _get(self, key: K, state: Any) -> V | None:
        with self._lock:
            hit = self._entries.get(key)
            if hit is None:
                return None
            if hit[0] != state:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return hit[1]

    def get(self, key: K, build: Callable[[], V]) -> V:
        """The value for ``key``, built by ``build`` when the database changed since."""
        state = change_state()
        if state is None:
            return build()
        found = self._get(key, state)
        if found is not None:
            return found
        with self._build:
            state = change_state()  # read before the data the value is built from
            found = self._get(key, state)
            if found is None:
                found = build()
                with self._lock:
                    self._entries[key] = (state, found)
                    while len(self._entries) > self.size:
                        self._entries.popitem(last=False)
            return found

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class Anchors:
    """(key as stored, id) of the ANCHOR_EVERY-th, 2×ANCHOR_EVERY-th … card of one list,
    read as far as a request needed (a jump of ANCHOR_EVERY cards along the sort's index per
    anchor), so the first deep page after a write costs about one plain ``OFFSET``."""

    def __init__(self, flt: CardFilter, order: SortOrder) -> None:
        self.flt = flt
        self.order = order
        self.marks: list[tuple[Any, int]] = []
        self.complete = False
        self.lock = threading.Lock()

    def at(self, index: int) -> tuple[Any, int] | None:
        """Anchor ``index`` (1: the ANCHOR_EVERY-th card), None past the end."""
        with self.lock:
            if not self.marks and not self.complete and not _indexed(self.flt, self.order):
                # No index gives this order: each jump would sort the whole list again;
                # one sorted pass reads every anchor instead.
                self.marks = self._one_pass()
                self.complete = True
            while len(self.marks) < index and not self.complete:
                mark = self._jump()
                if mark is None:
                    self.complete = True
                else:
                    self.marks.append(mark)
            return self.marks[index - 1] if index <= len(self.marks) else None

    def _query(self) -> peewee.Select:
        return card_query(self.flt, sort=self.order.name).select(self.order.column,
                                                                 SimCard.id)

    def _one_pass(self) -> list[tuple[Any, int]]:
        cursor = current_database().execute(self._query())
        return [(k, int(i)) for k, i in
                itertools.islice(cursor, ANCHOR_EVERY - 1, None, ANCHOR_EVERY)]

    def _jump(self) -> tuple[Any, int] | None:
        walk = (_Walk(self.flt, self.order, *self.marks[-1]) if self.marks
                else _Walk(self.flt, self.order))
        return walk.key_after(ANCHOR_EVERY - 1)


_counts: StateCache[CardFilter, int] = StateCache(256)
_anchors: StateCache[tuple[CardFilter, str], Anchors] = StateCache(32)


def total(flt: CardFilter) -> int:
    """How many cards match ``flt`` — counted once and kept until the next write."""
    return _counts.get(flt, lambda: count_matching(flt))


def page_rows(
    flt: CardFilter,
    sort: str,
    *,
    limit: int | None,
    offset: int = 0,
    after: str | None = None,
) -> Iterator[CardListRow]:
    """One page of :func:`listing_query` (all the rest when ``limit`` is None): after the
    cursor ``after`` (``""``: from the start), or from ``offset`` — through an anchor when it
    is deep, on SQLite, whose anchors follow every write (another program's within
    ``storage.db.WATCH_SECONDS``).  The first query runs before this
    returns (a failure comes before an answer starts)."""
    return _pages(flt, sort, limit, offset, after, text=False)


def page_text_rows(
    flt: CardFilter,
    sort: str,
    *,
    limit: int | None,
    offset: int = 0,
    after: str | None = None,
) -> Iterator[Sequence[Any]]:
    """The cards of :func:`page_rows` as plain rows (tuples; lists when a page came packed
    from SQLite) of ``simcards.card_text_rows``'s columns (``CARD_TEXT_KEYS``: no
    conversion per row; ``serialize.card_text_dicts`` renders them).  A page's rows
    (``limit`` given) have one more column at the end, the sort key as stored, for
    :func:`text_cursor_after` (``row[:-1]`` are the text columns); a stream's (``limit``
    None) have the text columns only."""
    return _pages(flt, sort, limit, offset, after, text=True)


def _pages(flt: CardFilter, sort: str, limit: int | None, offset: int, after: str | None,
           *, text: bool) -> Iterator[Any]:
    order = sort_order(sort)
    walk = _Walk(flt, order, text=text)
    if after:
        cursor = parse_cursor(after, order)
        value = cursor.value
        if value is not None and order.key != "id":
            value = order.column.db_value(value)
        walk = _Walk(flt, order, value, cursor.id, text)
    elif offset >= ANCHOR_EVERY and change_state() is not None:
        marks = _anchors.get((flt, order.name), lambda: Anchors(flt, order))
        mark = marks.at(offset // ANCHOR_EVERY)
        if mark is None:
            return iter(())
        walk = _Walk(flt, order, *mark, text)
        offset %= ANCHOR_EVERY
    if limit is None:
        return walk.stream(offset)
    if offset and _indexed(flt, order):
        # OFFSET on the page's own query reads every skipped card's row (and its shop);
        # the sort's index alone finds the card before the page, and the page follows it.
        mark = walk.key_after(offset - 1)
        if mark is None:
            return iter(())
        walk, offset = replace(walk, value=mark[0], ident=mark[1]), 0
    return iter(walk.page(offset, limit))


_indexed_orders: dict[tuple[str, CardFilter, str], bool] = {}


def _indexed(flt: CardFilter, order: SortOrder) -> bool:
    """Whether the database reads ``order`` (with ``flt``) from an index, without a sort of
    its own (SQLite's plan; assumed on PostgreSQL).  Kept per filter and order."""
    db = current_database()
    key = (type(db).__name__, flt, order.name)
    found = _indexed_orders.get(key)
    if found is None:
        found = True
        if is_sqlite(db):
            query = card_query(flt, sort=order.name).select(order.column, SimCard.id)
            sql, params = query.limit(1).sql()
            # On the connection itself: Database.execute_sql would count it as a write.
            plan = db.connection().execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            found = not any("TEMP B-TREE" in str(row[-1]) for row in plan)
        if len(_indexed_orders) > 1024:
            _indexed_orders.clear()
        _indexed_orders[key] = found
    return found
