"""The list read paths of issue 12: /shops in a constant number of statements, the streamed
card list equal to the paged one, times as the old formatting wrote them."""

from __future__ import annotations

from datetime import datetime

import orjson
import pytest
import requests

from simdesk.api.core import dumps
from simdesk.api.serialize import LocalTime
from simdesk.domain import shops, simcards
from simdesk.storage.models import Shop, SimCard
from tests.conftest import WEBAPP_HEADERS
from tests.helpers import (
    pack,
    sql_statements,
    uzbekistan_time,  # noqa: F401  (autouse: UTC+5 here)
)

T = 10



def _shop_statements(apis, query: str) -> list[str]:
    with sql_statements() as seen:
        reply = requests.get(f"{apis.main}/shops?{query}", headers=WEBAPP_HEADERS, timeout=T)
    assert reply.status_code == 200, reply.text
    # The shop and card statements (a settings read of the trusted origins may come too).
    return [sql for sql in seen if '"shop"' in sql or '"simcard"' in sql]


def _fill(shop_count: int, per_shop: int, start: int) -> None:
    for n in range(shop_count):
        shop = shops.create_shop({"name": f"S{start + n:04d}", "region": "Navoiy viloyati"})
        simcards.bulk_add(simcards.entries_from_codes(pack(per_shop, start * 1000 + n * 100)),
                          shop_id=shop.id, source="cli")


def test_shop_list_takes_the_same_statements_for_2_or_40_shops(apis):
    _fill(2, 1, 0)
    # Different limits: the response cache does not answer.
    small = _shop_statements(apis, "limit=500")
    small_whole = _shop_statements(apis, "")
    _fill(38, 30, 100)
    big = _shop_statements(apis, "limit=501")
    big_whole = _shop_statements(apis, "archived=0")
    assert len(small) == len(big) <= 2, big  # the page with its card ids, and the count
    assert len(small_whole) == len(big_whole) <= 1, big_whole


def test_shop_list_shows_every_held_card_in_id_order(apis):
    _fill(3, 5, 0)
    first = Shop.get(Shop.name == "S0000")
    ids = [c.id for c in SimCard.select().where(SimCard.shop == first.id)
           .order_by(SimCard.id)]
    simcards.mark_sold([ids[1]], source="cli")  # a sold card is no longer held
    simcards.return_to_stock(ids=[ids[3]], source="cli")
    reply = requests.get(f"{apis.main}/shops", headers=WEBAPP_HEADERS, timeout=T).json()
    by_name = {s["name"]: s for s in reply}
    assert by_name["S0000"]["assignedSimCards"] == [str(i) for i in (ids[0], ids[2], ids[4])]
    assert all(len(by_name[f"S000{n}"]["assignedSimCards"]) == 5 for n in (1, 2))
    empty = shops.create_shop({"name": "S9999 empty"})
    one = requests.get(f"{apis.main}/shops?q=S9999", headers=WEBAPP_HEADERS, timeout=T).json()
    assert one[0]["assignedSimCards"] == [] and one[0]["id"] == str(empty.id)


def test_shop_times_are_as_the_old_formatting_wrote_them(apis):
    shop = shops.create_shop({"name": "Vaqt"})
    Shop.update(added_date=datetime(2026, 3, 1, 23, 59, 59, 999_999),
                archived_at=datetime(2026, 12, 31, 19, 0, 0, 5)).where(
        Shop.id == shop.id).execute()
    got = requests.get(f"{apis.main}/shops?archived=1", headers=WEBAPP_HEADERS,
                       timeout=T).json()[0]
    assert got["addedDate"] == "2026-03-02T04:59:59+05:00"  # the fraction dropped, not rounded
    assert got["archivedAt"] == "2027-01-01T00:00:00+05:00"
    assert got["archived"] is True
    stored = Shop.get_by_id(shop.id)
    assert got["updatedAt"] == LocalTime()(stored.updated_at)


