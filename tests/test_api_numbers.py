"""Ids and numbers written every way a client can write them wrong, on every route that
takes one: path parameters, query parameters, ids in JSON bodies given as strings, and the
numeric settings — over real HTTP, on both APIs.

An id or a number is ASCII decimal digits within SQLite's signed 64-bit range; anything
else is an unknown id (404) or a bad parameter (422), never a 5xx, and a streamed list is
refused before its answer starts.  The routes and their parameters come from the route
registries (``main_app.routes``, ``status_app.routes``): a route that gains an id or a
number fails here until its answers are listed in EXPECTED.
"""

from __future__ import annotations

import re
import socket
import typing
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pydantic
import pytest
import requests

from simdesk.api import main_app, schemas, status_app
from simdesk.api.core import RouteTable
from simdesk.domain import settings, shops, simcards, users
from simdesk.domain.codes import INT64_MAX, ascii_int
from tests.helpers import pack

BAD = ["²", "٣", "１２", "-1", "1e3", " 1", "9223372036854775808", "99999999999999999999"]
PASSWORD = "Str0ng-Passw0rd!x"
T = 30

# (api, METHOD path, where, name) → the status every BAD value gets.
EXPECTED: dict[tuple[str, str, str, str], int] = {
    ("main", "GET /shops", "query", "limit"): 422,
    ("main", "GET /shops", "query", "offset"): 422,
    ("main", "GET /shops/<shop_id>", "path", "shop_id"): 404,
    ("main", "PUT /shops/<shop_id>", "path", "shop_id"): 404,
    ("main", "PUT /shops/<shop_id>", "body", "id"): 200,  # read-only, sent back and ignored
    ("main", "PUT /shops/<shop_id>", "body", "assignedSimCards"): 200,  # the same
    ("main", "DELETE /shops/<shop_id>", "path", "shop_id"): 404,
    ("main", "POST /shops/<shop_id>/archive", "path", "shop_id"): 404,
    ("main", "POST /shops/<shop_id>/unarchive", "path", "shop_id"): 404,
    ("main", "GET /shops/<shop_id>/stats", "path", "shop_id"): 404,
    ("main", "GET /simcards", "query", "shopId"): 404,
    ("main", "GET /simcards", "query", "limit"): 422,
    ("main", "GET /simcards", "query", "offset"): 422,
    ("main", "GET /simcards/<card_id>", "path", "card_id"): 404,
    ("main", "POST /simcards/bulk", "body", "shopId"): 404,
    ("main", "PUT /simcards/<card_id>", "path", "card_id"): 404,
    ("main", "PUT /simcards/<card_id>", "body", "assignedTo"): 404,
    ("main", "PUT /simcards/<card_id>", "body", "id"): 200,  # read-only, ignored
    ("main", "DELETE /simcards/<card_id>", "path", "card_id"): 404,
    ("main", "POST /simcards/assign", "body", "shopId"): 404,
    ("main", "POST /simcards/assign", "body", "ids"): 404,
    ("main", "GET /simcards/<card_id>/check-status", "path", "card_id"): 404,
    # The web app sends ids it made up for cards it has just added: listed in notFound.
    ("main", "POST /simcards/auto-check", "body", "simCards.id"): 200,
    ("main", "GET /auto-check/runs/<run_id>", "path", "run_id"): 404,
    ("main", "POST /auto-check/runs/<run_id>/cancel", "path", "run_id"): 404,
    ("main", "GET /statistics/sales", "query", "days"): 422,
    ("main", "GET /statistics/sales", "query", "shopId"): 404,
    ("main", "GET /logs/status-changes", "query", "limit"): 422,
    ("main", "GET /logs/checks", "query", "simcardId"): 404,
    ("main", "GET /logs/checks", "query", "shopId"): 404,
    ("main", "GET /logs/checks", "query", "runId"): 200,  # a run id is text: no such run
    ("main", "GET /logs/checks", "query", "limit"): 422,
    ("main", "GET /logs/checks", "query", "offset"): 422,
    ("main", "PUT /users/<user_id>", "path", "user_id"): 404,
    ("main", "POST /users/<user_id>/reset-password", "path", "user_id"): 404,
    ("main", "DELETE /users/<user_id>", "path", "user_id"): 404,
    # A SIM card's code, not an id: the seed's contract answers "not_found" in the body.
    ("status", "GET /bulk-check-simcards/<code>", "path", "code"): 200,
}
# A valid body for the routes that need one, so that only the value under test is wrong.
BODIES: dict[str, dict[str, Any]] = {
    "PUT /shops/<shop_id>": {"name": "Renamed"},
    "PUT /simcards/<card_id>": {"notes": "checked"},
    "PUT /users/<user_id>": {"role": "viewer"},
    "POST /users/<user_id>/reset-password": {"password": PASSWORD},
    "POST /simcards/bulk": {"codes": []},
    "POST /simcards/assign": {"shopId": None, "codes": []},
    "POST /simcards/auto-check": {"simCards": []},
}
NUMBER_QUERY = re.compile(r"^(limit|offset|days)$")
ID_QUERY = re.compile(r"Id$")


