"""Query results read straight into named rows (``NamedTuple``s), cheaply.

Peewee's ``.tuples()`` calls a Python converter for every value of every row (``int`` on
an int, ``str`` on a str …): most of the time of a 100,000-row list.  :func:`read_rows`
converts only the columns whose stored value is not already the Python value — timestamps
(ISO text in SQLite), booleans (0/1 in SQLite) and the like — with the field's own
``python_value``, and builds each row with ``make`` (a NamedTuple's ``_make``).

:func:`insert_rows` is the way back for the long writes (a bulk add, its status-log rows):
plain value tuples in multi-row INSERTs, without Peewee's query builder — they run while
the database's write lock is held, which every other writer waits for.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any, NamedTuple, TypeVar

import orjson
import peewee

from simdesk.storage.db import current_database, is_sqlite, placeholder

T = TypeVar("T")

INSERT_CHUNK = 500  # rows per INSERT statement (12 columns: 6,000 parameters, far below limits)

# Fields whose values SQLite (by column affinity) and PostgreSQL already give as Python
# ints and strs, exactly what the field's python_value would return.
_AS_STORED = (peewee.IntegerField, peewee.CharField, peewee.TextField)


def _as_stored(field: Any) -> bool:
    if isinstance(field, peewee.ForeignKeyField):
        return _as_stored(field.rel_field)
    return isinstance(field, _AS_STORED)


def read_rows(
    query: peewee.Select, fields: Sequence[Any], make: Callable[[Sequence[Any]], T]
) -> Iterator[T]:
    """The rows of ``query`` with ``fields`` selected (in that order; its filter, joins,
    order and paging kept), each built by ``make`` from its values, read in one pass."""
    return rows_from(current_database().execute(query.select(*fields)), fields, make)


def rows_from(
    cursor: Any, fields: Sequence[Any], make: Callable[[Sequence[Any]], T]
) -> Iterator[T]:
    """The rows of a raw cursor whose columns are ``fields``, as :func:`read_rows` reads
    them (for SQL made once and run many times)."""
    converters = [(n, f.python_value) for n, f in enumerate(fields) if not _as_stored(f)]
    if not converters:
        return map(make, cursor)
    return _converted(cursor, converters, make)


def _converted(
    cursor: Any, converters: list[tuple[int, Callable[[Any], Any]]],
    make: Callable[[Sequence[Any]], T],
) -> Iterator[T]:
    for raw in cursor:
        values = list(raw)
        for n, convert in converters:
            value = values[n]
            if value is not None:
                values[n] = convert(value)
        yield make(values)


def timestamp_text(field: Any) -> Any:
    """SQL for the naive-UTC timestamp ``field`` as text ``YYYY-MM-DD HH:MM:SS`` (maybe
    with a fraction), NULL for NULL: SQLite's stored text as it is (no work per row),
    PostgreSQL's ``to_char``.  ``LocalTime.text`` turns it into local time cheaply."""
    if is_sqlite():
        return field
    return peewee.fn.to_char(field, "YYYY-MM-DD HH24:MI:SS")


def as_text(field: Any) -> Any:
    """SQL for ``field`` as text (ids as the web app's strings), NULL for NULL."""
    return peewee.Cast(field, "TEXT")


def raw_rows(query: peewee.Select, columns: Sequence[Any]) -> Any:
    """The DB-API cursor of ``query`` with ``columns`` selected (its filter, joins, order
    and paging kept): plain tuples of the driver's values, no conversion at all.  Iterate
    it or ``fetchmany`` it; nothing is kept."""
    return current_database().execute(query.select(*columns))


_COMPILED: dict[Hashable, tuple[str, list[Any]]] = {}
COMPILED_MAX = 256  # statements kept (a few bytes each); all dropped when full


def cached_sql_rows(key: Hashable, build: Callable[[], peewee.Query]) -> Any:
    """The cursor of the query ``build()`` returns, whose SQL (text and parameters) is
    kept under ``key`` and the database's kind: building SQL with Peewee costs more than
    running a small query (about 2 ms for the shop list).  ``key`` must hold everything
    the query depends on (its filter, sort, paging, local offset)."""
    db = current_database()
    full = (type(db).__name__, key)
    hit = _COMPILED.get(full)
    if hit is None:
        sql, params = build().sql()
        hit = (sql, list(params))
        if len(_COMPILED) >= COMPILED_MAX:
            _COMPILED.clear()
        _COMPILED[full] = hit
    return db.execute_sql(hit[0], hit[1])