def test_streamed_list_equals_the_paged_list_and_the_old_formatting(apis):
    shop = shops.create_shop({"name": "Chorsu"})
    simcards.bulk_add(simcards.entries_from_codes(pack(1200)), source="cli")
    simcards.assign_cards(shop.id, count=300, source="cli")
    some = [c.id for c in SimCard.select(SimCard.id).order_by(SimCard.id).limit(5)]
    SimCard.update(added_date=datetime(2026, 3, 1, 23, 59, 59, 999_999),
                   last_checked=datetime(2025, 1, 1, 0, 0, 0, 123),
                   notes="izoh «ёзув»").where(SimCard.id.in_(some)).execute()
    whole = requests.get(f"{apis.main}/simcards?sort=id", headers=WEBAPP_HEADERS, timeout=T)
    assert whole.status_code == 200
    streamed = whole.json()
    assert len(streamed) == 1200 == int(whole.headers["X-Total-Count"])
    paged: list[dict] = []
    for offset in range(0, 1200, 500):
        page = requests.get(f"{apis.main}/simcards?sort=id&limit=500&offset={offset}",
                            headers=WEBAPP_HEADERS, timeout=T)
        paged.extend(page.json())
    assert streamed == paged
    # The old formatting: one LocalTime per answer over the models' datetimes.
    t = LocalTime()
    assert t.suffix == "+05:00"
    cards = {c.id: c for c in SimCard.select()}
    for got in streamed:
        card = cards[int(got["id"])]
        assert got["addedDate"] == t(card.added_date)
        assert got["lastChecked"] == t(card.last_checked)
        assert got["assignedAt"] == t(card.assigned_at)
        assert got["saleDate"] is None
        assert got["assignedTo"] == (None if card.shop_id is None else str(card.shop_id))
    first = streamed[0]
    assert first["addedDate"] == "2026-03-02T04:59:59+05:00"
    assert first["lastChecked"] == "2025-01-01T05:00:00+05:00"
    assert first["notes"] == "izoh «ёзув»"
    assert list(first) == ["id", "code", "status", "assignedTo", "assignedShopName",
                           "addedDate", "saleDate", "lastChecked", "externalStatus", "phone",
                           "operator", "assignedAt", "notes"]


def test_empty_card_list_streams_an_empty_array(apis):
    reply = requests.get(f"{apis.main}/simcards", headers=WEBAPP_HEADERS, timeout=T)
    assert reply.status_code == 200 and reply.json() == []


def text_rows_match_the_models() -> None:
    """The SQL-formatted rows of /simcards and /shops equal the model-based JSON (the old
    formatting), on whatever database is open (SQLite here, PostgreSQL in test_postgres)."""
    from simdesk.api.serialize import card_row_json, card_text_dicts, shop_json, shop_text_json
    from simdesk.domain.shops import ShopFilter

    shop = shops.create_shop({"name": "Chorsu"})
    simcards.bulk_add(simcards.entries_from_codes(pack(12)), source="cli")
    moved = simcards.assign_cards(shop.id, count=6, source="cli")
    simcards.mark_sold([moved.changed[0].id], source="cli")
    SimCard.update(added_date=datetime(2026, 3, 1, 23, 59, 59, 999_999)).where(
        SimCard.id == moved.changed[1].id).execute()
    Shop.update(added_date=datetime(2026, 12, 31, 19, 0, 0, 999_999)).where(
        Shop.id == shop.id).execute()
    t = LocalTime()
    query = simcards.listing_query(None, sort="id")
    expected = [card_row_json(row, t) for row in simcards.card_list_rows(query)]
    assert card_text_dicts(simcards.card_text_rows(query), t) == expected
    assert any(c["addedDate"] == "2026-03-02T04:59:59+05:00" for c in expected)
    stored = Shop.get_by_id(shop.id)
    got = orjson.loads(dumps([shop_text_json(row, t) for row in simcards.shop_text_rows(
        ShopFilter(), sort="name", limit=None, offset=0)]))
    assert got == [shop_json(stored, simcards.assigned_ids_by_shop([shop.id])[shop.id], t)]
    assert got[0]["addedDate"] == "2027-01-01T00:00:00+05:00"
    assert len(got[0]["assignedSimCards"]) == 5
    assert simcards.count_shops(ShopFilter()) == 1


def test_text_rows_match_the_models(db):
    text_rows_match_the_models()


