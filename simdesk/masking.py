"""Secrets written inside texts simdesk keeps, found and shown as ``***``.

One place for what counts as a secret inside an address and inside a JSON template, used by
every layer that may show or log one: the settings (``domain/settings.py``: what ``GET
/settings`` and ``config list`` show), the status sources (``checking/sources.py``: whatever
a check produces) and the database URL in messages (``storage/db.py``).  It imports nothing
of simdesk, so storage/ may use it.

- In an **address**: the user info (``user:password@`` — both parts: a token is often the
  user name, ``https://ghp_TOKEN@host/``), and the values of parameters named like a key,
  token, secret or password (``is_secret_name``) — in the query (separated by ``&`` or
  ``;``), as ``;name=value`` parameters of the path, and in the fragment.
- In a **JSON text** (the POST body template, placeholders such as ``{iccid}`` allowed
  outside strings): the value of every key named like a secret — a string or a bare scalar
  — and every string inside an object or list held by such a key (``"auth": {…}``).

A placeholder (``{code}``, ``{iccid}``, ``{msisdn}``) is never a secret.  Each secret is a
:class:`Span` with a label naming its place (``user``, ``password``, ``query:api_key:1``,
``json:apikey:1`` …), so a shown form sent back (``***`` at a place) can be matched with the
stored value's secret at the same place.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final
from urllib.parse import quote, unquote, unquote_plus

HIDDEN: Final = "***"
# A parameter (or JSON key) whose name, in lower case without separators, ends so holds a
# secret: key, api_key, apiKey, X-Api-Key, token, access_token, secret, client_secret,
# password, passwd, pwd, signature, sig, auth, credentials …
_SECRET_NAME_ENDS: Final = ("key", "token", "secret", "password", "passwd", "pwd", "pass",
                            "signature", "sig", "auth", "credential", "credentials")
_NOT_NAME: Final = re.compile(r"[^a-z0-9]")
_PLACEHOLDER: Final = re.compile(r"\{[A-Za-z_]+\}")
# Shorter texts are not looked for inside other texts (they would mask ordinary words).
MIN_SECRET_LENGTH: Final = 4


def is_secret_name(name: str) -> bool:
    """Whether a parameter or JSON key called ``name`` carries a secret."""
    return _NOT_NAME.sub("", unquote_plus(name).lower()).endswith(_SECRET_NAME_ENDS)


def is_placeholder(text: str) -> bool:
    return _PLACEHOLDER.fullmatch(text) is not None


@dataclass(frozen=True)
class Span:
    """Where a secret sits in a text: ``label`` names the place, ``start``/``end`` its
    characters."""

    label: str
    start: int
    end: int

    def text(self, of: str) -> str:
        return of[self.start:self.end]


def mask_spans(text: str, spans: Iterable[Span]) -> str:
    """``text`` with each span replaced by ``***``."""
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        text = text[:span.start] + HIDDEN + text[span.end:]
    return text


# ---------------------------------------------------------------------------- addresses


def url_secret_spans(url: str) -> list[Span]:
    """The secrets written inside an address (see the module's docstring), read from the text
    as it is so that the rest is kept exactly."""
    spans: list[Span] = []
    if not isinstance(url, str):
        return spans
    scheme_end = url.find("://")
    if scheme_end < 0:
        return spans
    start = scheme_end + 3
    match = re.compile(r"[/?#]").search(url, start)
    authority_end = match.start() if match else len(url)
    at = url.rfind("@", start, authority_end)
    if at >= 0:
        colon = url.find(":", start, at)
        user_end = colon if colon >= 0 else at
        if user_end > start and not is_placeholder(url[start:user_end]):
            spans.append(Span("user", start, user_end))
        if colon >= 0 and colon + 1 < at and not is_placeholder(url[colon + 1:at]):
            spans.append(Span("password", colon + 1, at))
    fragment = url.find("#", authority_end)
    end = fragment if fragment >= 0 else len(url)
    query = url.find("?", authority_end, end)
    path_end = query if query >= 0 else end
    seen: dict[str, int] = {}
    # ;name=value parameters of the path's segments (the part before the first ; of a
    # segment is its name, not a parameter).
    segment_start = authority_end
    for segment in url[authority_end:path_end].split("/"):
        first = segment.find(";")
        if first >= 0:
            _parameters(url, segment_start + first + 1, segment_start + len(segment), "path",
                        seen, spans)
        segment_start += len(segment) + 1
    if query >= 0:
        _parameters(url, query + 1, end, "query", seen, spans)
    if fragment >= 0:
        _parameters(url, fragment + 1, len(url), "fragment", seen, spans)
    return spans


def _parameters(url: str, start: int, end: int, part: str, seen: dict[str, int],
                spans: list[Span]) -> None:
    """The secret values of ``name=value`` items between ``start`` and ``end``, separated by
    ``&`` or ``;``."""
    position = start
    for item in re.split(r"[&;]", url[start:end]):
        name, equals, value = item.partition("=")
        if equals and value and not is_placeholder(value) and is_secret_name(name):
            label = f"{part}:{unquote_plus(name).lower()}"
            seen[label] = seen.get(label, 0) + 1
            value_start = position + len(name) + 1
            spans.append(Span(f"{label}:{seen[label]}", value_start, value_start + len(value)))
        position += len(item) + 1


def mask_url(url: str) -> str:
    """``url`` with every secret written inside it as ``***``:
    ``http://***:***@host/path?api_key=***&lang=uz``."""
    if not isinstance(url, str):
        return url
    return mask_spans(url, url_secret_spans(url))


def place_name(label: str) -> str:
    """What a span's label names, for messages: ``the user``, ``the value of api_key``."""
    if label in ("user", "password"):
        return f"the {label}"
    return f"the value of {label.split(':')[1]}"


# ---------------------------------------------------------------------------- JSON texts

_STRING: Final = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BARE: Final = re.compile(r"[^\s,:{}\[\]\"]+")
_SPACE: Final = re.compile(r"\s*")


def _strings(text: str) -> dict[int, int]:
    """Start → end of every string literal of a JSON(-like) text, read from its start.  A
    string left open runs to the end of the text (as if closed one past it), so that a
    secret typed without its closing quote is still one."""
    found: dict[int, int] = {}
    position = 0
    while (quote_at := text.find('"', position)) >= 0:
        match = _STRING.match(text, quote_at)
        if match is None:
            found[quote_at] = len(text) + 1
            break
        found[match.start()] = match.end()
        position = match.end()
    return found


def _skip_space(text: str, position: int) -> int:
    match = _SPACE.match(text, position)
    return match.end() if match else position


def _decoded(literal: str) -> str:
    try:
        value = json.loads(literal)
    except ValueError:
        return literal[1:-1]
    return value if isinstance(value, str) else literal[1:-1]


def _closing(text: str, opening: int, strings: dict[int, int]) -> int:
    """Where the object or list opened at ``opening`` ends (strings skipped)."""
    depth = 0
    position = opening
    while position < len(text):
        if position in strings:
            position = strings[position]
            continue
        char = text[position]
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return position
        position += 1
    return len(text)


def json_secret_spans(text: str) -> list[Span]:
    """The secrets of a JSON(-like) text (see the module's docstring)."""
    spans: list[Span] = []
    if not isinstance(text, str) or '"' not in text:
        return spans
    strings = _strings(text)
    keys = {start for start, end in strings.items()
            if text.startswith(":", _skip_space(text, end))}
    taken: set[int] = set()
    seen: dict[str, int] = {}

    def add(name: str, start: int, end: int) -> None:
        value = text[start:end]
        if start in taken or not value or is_placeholder(value):
            return
        taken.add(start)
        label = f"json:{name.lower()}"
        seen[label] = seen.get(label, 0) + 1
        spans.append(Span(f"{label}:{seen[label]}", start, end))

    for start in sorted(keys):
        name = _decoded(text[start:strings[start]])
        if not is_secret_name(name):
            continue
        value_at = _skip_space(text, _skip_space(text, strings[start]) + 1)
        if value_at in strings:
            add(name, value_at + 1, strings[value_at] - 1)
        elif text[value_at:value_at + 1] in ("{", "["):
            closing = _closing(text, value_at, strings)
            for inner in sorted(strings):
                if value_at < inner < closing and inner not in keys:
                    add(name, inner + 1, strings[inner] - 1)
        else:
            bare = _BARE.match(text, value_at)
            if bare is not None and bare.group() not in ("true", "false", "null"):
                add(name, bare.start(), bare.end())
    spans.sort(key=lambda s: s.start)
    return spans


def mask_json(text: str) -> str:
    """``text`` (a JSON template) with the value of every secret-named key as ``***``."""
    if not isinstance(text, str):
        return text
    return mask_spans(text, json_secret_spans(text))


# ---------------------------------------------------------------------------- any text


def written_forms(secret: str) -> set[str]:
    """The ways ``secret`` may come back in a text: as written, percent-decoded and
    -encoded, and escaped inside a JSON string."""
    forms = {secret}
    for decoded in (unquote(secret), unquote_plus(secret)):
        forms.update((decoded, quote(decoded, safe=""), quote(decoded, safe="/:@")))
    for form in list(forms):
        forms.add(json.dumps(form)[1:-1])
        forms.add(json.dumps(form, ensure_ascii=False)[1:-1])
        forms.add(form.replace("/", "\\/"))
    return {form for form in forms if len(form) >= MIN_SECRET_LENGTH}


class SecretMask:
    """Replaces every written form of some secrets with ``***`` in any text."""

    def __init__(self, secrets: Iterable[str]) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if isinstance(secret, str) and len(secret) >= MIN_SECRET_LENGTH:
                forms.update(written_forms(secret))
        forms.discard(HIDDEN)
        self.forms = sorted(forms, key=len, reverse=True)  # the longest first

    def __bool__(self) -> bool:
        return bool(self.forms)

    def __call__(self, text: str) -> str:
        for form in self.forms:
            if form in text:
                text = text.replace(form, HIDDEN)
        return text


def url_secrets(url: str) -> list[str]:
    """The secret texts written inside an address."""
    return [span.text(url) for span in url_secret_spans(url)]


def json_secrets(text: str) -> list[str]:
    """The secret values of a JSON template, as written and as they are sent (decoded)."""
    found: list[str] = []
    for span in json_secret_spans(text):
        written = span.text(text)
        found.append(written)
        found.append(_decoded(f'"{written}"'))
    return found


def mask_url_in_text(url: str, text: str) -> str:
    """``text`` (an error message about ``url``) with ``url`` shown masked and every secret
    of ``url`` found elsewhere in it as ``***``."""
    text = text.replace(url, mask_url(url))
    return SecretMask(url_secrets(url))(text)
