"""Selections of SIM cards that may hold a million rows, and what is done to them in SQL.

A :class:`CardSelection` is a *description* of cards, never a list the caller must build:

* ``CardSelection.matching(flt)`` — every card matching a :class:`CardFilter` (the window's
  Ctrl+A: "all 1,000,000 cards of this filter" costs nothing to make);
* ``CardSelection.rows(flt, sort, ranges)`` — rows ``first … last`` of the filter in a sort
  order (a Shift+click over half a million rows);
* ``CardSelection.of_ids(ids)`` — these cards.

The operations (:func:`delete_selection`, :func:`assign_selection`,
:func:`return_selection`, :func:`selection_codes`, :func:`selection_ids`, and the export in
:mod:`simdesk.domain.export`) read the cards in batches of ``BATCH`` ids, report progress
through ``progress(done, total)`` and call ``check()`` between batches (the job runner's
``JobControl.check`` raises there when Cancel was pressed).

Delete, assign and return are **all-or-nothing**: one write transaction; a Cancel (or any
error) in the middle rolls every batch back.  A half-done delete would leave the office not
knowing which cards are gone, and a half-assigned selection a shop with part of a pack.
Delete first looks for sold cards in the selection and refuses with their count and first
codes before anything is written (:func:`sold_in`, also used by the window to say so before
asking).  Nothing here imports Qt or Bottle.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Final, NamedTuple

import peewee

from simdesk.domain.history import Change, log_changes
from simdesk.domain.shops import get_shop
from simdesk.domain.simcards import (
    CardFilter,
    CardRef,
    Skipped,
    _filtered,
    assign_problem,
    card_query,
    card_refs,
    return_problem,
)
from simdesk.errors import ConflictError, ValidationError
from simdesk.storage.db import current_database, is_sqlite, write_tx
from simdesk.storage.models import CARD_ASSIGNED, CARD_AVAILABLE, CARD_SOLD, SimCard, StatusCheck
from simdesk.timeutil import utcnow

BATCH: Final = 2000  # cards per statement group (and between two looks at Cancel)
SHOWN_BLOCKERS: Final = 5  # codes named when sold cards block a delete
SHOWN_SKIPPED: Final = 30

Progress = Callable[[int, int], None]
Check = Callable[[], None]


def _no_progress(_done: int, _total: int) -> None:
    return None


def _no_check() -> None:
    return None


@dataclass(frozen=True)
class CardSelection:
    """Which cards an operation works on: see the module's docstring."""

    flt: CardFilter | None = None
    sort: str = "-addedDate"
    ranges: tuple[tuple[int, int], ...] | None = None  # rows (first, last) of flt in sort
    ids: tuple[int, ...] | None = None

    @classmethod
    def matching(cls, flt: CardFilter | None) -> CardSelection:
        return cls(flt=flt or CardFilter())

    @classmethod
    def rows(cls, flt: CardFilter | None, sort: str,
             ranges: Sequence[tuple[int, int]]) -> CardSelection:
        return cls(flt=flt or CardFilter(), sort=sort,
                   ranges=tuple((int(a), int(b)) for a, b in ranges if b >= a))

    @classmethod
    def of_ids(cls, ids: Sequence[int]) -> CardSelection:
        return cls(ids=tuple(dict.fromkeys(int(i) for i in ids)))

    @property
    def is_query(self) -> bool:
        """All cards matching the filter (no list of rows or ids)."""
        return self.ids is None and self.ranges is None


def selection_count(sel: CardSelection) -> int:
    """How many cards the selection holds now (ids that no longer exist not counted)."""
    if sel.is_query:
        return int(_filtered(sel.flt).select(peewee.fn.COUNT(peewee.SQL("*"))).scalar() or 0)
    ids = _listed_ids(sel)
    total = 0
    for part in _parts(ids):
        total += SimCard.select().where(SimCard.id.in_(part)).count()
    return total


def _parts(ids: Sequence[int], size: int | None = None) -> Iterator[list[int]]:
    size = size or BATCH
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _listed_ids(sel: CardSelection) -> list[int]:
    """The ids of a rows- or ids-selection (not for a query selection)."""
    if sel.ids is not None:
        return list(sel.ids)
    assert sel.ranges is not None
    found: list[int] = []
    for first, last in sel.ranges:
        query = (card_query(sel.flt, sort=sel.sort).select(SimCard.id)
                 .limit(last - first + 1).offset(first).tuples())
        found.extend(int(i) for (i,) in query)
    return list(dict.fromkeys(found))


