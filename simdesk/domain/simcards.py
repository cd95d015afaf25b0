"""SIM cards (simkartalar): create, update, delete, bulk add, assign, return, sell.

Statuses are the seed's: ``available`` (in stock, no shop) → ``assigned`` (in a shop, unsold)
→ ``sold``.  Allowed transitions:

* available → assigned (assign), assigned → assigned (move to another shop),
* assigned → available (return to stock),
* assigned → sold and available → sold (sold straight from the office),
* nothing leaves ``sold``: a sold card keeps its shop and its sale date forever.

Every change is written to the status log with its source (gui, api, cli, import, check …).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any, Final, NamedTuple

import peewee

from simdesk.domain import settings
from simdesk.domain.codes import (
    ascii_int,
    code_problem,
    code_problems,
    expand_range,
    normalize_code,
    normalize_codes,
    validate_code,
)
from simdesk.domain.history import Change, log_changes, log_same_change
from simdesk.domain.phones import normalize_mobile, operator_for
from simdesk.domain.shops import ShopFilter, get_shop, shop_query
from simdesk.errors import ConflictError, NotFoundError, Problem, SimdeskError, ValidationError
from simdesk.gcpause import gc_paused
from simdesk.storage.db import current_database, is_sqlite, write_tx
from simdesk.storage.models import (
    CARD_ASSIGNED,
    CARD_AVAILABLE,
    CARD_SOLD,
    CARD_STATUSES,
    MAX_ID,
    Shop,
    SimCard,
)
from simdesk.storage.rows import (
    Same,
    as_text,
    cached_sql_rows,
    ids_by_key,
    insert_columns,
    packed_rows,
    packed_select,
    raw_rows,
    read_rows,
    timestamp_text,
)
from simdesk.timeutil import utcnow

_CHUNK: Final = 500
MAX_NOTES: Final = 4000


class NotEnoughCardsError(SimdeskError):
    """Fewer available cards than asked for (the seed answered 400)."""

    status = 400
    default_code = "not_enough_cards"


# ---------------------------------------------------------------- lookups


def get_card(card_id: int) -> SimCard:
    card = SimCard.get_or_none(SimCard.id == card_id)
    if card is None:
        raise NotFoundError(f"SIM card {card_id} does not exist.", code="simcard_not_found")
    return card


def _verify_luhn(verify_luhn: bool | None) -> bool:
    return bool(settings.get("codes.verify_luhn")) if verify_luhn is None else verify_luhn


def _clean_phone(raw: Any) -> tuple[str | None, str | None]:
    """(phone, operator) from user input; empty → (None, None)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, None
    if not isinstance(raw, str):
        raise ValidationError.for_field("phone", "must be text such as +998 90 123 45 67")
    phone = normalize_mobile(raw)
    return phone, operator_for(phone)


def _clean_notes(raw: Any) -> str:
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise ValidationError.for_field("notes", "must be text")
    if len(raw) > MAX_NOTES:
        raise ValidationError.for_field("notes", Problem(
            "text_too_long", f"at most {MAX_NOTES} characters", length=len(raw),
            limit=MAX_NOTES))
    return raw.strip()


def _code_taken_error(code: str, other: SimCard) -> ConflictError:
    return ConflictError(
        f"Code {code} is already stored (card {other.id}, {other.status}); each card is "
        "stored once.",
        code="duplicate_code",
        details={"fields": {"code": Problem("already_stored", "already stored")},
                 "simcardId": other.id},
        params={"code": code, "id": other.id, "status": other.status},
    )


# ---------------------------------------------------------------- single cards


def create_card(
    code: str,
    *,
    phone: str | None = None,
    operator: str | None = None,
    notes: str | None = None,
    verify_luhn: bool | None = None,
) -> SimCard:
    if not isinstance(code, str):
        raise ValidationError.for_field("code", "must be text (the ICCID printed on the card)")
    clean = validate_code(code, verify_luhn=_verify_luhn(verify_luhn))
    msisdn, detected = _clean_phone(phone)
    now = utcnow()
    with write_tx():
        other = SimCard.get_or_none(SimCard.code == clean)
        if other is not None:
            raise _code_taken_error(clean, other)
        return SimCard.create(
            code=clean,
            phone=msisdn,
            operator=(operator or "").strip() or detected,
            notes=_clean_notes(notes),
            status=CARD_AVAILABLE,
            added_date=now,
            updated_at=now,
        )


CARD_FIELDS: Final = ("code", "phone", "operator", "notes", "status", "shop_id", "sale_date")


