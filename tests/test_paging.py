"""Pages of the card list: keyset cursors, cached totals and offset anchors (issue 12)."""

from __future__ import annotations

import base64
import json
import random
import sqlite3
import time
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urljoin

import pytest
import requests

from simdesk.domain import cardpages, simcards
from simdesk.domain.simcards import CardFilter, CardListRow
from simdesk.storage.db import WATCH_SECONDS, current_database, is_sqlite
from simdesk.storage.models import SimCard
from tests.conftest import WEBAPP_HEADERS
from tests.helpers import add_cards, iccid, sql_statements, stock_cards

T = 10
SORTS = ["id", "code", "status", "addedDate", "saleDate", "lastChecked"]
BASE = datetime(2026, 11, 1, 9, 0, 0)


def varied_cards(count: int = 2600) -> None:
    """Cards with ties on every sort key (one added_date per bulk add), NULL sale dates and
    check times on most of them, a shop holding some and three statuses."""
    stock_cards(count // 2)
    add_cards(count - count // 2, start=count // 2)
    for card_id, in SimCard.select(SimCard.id).tuples():
        changes: dict[Any, Any] = {}
        if card_id % 3 == 0:
            changes[SimCard.sale_date] = BASE + timedelta(days=card_id % 7)
            changes[SimCard.status] = "sold"
        if card_id % 5 == 0:
            changes[SimCard.last_checked] = BASE + timedelta(hours=card_id % 4,
                                                             microseconds=card_id % 2)
        if changes:
            SimCard.update(changes).where(SimCard.id == card_id).execute()


def expected_order(rows: list[CardListRow], sort: str) -> list[int]:
    """Card ids in ``sort``, by Python: ties by id, NULLs where the database puts them
    (SQLite: smallest; PostgreSQL: largest)."""
    order = cardpages.sort_order(sort)
    field = cardpages._ROW_FIELD[order.key]
    nulls_small = is_sqlite()

    def key(row: CardListRow) -> tuple[Any, ...]:
        value = getattr(row, field)
        if value is None:
            return (0 if nulls_small else 2, 0, row.id)
        return (1, value, row.id)

    return [r.id for r in sorted(rows, key=key, reverse=order.descending)]


def walk(flt: CardFilter, sort: str, limit: int) -> list[int]:
    """Every page after the first through its cursor (the API's way: limit + 1 rows)."""
    order = cardpages.sort_order(sort)
    seen: list[int] = []
    after = ""
    while True:
        rows = list(cardpages.page_rows(flt, sort, limit=limit + 1, after=after))
        seen += [r.id for r in rows[:limit]]
        if len(rows) <= limit:
            return seen
        after = cardpages.cursor_after(rows[limit - 1], order)


def all_rows(flt: CardFilter) -> list[CardListRow]:
    return list(simcards.card_list_rows(simcards.listing_query(flt, sort="id")))


def check_walks(shop_id: int) -> None:
    for flt in (CardFilter(), CardFilter(status="sold"), CardFilter(shop_id=shop_id),
                CardFilter(shop_id=shop_id, status="assigned")):
        rows = all_rows(flt)
        assert rows
        for sort in SORTS + ["-" + s for s in SORTS]:
            got = walk(flt, sort, 97)
            assert got == expected_order(rows, sort), (flt, sort)


def test_cursor_walk_meets_every_card_once_in_order(db):
    varied_cards()
    shop_id = SimCard.select(SimCard.shop).where(SimCard.shop.is_null(False)).scalar()
    check_walks(shop_id)


def test_offset_pages_equal_plain_offset(db):
    varied_cards()
    rng = random.Random(12)
    for flt in (CardFilter(), CardFilter(status="available")):
        total = cardpages.total(flt)
        for sort in ("-addedDate", "saleDate", "-saleDate", "lastChecked", "-lastChecked",
                     "code", "-status"):
            plain = [r.id for r in simcards.card_list_rows(
                simcards.listing_query(flt, sort=sort))]
            assert len(plain) == total
            offsets = [rng.randrange(0, total + 60) for _ in range(12)]
            offsets += [999, 1000, 1001, 1999, 2000, total - 1, total, 5000]
            for offset in offsets:
                page = [r.id for r in (
                    cardpages.page_rows(flt, sort, limit=50, offset=offset))]
                assert page == plain[offset:offset + 50], (flt, sort, offset)
            # Without a limit (the streamed list) from a deep offset.
            rest = [r.id for r in list(
                cardpages.page_rows(flt, sort, limit=None, offset=1500))]
            assert rest == plain[1500:]


def test_offset_pages_of_a_filter_no_index_serves_equal_plain_offset(db):
    """One shop's cards in an order no index gives them: the anchors come from one sorted
    pass and each page starts with a real OFFSET into the segments after its anchor — on
    SQLite one statement whose later segments skip what the earlier ones held
    (``_Walk.joined``), often across a segment's end (ties, then NULLs)."""
    varied_cards()
    shop_id = SimCard.select(SimCard.shop).where(SimCard.shop.is_null(False)).scalar()
    flt = CardFilter(shop_id=shop_id)
    total = cardpages.total(flt)
    assert total > cardpages.ANCHOR_EVERY + 200
    sorts = ("saleDate", "-saleDate", "lastChecked", "-lastChecked", "status", "-code")
    assert not all(cardpages._indexed(flt, cardpages.sort_order(s)) for s in sorts)
    for sort in sorts:
        plain = list(simcards.card_text_rows(simcards.listing_query(flt, sort=sort)))
        ids = [int(row[0]) for row in plain]
        for offset in [*range(cardpages.ANCHOR_EVERY - 3, total + 3, 7), total - 1]:
            for limit in (1, 50):
                page = [r.id for r in cardpages.page_rows(flt, sort, limit=limit,
                                                           offset=offset)]
                assert page == ids[offset:offset + limit], (sort, offset, limit)
            text = list(cardpages.page_text_rows(flt, sort, limit=50, offset=offset))
            assert [tuple(r[:-1]) for r in text] == plain[offset:offset + 50], (sort, offset)


def test_a_page_is_one_statement_whatever_segments_it_spans(db):
    """A page after a position walks up to three segments of the sort's index (the cards
    tied on the key, those past it, the NULLs).  Read a segment at a time, an offset page
    was up to five statements and a cursor page two, each a hand-over of the GIL between
    the request threads; on SQLite the segments are now read in one statement: a deep
    offset page takes two (the card before it, then the page), a cursor page one."""
    varied_cards()
    flt = CardFilter()
    for sort in ("-addedDate", "saleDate", "-lastChecked"):
        order = cardpages.sort_order(sort)
        plain = list(simcards.card_text_rows(simcards.listing_query(flt, sort=sort)))
        for offset in (1000, 1330, 1999, 2550):  # past an anchor: totals, anchors kept
            list(cardpages.page_text_rows(flt, sort, limit=50, offset=offset))
            with sql_statements() as seen:
                page = list(cardpages.page_text_rows(flt, sort, limit=50, offset=offset))
            assert [tuple(r[:-1]) for r in page] == plain[offset:offset + 50], (sort, offset)
            assert len(seen) <= 2, (sort, offset, seen)
            # The cursor after this page's tenth card: the same cards from there on.
            after = cardpages.text_cursor_after(page[9], order)
            with sql_statements() as seen:
                rest = list(cardpages.page_text_rows(flt, sort, limit=40, after=after))
            assert [tuple(r[:-1]) for r in rest] == plain[offset + 10:offset + 50]
            assert len(seen) == 1, (sort, offset, seen)


def test_a_one_statement_page_holding_a_blob_is_read_unpacked(db):
    """SQLite refuses to pack a BLOB into JSON: the one-statement page (``_Walk.joined``)
    is then run again unpacked and read row by row, and still equals the plain read."""
    varied_cards()
    target = 1400
    current_database().execute_sql("UPDATE simcard SET notes = x'00ff' WHERE id = ?", (target,))
    flt = CardFilter()
    for sort in ("-addedDate", "saleDate"):
        order = cardpages.sort_order(sort)
        plain = list(simcards.card_text_rows(simcards.listing_query(flt, sort=sort)))
        at = [int(row[0]) for row in plain].index(target)
        offset = max(at - 20, 1)
        with sql_statements() as seen:
            page = list(cardpages.page_text_rows(flt, sort, limit=50, offset=offset))
        assert [tuple(r[:-1]) for r in page] == plain[offset:offset + 50], sort
        assert plain[at][-1] == b"\x00\xff"
        packs = ["json_group_array" in sql for sql in seen]
        assert packs.count(True) == 1 and packs[-1] is False, seen  # packed, then plain
        after = cardpages.text_cursor_after(page[0], order)
        rest = list(cardpages.page_text_rows(flt, sort, limit=49, after=after))
        assert [tuple(r[:-1]) for r in rest] == plain[offset + 1:offset + 50], sort


def test_a_write_between_pages_renews_totals_and_anchors(db):
    ids = stock_cards(2500)
    flt = CardFilter()
    assert cardpages.total(flt) == 2500
    before = [r.id for r in (
        cardpages.page_rows(flt, "id", limit=5, offset=2000))]
    assert before == ids[2000:2005]
    # The 2,001st card by id goes: totals and anchors built before must not be used.
    SimCard.delete().where(SimCard.id == ids[10]).execute()
    assert cardpages.total(flt) == 2499
    after = [r.id for r in (
        cardpages.page_rows(flt, "id", limit=5, offset=2000))]
    assert after == ids[2001:2006]
    # A new card (newest first): counted and on the first page of the default order.
    new = simcards.create_card(iccid(99_999))
    assert cardpages.total(flt) == 2500
    first = list(list(cardpages.page_rows(flt, "-addedDate", limit=1)))
    assert first[0].id == new.id
    deep = [r.id for r in (
        cardpages.page_rows(flt, "-id", limit=3, offset=1000))]
    assert deep == sorted([*ids[:10], *ids[11:], new.id], reverse=True)[1000:1003]


def test_another_programs_write_renews_the_total(db, data_dir):
    stock_cards(30)
    assert cardpages.total(CardFilter()) == 30
    other = sqlite3.connect(data_dir / "simcard_db.sqlite")
    with other:
        other.execute("DELETE FROM simcard WHERE id IN (SELECT id FROM simcard LIMIT 4)")
    other.close()
    time.sleep(2 * WATCH_SECONDS)  # another program's write is seen within WATCH_SECONDS
    assert cardpages.total(CardFilter()) == 26


def cursor(payload: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


@pytest.mark.parametrize("after, sort, reason", [
    ("not a cursor!", None, "is not a page cursor"),
    ("%%%", None, "is not a page cursor"),
    (cursor({"a": 1}), None, "is not a page cursor"),
    (cursor(["-addedDate", "2026-11-01T09:00:00", "1"]), None, "card id is wrong"),
    (cursor(["-addedDate", "2026-11-01T09:00:00", 0]), None, "card id is wrong"),
    (cursor(["-addedDate", "yesterday", 1]), None, "its date is wrong"),
    (cursor(["-addedDate", None, 1]), None, "its date is wrong"),
    (cursor(["saleDate", None, 1]), "-saleDate", "was made for sort='saleDate'"),
    (cursor(["id", 2, 1]), "id", "its id is wrong"),
    (cursor(["code", ["x"], 1]), "code", "its key is wrong"),
    ("A" * 500, None, "is not a page cursor"),
])
def test_a_bad_cursor_is_a_422(apis, after, sort, reason):
    params = {"limit": 10, "after": after, **({"sort": sort} if sort else {})}
    reply = requests.get(f"{apis.main}/simcards", params=params, headers=WEBAPP_HEADERS,
                         timeout=T)
    assert reply.status_code == 422, reply.text
    error = reply.json()["error"]
    assert "after" in json.dumps(error)
    assert reason in json.dumps(error)


def test_after_with_offset_is_a_422(apis):
    reply = requests.get(f"{apis.main}/simcards?limit=5&offset=5&after=",
                         headers=WEBAPP_HEADERS, timeout=T)
    assert reply.status_code == 422
    assert "cannot be combined with offset" in reply.text


def next_link(reply: requests.Response) -> str | None:
    link = reply.links.get("next")
    return urljoin(reply.url, link["url"]) if link else None


def test_cursor_pages_over_http_follow_the_link_header(apis):
    varied_cards(600)
    shop_id = SimCard.select(SimCard.shop).where(SimCard.shop.is_null(False)).scalar()
    for params in ({"sort": "-saleDate"}, {"sort": "lastChecked", "status": "sold"},
                   {"shopId": str(shop_id)}):
        flt = CardFilter(status=params.get("status"),
                         shop_id=shop_id if "shopId" in params else None)
        expected = expected_order(all_rows(flt), params.get("sort", "-addedDate"))
        url: str | None = f"{apis.main}/simcards"
        query: dict[str, Any] | None = {**params, "limit": 40, "after": ""}
        seen: list[int] = []
        while url:
            reply = requests.get(url, params=query, headers=WEBAPP_HEADERS, timeout=T)
            assert reply.status_code == 200, reply.text
            assert reply.headers["X-Total-Count"] == str(len(expected))
            assert "offset=" not in reply.headers["Link"]
            assert reply.links["first"]["url"].endswith("limit=40&after=")
            seen += [int(card["id"]) for card in reply.json()]
            url, query = next_link(reply), None
        assert seen == expected, params


def test_offset_requests_keep_offset_links(apis):
    stock_cards(120)
    reply = requests.get(f"{apis.main}/simcards?limit=50&offset=50", headers=WEBAPP_HEADERS,
                         timeout=T)
    assert reply.links["next"]["url"].endswith("limit=50&offset=100")
    assert reply.links["prev"]["url"].endswith("limit=50&offset=0")
    assert "after=" not in reply.headers["Link"]


def test_a_new_card_between_pages_shows_in_total_and_page(apis):
    stock_cards(60)
    first = requests.get(f"{apis.main}/simcards?limit=50&sort=id", headers=WEBAPP_HEADERS,
                         timeout=T)
    assert first.headers["X-Total-Count"] == "60"
    card = simcards.create_card(iccid(99_999))
    second = requests.get(f"{apis.main}/simcards?limit=50&sort=id&offset=50",
                          headers=WEBAPP_HEADERS, timeout=T)
    assert second.headers["X-Total-Count"] == "61"
    assert [c["id"] for c in second.json()][-1] == str(card.id)


def test_a_folder_with_odd_characters_is_watched(tmp_path):
    """The watcher opens the file by URI: a space, # or ? in the folder's name is quoted."""
    from simdesk.storage.database import close_database, open_database
    from simdesk.storage.db import change_state

    folder = tmp_path / "ofis #2 ?eski"
    open_database(folder)
    try:
        stock_cards(5)
        state = change_state()
        assert state is not None
        assert cardpages.total(CardFilter()) == 5
        other = sqlite3.connect(folder / "simcard_db.sqlite")
        with other:
            other.execute("DELETE FROM simcard WHERE id = 1")
        other.close()
        time.sleep(2 * WATCH_SECONDS)  # another program's write: seen within WATCH_SECONDS
        assert change_state() != state
        assert cardpages.total(CardFilter()) == 4
    finally:
        close_database()


@pytest.mark.parametrize("sort", ["status", "-status", "lastChecked", "-lastChecked",
                                  "id", "-addedDate", "code", "saleDate"])
def test_every_sort_of_the_whole_list_is_read_from_an_index(db, sort):
    """A page of any sort reads its index in order, never the whole table sorted (status
    and lastChecked needed migration 8: 1.5-1.9 s a page at 1,000,000 cards before)."""
    stock_cards(30)
    cardpages._indexed_orders.clear()
    assert cardpages._indexed(CardFilter(), cardpages.sort_order(sort))
