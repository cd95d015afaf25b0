"""Hand-over of SIM cards to a shop, and taking them back, with a numbered act.

The office's daily job: the shop is chosen, the cards being handed over are scanned one by
one (or a pack is given by its first and last code, or the oldest N in stock are taken),
each is checked at once (:func:`check_scan`, :func:`check_range`, :func:`oldest_in_stock`),
and the confirmed list is written in one transaction (:func:`commit_handover`): the cards are
assigned to the shop through :func:`simcards.assign_cards` (or returned to stock through
:func:`simcards.return_to_stock`) and an act (``handover_act`` with its ``handover_act_card``
rows) records the shop, the date, the person and every code with its phone number as they
were.  The act's id is its number; :func:`get_act` reads it back for printing again.

A scanned code that cannot go is a :class:`ScanProblem` with a stable ``code``:

``invalid_code``
    not an ICCID (and not a stored card): wrong length, not digits, a failed check digit;
``not_found``
    a valid code that is not stored;
``duplicate``
    already in the list being handed over;
``sold``
    a sold card: it stays with the shop that sold it;
``in_other_shop``
    (to a shop) held by another shop — take it back from there first; (back from a shop) held
    by another shop, not this one;
``already_in_shop``
    (to a shop) already in this shop;
``in_stock``
    (back from a shop) in the office's stock, not in a shop.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final, NamedTuple

import peewee

from simdesk.domain import settings, simcards
from simdesk.domain.codes import (
    ICCID_LENGTHS,
    ICCID_PREFIX,
    code_problem,
    expand_range,
    is_ascii_number,
    normalize_code,
)
from simdesk.domain.shops import get_shop
from simdesk.errors import ConflictError, NotFoundError, ValidationError
from simdesk.storage.db import write_tx
from simdesk.storage.models import (
    CARD_ASSIGNED,
    CARD_AVAILABLE,
    CARD_SOLD,
    HANDOVER_DIRECTIONS,
    HANDOVER_FROM_SHOP,
    HANDOVER_TO_SHOP,
    HandoverAct,
    HandoverActCard,
    Shop,
    SimCard,
)
from simdesk.storage.rows import insert_rows, read_rows
from simdesk.timeutil import utcnow

TO_SHOP: Final = HANDOVER_TO_SHOP
FROM_SHOP: Final = HANDOVER_FROM_SHOP
DIRECTIONS: Final = HANDOVER_DIRECTIONS

INVALID_CODE: Final = "invalid_code"
NOT_FOUND: Final = "not_found"
DUPLICATE: Final = "duplicate"
SOLD: Final = "sold"
IN_OTHER_SHOP: Final = "in_other_shop"
ALREADY_IN_SHOP: Final = "already_in_shop"
IN_STOCK: Final = "in_stock"
PROBLEM_CODES: Final = (INVALID_CODE, NOT_FOUND, DUPLICATE, SOLD, IN_OTHER_SHOP,
                        ALREADY_IN_SHOP, IN_STOCK)

DEALER_SETTING: Final = "office.dealer_name"
_CHUNK: Final = 500


class HandoverCard(NamedTuple):
    """A card that may go: its id, code and phone number (None when it has none)."""

    id: int
    code: str
    phone: str | None


@dataclass(frozen=True)
class ScanProblem:
    """Why a scanned code cannot go.  ``message`` is English and says what to do; the
    window shows its own text for ``code`` (``shop_name``: the other shop's name; for
    ``invalid_code`` the ``reason``: ``empty``, ``not_digits``, ``length`` — with
    ``digits`` —, ``prefix`` or ``check_digit``)."""

    code: str
    message: str
    shop_name: str | None = None
    reason: str | None = None
    digits: int = 0


@dataclass(frozen=True)
class ScanResult:
    """One code checked: the card when it may go, else the problem."""

    code: str
    card: HandoverCard | None = None
    problem: ScanProblem | None = None

    @property
    def ok(self) -> bool:
        return self.card is not None


@dataclass(frozen=True)
class RangeResult:
    """A pack's codes checked: those that may go, in code order, and those that may not."""

    cards: list[HandoverCard] = field(default_factory=list)
    refused: list[ScanResult] = field(default_factory=list)


class ActCard(NamedTuple):
    code: str
    phone: str | None


