"""Settings kept in the database: a registry of known keys with types, defaults and checks.

The desktop window, ``PUT /settings`` and ``simdesk config get/set`` all go through here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from simdesk.domain.codes import INT64_MAX, ascii_int
from simdesk.errors import NotFoundError, ValidationError
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
    secret: bool = False
    choices: tuple[str, ...] = field(default=())


def _between(low: float, high: float) -> Check:
    def check(value: Any) -> str | None:
        if not low <= value <= high:
            return f"must be between {low:g} and {high:g}"
        return None

    return check


def _url_or_empty(value: Any) -> str | None:
    if value == "":
        return None
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return "must be an http:// or https:// address, or empty"
    try:
        parsed.port  # noqa: B018 (raises for a port that is not a number from 0 to 65535)
    except ValueError:
        return "has a port that is not a number from 0 to 65535"
    return None


def _host(value: Any) -> str | None:
    text = str(value)
    if not text or any(ch.isspace() for ch in text) or not all(
            ch.isalnum() or ch in ".-:_[]" for ch in text):
        return "must be an address of this computer such as 127.0.0.1, or 0.0.0.0 for all"
    return None


def _origins(value: Any) -> str | None:
    for item in value:
        parsed = urlparse(item)
        if parsed.scheme not in ("http", "https") or not parsed.netloc or parsed.path not in ("",):
            return f"{item!r} is not an origin such as http://localhost:8080"
    return None


_PLACEHOLDERS = ("{code}", "{iccid}", "{msisdn}")


def _url_template(value: Any) -> str | None:
    if value == "":
        return None
    filled = value
    for mark in _PLACEHOLDERS:
        filled = filled.replace(mark, "x")
    if "{" in filled or "}" in filled:
        return "may hold only the placeholders {code}, {iccid} and {msisdn}"
    parsed = urlparse(filled)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return ("must be an http:// or https:// address with {code}, {iccid} or {msisdn} "
                "where the card goes, or empty")
    return None


def _headers(value: Any) -> str | None:
    for name in value:
        if not name or any(ch in name for ch in " :\r\n"):
            return f"{name!r} is not a valid header name"
        if any(ch in value[name] for ch in "\r\n"):
            return f"the value of {name!r} must be on one line"
        if not name.isascii() or not value[name].isascii():
            return f"the header {name!r} must be written in plain ASCII letters and digits"
    return None


def _json_path(value: Any) -> str | None:
    if value and any(not part for part in value.split(".")):
        return "must be dotted names such as data.status (list items as items.0.status)"
    return None


def _port(value: Any) -> str | None:
    return None if 0 <= value <= 65535 else "must be a port number from 0 to 65535"


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec("codes.verify_luhn", bool, True,
                    "Verify the ICCID check digit (turn off for packs printed without one)"),
        SettingSpec("auth.token_ttl_hours", int, 12, "Hours a login token stays valid",
                    _between(1, 24 * 30)),
        SettingSpec("auth.lockout_attempts", int, 5,
                    "Failed logins in a row that lock an account", _between(1, 100)),
        SettingSpec("auth.lockout_minutes", int, 15, "Minutes an account stays locked",
                    _between(1, 24 * 60)),
        SettingSpec("api.host", str, "127.0.0.1", "Address both HTTP APIs listen on", _host),
        SettingSpec("api.main_port", int, 9022, "Port of the main API", _port),
        SettingSpec("api.status_port", int, 9020, "Port of the SIM status API", _port),
        SettingSpec("api.trusted_origins", list,
                    ["http://localhost:8080", "http://127.0.0.1:8080"],
                    "Web-app origins trusted from this computer", _origins),
        SettingSpec("status_source.kind", str, "seed", "Kind of status source",
                    choices=("seed", "http-json")),
        SettingSpec("status_source.url", str, "", "Address of the status source",
                    _url_or_empty),
        SettingSpec("status_source.method", str, "GET",
                    "HTTP method of the generic (http-json) source", choices=("GET", "POST")),
        SettingSpec("status_source.url_template", str, "",
                    "Address of the generic (http-json) source with {code}, {iccid} or "
                    "{msisdn} where the card goes (empty: status_source.url)", _url_template),
        SettingSpec("status_source.body_template", str, "",
                    "JSON body sent by a POST of the generic source, with the same "
                    "placeholders (empty: no body)"),
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
            typed, problem = None, "must be true or false"
    elif s.type is int:
        if isinstance(value, bool):
            typed, problem = None, "must be a whole number"
        elif isinstance(value, int):
            typed = value
        else:
            typed = ascii_int(str(value), -INT64_MAX)
            if typed is None:
                typed, problem = None, "must be a whole number"
    elif s.type is float:
        if isinstance(value, bool):
            typed, problem = None, "must be a number"
        elif isinstance(value, int | float):
            try:
                typed = float(value)
            except OverflowError:  # a whole number of hundreds of digits
                typed, problem = None, "must be a number"
        elif _DECIMAL.fullmatch(text := str(value)):
            typed = float(text)
        else:
            typed, problem = None, "must be a number"
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
            typed, problem = None, "must be a list of texts (comma-separated or a JSON array)"
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
            typed, problem = None, (
                'must be a JSON object of texts, such as {"X-Api-Key": "..."}'
            )
    else:
        if isinstance(value, str):
            typed = value.strip()
        else:
            typed, problem = None, "must be text"
    if problem is None and s.choices and typed not in s.choices:
        problem = f"must be one of: {', '.join(s.choices)}"
    if problem is None and s.check is not None:
        problem = s.check(typed)
    if problem is not None:
        shown = "a hidden value" if s.secret else repr(value)  # never echo a secret
        raise ValidationError(
            f"Setting {key} {problem} (got {shown}).", fields={key: problem},
            code="invalid_setting",
        )
    return typed


def get(key: str) -> Any:
    s = spec(key)
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return s.default
    return json.loads(row.value)


def get_all(*, include_secrets: bool = True) -> dict[str, Any]:
    stored = {row.key: json.loads(row.value) for row in Setting.select()}
    result: dict[str, Any] = {}
    for key, s in SPECS.items():
        value = stored.get(key, s.default)
        if s.secret and not include_secrets and value:
            value = "***"
        result[key] = value
    return result


def set_many(values: dict[str, Any]) -> dict[str, Any]:
    """Check every value first, then store them all in one transaction (all or nothing)."""
    typed: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for key, value in values.items():
        try:
            typed[key] = coerce(key, value)
        except ValidationError as exc:
            errors.update(exc.fields)
        except NotFoundError as exc:
            errors[key] = exc.message
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
