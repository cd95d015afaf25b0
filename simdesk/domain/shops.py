"""Shops (magazinlar): create, update, archive, delete, list."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import peewee

from simdesk.domain.codes import ascii_int
from simdesk.domain.phones import normalize_phone
from simdesk.domain.regions import canonical_region
from simdesk.errors import ConflictError, NotFoundError, Problem, ValidationError
from simdesk.storage.db import write_tx
from simdesk.storage.models import (
    CARD_ASSIGNED,
    CARD_SOLD,
    MAX_ID,
    SHOP_ACTIVE,
    SHOP_STATUSES,
    Shop,
    SimCard,
    StatusCheck,
)
from simdesk.timeutil import utcnow

SHOP_FIELDS: Final = (
    "name", "owner_name", "owner_phone", "address", "region", "status", "latitude",
    "longitude", "notes",
)
_MAX_LEN: Final = {"name": 200, "owner_name": 200, "address": 500, "region": 100, "notes": 4000}


def _text(value: Any, field: str, errors: dict[str, str]) -> str | None:
    if value is None:
        return ""
    if not isinstance(value, str):
        errors[field] = "must be text"
        return None
    cleaned = value.strip()
    limit = _MAX_LEN.get(field)
    if limit is not None and len(cleaned) > limit:
        errors[field] = Problem(
            "text_too_long", f"is {len(cleaned)} characters long; at most {limit} are allowed",
            length=len(cleaned), limit=limit)
        return None
    return cleaned


def _coordinate(value: Any, field: str, bound: float, errors: dict[str, str]) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        errors[field] = "must be a number"
        return None
    try:
        number = float(value)
    except ValueError:
        errors[field] = Problem("coordinate_number", "must be a number such as 41.3111")
        return None
    if not math.isfinite(number) or not -bound <= number <= bound:
        errors[field] = Problem("setting_range", f"must be between {-bound:g} and {bound:g}",
                                low=-bound, high=bound)
        return None
    return number


def clean_shop_fields(data: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
    """Validate and normalise shop fields; raise one ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    unknown = sorted(set(data) - set(SHOP_FIELDS))
    for field in unknown:
        errors[field] = f"is not a shop field (known: {', '.join(SHOP_FIELDS)})"
    cleaned: dict[str, Any] = {}
    for field in ("name", "owner_name", "address", "notes"):
        if field in data:
            text = _text(data[field], field, errors)
            if text is not None:
                cleaned[field] = text
    if (not partial or "name" in data) and not cleaned.get("name") and "name" not in errors:
        errors["name"] = Problem("shop_name_required", "is required")
    if "region" in data:
        region = _text(data["region"], "region", errors)
        if region is not None:
            cleaned["region"] = canonical_region(region)
    if "owner_phone" in data:
        raw = data["owner_phone"]
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            cleaned["owner_phone"] = ""
        elif not isinstance(raw, str):
            errors["owner_phone"] = "must be text such as +998 90 123 45 67"
        else:
            try:
                cleaned["owner_phone"] = normalize_phone(raw, field="owner_phone")
            except ValidationError as exc:
                errors.update(exc.fields)
    if "status" in data:
        status = data["status"]
        if status not in SHOP_STATUSES:
            errors["status"] = f"must be one of: {', '.join(SHOP_STATUSES)}"
        else:
            cleaned["status"] = status
    if "latitude" in data:
        cleaned["latitude"] = _coordinate(data["latitude"], "latitude", 90, errors)
    if "longitude" in data:
        cleaned["longitude"] = _coordinate(data["longitude"], "longitude", 180, errors)
    if errors:
        listed = "; ".join(f"{field} {reason}" for field, reason in errors.items())
        raise ValidationError(f"The shop was not saved: {listed}.", fields=errors)
    return cleaned


def _check_name_free(name: str, exclude_id: int | None = None) -> None:
    query = Shop.select(Shop.id).where(
        peewee.fn.LOWER(Shop.name) == name.lower(), Shop.archived_at.is_null()
    )
    if exclude_id is not None:
        query = query.where(Shop.id != exclude_id)
    other = query.first()
    if other is not None:
        raise ConflictError(
            f"A shop named {name!r} already exists (id {other.id}); give this one another name "
            "(for example add the street or district).",
            code="shop_name_taken",
            params={"name": name},
            details={"fields": {"name": "already used by another shop"}, "shopId": other.id},
        )


