"""The machinery both APIs share: a route registry that also feeds the OpenAPI document,
authentication and roles, JSON bodies checked by pydantic, JSON errors, and the WSGI
security middleware (request ids, Host check, CORS, 413/415, access log).

Routes are module-level functions declared on a :class:`RouteTable` at import time and
registered on an :class:`Api` with :meth:`Api.add_routes`.  They receive a :class:`Call`
(which carries the :class:`Api`, so its engine and start time) and return plain data
(dicts/lists → JSON), a :class:`Reply` (status and headers) or a :class:`Stream` (an
iterable of bytes).
"""

from __future__ import annotations

import ipaddress
import itertools
import json
import logging
import os
import re
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final, Required, TypedDict, Unpack
from urllib.parse import urlsplit

import bottle
import orjson
import peewee
import pydantic

from simdesk import memtrim
from simdesk.domain import settings, users
from simdesk.domain.codes import ascii_int
from simdesk.errors import (
    AuthenticationError,
    PermissionDeniedError,
    SimdeskError,
    ValidationError,
)
from simdesk.storage import failures
from simdesk.storage.db import current_database, release_connection_memory, write_generation
from simdesk.storage.models import ROLE_OPERATOR
from simdesk.timeutil import local_today, utcnow

if TYPE_CHECKING:
    from simdesk.checking.engine import CheckEngine

log = logging.getLogger("simdesk.api")
access_log = logging.getLogger("simdesk.api.access")

MAX_BODY_BYTES: Final = 16 * 1024 * 1024
ROLE_RANK: Final = users.ROLE_RANK
PUBLIC: Final = "public"
AUTHENTICATED: Final = "authenticated"  # any valid principal, any role
LOCAL_HOSTNAMES: Final = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
WRITE_METHODS: Final = frozenset({"POST", "PUT", "PATCH", "DELETE"})
ALLOWED_HEADERS: Final = ("content-type", "authorization", "x-request-id")
EXPOSED_HEADERS: Final = "X-Total-Count, Link, X-Request-Id, Retry-After, Location"
STATUS_TEXT: Final = {
    200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 400: "Bad Request",
    401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
    409: "Conflict", 413: "Content Too Large", 415: "Unsupported Media Type",
    422: "Unprocessable Content", 429: "Too Many Requests", 500: "Internal Server Error",
    503: "Service Unavailable", 507: "Insufficient Storage",
}
# Errors whose code means "the status source cannot be reached" rather than a server fault.
UNAVAILABLE_CODES: Final = frozenset({"no_status_source", "status_source_down"})


def status_line(code: int) -> str:
    return f"{code} {STATUS_TEXT.get(code, 'Unknown')}"


def is_loopback(address: str | None) -> bool:
    if not address:
        return False
    try:
        return ipaddress.ip_address(address.split("%", 1)[0]).is_loopback
    except ValueError:
        return address == "localhost"


def error_document(status: int, code: str, message: str, details: dict[str, Any] | None,
                   request_id: str | None) -> bytes:
    body: dict[str, Any] = {"code": code, "message": message, "details": details or {}}
    if request_id:
        body["requestId"] = request_id
    return json.dumps({"error": body}, ensure_ascii=False).encode("utf-8")


def dumps(data: Any) -> bytes:
    """Compact UTF-8 JSON (orjson: 5-10x ``json.dumps`` on lists of 100,000 cards); keys
    that are not text (ints) are written as text, as ``json.dumps`` does."""
    return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)


_REQUEST_ID: Final = re.compile(r"[A-Za-z0-9._-]{1,64}")
# Request ids: a random prefix per process and a counter (unique, cheap, sortable).
_ID_PREFIX: Final = uuid.uuid4().hex[:6] + "-"
_request_numbers = itertools.count(1)


def new_request_id() -> str:
    return f"{_ID_PREFIX}{next(_request_numbers):x}"


# ------------------------------------------------------------------ principals


@dataclass(frozen=True)
class Principal:
    username: str
    role: str
    user_id: int | None  # None: the trusted local web app
    via: str  # "token" | "trusted-origin"
    token: str | None = None
    must_change_password: bool = False

    def allows(self, role: str) -> bool:
        return users.role_allows(self.role, role)


LOCAL_WEBAPP: Final = Principal("web-app", ROLE_OPERATOR, None, "trusted-origin")


