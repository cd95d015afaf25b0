"""The engine's runs, the schedule and the webhook, against the fake operator over real
loopback HTTP."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from simdesk.checking.engine import CheckEngine
from simdesk.checking.fake_operator import FakeOperator
from simdesk.checking.notify import WebhookNotifier
from simdesk.checking.runs import INTERRUPTED_REASON, EngineEvent, RunSummary, store_run
from simdesk.checking.schedule import SCHEDULE_ACTOR, AutoCheckScheduler
from simdesk.domain import settings, simcards
from simdesk.errors import NotFoundError
from simdesk.storage.models import CheckRun, SimCard, StatusCheck
from simdesk.timeutil import utcnow
from tests.helpers import add_cards


@pytest.fixture
def engine() -> Iterator[CheckEngine]:
    eng = CheckEngine(notifier=WebhookNotifier(pause_s=0.05, deadline_s=2.0))
    try:
        yield eng
    finally:
        eng.shutdown()


def code_of(card_id: int) -> str:
    return SimCard.get_by_id(card_id).code


def configure(url: str, **extra: object) -> None:
    values: dict[str, object] = {"status_source.url": url, "checks.deadline_seconds": 1.0}
    values.update({k.replace("__", "."): v for k, v in extra.items()})
    settings.set_many(values)


def check_rows(run_id: str | None = None) -> int:
    query = StatusCheck.select().where(StatusCheck.kind == "check")
    if run_id:
        query = query.where(StatusCheck.run_id == run_id)
    return query.count()


def wait_for(predicate: Any, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, "condition not reached in time"
        time.sleep(0.01)


def tick_log(sched: AutoCheckScheduler) -> list[float]:
    """When each finished tick of ``sched`` began: the positive sign that it has read the
    settings again (instead of a pause that hopes it did)."""
    began: list[float] = []
    tick = sched.tick

    def logged(now: Any = None) -> float:
        start = time.monotonic()
        delay = tick(now)
        began.append(start)
        return delay

    sched.tick = logged  # type: ignore[method-assign]
    return began


def test_auto_check_asks_only_about_assigned_cards(db, op, engine):
    assigned = add_cards(5)
    available = add_cards(2, 100, assigned=False)
    sold = add_cards(1, 200)
    simcards.mark_sold(sold, source="cli")
    op.set_answer(code_of(assigned[0]), "sold")
    configure(op.url)
    events: list[EngineEvent] = []
    engine.add_listener(events.append)
    summary = engine.run_auto_check(source="check", actor="tester")
    assert (summary.state, summary.total, summary.checked, summary.changed) == ("done", 5, 5, 1)
    assert summary.newly_sold[0].simcard_id == assigned[0]
    assert summary.newly_sold[0].shop_name == "Shop 0"
    assert set(op.by_code) == {code_of(i) for i in assigned}
    assert check_rows(summary.run_id) == 5  # every check writes one row
    assert all(code_of(i) not in op.by_code for i in available + sold)
    types = [e.type for e in events]
    assert types[0] == "started" and types[-1] == "finished" and "progress" in types
    assert events[-1].summary is not None and len(events[-1].newly_sold) == 1


def test_manual_selection_skips_sold_and_checks_available(db, op, engine):
    available = add_cards(1, assigned=False)[0]
    sold = add_cards(1, 10)[0]
    simcards.mark_sold([sold], source="cli")
    op.set_answer(code_of(available), "sold")
    configure(op.url)
    summary = engine.check_now([available, sold, 424242], source="gui")
    by_id = {r.simcard_id: r for r in summary.results}
    assert summary.kind == "manual" and summary.total == 3
    assert by_id[available].changed and SimCard.get_by_id(available).status == "sold"
    assert by_id[sold].skipped and not by_id[sold].changed and code_of(sold) not in op.by_code
    assert by_id[424242].error == "no such card"
    with pytest.raises(NotFoundError):
        engine.check_now([424242], source="gui")


def test_stops_early_when_the_source_is_down(db, op, engine):
    ids = add_cards(60)
    op.set_fault("*", "500")
    configure(op.url, checks__stop_after_failures=5, checks__concurrency=2)
    summary = engine.run_auto_check(source="check")
    assert summary.state == "stopped" and "seems down" in summary.reason
    assert "5 checks in a row failed" in summary.reason or "checks in a row" in summary.reason
    assert "were not checked" in summary.reason
    assert summary.checked < 10 and check_rows() == summary.checked
    assert all(SimCard.get_by_id(i).status == "assigned" for i in ids)


def test_source_down_connection_refused(db, engine):
    add_cards(30)
    server = FakeOperator().start()
    url = server.url
    server.stop()  # nothing listens there any more
    configure(url, checks__stop_after_failures=3, checks__concurrency=1,
              checks__deadline_seconds=0.5)
    summary = engine.run_auto_check(source="check")
    assert summary.state == "stopped" and "connection refused" in summary.reason


def test_cancel_cuts_off_calls_in_flight(db, engine):
    with FakeOperator(latency=60.0) as slow:
        add_cards(20)
        configure(slow.url, checks__deadline_seconds=60, checks__concurrency=2)
        started = engine.start_run(source="check")
        assert started.state == "running"
        wait_for(lambda: slow.requests >= 2)
        t0 = time.monotonic()
        assert engine.cancel(started.run_id)
        final = engine.wait(started.run_id, timeout=30)
        # Cut off at once (milliseconds), not after the 60 s answer: loose for a busy machine.
        assert time.monotonic() - t0 < 10.0
        assert final.state == "cancelled" and "cancelled" in final.reason
        # The two calls in flight reached the source: each ends as a log row, cut off.
        assert "18 of 20 card(s) were not checked" in final.reason
        assert not engine.cancel(started.run_id)
        assert CheckRun.get(CheckRun.run_id == started.run_id).state == "cancelled"
        rows = list(StatusCheck.select().where(StatusCheck.run_id == started.run_id))
        assert len(rows) == slow.requests == 2
        assert all(r.error.startswith("cut off: cancelled") and not r.changed for r in rows)
        assert SimCard.select().where(SimCard.last_checked.is_null(False)).count() == 0


def test_second_auto_check_joins_the_running_one(db, engine):
    with FakeOperator(latency=0.2) as slow:
        add_cards(4)
        configure(slow.url)
        first = engine.start_run(source="check")
        second = engine.start_run(source="api")
        assert second.run_id == first.run_id
        assert engine.active_run() is not None
        done = engine.run_auto_check(source="api")
        assert done.run_id == first.run_id and done.state == "done"
        assert slow.requests == 4 and engine.active_run() is None


def test_manual_and_auto_check_of_one_card_at_once(db, engine):
    with FakeOperator(latency=0.1, sold_share=1.0) as sells:
        card = add_cards(1)[0]
        configure(sells.url)
        results: list[RunSummary] = []
        threads = [
            threading.Thread(target=lambda: results.append(
                engine.check_now([card], source="gui"))),
            threading.Thread(target=lambda: results.append(
                engine.run_auto_check(source="api"))),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sells.by_code[code_of(card)] == 2  # both really asked
        assert SimCard.get_by_id(card).status == "sold"
        rows = list(StatusCheck.select().where(StatusCheck.simcard == card,
                                               StatusCheck.kind == "check"))
        assert len(rows) == 2 and sum(r.changed for r in rows) == 1
        assert sum(len(r.newly_sold) for r in results) == 1


def test_stored_summary_after_restart(db, op, engine):
    ids = add_cards(3)
    op.set_answer(code_of(ids[1]), "sold")
    configure(op.url)
    summary = engine.run_auto_check(source="check")
    fresh = CheckEngine()
    stored = fresh.get_run(summary.run_id)
    assert stored is not None and stored.state == "done" and stored.checked == 3
    assert [n.code for n in stored.newly_sold] == [code_of(ids[1])]
    assert stored.newly_sold[0].shop_name == "Shop 0" and len(stored.results) == 3
    assert fresh.get_run("nope") is None
    store_run(RunSummary("crashed", "auto", "running", None, utcnow(), None, 9, 1, 0, 0))
    interrupted = fresh.get_run("crashed")
    assert interrupted is not None and interrupted.state == "failed"
    assert interrupted.reason == INTERRUPTED_REASON


def test_broken_listener_does_not_break_the_run(db, op, engine):
    add_cards(2)
    configure(op.url)

    def broken(event: EngineEvent) -> None:
        raise RuntimeError("listener bug")

    engine.add_listener(broken)
    assert engine.run_auto_check(source="check").state == "done"


def test_shutdown_ends_running_checks(db):
    eng = CheckEngine()
    with FakeOperator(faults={"*": "timeout"}, hang_seconds=60) as hang:
        add_cards(4)
        configure(hang.url, checks__deadline_seconds=120)
        run = eng.start_run(source="check")
        wait_for(lambda: hang.requests >= 4)
        t0 = time.monotonic()
        eng.shutdown(timeout=30.0)
        # Calls in flight are cut off (milliseconds); waiting for them would take the whole
        # 30 s.  Loose for a busy machine.
        assert time.monotonic() - t0 < 10.0
        final = eng.get_run(run.run_id)
        assert final is not None and final.state == "cancelled"
        # Every request that reached the source ends as a log row, cut off with its reason.
        assert check_rows() == hang.requests == 4
        errors = [r.error for r in StatusCheck.select().where(StatusCheck.kind == "check")]
        assert all(e.startswith("cut off: cancelled: the program is closing") for e in errors)


# ------------------------------------------------------------------ webhook


class _Receiver:
    def __init__(self, fail_first: int) -> None:
        self.fail_first = fail_first
        self.bodies: list[dict[str, Any]] = []
        self.calls = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.calls += 1
                status = 500 if receiver.calls <= receiver.fail_first else 200
                if status == 200:
                    receiver.bodies.append(json.loads(body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook?token=abc"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_webhook_gets_newly_sold_cards_with_retry(db, op, engine):
    ids = add_cards(3)
    op.set_answer(code_of(ids[0]), "sold")
    op.set_answer(code_of(ids[2]), "sold")
    receiver = _Receiver(fail_first=1)
    try:
        configure(op.url, notify__webhook_url=receiver.url)
        summary = engine.run_auto_check(source="check")
        wait_for(lambda: engine.notifier.delivered == 1)
        assert receiver.calls == 2  # the first answer was a 500: retried
        body = receiver.bodies[0]
        assert body["runId"] == summary.run_id and body["count"] == 2
        assert {c["code"] for c in body["cards"]} == {code_of(ids[0]), code_of(ids[2])}
        assert body["cards"][0]["shopName"] == "Shop 0" and "sold" in body["text"]
    finally:
        receiver.close()


def test_no_webhook_call_without_newly_sold(db, op, engine):
    add_cards(2)
    receiver = _Receiver(fail_first=0)
    try:
        configure(op.url, notify__webhook_url=receiver.url)
        summary = engine.run_auto_check(source="check")
        # Instead of a pause: the run's job has ended (it hands newly sold cards to the
        # notifier after the run is marked done), then so has every delivery it started.
        assert summary.finished
        for job in engine.jobs.active:
            assert job.wait(10)
        engine.notifier.shutdown(timeout=10)
        assert receiver.calls == 0
        assert engine.notifier.delivered == engine.notifier.failed == 0
    finally:
        receiver.close()


# ------------------------------------------------------------------ schedule


def test_schedule_fires_when_enabled(db, op, engine):
    add_cards(2)
    configure(op.url, auto_check__enabled=True)
    sched = AutoCheckScheduler(engine, interval_seconds=0.2, tick_seconds=0.05)
    ticks = tick_log(sched)
    sched.start()
    try:
        assert sched.running
        wait_for(lambda: sched.fired >= 2, timeout=3)
        seen = time.monotonic()
        wait_for(lambda: ticks[-1] > seen)  # the tick that fired is over: next run set
        assert sched.next_run_at is not None and sched.next_run_at > utcnow()
        last = sched.last_run
        assert last is not None and last.kind == "auto" and last.actor == SCHEDULE_ACTOR
    finally:
        sched.stop()
    assert not sched.running


def test_schedule_skips_while_a_run_is_active(db, engine):
    with FakeOperator(latency=60.0) as slow:  # the run lasts until it is cancelled below
        add_cards(1)
        configure(slow.url, auto_check__enabled=True, checks__deadline_seconds=60)
        sched = AutoCheckScheduler(engine, interval_seconds=0.1, tick_seconds=0.02)
        sched.start()
        try:
            wait_for(lambda: sched.skipped >= 2, timeout=10)
            assert sched.fired == 1
        finally:
            sched.stop()
        assert engine.cancel(sched.last_run.run_id)  # type: ignore[union-attr]
        engine.wait(sched.last_run.run_id, timeout=30)  # type: ignore[union-attr]
        assert slow.max_in_flight == 1  # runs never overlapped
        assert CheckRun.select().count() == 1


def test_schedule_stays_off_when_disabled(db, op, engine):
    add_cards(1)
    configure(op.url)  # auto_check.enabled defaults to false
    sched = AutoCheckScheduler(engine, interval_seconds=0.05, tick_seconds=0.02)
    ticks = tick_log(sched)
    sched.start()
    try:
        # Ticks that read the settings for six intervals: switched on, it would have fired.
        wait_for(lambda: ticks and ticks[-1] - ticks[0] >= 0.3)
        assert sched.fired == 0 and sched.next_run_at is None and op.requests == 0
        settings.set_value("auto_check.enabled", True)
        wait_for(lambda: sched.fired >= 1, timeout=2)
        settings.set_value("auto_check.enabled", False)
        off = time.monotonic()
        wait_for(lambda: ticks[-1] > off)  # a tick has read the change
        fired = sched.fired
        wait_for(lambda: ticks[-1] - off >= 0.3)
        assert sched.fired == fired and sched.next_run_at is None
    finally:
        sched.stop()
