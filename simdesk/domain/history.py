"""Writing the status log: every status change (and, from the checking engine, every check)
becomes one ``StatusCheck`` row with its source."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from simdesk.storage.db import is_sqlite, write_tx
from simdesk.storage.models import StatusCheck
from simdesk.storage.rows import Same, insert_columns, insert_rows
from simdesk.timeutil import utcnow

SOURCES: Final = ("gui", "api", "cli", "import", "check", "report", "migration", "seed")
# The columns log_changes writes, in the order of its row tuples.
_COLUMNS: Final = (StatusCheck.checked_at, StatusCheck.simcard, StatusCheck.simcard_code,
                   StatusCheck.shop, StatusCheck.source, StatusCheck.kind,
                   StatusCheck.old_status, StatusCheck.new_status, StatusCheck.changed,
                   StatusCheck.details, StatusCheck.actor, StatusCheck.run_id)


@dataclass(frozen=True, slots=True)
class Change:
    simcard_id: int | None
    code: str
    shop_id: int | None
    old_status: str | None
    new_status: str | None
    details: str | None = None


def log_changes(
    changes: Sequence[Change],
    *,
    source: str,
    actor: str | None = None,
    at: datetime | None = None,
    run_id: str | None = None,
) -> None:
    """Insert one 'change' row per change.  Call inside the transaction that made them.

    Plain multi-row INSERTs (``insert_rows``): building them through Peewee's query builder
    took six seconds for the 100,000 rows of a bulk add into a shop, all of it while holding
    the database's write lock (now a tenth of that)."""
    if not changes:
        return
    when = at or utcnow()
    # SQLite stores Peewee's DateTimeField as ISO text: format once, not per row.
    stamp: object = when.isoformat(" ") if is_sqlite() else when
    rows = [
        (stamp, c.simcard_id, c.code, c.shop_id, source, "change", c.old_status, c.new_status,
         c.old_status != c.new_status, c.details, actor, run_id)
        for c in changes
    ]
    with write_tx():  # a savepoint in the caller's transaction
        insert_rows(StatusCheck, _COLUMNS, rows)


def log_same_change(
    ids: Sequence[int],
    codes: Sequence[str],
    *,
    shop_id: int | None,
    old_status: str | None,
    new_status: str | None,
    details: str | None,
    source: str,
    actor: str | None = None,
    at: datetime | None = None,
) -> None:
    """:func:`log_changes` for cards (``ids`` and their ``codes``, in the same order) that
    all made the same change — the cards of a bulk add into a shop: the values go by column
    (``insert_columns``), with no ``Change`` or row tuple per card."""
    if not ids:
        return
    when = at or utcnow()
    stamp: object = when.isoformat(" ") if is_sqlite() else when
    columns = [(StatusCheck.checked_at, Same(stamp)), (StatusCheck.simcard, ids),
               (StatusCheck.simcard_code, codes), (StatusCheck.shop, Same(shop_id)),
               (StatusCheck.source, Same(source)), (StatusCheck.kind, Same("change")),
               (StatusCheck.old_status, Same(old_status)),
               (StatusCheck.new_status, Same(new_status)),
               (StatusCheck.changed, Same(old_status != new_status)),
               (StatusCheck.details, Same(details)), (StatusCheck.actor, Same(actor)),
               (StatusCheck.run_id, Same(None))]
    with write_tx():  # a savepoint in the caller's transaction
        insert_columns(StatusCheck, columns, len(ids))
