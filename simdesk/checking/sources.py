"""Status sources: the seed's contract over HTTP (the default) and a generic HTTP JSON source.

A source turns one card into one HTTP call and the reply into a :class:`SourceAnswer`.  It
never raises for a failed check: the error is in the answer (and logged by the engine);
only :class:`~simdesk.checking.http.Aborted` (cancel, closing) escapes.

Secrets: every secret the source's configuration holds (``SourceConfig.secrets``: the
header values, the user info and secret parameters of ``url`` and ``url_template``, the
secret values of the body template — as ``simdesk/masking.py`` finds them) is sent, never
shown.  Messages and logs name only the source's scheme://host:port, and everything a source
produces — its error, message, status, raw text and parsed answer — passes one mask
(``StatusSource.query`` → ``_masked``) that replaces each of those secrets, in any of the
forms it may come back in (percent-encoded, JSON-escaped), with ``***``; an answer's body is
masked before a snippet of it is cut, so no part of a secret is left at the cut either.
"""

from __future__ import annotations

import json
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final
from urllib.parse import quote

import requests

from simdesk.checking.http import Aborted, CallContext, CallError, HttpReply, call
from simdesk.domain import settings
from simdesk.errors import ConfigurationError
from simdesk.masking import SecretMask, json_secrets, url_secrets
from simdesk.timeutil import parse_timestamp

KIND_SEED: Final = "seed"
KIND_HTTP_JSON: Final = "http-json"

SOLD: Final = "sold"
NOT_SOLD: Final = "not_sold"
BLOCKED: Final = "blocked"
UNKNOWN: Final = "unknown"
ERROR: Final = "error"

NO_SOURCE_MESSAGE: Final = (
    "no status source configured: set status_source.url (simdesk config set "
    "status_source.url http://HOST:PORT, or in Settings)"
)
NO_TEMPLATE_MESSAGE: Final = (
    "no status source configured: the http-json source needs status_source.url_template "
    "(simdesk config set status_source.url_template 'https://HOST/sims/{iccid}', or in "
    "Settings)"
)


@dataclass
class SourceAnswer:
    """The status source's answer about one card.

    ``status`` is the source's own status text (``error`` when the check failed); ``category``
    is what it means here: sold, not_sold, blocked, unknown or error.
    """

    status: str
    is_sold: bool
    sale_date: datetime | None
    message: str
    raw: dict[str, Any] | None
    error: str | None
    duration_ms: int
    category: str = UNKNOWN
    raw_text: str | None = None  # the answer as stored in the log (secrets masked)
    attempts: int = 1
    card_problem: bool = False  # the card, not the source, made the check impossible

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "isSold": self.is_sold,
            "saleDate": self.sale_date.isoformat() if self.sale_date else None,
            "message": self.message,
            "category": self.category,
            "raw": self.raw,
            "error": self.error,
            "durationMs": self.duration_ms,
        }


@dataclass(frozen=True, slots=True)
class CardInfo:
    id: int | None
    code: str
    phone: str | None = None


@dataclass(frozen=True)
class SourceConfig:
    """The settings a run reads when it starts."""

    kind: str = KIND_SEED
    url: str = ""
    method: str = "GET"
    url_template: str = ""
    body_template: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    status_path: str = "status"
    sale_date_path: str = ""
    sold_values: Sequence[str] = ("sold",)
    not_sold_values: Sequence[str] = ()
    blocked_values: Sequence[str] = ()
    concurrency: int = 16
    rate_per_second: float = 0.0
    deadline_seconds: float = 10.0
    stop_after_failures: int = 10
    lease_seconds: float = 60.0

    @classmethod
    def from_settings(cls, overrides: Mapping[str, Any] | None = None) -> SourceConfig:
        """The stored settings' configuration; ``overrides`` (checked values by setting
        key, not saved) replace stored ones — Settings' Test connection of what is typed."""
        values = {**settings.get_all(), **(overrides or {})}
        return cls(
            kind=values["status_source.kind"],
            url=values["status_source.url"],
            method=values["status_source.method"],
            url_template=values["status_source.url_template"],
            body_template=values["status_source.body_template"],
            headers=dict(values["status_source.headers"]),
            status_path=values["status_source.status_path"],
            sale_date_path=values["status_source.sale_date_path"],
            sold_values=tuple(values["status_source.sold_values"]),
            not_sold_values=tuple(values["status_source.not_sold_values"]),
            blocked_values=tuple(values["status_source.blocked_values"]),
            concurrency=int(values["checks.concurrency"]),
            rate_per_second=float(values["checks.rate_per_second"]),
            deadline_seconds=float(values["checks.deadline_seconds"]),
            stop_after_failures=int(values["checks.stop_after_failures"]),
            lease_seconds=float(values["checks.lease_seconds"]),
        )

    def secrets(self) -> list[str]:
        """Every secret this configuration holds: the header values, the user info and
        secret parameters of both addresses, the secret values of the body template."""
        return [*self.headers.values(), *url_secrets(self.url),
                *url_secrets(self.url_template), *json_secrets(self.body_template)]

    def problem(self) -> str | None:
        """Why no check can run with this configuration, or None."""
        if self.kind == KIND_HTTP_JSON:
            return None if (self.url_template or self.url) else NO_TEMPLATE_MESSAGE
        return None if self.url else NO_SOURCE_MESSAGE


