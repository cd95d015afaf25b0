"""schemathesis 4 over both OpenAPI documents, in-process (WSGI, no sockets).

Each operation of each document is its own test, run twice: with a real admin bearer token
and without any credentials.  Every test gets a fresh database (the ``db`` fixture) with a
few shops and cards and a fresh :class:`ApiServers` whose WSGI apps schemathesis calls.

Checks: no 5xx (except a documented 503 meaning "no status source configured"), responses
match their schemas, status codes and content types are documented, schema-invalid requests
are refused (``negative_data_rejection``), secured operations refuse requests without valid
credentials (``ignored_auth``).  ``positive_data_acceptance`` is off: the documents cannot
express the domain rules (Luhn-valid codes, known sort keys, existing shops), so schema-valid
requests are rightly refused with 400/422 now and then.

Also plain tests: every Bottle route is in its document and vice versa, and each document
is valid OpenAPI 3.1 (the official 3.1 meta-schema bundled with schemathesis) with valid JSON
Schema 2020-12 component schemas.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import hypothesis
import jsonschema_rs
import pytest
import schemathesis
from hypothesis import HealthCheck
from schemathesis import Case, CheckContext, Response
from werkzeug.test import Client

from simdesk.api.core import Api
from simdesk.api.servers import ApiServers, Binding
from simdesk.checking.engine import CheckEngine
from simdesk.domain import shops, simcards, users
from tests.helpers import pack

ADMIN_PASSWORD = "fuzz-admin-Passw0rd"

class _AppSlot:
    """A WSGI app that forwards to the app of the test being run (each test has its own
    database and ApiServers; the schema is loaded once, at collection)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.target: Callable[..., Any] | None = None

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        assert self.target is not None, f"no {self.name} app: use the 'served' fixture"
        return self.target(environ, start_response)


MAIN = _AppSlot("main")
STATUS = _AppSlot("status")

CONFIG = schemathesis.Config.from_dict({
    "seed": 20261127,
    "generation": {
        "max-examples": 15,
        "deterministic": True,  # derandomized: the same cases on every run
        "mode": "all",  # positive and negative data
        # The tests send the Authorization header themselves (a real token, or none).
        "with-security-parameters": False,
    },
    "phases": {
        "examples": {"enabled": True},
        "coverage": {"enabled": True},
        "fuzzing": {"enabled": True},
        "stateful": {"enabled": False},
    },
    "checks": {
        # Replaced by `not_a_server_error_but_documented_503` below.
        "not_a_server_error": {"enabled": False},
        "positive_data_acceptance": {"enabled": False},
    },
    "suppress-health-check": ["too_slow", "filter_too_much", "data_too_large"],
})


def _build_runtime() -> tuple[ApiServers, CheckEngine]:
    engine = CheckEngine()
    return ApiServers(engine, Binding("127.0.0.1", 0, 0)), engine


def _load(slot: _AppSlot, pick: Callable[[ApiServers], Api]) -> Any:
    """The schema as the app serves it (the openapi route needs no database)."""
    runtime, engine = _build_runtime()
    api = pick(runtime)
    slot.target = api.wsgi()
    try:
        return schemathesis.openapi.from_wsgi("/openapi.json", slot, config=CONFIG)
    finally:
        slot.target = None
        engine.shutdown()


main_schema = _load(MAIN, lambda r: r.main_api)
status_schema = _load(STATUS, lambda r: r.status_api)


@schemathesis.check
def not_a_server_error_but_documented_503(
    ctx: CheckContext, response: Response, case: Case
) -> bool | None:
    """No 5xx, except 503 with the documented "no status source configured" error."""
    if response.status_code < 500:
        return None
    if response.status_code == 503:
        try:
            code = json.loads(response.content)["error"]["code"]
        except (ValueError, KeyError, TypeError):
            code = None
        if code in ("no_status_source", "status_source_down"):
            return None
    raise AssertionError(
        f"{case.operation.label} answered {response.status_code}: "
        f"{response.content[:500]!r}")


@pytest.fixture
def served(db) -> Iterator[str]:
    """Both apps on the test's database with a few shops and cards; yields an admin token."""
    runtime, engine = _build_runtime()
    MAIN.target = runtime.main_api.wsgi()
    STATUS.target = runtime.status_api.wsgi()
    try:
        admin = users.add_user("admin", ADMIN_PASSWORD, "admin")
        token, _ = users.issue_token(admin, "schemathesis")
        shop = shops.create_shop({"name": "Chilonzor 1", "owner_name": "Aziz",
                                  "owner_phone": "+998901234567", "address": "Chilonzor 5",
                                  "region": "Toshkent"})
        shops.create_shop({"name": "Yunusobod", "region": "Toshkent"})
        codes = pack(6)
        simcards.bulk_add(simcards.entries_from_codes(codes), source="cli")
        simcards.assign_cards(shop.id, codes=codes[:3], source="cli")
        yield token
    finally:
        MAIN.target = STATUS.target = None
        engine.shutdown()


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# `served` is set up once per operation, not per generated case: on purpose (the cases of
# one operation share its database, as requests to a real server do).
shared_fixture = hypothesis.settings(suppress_health_check=[HealthCheck.function_scoped_fixture],
                                     deadline=None)


@main_schema.parametrize()
@shared_fixture
def test_main_api_authenticated(case: Case, served: str) -> None:
    case.call_and_validate(headers=_bearer(served))


@main_schema.parametrize()
@shared_fixture
def test_main_api_without_credentials(case: Case, served: str) -> None:
    case.call_and_validate()