REFUSAL_REPEAT_SECONDS: Final = 60.0  # a refused origin is logged again after this long
ORIGIN_SHOWN_MAX: Final = 200  # characters of a refused origin written to the log


class TrustedOrigins:
    """The ``api.trusted_origins`` setting, re-read at most every few seconds; and the web
    apps on this computer it refused (``refused``: logged, and told to the listeners — the
    window shows an admin a notice with *Trust it*)."""

    def __init__(self, ttl: float = 3.0, fixed: Iterable[str] | None = None) -> None:
        self._ttl = ttl
        self._fixed = frozenset(fixed) if fixed is not None else None
        self._value: frozenset[str] = frozenset()
        self._read_at = -1e9
        self._listeners: list[Callable[[str], None]] = []
        self._refused_at: dict[str, float] = {}
        self._refusal_lock = threading.Lock()

    def add_listener(self, callback: Callable[[str], None]) -> None:
        """``callback(origin)`` when a web app on this computer was refused (called from a
        request thread, at most once a minute per origin)."""
        self._listeners.append(callback)

    def refused(self, origin: str, peer: str, method: str, path: str) -> None:
        """A caller on this computer (``peer`` is loopback) sent an ``Origin`` that is not
        trusted: the browser will hide the answer from the web app, which can then only say
        "wrong password".  Logged in simdesk.log with the origin, once a minute per origin
        at most, and told to the listeners."""
        origin = origin[:ORIGIN_SHOWN_MAX]
        now = time.monotonic()
        with self._refusal_lock:
            last = self._refused_at.get(origin)
            if last is not None and now - last < REFUSAL_REPEAT_SECONDS:
                return
            if len(self._refused_at) >= 256:
                self._refused_at.clear()
            self._refused_at[origin] = now
        log.warning("refused a web app on this computer: origin %r is not a trusted web-app "
                    "origin (%s %s from %s); an administrator can trust it in the window or "
                    "add it to api.trusted_origins in Settings", origin, method, path[:200],
                    peer)
        for callback in list(self._listeners):
            try:
                callback(origin)
            except Exception:
                log.exception("a listener of refused origins failed")

    def get(self) -> frozenset[str]:
        if self._fixed is not None:
            return self._fixed
        now = time.monotonic()
        if now - self._read_at > self._ttl:
            try:
                self._value = frozenset(o.rstrip("/") for o in settings.get("api.trusted_origins"))
            except Exception:  # the database may be briefly unavailable; keep the last value
                log.exception("cannot read api.trusted_origins")
            self._read_at = now
        return self._value

    def refresh(self) -> None:
        self._read_at = -1e9


class TokenCache:
    """Resolved bearer tokens, kept a few seconds so that a busy client does not cost a
    database lookup per request.  An entry is dropped as soon as this process revokes a
    token or changes a user (``users.generation``), and never outlives the token's expiry;
    a change made by another process is seen within ``ttl`` seconds."""

    def __init__(self, ttl: float = 5.0, size: int = 1024) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: dict[str, tuple[int, float, datetime, Principal]] = {}
        self._lock = threading.Lock()

    def principal(self, token: str) -> Principal:
        generation = users.generation()
        now = time.monotonic()
        hit = self._entries.get(token)
        if hit is not None and hit[0] == generation and hit[1] > now and utcnow() < hit[2]:
            return hit[3]
        user, expires_at = users.resolve_token_expiry(token)
        principal = Principal(user.username, user.role, user.id, "token", token,
                              bool(user.must_change_password))
        with self._lock:
            if len(self._entries) >= self.size:
                self._entries.clear()
            self._entries[token] = (generation, now + self.ttl, expires_at, principal)
        return principal


CACHE_BUDGET_BYTES: Final = 24 * 1024 * 1024  # all the response cache keeps, all threads
CACHE_MAX_BODY: Final = 1024 * 1024  # a larger answer is not kept
CACHE_ENTRY_OVERHEAD: Final = 512  # bytes counted per entry besides its body (key, headers)

RESPONSE_CACHE_ENV: Final = "SIMDESK_RESPONSE_CACHE"


