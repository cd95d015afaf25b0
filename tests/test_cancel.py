"""Cancel on the long jobs that are not selections: imports (bulk add), backups and
restores, and how the job runner reports a job that finished despite a late Cancel."""

from __future__ import annotations

import pytest

from simdesk.domain import simcards
from simdesk.jobs import Cancelled
from simdesk.storage.backup import backup_database, restore_database
from simdesk.storage.models import SimCard
from tests.helpers import pack


def test_a_cancelled_bulk_add_writes_nothing(db):
    calls = 0

    def check() -> None:
        nonlocal calls
        calls += 1
        if calls == 2:  # Cancel pressed while the cards were being written
            raise Cancelled()

    with pytest.raises(Cancelled):
        simcards.bulk_add(simcards.entries_from_codes(pack(300)), source="gui", check=check)
    assert SimCard.select().count() == 0


def test_a_job_that_finished_despite_a_late_cancel_is_reported_done():
    """A backup or an import that finished before it could stop is not called cancelled
    (its result was thrown away and the window said nothing had happened)."""
    import threading

    from simdesk.jobs import CANCELLED, DONE, JobRunner

    runner = JobRunner()
    go_on = threading.Event()

    def work(control) -> str:
        go_on.wait(5)
        return "written"

    job = runner.start(work, name="backup")
    job.cancel()
    go_on.set()
    assert job.wait(5)
    assert job.state == DONE and job.result == "written"

    def stops(control) -> None:
        control.stop_event.wait(5)
        control.check()

    job = runner.start(stops, name="export")
    job.cancel()
    assert job.wait(5) and job.state == CANCELLED
    runner.close()


def test_a_cancelled_backup_leaves_nothing(db, data_dir, tmp_path):
    simcards.bulk_add(simcards.entries_from_codes(pack(50)), source="cli")
    out = tmp_path / "out"
    out.mkdir()

    def cancel() -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        backup_database(out / "copy.sqlite", data_dir=data_dir, check=cancel)
    assert list(out.iterdir()) == []
    assert backup_database(out / "copy.sqlite", data_dir=data_dir).exists()


def test_a_restore_cancelled_after_its_safety_backup_changes_nothing(db, data_dir, tmp_path):
    simcards.bulk_add(simcards.entries_from_codes(pack(5)), source="cli")
    saved = backup_database(tmp_path / "five.sqlite", data_dir=data_dir)
    simcards.bulk_add(simcards.entries_from_codes(pack(5, 100)), source="cli")
    calls = 0

    def check() -> None:
        nonlocal calls
        calls += 1
        if calls == 2:  # after the safety backup, before the copy into the database
            raise Cancelled()

    with pytest.raises(Cancelled):
        restore_database(saved, data_dir=data_dir, check=check)
    assert SimCard.select().count() == 10
    report = restore_database(saved, data_dir=data_dir)
    assert report.safety_backup.exists() and SimCard.select().count() == 5
