"""The database side of status checks: record one check's answer, apply an activation report.

Rules (issue 4):

* every check writes exactly one ``StatusCheck`` row of kind ``check`` — with its answer or
  its error — in the same transaction that updates the card;
* only a positive "sold" answer moves a card to ``sold`` (from ``assigned`` or ``available``);
  that check row then has ``changed`` true and is the logged change;
* an error never changes a status (nor ``last_checked``: that is the time of the last answer);
* a sold card stays sold and keeps its sale date;
* the sale date comes from the source, else it is the time of the check — and so when the
  source's date is not believable (more than a day ahead, or before 2000); the log row
  keeps what the source said (its raw answer) and a note why;
* a check that needed retries says how many requests it sent.

Each call reads the card again inside an IMMEDIATE write transaction, so a manual check and an
automatic check of the same card at the same moment leave one transition and one change row.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from simdesk.domain.codes import code_problem, normalize_code
from simdesk.domain.history import Change, log_changes
from simdesk.errors import BusyError, Problem
from simdesk.storage.db import current_database, placeholder, write_tx
from simdesk.storage.models import CARD_SOLD, SimCard, StatusCheck
from simdesk.storage.rows import insert_rows
from simdesk.timeutil import utcnow

MAX_RAW: Final = 4000
MAX_ERROR: Final = 1000
MAX_EXTERNAL: Final = 64
_CHUNK: Final = 500


@dataclass(frozen=True, slots=True)
class CheckAnswer:
    """What the status source said about one card (or the error that stopped the check)."""

    external_status: str | None
    is_sold: bool
    sale_date: datetime | None = None
    raw_response: str | None = None
    error: str | None = None
    duration_ms: int = 0
    attempts: int = 1  # requests this check sent to the source (retries included)


EARLIEST_SALE: Final = datetime(2000, 1, 1)
SALE_DATE_SLACK: Final = timedelta(days=1)


def trusted_sale_date(reported: datetime | None, now: datetime) -> tuple[datetime, str | None]:
    """The sale date to store for a card sold ``now`` according to a source that reported
    ``reported``: that date, unless it is missing, more than a day in the future or before
    2000 (a source's placeholder such as 9999-12-31 would hide the sale from every
    statistic) — then the time of the check, with a note saying why."""
    if reported is None:
        return now, None
    if reported > now + SALE_DATE_SLACK or reported < EARLIEST_SALE:
        when = "in the future" if reported > now else "before 2000"
        return now, (f"the sale date {reported.date().isoformat()} given by the source is "
                     f"{when}, so it was not trusted; the time of the check is used")
    return reported, None


@dataclass(frozen=True, slots=True)
class RecordedCheck:
    simcard_id: int
    code: str
    shop_id: int | None
    old_status: str
    new_status: str
    changed: bool
    external_status: str | None
    sale_date: datetime | None
    checked_at: datetime
    error: str | None
    missing: bool = False  # the card was deleted before the answer came


def _clip(text: str | None, limit: int) -> str | None:
    if text is None:
        return None
    return text if len(text) <= limit else text[: limit - 1] + "…"


def record_check(
    simcard_id: int,
    answer: CheckAnswer,
    *,
    source: str = "check",
    actor: str | None = None,
    run_id: str | None = None,
    at: datetime | None = None,
    code: str | None = None,
) -> RecordedCheck:
    """Store one check of one card: one log row, and the card's new state, atomically."""
    with write_tx():
        return _record_many([PendingCheck(simcard_id, code or "", answer)], source=source,
                            actor=actor, run_id=run_id, at=at or utcnow())[0]


@dataclass(frozen=True, slots=True)
class PendingCheck:
    simcard_id: int
    code: str
    answer: CheckAnswer


def record_checks(
    items: Sequence[PendingCheck],
    *,
    source: str = "check",
    actor: str | None = None,
    run_id: str | None = None,
) -> list[RecordedCheck | Exception]:
    """Store many checks in one transaction (the engine's writer batches answers this way:
    far fewer commits and no lock contention between workers).  Same rules as
    :func:`record_check`.  If the batch fails, each check is tried again on its own, so one
    bad item costs only itself; its exception is returned in its place.  A busy database
    (``BusyError``) is raised for the whole batch: the caller tries it again."""
    if not items:
        return []
    try:
        with write_tx():
            return list(_record_many(items, source=source, actor=actor, run_id=run_id,
                                     at=utcnow()))
    except BusyError:
        raise  # the database, not an item: each item alone would wait just as long
    except Exception:
        results: list[RecordedCheck | Exception] = []
        for i in items:
            try:
                results.append(record_check(i.simcard_id, i.answer, source=source, actor=actor,
                                            run_id=run_id, code=i.code))
            except Exception as exc:
                results.append(exc)
        return results