def get_shop(shop_id: int) -> Shop:
    shop = Shop.get_or_none(Shop.id == shop_id)
    if shop is None:
        raise NotFoundError(f"Shop {shop_id} does not exist.", code="shop_not_found")
    return shop


def find_shop(ref: str) -> Shop:
    """A shop by id, legacy id or exact name (case-insensitive), for the command line."""
    text = ref.strip()
    shop: Shop | None = None
    number = ascii_int(text, 1)
    if number is not None:
        shop = Shop.get_or_none(Shop.id == number)
    if shop is None:
        shop = Shop.get_or_none(Shop.legacy_id == text)
    if shop is None:
        matches = list(
            Shop.select().where(peewee.fn.LOWER(Shop.name) == text.lower()).order_by(
                Shop.archived_at.is_null(False), Shop.id
            ).limit(2)
        )
        if len(matches) > 1 and matches[1].archived_at is None:
            raise ConflictError(
                f"More than one shop is named {text!r}; give the shop's id instead.",
                code="shop_ambiguous",
            )
        shop = matches[0] if matches else None
    if shop is None:
        raise NotFoundError(
            f"No shop with id or name {text!r}. List the shops with: simdesk shops list.",
            code="shop_not_found",
        )
    return shop


def create_shop(data: Mapping[str, Any]) -> Shop:
    fields = clean_shop_fields(data, partial=False)
    fields.setdefault("status", SHOP_ACTIVE)
    now = utcnow()
    with write_tx():
        _check_name_free(fields["name"])
        return Shop.create(**fields, added_date=now, updated_at=now)


def update_shop(shop_id: int, changes: Mapping[str, Any]) -> Shop:
    fields = clean_shop_fields(changes, partial=True)
    with write_tx():
        shop = get_shop(shop_id)
        if "name" in fields and shop.archived_at is None:
            _check_name_free(fields["name"], exclude_id=shop.id)
        for key, value in fields.items():
            setattr(shop, key, value)
        shop.updated_at = utcnow()
        shop.save()
        return shop


@dataclass(frozen=True)
class CardCounts:
    assigned: int
    sold: int

    @property
    def total(self) -> int:
        return self.assigned + self.sold


def card_counts(shop_id: int) -> CardCounts:
    assigned = peewee.fn.SUM(peewee.Case(None, [(SimCard.status == CARD_ASSIGNED, 1)], 0))
    sold = peewee.fn.SUM(peewee.Case(None, [(SimCard.status == CARD_SOLD, 1)], 0))
    row = SimCard.select(assigned, sold).where(SimCard.shop == shop_id).tuples().get()
    return CardCounts(int(row[0] or 0), int(row[1] or 0))


def archive_shop(shop_id: int) -> Shop:
    """Archive a shop that no longer takes cards.  Its sold cards stay with it."""
    with write_tx():
        shop = get_shop(shop_id)
        if shop.archived_at is not None:
            return shop
        counts = card_counts(shop.id)
        if counts.assigned:
            raise ConflictError(
                f"Shop {shop.name!r} still holds {counts.assigned} unsold card(s). Return them "
                "to stock or move them to another shop, then archive it.",
                code="shop_has_unsold_cards",
                details={"assigned": counts.assigned},
            )
        shop.archived_at = utcnow()
        shop.updated_at = shop.archived_at
        shop.save()
        return shop


def unarchive_shop(shop_id: int) -> Shop:
    with write_tx():
        shop = get_shop(shop_id)
        if shop.archived_at is None:
            return shop
        _check_name_free(shop.name, exclude_id=shop.id)
        shop.archived_at = None
        shop.updated_at = utcnow()
        shop.save()
        return shop


