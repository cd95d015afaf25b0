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

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

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
    converters = [(n, f.python_value) for n, f in enumerate(fields) if not _as_stored(f)]
    cursor = current_database().execute(query.select(*fields))
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


def returning_supported(db: peewee.Database | None = None) -> bool:
    """Whether ``INSERT … RETURNING`` works: PostgreSQL, and SQLite from 3.35 on (the
    library Python was built with; older ones refuse the clause)."""
    if is_sqlite(db or current_database()):
        return sqlite3.sqlite_version_info >= (3, 35, 0)
    return True


def insert_rows(model: type[peewee.Model], fields: Sequence[Any],
                rows: Sequence[Sequence[Any]], *,
                progress: Callable[[int, int], None] | None = None,
                returning: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Insert ``rows`` (tuples of values in the order of ``fields``, already as the driver
    takes them: ISO text for SQLite timestamps) into ``model``'s table, ``INSERT_CHUNK``
    rows per statement.  Call inside a write transaction.  Some 40 % quicker than one
    ``executemany`` on SQLite, and a statement per 500 rows instead of one per row on
    PostgreSQL; building the same statements with Peewee costs seconds for 100,000 rows.
    ``progress(done, total)`` is told the rows inserted after each statement.

    With ``returning`` (fields; only where :func:`returning_supported`) the statements end
    in ``RETURNING`` those columns, and their values for every inserted row are returned —
    in no promised order (neither SQLite nor PostgreSQL promises the rows' order): return
    a column that tells the rows apart, such as a unique code, beside the generated id."""
    if not rows:
        return []
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
    back: list[tuple[Any, ...]] = []
    for start in range(0, len(rows), INSERT_CHUNK):
        part = rows[start : start + INSERT_CHUNK]
        sql = full if len(part) == INSERT_CHUNK else head + ", ".join([one] * len(part)) + tail
        cursor.execute(sql, [value for row in part for value in row])
        if returning:
            back.extend(cursor.fetchall())
        if progress is not None:
            progress(start + len(part), len(rows))
    return back