def response_cache_wanted() -> bool:
    """False when ``$SIMDESK_RESPONSE_CACHE`` is ``off`` (or ``0``/``no``/``false``): every
    read is then computed afresh.  For benchmarks that measure what a user gets right after
    a write (``benchmarks/api_jobs.py``); the default is on."""
    value = os.environ.get(RESPONSE_CACHE_ENV, "on").strip().lower()
    return value not in ("off", "0", "no", "false")


class ResponseCache:
    """Recent answers of read-only routes, valid while the database has not changed.
    SQLite only.  Writes by this process change ``write_generation`` (counted by the
    Database object at every commit and write statement); writes by another process change
    ``PRAGMA data_version``, read at most once a second per thread — so another program's
    change shows within a second.  The local date is part of the key ("today" in the
    statistics).

    One store for the whole process, bounded in bytes (``budget``: the answers' sizes plus
    ``CACHE_ENTRY_OVERHEAD`` each), least recently used first out, shared by the worker
    threads under a lock.  ``data_version`` is a number per connection, so an entry is
    answered only to the thread (connection) that stored it: the thread's id is part of
    the key.  Answers larger than ``max_body`` are not kept, and neither are streamed ones
    (:class:`Stream`, e.g. the whole card list): the caller puts only ``bytes``."""

    def __init__(self, budget: int = CACHE_BUDGET_BYTES, max_body: int = CACHE_MAX_BODY,
                 foreign_check_seconds: float = 1.0) -> None:
        self.budget = budget
        self.max_body = min(max_body, max(0, budget - CACHE_ENTRY_OVERHEAD))
        self.foreign_check_seconds = foreign_check_seconds
        self._local = threading.local()
        self._lock = threading.Lock()
        self._entries: OrderedDict[Any, tuple[str, dict[str, str], bytes, int]] = (
            OrderedDict())
        self._bytes = 0

    def state(self) -> tuple[int, int, int] | None:
        db = current_database()
        if not isinstance(db, peewee.SqliteDatabase):
            return None
        local = self._local
        now = time.monotonic()
        if now - getattr(local, "checked_at", -1e9) >= self.foreign_check_seconds:
            local.data_version = int(
                db.connection().execute("PRAGMA data_version").fetchone()[0])
            local.checked_at = now
            local.today = local_today().toordinal()
        return write_generation(), local.data_version, local.today

    @property
    def size_bytes(self) -> int:
        """The bytes counted against the budget now."""
        with self._lock:
            return self._bytes

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def get(self, key: Any) -> tuple[str, dict[str, str], bytes] | None:
        full = (threading.get_ident(), key)
        with self._lock:
            hit = self._entries.get(full)
            if hit is None:
                return None
            self._entries.move_to_end(full)
        return hit[0], hit[1], hit[2]

    def put(self, key: Any, status: str, headers: dict[str, str], body: bytes) -> None:
        if not isinstance(body, bytes) or len(body) > self.max_body:
            return
        cost = len(body) + CACHE_ENTRY_OVERHEAD + sum(
            len(k) + len(v) for k, v in headers.items())
        if cost > self.budget:
            return
        full = (threading.get_ident(), key)
        with self._lock:
            old = self._entries.pop(full, None)
            if old is not None:
                self._bytes -= old[3]
            self._entries[full] = (status, headers, body, cost)
            self._bytes += cost
            while self._bytes > self.budget:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= dropped[3]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0


# ------------------------------------------------------------------ replies


@dataclass
class Reply:
    body: Any = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Stream:
    chunks: Iterable[bytes]
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Call:
    """What a route function gets."""

    principal: Principal | None
    body: Any
    params: dict[str, str]
    query: bottle.FormsDict
    request_id: str
    api: Api  # the app answering: its engine, start time, trusted origins, routes

    def query_value(self, name: str) -> str | None:
        # WSGI hands query strings over as latin-1; getunicode re-reads them as UTF-8 so
        # that ?q=Чорсу or ?region=Fargʻona match.
        value = self.query.getunicode(name)
        if value is None and name in self.query:
            raise ValidationError.for_field(name, "is not UTF-8 text")
        if value is None or value == "":
            return None
        return str(value)

    @property
    def actor(self) -> str | None:
        return self.principal.username if self.principal else None


@dataclass(frozen=True)
class QueryParam:
    name: str
    schema: dict[str, Any]
    description: str = ""
    required: bool = False


