"""The SIM status API (port 9020): the seed's status-source contract, answered from
simdesk's database, or live from the configured upstream status source with ``?live=1``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from simdesk import __version__
from simdesk.api import schemas as s
from simdesk.api.core import PUBLIC, Api, Call, QueryParam, RouteTable, TrustedOrigins
from simdesk.domain import simcards
from simdesk.domain.codes import normalize_code
from simdesk.errors import PermissionDeniedError, SimdeskError, ValidationError
from simdesk.storage.models import ROLE_OPERATOR, ROLE_VIEWER, SimCard
from simdesk.timeutil import to_local_iso, utcnow

if TYPE_CHECKING:
    from simdesk.checking.engine import CheckEngine, SourceAnswer

LIVE_BULK_MAX: Final = 100
LIVE_WORKERS: Final = 8
Q_LIVE = QueryParam("live", {"type": "string", "enum": ["", "0", "1"]},
                    "1: ask the upstream status source now instead of the database")


def _stored_answer(code: str, card: SimCard | None) -> dict[str, Any]:
    if card is None:
        return {"status": "not_found", "is_sold": False, "sale_date": None,
                "message": f"SIM card {code} is not in the database"}
    shop = f" ({card.shop.name})" if card.shop_id is not None else ""
    return {"status": card.status, "is_sold": card.status == "sold",
            "sale_date": to_local_iso(card.sale_date),
            "message": f"{card.status}{shop}; last checked {to_local_iso(card.last_checked)}"
            if card.last_checked else f"{card.status}{shop}; never checked"}


def _live_answer(answer: SourceAnswer) -> dict[str, Any]:
    if answer.error:
        return {"status": "error", "is_sold": False, "sale_date": None,
                "message": answer.error}
    return {"status": answer.status, "is_sold": answer.is_sold,
            "sale_date": to_local_iso(answer.sale_date), "message": answer.message}


def _live_wanted(call: Call) -> bool:
    raw = call.query_value("live") or "0"
    if raw not in ("0", "1"):
        raise ValidationError.for_field("live", "must be 0 or 1")
    if raw == "1":
        p = call.principal
        if p is None or not p.allows(ROLE_OPERATOR):
            raise PermissionDeniedError("A live check needs the operator role.",
                                        code="forbidden")
        return True
    return False


def _answer(call: Call, raw_code: str) -> dict[str, Any]:
    code = normalize_code(raw_code)
    if not code:
        raise ValidationError.for_field("code", "is empty; send the SIM card's code")
    if _live_wanted(call):
        return _live_answer(call.api.engine.query_source(code))
    return _stored_answer(code, simcards.cards_by_codes([code]).get(code))


routes = RouteTable()


@routes.route("GET", "/", summary="API information", role=PUBLIC,
              response=s.StatusApiInfoOut, tag="service")
def api_info(call: Call) -> Any:
    return {"name": "simdesk SIM status API", "version": __version__,
            "docs": "/openapi.json",
            "endpoints": ["POST /check-simcard-status", "GET /bulk-check-simcards/{code}",
                          "POST /check-simcard-status/bulk",
                          "POST /functions/v1/check-simcard-status", "GET /health"]}


@routes.route("GET", "/health", summary="Health", role=PUBLIC, response=s.StatusHealthOut,
              tag="service")
def health(call: Call) -> Any:
    try:
        count: int | None = simcards.count_cards()
        database = "ok"
    except Exception as exc:  # a health check answers, it does not raise
        count, database = None, f"error: {exc}"
    return {"status": "healthy" if database == "ok" else "unhealthy",
            "database": database, "simcard_count": count,
            "timestamp": to_local_iso(utcnow()), "version": __version__}


@routes.route("GET", "/openapi.json", summary="This API's OpenAPI 3.1 document", role=PUBLIC,
              response={"type": "object"}, tag="service")
def openapi_document(call: Call) -> Any:
    from simdesk.api.openapi import build_document

    return build_document(call.api)


@routes.route("POST", "/check-simcard-status", summary="Status of one SIM card",
              role=ROLE_VIEWER, body=s.CodeBody, response=s.SourceStatusOut, query=(Q_LIVE,),
              tag="status")
def check_card_status(call: Call) -> Any:
    return _answer(call, call.body.code)


@routes.route("GET", "/bulk-check-simcards/<code>", summary="Status of one SIM card (GET)",
              role=ROLE_VIEWER, response=s.BulkSourceStatusOut, query=(Q_LIVE,),
              tag="status")
def check_card_status_by_path(call: Call) -> Any:
    result = _answer(call, call.params["code"])
    result.pop("message", None)
    return result


@routes.route("POST", "/check-simcard-status/bulk",
              summary="Status of up to 1,000 SIM cards (100 with ?live=1)", role=ROLE_VIEWER,
              body=s.CodesBody, query=(Q_LIVE,), tag="status", response=s.BulkStatusOut)
def check_many_statuses(call: Call) -> Any:
    codes = [normalize_code(c) for c in call.body.codes]
    if _live_wanted(call):
        if len(codes) > LIVE_BULK_MAX:
            raise ValidationError.for_field(
                "codes", f"at most {LIVE_BULK_MAX} codes per live request")
        answers = [_live_answer(a) for a in call.api.engine.query_sources(
            codes, workers=LIVE_WORKERS)]
    else:
        stored = simcards.cards_by_codes(codes)
        answers = [_stored_answer(c, stored.get(c)) for c in codes]
    return {"results": [{"code": c, **a} for c, a in zip(codes, answers, strict=True)],
            "count": len(codes)}


@routes.route("POST", "/functions/v1/check-simcard-status",
              summary="The web app's status check by simCardCode", role=ROLE_VIEWER,
              body=s.FunctionsCheckBody, response=s.FunctionsCheckOut, query=(Q_LIVE,),
              tag="status")
def check_status_for_web_app(call: Call) -> Any:
    code = call.body.simCardCode
    try:
        result = _answer(call, code)
    except SimdeskError as exc:
        if exc.code in ("no_status_source", "status_source_down"):
            return {"success": False, "simCardCode": code, "error": exc.message}
        raise
    return {"success": result["status"] != "error", "simCardCode": normalize_code(code),
            "status": result["status"], "isSold": result["is_sold"],
            "saleDate": result["sale_date"], "message": result["message"]}


def build_status_api(engine: CheckEngine, *, bound_host: str,
                     origins: TrustedOrigins | None = None) -> Api:
    api = Api("simdesk SIM status API", "The status of SIM cards by code, as the old status "
              "service answered it: from simdesk's database, or live from the operator's "
              "status source with ?live=1.", bound_host=bound_host, engine=engine,
              origins=origins)
    api.add_routes(routes)
    return api