class Same(NamedTuple):
    """A column of :func:`insert_columns` with the same value in every row."""

    value: Any


def insert_rows(model: type[peewee.Model], fields: Sequence[Any],
                rows: Sequence[Sequence[Any]], *,
                progress: Callable[[int, int], None] | None = None) -> None:
    """Insert ``rows`` (tuples of values in the order of ``fields``, already as the driver
    takes them: ISO text for SQLite timestamps) into ``model``'s table, ``INSERT_CHUNK``
    rows per statement.  Call inside a write transaction.  Some 40 % quicker than one
    ``executemany`` on SQLite, and a statement per 500 rows instead of one per row on
    PostgreSQL; building the same statements with Peewee costs seconds for 100,000 rows.
    ``progress(done, total)`` is told the rows inserted after each statement."""

    def values(start: int, end: int) -> list[Any]:
        return [value for row in rows[start:end] for value in row]

    _insert(model, fields, len(rows), values, progress)


def insert_columns(model: type[peewee.Model], columns: Sequence[tuple[Any, Any]],
                   count: int, *, key: Any = None,
                   progress: Callable[[int, int], None] | None = None) -> list[int]:
    """:func:`insert_rows` for values given by column: ``columns`` pairs each field with
    its ``count`` values (a sequence) or with :class:`Same` (one value for every row).  The
    parameters of each statement are laid out by slice assignment, a column at a time, with
    no tuple per row: for 100,000 cards that differ only in their code, a tenth of the time
    of building and flattening rows.

    With ``key`` (a unique field among ``columns``) the new rows' ids are returned, in row
    order, without reading the rows back:

    * SQLite gives the rows of a multi-row INSERT consecutive rowids in order (each one more
      than the largest in the table, and no one else writes while the transaction holds the
      write lock): each statement's ids end at its ``lastrowid``.  That is checked by
      reading the ids of every statement's first and last row by ``key`` (one query for
      all); should it ever disagree (once the largest rowid is taken SQLite picks them at
      random) every id is read by ``key``.
    * Elsewhere (PostgreSQL) the statements end in ``RETURNING key, id`` and the ids are
      matched by key: no order of the returned rows is promised there.

    Without ``key`` nothing is returned (an empty list)."""
    fields = [f for f, _ in columns]
    width = len(fields)
    constant: dict[int, list[Any]] = {}

    def values(start: int, end: int) -> list[Any]:
        size = end - start
        params: list[Any] = [None] * (size * width)
        for place, (_, column) in enumerate(columns):
            if isinstance(column, Same):
                if column.value is not None:
                    if len(constant.setdefault(place, [])) != size:
                        constant[place] = [column.value] * size
                    params[place::width] = constant[place]
            else:
                params[place::width] = column[start:end]
        return params

    if key is None:
        _insert(model, fields, count, values, progress)
        return []
    keys: Sequence[Any] = next(c for f, c in columns if f is key)
    primary = model._meta.primary_key
    if not is_sqlite():
        back, _ = _insert(model, fields, count, values, progress, returning=(key, primary))
        by_key = dict(back)
        return list(map(by_key.__getitem__, keys))
    _, lasts = _insert(model, fields, count, values, progress)
    ids: list[int] = []
    probes: list[int] = []
    for n, last in enumerate(lasts):
        start = n * INSERT_CHUNK
        size = min(INSERT_CHUNK, count - start)
        ids.extend(range(last - size + 1, last + 1))
        probes += (start, start + size - 1)
    stored = dict(ids_by_key(model, key, [keys[n] for n in probes]))
    if all(stored.get(keys[n]) == ids[n] for n in probes):
        return ids
    by_key = dict(ids_by_key(model, key, keys))
    return list(map(by_key.__getitem__, keys))