class ActRow(NamedTuple):
    """An act in a list (the shop's panel, the acts list).  ``created_at`` is naive UTC."""

    id: int
    direction: str
    shop_id: int | None
    shop_name: str
    created_at: datetime
    actor: str | None
    card_count: int


_ACT_ROW_FIELDS: Final = (HandoverAct.id, HandoverAct.direction, HandoverAct.shop,
                          HandoverAct.shop_name, HandoverAct.created_at, HandoverAct.actor,
                          HandoverAct.card_count)


@dataclass(frozen=True)
class Act:
    """A whole act, as printed: its number (the id), the direction, the shop as it was, the
    dealer's name as it was set, the date (naive UTC), who made it and every card."""

    id: int
    direction: str
    shop_id: int | None
    shop_name: str
    owner_name: str
    owner_phone: str
    dealer_name: str
    created_at: datetime
    actor: str | None
    cards: list[ActCard]

    @property
    def number(self) -> int:
        return self.id

    @property
    def count(self) -> int:
        return len(self.cards)


# ---------------------------------------------------------------- checks


def _direction(direction: str) -> str:
    if direction not in DIRECTIONS:
        raise ValidationError.for_field(
            "direction", f"must be one of: {', '.join(DIRECTIONS)}", code="invalid_direction")
    return direction


def _shop_for(shop_id: int, direction: str) -> Shop:
    shop = get_shop(shop_id)
    if direction == TO_SHOP and shop.archived_at is not None:
        raise ConflictError(
            f"Shop {shop.name!r} is archived and takes no cards; unarchive it or choose "
            "another shop.",
            code="shop_archived",
        )
    return shop


class _Found(NamedTuple):
    id: int
    code: str
    phone: str | None
    status: str
    shop_id: int | None
    shop_name: str | None


_FOUND_FIELDS: Final = (SimCard.id, SimCard.code, SimCard.phone, SimCard.status, SimCard.shop,
                        Shop.name)


def _lookup(codes: Sequence[str]) -> dict[str, _Found]:
    """The stored cards among ``codes`` (normalised), with their shop's name."""
    found: dict[str, _Found] = {}
    for start in range(0, len(codes), _CHUNK):
        part = list(codes[start:start + _CHUNK])
        query = (SimCard.select(*_FOUND_FIELDS)
                 .join(Shop, peewee.JOIN.LEFT_OUTER, on=(SimCard.shop == Shop.id))
                 .where(SimCard.code.in_(part)))
        for row in read_rows(query, _FOUND_FIELDS, _Found._make):
            found[row.code] = row
    return found


def _invalid_reason(code: str) -> str:
    """Which rule of :func:`codes.code_problem` a refused code broke, in its order."""
    if not is_ascii_number(code):
        return "not_digits"
    if len(code) not in ICCID_LENGTHS:
        return "length"
    if not code.startswith(ICCID_PREFIX):
        return "prefix"
    return "check_digit"


def _judge(code: str, row: _Found | None, shop: Shop, direction: str,
           verify_luhn: bool) -> ScanResult:
    """The verdict on one normalised, not duplicated code."""
    if row is None:
        problem = code_problem(code, verify_luhn=verify_luhn)
        if problem is not None:
            return ScanResult(code, problem=ScanProblem(
                INVALID_CODE, f"Code {code!r} {problem}.", reason=_invalid_reason(code),
                digits=len(code)))
        return ScanResult(code, problem=ScanProblem(
            NOT_FOUND, f"Card {code} is not stored; add it on the SIM cards page first."))
    card = HandoverCard(row.id, row.code, row.phone)
    if row.status == CARD_SOLD:
        return ScanResult(code, problem=ScanProblem(
            SOLD, f"Card {code} is sold (by {row.shop_name or 'the office'}); a sold card "
            "stays where it was sold.", row.shop_name))
    if direction == TO_SHOP:
        if row.status == CARD_ASSIGNED and row.shop_id == shop.id:
            return ScanResult(code, problem=ScanProblem(
                ALREADY_IN_SHOP, f"Card {code} is already in {shop.name}.", row.shop_name))
        if row.status == CARD_ASSIGNED:
            return ScanResult(code, problem=ScanProblem(
                IN_OTHER_SHOP, f"Card {code} is in another shop, {row.shop_name}; take it "
                "back from there first.", row.shop_name))
        return ScanResult(code, card=card)
    if row.status == CARD_AVAILABLE:
        return ScanResult(code, problem=ScanProblem(
            IN_STOCK, f"Card {code} is in stock, not in {shop.name}."))
    if row.shop_id != shop.id:
        return ScanResult(code, problem=ScanProblem(
            IN_OTHER_SHOP, f"Card {code} is in another shop, {row.shop_name}, not in "
            f"{shop.name}.", row.shop_name))
    return ScanResult(code, card=card)


