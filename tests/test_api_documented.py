"""Every route of both APIs, called over real HTTP with a valid request, answers what its
/openapi.json says: the status is documented for the operation and the JSON body validates
against the schema declared for that status (JSON Schema 2020-12, ``$ref``\\ s resolved into
``components``).  Objects are validated as closed — a field the document does not declare
fails as a missing one does — so any drift between a route and its document fails here.

Errors too: every documented 4xx (and ``default``) is the error schema, and real error
answers (no credentials, unknown ids, a wrong method, a bad body) validate against it.
``OPTIONS`` answers the methods of its path, from the route registry.
"""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs
import pytest
import requests

from simdesk.api import main_app, status_app
from simdesk.api.core import PUBLIC, RouteTable
from simdesk.domain import settings, shops, simcards, users
from tests.conftest import WEBAPP_ORIGIN
from tests.helpers import pack

PASSWORD = "Str0ng-Passw0rd!x"
ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}
T = 30


@dataclass
class Request:
    api: str  # "main" | "status"
    route: str  # "METHOD /path/<param>" as declared
    path: str  # the concrete path
    body: Any = None
    query: dict[str, str] = field(default_factory=dict)
    status: int = 200
    token: str = "admin"  # which token of the world to send; "" sends none

    @property
    def method(self) -> str:
        return self.route.split(" ", 1)[0]


def closed(node: Any) -> Any:
    """``node`` with every object that lists its properties closed to others."""
    if isinstance(node, dict):
        out = {k: closed(v) for k, v in node.items()}
        if "properties" in out and out.get("additionalProperties", True) is True:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [closed(v) for v in node]
    return node


@pytest.fixture
def world(apis, op) -> dict[str, Any]:
    settings.set_many({"status_source.url": op.url, "checks.sync_wait_seconds": 5})
    admin = users.add_user("boss", PASSWORD, "admin")
    changer = users.add_user("changer", PASSWORD, "operator")
    clerk = users.add_user("clerk", PASSWORD, "operator")
    leaver = users.add_user("leaver", PASSWORD, "viewer")
    full = shops.create_shop({"name": "Chorsu", "region": "Toshkent shahri",
                              "owner_name": "Aziz", "owner_phone": "+998901234567"})
    empty = shops.create_shop({"name": "Yunusobod", "region": "Toshkent shahri"})
    spare = shops.create_shop({"name": "Olmazor", "region": "Toshkent shahri"})
    codes = pack(8)
    ids = simcards.bulk_add(simcards.entries_from_codes(codes), source="cli").created_ids
    simcards.assign_cards(full.id, codes=codes[:4], source="cli")
    run = apis.engine.start_run(None, kind="auto", source="check", actor="test")
    deadline = time.monotonic() + T
    while not run.finished and time.monotonic() < deadline:
        time.sleep(0.05)
        run = apis.engine.get_run(run.run_id, with_results=False) or run
    assert run.finished, run
    tokens = {name: users.issue_token(user, "test")[0] for name, user in
              (("admin", admin), ("logout", admin), ("changer", changer))}
    return {"main": apis.main, "status": apis.status, "tokens": tokens, "codes": codes,
            "card": ids[codes[0]], "stock_card": ids[codes[5]], "doomed_card": ids[codes[7]],
            "shop": full.id, "empty_shop": empty.id, "spare_shop": spare.id,
            "clerk": clerk.id, "leaver": leaver.id, "run": run.run_id}