@dataclass
class RouteSpec:
    method: str
    path: str  # Bottle syntax: /shops/<shop_id>
    summary: str
    role: str
    body: type[pydantic.BaseModel] | None
    response: Any  # JSON schema dict, pydantic model type, or None
    status: int
    query: tuple[QueryParam, ...]
    tag: str
    body_optional: bool = False
    allow_must_change: bool = False
    cache: bool = False  # a read-only answer that ResponseCache may keep
    # Other documented answers: status → description, or (description, schema).
    responses: dict[int, str | tuple[str, Any]] = field(default_factory=dict)

    @property
    def openapi_path(self) -> str:
        return re.sub(r"<(\w+)(?::[^>]*)?>", r"{\1}", self.path)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The request paths this route answers (a parameter is one path segment, as in
        Bottle)."""
        parts = re.split(r"<\w+(?::[^>]*)?>", self.path)
        return re.compile("([^/]+)".join(re.escape(part) for part in parts))


Handler = Callable[[Call], Any]


class RouteOptions(TypedDict, total=False):
    """The keyword arguments of :meth:`Api.route` and :meth:`RouteTable.route`.  Absent
    ones default to: body None, body_optional False, response None, status 200, query (),
    tag "general", allow_must_change False, responses None, cache False."""

    summary: Required[str]
    role: Required[str]
    body: type[pydantic.BaseModel] | None
    body_optional: bool
    response: Any
    status: int
    query: Iterable[QueryParam]
    tag: str
    allow_must_change: bool
    responses: dict[int, str | tuple[str, Any]] | None
    cache: bool


@dataclass(frozen=True)
class RouteDecl:
    """One declared route: ``METHOD path`` handled by a module-level function."""

    method: str
    path: str
    options: RouteOptions
    handler: Handler


class RouteTable:
    """Routes declared at import time, without an app, in declaration order::

        routes = RouteTable()

        @routes.route("POST", "/simcards/bulk", summary="...", role=ROLE_OPERATOR)
        def bulk_add_cards(call: Call) -> Any: ...

    :meth:`Api.add_routes` registers them all on an app.
    """

    def __init__(self) -> None:
        self._decls: list[RouteDecl] = []

    def route(self, method: str, path: str,
              **options: Unpack[RouteOptions]) -> Callable[[Handler], Handler]:
        kept = options.copy()
        if "query" in kept:
            kept["query"] = tuple(kept["query"])  # an iterator would serve one app only

        def declare(fn: Handler) -> Handler:
            if any(d.method == method and d.path == path for d in self._decls):
                raise ValueError(f"{method} {path} is declared twice")
            self._decls.append(RouteDecl(method, path, kept, fn))
            return fn

        return declare

    def __iter__(self) -> Iterator[RouteDecl]:
        return iter(self._decls)

    def __len__(self) -> int:
        return len(self._decls)

    def handler(self, method: str, path: str) -> Handler:
        for decl in self._decls:
            if decl.method == method and decl.path == path:
                return decl.handler
        raise KeyError(f"{method} {path}")


class Api:
    """One Bottle app with its route registry."""

    def __init__(self, title: str, description: str, *, bound_host: str, engine: CheckEngine,
                 origins: TrustedOrigins | None = None) -> None:
        self.title = title
        self.description = description
        self.bound_host = bound_host
        self.engine = engine
        self.started_at = utcnow()
        self.origins = origins or TrustedOrigins()
        self.routes: list[RouteSpec] = []
        self.handlers: dict[tuple[str, str], Handler] = {}  # (method, path) → route function
        self._patterns: list[tuple[re.Pattern[str], str]] = []
        self.tokens = TokenCache()
        self.cache = ResponseCache()
        self.cache_answers = response_cache_wanted()  # off only for benchmarks
        self.app = bottle.Bottle(catchall=True)
        self.app.config["json.enable"] = False
        self.app.uninstall(bottle.JSONPlugin)  # routes return bytes already
        self.app.default_error_handler = self._bottle_error

    # -------------------------------------------------------------- registration

    def route(self, method: str, path: str,
              **options: Unpack[RouteOptions]) -> Callable[[Handler], Handler]:
        spec = RouteSpec(
            method, path, options["summary"], options["role"], options.get("body"),
            options.get("response"), options.get("status", 200),
            tuple(options.get("query", ())), options.get("tag", "general"),
            options.get("body_optional", False), options.get("allow_must_change", False),
            options.get("cache", False) and method == "GET",
            dict(options.get("responses") or {}))

        def register(fn: Handler) -> Handler:
            self.routes.append(spec)
            self.handlers[(method, path)] = fn
            self._patterns.append((spec.pattern, method))

            def callback(**params: str) -> Any:
                return self._dispatch(spec, fn, params)

            self.app.route(path, method, callback, name=f"{method} {path}")
            return fn

        return register

    def methods_of(self, path: str) -> list[str]:
        """The methods of the resource at ``path``, from the route registry (HEAD with GET,
        OPTIONS with any), sorted; [] when no route has that path.  The routes with the
        fewest parameters that match are the resource's: ``/simcards/assign`` is the
        assignment (POST), not a card whose id is "assign"."""
        matching = [(pattern.groups, method) for pattern, method in self._patterns
                    if pattern.fullmatch(path)]
        fewest = min((n for n, _ in matching), default=0)
        methods = {method for n, method in matching if n == fewest}
        if "GET" in methods:
            methods.add("HEAD")
        if methods:
            methods.add("OPTIONS")
        return sorted(methods)

    def add_routes(self, table: RouteTable) -> None:
        """Register every route of ``table``, in its declaration order."""
        for decl in table:
            self.route(decl.method, decl.path, **decl.options)(decl.handler)

    # -------------------------------------------------------------- dispatch

    def _dispatch(self, spec: RouteSpec, fn: Handler, params: dict[str, str]) -> Any:
        rid = bottle.request.environ.get("simdesk.request_id", "")
        try:
            principal = self._authorize(spec)
            key = None
            if spec.cache and self.cache_answers:
                state = self.cache.state()
                if state is not None:
                    key = (bottle.request.path, bottle.request.query_string, state)
                    hit = self.cache.get(key)
                    if hit is not None:
                        status_text, headers, cached = hit
                        bottle.response.status = status_text
                        bottle.response.content_type = "application/json; charset=utf-8"
                        for name, value in headers.items():
                            bottle.response.set_header(name, value)
                        return cached
            body = self._parse_body(spec)
            result = fn(Call(principal, body, params, bottle.request.query, rid, self))
            rendered = self._render(result, spec.status)
            # A Stream (the whole card list) is never kept: only a whole answer in bytes.
            if key is not None and not isinstance(result, Stream) and isinstance(
                    rendered, bytes):
                extra = result.headers if isinstance(result, Reply) else {}
                self.cache.put(key, bottle.response.status_line, dict(extra), rendered)
            return rendered
        except SimdeskError as exc:
            return self._error(exc, rid)
        except Exception as exc:
            problem = failures.explain(exc)  # locked, disk full, read-only: not a bug here
            if problem is None:
                return self._crashed(spec, rid)
            log.warning("request %s: %s %s: %s", rid, spec.method, bottle.request.path,
                        problem.message)
            return self._error(problem, rid)

    def _crashed(self, spec: RouteSpec, rid: str) -> bytes:
        """An unexpected failure: logged with its traceback, answered without it."""
        log.exception("request %s failed: %s %s", rid, spec.method, bottle.request.path)
        return self._error(SimdeskError(
            f"Something went wrong on the server. The problem was logged with request id "
            f"{rid}; give that id to your administrator.", code="internal_error"), rid,
            status=500)

    def _render(self, result: Any, status: int) -> Any:
        resp = bottle.response
        if isinstance(result, Stream):
            resp.status = status_line(result.status)
            resp.content_type = "application/json; charset=utf-8"
            for name, value in result.headers.items():
                resp.set_header(name, value)
            return result.chunks
        if isinstance(result, Reply):
            for name, value in result.headers.items():
                resp.set_header(name, value)
            status, result = result.status, result.body
        resp.status = status_line(status)
        if status == 204:
            return b""
        resp.content_type = "application/json; charset=utf-8"
        return dumps(result)

    def _error(self, exc: SimdeskError, rid: str, status: int | None = None) -> bytes:
        code = status or (503 if exc.code in UNAVAILABLE_CODES else exc.status)
        bottle.response.status = status_line(code)
        bottle.response.content_type = "application/json; charset=utf-8"
        if isinstance(exc, AuthenticationError) and code == 401:
            bottle.response.set_header("WWW-Authenticate", 'Bearer realm="simdesk"')
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            bottle.response.set_header("Retry-After", str(int(retry_after)))
        return error_document(code, exc.code, exc.message, exc.details, rid)

    def _bottle_error(self, err: bottle.HTTPError) -> bytes:
        """Bottle's own errors (no such route, wrong method) as JSON."""
        rid = bottle.request.environ.get("simdesk.request_id", "")
        code = err.status_code
        bottle.response.content_type = "application/json; charset=utf-8"
        if code == 404:
            return error_document(404, "not_found", f"There is no {bottle.request.path} here; "
                                  "see /openapi.json for the available paths.", None, rid)
        if code == 405:
            allow = ", ".join(self.methods_of(bottle.request.path))
            bottle.response.set_header("Allow", allow)
            return error_document(405, "method_not_allowed",
                                  f"{bottle.request.method} is not allowed on "
                                  f"{bottle.request.path}; allowed: {allow}.", None, rid)
        if code >= 500:
            log.error("request %s failed inside Bottle: %s", rid, err.exception or err.body)
            return error_document(500, "internal_error",
                                  "Something went wrong on the server. The problem was logged "
                                  f"with request id {rid}.", None, rid)
        return error_document(code, "http_error", str(err.body), None, rid)

    # -------------------------------------------------------------- auth

    def _authorize(self, spec: RouteSpec) -> Principal | None:
        environ = bottle.request.environ
        if spec.role == PUBLIC:
            try:
                principal = self.principal_of(environ)
            except AuthenticationError:
                principal = None  # a stale token does not stop a public route
            environ["simdesk.principal"] = principal
            return principal
        principal = self.principal_of(environ)
        environ["simdesk.principal"] = principal
        if principal is None:
            raise AuthenticationError(
                "Log in first: send 'Authorization: Bearer <token>' with the token from "
                "POST /auth/login.", code="authentication_required")
        if principal.must_change_password and not spec.allow_must_change:
            raise PermissionDeniedError(
                "This account must choose a new password first: POST /auth/change-password.",
                code="password_change_required")
        if spec.role != AUTHENTICATED and not principal.allows(spec.role):
            raise PermissionDeniedError(
                f"This needs the {spec.role} role; {principal.username} is {principal.role}. "
                "Ask an administrator.", code="forbidden")
        return principal

    def principal_of(self, environ: dict[str, Any]) -> Principal | None:
        header = environ.get("HTTP_AUTHORIZATION", "")
        if header:
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                raise AuthenticationError(
                    "The Authorization header must be 'Bearer <token>'.", code="token_invalid")
            return self.tokens.principal(token.strip())
        origin = environ.get("HTTP_ORIGIN", "").rstrip("/")
        if origin and origin in self.origins.get() and is_loopback(environ.get("REMOTE_ADDR")):
            return LOCAL_WEBAPP
        return None

    # -------------------------------------------------------------- bodies

    def _parse_body(self, spec: RouteSpec) -> Any:
        if spec.body is None:
            return None
        raw = bottle.request.body.read()
        if not raw.strip():
            if spec.body_optional:
                return None
            raise ValidationError("The request needs a JSON body.",
                                  fields={"body": "missing"}, code="body_required")
        try:
            return spec.body.model_validate_json(raw)
        except pydantic.ValidationError as exc:
            raise pydantic_error(exc) from None

    # -------------------------------------------------------------- WSGI

    def wsgi(self) -> SecurityMiddleware:
        return SecurityMiddleware(self)


