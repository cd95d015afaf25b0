"""Settings kept in the database: a registry of known keys with types, defaults and checks.

The desktop window, ``PUT /settings`` and ``simdesk config get/set`` all go through here.

Secrets are never shown outside the window (``get_all(include_secrets=False)``: the APIs,
``simdesk config list``, error messages): a ``secret`` setting is shown as ``***`` as a
whole; in the addresses of the status source the user info (user and password) and the
values of parameters named like a key, token, secret or password, and in the POST body
template the values of keys so named, are each shown as ``***`` and the rest stays readable
(``shown``; what is a secret is decided in ``simdesk/masking.py``).
``set_many(…, keep_hidden=True)`` takes such a shown value back: ``***`` where the shown form
of the stored value has it keeps the stored secret, so ``GET`` then ``PUT /settings`` changes
nothing it was not asked to — but a secret kept hidden never follows the status source to
another scheme, host or port (``_moved_secrets``): it must be given again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import urlparse, urlsplit

from simdesk.domain.codes import INT64_MAX, ascii_int
from simdesk.errors import NotFoundError, Problem, ValidationError
from simdesk.masking import (
    HIDDEN,
    Span,
    json_secret_spans,
    mask_json,
    mask_url,
    place_name,
    url_secret_spans,
)
from simdesk.storage.db import write_tx
from simdesk.storage.models import Setting
from simdesk.timeutil import utcnow

Check = Callable[[Any], str | None]


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    description: str
    check: Check | None = None
    secret: bool = False  # shown as *** as a whole
    choices: tuple[str, ...] = field(default=())
    url_secrets: bool = False  # an address: its user info and secret parameters shown as ***
    json_secrets: bool = False  # a JSON template: the values of secret-named keys as ***


def _between(low: float, high: float) -> Check:
    def check(value: Any) -> str | None:
        if not low <= value <= high:
            return Problem("setting_range", f"must be between {low:g} and {high:g}",
                           low=low, high=high)
        return None

    return check


def _url_or_empty(value: Any) -> str | None:
    if value == "":
        return None
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return Problem("setting_url", "must be an http:// or https:// address, or empty")
    try:
        parsed.port  # noqa: B018 (raises for a port that is not a number from 0 to 65535)
    except ValueError:
        return Problem("setting_url_port", "has a port that is not a number from 0 to 65535")
    return None


def _host(value: Any) -> str | None:
    text = str(value)
    if not text or any(ch.isspace() for ch in text) or not all(
            ch.isalnum() or ch in ".-:_[]" for ch in text):
        return Problem(
            "setting_host",
            "must be an address of this computer such as 127.0.0.1, or 0.0.0.0 for all")
    return None


def _origins(value: Any) -> str | None:
    for item in value:
        parsed = urlparse(item)
        if parsed.scheme not in ("http", "https") or not parsed.netloc or parsed.path not in ("",):
            return Problem("setting_origin",
                           f"{item!r} is not an origin such as http://localhost:8080",
                           item=item)
    return None


_PLACEHOLDERS = ("{code}", "{iccid}", "{msisdn}")


def _url_template(value: Any) -> str | None:
    if value == "":
        return None
    filled = value
    for mark in _PLACEHOLDERS:
        filled = filled.replace(mark, "x")
    if "{" in filled or "}" in filled:
        return Problem("setting_placeholders",
                       "may hold only the placeholders {code}, {iccid} and {msisdn}")
    parsed = urlparse(filled)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return Problem("setting_url_template",
                       "must be an http:// or https:// address with {code}, {iccid} or "
                       "{msisdn} where the card goes, or empty")
    return None


def _headers(value: Any) -> str | None:
    for name in value:
        if not name or any(ch in name for ch in " :\r\n"):
            return Problem("setting_header_name", f"{name!r} is not a valid header name",
                           name=name)
        if any(ch in value[name] for ch in "\r\n"):
            return Problem("setting_header_line",
                           f"the value of {name!r} must be on one line", name=name)
        if not name.isascii() or not value[name].isascii():
            return Problem(
                "setting_header_ascii",
                f"the header {name!r} must be written in plain ASCII letters and digits",
                name=name)
    return None


def _json_path(value: Any) -> str | None:
    if value and any(not part for part in value.split(".")):
        return Problem(
            "setting_json_path",
            "must be dotted names such as data.status (list items as items.0.status)")
    return None


def _one_line_name(value: Any) -> str | None:
    if len(value) > 200 or any(ch in value for ch in "\r\n\t"):
        return "must be one line of at most 200 characters"
    return None


def _port(value: Any) -> str | None:
    return None if 0 <= value <= 65535 else Problem(
        "setting_port", "must be a port number from 0 to 65535")


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec("codes.verify_luhn", bool, True,
                    "Verify the ICCID check digit (turn off for packs printed without one)"),
        SettingSpec("auth.token_ttl_hours", int, 12, "Hours a login token stays valid",
                    _between(1, 24 * 30)),
        SettingSpec("auth.lockout_attempts", int, 5,
                    "Failed logins in a row of one user name from one address after which "
                    "each further try must wait (1 s, 2 s, 4 s …); other addresses are not "
                    "affected", _between(1, 100)),
        SettingSpec("auth.lockout_minutes", int, 5,
                    "Longest wait, in minutes, between tries of a user name from an address "
                    "with too many failed logins", _between(1, 24 * 60)),
        SettingSpec("api.host", str, "127.0.0.1", "Address both HTTP APIs listen on", _host),
        SettingSpec("api.main_port", int, 9022, "Port of the main API", _port),
        SettingSpec("api.status_port", int, 9020, "Port of the SIM status API", _port),
        SettingSpec("api.trusted_origins", list,
                    ["http://localhost:8080", "http://127.0.0.1:8080"],
                    "Web-app origins trusted from this computer", _origins),
        SettingSpec("status_source.kind", str, "seed", "Kind of status source",
                    choices=("seed", "http-json")),
        SettingSpec("status_source.url", str, "", "Address of the status source",
                    _url_or_empty, url_secrets=True),
        SettingSpec("status_source.method", str, "GET",
                    "HTTP method of the generic (http-json) source", choices=("GET", "POST")),
        SettingSpec("status_source.url_template", str, "",
                    "Address of the generic (http-json) source with {code}, {iccid} or "
                    "{msisdn} where the card goes (empty: status_source.url)", _url_template,
                    url_secrets=True),
        SettingSpec("status_source.body_template", str, "",
                    "JSON body sent by a POST of the generic source, with the same "
                    "placeholders (empty: no body); the values of keys named like a key, "
                    "token, secret or password are kept secret", json_secrets=True),
        SettingSpec("status_source.headers", dict, {},
                    "Headers of the generic source, such as an API key (a JSON object)",
                    _headers, secret=True),
        SettingSpec("status_source.status_path", str, "status",
                    "Dotted path of the status in the generic source's JSON answer",
                    _json_path),
        SettingSpec("status_source.sale_date_path", str, "",
                    "Dotted path of the sale (activation) date in the answer (empty: none)",
                    _json_path),
        SettingSpec("status_source.sold_values", list, ["sold", "active", "activated"],
                    "Status values of the generic source that mean sold"),
        SettingSpec("status_source.not_sold_values", list,
                    ["not_sold", "available", "inactive", "not_found", "new"],
                    "Status values of the generic source that mean not sold"),
        SettingSpec("status_source.blocked_values", list, ["blocked", "suspended", "barred"],
                    "Status values of the generic source that mean blocked (not sold)"),
        SettingSpec("checks.concurrency", int, 16, "Checks run at once", _between(1, 128)),
        SettingSpec("checks.rate_per_second", float, 0.0,
                    "Most checks started per second (0: no limit)", _between(0, 10_000)),
        SettingSpec("checks.deadline_seconds", float, 10.0,
                    "Wall-clock limit of one check, retries included", _between(0.5, 300)),
        SettingSpec("checks.stop_after_failures", int, 10,
                    "Failed checks in a row after which a run stops (the source is down)",
                    _between(1, 10_000)),
        SettingSpec("checks.sync_wait_seconds", float, 10.0,
                    "How long a waiting API call (the web app's auto-check) waits for a run "
                    "before answering with the stored statuses while the run goes on",
                    _between(0, 300)),
        SettingSpec("checks.lease_seconds", float, 60.0,
                    "How long another simdesk on this database waits before it takes over "
                    "the auto-check of a program that stopped answering", _between(5, 3600)),
        SettingSpec("auto_check.enabled", bool, False, "Check all assigned cards on a schedule"),
        SettingSpec("auto_check.interval_minutes", int, 30, "Minutes between automatic checks",
                    _between(1, 7 * 24 * 60)),
        SettingSpec("notify.webhook_url", str, "", "Address told about newly sold cards",
                    _url_or_empty, secret=True),
        SettingSpec("stats.stale_days", int, 30,
                    "Days after which an unsold card in a shop is flagged", _between(1, 3650)),
        SettingSpec("office.dealer_name", str, "",
                    "The dealer's name printed on hand-over acts (empty: a blank line to "
                    "write it in)", _one_line_name),
    )
}

# A number written with ASCII digits (float() also reads " 1", "١٫٥", "1_0", "nan", "inf").
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_TRUE = {"1", "true", "yes", "on", "ha"}
_FALSE = {"0", "false", "no", "off", "yoq", "yo'q"}


def spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        known = ", ".join(sorted(SPECS))
        raise NotFoundError(
            f"Unknown setting {key!r}. Known settings: {known}.", code="unknown_setting"
        ) from None


def coerce(key: str, value: Any) -> Any:
    """Check a value (Python or command-line text) against its key's spec; return it typed."""
    s = spec(key)
    typed: Any
    problem: str | None = None
    if s.type is bool:
        if isinstance(value, bool):
            typed = value
        elif isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            typed = value.strip().lower() in _TRUE
        else:
            typed, problem = None, Problem("setting_bool", "must be true or false")
    elif s.type is int:
        if isinstance(value, bool):
            typed, problem = None, Problem("setting_int", "must be a whole number")
        elif isinstance(value, int):
            typed = value
        else:
            typed = ascii_int(str(value), -INT64_MAX)
            if typed is None:
                typed, problem = None, Problem("setting_int", "must be a whole number")
    elif s.type is float:
        if isinstance(value, bool):
            typed, problem = None, Problem("setting_number", "must be a number")
        elif isinstance(value, int | float):
            try:
                typed = float(value)
            except OverflowError:  # a whole number of hundreds of digits
                typed, problem = None, Problem("setting_number", "must be a number")
        elif _DECIMAL.fullmatch(text := str(value)):
            typed = float(text)
        else:
            typed, problem = None, Problem("setting_number", "must be a number")
    elif s.type is list:
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                try:
                    value = json.loads(text)
                except json.JSONDecodeError:
                    value = None
            else:
                value = [part.strip() for part in text.split(",") if part.strip()]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            typed = value
        else:
            typed, problem = None, Problem(
                "setting_list", "must be a list of texts (comma-separated or a JSON array)")
    elif s.type is dict:
        if isinstance(value, str):
            text = value.strip() or "{}"
            try:
                value = json.loads(text)
            except json.JSONDecodeError:
                value = None
        if isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            typed = {k.strip(): v for k, v in value.items()}
        else:
            typed, problem = None, Problem(
                "setting_headers", 'must be a JSON object of texts, such as {"X-Api-Key": "..."}'
            )
    else:
        if isinstance(value, str):
            typed = value.strip()
        else:
            typed, problem = None, Problem("setting_text", "must be text")
    if problem is None and s.choices and typed not in s.choices:
        problem = Problem("setting_choice", f"must be one of: {', '.join(s.choices)}",
                          choices=", ".join(s.choices))
    if problem is None and s.check is not None:
        problem = s.check(typed)
    if problem is not None:
        echoed = "a hidden value" if s.secret else repr(shown(key, value))  # never a secret
        raise ValidationError(
            f"Setting {key} {problem} (got {echoed}).", fields={key: problem},
            code="invalid_setting", params={"key": key, "problem": problem},
        )
    return typed