def valid_requests(w: dict[str, Any]) -> Iterator[Request]:
    """A valid request for every route, in an order in which each still finds its data."""
    codes = w["codes"]
    card, shop = w["card"], w["shop"]
    yield Request("main", "GET /", "/")
    yield Request("main", "GET /health", "/health")
    yield Request("main", "GET /openapi.json", "/openapi.json")
    yield Request("main", "POST /auth/login", "/auth/login",
                  {"username": "boss", "password": PASSWORD}, token="")
    yield Request("main", "GET /auth/me", "/auth/me")
    yield Request("main", "POST /auth/change-password", "/auth/change-password",
                  {"oldPassword": PASSWORD, "newPassword": PASSWORD + "2"}, token="changer")
    yield Request("main", "POST /auth/logout", "/auth/logout", token="logout")
    yield Request("main", "GET /shops", "/shops")
    yield Request("main", "GET /shops", "/shops", query={"limit": "1", "offset": "1"})
    yield Request("main", "POST /shops", "/shops", {"name": "Sergeli", "region": "Toshkent"},
                  status=201)
    yield Request("main", "GET /shops/<shop_id>", f"/shops/{shop}")
    yield Request("main", "PUT /shops/<shop_id>", f"/shops/{shop}", {"notes": "corner"})
    yield Request("main", "POST /shops/<shop_id>/archive", f"/shops/{w['spare_shop']}/archive")
    yield Request("main", "POST /shops/<shop_id>/unarchive",
                  f"/shops/{w['spare_shop']}/unarchive")
    yield Request("main", "GET /shops/<shop_id>/stats", f"/shops/{shop}/stats")
    yield Request("main", "DELETE /shops/<shop_id>", f"/shops/{w['empty_shop']}")
    yield Request("main", "GET /simcards", "/simcards")
    yield Request("main", "GET /simcards", "/simcards", query={"limit": "2", "status": "assigned"})
    yield Request("main", "GET /simcards/<card_id>", f"/simcards/{card}")
    yield Request("main", "POST /simcards", "/simcards", {"code": pack(1, 100)[0]}, status=201)
    yield Request("main", "POST /simcards/bulk", "/simcards/bulk",
                  {"codes": [*pack(2, 200), codes[0], "12345"]})
    yield Request("main", "POST /simcards/bulk", "/simcards/bulk",
                  {"entries": [{"code": pack(1, 300)[0], "phone": "12"}, {"code": "1"}],
                   "shopId": str(shop)}, query={"details": "1"})
    yield Request("main", "PUT /simcards/<card_id>", f"/simcards/{card}", {"notes": "box 3"})
    yield Request("main", "DELETE /simcards/<card_id>", f"/simcards/{w['doomed_card']}")
    yield Request("main", "POST /simcards/assign", "/simcards/assign",
                  {"shopId": str(shop), "codes": [codes[5], codes[0]], "strict": False})
    yield Request("main", "POST /simcards/assign", "/simcards/assign",
                  {"shopId": None, "ids": [str(w["stock_card"])]})
    yield Request("main", "GET /simcards/<card_id>/check-status", f"/simcards/{card}/check-status")
    yield Request("main", "POST /simcards/auto-check", "/simcards/auto-check",
                  {"simCards": [{"id": str(card)}, {"id": "made-up-1"}]})
    yield Request("main", "POST /simcards/auto-check", "/simcards/auto-check", {},
                  query={"async": "1"}, status=202)
    yield Request("main", "GET /auto-check/runs/<run_id>", f"/auto-check/runs/{w['run']}")
    yield Request("main", "POST /auto-check/runs/<run_id>/cancel",
                  f"/auto-check/runs/{w['run']}/cancel")
    yield Request("main", "GET /statistics", "/statistics")
    yield Request("main", "GET /statistics/shops", "/statistics/shops")
    yield Request("main", "GET /statistics/regions", "/statistics/regions")
    yield Request("main", "GET /statistics/sales", "/statistics/sales",
                  query={"days": "7", "shopId": str(shop)})
    yield Request("main", "GET /logs/status-changes", "/logs/status-changes")
    yield Request("main", "GET /logs/checks", "/logs/checks", query={"simcardId": str(card)})
    yield Request("main", "GET /settings", "/settings")
    yield Request("main", "PUT /settings", "/settings", {"stats.stale_days": 45})
    yield Request("main", "GET /users", "/users")
    yield Request("main", "POST /users", "/users",
                  {"username": "newbie", "password": PASSWORD, "role": "viewer"}, status=201)
    yield Request("main", "PUT /users/<user_id>", f"/users/{w['clerk']}", {"role": "viewer"})
    yield Request("main", "POST /users/<user_id>/reset-password",
                  f"/users/{w['clerk']}/reset-password", {"password": PASSWORD + "3"})
    yield Request("main", "DELETE /users/<user_id>", f"/users/{w['leaver']}")
    yield Request("status", "GET /", "/")
    yield Request("status", "GET /health", "/health")
    yield Request("status", "GET /openapi.json", "/openapi.json")
    yield Request("status", "POST /check-simcard-status", "/check-simcard-status",
                  {"code": codes[0]})
    yield Request("status", "POST /check-simcard-status", "/check-simcard-status",
                  {"code": codes[1]}, query={"live": "1"})
    yield Request("status", "GET /bulk-check-simcards/<code>", f"/bulk-check-simcards/{codes[1]}")
    yield Request("status", "POST /check-simcard-status/bulk", "/check-simcard-status/bulk",
                  {"codes": [codes[0], pack(1, 300)[0]]})
    yield Request("status", "POST /functions/v1/check-simcard-status",
                  "/functions/v1/check-simcard-status", {"simCardCode": codes[2]})