def no_source_error(message: str) -> ConfigurationError:
    return ConfigurationError(message, code="no_status_source")


# ------------------------------------------------------------------ rate limit


# ------------------------------------------------------------------ helpers


def _now_ms(start: float) -> int:
    return int((time.monotonic() - start) * 1000)


def _sale_date(value: Any) -> datetime | None:
    """A date from the answer (ISO text, dd.mm.yyyy, or Unix seconds/milliseconds)."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        try:
            return parse_timestamp(value)
        except ValueError:
            return None
    return None


def _at_path(data: Any, path: str) -> tuple[bool, Any]:
    """(found, value) at a dotted path; numeric parts index lists (items.0.status)."""
    current = data
    for part in path.split("."):
        if isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return False, None
    return True, current


def _snippet(text: str) -> str:
    """The start of an answer for a message (``text`` already masked)."""
    return text[:80].replace("\n", " ").strip() + ("…" if len(text) > 80 else "")


def _parse_json(reply: HttpReply, shown: str) -> Any:
    """The reply's JSON; ``shown`` is its body as text, masked, for the error."""
    try:
        return json.loads(reply.body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CallError(
            f"the answer is not valid JSON (it starts: {_snippet(shown)!r})"
        ) from None


def _mask_data(data: Any, mask: SecretMask) -> Any:
    """A parsed JSON answer with every text (keys and values) masked."""
    if isinstance(data, str):
        return mask(data)
    if isinstance(data, dict):
        return {mask(str(k)): _mask_data(v, mask) for k, v in data.items()}
    if isinstance(data, list):
        return [_mask_data(v, mask) for v in data]
    return data


class StatusSource(ABC):
    """Base: one card → one call with retries inside the deadline → one answer."""

    kind = "base"

    def __init__(self, config: SourceConfig) -> None:
        self.config = config
        self.mask = SecretMask(config.secrets())

    @abstractmethod
    def prepare(self, card: CardInfo) -> tuple[str, str, dict[str, str], bytes | None]:
        """The request for one card: method, URL, headers, body."""

    @abstractmethod
    def interpret(self, data: Any) -> SourceAnswer:
        """The answer read from the source's JSON reply."""

    def query(
        self,
        card: CardInfo,
        session: requests.Session,
        *,
        ctx: CallContext | None = None,
        before_attempt: Callable[[float], bool] | None = None,
        sleep: Callable[[float], bool] | None = None,
    ) -> SourceAnswer:
        """The source's answer about one card, every secret of the configuration masked."""
        return self._masked(self._ask(card, session, ctx=ctx, before_attempt=before_attempt,
                                      sleep=sleep))

    def _masked(self, answer: SourceAnswer) -> SourceAnswer:
        """The one place every answer leaves through: no secret in any of its texts."""
        mask = self.mask
        if not mask:
            return answer
        answer.status = mask(answer.status)
        answer.message = mask(answer.message)
        if answer.error is not None:
            answer.error = mask(answer.error)
        if answer.raw_text is not None:
            answer.raw_text = mask(answer.raw_text)
        if answer.raw is not None:
            answer.raw = _mask_data(answer.raw, mask)
        return answer

    def _ask(
        self,
        card: CardInfo,
        session: requests.Session,
        *,
        ctx: CallContext | None,
        before_attempt: Callable[[float], bool] | None,
        sleep: Callable[[float], bool] | None,
    ) -> SourceAnswer:
        start = time.monotonic()
        try:
            method, url, headers, body = self.prepare(card)
        except CallError as exc:
            return SourceAnswer(ERROR, False, None, "", None, exc.message, 0, ERROR,
                                card_problem=True)
        try:
            reply = call(
                session, method, url, headers=headers, body=body,
                deadline_s=self.config.deadline_seconds, ctx=ctx,
                before_attempt=before_attempt, sleep=sleep,
            )
        except Aborted:
            raise
        except CallError as exc:
            raw_text = self.mask(exc.body.decode("utf-8", "replace")) if exc.body else None
            return SourceAnswer(ERROR, False, None, "", None, exc.message, _now_ms(start), ERROR,
                                raw_text=raw_text)
        # Masked before a snippet is cut from it: a cut through a secret leaves none of it.
        raw_text = self.mask(reply.body.decode("utf-8", errors="replace"))
        try:
            if reply.status != 200:
                raise CallError(
                    f"the status source answered HTTP {reply.status} "
                    f"({_snippet(raw_text) or 'no body'}); check the status source's "
                    "address and settings"
                )
            answer = self.interpret(_parse_json(reply, raw_text))
        except CallError as exc:
            return SourceAnswer(ERROR, False, None, "", None, exc.message, _now_ms(start), ERROR,
                                raw_text=raw_text, attempts=reply.attempts)
        answer.duration_ms = _now_ms(start)
        answer.raw_text = raw_text
        answer.attempts = reply.attempts
        return answer


class SeedSource(StatusSource):
    """``POST {url}/check-simcard-status {"code"}`` → ``{status, is_sold, sale_date, message}``."""

    kind = KIND_SEED

    def prepare(self, card: CardInfo) -> tuple[str, str, dict[str, str], bytes | None]:
        url = self.config.url.rstrip("/") + "/check-simcard-status"
        body = json.dumps({"code": card.code}).encode()
        return "POST", url, {"Content-Type": "application/json",
                             "Accept": "application/json"}, body

    def interpret(self, data: Any) -> SourceAnswer:
        if not isinstance(data, dict):
            raise CallError("the answer is JSON but not an object with status and is_sold")
        if "is_sold" not in data or "status" not in data:
            raise CallError("the answer lacks status or is_sold, which the seed's contract "
                            "requires")
        status = str(data.get("status") or "")
        message = str(data.get("message") or "")
        if status.lower() == ERROR:
            raise CallError(f"the status source answered an error: {message or 'no message'}")
        is_sold = data.get("is_sold") is True  # only a positive answer sells a card
        category = SOLD if is_sold else (BLOCKED if status.lower() in ("blocked", "suspended")
                                         else NOT_SOLD)
        sale = _sale_date(data.get("sale_date")) if is_sold else None
        return SourceAnswer(status, is_sold, sale, message, data, None, 0, category)


class HttpJsonSource(StatusSource):
    """An operator's JSON API: URL template, method, headers, paths and a value mapping."""

    kind = KIND_HTTP_JSON

    def __init__(self, config: SourceConfig) -> None:
        super().__init__(config)
        self._map: dict[str, str] = {}
        for values, category in ((config.blocked_values, BLOCKED),
                                 (config.not_sold_values, NOT_SOLD),
                                 (config.sold_values, SOLD)):
            for value in values:
                self._map[value.strip().casefold()] = category

    @staticmethod
    def _values(card: CardInfo) -> dict[str, str | None]:
        msisdn = card.phone.lstrip("+") if card.phone else None
        return {"code": card.code, "iccid": card.code, "msisdn": msisdn}

    def _fill(self, template: str, card: CardInfo, escape: Callable[[str], str]) -> str:
        text = template
        for name, value in self._values(card).items():
            mark = "{" + name + "}"
            if mark in text:
                if value is None:
                    raise CallError(
                        f"card {card.code} has no phone number, which the status source's "
                        f"address needs ({mark}); add the phone to the card"
                    )
                text = text.replace(mark, escape(value))
        return text

    def prepare(self, card: CardInfo) -> tuple[str, str, dict[str, str], bytes | None]:
        template = self.config.url_template or self.config.url
        url = self._fill(template, card, lambda v: quote(v, safe=""))
        headers = {"Accept": "application/json", **dict(self.config.headers)}
        body: bytes | None = None
        if self.config.method == "POST" and self.config.body_template:
            body = self._fill(self.config.body_template, card,
                              lambda v: json.dumps(v)[1:-1]).encode()
            headers.setdefault("Content-Type", "application/json")
        return self.config.method, url, headers, body

    def interpret(self, data: Any) -> SourceAnswer:
        path = self.config.status_path or "status"
        found, value = _at_path(data, path)
        if not found or value is None or isinstance(value, dict | list):
            raise CallError(
                f"the answer has no status at {path!r}; set status_source.status_path to "
                "where the operator's answer keeps it"
            )
        status = str(value).lower() if isinstance(value, bool) else str(value)
        category = self._map.get(status.strip().casefold(), UNKNOWN)
        is_sold = category == SOLD
        sale = None
        if is_sold and self.config.sale_date_path:
            _, raw_date = _at_path(data, self.config.sale_date_path)
            sale = _sale_date(raw_date)
        message = "" if category != UNKNOWN else (
            f"status {status!r} is not listed in sold_values, not_sold_values or "
            "blocked_values; the card is left as it is"
        )
        raw = data if isinstance(data, dict) else {"answer": data}
        return SourceAnswer(status, is_sold, sale, message, raw, None, 0, category)


def build_source(config: SourceConfig) -> StatusSource:
    """The configured source; ConfigurationError ``no_status_source`` when none is set."""
    problem = config.problem()
    if problem is not None:
        raise no_source_error(problem)
    if config.kind == KIND_HTTP_JSON:
        return HttpJsonSource(config)
    return SeedSource(config)