def _is_id(annotation: Any) -> bool:
    """An id field of a request model: ``str | int``, alone or in a list, maybe optional."""
    args = set(typing.get_args(annotation))
    if {str, int} <= args:
        return True
    return any(typing.get_origin(a) is list and _is_id(typing.get_args(a)[0]) for a in args)


def _id_fields(model: type[pydantic.BaseModel], prefix: str = "") -> Iterator[str]:
    for name, info in model.model_fields.items():
        if _is_id(info.annotation):
            yield prefix + name
        for arg in typing.get_args(info.annotation):
            inner = typing.get_args(arg)[0] if typing.get_origin(arg) is list else arg
            if isinstance(inner, type) and issubclass(inner, pydantic.BaseModel):
                yield from _id_fields(inner, f"{prefix}{name}.")


def discovered() -> set[tuple[str, str, str, str]]:
    """Every id or number a route takes, read from the route registries."""
    found: set[tuple[str, str, str, str]] = set()
    tables: list[tuple[str, RouteTable]] = [("main", main_app.routes),
                                            ("status", status_app.routes)]
    for api, table in tables:
        for decl in table:
            route = f"{decl.method} {decl.path}"
            for name in re.findall(r"<(\w+)", decl.path):
                found.add((api, route, "path", name))
            for q in decl.options.get("query", ()):
                if NUMBER_QUERY.match(q.name) or ID_QUERY.search(q.name):
                    found.add((api, route, "query", q.name))
            body = decl.options.get("body")
            if isinstance(body, type) and issubclass(body, schemas.Strict | schemas.Lenient):
                for name in _id_fields(body):
                    found.add((api, route, "body", name))
    return found


def test_every_id_and_number_of_every_route_is_listed() -> None:
    assert discovered() == set(EXPECTED)


def test_the_numbers_rule() -> None:
    assert [ascii_int(v) for v in BAD] == [None] * len(BAD)
    assert ascii_int("0") == 0 and ascii_int("007") == 7
    assert ascii_int(str(INT64_MAX)) == INT64_MAX
    assert ascii_int("-5", -10) == -5 and ascii_int("-5") is None
    assert ascii_int("5", 1, 4) is None and ascii_int("+5") is None and ascii_int("") is None
    assert ascii_int("0" * 5000 + "1") == 1 and ascii_int("9" * 5000) is None
    assert ascii_int("-") is None and ascii_int("--1", -5) is None and ascii_int("-0", -1) == 0


@pytest.fixture
def world(apis, op) -> dict[str, Any]:
    admin = users.add_user("boss", PASSWORD, "admin")
    token, _ = users.issue_token(admin, "test")
    other = users.add_user("clerk", PASSWORD, "operator")
    shop = shops.create_shop({"name": "Chorsu", "region": "Toshkent shahri"})
    codes = pack(3)
    added = simcards.bulk_add(simcards.entries_from_codes(codes), shop_id=shop.id,
                              source="cli")
    settings.set_many({"status_source.url": op.url})
    return {"main": apis.main, "status": apis.status, "token": token, "shop": shop.id,
            "card": added.created_ids[codes[0]], "user": other.id}


def _send(world: dict[str, Any], api: str, route: str, where: str, name: str,
          value: str) -> requests.Response:
    method, path = route.split(" ", 1)
    real = {"shop_id": world["shop"], "card_id": world["card"], "user_id": world["user"],
            "run_id": "no-such-run", "code": "8999801"}
    params: dict[str, str] = {}
    body: Any = BODIES.get(route)
    if where == "path":
        real[name] = value
    elif where == "query":
        params[name] = value
    else:
        body = dict(body or {})
        if name == "simCards.id":
            body["simCards"] = [{"id": value}]
        elif name in ("ids", "assignedSimCards"):
            body[name] = [value]
            if name == "ids":
                body["shopId"] = str(world["shop"])
        else:
            body[name] = value
    url = world[api] + re.sub(r"<(\w+)>", lambda m: quote(str(real[m[1]]), safe=""), path)
    return requests.request(method, url, params=params, json=body, timeout=T,
                            headers={"Authorization": f"Bearer {world['token']}"})