def _documents(w: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {api: requests.get(w[api] + "/openapi.json", timeout=T).json()
            for api in ("main", "status")}


def _send(w: dict[str, Any], r: Request, **extra: Any) -> requests.Response:
    headers = {"Content-Type": "application/json"}
    if r.token:
        headers["Authorization"] = f"Bearer {w['tokens'][r.token]}"
    headers.update(extra.pop("headers", {}))
    return requests.request(r.method, w[r.api] + r.path, params=r.query, headers=headers,
                            json=r.body, timeout=T, **extra)


def _operation(document: dict[str, Any], route: str) -> dict[str, Any]:
    method, path = route.split(" ", 1)
    return document["paths"][re.sub(r"<(\w+)>", r"{\1}", path)][method.lower()]


def _problems(document: dict[str, Any], route: str, reply: requests.Response) -> list[str]:
    """How ``reply`` differs from what the document says of ``route`` (nothing: [])."""
    responses = _operation(document, route)["responses"]
    documented = responses.get(str(reply.status_code))
    if documented is None:
        if reply.status_code < 400:
            return [f"{route}: {reply.status_code} is not documented"]
        documented = responses["default"]
    schema = documented["content"]["application/json"]["schema"]
    if reply.status_code < 400:
        if schema in ({}, {"type": "object"}) and not route.endswith(
                ("/openapi.json", "/settings")):
            return [f"{route}: {reply.status_code} has no schema"]
    elif schema != ERROR_REF:
        return [f"{route}: {reply.status_code} is not the error schema"]
    validator = jsonschema_rs.Draft202012Validator(
        closed({**schema, "components": document["components"]}))
    return [f"{route} {reply.status_code} /{'/'.join(map(str, e.instance_path))}: {e.message}"
            for e in validator.iter_errors(reply.json())][:5]


def _check(document: dict[str, Any], route: str, reply: requests.Response) -> None:
    problems = _problems(document, route, reply)
    assert problems == [], problems


def _routes() -> set[tuple[str, str]]:
    tables: list[tuple[str, RouteTable]] = [("main", main_app.routes),
                                            ("status", status_app.routes)]
    return {(api, f"{d.method} {d.path}") for api, table in tables for d in table}


def test_every_route_answers_as_documented(world: dict[str, Any]) -> None:
    documents = _documents(world)
    called = set()
    problems: list[str] = []
    for r in valid_requests(world):
        reply = _send(world, r)
        assert reply.status_code == r.status, (r.route, reply.status_code, reply.text[:500])
        assert reply.headers["Content-Type"].startswith("application/json"), r.route
        problems += _problems(documents[r.api], r.route, reply)
        called.add((r.api, r.route))
    assert problems == [], "\n".join(problems)
    assert called == _routes(), "every route is called once at least"


def test_error_answers_use_the_error_schema(world: dict[str, Any]) -> None:
    documents = _documents(world)
    for api, document in documents.items():
        for path, item in document["paths"].items():
            for method, op in item.items():
                for code, response in op["responses"].items():
                    if code == "default" or code.startswith("4"):
                        schema = response["content"]["application/json"]["schema"]
                        assert schema == ERROR_REF, (api, method, path, code)
    tables: list[tuple[str, RouteTable]] = [("main", main_app.routes),
                                            ("status", status_app.routes)]
    seen: set[int] = set()
    for api, table in tables:
        for decl in table:
            route = f"{decl.method} {decl.path}"
            path = re.sub(r"<\w+>", "999999", decl.path)
            if decl.options["role"] != PUBLIC:  # no credentials: 401
                reply = _send(world, Request(api, route, path, token=""))
                assert reply.status_code == 401, (route, reply.text)
                _check(documents[api], route, reply)
                seen.add(401)
            if "<" in decl.path and not decl.path.startswith("/bulk-check"):  # unknown id
                reply = _send(world, Request(api, route, path, body={}))
                assert reply.status_code in (404, 422), (route, reply.text)
                _check(documents[api], route, reply)
                seen.add(reply.status_code)
            if decl.options.get("body") is not None:  # a body of the wrong type
                reply = _send(world, Request(api, route, re.sub(r"<\w+>", "1", decl.path),
                                             body=["not", "an", "object"]))
                assert reply.status_code == 422, (route, reply.text)
                _check(documents[api], route, reply)
                seen.add(422)
    reply = _send(world, Request("main", "DELETE /statistics", "/statistics"))
    assert reply.status_code == 405
    assert reply.headers["Allow"] == "GET, HEAD, OPTIONS"
    assert reply.json()["error"]["code"] == "method_not_allowed"
    assert seen == {401, 404, 422}


def test_options_answers_the_methods_of_its_path(world: dict[str, Any]) -> None:
    cases = {
        "/simcards": "GET, HEAD, OPTIONS, POST",
        "/simcards/12": "DELETE, GET, HEAD, OPTIONS, PUT",
        "/simcards/assign": "OPTIONS, POST",
        "/users/3/reset-password": "OPTIONS, POST",
        "/statistics": "GET, HEAD, OPTIONS",
    }
    for path, allow in cases.items():
        reply = requests.options(world["main"] + path, timeout=T)
        assert reply.status_code == 204, (path, reply.text)
        assert reply.headers["Allow"] == allow, path
        preflight = requests.options(world["main"] + path, timeout=T, headers={
            "Origin": WEBAPP_ORIGIN, "Access-Control-Request-Method": allow.split(", ")[-1],
            "Access-Control-Request-Headers": "content-type"})
        assert preflight.status_code == 204, (path, preflight.text)
        wanted = [m for m in allow.split(", ") if m not in ("HEAD", "OPTIONS")]
        assert preflight.headers["Access-Control-Allow-Methods"] == ", ".join(wanted), path
        assert preflight.headers["Access-Control-Allow-Origin"] == WEBAPP_ORIGIN
    reply = requests.options(world["status"] + "/check-simcard-status", timeout=T)
    assert reply.headers["Allow"] == "OPTIONS, POST"
    # A method the path does not have, asked by a preflight: refused with what it has.
    preflight = requests.options(world["main"] + "/statistics", timeout=T, headers={
        "Origin": WEBAPP_ORIGIN, "Access-Control-Request-Method": "DELETE"})
    assert preflight.status_code == 405, preflight.text
    assert preflight.headers["Allow"] == "GET, HEAD, OPTIONS"
    assert preflight.json()["error"]["code"] == "method_not_allowed"
    # A path with no route.
    for headers in ({}, {"Origin": WEBAPP_ORIGIN, "Access-Control-Request-Method": "GET"}):
        reply = requests.options(world["main"] + "/nowhere", timeout=T, headers=headers)
        assert reply.status_code == 404, reply.text
        assert reply.json()["error"]["code"] == "not_found"


def test_closed_objects_catch_undeclared_fields() -> None:
    schema = closed({"type": "object", "properties": {"a": {"type": "integer"}},
                     "additionalProperties": True})
    validator = jsonschema_rs.Draft202012Validator(schema)
    assert validator.is_valid({"a": 1})
    assert not validator.is_valid({"a": 1, "b": 2})
    kept = {"type": "object", "additionalProperties": {"type": "integer"}}
    assert closed(copy.deepcopy(kept)) == kept