def pydantic_error(exc: pydantic.ValidationError) -> ValidationError:
    problems = exc.errors(include_url=False)
    if any(p["type"] == "json_invalid" for p in problems):
        err = ValidationError(
            f"The request body is not valid JSON ({problems[0]['msg']}).",
            fields={"body": "not valid JSON"}, code="invalid_json")
        err.status = 400
        return err
    fields: dict[str, str] = {}
    for p in problems:
        where = ".".join(str(part) for part in p["loc"]) or "body"
        if p["type"] == "extra_forbidden":
            fields[where] = "is not a known field"
        elif p["type"] == "missing":
            fields[where] = "is required"
        else:
            fields[where] = p["msg"][0].lower() + p["msg"][1:]
    listed = "; ".join(f"{k} {v}" for k, v in fields.items())
    return ValidationError(f"The request was refused: {listed}.", fields=fields)


class SecurityMiddleware:
    """Outermost WSGI layer: runs for every request, errors included."""

    def __init__(self, api: Api, max_body: int = MAX_BODY_BYTES) -> None:
        self.api = api
        self.max_body = max_body
        self.loopback_only = is_loopback(api.bound_host) or api.bound_host == "localhost"
        self._local_hosts: set[str] = set()  # Host headers found local (a few at most)

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        started = time.perf_counter()
        rid = environ.get("HTTP_X_REQUEST_ID", "")
        if not rid or not _REQUEST_ID.fullmatch(rid):
            rid = new_request_id()
        environ["simdesk.request_id"] = rid
        method = environ.get("REQUEST_METHOD", "GET").upper()
        origin = environ.get("HTTP_ORIGIN", "").rstrip("/")
        allowed_origin = bool(origin) and origin in self.api.origins.get()
        state: dict[str, Any] = {"status": "500", "bytes": 0}

        def respond(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            headers = [(k, v) for k, v in headers if k.lower() not in (
                "access-control-allow-origin", "vary", "x-request-id")]
            headers.append(("X-Request-Id", rid))
            headers.append(("Vary", "Origin"))
            if allowed_origin:
                headers.append(("Access-Control-Allow-Origin", origin))
                headers.append(("Access-Control-Expose-Headers", EXPOSED_HEADERS))
            headers.append(("X-Content-Type-Options", "nosniff"))
            headers.append(("Cache-Control", "no-store"))
            state["status"] = status.split(" ", 1)[0]
            return start_response(status, headers, exc_info)

        def refuse(code: int, err: str, message: str,
                   extra: list[tuple[str, str]] | None = None) -> list[bytes]:
            body = error_document(code, err, message, None, rid)
            respond(status_line(code), [("Content-Type", "application/json; charset=utf-8"),
                                        ("Content-Length", str(len(body))), *(extra or [])])
            state["bytes"] = len(body)
            return [body]

        result: Iterable[bytes]
        host_problem = self._host_problem(environ)
        if origin and not allowed_origin and not host_problem and is_loopback(
                environ.get("REMOTE_ADDR")):
            self.api.origins.refused(origin, str(environ.get("REMOTE_ADDR")), method,
                                     str(environ.get("PATH_INFO", "")))
        if host_problem:
            result = refuse(403, "host_not_allowed", host_problem)
        elif method == "OPTIONS":
            result = self._options(environ, origin, allowed_origin, respond, refuse)
        elif (length := self._length(environ)) is None:
            result = refuse(400, "bad_content_length",
                            "The Content-Length header is not a number.")
        elif length > self.max_body:
            result = refuse(413, "body_too_large",
                            f"The request body has {length} bytes; at most {self.max_body} "
                            "are accepted. Send fewer items per request.")
        elif method in WRITE_METHODS and (length or "chunked" in environ.get(
                "HTTP_TRANSFER_ENCODING", "").lower()) and not self._is_json(environ):
            result = refuse(415, "unsupported_media_type",
                            "Send the body as JSON with 'Content-Type: application/json'.")
        else:
            result = self.api.app(environ, respond)
        return _Logged(result, environ, state, started)

    @staticmethod
    def _length(environ: dict[str, Any]) -> int | None:
        return ascii_int(environ.get("CONTENT_LENGTH") or "0")

    @staticmethod
    def _is_json(environ: dict[str, Any]) -> bool:
        ctype = environ.get("CONTENT_TYPE", "").split(";", 1)[0].strip().lower()
        return ctype == "application/json" or (ctype.startswith("application/")
                                               and ctype.endswith("+json"))

    def _host_problem(self, environ: dict[str, Any]) -> str | None:
        if not self.loopback_only:
            return None
        host = environ.get("HTTP_HOST")
        if not host:
            return None
        if host in self._local_hosts:  # seen before: no parsing per request
            return None
        problem = self._check_host(host)
        if problem is None and len(self._local_hosts) < 64:
            self._local_hosts.add(host)
        return problem

    @staticmethod
    def _check_host(host: str) -> str | None:
        try:
            name = urlsplit(f"//{host}").hostname or ""
        except ValueError:  # e.g. "[::1" — not a host name at all
            name = ""
        if name in LOCAL_HOSTNAMES or is_loopback(name):
            return None
        return (f"This server answers only to local names (localhost, 127.0.0.1), not to "
                f"{host!r}. Open it as http://localhost:PORT.")

    def _options(self, environ: dict[str, Any], origin: str, allowed_origin: bool,
                 respond: Callable[..., Any], refuse: Callable[..., list[bytes]]) -> list[bytes]:
        """``OPTIONS``: the methods of the path asked about, from the route registry (a
        path with no route is a 404), and the CORS preflight of a trusted origin."""
        # Decoded as Bottle decodes it for routing: the bytes of the URL as UTF-8.
        path = environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8", "ignore") or "/"
        methods = self.api.methods_of(path)
        if not methods:
            return refuse(404, "not_found", f"There is no {path} here; see /openapi.json for "
                          "the available paths.")
        allow = ", ".join(methods)
        wanted = environ.get("HTTP_ACCESS_CONTROL_REQUEST_METHOD")
        if not wanted:
            respond(status_line(204), [("Allow", allow), ("Content-Length", "0")])
            return [b""]
        if not allowed_origin:
            return refuse(403, "origin_not_allowed",
                          f"Requests from {origin or 'this page'} are not allowed. Add the "
                          "web app's address to the trusted origins in Settings "
                          "(api.trusted_origins).")
        if wanted.strip().upper() not in methods:
            return refuse(405, "method_not_allowed", f"{wanted} is not allowed on {path}; "
                          f"allowed: {allow}.", [("Allow", allow)])
        asked = [h.strip().lower() for h in
                 environ.get("HTTP_ACCESS_CONTROL_REQUEST_HEADERS", "").split(",") if h.strip()]
        refused = [h for h in asked if h not in ALLOWED_HEADERS]
        if refused:
            return refuse(403, "header_not_allowed",
                          f"The header(s) {', '.join(refused)} are not accepted; allowed: "
                          f"{', '.join(ALLOWED_HEADERS)}.")
        respond(status_line(204), [
            ("Allow", allow),
            ("Access-Control-Allow-Methods",
             ", ".join(m for m in methods if m not in ("HEAD", "OPTIONS"))),
            ("Access-Control-Allow-Headers", ", ".join(ALLOWED_HEADERS)),
            ("Access-Control-Max-Age", "600"),
            ("Content-Length", "0"),
        ])
        return [b""]


BIG_REQUEST_BYTES: Final = 1024 * 1024  # a body or answer this large: memory given back after


_releases = itertools.count(1)
_released = 0


def release_memory() -> None:
    """After a big request (a 100,000-code bulk add: a 2 MB body parsed into objects, a
    10 MB answer): this thread's SQLite page cache emptied, then the free memory of every
    malloc arena handed back to the operating system (:mod:`simdesk.memtrim`).  Without it
    each worker thread that served one keeps tens of MiB."""
    global _released
    release_connection_memory()
    memtrim.trim()
    _released = next(_releases)


def memory_releases() -> int:
    """How many times :func:`release_memory` ran in this process (for diagnostics)."""
    return _released


class _Logged:
    """Wraps a response body to write one access-log line when it is done, and gives memory
    back after a big request (:func:`release_memory`)."""

    def __init__(self, inner: Iterable[bytes], environ: dict[str, Any], state: dict[str, Any],
                 started: float) -> None:
        self.inner = inner
        self.environ = environ
        self.state = state
        self.started = started

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            self.state["bytes"] += len(chunk)
            yield chunk

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        try:
            if close is not None:
                close()
        finally:
            self._log()
            received = ascii_int(self.environ.get("CONTENT_LENGTH") or "0") or 0
            if max(received, self.state["bytes"]) >= BIG_REQUEST_BYTES:
                release_memory()

    def _log(self) -> None:
        env = self.environ
        principal = env.get("simdesk.principal")
        who = principal.username if principal else "-"
        query = env.get("QUERY_STRING")
        path = env.get("PATH_INFO", "") + (f"?{query}" if query else "")
        access_log.info(
            "%s %s %s %s %s %s %dB %.1fms", env.get("simdesk.request_id"),
            env.get("REMOTE_ADDR", "-"), who, env.get("REQUEST_METHOD"), path,
            self.state["status"], self.state["bytes"],
            (time.perf_counter() - self.started) * 1000)