@pytest.mark.parametrize("key", sorted(EXPECTED), ids=lambda k: " ".join(k))
def test_bad_ids_and_numbers_are_404_or_422(world: dict[str, Any],
                                            key: tuple[str, str, str, str]) -> None:
    api, route, where, name = key
    wanted = EXPECTED[key]
    for value in BAD:
        reply = _send(world, api, route, where, name, value)
        assert reply.status_code == wanted, (value, reply.status_code, reply.text)
        assert reply.headers["Content-Type"].startswith("application/json"), value
        data = reply.json()
        if wanted >= 400:
            assert data["error"]["code"] in ("not_found", "validation_error") or data[
                "error"]["code"].endswith("_not_found"), (value, data)
        elif name == "simCards.id":
            assert data["notFound"] == [value], data


def test_a_huge_offset_is_refused_before_the_stream_starts(world: dict[str, Any]) -> None:
    """It answered ``200 [`` and then dropped the connection."""
    for offset in ("9223372036854775808", "99999999999999999999"):
        reply = requests.get(f"{world['main']}/simcards", params={"offset": offset},
                             timeout=T, headers={"Authorization": f"Bearer {world['token']}"})
        assert reply.status_code == 422, reply.text
        assert reply.json()["error"]["details"]["fields"] == {
            "offset": "must be a whole number from 0 to 9,223,372,036,854,775,807, in digits "
                      "0-9"}
    reply = requests.get(f"{world['main']}/simcards", params={"offset": str(INT64_MAX)},
                         timeout=T, headers={"Authorization": f"Bearer {world['token']}"})
    assert reply.status_code == 200 and reply.json() == []
    assert reply.headers["X-Total-Count"] == "3"


def test_a_query_value_that_is_not_utf8(world: dict[str, Any]) -> None:
    for query in ("limit=%FF", "shopId=%C3%28", "q=%FF"):
        reply = requests.get(f"{world['main']}/simcards?{query}", timeout=T,
                             headers={"Authorization": f"Bearer {world['token']}"})
        assert reply.status_code == 422, (query, reply.text)
        assert reply.json()["error"]["message"].endswith("is not UTF-8 text"), reply.text


@pytest.mark.parametrize("key", sorted(k for k, s in settings.SPECS.items() if s.type is int))
def test_numeric_settings_given_as_text(world: dict[str, Any], key: str) -> None:
    url = f"{world['main']}/settings"
    headers = {"Authorization": f"Bearer {world['token']}"}
    for value in [*BAD, "1_0", "+5"]:
        reply = requests.put(url, json={key: value}, headers=headers, timeout=T)
        assert reply.status_code == 422, (value, reply.text)
        assert reply.json()["error"]["code"] == "invalid_setting"
    reply = requests.put(url, json={key: 10**400}, headers=headers, timeout=T)
    assert reply.status_code == 422, reply.text


def test_decimal_settings_given_as_text(world: dict[str, Any]) -> None:
    url = f"{world['main']}/settings"
    headers = {"Authorization": f"Bearer {world['token']}"}
    for value in ["٣", "１２", "²", "1_0", "nan", "inf", " 1", "1.5.1", 10**400]:
        reply = requests.put(url, json={"checks.deadline_seconds": value}, headers=headers,
                             timeout=T)
        assert reply.status_code == 422, (value, reply.text)
    for value, stored in (("2.5", 2.5), ("1e1", 10.0), (3, 3.0)):
        reply = requests.put(url, json={"checks.deadline_seconds": value}, headers=headers,
                             timeout=T)
        assert reply.status_code == 200, reply.text
        assert reply.json()["checks.deadline_seconds"] == stored


def test_content_length_must_be_digits(world: dict[str, Any]) -> None:
    host, port = world["main"].removeprefix("http://").split(":")
    for length in ("٣", "+3", " 3x", "-1"):
        with socket.create_connection((host, int(port)), timeout=T) as sock:
            sock.sendall(f"POST /auth/logout HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                         f"application/json\r\nContent-Length: {length}\r\n"
                         "Connection: close\r\n\r\n{}".encode())
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        status = int(answer.split(b" ", 2)[1])
        assert 400 <= status < 500, (length, answer[:300])
