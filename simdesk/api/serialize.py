"""Rows and models → the JSON shapes the web app reads (camelCase keys, string ids, local
times)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Final

import orjson

from simdesk.domain.logs import CheckRow
from simdesk.domain.simcards import CardListRow
from simdesk.storage.models import Shop, SimCard, User
from simdesk.timeutil import local_offset

# Local minute text by UTC minute text, for the current UTC offset in seconds
# (LocalTime.text); emptied when full (MINUTES_KEPT: about 3 MiB) or when the offset
# changes.  Plain dict reads and writes: safe between threads.
_MINUTES: dict[int, dict[str, str]] = {}
MINUTES_KEPT: Final = 20_000


class LocalTime:
    """Formats naive-UTC timestamps as local ISO 8601 with the offset, fast enough for
    100,000 rows (one offset for the whole response)."""

    def __init__(self) -> None:
        self.offset = local_offset()
        total = int(self.offset.total_seconds() // 60)
        sign = "+" if total >= 0 else "-"
        self.suffix = f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
        # Local "YYYY-MM-DDTHH:MM" of each UTC minute met (see text): an offset of whole
        # minutes moves the minute and leaves the seconds as they are.  Shared by every
        # answer with this offset (the minutes of a page were mostly met before).
        seconds = int(self.offset.total_seconds())
        minutes = _MINUTES.get(seconds)
        if minutes is None and seconds % 60 == 0:
            _MINUTES.clear()  # the zone's offset changed: the old minutes are not needed
            minutes = _MINUTES.setdefault(seconds, {})
        self._minutes: dict[str, str] | None = minutes

    def __call__(self, value: datetime | str | None) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return (value + self.offset).replace(microsecond=0).isoformat() + self.suffix


    def memo(self) -> dict[str | None, str | None]:
        """A dict from stored time text (or None) to :meth:`text`'s answer, filled as it is
        read: for the many rows of one answer."""
        return _TextMemo(self)

    def text(self, value: str | None) -> str | None:
        """The same as calling it, for stored naive-UTC text ``YYYY-MM-DD HH:MM:SS[.f]``
        (``storage.rows.timestamp_text``), about 10x cheaper: the local minute is worked
        out once per distinct minute, the seconds are copied and the fraction dropped."""
        if value is None:
            return None
        minutes = self._minutes
        if (minutes is None or len(value) < 19 or value[16] != ":"
                or (len(value) > 19 and value[19] != ".")):
            return self(value)  # another form (or offset): the full way
        key = value[:16]
        head = minutes.get(key)
        if head is None:
            head = (datetime.fromisoformat(key) + self.offset).isoformat()[:16]
            if len(minutes) >= MINUTES_KEPT:
                minutes.clear()
            minutes[key] = head
        return head + value[16:19] + self.suffix


class _TextMemo(dict[str | None, str | None]):
    """Stored time text → local text, for one answer: a repeated value (a bulk add's
    cards share their added date) costs one dict lookup; None stays None."""

    LIMIT = 50_000  # distinct values kept (a million distinct check times: not all kept)

    def __init__(self, clock: LocalTime) -> None:
        super().__init__({None: None})
        self.clock = clock

    def __missing__(self, key: str | None) -> str | None:
        value = self.clock.text(key)
        if len(self) >= self.LIMIT:
            self.clear()
            self[None] = None
        self[key] = value
        return value


def sid(value: int | None) -> str | None:
    return None if value is None else str(value)


def shop_json(shop: Shop, card_ids: Iterable[int] = (), clock: LocalTime | None = None
              ) -> dict[str, Any]:
    t = clock or LocalTime()
    return {
        "id": str(shop.id),
        "name": shop.name,
        "ownerName": shop.owner_name,
        "ownerPhone": shop.owner_phone,
        "address": shop.address,
        "region": shop.region,
        "status": shop.status,
        "latitude": shop.latitude,
        "longitude": shop.longitude,
        "assignedSimCards": [str(i) for i in card_ids],
        "addedDate": t(shop.added_date),
        "updatedAt": t(shop.updated_at),
        "notes": shop.notes,
        "archived": shop.archived_at is not None,
        "archivedAt": t(shop.archived_at),
    }


_NO_IDS: Final = orjson.Fragment(b"[]")


def held_ids_json(held: str | None) -> orjson.Fragment:
    """``"3,17,42"`` (``simcards.held_ids_column``: digits and commas only) as the JSON
    array of texts ``["3","17","42"]``, written as it is into the answer by orjson — no
    list of 2,000 strings made and encoded again per request."""
    if not held:
        return _NO_IDS
    return orjson.Fragment(('["' + held.replace(",", '","') + '"]').encode("ascii"))


def shop_text_json(row: Sequence[Any], t: LocalTime) -> dict[str, Any]:
    """A row of ``simcards.shop_text_rows`` (ids already text) as the web app's shop."""
    (shop_id, name, owner_name, owner_phone, address, region, status, latitude, longitude,
     held, added, updated, notes, archived_at) = row
    return {
        "id": shop_id,
        "name": name,
        "ownerName": owner_name,
        "ownerPhone": owner_phone,
        "address": address,
        "region": region,
        "status": status,
        "latitude": latitude,
        "longitude": longitude,
        "assignedSimCards": held_ids_json(held),
        "addedDate": t.text(added),
        "updatedAt": t.text(updated),
        "notes": notes,
        "archived": archived_at is not None,
        "archivedAt": t.text(archived_at),
    }