@pytest.mark.parametrize("stored", [
    "2026-03-01 23:59:59", "2026-03-01 23:59:59.999999", "2026-03-01 23:59:59.5",
    "2026-03-01T23:59:59", "2026-12-31 19:00:00.000001", "2026-03-01", "2026-03-01 23:59",
    "2024-02-28 19:30:07",
])
def test_local_time_of_stored_text_equals_the_full_conversion(stored):
    t = LocalTime()
    assert t.text(stored) == t(stored)
    assert t.text(stored) == t.text(stored)  # the second time from the minute memo
    assert t.text(None) is None


def test_local_time_of_stored_text_across_the_end_of_a_month():
    t = LocalTime()
    assert t.text("2024-02-28 19:30:07.25") == "2024-02-29T00:30:07+05:00"
    assert t.text("2024-02-28 19:30:59") == "2024-02-29T00:30:59+05:00"


def test_access_log_lines_are_written_whole_from_unformatted_records(tmp_path):
    """Access records go to the log thread as they are; it formats them once."""
    import logging

    from simdesk.logsetup import ACCESS_LOGGER, setup_logging, shutdown_logging

    folder = setup_logging(tmp_path)
    try:
        access = logging.getLogger(ACCESS_LOGGER)
        access.info("%s %s %dB %.1fms", "rid-1", "GET /shops?q=Чорсу", 19305, 2.25)
        access.info("%s", ["a", "list"])  # not a plain value: formatted the standard way
        try:
            raise ValueError("boom")
        except ValueError:
            logging.getLogger("simdesk.test").exception("failed %s", "here")
    finally:
        shutdown_logging()
    lines = (folder / "access.log").read_text(encoding="utf-8")
    assert "rid-1 GET /shops?q=Чорсу 19305B 2.2ms" in lines
    assert "['a', 'list']" in lines
    main = (folder / "simdesk.log").read_text(encoding="utf-8")
    assert "failed here" in main and "ValueError: boom" in main


def test_time_memo_answers_as_the_clock_and_stays_bounded(monkeypatch):
    from simdesk.api import serialize

    monkeypatch.setattr(serialize._TextMemo, "LIMIT", 3)
    t = LocalTime()
    memo = t.memo()
    values = ["2026-03-01 23:59:59.9", None, "2026-03-01 23:59:59.9", "2026-01-01 00:00:00",
              "2025-05-05 05:05:05", "2024-02-28 19:30:07"]
    assert [memo[v] for v in values] == [t.text(v) for v in values]
    assert len(memo) <= 3 and memo[None] is None


@pytest.mark.parametrize(("held", "expected"), [
    (None, []), ("", []), ("7", ["7"]), ("3,17,42", ["3", "17", "42"])])
def test_held_ids_are_written_as_an_array_of_texts(held, expected):
    from simdesk.api.serialize import held_ids_json

    assert orjson.loads(dumps({"assignedSimCards": held_ids_json(held)})) == {
        "assignedSimCards": expected}