def _verify_luhn(verify_luhn: bool | None) -> bool:
    return bool(settings.get("codes.verify_luhn")) if verify_luhn is None else verify_luhn


def check_codes(codes: Iterable[str], *, shop_id: int, direction: str,
                taken: Collection[str] = (), verify_luhn: bool | None = None
                ) -> list[ScanResult]:
    """Check codes (as scanned or typed) for a hand-over to (or back from) shop
    ``shop_id``: one :class:`ScanResult` per code, in order.  A code in ``taken`` (the list
    so far, normalised) or earlier among ``codes`` is a ``duplicate``.  A few queries per 500
    codes."""
    direction = _direction(direction)
    shop = _shop_for(shop_id, direction)
    luhn = _verify_luhn(verify_luhn)
    normalised = [normalize_code(raw) for raw in codes]
    found = _lookup(list(dict.fromkeys(c for c in normalised if c)))
    seen = set(taken)
    results: list[ScanResult] = []
    for code in normalised:
        if not code:
            results.append(ScanResult(code, problem=ScanProblem(
                INVALID_CODE, "The code is empty; scan or type the card's code.",
                reason="empty")))
        elif code in seen:
            results.append(ScanResult(code, problem=ScanProblem(
                DUPLICATE, f"Card {code} is already in the list.")))
        else:
            seen.add(code)
            results.append(_judge(code, found.get(code), shop, direction, luhn))
    return results


def check_scan(raw: str, *, shop_id: int, direction: str, taken: Collection[str] = (),
               verify_luhn: bool | None = None) -> ScanResult:
    """Check one scanned code (see :func:`check_codes`)."""
    return check_codes([raw], shop_id=shop_id, direction=direction, taken=taken,
                       verify_luhn=verify_luhn)[0]


def check_range(first: str, last: str, *, shop_id: int, direction: str,
                taken: Collection[str] = (), verify_luhn: bool | None = None) -> RangeResult:
    """The codes of a pack, ``first`` … ``last``, checked: raises ValidationError (fields
    ``first``/``last``) for a range that is not one; otherwise the cards that may go and the
    codes that may not, each with its problem."""
    luhn = _verify_luhn(verify_luhn)
    if not first.strip():
        raise ValidationError("Give the first code of the pack.",
                              fields={"first": "give the first code"}, code="invalid_code")
    if not last.strip():
        raise ValidationError("Give the last code of the pack.",
                              fields={"last": "give the last code"}, code="invalid_code")
    codes = expand_range(first, last=last, verify_luhn=luhn)
    checked = check_codes(codes, shop_id=shop_id, direction=direction, taken=taken,
                          verify_luhn=luhn)
    return RangeResult([r.card for r in checked if r.card is not None],
                       [r for r in checked if r.card is None])


def oldest_in_stock(count: int, *, taken: Collection[str] = ()) -> list[HandoverCard]:
    """The ``count`` cards longest in stock (added first), leaving out those in ``taken``;
    ``not_enough_cards`` when there are fewer."""
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValidationError.for_field("count", "must be a whole number of at least 1")
    fields = (SimCard.id, SimCard.code, SimCard.phone)
    query = (SimCard.select(*fields).where(SimCard.status == CARD_AVAILABLE)
             .order_by(SimCard.added_date, SimCard.id).limit(count + len(taken)))
    skip = set(taken)
    chosen = [card for card in read_rows(query, fields, HandoverCard._make)
              if card.code not in skip][:count]
    if len(chosen) < count:
        raise simcards.NotEnoughCardsError(
            f"Only {len(chosen)} card(s) are available in stock besides the list; {count} "
            "were asked for. Add cards or ask for fewer.",
            details={"available": len(chosen), "requested": count},
        )
    return chosen