_CARD_COLUMNS: Final = (SimCard.id, SimCard.code, SimCard.status, SimCard.shop,
                        SimCard.sale_date)
_LOG_FIELDS: Final = (
    StatusCheck.checked_at, StatusCheck.simcard, StatusCheck.simcard_code, StatusCheck.shop,
    StatusCheck.source, StatusCheck.kind, StatusCheck.old_status, StatusCheck.new_status,
    StatusCheck.changed, StatusCheck.external_status, StatusCheck.raw_response,
    StatusCheck.duration_ms, StatusCheck.error, StatusCheck.details, StatusCheck.actor,
    StatusCheck.run_id,
)
# The two ways a check changes its card: checked (the time and the source's status), or
# checked and found sold.  Each an UPDATE by id whose SQL is made once per batch.
_CHECKED_FIELDS: Final = (SimCard.last_checked, SimCard.external_status, SimCard.updated_at)
_SOLD_FIELDS: Final = (*_CHECKED_FIELDS, SimCard.status, SimCard.sale_date)


def _update_sql(fields: Sequence[Any]) -> str:
    mark = placeholder(current_database())
    columns = ", ".join(f'"{f.column_name}" = {mark}' for f in fields)
    # Only names from the model and placeholders go into the text; values are parameters.
    return (f'UPDATE "{SimCard._meta.table_name}" SET {columns} '  # nosec B608
            f'WHERE "{SimCard.id.column_name}" = {mark}')


def _record_many(
    items: Sequence[PendingCheck],
    *,
    source: str,
    actor: str | None,
    run_id: str | None,
    at: datetime,
) -> list[RecordedCheck]:
    """The body of record_check and record_checks; call inside a write transaction.

    A few statements for the whole batch, not three per check built by the query builder
    (which cost the engine's writer more than the answers took to arrive): the cards read
    by id, 500 a query; each card's new state by one UPDATE whose SQL is made once; the log
    rows inserted 500 a statement.  A card met twice in one batch sees its first answer's
    state, as one by one.  A row another client holds locked on PostgreSQL ends the whole
    batch in BusyError (``write_tx`` knows the driver's own lock timeout)."""
    now = at
    cards: dict[int, tuple[str, str, int | None, datetime | None]] = {}
    ids = list(dict.fromkeys(i.simcard_id for i in items))
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        query = SimCard.select(*_CARD_COLUMNS).where(SimCard.id.in_(part)).tuples()
        for card_id, card_code, status, shop_id, sale_date in query:
            cards[card_id] = (card_code, status, shop_id, sale_date)
    updates: list[tuple[bool, list[Any]]] = []  # (sold?, parameters), in the items' order
    log_rows: list[list[Any]] = []
    results: list[RecordedCheck] = []
    for item in items:
        answer = item.answer
        external = _clip(answer.external_status, MAX_EXTERNAL)
        error = _clip(answer.error, MAX_ERROR)
        raw = _clip(answer.raw_response, MAX_RAW)
        row = cards.get(item.simcard_id)
        if row is None:
            # Deleted while the source was being asked: still one row, so nothing is lost.
            shown = item.code or f"#{item.simcard_id}"
            missing_error = error or "the card was deleted during the check"
            log_rows.append([now, None, shown, None, source, "check", None, None, False,
                             external, raw, answer.duration_ms, missing_error, None, actor,
                             run_id])
            results.append(RecordedCheck(item.simcard_id, shown, None, "", "", False,
                                         external, None, now, missing_error, missing=True))
            continue
        card_code, old, shop_id, sale_date = row
        new = old
        notes: list[str] = []
        if error is None:
            if answer.is_sold and old != CARD_SOLD:
                new = CARD_SOLD
                sale_date, distrust = trusted_sale_date(answer.sale_date, now)
                updates.append((True, [now, external, now, CARD_SOLD, sale_date,
                                       item.simcard_id]))
                notes.append(
                    f"sold according to the status source (its status: {external or '-'})")
                if distrust:
                    notes.append(distrust)
            else:
                updates.append((False, [now, external, now, item.simcard_id]))
            cards[item.simcard_id] = (card_code, new, shop_id, sale_date)
        changed = new != old
        if answer.attempts > 1:
            notes.append(f"{answer.attempts} requests to the source (retried)")
        log_rows.append([now, item.simcard_id, card_code, shop_id, source, "check", old, new,
                         changed, external, raw, answer.duration_ms, error,
                         "; ".join(notes) or None, actor, run_id])
        results.append(RecordedCheck(item.simcard_id, card_code, shop_id, old, new, changed,
                                     external, sale_date, now, error))
    if len(ids) == len(items):  # no card twice: one executemany per kind of update
        updates.sort(key=lambda update: update[0])  # stable: each kind keeps its order
    cursor = current_database().cursor()
    for sold, run in itertools.groupby(updates, key=lambda update: update[0]):
        fields = (*(_SOLD_FIELDS if sold else _CHECKED_FIELDS), SimCard.id)
        cursor.executemany(_update_sql(fields[:-1]), [
            [f.db_value(v) for f, v in zip(fields, params, strict=True)] for _, params in run])
    insert_rows(StatusCheck, _LOG_FIELDS, [
        [f.db_value(v) for f, v in zip(_LOG_FIELDS, row, strict=True)] for row in log_rows])
    return results