def ids_by_key(model: type[peewee.Model], key: Any,
               keys: Sequence[Any]) -> list[tuple[Any, int]]:
    """(key, id) of the rows of ``model`` whose unique ``key`` field is among ``keys``.
    Raw SQL, ``INSERT_CHUNK`` keys a query: building 100,000 parameters through Peewee's
    query builder costs seconds, the queries themselves milliseconds."""
    db = current_database()
    mark = placeholder(db)
    cursor = db.cursor()
    # Only names from the model and placeholders go into the text; the keys are parameters.
    head = (f'SELECT "{key.column_name}", "{model._meta.primary_key.column_name}" '
            f'FROM "{model._meta.table_name}" WHERE "{key.column_name}" IN (')  # nosec B608
    found: list[tuple[Any, int]] = []
    for start in range(0, len(keys), INSERT_CHUNK):
        part = keys[start : start + INSERT_CHUNK]
        cursor.execute(head + ", ".join([mark] * len(part)) + ")", list(part))
        found.extend(cursor.fetchall())
    return found


def _insert(model: type[peewee.Model], fields: Sequence[Any], count: int,
            values: Callable[[int, int], list[Any]],
            progress: Callable[[int, int], None] | None,
            returning: Sequence[Any] = ()) -> tuple[list[tuple[Any, ...]], list[int]]:
    """The INSERTs of ``count`` rows, ``values(start, end)`` giving each statement's
    parameters: (the ``returning`` columns of every row, each statement's ``lastrowid``)."""
    back: list[tuple[Any, ...]] = []
    lasts: list[int] = []
    if not count:
        return back, lasts
    db = current_database()
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    one = "(" + ", ".join([placeholder(db)] * len(fields)) + ")"
    # Table and column names come from the model, values go as parameters.
    head = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES '  # nosec B608
    tail = ""
    if returning:
        tail = " RETURNING " + ", ".join(f'"{f.column_name}"' for f in returning)
    full = head + ", ".join([one] * INSERT_CHUNK) + tail
    cursor = db.cursor()
    for start in range(0, count, INSERT_CHUNK):
        end = min(start + INSERT_CHUNK, count)
        size = end - start
        sql = full if size == INSERT_CHUNK else head + ", ".join([one] * size) + tail
        cursor.execute(sql, values(start, end))
        if returning:
            back.extend(cursor.fetchall())
        else:
            lasts.append(cursor.lastrowid)
        if progress is not None:
            progress(end, count)
    return back, lasts


def packed_select(query: peewee.Select, columns: Sequence[Any]) -> peewee.Select:
    """SQLite: ``query`` (its filter, order and paging kept) with ``columns`` selected, as
    one row holding every row as one JSON text ``[[c0, c1, …], …]`` — read with
    :func:`unpack`.  Python's ``sqlite3`` lets go of the GIL for every row it steps to; with
    a few API threads asking at once, each of those hand-overs costs a switch between
    threads, and a page of 50 rows read row by row made two threads 3-4 times slower than
    one.  One step per page instead (the rows keep the subquery's order: SQLite runs an
    ordered, limited subquery as a co-routine and aggregates in the order it yields).
    Values come back as JSON has them: text, integers, None (no REAL or BLOB columns)."""
    return pack(query.select(*numbered(columns)), len(columns))


def numbered(columns: Sequence[Any]) -> list[Any]:
    """``columns`` named c0, c1, … (what :func:`pack` reads)."""
    return [column.alias(f"c{n}") for n, column in enumerate(columns)]


def pack(query: peewee.SelectBase, width: int) -> peewee.Select:
    """:func:`packed_select` of a query (a compound one too) whose ``width`` columns are
    already named c0, c1, … (:func:`numbered`)."""
    page = query.alias("packed")
    items = [getattr(page.c, f"c{n}") for n in range(width)]
    packed = peewee.Select([page], [peewee.fn.json_group_array(peewee.fn.json_array(*items))])
    return packed.bind(query._database)  # its SQL as that database writes it (LIMIT -1)


def packed_rows(packed: Callable[[], Any], plain: Callable[[], Any]) -> list[Any]:
    """The rows of the cursor ``packed()`` returns (a :func:`packed_select`'s), as lists;
    when the packing itself fails (a BLOB value, an SQLite built without JSON) the rows of
    the cursor ``plain()`` returns (the same query unpacked), read one by one."""
    try:
        row = packed().fetchone()
    except peewee.OperationalError as exc:
        text = str(exc).lower()
        if "json" not in text and "blob" not in text:
            raise
        return list(plain().fetchall())
    return orjson.loads(row[0]) if row is not None and row[0] is not None else []
