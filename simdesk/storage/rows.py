"""Query results read straight into named rows (``NamedTuple``s), cheaply.

Peewee's ``.tuples()`` calls a Python converter for every value of every row (``int`` on
an int, ``str`` on a str …): most of the time of a 100,000-row list.  :func:`read_rows`
converts only the columns whose stored value is not already the Python value — timestamps
(ISO text in SQLite), booleans (0/1 in SQLite) and the like — with the field's own
``python_value``, and builds each row with ``make`` (a NamedTuple's ``_make``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import peewee

from simdesk.storage.db import current_database

T = TypeVar("T")

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