def get(key: str) -> Any:
    s = spec(key)
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return s.default
    return json.loads(row.value)


def get_all(*, include_secrets: bool = True) -> dict[str, Any]:
    """Every setting.  ``include_secrets=False`` (whatever is shown outside the window or
    written to a log) gives the ``shown`` form: secrets as ``***``."""
    stored = {row.key: json.loads(row.value) for row in Setting.select()}
    result: dict[str, Any] = {}
    for key, s in SPECS.items():
        value = stored.get(key, s.default)
        result[key] = value if include_secrets else shown(key, value)
    return result


# ---------------------------------------------------------------------------- secrets

URL_KEY: Final = "status_source.url"
TEMPLATE_KEY: Final = "status_source.url_template"
HEADERS_KEY: Final = "status_source.headers"
BODY_KEY: Final = "status_source.body_template"
# Secrets the generic source sends to its address (status_source.url_template, or
# status_source.url when that is empty) and nowhere else.
SENT_WITH_THE_SOURCE: Final = (HEADERS_KEY, BODY_KEY)


def _secret_spans(s: SettingSpec, value: Any) -> list[Span] | None:
    """Where the secrets sit inside a value whose spec keeps secrets inside its text."""
    if not isinstance(value, str):
        return None
    if s.url_secrets:
        return url_secret_spans(value)
    if s.json_secrets:
        return json_secret_spans(value)
    return None


