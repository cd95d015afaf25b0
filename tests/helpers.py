"""Small builders shared by the tests."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import peewee
import pytest

from simdesk.domain.codes import expand_range, luhn_check_digit


def iccid(n: int, prefix: str = "8999801") -> str:
    """The n-th valid 19-digit ICCID of a test pack."""
    body = prefix + str(n).zfill(18 - len(prefix))
    return body + luhn_check_digit(body)


def pack(count: int, start: int = 0) -> list[str]:
    return expand_range(iccid(start), count=count)


@contextmanager
def sql_statements() -> Iterator[list[str]]:
    """The SQL statements peewee sends inside the block (each ``executemany`` of a raw cursor
    is not one of them): a count that no machine's load changes, where wall time would."""
    seen: list[str] = []
    original = peewee.Database.execute_sql

    def recording(self: peewee.Database, sql: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(sql)
        return original(self, sql, *args, **kwargs)

    peewee.Database.execute_sql = recording
    try:
        yield seen
    finally:
        peewee.Database.execute_sql = original


def add_cards(count: int, start: int = 0, *, assigned: bool = True) -> list[int]:
    """``count`` cards of the test pack from ``start``, in a new shop of their own unless
    ``assigned`` is False; their ids in pack order."""
    from simdesk.domain import shops, simcards

    shop = shops.create_shop({"name": f"Shop {start}", "region": "Navoiy viloyati"})
    codes = pack(count, start)
    res = simcards.bulk_add(simcards.entries_from_codes(codes),
                            shop_id=shop.id if assigned else None, source="cli")
    return [res.created_ids[c] for c in codes]


def stock_cards(count: int, start: int = 0) -> list[int]:
    """``count`` cards of the test pack from ``start``, in stock; their ids in pack order."""
    from simdesk.domain import simcards

    result = simcards.bulk_add(simcards.entries_from_codes(pack(count, start)), source="cli")
    return [result.created_ids[r.code] for r in result.created]


def make_shop(name: str = "Chilonzor 1") -> int:
    from simdesk.domain import shops

    return int(shops.create_shop({"name": name, "region": "Toshkent shahri"}).id)


@pytest.fixture(autouse=True)
def uzbekistan_time() -> Iterator[None]:
    """Run in UTC+5 without DST, so that local and UTC dates and times really differ.  A
    test module imports it to have it for every one of its tests."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UZT-5"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()