def text_pages_match_the_named_rows() -> None:
    """Every card page and stream of ``GET /simcards`` (``cardpages.page_text_rows``
    rendered by ``card_text_dicts``) is byte for byte the old answer (``page_rows`` rendered
    by ``card_row_json``), and its cursor the old cursor: every field set or NULL, ties,
    fractional seconds, a shop name, on whatever database is open (SQLite here, PostgreSQL
    in test_postgres)."""
    from simdesk.api.core import dumps
    from simdesk.api.serialize import card_row_json, card_text_dicts
    from simdesk.domain import cardpages
    from simdesk.domain.simcards import CardFilter
    from tests.test_paging import SORTS, varied_cards

    varied_cards(450)
    shop = shops.create_shop({"name": "Chorsu «Бозор»"})
    ids = [i for i, in SimCard.select(SimCard.id).order_by(SimCard.id).tuples()]
    SimCard.update(
        shop=shop.id, phone="+998901234567", operator="Beeline", external_status="active",
        notes="izoh «ёзув»", assigned_at=datetime(2026, 3, 1, 18, 59, 59, 999_999),
        added_date=datetime(2026, 3, 1, 23, 59, 59, 500_000),
        last_checked=datetime(2026, 12, 31, 19, 0, 0, 1),
    ).where(SimCard.id.in_(ids[::7])).execute()
    t = LocalTime()
    old_json = [card_row_json(row, t)
                for row in simcards.card_list_rows(simcards.listing_query(None, sort="id"))]
    assert {c["addedDate"] for c in old_json} >= {"2026-03-02T04:59:59+05:00"}
    assert any(c["assignedShopName"] == "Chorsu «Бозор»" and c["saleDate"] is None
               and c["phone"] for c in old_json)
    assert any(all(c[k] is None for k in ("saleDate", "lastChecked", "assignedAt",
                                          "assignedTo", "phone")) for c in old_json)

    def same(old: list[simcards.CardListRow], new: list[tuple[object, ...]]) -> None:
        assert dumps(card_text_dicts(new, t)) == dumps([card_row_json(r, t) for r in old])

    for flt in (CardFilter(), CardFilter(status="sold"), CardFilter(shop_id=shop.id)):
        total = cardpages.total(flt)
        for sort in SORTS + ["-" + s for s in SORTS]:
            order = cardpages.sort_order(sort)
            for offset in (0, 1, 99, 100, 101, 250, total - 3, total):
                old = list(cardpages.page_rows(flt, sort, limit=50, offset=offset))
                new = list(cardpages.page_text_rows(flt, sort, limit=50, offset=offset))
                same(old, [row[:-1] for row in new])
                if old:
                    assert (cardpages.text_cursor_after(new[-1], order)
                            == cardpages.cursor_after(old[-1], order)), (flt, sort, offset)
            for offset in (0, 120):
                same(list(cardpages.page_rows(flt, sort, limit=None, offset=offset)),
                     list(cardpages.page_text_rows(flt, sort, limit=None, offset=offset)))
            # A cursor walk, each next page after the text rows' cursor; then a stream.
            after, pages = "", 0
            while True:
                old = list(cardpages.page_rows(flt, sort, limit=98, after=after))
                new = list(cardpages.page_text_rows(flt, sort, limit=98, after=after))
                same(old, [row[:-1] for row in new])
                pages += 1
                if len(new) < 98:
                    break
                after = cardpages.text_cursor_after(new[-2], order)
                assert after == cardpages.cursor_after(old[-2], order)
                same(list(cardpages.page_rows(flt, sort, limit=None, after=after)),
                     list(cardpages.page_text_rows(flt, sort, limit=None, after=after)))
            assert pages >= (total + 96) // 97, (flt, sort)


def test_text_pages_match_the_named_rows(db, monkeypatch):
    from simdesk.domain import cardpages

    # Anchors every 100 cards: deep offsets go through them on a small list.
    monkeypatch.setattr(cardpages, "ANCHOR_EVERY", 100)
    cardpages._anchors.clear()
    try:
        text_pages_match_the_named_rows()
    finally:
        cardpages._anchors.clear()


# Cursors as the API wrote them before its pages were read as text rows (base64 of
# [sort, key, id], a time as isoformat()): they must still give the same pages.
OLD_CURSORS = {
    ("lastChecked", 2): "WyJsYXN0Q2hlY2tlZCIsIjIwMjYtMTEtMDFUMDk6MDA6MDIuMjUwMDAwIiwyXQ",
    ("lastChecked", 4): "WyJsYXN0Q2hlY2tlZCIsIjIwMjYtMTEtMDFUMDk6MDA6MDQuMjUwMDAwIiw0XQ",
    ("-addedDate", 5): "WyItYWRkZWREYXRlIiwiMjAyNi0xMS0wMVQwOTowMDowMCIsNV0",
    ("-addedDate", 3): "WyItYWRkZWREYXRlIiwiMjAyNi0xMS0wMVQwOTowMDowMCIsM10",
    ("-addedDate", 1): "WyItYWRkZWREYXRlIiwiMjAyNi0xMS0wMVQwOTowMDowMCIsMV0",
}