def shown(key: str, value: Any) -> Any:
    """``value`` of setting ``key`` as it may be shown outside the window or logged."""
    s = spec(key)
    if s.secret:
        return HIDDEN if value else value
    if s.url_secrets:
        return mask_url(value)
    if s.json_secrets:
        return mask_json(value)
    return value


def _origin(url: str) -> tuple[str, str, int | None]:
    try:
        parts = urlsplit(url)
        return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port
    except ValueError:
        return "", "", None


def _origin_text(origin: tuple[str, str, int | None]) -> str:
    scheme, host, port = origin
    if not scheme and not host:
        return "no address"
    return f"{scheme}://{host}" + (f":{port}" if port is not None else "")


def _restore_hidden(key: str, value: Any) -> tuple[Any, bool]:
    """A value as ``shown`` gave it (``GET /settings``) back to what it stands for: every
    ``***`` where the shown form of the stored value has one becomes the stored secret.
    Returns the value and whether a stored secret was kept.  Raises ValidationError for a
    ``***`` with no stored secret at its place."""
    s = spec(key)
    if s.secret:
        if value != HIDDEN:
            return value, False
        stored = get(key)
        if not stored:
            nothing = ("is *** (a hidden value) but nothing is stored to keep; type the real "
                       "value")
            raise ValidationError(f"Setting {key} {nothing}.", fields={key: nothing},
                                  code="invalid_setting")
        return stored, True
    spans = _secret_spans(s, value)
    hidden = [span for span in spans or () if span.text(value) == HIDDEN]
    if not hidden:
        return value, False
    stored_text = get(key)
    stored_spans = {span.label: span for span in _secret_spans(s, stored_text) or ()}
    given_spans = {span.label: span for span in spans or ()}
    what = "address" if s.url_secrets else "template"

    def user_of(text: str, spans_of: dict[str, Span]) -> str:
        span = spans_of.get("user")
        return span.text(text) if span is not None else ""

    stored_user = user_of(stored_text, stored_spans)
    user_after = user_of(value, given_spans)
    if user_after == HIDDEN and "user" in stored_spans:
        user_after = stored_user
    result = value
    for span in reversed(hidden):
        kept = stored_spans.get(span.label)
        place = place_name(span.label)
        problem: str | None = None
        if kept is None:
            problem = (f"has *** as {place}, but the stored {what} has no hidden value "
                       "there to keep; type the real value")
        elif s.url_secrets and (_origin(value) != _origin(stored_text) or (
                span.label == "password" and user_after != stored_user)):
            problem = (f"has *** as {place}: the stored secret is kept only for the same "
                       "address (scheme, user, host and port); type it again for the new one")
        if problem is not None:
            raise ValidationError(f"Setting {key} {problem} (got {shown(key, value)!r}).",
                                  fields={key: problem}, code="invalid_setting")
        assert kept is not None
        result = result[:span.start] + kept.text(stored_text) + result[span.end:]
    return result, True