def update_card(
    card_id: int,
    changes: Mapping[str, Any],
    *,
    source: str,
    actor: str | None = None,
    verify_luhn: bool | None = None,
) -> SimCard:
    """Edit a card's fields; a status or shop change goes through the transition rules."""
    unknown = sorted(set(changes) - set(CARD_FIELDS))
    if unknown:
        raise ValidationError(
            f"Unknown SIM card field(s): {', '.join(unknown)} (known: {', '.join(CARD_FIELDS)}).",
            fields={name: "is not a SIM card field" for name in unknown},
        )
    with write_tx():
        card = get_card(card_id)
        if "code" in changes:
            raw = changes["code"]
            if not isinstance(raw, str):
                raise ValidationError.for_field("code", "must be text")
            clean = validate_code(raw, verify_luhn=_verify_luhn(verify_luhn))
            if clean != card.code:
                other = SimCard.get_or_none(SimCard.code == clean)
                if other is not None:
                    raise _code_taken_error(clean, other)
                card.code = clean
        if "phone" in changes:
            card.phone, detected = _clean_phone(changes["phone"])
            if "operator" not in changes:
                card.operator = detected
        if "operator" in changes:
            op = changes["operator"]
            if op is not None and not isinstance(op, str):
                raise ValidationError.for_field("operator", "must be text")
            card.operator = (op or "").strip() or None
        if "notes" in changes:
            card.notes = _clean_notes(changes["notes"])
        card.updated_at = utcnow()
        card.save()
        status = changes.get("status", card.status)
        shop_given = "shop_id" in changes
        shop_id = changes.get("shop_id")
        if status not in CARD_STATUSES:
            raise ValidationError.for_field(
                "status", f"must be one of: {', '.join(CARD_STATUSES)}"
            )
        if status == CARD_AVAILABLE and shop_given and shop_id is not None:
            raise ValidationError.for_field(
                "shop_id", "a card in stock belongs to no shop; to give it to a shop set the "
                "status to assigned")
        if status == CARD_SOLD and card.status == CARD_SOLD:
            if shop_given and shop_id != card.shop_id:
                raise ConflictError(
                    f"Card {card.code} is sold; a sold card keeps its shop.",
                    code="sold_card_final",
                    params={"code": card.code},
                )
        elif status == CARD_SOLD:
            sale_date = changes.get("sale_date")
            if sale_date is not None and not isinstance(sale_date, datetime):
                raise ValidationError.for_field("sale_date", "must be a date and time")
            if shop_given and shop_id is not None and (
                    card.shop_id != shop_id or card.status != CARD_ASSIGNED):
                # Sold by that shop: it gets the card first (archived shops refuse).
                assign_cards(int(shop_id), ids=[card.id], source=source, actor=actor)
            elif shop_given and shop_id is None and card.shop_id is not None:
                # Sold from the office: back to stock first, so no shop gets the sale.
                return_to_stock(ids=[card.id], source=source, actor=actor)
            mark_sold([card.id], sale_date=sale_date, source=source, actor=actor)
        elif status == CARD_ASSIGNED and (card.status != CARD_ASSIGNED or shop_given):
            target = shop_id if shop_given else (card.shop_id if card.shop_id else None)
            if target is None:
                raise ValidationError.for_field(
                    "shop_id", "an assigned card needs the shop it is assigned to"
                )
            if card.shop_id != target or card.status != CARD_ASSIGNED:
                assign_cards(int(target), ids=[card.id], source=source, actor=actor)
        elif status == CARD_AVAILABLE and card.status != CARD_AVAILABLE:
            return_to_stock(ids=[card.id], source=source, actor=actor)
        return get_card(card.id)


def delete_card(card_id: int, *, source: str, actor: str | None = None) -> None:
    """Delete a card typed in by mistake.  Sold cards are sales history and stay."""
    with write_tx():
        card = get_card(card_id)
        if card.status == CARD_SOLD:
            raise ConflictError(
                f"Card {card.code} is sold; sold cards are sales history and cannot be deleted.",
                code="sold_card_final",
                params={"code": card.code},
            )
        log_changes(
            [Change(None, card.code, card.shop_id, card.status, None, "deleted")],
            source=source,
            actor=actor,
        )
        card.delete_instance()


# ---------------------------------------------------------------- bulk add


@dataclass(frozen=True, slots=True)
class LineResult:
    line: int
    raw: str
    code: str
    outcome: str  # "created" | "duplicate" | "invalid"
    reason: str = ""  # a created line's reason is a warning: its phone was left out


PHONE_LEFT_OUT: Final = "the card was imported without it"


class BulkAddResult:
    """What a bulk add did with each line.  ``duplicates`` and ``invalid`` are lists of
    :class:`LineResult`; the created lines are kept as plain columns (codes, ids, their
    lines) and made into ``LineResult`` objects only when :attr:`created` is read — a
    100,000-line add answered in counts and an id range does not build them."""

    def __init__(self) -> None:
        self.duplicates: list[LineResult] = []
        self.invalid: list[LineResult] = []
        # The created cards in input order: their codes, lines, lines as given, warnings
        # (None: none has one) and ids.
        self.created_codes: list[str] = []
        self._lines: Sequence[int] = []
        self._raws: Sequence[str] = []
        self._warnings: Sequence[str] | None = None
        self.created_id_list: list[int] = []
        self._created: list[LineResult] | None = None
        self._ids: dict[str, int] | None = None

    def _set_created(self, lines: Sequence[int], raws: Sequence[str], codes: list[str],
                     warnings: Sequence[str] | None, ids: list[int]) -> None:
        self._lines, self._raws, self.created_codes = lines, raws, codes
        self._warnings, self.created_id_list = warnings, ids
        self._created = self._ids = None

    @property
    def created_count(self) -> int:
        return len(self.created_codes)

    @property
    def created(self) -> list[LineResult]:
        """Every created line, in input order (built on first use)."""
        if self._created is None:
            warnings = self._warnings or [""] * len(self.created_codes)
            self._created = [
                LineResult(line, raw, code, "created", warning)
                for line, raw, code, warning in zip(self._lines, self._raws,
                                                    self.created_codes, warnings, strict=True)
            ]
        return self._created

    @property
    def created_ids(self) -> dict[str, int]:
        """Code → id of each created card."""
        if self._ids is None:
            self._ids = dict(zip(self.created_codes, self.created_id_list, strict=True))
        return self._ids

    def lines(self) -> list[LineResult]:
        """Every input line's result, in input order."""
        return sorted([*self.created, *self.duplicates, *self.invalid], key=lambda r: r.line)

    def rejected(self) -> list[LineResult]:
        return sorted([*self.duplicates, *self.invalid], key=lambda r: r.line)

    @property
    def warnings(self) -> list[LineResult]:
        """Created lines with a warning: a valid code whose phone was not valid, imported
        without the phone."""
        if self._warnings is None:
            return []
        return [r for r in self.created if r.reason]

    def reported(self) -> list[LineResult]:
        """The lines a report lists: the rejected ones and the warnings, in input order."""
        return sorted([*self.rejected(), *self.warnings], key=lambda r: r.line)