# ---------------------------------------------------------------- the act


def _problem_details(result: ScanResult) -> dict[str, Any]:
    problem = result.problem
    assert problem is not None
    found: dict[str, Any] = {"code": result.code, "problem": problem.code}
    if problem.shop_name is not None:
        found["shopName"] = problem.shop_name
    if problem.reason is not None:
        found["reason"] = problem.reason
    return found


def commit_handover(shop_id: int, codes: Sequence[str], *, direction: str, source: str,
                    actor: str | None = None, verify_luhn: bool | None = None) -> Act:
    """Hand the cards over (or take them back) and record the act — all in one write
    transaction, or nothing.  Every code is checked again inside it (another window, the
    web app or a check may have moved a card since it was scanned): any problem refuses the
    whole hand-over (``handover_refused``, 409, with ``details["problems"]``)."""
    direction = _direction(direction)
    if not codes:
        raise ValidationError("The list is empty; scan at least one card.",
                              fields={"codes": "scan at least one card"},
                              code="handover_empty")
    with write_tx():
        shop = _shop_for(shop_id, direction)
        checked = check_codes(codes, shop_id=shop.id, direction=direction,
                              verify_luhn=verify_luhn)
        refused = [r for r in checked if r.problem is not None]
        if refused:
            shown = "; ".join(f"{r.code}: {r.problem.message}" for r in refused[:10]
                              if r.problem is not None)
            more = f" and {len(refused) - 10} more" if len(refused) > 10 else ""
            raise ConflictError(
                f"Nothing was handed over: {len(refused)} card(s) cannot go ({shown}{more}). "
                "Remove them from the list and confirm again.",
                code="handover_refused",
                details={"problems": [_problem_details(r) for r in refused]},
                params={"count": len(refused),
                        "codes": ", ".join(r.code for r in refused[:10]) + more},
            )
        cards = [r.card for r in checked if r.card is not None]
        ids = [c.id for c in cards]
        if direction == TO_SHOP:
            simcards.assign_cards(shop.id, ids=ids, source=source, actor=actor)
        else:
            simcards.return_to_stock(ids=ids, source=source, actor=actor)
        dealer = str(settings.get(DEALER_SETTING) or "")
        act = HandoverAct.create(
            direction=direction, shop=shop.id, shop_name=shop.name,
            owner_name=shop.owner_name or "", owner_phone=shop.owner_phone or "",
            dealer_name=dealer, created_at=utcnow(), actor=actor, card_count=len(cards))
        insert_rows(HandoverActCard,
                    (HandoverActCard.act, HandoverActCard.position, HandoverActCard.simcard,
                     HandoverActCard.code, HandoverActCard.phone),
                    [(act.id, n, c.id, c.code, c.phone) for n, c in enumerate(cards, 1)])
        return get_act(int(act.id))


def get_act(act_id: int) -> Act:
    act = HandoverAct.get_or_none(HandoverAct.id == act_id)
    if act is None:
        raise NotFoundError(f"Hand-over act {act_id} does not exist.", code="act_not_found",
                            params={"act": act_id})
    fields = (HandoverActCard.code, HandoverActCard.phone)
    query = (HandoverActCard.select(*fields).where(HandoverActCard.act == act.id)
             .order_by(HandoverActCard.position))
    cards = list(read_rows(query, fields, ActCard._make))
    return Act(id=int(act.id), direction=act.direction, shop_id=act.shop_id,
               shop_name=act.shop_name, owner_name=act.owner_name,
               owner_phone=act.owner_phone, dealer_name=act.dealer_name,
               created_at=act.created_at, actor=act.actor, cards=cards)


def list_acts(shop_id: int | None = None, *, limit: int = 500) -> list[ActRow]:
    """The newest acts (of one shop, or of all), newest first."""
    query: Any = HandoverAct.select(*_ACT_ROW_FIELDS)
    if shop_id is not None:
        query = query.where(HandoverAct.shop == shop_id)
    query = query.order_by(HandoverAct.created_at.desc(), HandoverAct.id.desc()).limit(limit)
    return list(read_rows(query, _ACT_ROW_FIELDS, ActRow._make))
