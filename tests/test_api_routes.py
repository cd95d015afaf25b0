"""Every route is a module-level function reachable by name: ``METHOD path`` → the function
of ``simdesk.api.main_app`` or ``simdesk.api.status_app`` that answers it."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
from werkzeug.test import Client

from simdesk.api import main_app, status_app
from simdesk.api.core import PUBLIC, Api, Call, QueryParam, RouteTable
from simdesk.api.main_app import build_main_api
from simdesk.api.status_app import build_status_api
from simdesk.checking.engine import CheckEngine

# In declaration order, which is also the order of the OpenAPI document.
MAIN_ROUTES = [
    ("GET /", "api_info"),
    ("GET /health", "health"),
    ("GET /openapi.json", "openapi_document"),
    ("POST /auth/login", "login"),
    ("POST /auth/logout", "logout"),
    ("GET /auth/me", "who_am_i"),
    ("POST /auth/change-password", "change_password"),
    ("GET /shops", "list_shops"),
    ("POST /shops", "create_shop"),
    ("GET /shops/<shop_id>", "get_shop"),
    ("PUT /shops/<shop_id>", "update_shop"),
    ("DELETE /shops/<shop_id>", "delete_shop"),
    ("POST /shops/<shop_id>/archive", "archive_shop"),
    ("POST /shops/<shop_id>/unarchive", "unarchive_shop"),
    ("GET /shops/<shop_id>/stats", "get_shop_stats"),
    ("GET /simcards", "list_cards"),
    ("GET /simcards/<card_id>", "get_card"),
    ("POST /simcards", "create_card"),
    ("POST /simcards/bulk", "bulk_add_cards"),
    ("PUT /simcards/<card_id>", "update_card"),
    ("DELETE /simcards/<card_id>", "delete_card"),
    ("POST /simcards/assign", "assign_cards"),
    ("GET /simcards/<card_id>/check-status", "check_card_now"),
    ("POST /simcards/auto-check", "auto_check"),
    ("GET /auto-check/runs/<run_id>", "get_check_run"),
    ("POST /auto-check/runs/<run_id>/cancel", "cancel_check_run"),
    ("GET /statistics", "overall_statistics"),
    ("GET /statistics/shops", "statistics_per_shop"),
    ("GET /statistics/regions", "statistics_per_region"),
    ("GET /statistics/sales", "sales_per_day"),
    ("GET /logs/status-changes", "list_status_changes"),
    ("GET /logs/checks", "list_check_log"),
    ("GET /settings", "get_settings"),
    ("PUT /settings", "change_settings"),
    ("GET /users", "list_users"),
    ("POST /users", "add_user"),
    ("PUT /users/<user_id>", "update_user"),
    ("POST /users/<user_id>/reset-password", "reset_user_password"),
    ("DELETE /users/<user_id>", "delete_user"),
]

STATUS_ROUTES = [
    ("GET /", "api_info"),
    ("GET /health", "health"),
    ("GET /openapi.json", "openapi_document"),
    ("POST /check-simcard-status", "check_card_status"),
    ("GET /bulk-check-simcards/<code>", "check_card_status_by_path"),
    ("POST /check-simcard-status/bulk", "check_many_statuses"),
    ("POST /functions/v1/check-simcard-status", "check_status_for_web_app"),
]


def _registered(api: Api, module: ModuleType) -> list[tuple[str, str]]:
    """``METHOD path`` → name of the function the app calls, checked to be that module's
    function of that name."""
    found = []
    for spec in api.routes:
        handler = api.handlers[(spec.method, spec.path)]
        assert handler.__module__ == module.__name__, (spec.method, spec.path)
        assert getattr(module, handler.__name__) is handler, (spec.method, spec.path)
        found.append((f"{spec.method} {spec.path}", handler.__name__))
    return found


def test_main_api_routes_are_module_functions_by_name(engine: CheckEngine) -> None:
    api = build_main_api(engine, bound_host="127.0.0.1")
    assert _registered(api, main_app) == MAIN_ROUTES
    assert api.handlers[("POST", "/simcards/bulk")] is main_app.bulk_add_cards
    assert main_app.routes.handler("POST", "/simcards/auto-check") is main_app.auto_check
    assert len(api.app.routes) == len(MAIN_ROUTES)


def test_status_api_routes_are_module_functions_by_name(engine: CheckEngine) -> None:
    api = build_status_api(engine, bound_host="127.0.0.1")
    assert _registered(api, status_app) == STATUS_ROUTES
    assert (status_app.routes.handler("POST", "/check-simcard-status/bulk")
            is status_app.check_many_statuses)
    assert len(api.app.routes) == len(STATUS_ROUTES)


def test_the_api_reaches_its_route_functions_through_the_call(engine: CheckEngine) -> None:
    api = build_main_api(engine, bound_host="127.0.0.1")
    assert api.engine is engine
    reply = Client(api.wsgi()).get("/")
    assert reply.status_code == 200
    assert reply.get_json()["startedAt"] is not None


def test_route_table_keeps_declarations_for_every_app(engine: CheckEngine) -> None:
    table = RouteTable()
    seen: list[Api] = []

    @table.route("GET", "/b", summary="second", role=PUBLIC,
                 query=iter([QueryParam("x", {"type": "string"})]), cache=True)
    def second(call: Call) -> Any:
        seen.append(call.api)
        return {"x": call.query_value("x")}

    @table.route("POST", "/a", summary="first", role=PUBLIC, status=201)
    def first(call: Call) -> Any:
        return {}

    with pytest.raises(ValueError, match="GET /b is declared twice"):
        table.route("GET", "/b", summary="again", role=PUBLIC)(first)
    assert [(d.method, d.path, d.handler) for d in table] == [
        ("GET", "/b", second), ("POST", "/a", first)]

    apis = [Api("t", "d", bound_host="127.0.0.1", engine=engine) for _ in range(2)]
    for api in apis:
        api.add_routes(table)
        assert [(r.method, r.path, r.status, r.cache) for r in api.routes] == [
            ("GET", "/b", 200, True), ("POST", "/a", 201, False)]
        assert [q.name for q in api.routes[0].query] == ["x"]  # not used up by the first app
        assert Client(api.wsgi()).get("/b?x=1").get_json() == {"x": "1"}
    assert seen == apis
