"""The office web app's contract with the main API and the status API, over real HTTP.

Every call is sent exactly as the web app sends it: ``Origin: http://localhost:8080`` and
``Content-Type: application/json`` on every request (GETs included), each preceded by the
CORS preflight the browser makes.  Replies are checked for status, CORS headers and every
field the web app reads (the contract is written down in docs/webapp.md).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from simdesk.checking.fake_operator import FakeOperator
from simdesk.domain import settings, users
from simdesk.storage.models import SimCard
from simdesk.timeutil import utcnow
from tests.conftest import WEBAPP_HEADERS, WEBAPP_ORIGIN
from tests.helpers import iccid

PASSWORD = "Str0ng-Passw0rd!x"
SALE_AT = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
TIMEOUT = 30


def assert_cors(reply: requests.Response) -> None:
    assert reply.headers.get("Access-Control-Allow-Origin") == WEBAPP_ORIGIN, reply.headers
    vary = [v.strip().lower() for v in reply.headers.get("Vary", "").split(",")]
    assert "origin" in vary, reply.headers
    assert reply.headers.get("Access-Control-Allow-Origin") != "*"


def iso(text: str | None) -> datetime:
    assert isinstance(text, str), text
    value = datetime.fromisoformat(text)
    assert value.tzinfo is not None, f"{text!r} has no offset"
    return value


class WebApp:
    """The office web app's API client, as its ``src/services/api.ts`` behaves."""

    def __init__(self, base: str, headers: dict[str, str] | None = None) -> None:
        self.base = base
        self.session = requests.Session()
        self.headers = dict(headers or WEBAPP_HEADERS)

    def preflight(self, method: str, path: str) -> None:
        reply = self.session.options(self.base + path, timeout=TIMEOUT, headers={
            "Origin": WEBAPP_ORIGIN,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "content-type",
        })
        assert reply.status_code in (200, 204), reply.text
        assert_cors(reply)
        methods = [m.strip() for m in reply.headers["Access-Control-Allow-Methods"].split(",")]
        assert method in methods
        allowed = [h.strip().lower() for h in
                   reply.headers["Access-Control-Allow-Headers"].split(",")]
        assert "content-type" in allowed

    def call(self, method: str, path: str, body: Any = None, *, expect: int | tuple[int, ...]
             = 200, preflight: bool = True, params: dict[str, Any] | None = None
             ) -> requests.Response:
        if preflight:
            self.preflight(method, path)
        data = None if body is None else json.dumps(body)
        reply = self.session.request(method, self.base + path, data=data, params=params,
                                     headers=self.headers, timeout=TIMEOUT)
        wanted = expect if isinstance(expect, tuple) else (expect,)
        assert reply.status_code in wanted, (method, path, reply.status_code, reply.text)
        assert_cors(reply)
        if reply.status_code != 204:
            assert reply.headers["Content-Type"].startswith("application/json")
        return reply

    def get(self, path: str, **kw: Any) -> Any:
        return self.call("GET", path, **kw).json()

    def post(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.call("POST", path, body, **kw).json()

    def put(self, path: str, body: Any, **kw: Any) -> Any:
        return self.call("PUT", path, body, **kw).json()

    def delete(self, path: str, **kw: Any) -> Any:
        return self.call("DELETE", path, **kw).json()


@pytest.fixture
def web(apis) -> WebApp:
    return WebApp(apis.main)


@pytest.fixture
def status_web(apis) -> WebApp:
    return WebApp(apis.status)


@pytest.fixture
def operator_server(db) -> Iterator[FakeOperator]:
    op = FakeOperator(sold_share=0.0).start()
    settings.set_value("status_source.url", op.url)
    try:
        yield op
    finally:
        op.stop()


def force_sold(op: FakeOperator, code: str) -> None:
    op.set_answer(code, {"status": "sold", "is_sold": True,
                         "sale_date": SALE_AT.isoformat().replace("+00:00", "Z"),
                         "message": f"SIM card {code} is sold"})


def admin_headers(base: str, username: str = "boss") -> dict[str, str]:
    users.add_user(username, PASSWORD, "admin")
    token = requests.post(base + "/auth/login", json={
        "username": username, "password": PASSWORD}, timeout=TIMEOUT).json()["token"]
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


SHOP_A = {"name": "Chilonzor Savdo", "ownerName": "Aziz Karimov", "ownerPhone": "+998901234567",
          "address": "Chilonzor 9-kvartal, 12", "region": "Toshkent shahri",
          "latitude": 41.2756, "longitude": 69.2034}
SHOP_B = {"name": "Bozor Aloqa", "ownerName": "Dilnoza Rahimova", "ownerPhone": "+998935554433",
          "address": "Registon ko'chasi 5", "region": "Samarqand viloyati"}


def add_cards(web: WebApp, codes: list[str], **extra: Any) -> list[str]:
    reply = web.post("/simcards/bulk", {"codes": codes, **extra})
    assert reply["created"] == len(codes), reply
    return [c["id"] for c in reply["created_cards"]]


# ---------------------------------------------------------------- auth


def test_login_wrong_credentials_and_logout(web: WebApp) -> None:
    users.add_user("office", PASSWORD, "operator")
    reply = web.post("/auth/login", {"username": "office", "password": PASSWORD})
    assert reply["success"] is True
    assert isinstance(reply["token"], str) and len(reply["token"]) >= 32
    assert reply["user"]["username"] == "office"

    web.call("POST", "/auth/login", {"username": "office", "password": "wrong-password"},
             expect=401)
    web.call("POST", "/auth/login", {"username": "nobody", "password": PASSWORD}, expect=401)

    # The web app posts logout without a body and ignores the answer.
    assert web.post("/auth/logout") == {"success": True}


# ---------------------------------------------------------------- page load


def test_pages_load_before_login_with_empty_lists(web: WebApp) -> None:
    shops = web.call("GET", "/shops")
    assert shops.json() == []
    assert shops.headers["X-Total-Count"] == "0"
    cards = web.call("GET", "/simcards")
    assert cards.json() == []
    assert cards.headers["X-Total-Count"] == "0"


def test_shops_array_shape(web: WebApp) -> None:
    a = web.call("POST", "/shops", SHOP_A, expect=201).json()
    b = web.call("POST", "/shops", SHOP_B, expect=201).json()
    ids = add_cards(web, [iccid(n) for n in range(1, 4)])
    web.post("/simcards/assign", {"shopId": a["id"], "count": 2})
    web.put(f"/simcards/{ids[1]}", {"status": "sold"})  # sold cards are not "assigned"

    listed = web.get("/shops")
    assert isinstance(listed, list) and len(listed) == 2
    by_name = {s["name"]: s for s in listed}
    sa, sb = by_name[SHOP_A["name"]], by_name[SHOP_B["name"]]
    assert sa["id"] == a["id"] and isinstance(sa["id"], str)
    assert sb["id"] == b["id"] and isinstance(sb["id"], str)
    assert sa["ownerName"] == "Aziz Karimov"
    assert sa["ownerPhone"] == "+998901234567"
    assert sa["address"] == "Chilonzor 9-kvartal, 12"
    assert sa["region"] == "Toshkent shahri"
    assert sa["status"] == "active" and sb["status"] == "active"
    assert sa["latitude"] == 41.2756 and sa["longitude"] == 69.2034
    assert sb["latitude"] is None and sb["longitude"] is None
    assert sa["assignedSimCards"] == [ids[0]]
    assert sb["assignedSimCards"] == []
    assert abs(iso(sa["addedDate"]) - datetime.now(UTC)) < timedelta(minutes=1)
    assert sb["region"] == "Samarqand viloyati"


def test_simcards_array_shape(web: WebApp) -> None:
    shop = web.call("POST", "/shops", SHOP_A, expect=201).json()
    ids = add_cards(web, [iccid(n) for n in range(1, 4)])
    web.post("/simcards/assign", {"shopId": shop["id"], "ids": [ids[0], ids[1]]})
    web.put(f"/simcards/{ids[1]}", {"status": "sold"})

    cards = web.get("/simcards")
    assert isinstance(cards, list) and len(cards) == 3
    by_id = {c["id"]: c for c in cards}
    assigned, sold, free = by_id[ids[0]], by_id[ids[1]], by_id[ids[2]]
    for card, n in ((assigned, 1), (sold, 2), (free, 3)):
        assert isinstance(card["id"], str)
        assert card["code"] == iccid(n)
        iso(card["addedDate"])
        assert card["lastChecked"] is None
    assert (assigned["status"], assigned["assignedTo"], assigned["assignedShopName"]) == (
        "assigned", shop["id"], SHOP_A["name"])
    assert assigned["saleDate"] is None
    assert (sold["status"], sold["assignedTo"], sold["assignedShopName"]) == (
        "sold", shop["id"], SHOP_A["name"])
    assert abs(iso(sold["saleDate"]) - datetime.now(UTC)) < timedelta(minutes=1)
    assert (free["status"], free["assignedTo"], free["assignedShopName"], free["saleDate"]) == (
        "available", None, None, None)


# ---------------------------------------------------------------- auto-check


def test_auto_check_with_the_web_apps_body(web: WebApp, operator_server: FakeOperator) -> None:
    shop = web.call("POST", "/shops", SHOP_A, expect=201).json()
    codes = [iccid(n) for n in range(1, 5)]
    ids = add_cards(web, codes)
    web.post("/simcards/assign", {"shopId": shop["id"], "ids": ids[:3]})
    force_sold(operator_server, codes[0])
    operator_server.set_answer(codes[2], "blocked")

    cards = web.get("/simcards")
    reply = web.post("/simcards/auto-check", {"simCards": cards})
    assert reply["success"] is True
    results = {r["simCardId"]: r for r in reply["results"]}
    assert [r["simCardId"] for r in reply["results"]] == [c["id"] for c in cards]
    assert reply["totalChecked"] == 3
    assert abs(iso(reply["timestamp"]) - datetime.now(UTC)) < timedelta(minutes=1)
    assert set(operator_server.by_code) == set(codes[:3])  # stock cards are not asked about

    sold = results[ids[0]]
    assert sold["status"] == "sold" and sold["isSold"] is True
    assert iso(sold["saleDate"]) == SALE_AT
    assert abs(iso(sold["lastChecked"]) - datetime.now(UTC)) < timedelta(minutes=1)
    assert sold["externalStatus"] == "sold" and sold["statusChanged"] is True

    unsold = results[ids[1]]
    assert (unsold["status"], unsold["isSold"], unsold["saleDate"]) == ("assigned", False, None)
    assert unsold["externalStatus"] == "active" and unsold["statusChanged"] is False
    iso(unsold["lastChecked"])
    blocked = results[ids[2]]
    assert (blocked["status"], blocked["isSold"], blocked["externalStatus"]) == (
        "assigned", False, "blocked")

    stock = results[ids[3]]
    assert (stock["status"], stock["isSold"], stock["saleDate"], stock["lastChecked"],
            stock["statusChanged"]) == ("available", False, None, None, False)

    assert len(reply["newlySold"]) == 1
    newly = reply["newlySold"][0]
    assert (newly["id"], newly["code"], newly["shopName"]) == (ids[0], codes[0], SHOP_A["name"])

    after = {c["id"]: c for c in web.get("/simcards")}
    assert after[ids[0]]["status"] == "sold"
    assert iso(after[ids[0]]["saleDate"]) == SALE_AT
    assert after[ids[1]]["lastChecked"] is not None

    again = web.post("/simcards/auto-check", {"simCards": list(after.values())})
    assert again["newlySold"] == []
    assert {r["simCardId"]: r["statusChanged"] for r in again["results"]} == dict.fromkeys(
        after, False)

    # The seed's log of changes: newest first, snake_case.
    changes = web.get("/logs/status-changes", params={"limit": 1})
    assert len(changes) == 1
    row = changes[0]
    assert (row["simcard_id"], row["simcard_code"], row["old_status"], row["new_status"]) == (
        ids[0], codes[0], "assigned", "sold")
    assert isinstance(row["id"], str) and isinstance(row["source"], str) and row["source"]
    iso(row["timestamp"])
    assert "details" in row


def test_auto_check_async_run(web: WebApp, operator_server: FakeOperator) -> None:
    shop = web.call("POST", "/shops", SHOP_A, expect=201).json()
    codes = [iccid(n) for n in range(1, 6)]
    ids = add_cards(web, codes, shopId=shop["id"])
    force_sold(operator_server, codes[4])

    started = web.call("POST", "/simcards/auto-check", params={"async": "1"}, expect=202)
    run = started.json()
    assert started.headers["Location"] == f"/auto-check/runs/{run['runId']}"
    assert run["kind"] == "auto" and run["state"] in ("running", "done")
    deadline = time.monotonic() + 10
    while run["state"] == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
        run = web.get(f"/auto-check/runs/{run['runId']}")
    assert run["state"] == "done", run
    assert (run["total"], run["checked"], run["changed"], run["errors"]) == (5, 5, 1, 0)
    assert [n["id"] for n in run["newlySold"]] == [ids[4]]
    assert run["newlySold"][0]["shopName"] == SHOP_A["name"]
    iso(run["finishedAt"])
    web.call("GET", "/auto-check/runs/no-such-run", expect=404)

    # /logs/checks: every check, with filters, paged with X-Total-Count.
    every = web.call("GET", "/logs/checks", params={"runId": run["runId"], "kind": "check"})
    assert every.headers["X-Total-Count"] == "5"
    assert {r["simcardCode"] for r in every.json()} == set(codes)
    one = web.get("/logs/checks", params={"code": codes[4], "kind": "check"})
    assert len(one) == 1 and one[0]["newStatus"] == "sold" and one[0]["changed"] is True
    assert one[0]["externalStatus"] == "sold" and one[0]["shopId"] == shop["id"]
    changed = web.get("/logs/checks", params={"changesOnly": "1", "runId": run["runId"]})
    assert changed and all(r["changed"] for r in changed)
    assert {r["simcardCode"] for r in changed} == {codes[4]}
    paged = web.call("GET", "/logs/checks", params={"kind": "check", "limit": 2})
    assert len(paged.json()) == 2 and paged.headers["X-Total-Count"] == "5"
    assert 'rel="next"' in paged.headers["Link"]
    web.call("GET", "/logs/checks", params={"since": "yesterday"}, expect=422)


def test_auto_check_without_body_checks_all_assigned(web: WebApp,
                                                     operator_server: FakeOperator) -> None:
    shop = web.call("POST", "/shops", SHOP_A, expect=201).json()
    add_cards(web, [iccid(n) for n in range(1, 3)], shopId=shop["id"])
    add_cards(web, [iccid(n) for n in range(3, 5)])
    reply = web.post("/simcards/auto-check")
    assert reply["totalChecked"] == 2
    assert {r["code"] for r in reply["results"]} == {iccid(1), iccid(2)}


# ---------------------------------------------------------------- assign


def test_assign_count_takes_oldest_available_first(web: WebApp) -> None:
    shop = web.call("POST", "/shops", SHOP_A, expect=201).json()
    ids = add_cards(web, [iccid(n) for n in range(1, 6)])
    # The last card added is made the oldest: "oldest" means added_date, not id.
    SimCard.update(added_date=utcnow() - timedelta(days=30)).where(
        SimCard.id == int(ids[4])).execute()
    SimCard.update(added_date=utcnow() - timedelta(days=20)).where(
        SimCard.id == int(ids[2])).execute()

    reply = web.post("/simcards/assign", {"shopId": shop["id"], "count": 2})
    assert reply["success"] is True
    assert [c["id"] for c in reply["assignedCards"]] == [ids[4], ids[2]]
    for card in reply["assignedCards"]:
        assert card["code"] in (iccid(5), iccid(3))
        assert (card["status"], card["assignedTo"], card["assignedShopName"]) == (
            "assigned", shop["id"], SHOP_A["name"])
    listed = {s["id"]: s for s in web.get("/shops")}
    assert sorted(listed[shop["id"]]["assignedSimCards"]) == sorted([ids[4], ids[2]])

    web.call("POST", "/simcards/assign", {"shopId": "99999", "count": 1}, expect=404)
    too_many = web.call("POST", "/simcards/assign", {"shopId": shop["id"], "count": 4},
                        expect=400).json()["error"]
    assert "3" in too_many["message"] and "available" in too_many["message"]
    assert too_many["details"]["available"] == 3
    # Nothing was assigned by the refused request.
    assert len([c for c in web.get("/simcards") if c["status"] == "available"]) == 3


def test_assign_by_codes_ids_range_and_back_to_stock(web: WebApp) -> None:
    a = web.call("POST", "/shops", SHOP_A, expect=201).json()
    b = web.call("POST", "/shops", SHOP_B, expect=201).json()
    codes = [iccid(n) for n in range(1, 9)]
    ids = add_cards(web, codes)

    by_codes = web.post("/simcards/assign", {"shopId": a["id"], "codes": codes[:2]})
    assert sorted(c["code"] for c in by_codes["assignedCards"]) == codes[:2]
    by_ids = web.post("/simcards/assign", {"shopId": int(b["id"]), "ids": [ids[2], ids[3]]})
    assert [c["id"] for c in by_ids["assignedCards"]] == [ids[2], ids[3]]
    assert all(c["assignedTo"] == b["id"] for c in by_ids["assignedCards"])
    by_range = web.post("/simcards/assign",
                        {"shopId": a["id"], "range": {"first": codes[4], "count": 3}})
    assert sorted(c["code"] for c in by_range["assignedCards"]) == codes[4:7]

    # Moving a card of another shop; a sold card is refused; non-strict skips it.
    web.put(f"/simcards/{ids[0]}", {"status": "sold"})
    web.call("POST", "/simcards/assign", {"shopId": b["id"], "codes": [codes[0]]}, expect=409)
    loose = web.post("/simcards/assign",
                     {"shopId": b["id"], "codes": [codes[0], codes[1]], "strict": False})
    assert [c["code"] for c in loose["assignedCards"]] == [codes[1]]
    assert [s["code"] for s in loose["skipped"]] == [codes[0]]

    back = web.post("/simcards/assign", {"shopId": None, "codes": [codes[4], codes[5]]})
    assert all((c["status"], c["assignedTo"], c["assignedShopName"]) == ("available", None, None)
               for c in back["assignedCards"])
    cards = {c["code"]: c for c in web.get("/simcards")}
    assert cards[codes[4]]["status"] == "available" and cards[codes[4]]["assignedTo"] is None
    assert cards[codes[0]]["status"] == "sold" and cards[codes[0]]["assignedTo"] == a["id"]
    web.call("POST", "/simcards/assign", {"shopId": None, "count": 1}, expect=422)
    web.call("POST", "/simcards/assign", {"shopId": a["id"], "codes": [iccid(99)]}, expect=404)


# ---------------------------------------------------------------- statistics


def test_statistics(web: WebApp) -> None:
    a = web.call("POST", "/shops", SHOP_A, expect=201).json()
    web.call("POST", "/shops", SHOP_B, expect=201)
    web.call("POST", "/shops", {**SHOP_B, "name": "Ikkinchi Aloqa", "status": "inactive"},
             expect=201)
    ids = add_cards(web, [iccid(n) for n in range(1, 8)])
    web.post("/simcards/assign", {"shopId": a["id"], "ids": ids[:5]})
    for card_id in ids[:3]:
        web.put(f"/simcards/{card_id}", {"status": "sold"})
    now = utcnow()
    SimCard.update(sale_date=now - timedelta(days=3)).where(SimCard.id == int(ids[1])).execute()
    SimCard.update(sale_date=now - timedelta(days=10)).where(SimCard.id == int(ids[2])).execute()

    st = web.get("/statistics")
    assert (st["totalShops"], st["activeShops"]) == (3, 2)
    assert (st["totalSimCards"], st["availableSimCards"], st["assignedSimCards"],
            st["soldSimCards"]) == (7, 2, 2, 3)
    assert st["regionStats"] == {"Toshkent shahri": 1, "Samarqand viloyati": 2}
    today = datetime.now().astimezone().date()
    expected = {(today - timedelta(days=d)).isoformat(): 0 for d in range(6, -1, -1)}
    local = datetime.now().astimezone().tzinfo
    for when in (now, now - timedelta(days=3)):
        key = when.replace(tzinfo=UTC).astimezone(local).date().isoformat()
        expected[key] += 1
    assert list(st["salesByDate"]) == list(expected)
    assert st["salesByDate"] == expected


def test_statistics_per_shop_and_shop_stats(web: WebApp) -> None:
    a = web.call("POST", "/shops", SHOP_A, expect=201).json()
    b = web.call("POST", "/shops", SHOP_B, expect=201).json()
    ids = add_cards(web, [iccid(n) for n in range(1, 6)])
    web.post("/simcards/assign", {"shopId": a["id"], "ids": ids[:3]})
    web.put(f"/simcards/{ids[0]}", {"status": "sold"})

    per_shop = web.get("/statistics/shops")
    assert {k: {f: v[f] for f in ("sold", "available", "total")} for k, v in per_shop.items()} \
        == {a["id"]: {"sold": 1, "available": 2, "total": 3},
            b["id"]: {"sold": 0, "available": 0, "total": 0}}
    one = web.get(f"/shops/{a['id']}/stats")
    assert {k: one[k] for k in ("shopId", "shopName", "assigned", "sold", "total")} == {
        "shopId": a["id"], "shopName": SHOP_A["name"], "assigned": 2, "sold": 1, "total": 3}
    web.call("GET", "/shops/4242/stats", expect=404)


# ---------------------------------------------------------------- shops


def test_shop_create_update_delete(web: WebApp) -> None:
    created = web.call("POST", "/shops", SHOP_B, expect=201)
    shop = created.json()
    assert created.headers["Location"] == f"/shops/{shop['id']}"
    for key, value in SHOP_B.items():
        assert shop[key] == value, key
    assert shop["status"] == "active" and shop["assignedSimCards"] == []
    assert shop["latitude"] is None and shop["longitude"] is None
    iso(shop["addedDate"])

    updated = web.put(f"/shops/{shop['id']}", {"status": "inactive", "latitude": 39.6542,
                                               "longitude": 66.9597, "ownerName": "D. R."})
    assert (updated["id"], updated["name"], updated["status"], updated["ownerName"]) == (
        shop["id"], SHOP_B["name"], "inactive", "D. R.")
    assert (updated["latitude"], updated["longitude"]) == (39.6542, 66.9597)
    assert updated["address"] == SHOP_B["address"]
    # A client may send the whole object back.
    again = web.put(f"/shops/{shop['id']}", {**updated, "name": "Bozor Aloqa 2"})
    assert again["name"] == "Bozor Aloqa 2"

    web.call("POST", "/shops", {**SHOP_A, "name": ""}, expect=422)
    web.call("PUT", "/shops/777", {"name": "x"}, expect=404)
    assert web.delete(f"/shops/{shop['id']}") == {"success": True}
    web.call("GET", f"/shops/{shop['id']}", expect=404)
    web.call("DELETE", f"/shops/{shop['id']}", expect=404)
    assert web.get("/shops") == []


def test_deleting_a_shop_with_cards_is_refused_and_keeps_sold_cards(web: WebApp) -> None:
    shop = web.call("POST", "/shops", SHOP_A, expect=201).json()
    ids = add_cards(web, [iccid(n) for n in range(1, 4)], shopId=shop["id"])
    web.put(f"/simcards/{ids[0]}", {"status": "sold"})

    refused = web.call("DELETE", f"/shops/{shop['id']}", expect=409).json()["error"]
    assert refused["code"] == "shop_has_cards"
    cards = {c["id"]: c for c in web.get("/simcards")}
    assert (cards[ids[0]]["status"], cards[ids[0]]["assignedTo"]) == ("sold", shop["id"])
    assert cards[ids[0]]["saleDate"] is not None
    assert all(cards[i]["status"] == "assigned" for i in ids[1:])

    # Even with the unsold cards returned, the sold one keeps the shop from being deleted.
    web.post("/simcards/assign", {"shopId": None, "ids": ids[1:]})
    web.call("DELETE", f"/shops/{shop['id']}", expect=409)
    sold = web.get(f"/simcards/{ids[0]}")
    assert (sold["status"], sold["assignedTo"]) == ("sold", shop["id"])


def test_shop_list_filters_and_paging(web: WebApp) -> None:
    for n in range(5):
        web.call("POST", "/shops", {**SHOP_A, "name": f"Do'kon {n}"}, expect=201)
    web.call("POST", "/shops", SHOP_B, expect=201)

    page = web.call("GET", "/shops", params={"limit": 2, "offset": 2, "sort": "name"})
    assert [s["name"] for s in page.json()] == ["Do'kon 1", "Do'kon 2"]
    assert page.headers["X-Total-Count"] == "6"
    link = page.headers["Link"]
    for rel in ("first", "prev", "next", "last"):
        assert f'rel="{rel}"' in link
    assert "offset=4" in link and "offset=0" in link
    region = web.call("GET", "/shops", params={"region": "Samarqand viloyati"})
    assert [s["name"] for s in region.json()] == [SHOP_B["name"]]
    assert region.headers["X-Total-Count"] == "1"
    assert [s["name"] for s in web.get("/shops", params={"q": "Bozor"})] == [SHOP_B["name"]]
    web.call("GET", "/shops", params={"limit": 0}, expect=422)


# ---------------------------------------------------------------- SIM cards


def test_create_card_duplicate_does_not_lock_the_database(web: WebApp) -> None:
    created = web.call("POST", "/simcards", {"code": iccid(1)}, expect=201)
    card = created.json()
    assert (card["code"], card["status"], card["assignedTo"], card["saleDate"]) == (
        iccid(1), "available", None, None)
    assert isinstance(card["id"], str)
    assert created.headers["Location"] == f"/simcards/{card['id']}"

    dup = web.call("POST", "/simcards", {"code": iccid(1)}, expect=(400, 409)).json()["error"]
    assert dup["code"] == "duplicate_code"
    # The seed's database stayed locked after a duplicate: the next writes must succeed.
    nxt = web.call("POST", "/simcards", {"code": iccid(2)}, expect=201).json()
    assert nxt["code"] == iccid(2)
    web.call("POST", "/shops", SHOP_A, expect=201)
    web.call("POST", "/simcards", {"code": "12345"}, expect=422)
    assert len(web.get("/simcards")) == 2


def test_bulk_add(web: WebApp) -> None:
    web.call("POST", "/simcards", {"code": iccid(1)}, expect=201)
    codes = [iccid(2), iccid(3), iccid(1), "not-a-code", iccid(2)]
    reply = web.post("/simcards/bulk", {"codes": codes})
    assert reply["success"] is True
    assert (reply["created"], reply["failed"]) == (2, 3)
    assert [c["code"] for c in reply["created_cards"]] == [iccid(2), iccid(3)]
    cards = {c["code"]: c["id"] for c in web.get("/simcards")}
    assert [c["id"] for c in reply["created_cards"]] == [cards[iccid(2)], cards[iccid(3)]]
    assert [f["code"] for f in reply["failed_cards"]] == [iccid(1), "not-a-code", iccid(2)]
    assert all(isinstance(f["reason"], str) and f["reason"] for f in reply["failed_cards"])
    assert "already" in reply["failed_cards"][0]["reason"]


def test_bulk_add_into_a_shop_and_by_range(web: WebApp) -> None:
    shop = web.call("POST", "/shops", SHOP_A, expect=201).json()
    into = web.post("/simcards/bulk", {"codes": [iccid(1), iccid(2)], "shopId": shop["id"]})
    assert into["created"] == 2
    ranged = web.post("/simcards/bulk", {"range": {"first": iccid(10), "count": 3}})
    assert [c["code"] for c in ranged["created_cards"]] == [iccid(10), iccid(11), iccid(12)]
    overlap = web.post("/simcards/bulk", {"range": {"first": iccid(11), "last": iccid(13)}},
                       params={"details": "1"})
    assert (overlap["created"], overlap["failed"]) == (1, 2)
    assert [r["result"] for r in overlap["results"]] == ["duplicate", "duplicate", "created"]
    assert [(r["line"], r["result"]) for r in overlap["problems"]] == [(1, "duplicate"),
                                                                      (2, "duplicate")]
    cards = {c["code"]: c for c in web.get("/simcards")}
    assert {cards[iccid(n)]["status"] for n in (1, 2)} == {"assigned"}
    assert {cards[iccid(n)]["assignedTo"] for n in (1, 2)} == {shop["id"]}
    assert cards[iccid(10)]["status"] == "available"
    web.call("POST", "/simcards/bulk", {"codes": [iccid(20)], "shopId": "4040"}, expect=404)
    web.call("POST", "/simcards/bulk", {"codes": [iccid(20)], "range": {"first": iccid(21),
                                                                      "count": 1}}, expect=422)


def test_update_and_delete_card(web: WebApp) -> None:
    shop = web.call("POST", "/shops", SHOP_A, expect=201).json()
    card = web.call("POST", "/simcards", {"code": iccid(1)}, expect=201).json()

    moved = web.put(f"/simcards/{card['id']}", {"assignedTo": shop["id"]})
    assert (moved["status"], moved["assignedTo"], moved["assignedShopName"]) == (
        "assigned", shop["id"], SHOP_A["name"])
    sold = web.put(f"/simcards/{card['id']}", {"status": "sold"})
    assert sold["status"] == "sold" and sold["assignedTo"] == shop["id"]
    assert abs(iso(sold["saleDate"]) - datetime.now(UTC)) < timedelta(minutes=1)
    # Sending the whole card back (as a form does) keeps the sale date.
    same = web.put(f"/simcards/{card['id']}", {**sold, "status": "sold"})
    assert same["saleDate"] == sold["saleDate"]
    web.call("DELETE", f"/simcards/{card['id']}", expect=409)  # sold cards are history

    other = web.call("POST", "/simcards", {"code": iccid(2)}, expect=201).json()
    recoded = web.put(f"/simcards/{other['id']}", {"code": iccid(3)})
    assert recoded["code"] == iccid(3)
    web.call("PUT", f"/simcards/{other['id']}", {"code": iccid(1)}, expect=409)
    web.call("PUT", f"/simcards/{other['id']}", {"status": "lost"}, expect=422)
    assert web.delete(f"/simcards/{other['id']}") == {"success": True}
    web.call("GET", f"/simcards/{other['id']}", expect=404)
    web.call("PUT", f"/simcards/{other['id']}", {"status": "sold"}, expect=404)
    assert [c["id"] for c in web.get("/simcards")] == [card["id"]]


def test_card_list_filters_and_paging(web: WebApp) -> None:
    a = web.call("POST", "/shops", SHOP_A, expect=201).json()
    b = web.call("POST", "/shops", SHOP_B, expect=201).json()
    add_cards(web, [iccid(n) for n in range(1, 6)], shopId=a["id"])
    add_cards(web, [iccid(n) for n in range(6, 8)], shopId=b["id"])
    add_cards(web, [iccid(n) for n in range(8, 11)])

    page = web.call("GET", "/simcards", params={"shopId": a["id"], "sort": "code", "limit": 2,
                                                "offset": 2})
    assert [c["code"] for c in page.json()] == [iccid(3), iccid(4)]
    assert page.headers["X-Total-Count"] == "5"
    assert 'rel="next"' in page.headers["Link"] and "shopId=" in page.headers["Link"]
    assert "X-Total-Count" in page.headers["Access-Control-Expose-Headers"]
    stock = web.call("GET", "/simcards", params={"status": "available"})
    assert {c["code"] for c in stock.json()} == {iccid(n) for n in range(8, 11)}
    assert stock.headers["X-Total-Count"] == "3"
    newest = web.get("/simcards", params={"sort": "-code", "limit": 1})
    assert [c["code"] for c in newest] == [iccid(10)]
    found = web.get("/simcards", params={"q": iccid(7)[-6:]})
    assert [c["code"] for c in found] == [iccid(7)]
    rest = web.get("/simcards", params={"sort": "code", "offset": 8})
    assert [c["code"] for c in rest] == [iccid(9), iccid(10)]
    web.call("GET", "/simcards", params={"limit": 5000}, expect=422)
    assert web.get("/simcards", params={"shopId": "9999"}) == []


def test_whole_card_list_is_one_streamed_array(web: WebApp) -> None:
    reply = web.post("/simcards/bulk", {"range": {"first": iccid(1), "count": 2500}})
    assert reply["created"] == 2500
    whole = web.call("GET", "/simcards", params={"sort": "code"})
    assert whole.headers["X-Total-Count"] == "2500"
    cards = whole.json()
    assert [c["code"] for c in cards] == [iccid(n) for n in range(1, 2501)]
    assert len({c["id"] for c in cards}) == 2500
    rest = web.get("/simcards", params={"sort": "code", "offset": 1999})
    assert [c["code"] for c in rest] == [iccid(n) for n in range(2000, 2501)]


def test_check_status_of_one_card(web: WebApp, operator_server: FakeOperator) -> None:
    shop = web.call("POST", "/shops", SHOP_A, expect=201).json()
    ids = add_cards(web, [iccid(1), iccid(2)], shopId=shop["id"])
    force_sold(operator_server, iccid(1))

    checked = web.get(f"/simcards/{ids[0]}/check-status")
    assert (checked["id"], checked["code"], checked["status"]) == (ids[0], iccid(1), "sold")
    assert iso(checked["saleDate"]) == SALE_AT
    assert checked["lastChecked"] is not None
    ext = checked["externalData"]
    assert (ext["status"], ext["is_sold"]) == ("sold", True)
    assert iso(ext["sale_date"]) == SALE_AT
    assert checked["statusChanged"] is True

    unsold = web.get(f"/simcards/{ids[1]}/check-status")
    assert (unsold["status"], unsold["externalData"]["status"],
            unsold["externalData"]["is_sold"]) == ("assigned", "active", False)
    web.call("GET", "/simcards/31337/check-status", expect=404)


def test_check_status_without_a_source_is_503(web: WebApp) -> None:
    card = web.call("POST", "/simcards", {"code": iccid(1)}, expect=201).json()
    err = web.call("GET", f"/simcards/{card['id']}/check-status", expect=503).json()["error"]
    assert err["code"] == "no_status_source"


def test_service_info_and_health(web: WebApp) -> None:
    add_cards(web, [iccid(1), iccid(2)])
    info = web.get("/")
    assert info["name"] and info["version"] and info["docs"] == "/openapi.json"
    health = web.get("/health")
    assert (health["status"], health["database"], health["simcard_count"]) == (
        "healthy", "ok", 2)
    assert health["external_api"] == "not configured"
    assert abs(iso(health["timestamp"]) - datetime.now(UTC)) < timedelta(minutes=1)
    settings.set_value("status_source.url", "http://127.0.0.1:9")
    assert web.get("/health")["external_api"] == "configured"


# ---------------------------------------------------------------- settings, users, me


def test_settings_read_and_admin_write(web: WebApp, apis) -> None:
    current = web.get("/settings")
    assert current["auth.lockout_attempts"] == 5
    assert current["api.trusted_origins"] == ["http://localhost:8080", "http://127.0.0.1:8080"]
    web.call("PUT", "/settings", {"auth.lockout_attempts": 7}, expect=403)

    admin = WebApp(apis.main, {**WEBAPP_HEADERS, **admin_headers(apis.main)})
    changed = admin.put("/settings", {"auth.lockout_attempts": 7,
                                      "status_source.headers": {"X-Api-Key": "secret-key"}})
    assert changed["auth.lockout_attempts"] == 7
    assert changed["status_source.headers"] == "***"
    assert settings.get("status_source.headers") == {"X-Api-Key": "secret-key"}
    bad = admin.call("PUT", "/settings", {"auth.lockout_attempts": "many", "no.such": 1},
                     expect=422).json()["error"]
    assert set(bad["details"]["fields"]) == {"auth.lockout_attempts", "no.such"}
    assert settings.get("auth.lockout_attempts") == 7  # all or nothing


def test_users_admin_routes_me_and_change_password(web: WebApp, apis) -> None:
    admin = WebApp(apis.main, {**WEBAPP_HEADERS, **admin_headers(apis.main)})
    created = admin.call("POST", "/users", {"username": "kassir", "password": PASSWORD,
                                            "role": "viewer"}, expect=201).json()
    assert (created["username"], created["role"], created["active"]) == (
        "kassir", "viewer", True)
    listed = admin.get("/users")
    assert [u["username"] for u in listed] == ["boss", "kassir"]
    admin.call("POST", "/users", {"username": "kassir", "password": PASSWORD,
                                  "role": "viewer"}, expect=409)
    promoted = admin.put(f"/users/{created['id']}", {"role": "operator"})
    assert promoted["role"] == "operator"
    reset = admin.post(f"/users/{created['id']}/reset-password", {"password": "N3w-Secret-pw"})
    assert reset["mustChangePassword"] is True

    login = web.post("/auth/login", {"username": "kassir", "password": "N3w-Secret-pw"})
    kassir = WebApp(apis.main, {**WEBAPP_HEADERS, "Authorization": f"Bearer {login['token']}"})
    me = kassir.get("/auth/me")
    assert (me["username"], me["role"], me["via"], me["mustChangePassword"]) == (
        "kassir", "operator", "token", True)
    kassir.call("GET", "/shops", expect=403)  # must change the password first
    kassir.call("POST", "/auth/change-password",
                {"oldPassword": "wrong-one-1", "newPassword": "An0ther-Secret"}, expect=422)
    assert kassir.post("/auth/change-password", {"oldPassword": "N3w-Secret-pw",
                                                  "newPassword": "An0ther-Secret"}) == {
        "success": True}
    assert kassir.get("/auth/me")["mustChangePassword"] is False
    assert kassir.get("/shops") == []

    local = web.get("/auth/me")
    assert (local["role"], local["via"]) == ("operator", "trusted-origin")
    web.call("POST", "/auth/change-password", {"oldPassword": "a", "newPassword": "b"},
             expect=401)

    disabled = admin.put(f"/users/{created['id']}", {"active": False})
    assert disabled["active"] is False
    kassir.call("GET", "/auth/me", expect=401)
    assert admin.delete(f"/users/{created['id']}") == {"success": True}
    admin.call("DELETE", f"/users/{created['id']}", expect=404)
    assert [u["username"] for u in admin.get("/users")] == ["boss"]
    admin.call("DELETE", f"/users/{listed[0]['id']}", expect=409)  # the last admin


# ---------------------------------------------------------------- status API


def test_status_api_from_the_database(status_web: WebApp, web: WebApp) -> None:
    shop = web.call("POST", "/shops", SHOP_A, expect=201).json()
    ids = add_cards(web, [iccid(1), iccid(2)], shopId=shop["id"])
    add_cards(web, [iccid(3)])
    web.put(f"/simcards/{ids[0]}", {"status": "sold"})
    sold_at = iso(web.get(f"/simcards/{ids[0]}")["saleDate"])

    one = status_web.post("/check-simcard-status", {"code": iccid(1)})
    assert set(one) == {"status", "is_sold", "sale_date", "message"}
    assert (one["status"], one["is_sold"]) == ("sold", True)
    assert iso(one["sale_date"]) == sold_at and isinstance(one["message"], str)
    held = status_web.post("/check-simcard-status", {"code": iccid(2)})
    assert (held["status"], held["is_sold"], held["sale_date"]) == ("assigned", False, None)
    unknown = status_web.post("/check-simcard-status", {"code": iccid(50)})
    assert (unknown["status"], unknown["is_sold"], unknown["sale_date"]) == (
        "not_found", False, None)
    assert unknown["message"]

    by_get = status_web.get(f"/bulk-check-simcards/{iccid(1)}")
    assert by_get == {"status": "sold", "is_sold": True, "sale_date": one["sale_date"]}
    assert status_web.get(f"/bulk-check-simcards/{iccid(50)}") == {
        "status": "not_found", "is_sold": False, "sale_date": None}

    bulk = status_web.post("/check-simcard-status/bulk",
                           {"codes": [iccid(1), iccid(3), iccid(50)]})
    assert bulk["count"] == 3
    assert [(r["code"], r["status"], r["is_sold"]) for r in bulk["results"]] == [
        (iccid(1), "sold", True), (iccid(3), "available", False),
        (iccid(50), "not_found", False)]
    status_web.call("POST", "/check-simcard-status/bulk", {"codes": []}, expect=422)

    fn = status_web.post("/functions/v1/check-simcard-status", {"simCardCode": iccid(1)})
    assert fn == {"success": True, "simCardCode": iccid(1), "status": "sold", "isSold": True,
                  "saleDate": one["sale_date"], "message": one["message"]}
    missing = status_web.post("/functions/v1/check-simcard-status", {"simCardCode": iccid(50)})
    assert (missing["simCardCode"], missing["status"], missing["isSold"]) == (
        iccid(50), "not_found", False)

    info = status_web.get("/")
    assert "POST /check-simcard-status" in info["endpoints"]
    health = status_web.get("/health")
    assert (health["status"], health["database"], health["simcard_count"]) == (
        "healthy", "ok", 3)


def test_status_api_live(status_web: WebApp, operator_server: FakeOperator) -> None:
    force_sold(operator_server, iccid(1))
    live = {"live": "1"}
    one = status_web.post("/check-simcard-status", {"code": iccid(1)}, params=live)
    assert (one["status"], one["is_sold"]) == ("sold", True)
    assert iso(one["sale_date"]) == SALE_AT
    assert one["message"] == f"SIM card {iccid(1)} is sold"
    other = status_web.get(f"/bulk-check-simcards/{iccid(2)}", params=live)
    assert other == {"status": "active", "is_sold": False, "sale_date": None}
    bulk = status_web.post("/check-simcard-status/bulk", {"codes": [iccid(1), iccid(2)]},
                           params=live)
    assert [(r["code"], r["status"]) for r in bulk["results"]] == [
        (iccid(1), "sold"), (iccid(2), "active")]
    fn = status_web.post("/functions/v1/check-simcard-status", {"simCardCode": iccid(1)},
                         params=live)
    assert (fn["success"], fn["simCardCode"], fn["status"], fn["isSold"]) == (
        True, iccid(1), "sold", True)
    assert iso(fn["saleDate"]) == SALE_AT
    assert operator_server.by_code[iccid(1)] == 3
    # Live answers are not stored: the code is still unknown to the database.
    assert status_web.post("/check-simcard-status", {"code": iccid(1)})["status"] == "not_found"

    operator_server.set_fault(iccid(3), "500")
    broken = status_web.post("/check-simcard-status", {"code": iccid(3)}, params=live)
    assert (broken["status"], broken["is_sold"]) == ("error", False)