def id_batches(sel: CardSelection, *, size: int | None = None) -> Iterator[list[int]]:
    """The selection's card ids, ``size`` at a time.  A query selection's ids are read by
    one query into a compact array first (8 bytes a card: 8 MB for a million), so the
    batches are the cards that matched when the operation began, whatever it then changes;
    walking the filter again per batch made SQLite sort the filter's index every time."""
    size = size or BATCH
    if not sel.is_query:
        yield from _parts(_listed_ids(sel), size)
        return
    ids = array("q")
    cursor = current_database().execute(_filtered(sel.flt).select(SimCard.id).order_by())
    for (card_id,) in cursor:
        ids.append(card_id)
    for start in range(0, len(ids), size):
        yield ids[start : start + size].tolist()


def selection_ids(sel: CardSelection, *, progress: Progress = _no_progress,
                  check: Check = _no_check) -> list[int]:
    """Every id of the selection (for a check run, which takes ids)."""
    total = selection_count(sel) if sel.is_query else 0
    found: list[int] = []
    for ids in id_batches(sel):
        check()
        found.extend(ids)
        progress(len(found), max(total, len(found)))
    return found


def selection_codes(sel: CardSelection, *, progress: Progress = _no_progress,
                    check: Check = _no_check) -> list[str]:
    """The codes of the selection's cards, in id order (copying to the clipboard)."""
    total = selection_count(sel)
    codes: list[str] = []
    for ids in id_batches(sel):
        check()
        codes.extend(str(c) for (c,) in SimCard.select(SimCard.code)
                     .where(SimCard.id.in_(ids)).order_by(SimCard.id).tuples())
        progress(len(codes), total)
    return codes


class Blockers(NamedTuple):
    """Cards of a selection that stop an operation: how many, and the first codes."""

    total: int
    codes: list[str]


def sold_in(sel: CardSelection, *, limit: int = SHOWN_BLOCKERS) -> Blockers:
    """The sold cards of the selection (sold cards are sales history: never deleted)."""
    if sel.is_query:
        query = _filtered(sel.flt).where(SimCard.status == CARD_SOLD)
        count = int(query.select(peewee.fn.COUNT(peewee.SQL("*"))).scalar() or 0)
        codes = [str(c) for (c,) in query.select(SimCard.code).order_by(SimCard.code)
                 .limit(limit).tuples()] if count else []
        return Blockers(count, codes)
    count = 0
    codes = []
    for part in _parts(_listed_ids(sel)):
        query = SimCard.select().where(SimCard.id.in_(part), SimCard.status == CARD_SOLD)
        count += query.count()
        if len(codes) < limit:
            codes.extend(str(c) for (c,) in query.select(SimCard.code).order_by(SimCard.code)
                         .limit(limit - len(codes)).tuples())
    return Blockers(count, codes)


def sold_refusal(blockers: Blockers) -> ConflictError:
    shown = ", ".join(blockers.codes)
    more = f" and {blockers.total - len(blockers.codes)} more" \
        if blockers.total > len(blockers.codes) else ""
    return ConflictError(
        f"Nothing was deleted: {blockers.total} of the chosen cards are sold ({shown}{more}); "
        "sold cards are sales history and cannot be deleted. Leave them out (filter by the "
        "status Available or Assigned) and delete again.",
        code="sold_card_final",
        details={"sold": blockers.total, "codes": list(blockers.codes)},
    )


@dataclass
class BulkOutcome:
    """What a selection operation did: how many cards changed, how many were left alone
    (the first few with the reason)."""

    changed: int = 0
    skipped: int = 0
    examples: list[Skipped] = field(default_factory=list)
    shop_name: str | None = None

    def skip(self, ref: CardRef, reason: str) -> None:
        self.skipped += 1
        if len(self.examples) < SHOWN_SKIPPED:
            self.examples.append(Skipped(ref.code, reason))


def _stamp(when: object) -> object:
    return when.isoformat(" ") if is_sqlite() and hasattr(when, "isoformat") else when


