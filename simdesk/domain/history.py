"""Writing the status log: every status change (and, from the checking engine, every check)
becomes one ``StatusCheck`` row with its source."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from simdesk.storage.models import StatusCheck
from simdesk.timeutil import utcnow

SOURCES: Final = ("gui", "api", "cli", "import", "check", "report", "migration", "seed")
_CHUNK: Final = 500


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
    """Insert one 'change' row per change.  Call inside the transaction that made them."""
    if not changes:
        return
    when = at or utcnow()
    rows = [
        {
            "checked_at": when,
            "simcard": c.simcard_id,
            "simcard_code": c.code,
            "shop": c.shop_id,
            "source": source,
            "kind": "change",
            "old_status": c.old_status,
            "new_status": c.new_status,
            "changed": c.old_status != c.new_status,
            "details": c.details,
            "actor": actor,
            "run_id": run_id,
        }
        for c in changes
    ]
    for start in range(0, len(rows), _CHUNK):
        StatusCheck.insert_many(rows[start : start + _CHUNK]).execute()