def _holds_secret(key: str, value: Any) -> bool:
    s = spec(key)
    if s.secret:
        return bool(value)
    return bool(_secret_spans(s, value))


def _moved_secrets(given: dict[str, Any], typed: dict[str, Any],
                   kept: set[str]) -> dict[str, str]:
    """The secrets sent with the generic source (its headers, its body template's secret
    values) that a client shown them as ``***`` would carry to another scheme, host or port:
    left out of the request or sent back as ``***`` while the source's address moves.  They
    go only where the person who typed them meant; the request must give them again."""
    stored = get_all()
    after = {**stored, **typed}
    before_at = _origin(stored[TEMPLATE_KEY] or stored[URL_KEY])
    after_at = _origin(after[TEMPLATE_KEY] or after[URL_KEY])
    if before_at == after_at:
        return {}
    problems: dict[str, str] = {}
    for key in SENT_WITH_THE_SOURCE:
        if key in kept or (key not in given and _holds_secret(key, stored[key])):
            what = "headers" if key == HEADERS_KEY else "secret values of the body template"
            problems[key] = (
                f"keeps its hidden {what} (***) while the status source moves from "
                f"{_origin_text(before_at)} to {_origin_text(after_at)}; stored secrets go "
                "only to the address they were typed for: give them again in the same "
                "request (or without secrets to send none)")
    return problems