def delete_selection(sel: CardSelection, *, source: str, actor: str | None = None,
                     progress: Progress = _no_progress, check: Check = _no_check) -> int:
    """Delete every card of the selection, all or nothing (one transaction; Cancel rolls it
    back).  Refused before anything is written when a card is sold (:func:`sold_refusal`).
    Each deleted card gets its status-log row, written by one ``INSERT … SELECT`` per
    batch.  Returns the number of cards deleted."""
    with write_tx():
        blockers = sold_in(sel)
        if blockers.total:
            raise sold_refusal(blockers)
        total = selection_count(sel)
        if not total:
            raise ValidationError("No cards were chosen; choose at least one card.",
                                  fields={"codes": "choose at least one card"},
                                  code="selection_empty")
        now = utcnow()
        stamp = _stamp(now)
        done = 0
        progress(0, total)
        for ids in id_batches(sel):
            check()
            log_rows = SimCard.select(
                peewee.Value(stamp), peewee.SQL("NULL"), SimCard.code, SimCard.shop,
                peewee.Value(source), peewee.Value("change"), SimCard.status,
                peewee.SQL("NULL"), peewee.Value(True), peewee.Value("deleted"),
                peewee.Value(actor),
            ).where(SimCard.id.in_(ids), SimCard.status != CARD_SOLD)
            StatusCheck.insert_from(log_rows, [
                StatusCheck.checked_at, StatusCheck.simcard, StatusCheck.simcard_code,
                StatusCheck.shop, StatusCheck.source, StatusCheck.kind, StatusCheck.old_status,
                StatusCheck.new_status, StatusCheck.changed, StatusCheck.details,
                StatusCheck.actor]).execute()
            done += SimCard.delete().where(SimCard.id.in_(ids),
                                           SimCard.status != CARD_SOLD).execute()
            progress(done, total)
        check()
        return done


def _move(sel: CardSelection, *, pick: Callable[[CardRef, BulkOutcome], bool],
          values: Callable[[], dict[peewee.Field, object]], new_status: str,
          new_shop: Callable[[CardRef], int | None],
          details: Callable[[CardRef], str | None],
          source: str, actor: str | None, progress: Progress, check: Check,
          outcome: BulkOutcome) -> BulkOutcome:
    total = selection_count(sel)
    seen = 0
    now = utcnow()
    progress(0, total)
    for ids in id_batches(sel):
        check()
        refs = card_refs(SimCard.select().where(SimCard.id.in_(ids)))
        seen += len(refs)
        movable = [ref for ref in refs if pick(ref, outcome)]
        if movable:
            SimCard.update(values()).where(SimCard.id.in_([r.id for r in movable])).execute()
            log_changes([Change(r.id, r.code, new_shop(r), r.status, new_status, details(r))
                         for r in movable], source=source, actor=actor, at=now)
            outcome.changed += len(movable)
        progress(seen, total)
    check()
    return outcome


def assign_selection(shop_id: int, sel: CardSelection, *, source: str,
                     actor: str | None = None, progress: Progress = _no_progress,
                     check: Check = _no_check) -> BulkOutcome:
    """Give the selection's cards to a shop, all or nothing (one transaction): available
    cards are assigned, cards of another shop moved; sold cards and cards already in the
    shop are left alone and counted."""
    with write_tx():
        shop = get_shop(shop_id)
        if shop.archived_at is not None:
            raise ConflictError(
                f"Shop {shop.name!r} is archived and takes no cards; unarchive it or choose "
                "another shop.", code="shop_archived")
        now = utcnow()

        def pick(ref: CardRef, outcome: BulkOutcome) -> bool:
            problem = assign_problem(ref, int(shop.id))
            if problem is not None:
                outcome.skip(ref, problem)
            return problem is None

        return _move(
            sel, pick=pick,
            values=lambda: {SimCard.status: CARD_ASSIGNED, SimCard.shop: shop.id,
                            SimCard.assigned_at: now, SimCard.updated_at: now},
            new_status=CARD_ASSIGNED, new_shop=lambda _r: int(shop.id),
            details=lambda r: f"moved from shop {r.shop_id}" if r.shop_id else None,
            source=source, actor=actor, progress=progress, check=check,
            outcome=BulkOutcome(shop_name=shop.name))


def return_selection(sel: CardSelection, *, source: str, actor: str | None = None,
                     progress: Progress = _no_progress,
                     check: Check = _no_check) -> BulkOutcome:
    """Take the selection's unsold cards back from their shops, all or nothing; sold cards
    and cards already in stock are left alone and counted."""
    with write_tx():
        now = utcnow()

        def pick(ref: CardRef, outcome: BulkOutcome) -> bool:
            problem = return_problem(ref)
            if problem is not None:
                outcome.skip(ref, problem)
            return problem is None

        return _move(
            sel, pick=pick,
            values=lambda: {SimCard.status: CARD_AVAILABLE, SimCard.shop: None,
                            SimCard.assigned_at: None, SimCard.updated_at: now},
            new_status=CARD_AVAILABLE, new_shop=lambda r: r.shop_id,
            details=lambda _r: "returned to stock",
            source=source, actor=actor, progress=progress, check=check,
            outcome=BulkOutcome())