def test_cursors_from_before_give_the_same_pages(apis):
    from datetime import timedelta

    ids = simcards.bulk_add(simcards.entries_from_codes(pack(6)), source="cli").created_ids
    assert sorted(ids.values()) == [1, 2, 3, 4, 5, 6]
    base = datetime(2026, 11, 1, 9, 0, 0)
    SimCard.update(added_date=base).execute()
    for n in range(1, 6):  # card 6 never checked
        SimCard.update(last_checked=base + timedelta(seconds=n, microseconds=250_000)).where(
            SimCard.id == n).execute()

    def page(sort: str, after: str) -> tuple[list[str], str]:
        reply = requests.get(f"{apis.main}/simcards", params={
            "sort": sort, "limit": "2", "after": after}, headers=WEBAPP_HEADERS, timeout=T)
        assert reply.status_code == 200, reply.text
        return [c["id"] for c in reply.json()], reply.headers["Link"]

    got, link = page("lastChecked", OLD_CURSORS[("lastChecked", 2)])
    assert got == ["3", "4"]
    assert f"after={OLD_CURSORS[('lastChecked', 4)]}>" in link
    got, link = page("-addedDate", OLD_CURSORS[("-addedDate", 5)])
    assert got == ["4", "3"]
    assert f"after={OLD_CURSORS[('-addedDate', 3)]}>" in link
    got, link = page("-addedDate", OLD_CURSORS[("-addedDate", 3)])
    assert got == ["2", "1"] and 'rel="next"' not in link  # the last page
    got, _ = page("-addedDate", OLD_CURSORS[("-addedDate", 1)])
    assert got == []


def test_local_minutes_are_shared_per_offset_never_across_offsets(monkeypatch):
    """Answers share the minutes worked out before, each offset its own."""
    from datetime import timedelta

    from simdesk.api import serialize

    stored = "2026-03-01 23:59:59.5"
    monkeypatch.setattr(serialize, "local_offset", lambda: timedelta(hours=5))
    first, second = LocalTime(), LocalTime()
    assert first.text(stored) == "2026-03-02T04:59:59+05:00"
    assert second._minutes is first._minutes and "2026-03-01 23:59" in second._minutes
    monkeypatch.setattr(serialize, "local_offset", lambda: timedelta(hours=-3, minutes=-30))
    other = LocalTime()
    assert other._minutes is not first._minutes
    assert other.text(stored) == "2026-03-01T20:29:59-03:30"
    assert second.text(stored) == "2026-03-02T04:59:59+05:00"


def test_shop_coordinates_come_back_as_the_very_floats_stored(apis):
    """The shop list comes from SQLite in one packed step; its coordinates still are the
    floats stored, to the last digit, and a shop without them has nulls."""
    stored = [(0.1 + 0.2, -69.24010000000001), (41.2995, 69.2401), (None, None),
              (1e-7, -179.99999999999997)]
    for n, (lat, lon) in enumerate(stored):
        shop = shops.create_shop({"name": f"Joy {n}"})
        Shop.update(latitude=lat, longitude=lon).where(Shop.id == shop.id).execute()
    reply = requests.get(f"{apis.main}/shops?sort=name", headers=WEBAPP_HEADERS, timeout=T)
    assert reply.status_code == 200, reply.text
    assert [(s["latitude"], s["longitude"]) for s in reply.json()] == stored


def test_rows_that_cannot_be_packed_are_read_one_by_one(db):
    """packed_rows: a value JSON cannot hold (a BLOB) makes SQLite refuse the packing; the
    same rows are then read unpacked.  Any other failure is not hidden."""
    import peewee

    from simdesk.storage.db import current_database
    from simdesk.storage.rows import packed_rows

    database = current_database()
    blob = "SELECT json_group_array(json_array(x'00ff', 1))"
    assert packed_rows(lambda: database.execute_sql(blob),
                       lambda: database.execute_sql("SELECT x'00ff', 1")) == [(b"\x00\xff", 1)]
    assert packed_rows(lambda: database.execute_sql("SELECT json_group_array(json_array(1, 'a'))"),
                       lambda: database.execute_sql("SELECT 0")) == [[1, "a"]]
    with pytest.raises(peewee.OperationalError, match="no such table"):
        packed_rows(lambda: database.execute_sql("SELECT * FROM no_such_table"),
                    lambda: database.execute_sql("SELECT 1"))