@status_schema.parametrize()
@shared_fixture
def test_status_api_authenticated(case: Case, served: str) -> None:
    case.call_and_validate(headers=_bearer(served))


@status_schema.parametrize()
@shared_fixture
def test_status_api_without_credentials(case: Case, served: str) -> None:
    case.call_and_validate()


# ---------------------------------------------------------------- bugs found here, fixed


def _get(app: Callable[..., Any], path: str, **kwargs: Any) -> Any:
    return Client(app).open(path, **kwargs)


def test_status_api_serves_its_openapi_document(served: str) -> None:
    assert STATUS.target is not None
    response = _get(STATUS.target, "/openapi.json")
    assert response.status_code == 200, response.get_data(as_text=True)


def test_async_auto_check_202_matches_its_document(served: str) -> None:
    assert MAIN.target is not None
    response = _get(MAIN.target, "/simcards/auto-check?async=1", method="POST",
                    headers=_bearer(served), json={})
    assert response.status_code == 202
    document = main_schema.raw_schema
    schema = document["paths"]["/simcards/auto-check"]["post"]["responses"]["202"][
        "content"]["application/json"]["schema"]
    validator = jsonschema_rs.Draft202012Validator({**schema, "components": document[
        "components"]})
    errors = [e.message for e in validator.iter_errors(response.get_json())]
    assert errors == []


LENIENT_QUERIES = [
    ("/simcards", "status", ""),
    ("/simcards", "status", "lost"),
    ("/shops", "limit", ""),
    ("/shops", "limit", "ten"),
    ("/logs/checks", "changesOnly", "true"),
    ("/logs/checks", "changesOnly", "no"),
    ("/logs/checks", "changesOnly", "maybe"),
]


@pytest.mark.parametrize(("path", "name", "value"), LENIENT_QUERIES,
                         ids=[f"{p}?{n}={v}" for p, n, v in LENIENT_QUERIES])
def test_query_values_accepted_only_when_documented(served: str, path: str, name: str,
                                                     value: str) -> None:
    """A query value is accepted exactly when its documented schema allows it (either side
    may move: the server refusing it, or the document allowing it)."""
    assert MAIN.target is not None
    params = main_schema.raw_schema["paths"][path]["get"]["parameters"]
    schema = next(p["schema"] for p in params if p["name"] == name)
    documented = jsonschema_rs.is_valid(schema, value)
    response = _get(MAIN.target, f"{path}?{name}={value}", headers=_bearer(served))
    assert (response.status_code < 400) == documented, (
        f"GET {path}?{name}={value!r}: {response.status_code}; documented schema {schema}")


# ---------------------------------------------------------------- documents vs routes


def _document(name: str) -> tuple[Api, dict[str, Any]]:
    """The document the app serves, with the app's Api."""
    runtime, engine = _build_runtime()
    try:
        api = runtime.main_api if name == "main" else runtime.status_api
        response = Client(api.wsgi()).get("/openapi.json")
        assert response.status_code == 200, response.get_data(as_text=True)
        return api, response.get_json()
    finally:
        engine.shutdown()


DOCUMENTS = ["main", "status"]


def _bottle_operations(api: Api) -> set[tuple[str, str]]:
    return {(route.method.upper(), re.sub(r"<(\w+)(?::[^>]*)?>", r"{\1}", route.rule))
            for route in api.app.routes}


def _document_operations(document: dict[str, Any]) -> set[tuple[str, str]]:
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return {(method.upper(), path) for path, item in document["paths"].items()
            for method in item if method in methods}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_openapi_document_matches_the_routes(name: str) -> None:
    api, document = _document(name)
    routes = _bottle_operations(api)
    operations = _document_operations(document)
    assert routes - operations == set(), f"{name}: routes missing from /openapi.json"
    assert operations - routes == set(), f"{name}: documented operations with no route"
    # Path parameters are declared, and only those.
    for path, item in document["paths"].items():
        wanted = set(re.findall(r"{(\w+)}", path))
        for method, op in item.items():
            declared = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
            assert declared == wanted, f"{name}: {method.upper()} {path} path parameters"
    ids = [op["operationId"] for item in document["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids)), f"{name}: duplicate operationIds"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_openapi_document_is_valid_openapi_3_1(name: str) -> None:
    from schemathesis.specs.openapi.definitions import OPENAPI_31_VALIDATOR

    _, document = _document(name)
    assert re.fullmatch(r"3\.1\.\d+", document["openapi"])
    errors = [f"{'/'.join(map(str, e.instance_path))}: {e.message}"
              for e in OPENAPI_31_VALIDATOR.iter_errors(document)]
    assert errors == [], f"{name}: not valid OpenAPI 3.1"
    components = document["components"]["schemas"]
    for model, schema in components.items():
        assert jsonschema_rs.meta.is_valid(schema), f"{name}: {model} is not a JSON Schema"
    for ref in set(_refs(document)):
        assert ref.startswith("#/components/schemas/"), ref
        assert ref.rsplit("/", 1)[1] in components, f"{name}: dangling $ref {ref}"
    for path, item in document["paths"].items():
        for method, op in item.items():
            assert op.get("responses"), f"{name}: {method.upper()} {path} has no responses"
            for code, response in op["responses"].items():
                for media in response.get("content", {}).values():
                    assert jsonschema_rs.meta.is_valid(media.get("schema", {})), (
                        f"{name}: {method.upper()} {path} {code}")
