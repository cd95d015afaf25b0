"""Every fault class of a status source, against a real loopback server: no card is ever
wrongly sold, and every check that reached the source ends as one log row with its error
(retries counted in it), so the requests the source saw reconcile with the log."""

from __future__ import annotations

import re

import pytest

from simdesk.checking.engine import CheckEngine
from simdesk.checking.fake_operator import FAULT_KINDS, FakeOperator, Fault
from simdesk.domain import settings
from simdesk.storage.models import SimCard, StatusCheck
from tests.helpers import add_cards

CARDS = 6


def attempts_of(row: StatusCheck) -> int:
    """How many requests a logged check sent (its error or its details say so)."""
    for text in (row.error or "", row.details or ""):
        found = re.search(r"after (\d+) attempts|(\d+) requests to the source", text)
        if found:
            return int(found.group(1) or found.group(2))
    return 1


@pytest.mark.parametrize("kind", FAULT_KINDS)
def test_a_faulty_source_sells_nothing_and_every_request_is_logged(db, kind):
    # Every answer the source would give if it worked is "sold": any slip would show.
    with FakeOperator(sold_share=1.0, faults={"*": Fault(kind, retry_after=0.2)},
                      hang_seconds=30, trickle_interval=0.5) as op:
        ids = add_cards(CARDS)
        settings.set_many({"status_source.url": op.url, "checks.deadline_seconds": 2.0,
                           "checks.concurrency": 3, "checks.stop_after_failures": 1000})
        engine = CheckEngine()
        try:
            summary = engine.run_auto_check(source="check")
        finally:
            engine.shutdown()
        assert summary.state == "done"
        assert SimCard.select().where(SimCard.status == "sold").count() == 0
        rows = list(StatusCheck.select().where(StatusCheck.run_id == summary.run_id))
        assert sorted(r.simcard_id for r in rows) == sorted(ids)
        assert all(r.error and not r.changed for r in rows), [r.error for r in rows]
        assert sum(attempts_of(r) for r in rows) == op.requests