def set_many(values: dict[str, Any], *, keep_hidden: bool = False) -> dict[str, Any]:
    """Check every value first, then store them all in one transaction (all or nothing).

    ``keep_hidden``: the values come from a client that was shown secrets as ``***``
    (``PUT /settings``): a ``***`` where the stored value's shown form has one keeps the
    stored secret — but not when the status source moves to another scheme, host or port
    (``_moved_secrets``).  The window and the command line pass real values."""
    typed: dict[str, Any] = {}
    errors: dict[str, str] = {}
    kept: set[str] = set()
    for key, value in values.items():
        try:
            if keep_hidden and key in SPECS:
                value, was_kept = _restore_hidden(key, value)
                if was_kept:
                    kept.add(key)
            typed[key] = coerce(key, value)
        except ValidationError as exc:
            errors.update(exc.fields)
        except NotFoundError as exc:
            errors[key] = exc.message
    if keep_hidden:
        errors.update(_moved_secrets(values, typed, kept))
    if errors:
        listed = "; ".join(f"{k}: {v}" for k, v in errors.items())
        raise ValidationError(f"Settings not saved: {listed}.", fields=errors,
                              code="invalid_setting")
    now = utcnow()
    with write_tx():
        for key, value in typed.items():
            (Setting.insert(key=key, value=json.dumps(value), updated_at=now)
             .on_conflict(conflict_target=[Setting.key],
                          update={Setting.value: json.dumps(value), Setting.updated_at: now})
             .execute())
    return typed


def set_value(key: str, value: Any) -> Any:
    return set_many({key: value})[key]