BulkEntry = tuple[int, str, str | None]  # (line number, raw code, raw phone or None)


def entries_from_codes(codes: Iterable[str]) -> list[BulkEntry]:
    return [(n, code, None) for n, code in enumerate(codes, start=1)]


def _all_text(values: Sequence[Any]) -> bool:
    try:
        "".join(values)
    except TypeError:
        return False
    return True


def bulk_add(
    entries: Iterable[BulkEntry],
    *,
    shop_id: int | None = None,
    source: str,
    actor: str | None = None,
    verify_luhn: bool | None = None,
    check: Callable[[], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BulkAddResult:
    """Add many cards: every line is created, a duplicate (already stored, or earlier in the
    input) or invalid with its reason.  Valid lines commit in one transaction; nothing of an
    invalid line is written.  With ``shop_id`` the new cards go straight to that shop.
    ``check`` is called before the transaction and again just before it commits; when it
    raises (Cancel) nothing is written.  ``progress(done, total)`` is told the new cards
    written of those to write, a batch at a time (``total`` is 0 when there are none).

    The new cards' ids come with the INSERTs (``rows.insert_columns``: the rowids of
    each statement on SQLite, ``RETURNING`` on PostgreSQL), not read back.  The lines are
    checked a batch at a time
    (``codes.code_problems``), with Python's cycle collector paused: 100,000 lines build no
    object each unless their results are read one by one (``BulkAddResult.created``)."""
    with gc_paused():
        return _bulk_add(entries if isinstance(entries, list) else list(entries),
                         shop_id=shop_id, source=source, actor=actor,
                         verify=_verify_luhn(verify_luhn), check=check,
                         progress=progress)


def _bulk_add(
    entries: list[BulkEntry],
    *,
    shop_id: int | None,
    source: str,
    actor: str | None,
    verify: bool,
    check: Callable[[], None] | None,
    progress: Callable[[int, int], None] | None,
) -> BulkAddResult:
    result = BulkAddResult()
    lines = [entry[0] for entry in entries]
    raws: list[Any] = [entry[1] for entry in entries]
    if _all_text(raws):
        codes = normalize_codes(raws)
        problems = code_problems(codes, verify_luhn=verify)
    else:
        codes = [normalize_code(raw) if isinstance(raw, str) else "" for raw in raws]
        problems = code_problems(codes, verify_luhn=verify)
        for n, raw in enumerate(raws):
            if not isinstance(raw, str):
                problems[n] = Problem("line_not_text", "not text")
                raws[n] = repr(raw)
        problems = dict(sorted(problems.items()))
    for n, problem in problems.items():
        code = "" if problem.code == "line_not_text" else codes[n]
        result.invalid.append(LineResult(lines[n], raws[n], code, "invalid", problem))

    # The valid lines (positions in entries), each code once: later copies are duplicates.
    keep: Sequence[int] = range(len(entries))
    if problems:
        keep = [n for n in keep if n not in problems]
    valid = codes if not problems else [codes[n] for n in keep]
    if len(set(valid)) != len(valid):
        first_line: dict[str, int] = {}
        unique: list[int] = []
        for n in keep:
            code = codes[n]
            earlier = first_line.get(code)
            if earlier is None:
                first_line[code] = lines[n]
                unique.append(n)
                continue
            result.duplicates.append(
                LineResult(lines[n], raws[n], code, "duplicate",
                           Problem("duplicate_in_input",
                                   f"appears twice in the input (first on line {earlier})",
                                   first=earlier)))
        keep = unique
    del valid

    # Phones: only for the lines that have one (a list of codes has none).
    phones: list[str | None] | None = None
    operators: list[str | None] | None = None
    warnings: list[str] | None = None
    if any(map(itemgetter(2), entries)):
        phones, operators, warnings = [], [], []
        for n in keep:
            phone = op = None
            warning = ""
            raw_phone = entries[n][2]
            if raw_phone:
                try:
                    phone, op = _clean_phone(raw_phone)
                except ValidationError as exc:
                    # The code is good: the card is imported without the phone, with a
                    # warning.
                    found = exc.fields.get("phone", exc.message)
                    warning = (found.prefixed("phone ") if isinstance(found, Problem)
                               else Problem("phone_invalid", f"phone {found}"))
            phones.append(phone)
            operators.append(op)
            warnings.append(warning)

    db = current_database()
    now = utcnow()
    if check is not None:
        check()
    with write_tx():
        shop = get_shop(shop_id) if shop_id is not None else None
        if shop is not None and shop.archived_at is not None:
            raise ConflictError(
                f"Shop {shop.name!r} is archived; unarchive it or choose another shop.",
                code="shop_archived",
                params={"name": shop.name},
            )
        new_codes = codes if len(keep) == len(codes) else [codes[n] for n in keep]
        stored = _existing_codes(new_codes)
        if stored:
            kept = [k for k, code in enumerate(new_codes) if code not in stored]
            for k, n in enumerate(keep):
                if new_codes[k] in stored:
                    result.duplicates.append(
                        LineResult(lines[n], raws[n], codes[n], "duplicate",
                                   Problem("already_stored", "already stored")))
            keep = [keep[k] for k in kept]
            new_codes = [new_codes[k] for k in kept]
            if phones is not None and operators is not None and warnings is not None:
                phones = [phones[k] for k in kept]
                operators = [operators[k] for k in kept]
                warnings = [warnings[k] for k in kept]
        status = CARD_ASSIGNED if shop is not None else CARD_AVAILABLE
        sid = shop.id if shop is not None else None
        # SQLite stores Peewee's DateTimeField as ISO text: format once, not per row.
        stamp: Any = now.isoformat(" ") if is_sqlite(db) else now
        assigned_at = stamp if shop is not None else None
        count = len(new_codes)
        columns = [(SimCard.code, new_codes),
                   (SimCard.phone, Same(None) if phones is None else phones),
                   (SimCard.operator, Same(None) if operators is None else operators),
                   (SimCard.status, Same(status)), (SimCard.shop, Same(sid)),
                   (SimCard.assigned_at, Same(assigned_at)), (SimCard.added_date, Same(stamp)),
                   (SimCard.updated_at, Same(stamp)), (SimCard.notes, Same(""))]
        if progress is not None:
            progress(0, count)
        ids = insert_columns(SimCard, columns, count, key=SimCard.code, progress=progress)
        same = len(keep) == len(lines)
        result._set_created(lines if same else [lines[n] for n in keep],
                            raws if same else [raws[n] for n in keep],
                            new_codes, warnings, ids)
        if shop is not None:
            log_same_change(ids, new_codes, shop_id=shop.id, old_status=CARD_AVAILABLE,
                            new_status=CARD_ASSIGNED, details="added to the shop",
                            source=source, actor=actor, at=now)
        if check is not None:
            check()  # the last moment Cancel can still undo everything
    return result


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _existing_codes(codes: Sequence[str]) -> set[str]:
    """The stored ones among ``codes``."""
    return {code for code, _ in ids_by_key(SimCard, SimCard.code, codes)}


# ---------------------------------------------------------------- selections


class CardRef(NamedTuple):
    """A card as the selection and move functions see it (and the GUI's selected rows)."""

    id: int
    code: str
    status: str
    shop_id: int | None


class Skipped(NamedTuple):
    """A card a request left alone: the reference as given (code or id) and why."""

    ref: str
    reason: str


@dataclass(frozen=True)
class CodeRange:
    first: str
    count: int | None = None
    last: str | None = None


@dataclass
class Selection:
    found: list[CardRef]
    missing: list[Skipped]


_REF_FIELDS: Final = (SimCard.id, SimCard.code, SimCard.status, SimCard.shop)  # CardRef's


def card_refs(query: peewee.ModelSelect) -> list[CardRef]:
    """The :class:`CardRef` of every card ``query`` (a ``SimCard`` select: its filter, order
    and paging are kept) matches; one query, no model objects."""
    return list(read_rows(query, _REF_FIELDS, CardRef._make))


def _fetch(where: peewee.Expression) -> list[CardRef]:
    return card_refs(SimCard.select().where(where))


def select_cards(
    *,
    ids: Sequence[int] | None = None,
    codes: Sequence[str] | None = None,
    code_range: CodeRange | None = None,
    verify_luhn: bool | None = None,
) -> Selection:
    """Resolve explicit ids, codes or a range to cards; unknown ones are listed as missing."""
    given = [x for x in (ids, codes, code_range) if x is not None]
    if len(given) != 1:
        raise ValidationError(
            "Choose the cards one way: by ids, by codes or by a range.",
            fields={"codes": "give ids, codes or a range"},
            code="selection_ambiguous",
        )
    found: list[CardRef] = []
    missing: list[Skipped] = []
    if ids is not None:
        wanted = list(dict.fromkeys(ids))
        for part in _chunks(wanted):
            found.extend(_fetch(SimCard.id.in_(list(part))))
        have = {c.id for c in found}
        missing = [Skipped(ref=str(i), reason=Problem("no_such_card", "no such card"))
                   for i in wanted if i not in have]
    else:
        if code_range is not None:
            wanted_codes = expand_range(
                code_range.first, count=code_range.count, last=code_range.last,
                verify_luhn=_verify_luhn(verify_luhn),
            )
        else:
            assert codes is not None
            wanted_codes = list(dict.fromkeys(normalize_code(c) for c in codes if c.strip()))
        for part in _chunks(wanted_codes):
            found.extend(_fetch(SimCard.code.in_(list(part))))
        have_codes = {c.code for c in found}
        missing = [Skipped(ref=c, reason=_missing_reason(c))
                   for c in wanted_codes if c not in have_codes]
    if not found and not missing:
        raise ValidationError(
            "No cards were given; choose at least one card.",
            fields={"codes": "choose at least one card"}, code="selection_empty")
    order = {c: n for n, c in enumerate(ids or [])} if ids is not None else None
    if order is not None:
        found.sort(key=lambda c: order.get(c.id, 0))
    else:
        found.sort(key=lambda c: c.code)
    return Selection(found, missing)


def _missing_reason(code: str) -> Problem:
    problem = code_problem(code, verify_luhn=False)
    if problem is None:
        return Problem("not_stored", "not stored")
    return Problem("not_valid_code", f"not a valid code: {problem}", problem=problem)


def _refuse(problems: list[Skipped], action: str) -> SimdeskError:
    shown = "; ".join(f"{p.ref}: {p.reason}" for p in problems[:10])
    more = f" and {len(problems) - 10} more" if len(problems) > 10 else ""
    details = {"problems": [{"code": p.ref, "reason": p.reason} for p in problems]}
    # "kind": the window's text for a refused selection, not for one card (gui/problems.py)
    params = {"kind": "selection", "action": action, "count": len(problems),
              "problems": list(problems)}
    if any(p.reason.startswith("not a valid code") for p in problems):
        return ValidationError(
            f"Nothing was {action}: some codes are not valid ({shown}{more}).",
            fields={"codes": Problem("some_codes_invalid", "some codes are not valid")},
            code="invalid_code", details=details, params=params)
    if all(p.reason in ("not stored", "no such card") for p in problems):
        return NotFoundError(
            f"Nothing was {action}: {len(problems)} card(s) not found ({shown}{more}).",
            code="simcard_not_found",
            details=details, params=params,
        )
    return ConflictError(
        f"Nothing was {action}: {len(problems)} card(s) cannot be {action} ({shown}{more}).",
        code="transition_refused",
        details=details, params=params,
    )


@dataclass
class MoveResult:
    """Cards that changed, and the ones skipped with the reason (when not strict)."""

    changed: list[CardRef]
    skipped: list[Skipped]
    shop: Shop | None = None


def _update_cards(ids: list[int], values: dict[peewee.Field, Any]) -> None:
    for part in _chunks(ids):
        SimCard.update(values).where(SimCard.id.in_(list(part))).execute()


def assign_cards(
    shop_id: int,
    *,
    ids: Sequence[int] | None = None,
    codes: Sequence[str] | None = None,
    code_range: CodeRange | None = None,
    count: int | None = None,
    strict: bool = True,
    source: str,
    actor: str | None = None,
) -> MoveResult:
    """Give cards to a shop: explicit ids/codes, a range, or ``count`` oldest available ones.

    Available cards are assigned, cards of another shop are moved; sold cards are refused.
    With ``strict`` any refused or unknown card refuses the whole request; otherwise those
    are skipped and reported.
    """
    with write_tx():
        shop = get_shop(shop_id)
        if shop.archived_at is not None:
            raise ConflictError(
                f"Shop {shop.name!r} is archived and takes no cards; unarchive it or choose "
                "another shop.",
                code="shop_archived",
                params={"name": shop.name},
            )
        if count is not None:
            if ids is not None or codes is not None or code_range is not None:
                raise ValidationError.for_field("count", "give a count or the cards, not both")
            if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                raise ValidationError.for_field("count", "must be a whole number of at least 1")
            chosen = card_refs(
                SimCard.select()
                .where(SimCard.status == CARD_AVAILABLE)
                .order_by(SimCard.added_date, SimCard.id)
                .limit(count)
            )
            if len(chosen) < count:
                raise NotEnoughCardsError(
                    f"Only {len(chosen)} card(s) are available in stock; {count} were asked "
                    "for. Add cards or ask for fewer.",
                    details={"available": len(chosen), "requested": count},
                )
            selection = Selection(chosen, [])
        else:
            selection = select_cards(ids=ids, codes=codes, code_range=code_range)
        skipped = list(selection.missing)
        movable: list[CardRef] = []
        for card in selection.found:
            problem = assign_problem(card, int(shop.id))
            if problem is not None:
                skipped.append(Skipped(card.code, problem))
            else:
                movable.append(card)
        if strict and skipped:
            raise _refuse(skipped, "assigned")
        now = utcnow()
        _update_cards(
            [c.id for c in movable],
            {SimCard.status: CARD_ASSIGNED, SimCard.shop: shop.id, SimCard.assigned_at: now,
             SimCard.updated_at: now},
        )
        log_changes(
            [
                Change(c.id, c.code, shop.id, c.status, CARD_ASSIGNED,
                       f"moved from shop {c.shop_id}" if c.shop_id else None)
                for c in movable
            ],
            source=source, actor=actor, at=now,
        )
        changed = [CardRef(id=c.id, code=c.code, status=CARD_ASSIGNED, shop_id=shop.id)
                   for c in movable]
        return MoveResult(changed, skipped, shop)


def assign_problem(card: CardRef, shop_id: int) -> Problem | None:
    """Why ``card`` cannot be assigned to shop ``shop_id``, or None when it can."""
    if card.status == CARD_SOLD:
        return Problem("card_sold_reassign", "sold; a sold card cannot be reassigned")
    if card.status == CARD_ASSIGNED and card.shop_id == shop_id:
        return Problem("already_in_shop", "already in this shop")
    return None


def return_problem(card: CardRef) -> Problem | None:
    """Why ``card`` cannot be taken back to stock, or None when it can."""
    if card.status == CARD_SOLD:
        return Problem("card_sold_stays", "sold; a sold card stays with its shop")
    if card.status == CARD_AVAILABLE:
        return Problem("already_in_stock", "already in stock")
    return None


def return_to_stock(
    *,
    ids: Sequence[int] | None = None,
    codes: Sequence[str] | None = None,
    code_range: CodeRange | None = None,
    strict: bool = True,
    source: str,
    actor: str | None = None,
) -> MoveResult:
    """Take unsold cards back from their shops."""
    with write_tx():
        selection = select_cards(ids=ids, codes=codes, code_range=code_range)
        skipped = list(selection.missing)
        movable: list[CardRef] = []
        for card in selection.found:
            problem = return_problem(card)
            if problem is not None:
                skipped.append(Skipped(card.code, problem))
            else:
                movable.append(card)
        if strict and skipped:
            raise _refuse(skipped, "returned")
        now = utcnow()
        _update_cards(
            [c.id for c in movable],
            {SimCard.status: CARD_AVAILABLE, SimCard.shop: None, SimCard.assigned_at: None,
             SimCard.updated_at: now},
        )
        log_changes(
            [Change(c.id, c.code, c.shop_id, c.status, CARD_AVAILABLE, "returned to stock")
             for c in movable],
            source=source, actor=actor, at=now,
        )
        return MoveResult([CardRef(id=c.id, code=c.code, status=CARD_AVAILABLE, shop_id=None)
                           for c in movable],
                          skipped)


def mark_sold(
    ids: Sequence[int],
    *,
    sale_date: datetime | None = None,
    source: str,
    actor: str | None = None,
    strict: bool = True,
) -> MoveResult:
    """Record cards as sold (a manual correction or an operator's report)."""
    with write_tx():
        selection = select_cards(ids=ids)
        skipped = list(selection.missing)
        movable: list[CardRef] = []
        for card in selection.found:
            if card.status == CARD_SOLD:
                skipped.append(Skipped(card.code, Problem("already_sold", "already sold")))
            else:
                movable.append(card)
        if strict and skipped:
            raise _refuse(skipped, "marked sold")
        now = utcnow()
        when = sale_date or now
        _update_cards(
            [c.id for c in movable],
            {SimCard.status: CARD_SOLD, SimCard.sale_date: when, SimCard.updated_at: now},
        )
        log_changes(
            [Change(c.id, c.code, c.shop_id, c.status, CARD_SOLD, None) for c in movable],
            source=source, actor=actor, at=now,
        )
        return MoveResult([CardRef(id=c.id, code=c.code, status=CARD_SOLD, shop_id=c.shop_id)
                           for c in movable],
                          skipped)


# ---------------------------------------------------------------- listing


@dataclass(frozen=True)
class CardFilter:
    status: str | None = None
    shop_id: int | None = None
    operator: str | None = None
    q: str | None = None  # code or phone contains


CARD_SORTS: Final = {
    "id": SimCard.id,
    "code": SimCard.code,
    "status": SimCard.status,
    "addedDate": SimCard.added_date,
    "added_date": SimCard.added_date,
    "saleDate": SimCard.sale_date,
    "sale_date": SimCard.sale_date,
    "lastChecked": SimCard.last_checked,
    "last_checked": SimCard.last_checked,
}


def _filtered(flt: CardFilter | None) -> peewee.ModelSelect:
    flt = flt or CardFilter()
    query = SimCard.select()
    if flt.status:
        if flt.status not in CARD_STATUSES:
            raise ValidationError.for_field(
                "status", f"must be one of: {', '.join(CARD_STATUSES)}"
            )
        query = query.where(SimCard.status == flt.status)
    if flt.shop_id is not None:
        query = query.where(SimCard.shop == flt.shop_id)
    if flt.operator:
        query = query.where(SimCard.operator == flt.operator)
    if flt.q and flt.q.strip():
        prefix = code_prefix(flt.q)
        if prefix is not None:
            query = query.where(SimCard.code >= prefix, SimCard.code < prefix + "\uffff")
        else:
            text = normalize_code(flt.q.strip())
            digits = text.lstrip("+")
            query = query.where(SimCard.code.contains(text) | SimCard.phone.contains(digits))
    return query


def code_prefix(text: str | None) -> str | None:
    """Search text that is the beginning of a code: digits starting with 89 (every ICCID
    does) are looked up through the code index as a prefix — fast on a million cards —
    instead of anywhere in codes and phone numbers."""
    if not text:
        return None
    digits = normalize_code(text)
    if len(digits) >= 2 and digits.isascii() and digits.isdigit() and digits.startswith("89"):
        return digits
    return None


def card_query(flt: CardFilter | None = None, *, sort: str = "-addedDate") -> peewee.ModelSelect:
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    if key not in CARD_SORTS:
        raise ValidationError.for_field(
            "sort", f"must be one of: {', '.join(CARD_SORTS)} (prefix - for descending)"
        )
    column = CARD_SORTS[key]
    tie = SimCard.id.desc() if descending else SimCard.id
    return _filtered(flt).order_by(column.desc() if descending else column, tie)


def count_matching(flt: CardFilter | None = None) -> int:
    """How many cards match (no ORDER BY: a sorted subquery would cost a full sort)."""
    return int(_filtered(flt).select(peewee.fn.COUNT(peewee.SQL("*"))).scalar() or 0)


class CardListRow(NamedTuple):
    """One card of a list (the GUI's table, the API's ``GET /simcards``), with its shop's
    name.  Times are naive UTC."""

    id: int
    code: str
    status: str
    shop_id: int | None
    shop_name: str | None
    added_date: datetime
    sale_date: datetime | None
    last_checked: datetime | None
    external_status: str | None
    phone: str | None
    operator: str | None
    assigned_at: datetime | None
    notes: str


# The columns of CardListRow, in its field order.
_LISTING_FIELDS: Final = (
    SimCard.id, SimCard.code, SimCard.status, SimCard.shop, Shop.name, SimCard.added_date,
    SimCard.sale_date, SimCard.last_checked, SimCard.external_status, SimCard.phone,
    SimCard.operator, SimCard.assigned_at, SimCard.notes,
)


def listing_query(flt: CardFilter | None = None, *, sort: str = "-addedDate") -> peewee.Select:
    """The matching cards with their shop's name, for lists and streams.  Refine it (where,
    limit, offset) and read it with :func:`card_list_rows`; its rows are plain tuples in
    :class:`CardListRow`'s field order (no model objects: 100,000 rows stay cheap)."""
    return (
        card_query(flt, sort=sort)
        .select(*_LISTING_FIELDS)
        .join(Shop, peewee.JOIN.LEFT_OUTER, on=(SimCard.shop == Shop.id))
        .tuples()
    )


def card_list_rows(query: peewee.Select) -> Iterator[CardListRow]:
    """The rows of a :func:`listing_query` (however refined) as :class:`CardListRow`, read
    in one pass and never kept (a whole-table stream stays small)."""
    return read_rows(query, _LISTING_FIELDS, CardListRow._make)


def list_cards(
    flt: CardFilter | None = None,
    *,
    sort: str = "-addedDate",
    limit: int | None = None,
    offset: int = 0,
) -> list[CardListRow]:
    """One page of :func:`listing_query` (all matching cards when ``limit`` is None)."""
    query = listing_query(flt, sort=sort)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return list(card_list_rows(query))


# The web app's card keys, in the order of the columns of card_text_rows.
CARD_TEXT_KEYS: Final = ("id", "code", "status", "assignedTo", "assignedShopName",
                         "addedDate", "saleDate", "lastChecked", "externalStatus", "phone",
                         "operator", "assignedAt", "notes")


def card_text_rows(query: peewee.Select) -> Any:
    """The rows of a :func:`listing_query` (however refined: filter, order, paging) in
    :data:`CARD_TEXT_KEYS` order: ids as text, times as naive-UTC text
    (``storage.rows.timestamp_text``), the rest as stored.  A DB-API cursor of plain
    tuples: iterate it or ``fetchmany`` it; nothing is kept."""
    return raw_rows(query, card_text_columns())


_TEXT_COLUMNS: dict[bool, tuple[Any, ...]] = {}  # by "the database is SQLite"


def card_text_columns() -> tuple[Any, ...]:
    """The columns of :func:`card_text_rows` (SQL for the database open now: its
    timestamps' text is made differently on SQLite and PostgreSQL); made once per kind of
    database, as every page asks for them."""
    sqlite = is_sqlite()
    columns = _TEXT_COLUMNS.get(sqlite)
    if columns is None:
        columns = _TEXT_COLUMNS[sqlite] = (
            as_text(SimCard.id), SimCard.code, SimCard.status, as_text(SimCard.shop),
            Shop.name, timestamp_text(SimCard.added_date), timestamp_text(SimCard.sale_date),
            timestamp_text(SimCard.last_checked), SimCard.external_status, SimCard.phone,
            SimCard.operator, timestamp_text(SimCard.assigned_at), SimCard.notes,
        )
    return columns


def held_ids_column(shop_id: Any) -> Any:
    """SQL: the ids of the unsold cards the shop ``shop_id`` (a column) holds, as one text
    ``"3,17,42"``, NULL when it holds none — the web app's ``assignedSimCards`` of a whole
    shop list in the list's own query.  Read in the order of the covering index on
    ``simcard(shop_id, status, sale_date)``, so neither a table lookup nor a sort: by id,
    except that a held card with a sale date (one sold, then handed back by an edit) comes
    after the others.

    The order is spelled out as the index's (``sale_date, id``), not as ``id``: with the
    statistics ``PRAGMA optimize`` gathers, ``ORDER BY id`` made SQLite walk the whole card
    table in rowid order for every shop, to skip a sort — 200 ms instead of 0.4 ms at
    100,000 cards (``tests/test_stats_plans.py`` checks the plan)."""
    held = SimCard.alias("held")
    where = (held.shop == shop_id) & (held.status == CARD_ASSIGNED)
    if is_sqlite():  # NULLs sort first, as in the index
        ordered = (held.select(held.id).where(where)
                   .order_by(held.sale_date, held.id).alias("held_ids"))
        # The separator as a literal: bound as a parameter, it stopped the query from
        # running on two threads at once (measured: two threads no quicker than one).
        return peewee.Select([ordered], [peewee.fn.group_concat(ordered.c.id,
                                                                peewee.SQL("','"))])
    ordered_agg = peewee.NodeList((
        peewee.SQL("string_agg("), as_text(held.id), peewee.SQL(", ',' ORDER BY"),
        held.sale_date, peewee.SQL("NULLS FIRST,"), held.id, peewee.SQL(")")))
    return held.select(ordered_agg).where(where)


# The columns of shop_text_rows (the web app's shop keys, with "archived" from archivedAt
# and "assignedSimCards" as one comma-separated text).
SHOP_TEXT_KEYS: Final = ("id", "name", "ownerName", "ownerPhone", "address", "region",
                         "status", "latitude", "longitude", "assignedSimCards", "addedDate",
                         "updatedAt", "notes", "archivedAt")
SHOP_LATITUDE: Final = SHOP_TEXT_KEYS.index("latitude")
SHOP_LONGITUDE: Final = SHOP_TEXT_KEYS.index("longitude")


def shop_text_rows(flt: ShopFilter, *, sort: str, limit: int | None,
                   offset: int) -> list[Sequence[Any]]:
    """A page of ``shops.shop_query(flt, sort=sort)`` as plain rows in
    :data:`SHOP_TEXT_KEYS` order, each with the ids of the unsold cards it holds
    (:func:`held_ids_column`) — one SQL statement whatever the number of shops and cards
    (its SQL built once per filter, sort and page).  Times are naive-UTC text
    (``storage.rows.timestamp_text``).  On SQLite the page comes in one step
    (``storage.rows.packed_select``), the coordinates through 17-digit text so that
    they are the very floats stored."""
    def columns(packed: bool) -> list[Any]:
        def coordinate(field: Any) -> Any:
            if not packed:
                return field
            return peewee.Case(None, [(field.is_null(), None)],
                               peewee.fn.printf("%!.17g", field))

        return [as_text(Shop.id), Shop.name, Shop.owner_name, Shop.owner_phone,
                Shop.address, Shop.region, Shop.status, coordinate(Shop.latitude),
                coordinate(Shop.longitude), held_ids_column(Shop.id),
                timestamp_text(Shop.added_date), timestamp_text(Shop.updated_at), Shop.notes,
                timestamp_text(Shop.archived_at)]

    def page() -> peewee.Select:
        query = shop_query(flt, sort=sort)
        return query.limit(limit).offset(offset) if limit else query.offset(offset)

    key = ("shop_text_rows", flt, sort, limit, offset)
    if not is_sqlite():
        return list(cached_sql_rows(key, lambda: page().select(*columns(False))))
    rows = packed_rows(
        lambda: cached_sql_rows((*key, "packed"),
                                lambda: packed_select(page(), columns(True))),
        lambda: cached_sql_rows(key, lambda: page().select(*columns(False))))
    for row in rows:  # the coordinates' text back to the floats stored (packed rows)
        for n in (SHOP_LATITUDE, SHOP_LONGITUDE):
            if isinstance(row, list) and isinstance(row[n], str):
                row[n] = float(row[n])
    return rows


def count_shops(flt: ShopFilter) -> int:
    """How many shops ``shops.shop_query(flt)`` lists (its SQL built once per filter)."""
    def build() -> peewee.Query:
        return shop_query(flt).order_by().select(peewee.fn.COUNT(Shop.id))

    return int(cached_sql_rows(("count_shops", flt), build).fetchone()[0])


def assigned_ids_by_shop(shop_ids: Sequence[int]) -> dict[int, list[int]]:
    """Ids of the unsold cards each shop holds (the web app's ``assignedSimCards``), in
    the order of :func:`held_ids_column`."""
    held: dict[int, list[int]] = {sid: [] for sid in shop_ids}
    for part in _chunks(list(shop_ids)):
        rows = (
            SimCard.select(SimCard.shop, SimCard.id)
            .where(SimCard.shop.in_(list(part)), SimCard.status == CARD_ASSIGNED)
            # The order of GET /shops (held_ids_column): the index's, NULL dates first.
            .order_by(SimCard.shop, SimCard.sale_date.asc(nulls="first"), SimCard.id)
            .tuples()
        )
        for shop_id, card_id in rows:
            held[shop_id].append(card_id)
    return held


def card_id_of(ref: str | int) -> int:
    """The id of a card given as an id (``"12"``) or an old server's UUID."""
    if isinstance(ref, int) and not isinstance(ref, bool):
        if not 0 < ref < MAX_ID:
            raise NotFoundError(f"SIM card {ref} does not exist.", code="simcard_not_found")
        return ref
    text = str(ref)
    number = ascii_int(text, 1)  # "²", " 1", "-1", 2**63: no id, perhaps an old server's
    if number is not None:
        return number
    row = SimCard.select(SimCard.id).where(SimCard.legacy_id == text).first()
    if row is None:
        raise NotFoundError(f"SIM card {text!r} does not exist.", code="simcard_not_found")
    return int(row.id)


def known_card_ids(refs: Sequence[str | int]) -> dict[str, int]:
    """The cards that exist among ``refs`` (ids such as ``"12"`` or an old server's UUIDs),
    keyed by the reference as given (as text); unknown references are left out — the web
    app sends ids it made up itself for cards it has just added.  A few queries in all."""
    numeric: dict[int, str] = {}
    legacy: dict[str, str] = {}
    for ref in refs:
        text = str(ref)
        number = ascii_int(text, 1)
        if number is not None:
            numeric.setdefault(number, text)
        elif text:
            legacy.setdefault(text, str(ref))
    found: dict[str, int] = {}
    for part in _chunks(list(numeric)):
        for (card_id,) in SimCard.select(SimCard.id).where(SimCard.id.in_(list(part))).tuples():
            found[numeric[int(card_id)]] = int(card_id)
    for part in _chunks(list(legacy)):
        query = SimCard.select(SimCard.id, SimCard.legacy_id).where(
            SimCard.legacy_id.in_(list(part)))
        for card_id, legacy_id in query.tuples():
            found[legacy[str(legacy_id)]] = int(card_id)
    return found


class StoredStatus(NamedTuple):
    """A card's status as stored (what the web app's auto-check shows of cards it did not
    get fresh answers for)."""

    id: int
    code: str
    status: str
    sale_date: datetime | None
    last_checked: datetime | None
    external_status: str | None


def stored_statuses(ids: Sequence[int]) -> dict[int, StoredStatus]:
    """The stored status of each existing card among ``ids`` (rows, not model objects:
    the web app sends thousands at a time)."""
    fields = (SimCard.id, SimCard.code, SimCard.status, SimCard.sale_date,
              SimCard.last_checked, SimCard.external_status)
    found: dict[int, StoredStatus] = {}
    for part in _chunks(list(ids)):
        query = SimCard.select().where(SimCard.id.in_(list(part)))
        found.update((row.id, row) for row in read_rows(query, fields, StoredStatus._make))
    return found


def cards_by_codes(codes: Sequence[str]) -> dict[str, SimCard]:
    """Stored cards among ``codes`` (normalised), keyed by their normalised code."""
    wanted = list(dict.fromkeys(normalize_code(c) for c in codes))
    found: dict[str, SimCard] = {}
    for part in _chunks(wanted):
        # The shop comes in the same query: callers show its name (no query per card).
        query = (SimCard.select(SimCard, Shop)
                 .join(Shop, peewee.JOIN.LEFT_OUTER, on=(SimCard.shop == Shop.id))
                 .where(SimCard.code.in_(list(part))))
        found.update((c.code, c) for c in query)
    return found


def count_cards() -> int:
    return count_matching(None)
