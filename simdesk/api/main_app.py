"""The main API (port 9022): everything the office's web app calls, with the seed's paths and
JSON shapes, plus paging, assignment by codes/ranges, logs, settings, users and runs."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote_plus, urlencode

import bottle

from simdesk import __version__
from simdesk.api import schemas as s
from simdesk.api.core import (
    AUTHENTICATED,
    PUBLIC,
    Api,
    Call,
    QueryParam,
    Reply,
    RouteTable,
    Stream,
    TrustedOrigins,
    dumps,
)
from simdesk.api.serialize import (
    LocalTime,
    card_json,
    card_text_dicts,
    check_json,
    shop_json,
    shop_text_json,
    sid,
    status_change_json,
    user_json,
)
from simdesk.checking.lease import RunElsewhereError
from simdesk.checking.runs import RunSummary
from simdesk.domain import cardpages, logs, settings, shops, simcards, stats, users
from simdesk.domain.codes import INT64_MAX, ascii_int
from simdesk.domain.simcards import CardFilter, CodeRange
from simdesk.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    SimdeskError,
    ValidationError,
)
from simdesk.gcpause import gc_paused
from simdesk.storage.db import current_database
from simdesk.storage.models import ROLE_ADMIN, ROLE_OPERATOR, ROLE_VIEWER
from simdesk.timeutil import parse_timestamp, to_local_iso, utcnow

if TYPE_CHECKING:
    from simdesk.checking.engine import CardResult, CheckEngine

MAX_PAGE: Final = 1000
STREAM_BATCH: Final = 1000

BOOL_WORDS: Final = ("", "0", "1", "false", "true", "no", "yes")


def q_int(name: str, low: int, high: int | None = None, description: str = "") -> QueryParam:
    """An integer query parameter; empty means absent."""
    number: dict[str, Any] = {"type": "integer", "minimum": low}
    if high is not None:
        number["maximum"] = high
    return QueryParam(name, {"anyOf": [number, {"type": "string", "maxLength": 0}]},
                      description)


def q_enum(name: str, values: tuple[str, ...], description: str = "") -> QueryParam:
    """A query parameter taking one of ``values``; empty means absent."""
    return QueryParam(name, {"type": "string", "enum": ["", *values]}, description)


def q_bool(name: str, description: str = "") -> QueryParam:
    return QueryParam(name, {"type": "string", "enum": list(BOOL_WORDS)}, description)


Q_LIMIT = q_int("limit", 1, MAX_PAGE, "page size (without it the whole list is returned)")
Q_OFFSET = q_int("offset", 0, INT64_MAX, "rows to skip")
Q_AFTER = QueryParam(
    "after", {"type": "string", "maxLength": cardpages.MAX_CURSOR},
    "keyset paging (instead of offset; fast however deep): the cards after the card this "
    "cursor names, in the same sort and filters.  Start with an empty after= (the first "
    "page); each page's Link header rel=\"next\" carries the next page's cursor (none on "
    "the last page).  Cursors are opaque: a changed or foreign one is a 422")


def _int_param(call: Call, name: str, low: int, high: int = INT64_MAX) -> int | None:
    """A whole number in ASCII digits from ``low`` to ``high`` (at most SQLite's largest
    integer), or None when absent; anything else is a 422 — checked before any answer (a
    streamed one included) starts."""
    raw = call.query_value(name)
    if raw is None:
        return None
    value = ascii_int(raw, low, high)
    if value is None:
        raise ValidationError.for_field(
            name, f"must be a whole number from {low:,} to {high:,}, in digits 0-9")
    return value


def _bool_param(call: Call, name: str) -> bool:
    raw = call.query_value(name) or ""
    if raw not in BOOL_WORDS:
        raise ValidationError.for_field(name, "must be 1 or 0 (true or false)")
    return raw in ("1", "true", "yes")


def _time_param(call: Call, name: str) -> Any:
    raw = call.query_value(name)
    if raw is None:
        return None
    try:
        return parse_timestamp(raw)
    except ValueError:
        raise ValidationError.for_field(name, "must be a date such as 2026-11-27 or "
                                        "2026-11-27T10:00:00+05:00") from None


def _paging(call: Call) -> tuple[int | None, int]:
    limit = _int_param(call, "limit", 1, MAX_PAGE)
    offset = _int_param(call, "offset", 0) or 0
    return limit, offset


def _page_headers(call: Call, total: int, limit: int | None, offset: int,
                  cursor: tuple[str | None] | None = None) -> dict[str, str]:
    """X-Total-Count and the Link header: offset links for an offset request, and for a
    cursor request (``cursor`` holds the next page's cursor, or None on the last page) the
    first page and the next page's cursor."""
    headers = {"X-Total-Count": str(total)}
    if limit is None:
        return headers
    other = {k: v for k, v in call.query.decode().items()
             if k not in ("limit", "offset", "after")}
    # The other parameters and the limit encoded once; each link adds its offset or cursor
    # (the same text as encoding all of them per link: urlencode keeps the order given).
    prefix = f"<{bottle.request.path}?{urlencode({**other, 'limit': limit})}&"
    if cursor is not None:
        cursor_links = [f'{prefix}after=>; rel="first"']
        if cursor[0] is not None:
            cursor_links.append(f'{prefix}after={quote_plus(cursor[0])}>; rel="next"')
        headers["Link"] = ", ".join(cursor_links)
        return headers

    def link(off: int, rel: str) -> str:
        return f'{prefix}offset={off}>; rel="{rel}"'

    last = max(0, (total - 1) // limit * limit)
    links = [link(0, "first")]
    if offset > 0:
        links.append(link(min(max(0, offset - limit), last), "prev"))
    if offset + limit < total:
        links.append(link(offset + limit, "next"))
    links.append(link(last, "last"))
    headers["Link"] = ", ".join(links)
    return headers


routes = RouteTable()


# ---------------------------------------------------------------- service


@routes.route("GET", "/", summary="API information", role=PUBLIC, response=s.ApiInfoOut,
              tag="service")
def api_info(call: Call) -> Any:
    return {"name": "simdesk main API", "version": __version__, "docs": "/openapi.json",
            "status": "running", "startedAt": to_local_iso(call.api.started_at)}


@routes.route("GET", "/health", summary="Health of the API and its database", role=PUBLIC,
              response=s.HealthOut, tag="service")
def health(call: Call) -> Any:
    try:
        count = simcards.count_cards()
        database = "ok"
    except Exception as exc:  # reported, not raised: a health check must answer
        count, database = None, f"error: {exc}"
    source_url = settings.get("status_source.url") if database == "ok" else ""
    engine = call.api.engine
    active = engine.active_run()
    elsewhere = engine.running_elsewhere() if database == "ok" else None
    return {
        "status": "healthy" if database == "ok" else "unhealthy",
        "database": database,
        "database_kind": type(current_database()).__name__,
        "simcard_count": count,
        "external_api": "configured" if source_url else "not configured",
        "auto_check_running": active is not None or elsewhere is not None,
        "auto_check_elsewhere": elsewhere.owner if elsewhere is not None else None,
        "timestamp": to_local_iso(utcnow()),
        "version": __version__,
    }


@routes.route("GET", "/openapi.json", summary="This API's OpenAPI 3.1 document", role=PUBLIC,
              response={"type": "object"}, tag="service")
def openapi_document(call: Call) -> Any:
    from simdesk.api.openapi import build_document

    return build_document(call.api)


# ---------------------------------------------------------------- auth


@routes.route("POST", "/auth/login", summary="Log in; returns a bearer token", role=PUBLIC,
              body=s.LoginBody, response=s.LoginOut, tag="auth",
              responses={401: "wrong username or password",
                         429: "too many failed logins of this name from this address; "
                              "Retry-After says when to try again"})
def login(call: Call) -> Any:
    body: s.LoginBody = call.body
    # The TCP peer, never X-Forwarded-For (a client could name any address there and
    # escape the throttle): failed logins are counted per name and this address.
    address = bottle.request.environ.get("REMOTE_ADDR") or ""
    user = users.authenticate(body.username, body.password, address=address)
    token, expires = users.issue_token(user, bottle.request.get_header("User-Agent", "")[:200])
    return {"success": True, "token": token, "user": user_json(user),
            "expiresAt": to_local_iso(expires)}


@routes.route("POST", "/auth/logout", summary="Log out (revokes the token)", role=PUBLIC,
              response=s.SuccessOut, tag="auth")
def logout(call: Call) -> Any:
    if call.principal is not None and call.principal.token:
        users.revoke_token(call.principal.token)
    return {"success": True}


@routes.route("GET", "/auth/me", summary="Who is calling", role=AUTHENTICATED,
              response=s.MeOut, tag="auth", allow_must_change=True)
def who_am_i(call: Call) -> Any:
    p = call.principal
    assert p is not None
    return {"username": p.username, "role": p.role, "via": p.via,
            "mustChangePassword": p.must_change_password}


@routes.route("POST", "/auth/change-password", summary="Change one's own password",
              role=AUTHENTICATED, body=s.ChangePasswordBody, response=s.SuccessOut,
              tag="auth", allow_must_change=True,
              responses={429: "too many wrong passwords (or failed logins) of this name from "
                              "this address; Retry-After says when to try again"})
def change_password(call: Call) -> Any:
    p = call.principal
    assert p is not None
    if p.user_id is None:
        raise AuthenticationError("Log in with a user account to change a password.",
                                  code="authentication_required")
    body: s.ChangePasswordBody = call.body
    # Wrong old passwords count in the login throttle of the name and the TCP peer.
    address = bottle.request.environ.get("REMOTE_ADDR") or ""
    users.change_password(p.user_id, body.oldPassword, body.newPassword, address=address)
    return {"success": True}


# ---------------------------------------------------------------- shops


SHOP_QUERY: Final = (
    QueryParam("q", {"type": "string"}, "name, owner, phone or address contains"),
    QueryParam("region", {"type": "string"}),
    q_enum("status", ("active", "inactive")),
    q_enum("archived", ("0", "1", "only"),
           "1: include archived shops; only: archived shops alone"),
    QueryParam("sort", {"type": "string"}, "name, region, addedDate or id; - for desc"),
    Q_LIMIT, Q_OFFSET,
)


@routes.route("GET", "/shops", summary="List shops (an array)", role=ROLE_VIEWER,
              response={"type": "array", "items": s.ShopOut}, query=SHOP_QUERY,
              tag="shops", cache=True)
def list_shops(call: Call) -> Any:
    archived = call.query_value("archived") or "0"
    if archived not in ("0", "1", "only"):
        raise ValidationError.for_field("archived", "must be 0, 1 or only")
    flt = shops.ShopFilter(q=call.query_value("q"), region=call.query_value("region"),
                           status=call.query_value("status"),
                           include_archived=archived == "1",
                           archived_only=archived == "only")
    limit, offset = _paging(call)
    # Two statements whatever the number of shops and cards: the page with every shop's
    # card ids (one grouped subquery), and the count (not needed for a whole list).
    page = simcards.shop_text_rows(flt, sort=call.query_value("sort") or "name",
                                   limit=limit, offset=offset)
    total = len(page) if limit is None and not offset else simcards.count_shops(flt)
    t = LocalTime()
    return Reply([shop_text_json(row, t) for row in page],
                 headers=_page_headers(call, total, limit, offset))


def _shop_fields(body: s.ShopCreate | s.ShopUpdate) -> dict[str, Any]:
    names = {"name": "name", "ownerName": "owner_name", "ownerPhone": "owner_phone",
             "address": "address", "region": "region", "status": "status",
             "latitude": "latitude", "longitude": "longitude", "notes": "notes"}
    given = body.model_dump(exclude_unset=True)
    return {names[k]: v for k, v in given.items() if k in names}


@routes.route("POST", "/shops", summary="Create a shop", role=ROLE_OPERATOR,
              body=s.ShopCreate, response=s.ShopOut, status=201, tag="shops")
def create_shop(call: Call) -> Any:
    shop = shops.create_shop(_shop_fields(call.body))
    return Reply(shop_json(shop), 201, {"Location": f"/shops/{shop.id}"})


@routes.route("GET", "/shops/<shop_id>", summary="One shop", role=ROLE_VIEWER,
              response=s.ShopOut, tag="shops", cache=True)
def get_shop(call: Call) -> Any:
    shop = shops.get_shop(shops.shop_id_of(call.params["shop_id"]))
    return shop_json(shop, simcards.assigned_ids_by_shop([shop.id])[shop.id])


@routes.route("PUT", "/shops/<shop_id>", summary="Update a shop (any subset of fields)",
              role=ROLE_OPERATOR, body=s.ShopUpdate, response=s.ShopOut, tag="shops")
def update_shop(call: Call) -> Any:
    shop = shops.update_shop(shops.shop_id_of(call.params["shop_id"]),
                             _shop_fields(call.body))
    return shop_json(shop, simcards.assigned_ids_by_shop([shop.id])[shop.id])


@routes.route("DELETE", "/shops/<shop_id>", summary="Delete a shop that holds no cards",
              role=ROLE_OPERATOR, response=s.SuccessOut, tag="shops",
              responses={409: "the shop still holds cards"})
def delete_shop(call: Call) -> Any:
    shops.delete_shop(shops.shop_id_of(call.params["shop_id"]))
    return {"success": True}


@routes.route("POST", "/shops/<shop_id>/archive", summary="Archive a shop", role=ROLE_OPERATOR,
              response=s.ShopOut, tag="shops")
def archive_shop(call: Call) -> Any:
    return shop_json(shops.archive_shop(shops.shop_id_of(call.params["shop_id"])))


@routes.route("POST", "/shops/<shop_id>/unarchive", summary="Bring an archived shop back",
              role=ROLE_OPERATOR, response=s.ShopOut, tag="shops")
def unarchive_shop(call: Call) -> Any:
    return shop_json(shops.unarchive_shop(shops.shop_id_of(call.params["shop_id"])))


@routes.route("GET", "/shops/<shop_id>/stats", summary="A shop's numbers", role=ROLE_VIEWER,
              response=s.ShopStatsOut, tag="statistics", cache=True)
def get_shop_stats(call: Call) -> Any:
    st = stats.shop_stats(shops.shop_id_of(call.params["shop_id"]))
    return {"shopId": str(st.shop_id), "shopName": st.shop_name, "assigned": st.assigned,
            "sold": st.sold, "total": st.total, "sellThrough": st.sell_through,
            "sold7d": st.sold_7d, "sold30d": st.sold_30d,
            "lastSale": to_local_iso(st.last_sale)}


# ---------------------------------------------------------------- SIM cards


CARD_QUERY: Final = (
    q_enum("status", ("available", "assigned", "sold")),
    QueryParam("shopId", {"type": "string"}),
    QueryParam("operator", {"type": "string"}),
    QueryParam("q", {"type": "string"},
               "search: digits starting with 89 match the start of a code; other text "
               "matches anywhere in the code or phone"),
    QueryParam("sort", {"type": "string"},
               "id, code, status, addedDate, saleDate or lastChecked; - for descending"),
    Q_LIMIT, Q_OFFSET, Q_AFTER,
)


def _card_filter(call: Call) -> CardFilter:
    shop_ref = call.query_value("shopId")
    return CardFilter(
        status=call.query_value("status"),
        shop_id=shops.shop_id_of(shop_ref) if shop_ref else None,
        operator=call.query_value("operator"),
        q=call.query_value("q"),
    )


def _json_array(batches: Iterator[list[dict[str, Any]]],
                close: Callable[[], object] | None = None) -> Iterator[bytes]:
    """One JSON array written a batch of rows at a time (memory stays that of one batch);
    ``close`` runs when the answer ends, however it ends."""
    try:
        yield b"["
        separator = b""
        for batch in batches:
            # dumps gives "[{...},{...}]": the array's brackets are dropped, the rows kept.
            yield separator + dumps(batch)[1:-1]
            separator = b","
        yield b"]"
    finally:
        if close is not None:
            close()


def _stream_rows(cursor: Any, t: LocalTime) -> Iterator[bytes]:
    """The whole card list (a ``simcards.card_text_rows`` cursor) as one JSON array."""
    memo = t.memo()
    rows = iter(lambda: cursor.fetchmany(STREAM_BATCH), [])
    return _json_array((card_text_dicts(batch, t, memo) for batch in rows), cursor.close)


def _stream_list_rows(rows: Iterator[Sequence[Any]], t: LocalTime) -> Iterator[bytes]:
    """The rest of the card list after an offset or a cursor (``cardpages.page_text_rows``)
    as one JSON array."""
    memo = t.memo()
    batches = iter(lambda: card_text_dicts(islice(rows, STREAM_BATCH), t, memo), [])
    return _json_array(batches)


@routes.route("GET", "/simcards", summary="List SIM cards (an array; streamed without limit)",
              role=ROLE_VIEWER, response={"type": "array", "items": s.CardOut},
              query=CARD_QUERY, tag="simcards", cache=True)
def list_cards(call: Call) -> Any:
    flt = _card_filter(call)
    sort = call.query_value("sort") or "-addedDate"
    limit, offset = _paging(call)
    after = _after_param(call, offset)
    t = LocalTime()
    if limit is None and not offset and not after:
        # The whole list: text rows straight from the cursor (no conversion per row).  The
        # query runs here, before the answer starts: a failure is a JSON error, not an
        # array cut off after "[".
        cursor_rows = simcards.card_text_rows(simcards.listing_query(flt, sort=sort))
        headers = _page_headers(call, cardpages.total(flt), limit, offset)
        return Stream(_stream_rows(cursor_rows, t), headers=headers)
    # One row more than the page shows tells a cursor page whether another follows.
    wanted = limit + 1 if limit is not None and after is not None else limit
    page = cardpages.page_text_rows(flt, sort, limit=wanted, offset=offset, after=after)
    total = cardpages.total(flt)
    if limit is not None:
        # Each row: the card's text columns, then its sort key as stored (for the cursor).
        rows = list(page)
        cursor: tuple[str | None] | None = None
        if after is not None:
            more = len(rows) > limit
            del rows[limit:]
            cursor = (cardpages.text_cursor_after(rows[-1], cardpages.sort_order(sort))
                      if more else None,)
        headers = _page_headers(call, total, limit, offset, cursor)
        return Reply(card_text_dicts([row[:-1] for row in rows], t), headers=headers)
    return Stream(_stream_list_rows(page, t), headers=_page_headers(call, total, limit, offset))


def _after_param(call: Call, offset: int) -> str | None:
    """The cursor of a keyset request ("" for its first page), None for an offset one."""
    if "after" not in call.query:
        return None
    after = call.query_value("after") or ""
    if offset:
        raise ValidationError.for_field(
            "after", "cannot be combined with offset: a cursor already says where the page "
            "starts; leave offset out")
    return after


@routes.route("GET", "/simcards/<card_id>", summary="One SIM card", role=ROLE_VIEWER,
              response=s.CardOut, tag="simcards", cache=True)
def get_card(call: Call) -> Any:
    return card_json(simcards.get_card(simcards.card_id_of(call.params["card_id"])))


@routes.route("POST", "/simcards", summary="Add one SIM card", role=ROLE_OPERATOR,
              body=s.CardCreate, response=s.CardOut, status=201, tag="simcards",
              responses={409: "the code is already stored"})
def create_card(call: Call) -> Any:
    body: s.CardCreate = call.body
    card = simcards.create_card(body.code, phone=body.phone, operator=body.operator,
                                notes=body.notes)
    return Reply(card_json(card), 201, {"Location": f"/simcards/{card.id}"})


@routes.route("POST", "/simcards/bulk",
              summary="Add many cards (codes, entries with phones, or a range), "
              "optionally straight into a shop; answers in counts, the new ids and the "
              "lines with a problem (every line with ?details=1)",
              role=ROLE_OPERATOR, body=s.BulkBody, response=s.BulkOut, tag="simcards",
              query=(q_bool("details", "1: also list every line's result (results)"),))
def bulk_add_cards(call: Call) -> Any:
    body: s.BulkBody = call.body
    details = _bool_param(call, "details")
    given = [x for x in (body.codes, body.entries, body.range) if x is not None]
    if len(given) != 1:
        raise ValidationError("Send the cards one way: codes, entries or range.",
                              fields={"codes": "give codes, entries or a range"})
    shop_id = shops.shop_id_of(body.shopId) if body.shopId is not None else None
    # 100,000 lines make as many small objects, none in a cycle: no collector passes.
    with gc_paused():
        entries: list[simcards.BulkEntry]
        if body.codes is not None:
            entries = simcards.entries_from_codes(body.codes)
        elif body.entries is not None:
            entries = [(n, e.code, e.phone) for n, e in enumerate(body.entries, start=1)]
        else:
            assert body.range is not None
            entries = simcards.entries_from_codes(simcards.expand_range(
                body.range.first, count=body.range.count, last=body.range.last,
                verify_luhn=bool(settings.get("codes.verify_luhn"))))
        result = simcards.bulk_add(entries, shop_id=shop_id, source="api", actor=call.actor)
        del entries
        return bulk_answer(result, details=details)


def _line_json(r: simcards.LineResult) -> dict[str, Any]:
    return {"line": r.line, "code": r.code or r.raw, "result": r.outcome, "reason": r.reason}


def bulk_answer(result: simcards.BulkAddResult, *, details: bool = False) -> dict[str, Any]:
    """The answer to a bulk add: counts, the new cards' ids (``createdIds``: ``{first,
    last}`` when they run one after another in input order, else the list), the web app's
    ``created_cards`` and ``failed_cards``, and every line with a problem in full
    (``problems``: duplicates, invalid lines, cards created without their phone).  Every
    line's result (``results``) only with ``details`` — the web app does not read it, and
    it was the larger half of a 100,000-line answer."""
    rejected = result.rejected()
    ids = result.created_id_list or []
    texts = list(map(str, ids))
    created_ids: Any = texts
    if ids and ids[-1] - ids[0] == len(ids) - 1 and ids == list(range(ids[0], ids[-1] + 1)):
        created_ids = {"first": texts[0], "last": texts[-1]}
    answer: dict[str, Any] = {
        "success": True,
        "created": result.created_count,
        "failed": len(rejected),
        "duplicates": len(result.duplicates),
        "invalid": len(result.invalid),
        "createdIds": created_ids,
        "created_cards": [{"id": card_id, "code": code}
                          for card_id, code in zip(texts, result.created_codes, strict=True)],
        "failed_cards": [{"code": r.raw, "reason": r.reason} for r in rejected],
        "problems": [_line_json(r) for r in result.reported()],
    }
    if details:
        answer["results"] = [_line_json(r) for r in result.lines()]
    return answer


@routes.route("PUT", "/simcards/<card_id>", summary="Update a SIM card", role=ROLE_OPERATOR,
              body=s.CardUpdate, response=s.CardOut, tag="simcards")
def update_card(call: Call) -> Any:
    body: s.CardUpdate = call.body
    given = body.model_dump(exclude_unset=True)
    changes: dict[str, Any] = {k: given[k] for k in ("code", "status", "phone", "operator",
                                                      "notes") if k in given}
    if "assignedTo" in given:
        ref = given["assignedTo"]
        changes["shop_id"] = shops.shop_id_of(ref) if ref not in (None, "") else None
        changes.setdefault("status", "assigned" if changes["shop_id"] else "available")
    card = simcards.update_card(simcards.card_id_of(call.params["card_id"]), changes,
                                source="api", actor=call.actor)
    return card_json(card)


@routes.route("DELETE", "/simcards/<card_id>", summary="Delete a SIM card (not a sold one)",
              role=ROLE_OPERATOR, response=s.SuccessOut, tag="simcards")
def delete_card(call: Call) -> Any:
    simcards.delete_card(simcards.card_id_of(call.params["card_id"]), source="api",
                         actor=call.actor)
    return {"success": True}


def _range(body: s.RangeBody | None) -> CodeRange | None:
    return None if body is None else CodeRange(body.first, body.count, body.last)


@routes.route("POST", "/simcards/assign",
              summary="Assign cards to a shop (count, codes, ids or range); "
              "shopId null returns them to stock",
              role=ROLE_OPERATOR, body=s.AssignBody, response=s.AssignOut, tag="simcards",
              responses={400: "fewer cards in stock than asked for", 404: "unknown shop"})
def assign_cards(call: Call) -> Any:
    body: s.AssignBody = call.body
    ids = [simcards.card_id_of(i) for i in body.ids] if body.ids is not None else None
    if body.shopId is None:
        if body.count is not None:
            raise ValidationError.for_field(
                "count", "returning to stock needs the cards (codes, ids or range)")
        result = simcards.return_to_stock(ids=ids, codes=body.codes,
                                          code_range=_range(body.range), strict=body.strict,
                                          source="api", actor=call.actor)
    else:
        result = simcards.assign_cards(
            shops.shop_id_of(body.shopId), ids=ids, codes=body.codes,
            code_range=_range(body.range), count=body.count, strict=body.strict,
            source="api", actor=call.actor)
    name = result.shop.name if result.shop is not None else None
    return {
        "success": True,
        "assignedCards": [
            {"id": str(c.id), "code": c.code, "status": c.status,
             "assignedTo": sid(c.shop_id), "assignedShopName": name}
            for c in result.changed
        ],
        "skipped": [{"code": code, "reason": why} for code, why in result.skipped],
    }


def _external(result: CardResult | None) -> dict[str, Any]:
    if result is None:
        return {"status": "skipped", "is_sold": False, "sale_date": None,
                "message": "not asked: sold cards are not checked again"}
    return {"status": result.external_status or ("error" if result.error else "unknown"),
            "is_sold": result.is_sold, "sale_date": to_local_iso(result.sale_date),
            "message": result.error or "", "durationMs": result.duration_ms}


@routes.route("GET", "/simcards/<card_id>/check-status",
              summary="Check one card's status with the status source now", role=ROLE_OPERATOR,
              response=s.CheckedCardOut, tag="checks",
              responses={503: "no status source configured"})
def check_card_now(call: Call) -> Any:
    engine = call.api.engine
    card_id = simcards.card_id_of(call.params["card_id"])
    simcards.get_card(card_id)
    deadline = float(settings.get("checks.deadline_seconds"))
    run = engine.check_now([card_id], source="api", actor=call.actor,
                           timeout=2 * deadline + 5)
    if not run.finished:  # the source's deadline holds each call; this is a safety net
        raise SimdeskError(
            f"The status source has not answered within {2 * deadline + 5:g} s; the check "
            f"goes on (run {run.run_id}). Look at the card again in a moment.",
            code="status_source_down", details={"runId": run.run_id, "state": run.state})
    card = card_json(simcards.get_card(card_id))
    result = run.results[0] if run.results else None
    if result is None and card["status"] != "sold":
        raise SimdeskError(
            f"The check could not run: {run.reason or run.state}. Check the status "
            "source in Settings.", code="status_source_down",
            details={"runId": run.run_id, "state": run.state})
    card["externalData"] = _external(result)
    card["statusChanged"] = bool(result and result.changed)
    return card


def _run_json(run: RunSummary, t: LocalTime) -> dict[str, Any]:
    return {
        "runId": run.run_id,
        "kind": run.kind,
        "state": run.state,
        "reason": run.reason,
        "startedAt": t(run.started_at),
        "finishedAt": t(run.finished_at),
        "total": run.total,
        "checked": run.checked,
        "changed": run.changed,
        "errors": run.errors,
        "newlySold": [
            {"id": str(n.simcard_id), "code": n.code, "shopId": sid(n.shop_id),
             "shopName": n.shop_name, "saleDate": t(n.sale_date)}
            for n in run.newly_sold
        ],
    }


def _result_json(r: CardResult, t: LocalTime) -> dict[str, Any]:
    return {
        "simCardId": str(r.simcard_id),
        "code": r.code,
        "status": r.new_status,
        "isSold": r.new_status == "sold",
        "saleDate": t(r.sale_date),
        "lastChecked": t(r.last_checked),
        "externalStatus": r.external_status,
        "statusChanged": r.changed,
        "error": r.error,
    }


@routes.route("POST", "/simcards/auto-check",
              summary="Check cards with the status source: the web app's list, or all "
              "assigned cards; ?async=1 answers 202 with a run id",
              role=ROLE_OPERATOR, body=s.AutoCheckBody, body_optional=True,
              response=s.AutoCheckOut,
              query=(q_bool("async", "1: start the run and answer 202 at once"),),
              tag="checks", responses={202: ("the run started", s.RunOut)})
def auto_check(call: Call) -> Any:
    """The web app's auto-check.  It never holds a request thread longer than
    ``checks.sync_wait_seconds``: past that (or when two requests already wait, or when
    another simdesk on this database runs the auto-check) the answer is the stored statuses
    with ``inProgress: true`` and the run's id, and the run goes on; the web app shows the
    fresh statuses at its next poll.  Ids the web app made up for cards it has just added
    are not cards here: they are listed in ``notFound`` and left out of ``results``."""
    engine = call.api.engine
    body: s.AutoCheckBody | None = call.body
    requested: list[int] | None = None
    not_found: list[str] = []
    if body is not None and body.simCards is not None:
        refs = [str(c.id) for c in body.simCards]
        known = simcards.known_card_ids(refs)
        requested = list(dict.fromkeys(known[r] for r in refs if r in known))
        not_found = list(dict.fromkeys(r for r in refs if r not in known))
    if _bool_param(call, "async"):
        run = engine.start_run(requested, kind="auto", source="check", actor=call.actor)
        return Reply(_run_json(run, LocalTime()), 202,
                     {"Location": f"/auto-check/runs/{run.run_id}"})
    wait = float(settings.get("checks.sync_wait_seconds"))
    elsewhere = False
    try:
        run = engine.wait_for_request(requested, source="check", actor=call.actor,
                                      wait_seconds=wait)
    except RunElsewhereError as exc:
        elsewhere = True
        run = _elsewhere_run(engine, exc)
    t = LocalTime()
    results = {r.simcard_id: _result_json(r, t) for r in run.results}
    if requested is not None:
        # The web app shows every card it sent: cards not asked about (in stock, already
        # sold) or not asked yet come back as they are stored.
        missing = [i for i in requested if i not in results]
        for card in simcards.stored_statuses(missing).values():
            results[card.id] = {
                "simCardId": str(card.id), "code": card.code, "status": card.status,
                "isSold": card.status == "sold", "saleDate": t(card.sale_date),
                "lastChecked": t(card.last_checked),
                "externalStatus": card.external_status, "statusChanged": False,
                "error": None}
    ordered = ([results[i] for i in requested if i in results] if requested is not None
               else list(results.values()))
    in_progress = not run.finished
    return {**_run_json(run, t), "success": in_progress or run.state == "done",
            "results": ordered, "totalChecked": run.checked, "timestamp": t(utcnow()),
            "inProgress": in_progress, "runningElsewhere": elsewhere, "notFound": not_found}


def _elsewhere_run(engine: CheckEngine, exc: RunElsewhereError) -> RunSummary:
    """The other process's run as stored (its progress, without per-card results)."""
    run_id = exc.holder.run_id
    stored = engine.get_run(run_id, with_results=False) if run_id else None
    if stored is not None:
        return stored
    return RunSummary(run_id or "", "auto", "running", exc.message, utcnow(), None,
                      0, 0, 0, 0)


@routes.route("GET", "/auto-check/runs/<run_id>", summary="Progress or summary of a run",
              role=ROLE_VIEWER, response=s.RunOut, tag="checks")
def get_check_run(call: Call) -> Any:
    run = call.api.engine.get_run(call.params["run_id"], with_results=False)
    if run is None:
        raise NotFoundError(f"There is no check run {call.params['run_id']!r}.",
                            code="run_not_found")
    return _run_json(run, LocalTime())


@routes.route("POST", "/auto-check/runs/<run_id>/cancel", summary="Cancel a running check",
              role=ROLE_OPERATOR, response=s.SuccessOut, tag="checks")
def cancel_check_run(call: Call) -> Any:
    engine = call.api.engine
    run_id = call.params["run_id"]
    run = engine.get_run(run_id, with_results=False)
    if run is None:
        raise NotFoundError(f"There is no check run {run_id!r}.", code="run_not_found")
    holder = engine.running_elsewhere()
    if run.state == "running" and holder is not None and holder.run_id == run_id:
        raise ConflictError(
            f"Run {run_id} belongs to another simdesk on this database ({holder.owner}); "
            "cancel it there.", code="run_in_progress_elsewhere",
            details={"runId": run_id, "owner": holder.owner})
    return {"success": engine.cancel(run_id)}


# ---------------------------------------------------------------- statistics


@routes.route("GET", "/statistics", summary="Overall numbers", role=ROLE_VIEWER,
              response=s.StatisticsOut, tag="statistics", cache=True)
def overall_statistics(call: Call) -> Any:
    tot = stats.totals()
    regions = stats.shops_by_region()
    return {
        "totalShops": tot.shops, "activeShops": tot.active_shops,
        "archivedShops": tot.archived_shops, "totalSimCards": tot.cards,
        "availableSimCards": tot.available, "assignedSimCards": tot.assigned,
        "soldSimCards": tot.sold, "regionStats": regions,
        "salesByDate": stats.sales_by_date(7), "soldToday": tot.sold_today,
        "sold7d": tot.sold_7d, "sold30d": tot.sold_30d,
    }


@routes.route("GET", "/statistics/shops", summary="Per shop: sold, available (held), total",
              role=ROLE_VIEWER,
              response={"type": "object", "additionalProperties": s.ShopTally},
              tag="statistics", cache=True)
def statistics_per_shop(call: Call) -> Any:
    return {
        str(st.shop_id): {"sold": st.sold, "available": st.assigned, "total": st.total,
                          "shopName": st.shop_name, "sellThrough": st.sell_through,
                          "sold7d": st.sold_7d, "sold30d": st.sold_30d}
        for st in stats.per_shop()
    }


@routes.route("GET", "/statistics/regions", summary="Per region", role=ROLE_VIEWER,
              response={"type": "array", "items": s.RegionOut}, tag="statistics", cache=True)
def statistics_per_region(call: Call) -> Any:
    return [{"region": r.region, "shops": r.shops, "activeShops": r.active_shops,
             "assigned": r.assigned, "sold": r.sold, "total": r.total}
            for r in stats.per_region()]


@routes.route("GET", "/statistics/sales", summary="Sales per local day, zero-filled",
              role=ROLE_VIEWER,
              query=(q_int("days", 1, 3660), QueryParam("shopId", {"type": "string"})),
              response={"type": "object", "additionalProperties": {"type": "integer"}},
              tag="statistics", cache=True)
def sales_per_day(call: Call) -> Any:
    days = _int_param(call, "days", 1, 3660) or 30
    shop_ref = call.query_value("shopId")
    return stats.sales_by_date(days, shop_id=shops.shop_id_of(shop_ref) if shop_ref else None)


# ---------------------------------------------------------------- logs


@routes.route("GET", "/logs/status-changes", summary="Status changes, newest first",
              role=ROLE_VIEWER, response={"type": "array", "items": s.StatusChangeOut},
              query=(q_int("limit", 1, 10000),),
              tag="logs", cache=True)
def list_status_changes(call: Call) -> Any:
    limit = _int_param(call, "limit", 1, 10000) or 100
    t = LocalTime()
    return [status_change_json(row, t) for row in logs.status_changes(limit)]


def _check_filter(call: Call, *, changes_only: bool = False) -> logs.CheckFilter:
    card_ref = call.query_value("simcardId")
    shop_ref = call.query_value("shopId")
    return logs.CheckFilter(
        simcard_id=simcards.card_id_of(card_ref) if card_ref else None,
        code=call.query_value("code"),
        shop_id=shops.shop_id_of(shop_ref) if shop_ref else None,
        source=call.query_value("source"),
        kind=call.query_value("kind"),
        run_id=call.query_value("runId"),
        since=_time_param(call, "since"),
        until=_time_param(call, "until"),
        changes_only=changes_only or _bool_param(call, "changesOnly"),
    )


@routes.route("GET", "/logs/checks", summary="Every check and change, with filters",
              role=ROLE_VIEWER, response={"type": "array", "items": s.CheckLogOut},
              query=(QueryParam("simcardId", {"type": "string"}),
                     QueryParam("code", {"type": "string"}),
                     QueryParam("shopId", {"type": "string"}),
                     QueryParam("source", {"type": "string"}),
                     q_enum("kind", ("check", "change")),
                     QueryParam("runId", {"type": "string"}),
                     QueryParam("since", {"type": "string"}),
                     QueryParam("until", {"type": "string"}),
                     q_bool("changesOnly"),
                     Q_LIMIT, Q_OFFSET),
              tag="logs", cache=True)
def list_check_log(call: Call) -> Any:
    flt = _check_filter(call)
    limit, offset = _paging(call)
    rows, total = logs.list_checks(flt, limit or 100, offset)
    t = LocalTime()
    return Reply([check_json(r, t) for r in rows],
                 headers=_page_headers(call, total, limit or 100, offset))


# ---------------------------------------------------------------- settings


@routes.route("GET", "/settings", summary="Settings (secrets shown as ***)", role=ROLE_VIEWER,
              response={"type": "object"}, tag="settings", cache=True)
def get_settings(call: Call) -> Any:
    return settings.get_all(include_secrets=False)


@routes.route("PUT", "/settings", summary="Change settings (all or nothing)", role=ROLE_ADMIN,
              body=s.SettingsBody, response={"type": "object"}, tag="settings")
def change_settings(call: Call) -> Any:
    # The client was shown secrets as *** (GET /settings): *** there keeps the stored secret.
    settings.set_many(call.body.root, keep_hidden=True)
    call.api.origins.refresh()
    call.api.engine.settings_changed()
    return settings.get_all(include_secrets=False)


# ---------------------------------------------------------------- users


def _user_id(text: str) -> int:
    number = ascii_int(text, 1)
    if number is None:
        raise NotFoundError(f"User {text!r} does not exist.", code="user_not_found")
    return number


@routes.route("GET", "/users", summary="Users", role=ROLE_ADMIN,
              response={"type": "array", "items": s.UserOut}, tag="users")
def list_users(call: Call) -> Any:
    t = LocalTime()
    return [user_json(u, t) for u in users.list_users()]


@routes.route("POST", "/users", summary="Add a user", role=ROLE_ADMIN, body=s.UserCreate,
              response=s.UserOut, status=201, tag="users")
def add_user(call: Call) -> Any:
    body: s.UserCreate = call.body
    return Reply(user_json(users.add_user(body.username, body.password, body.role)), 201)


@routes.route("PUT", "/users/<user_id>", summary="Change a user's role or disable/enable",
              role=ROLE_ADMIN, body=s.UserUpdate, response=s.UserOut, tag="users")
def update_user(call: Call) -> Any:
    body: s.UserUpdate = call.body
    user_id = _user_id(call.params["user_id"])
    user = users.get_user(user_id)
    if body.role is not None:
        user = users.set_role(user_id, body.role)
    if body.active is not None:
        user = users.set_active(user_id, body.active)
    return user_json(user)


@routes.route("POST", "/users/<user_id>/reset-password",
              summary="Set a new password (to be changed at next login)", role=ROLE_ADMIN,
              body=s.PasswordBody, response=s.UserOut, tag="users")
def reset_user_password(call: Call) -> Any:
    body: s.PasswordBody = call.body
    return user_json(users.reset_password(_user_id(call.params["user_id"]), body.password))


@routes.route("DELETE", "/users/<user_id>", summary="Delete a user", role=ROLE_ADMIN,
              response=s.SuccessOut, tag="users")
def delete_user(call: Call) -> Any:
    users.delete_user(_user_id(call.params["user_id"]))
    return {"success": True}


def build_main_api(engine: CheckEngine, *, bound_host: str,
                   origins: TrustedOrigins | None = None) -> Api:
    api = Api("simdesk main API", "Shops, SIM cards, assignments, checks and statistics of "
              "a SIM card dealer's office. Serves the office's web app unchanged.",
              bound_host=bound_host, engine=engine, origins=origins)
    api.add_routes(routes)
    return api