# ------------------------------------------------------------------ activation reports


@dataclass(frozen=True, slots=True)
class ReportEntry:
    """One line of an operator's activation report, already read from the file."""

    line: int
    code: str
    activated_at: datetime | None  # None: the file gives no date; the import time is used


@dataclass(frozen=True, slots=True)
class ReportLine:
    line: int
    code: str
    reason: str = ""
    simcard_id: int | None = None
    shop_id: int | None = None
    sale_date: datetime | None = None


@dataclass
class ReportResult:
    sold_now: list[ReportLine] = field(default_factory=list)
    already_sold: list[ReportLine] = field(default_factory=list)
    unknown: list[ReportLine] = field(default_factory=list)
    invalid: list[ReportLine] = field(default_factory=list)


def apply_activation_report(
    entries: Sequence[ReportEntry],
    *,
    source: str = "report",
    actor: str | None = None,
    details: str | None = None,
    verify_luhn: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ReportResult:
    """Mark the listed cards sold with their activation dates, in one transaction.

    Unknown codes, cards already sold, malformed codes and repeated lines are reported, not
    applied.  Each card that becomes sold gets one change row with ``source`` (``report``).
    ``progress(done, total)`` is told the lines applied (or found not to apply) of the valid
    ones, every :data:`_CHUNK` of them and at the end.
    """
    result = ReportResult()
    first: dict[str, int] = {}
    wanted: list[ReportEntry] = []
    for entry in entries:
        code = normalize_code(entry.code)
        problem = code_problem(code, verify_luhn=verify_luhn)
        if problem is not None:
            result.invalid.append(ReportLine(entry.line, entry.code, Problem(
                "not_valid_code", f"code {problem}", problem=problem)))
            continue
        if code in first:
            result.invalid.append(
                ReportLine(entry.line, code, Problem(
                    "duplicate_in_report",
                    f"appears twice in the report (first on line {first[code]})",
                    first=first[code]))
            )
            continue
        first[code] = entry.line
        wanted.append(ReportEntry(entry.line, code, entry.activated_at))
    now = utcnow()
    with write_tx():
        cards: dict[str, tuple[int, str, int | None]] = {}
        codes = [e.code for e in wanted]
        for start in range(0, len(codes), _CHUNK):
            part = codes[start : start + _CHUNK]
            query = SimCard.select(SimCard.id, SimCard.code, SimCard.status, SimCard.shop)
            for cid, ccode, status, shop_id in query.where(SimCard.code.in_(part)).tuples():
                cards[ccode] = (cid, status, shop_id)
        changes: list[Change] = []
        for done, entry in enumerate(wanted):
            if progress is not None and done % _CHUNK == 0:
                progress(done, len(wanted))
            found = cards.get(entry.code)
            if found is None:
                result.unknown.append(ReportLine(entry.line, entry.code,
                                                 Problem("not_stored", "not stored")))
                continue
            cid, status, shop_id = found
            if status == CARD_SOLD:
                result.already_sold.append(ReportLine(entry.line, entry.code,
                                                      Problem("already_sold", "already sold"),
                                                      cid, shop_id))
                continue
            when, distrust = trusted_sale_date(entry.activated_at, now)
            SimCard.update(status=CARD_SOLD, sale_date=when, updated_at=now).where(
                SimCard.id == cid
            ).execute()
            note = details or "activation report"
            changes.append(Change(cid, entry.code, shop_id, status, CARD_SOLD,
                                  f"{note}; {distrust}" if distrust else note))
            result.sold_now.append(ReportLine(entry.line, entry.code, "", cid, shop_id, when))
        log_changes(changes, source=source, actor=actor, at=now)
        if progress is not None:
            progress(len(wanted), len(wanted))
    return result
