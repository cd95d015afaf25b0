"""Writes schema_v3.sql: a database made by the first released simdesk (schema version 3).

Run the *old* code, from a checkout of commit 40bdb5d, and dump what it wrote::

    git worktree add /tmp/simdesk-v3 40bdb5d
    PYTHONPATH=/tmp/simdesk-v3 .venv/bin/python tests/data/make_schema_v3.py \
        tests/data/schema_v3.sql
    git worktree remove /tmp/simdesk-v3

Only the released code's own functions write rows here, so the fixture holds what a real
office's database of that version holds.  tests/test_migrations.py upgrades it.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import simdesk
from simdesk.checking import runs
from simdesk.domain import checks, settings, shops, simcards, users
from simdesk.storage import migrations
from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import DB_FILENAME


def _iccid(n: int) -> str:
    body = "8999801" + str(n).zfill(11)
    digits = [int(d) for d in reversed(body)]
    total = sum(d if i % 2 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return body + str((10 - total % 10) % 10)


CODES = [_iccid(n) for n in range(1, 7)]


def build(folder: Path) -> None:
    open_database(folder)
    assert migrations.LATEST_VERSION == 3, "run this with commit 40bdb5d on PYTHONPATH"
    chorsu = shops.create_shop({"name": "Chorsu", "owner_name": "Alisher", "owner_phone":
                                "90 123 45 67", "region": "toshkent shahri",
                                "address": "Chorsu bozori 1"})
    shops.create_shop({"name": "Baraka", "region": "samarqand"})
    added = simcards.bulk_add(simcards.entries_from_codes(CODES), source="import")
    assert len(added.created) == len(CODES)
    moved = simcards.assign_cards(chorsu.id, count=3, source="gui", actor="boss")
    sold = moved.changed[0].id
    simcards.mark_sold([sold], sale_date=datetime(2024, 5, 2, 13, 0), source="report")
    admin = users.add_user("boss", "Str0ng-Passw0rd", "admin")
    users.add_user("kassir", "Kassa-Parol-2024", "viewer")
    users.issue_token(admin, client="pytest")
    settings.set_value("checks.concurrency", 6)
    checked = checks.record_check(
        moved.changed[1].id,
        checks.CheckAnswer(external_status="inactive", is_sold=False,
                           raw_response='{"status": "inactive"}', duration_ms=42),
        source="check", run_id="run-v3",
    )
    runs.store_run(runs.RunSummary(
        run_id="run-v3", kind="manual", state=runs.DONE, reason=None,
        started_at=datetime(2024, 5, 3, 9, 0), finished_at=datetime(2024, 5, 3, 9, 1),
        total=1, checked=1, changed=int(checked.changed), errors=0, source="check",
        actor="boss",
    ))
    close_database()


def main() -> None:
    target = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build(folder)
        conn = sqlite3.connect(folder / DB_FILENAME)
        try:
            lines = list(conn.iterdump())
        finally:
            conn.close()
    header = (f"-- A simdesk database of schema version 3, written by simdesk {simdesk.__version__}"
              " at commit 40bdb5d;\n-- made by tests/data/make_schema_v3.py (see there).\n")
    target.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