def card_text_dicts(rows: Iterable[Sequence[Any]], t: LocalTime,
                    memo: dict[str | None, str | None] | None = None) -> list[dict[str, Any]]:
    """Rows of ``simcards.card_text_rows`` as the web app's cards (the keys of
    ``card_row_json``, in its order).  ``memo`` (:meth:`LocalTime.memo`) may be shared by
    the batches of one answer."""
    local = (memo if memo is not None else t.memo()).__getitem__
    return [
        {"id": card_id, "code": code, "status": status, "assignedTo": shop_id,
         "assignedShopName": shop_name, "addedDate": local(added), "saleDate": local(sold),
         "lastChecked": local(checked), "externalStatus": external, "phone": phone,
         "operator": operator, "assignedAt": local(assigned), "notes": notes}
        for (card_id, code, status, shop_id, shop_name, added, sold, checked, external, phone,
             operator, assigned, notes) in rows
    ]


def card_row_json(row: CardListRow, t: LocalTime) -> dict[str, Any]:
    """A card of a list (``simcards.card_list_rows``) as the web app's card."""
    shop_id = row.shop_id
    return {
        "id": str(row.id),
        "code": row.code,
        "status": row.status,
        "assignedTo": None if shop_id is None else str(shop_id),
        "assignedShopName": row.shop_name,
        "addedDate": t(row.added_date),
        "saleDate": t(row.sale_date),
        "lastChecked": t(row.last_checked),
        "externalStatus": row.external_status,
        "phone": row.phone,
        "operator": row.operator,
        "assignedAt": t(row.assigned_at),
        "notes": row.notes,
    }


def card_json(card: SimCard, clock: LocalTime | None = None) -> dict[str, Any]:
    shop_name = card.shop.name if card.shop_id is not None else None
    return card_row_json(
        CardListRow(
            id=card.id, code=card.code, status=card.status, shop_id=card.shop_id,
            shop_name=shop_name, added_date=card.added_date, sale_date=card.sale_date,
            last_checked=card.last_checked, external_status=card.external_status,
            phone=card.phone, operator=card.operator, assigned_at=card.assigned_at,
            notes=card.notes,
        ),
        clock or LocalTime(),
    )


def user_json(user: User, clock: LocalTime | None = None) -> dict[str, Any]:
    t = clock or LocalTime()
    return {
        "id": str(user.id),
        "username": user.username,
        "role": user.role,
        "active": bool(user.is_active),
        "mustChangePassword": bool(user.must_change_password),
        "lastLoginAt": t(user.last_login_at),
    }


def status_change_json(row: CheckRow, t: LocalTime) -> dict[str, Any]:
    """The seed's /logs/status-changes shape (snake_case, as it was)."""
    return {
        "id": str(row.id),
        "simcard_id": sid(row.simcard_id),
        "simcard_code": row.simcard_code,
        "old_status": row.old_status,
        "new_status": row.new_status,
        "source": row.source,
        "timestamp": t(row.checked_at),
        "details": row.details,
    }


def check_json(row: CheckRow, t: LocalTime) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "checkedAt": t(row.checked_at),
        "simcardId": sid(row.simcard_id),
        "simcardCode": row.simcard_code,
        "shopId": sid(row.shop_id),
        "source": row.source,
        "kind": row.kind,
        "oldStatus": row.old_status,
        "newStatus": row.new_status,
        "changed": bool(row.changed),
        "externalStatus": row.external_status,
        "durationMs": row.duration_ms,
        "error": row.error,
        "actor": row.actor,
        "runId": row.run_id,
        "details": row.details,
    }


