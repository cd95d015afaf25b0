"""The status-check log: one ``StatusCheck`` row per check and per status change.

Queries here join nothing, so that paging through millions of rows stays cheap; the
indexes on ``(simcard_id, checked_at)``, ``(shop_id, checked_at)``, ``(changed, checked_at)``,
``checked_at``, ``source`` and ``run_id`` serve the filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, NamedTuple

import peewee as pw
from peewee import SQL

from simdesk.errors import Problem, ValidationError
from simdesk.storage.models import StatusCheck
from simdesk.storage.rows import read_rows

MAX_LIMIT = 10000
KINDS = ("check", "change")


@dataclass(frozen=True)
class CheckFilter:
    """What to show of the log.  ``None`` means "any"; every given field must match.

    ``code`` matches any part of the card code; ``since``/``until`` are naive UTC (aware
    datetimes are converted), ``since`` included, ``until`` excluded.
    """

    simcard_id: int | None = None
    code: str | None = None
    shop_id: int | None = None
    source: str | None = None
    kind: str | None = None
    run_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    changes_only: bool = False


class CheckRow(NamedTuple):
    """One row of the log as lists show it (everything but the raw answer).  Times are
    naive UTC."""

    id: int
    checked_at: datetime
    simcard_id: int | None
    simcard_code: str
    shop_id: int | None
    source: str
    kind: str
    old_status: str | None
    new_status: str | None
    changed: bool
    external_status: str | None
    duration_ms: int | None
    error: str | None
    actor: str | None
    run_id: str | None
    details: str | None


# The columns of CheckRow, in its field order.
_ROW_FIELDS: Final = (
    StatusCheck.id, StatusCheck.checked_at, StatusCheck.simcard, StatusCheck.simcard_code,
    StatusCheck.shop, StatusCheck.source, StatusCheck.kind, StatusCheck.old_status,
    StatusCheck.new_status, StatusCheck.changed, StatusCheck.external_status,
    StatusCheck.duration_ms, StatusCheck.error, StatusCheck.actor, StatusCheck.run_id,
    StatusCheck.details,
)


class CheckPage(NamedTuple):
    rows: list[CheckRow]
    total: int  # every matching row, not only this page's


def _naive_utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _check_limit(limit: int | None, offset: int = 0) -> None:
    if limit is not None and (
        isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT
    ):
        raise ValidationError.for_field(
            "limit", f"must be a whole number from 1 to {MAX_LIMIT} (got {limit!r})"
        )
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError.for_field(
            "offset", f"must be a whole number of 0 or more (got {offset!r})"
        )


def _where(flt: CheckFilter) -> list[Any]:
    """The filter as a list of conditions (validated)."""
    since = _naive_utc(flt.since)
    until = _naive_utc(flt.until)
    if since is not None and until is not None and since >= until:
        reason = Problem("since_after_until",
                         f"must be earlier than until ({until.isoformat(sep=' ')} UTC)")
        raise ValidationError(
            f"since: {reason}; widen the time range or swap the two values.",
            fields={"since": reason,
                    "until": Problem("since_after_until", "must be later than since")},
        )
    if flt.kind is not None and flt.kind not in KINDS:
        raise ValidationError.for_field(
            "kind", f"must be one of: {', '.join(KINDS)} (got {flt.kind!r})"
        )
    conditions: list[Any] = []
    if flt.simcard_id is not None:
        conditions.append(StatusCheck.simcard == flt.simcard_id)
    if flt.code is not None and flt.code.strip():
        pattern = f"%{_escape_like(flt.code.strip())}%"
        conditions.append(
            pw.Expression(
                StatusCheck.simcard_code,
                pw.OP.ILIKE,  # SQLite: LIKE, PostgreSQL: ILIKE (both ignore case)
                pw.NodeList((pw.Value(pattern), SQL("ESCAPE '\\'"))),
            )
        )
    if flt.shop_id is not None:
        conditions.append(StatusCheck.shop == flt.shop_id)
    if flt.source is not None:
        conditions.append(StatusCheck.source == flt.source)
    if flt.kind is not None:
        conditions.append(StatusCheck.kind == flt.kind)
    if flt.run_id is not None:
        conditions.append(StatusCheck.run_id == flt.run_id)
    if since is not None:
        conditions.append(StatusCheck.checked_at >= since)
    if until is not None:
        conditions.append(StatusCheck.checked_at < until)
    if flt.changes_only:
        conditions.append(StatusCheck.changed == True)  # noqa: E712  (SQL, not Python)
    return conditions


def _filtered(flt: CheckFilter) -> Any:
    query = StatusCheck.select()
    conditions = _where(flt)
    if conditions:
        query = query.where(*conditions)
    return query


def query_checks(
    flt: CheckFilter,
    *,
    limit: int | None = 100,
    offset: int = 0,
    newest_first: bool = True,
) -> pw.ModelSelect:
    """The matching log rows ordered by ``checked_at`` then ``id`` (newest first unless
    told otherwise); ``limit=None`` means all of them.  Iterate it or page it further."""
    _check_limit(limit, offset)
    query = _filtered(flt)
    if newest_first:
        query = query.order_by(StatusCheck.checked_at.desc(), StatusCheck.id.desc())
    else:
        query = query.order_by(StatusCheck.checked_at, StatusCheck.id)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return query


def count_checks(flt: CheckFilter) -> int:
    """How many log rows match (without paging)."""
    return int(_filtered(flt).count())


def check_rows(query: pw.ModelSelect) -> list[CheckRow]:
    """The rows of a :func:`query_checks` query (however refined) as :class:`CheckRow`."""
    return list(read_rows(query, _ROW_FIELDS, CheckRow._make))


def _keyset(row: CheckRow, *, older: bool) -> Any:
    """Rows after ``row`` in the log's (checked_at, id) order: older or newer ones."""
    if older:
        return (StatusCheck.checked_at < row.checked_at) | (
            (StatusCheck.checked_at == row.checked_at) & (StatusCheck.id < row.id)
        )
    return (StatusCheck.checked_at > row.checked_at) | (
        (StatusCheck.checked_at == row.checked_at) & (StatusCheck.id > row.id)
    )


def read_checks(
    flt: CheckFilter,
    *,
    limit: int | None = 100,
    older_than: CheckRow | None = None,
    newer_than: CheckRow | None = None,
) -> list[CheckRow]:
    """Matching rows, newest first, paged by keyset: those older than ``older_than`` (the
    next page of a list) or newer than ``newer_than`` (what was logged since), never with a
    growing OFFSET."""
    query = query_checks(flt, limit=limit)
    if older_than is not None:
        query = query.where(_keyset(older_than, older=True))
    if newer_than is not None:
        query = query.where(_keyset(newer_than, older=False))
    return check_rows(query)


def list_checks(flt: CheckFilter, limit: int | None = 100, offset: int = 0) -> CheckPage:
    """One page of matching rows, newest first, and the number of all matching rows."""
    rows = check_rows(query_checks(flt, limit=limit, offset=offset))
    return CheckPage(rows=rows, total=count_checks(flt))


def status_changes(limit: int = 100) -> list[CheckRow]:
    """The latest status changes (``changed`` rows), newest first."""
    if limit is None:
        raise ValidationError.for_field("limit", f"must be a whole number from 1 to {MAX_LIMIT}")
    return check_rows(query_checks(CheckFilter(changes_only=True), limit=limit))