def delete_shop(shop_id: int) -> None:
    """Delete a shop that never held a card.  A shop that holds cards, or ever held one (the
    status log names it), can only be archived: its sales and its history keep its name."""
    with write_tx():
        problem = deletion_problem(shop_id)
        if problem is not None:
            raise problem
        get_shop(shop_id).delete_instance()


def deletion_problem(shop_id: int) -> ConflictError | None:
    """Why the shop cannot be deleted (``shop_has_cards`` or ``shop_has_history``, with the
    counts in ``details``), or None: what :func:`delete_shop` would refuse, so that the
    window can say so before asking "cannot be undone"."""
    shop = get_shop(shop_id)
    counts = card_counts(shop.id)
    if counts.total:
        parts = []
        if counts.assigned:
            parts.append(f"{counts.assigned} unsold card(s)")
        if counts.sold:
            parts.append(f"{counts.sold} sold card(s)")
        advice = []
        if counts.assigned:
            advice.append("return the unsold cards to stock or move them to another shop")
        advice.append("a shop that held cards cannot be deleted (its history stays on "
                      "record): archive it instead")
        return ConflictError(
            f"Shop {shop.name!r} still holds {' and '.join(parts)}; "
            + "; ".join(advice) + ".",
            code="shop_has_cards",
            details={"assigned": counts.assigned, "sold": counts.sold},
        )
    history = StatusCheck.select().where(StatusCheck.shop == shop.id).count()
    if history:
        # Deleting would blank the shop in those rows (ON DELETE SET NULL).
        return ConflictError(
            f"Shop {shop.name!r} has held cards: {history} entr"
            f"{'y' if history == 1 else 'ies'} of the status log name it. A shop with a "
            "history cannot be deleted, so that the history keeps its shop; archive it "
            "instead (it disappears from the lists and can be brought back).",
            code="shop_has_history", details={"history": history},
        )
    return None


@dataclass(frozen=True)
class ShopFilter:
    q: str | None = None  # name, owner, phone or address contains
    region: str | None = None
    status: str | None = None
    include_archived: bool = False
    archived_only: bool = False


SHOP_SORTS: Final = {
    "name": Shop.name,
    "region": Shop.region,
    "addedDate": Shop.added_date,
    "added_date": Shop.added_date,
    "id": Shop.id,
}


def shop_query(flt: ShopFilter | None = None, *, sort: str = "name") -> peewee.ModelSelect:
    flt = flt or ShopFilter()
    query = Shop.select()
    if flt.archived_only:
        query = query.where(Shop.archived_at.is_null(False))
    elif not flt.include_archived:
        query = query.where(Shop.archived_at.is_null())
    if flt.region:
        query = query.where(Shop.region == canonical_region(flt.region))
    if flt.status:
        if flt.status not in SHOP_STATUSES:
            raise ValidationError.for_field(
                "status", f"must be one of: {', '.join(SHOP_STATUSES)}"
            )
        query = query.where(Shop.status == flt.status)
    if flt.q:
        like = f"%{flt.q.strip()}%"
        query = query.where(
            Shop.name ** like | Shop.owner_name ** like | Shop.owner_phone ** like
            | Shop.address ** like
        )
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    if key not in SHOP_SORTS:
        raise ValidationError.for_field(
            "sort", f"must be one of: {', '.join(SHOP_SORTS)} (prefix - for descending)"
        )
    column = SHOP_SORTS[key]
    return query.order_by(column.desc() if descending else column, Shop.id)


def shop_id_of(ref: str | int) -> int:
    """The id of a shop given as an id (``"12"``) or an old server's UUID."""
    if isinstance(ref, int) and not isinstance(ref, bool):
        if not 0 < ref < MAX_ID:
            raise NotFoundError(f"Shop {ref} does not exist.", code="shop_not_found")
        return ref
    text = str(ref)
    number = ascii_int(text, 1)  # "²", " 1", "-1", 2**63: no id, perhaps an old server's
    if number is not None:
        return number
    row = Shop.select(Shop.id).where(Shop.legacy_id == text).first()
    if row is None:
        raise NotFoundError(f"Shop {text!r} does not exist.", code="shop_not_found")
    return int(row.id)
