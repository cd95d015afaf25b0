"""Status sources and HTTP behaviour against the fake operator over real loopback HTTP:
faults, deadline, retries, rate limit, the generic JSON source and its secrets."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import pytest

from simdesk.checking.engine import CheckEngine
from simdesk.checking.fake_operator import FakeOperator, Fault, sale_date_of
from simdesk.checking.http import make_session
from simdesk.checking.sources import CardInfo, SourceConfig, build_source
from simdesk.domain import settings, shops, simcards
from simdesk.errors import ConfigurationError
from simdesk.storage.models import SimCard, StatusCheck
from tests.helpers import pack


@pytest.fixture
def engine() -> Iterator[CheckEngine]:
    eng = CheckEngine()
    try:
        yield eng
    finally:
        eng.shutdown()


def assigned_cards(count: int, start: int = 0) -> list[int]:
    shop = shops.create_shop({"name": f"Shop {start}", "region": "Buxoro viloyati"})
    codes = pack(count, start)
    res = simcards.bulk_add(simcards.entries_from_codes(codes), shop_id=shop.id,
                            source="cli")
    return [res.created_ids[c] for c in codes]


def configure(url: str, **extra: object) -> None:
    values: dict[str, object] = {"status_source.url": url, "checks.deadline_seconds": 0.6}
    values.update({k.replace("__", "."): v for k, v in extra.items()})
    settings.set_many(values)


def seed_source():
    return build_source(SourceConfig.from_settings())


def test_pool_sized_to_concurrency():
    session = make_session(16)
    adapter = session.get_adapter("http://127.0.0.1")
    assert adapter._pool_maxsize == 16  # type: ignore[attr-defined]


def test_every_fault_class_is_logged_and_changes_nothing(db, op, engine):
    kinds = ["timeout", "500", "502", "503", "504", "404", "malformed", "trickle", "reset"]
    ids = assigned_cards(len(kinds) + 1)
    codes = [SimCard.get_by_id(i).code for i in ids]
    for code, kind in zip(codes, kinds, strict=False):
        op.set_answer(code, "sold")  # a fault must not let a sale through
        op.set_fault(code, kind)
    op.set_answer(codes[-1], "sold")
    op.set_fault(codes[-1], Fault("429", retry_after=30))
    configure(op.url, checks__stop_after_failures=100)
    op.hang_seconds = 60  # (not the fixture's 5 s): far beyond the bound below
    start = time.monotonic()
    summary = engine.run_auto_check(source="check")
    # The deadline bounds the whole run (about 0.6 s here): without it the hung call would
    # hold it 60 s, the trickle over 100 s and the Retry-After 30 s.  A loose bound, so that
    # a loaded machine cannot break it.
    assert time.monotonic() - start < 20.0
    assert summary.state == "done" and summary.errors == len(ids) and summary.changed == 0
    rows = {r.simcard_code: r for r in StatusCheck.select().where(StatusCheck.kind == "check")}
    assert len(rows) == len(ids)
    for code, kind in zip(codes, [*kinds, "429"], strict=True):
        assert rows[code].error, kind
        assert rows[code].old_status == rows[code].new_status == "assigned", kind
    assert "deadline" in rows[codes[0]].error  # timeout
    assert "HTTP 500" in rows[codes[1]].error
    assert "not valid JSON" in rows[codes[6]].error
    assert "deadline" in rows[codes[7]].error  # trickle
    assert "Retry-After" in rows[codes[-1]].error or "retry after" in rows[codes[-1]].error
    assert all(c.status == "assigned" and c.last_checked is None for c in SimCard.select())


def test_deadline_holds_against_trickle(db, op):
    configure(op.url, checks__deadline_seconds=1.0)
    op.set_fault("*", "trickle")  # one byte a second: requests' own timeout never fires
    start = time.monotonic()
    answer = seed_source().query(CardInfo(1, pack(1)[0]), make_session(1))
    elapsed = time.monotonic() - start
    assert answer.error and "deadline of 1 s" in answer.error
    # Cut off at the deadline, not before, and long before the trickle's 140 s end (load
    # only adds time, so the upper bound is loose).
    assert 0.9 <= elapsed < 10.0


def test_transient_failures_are_retried_inside_the_deadline(db, op):
    configure(op.url, checks__deadline_seconds=3.0)
    code_503, code_reset, code_502 = pack(3)
    op.set_answer(code_503, "sold")
    op.set_fault(code_503, Fault("503", times=2))
    op.set_fault(code_reset, Fault("reset", times=1))
    op.set_fault(code_502, Fault("502", times=1))
    source, session = seed_source(), make_session(1)
    answer = source.query(CardInfo(1, code_503), session)
    assert answer.error is None and answer.is_sold and answer.attempts == 3
    assert source.query(CardInfo(2, code_reset), session).error is None
    assert source.query(CardInfo(3, code_502), session).error is None
    assert op.by_code[code_503] == 3 and op.by_code[code_reset] == 2


def test_retry_after_is_honoured(db, op):
    configure(op.url, checks__deadline_seconds=3.0)
    code = pack(1)[0]
    op.set_fault(code, Fault("429", times=1, retry_after=0.4))
    answer = seed_source().query(CardInfo(1, code), make_session(1))
    assert answer.error is None
    first, second = op.request_times
    assert second - first >= 0.4


@pytest.mark.parametrize("kind", ["500", "404", "malformed"])
def test_permanent_failures_are_not_retried(db, op, kind):
    configure(op.url, checks__deadline_seconds=3.0)
    code = pack(1)[0]
    op.set_fault(code, kind)
    answer = seed_source().query(CardInfo(1, code), make_session(1))
    assert answer.error and op.by_code[code] == 1


def test_rate_limit_spaces_calls(db, op, engine):
    ids = assigned_cards(8)
    configure(op.url, checks__rate_per_second=20, checks__concurrency=8)
    start = time.monotonic()
    summary = engine.run_auto_check(source="check")
    assert summary.checked == 8
    # The k-th call comes no sooner than k slots of 1/20 s after the run began, however
    # late the workers wake (a gap between two neighbours would not hold: a worker that
    # wakes late for its slot shortens the gap after it).
    offsets = [t - start for t in sorted(op.request_times)]
    assert all(at >= k * 0.05 - 0.01 for k, at in enumerate(offsets)), offsets
    assert len(ids) == 8


def test_concurrency_is_bounded_and_used(db, engine):
    with FakeOperator(latency=0.1) as slow:
        assigned_cards(24)
        configure(slow.url, checks__concurrency=6)
        summary = engine.run_auto_check(source="check")
        assert summary.checked == 24 and engine.budget.peak == 6
        assert 6 <= slow.max_in_flight <= 7  # the server counts a call a moment longer


def test_no_source_configured(db, engine):
    ids = assigned_cards(2)
    summary = engine.start_run(source="check")
    assert summary.state == "failed" and summary.finished_at is not None
    assert summary.reason.startswith("no status source configured: set status_source.url")
    assert StatusCheck.select().where(StatusCheck.kind == "check").count() == 0
    with pytest.raises(ConfigurationError) as info:
        engine.check_now([ids[0]], source="api")
    assert info.value.code == "no_status_source" and "simdesk config set" in info.value.message
    with pytest.raises(ConfigurationError):
        engine.query_source(pack(1)[0])
    stored = CheckEngine().get_run(summary.run_id)
    assert stored is not None and stored.state == "failed"


def test_generic_json_source_maps_values_and_hides_the_key(db, op, engine, caplog):
    caplog.set_level(logging.DEBUG)
    ids = assigned_cards(3)
    sold, fresh, blocked = (SimCard.get_by_id(i).code for i in ids)
    op.set_answer(sold, "sold")
    op.set_answer(blocked, "blocked")
    secret = "sk-live-0123456789"
    settings.set_many({
        "status_source.kind": "http-json",
        "status_source.url_template": op.url + "/v1/sims/{iccid}",
        "status_source.headers": {"X-Api-Key": secret},
        "status_source.status_path": "data.state",
        "status_source.sale_date_path": "data.activatedAt",
        "status_source.sold_values": ["ACTIVATED"],
        "status_source.not_sold_values": ["NEW"],
        "status_source.blocked_values": ["BLOCKED"],
    })
    caplog.clear()  # (peewee's own DEBUG log shows the value being saved)
    summary = engine.run_auto_check(source="check")
    assert summary.errors == 0 and [n.code for n in summary.newly_sold] == [sold]
    assert op.last_headers.get("X-Api-Key") == secret  # sent …
    card = SimCard.get(SimCard.code == sold)
    assert card.status == "sold" and card.sale_date == sale_date_of(sold)
    assert SimCard.get(SimCard.code == blocked).external_status == "BLOCKED"
    raw = " ".join(r.raw_response or "" for r in StatusCheck.select())
    assert "ACTIVATED" in raw and secret not in raw  # … never stored
    assert secret not in caplog.text
    live = engine.query_source(fresh)
    assert live.category == "not_sold" and live.raw is not None and secret not in str(live.raw)


@pytest.mark.parametrize("pad", [0, 26])  # the key whole in the error's snippet, or cut by it
def test_a_secret_echoed_by_the_source_is_masked_even_where_the_snippet_cuts_it(db, op, pad):
    settings.set_many({
        "status_source.kind": "http-json",
        "status_source.url_template": op.url + "/fail" + "x" * pad
                                      + "?api_key=TOPSECRETKEY&i={iccid}",
    })
    answer = seed_source().query(CardInfo(None, pack(1)[0]), make_session(1))
    assert answer.error is not None and "HTTP 404" in answer.error
    assert "api_key=***" in (answer.raw_text or "")
    for text in (answer.error, answer.raw_text or "", answer.message):
        assert "TOPSEC" not in text, text


def test_generic_source_reports_missing_status_path(db, op, engine):
    assigned_cards(1)
    settings.set_many({
        "status_source.kind": "http-json",
        "status_source.url_template": op.url + "/v1/sims/{code}",
        "status_source.status_path": "result.status",
    })
    summary = engine.run_auto_check(source="check")
    assert summary.errors == 1 and "status_source.status_path" in summary.results[0].error


def test_msisdn_template_needs_a_phone(db, op, engine):
    assigned_cards(1)
    settings.set_many({
        "status_source.kind": "http-json",
        "status_source.url_template": op.url + "/v1/sims/{msisdn}",
    })
    summary = engine.run_auto_check(source="check")
    assert "no phone number" in summary.results[0].error and op.requests == 0


def test_the_watchdog_is_woken_only_by_an_earlier_deadline():
    """Each HTTP attempt woke the watchdog thread (a thread switch per check, and an
    auto-check's workers queued on its lock); it sleeps until the earliest deadline, so
    only an attempt due before that needs to wake it — and that attempt is still cut off
    in time."""

    from simdesk.checking.http import Guard, Watchdog

    dog = Watchdog()
    now = time.monotonic()
    first = Guard(deadline=now + 5.0)
    dog.watch(first)  # starts the thread, which sleeps until first's deadline
    deadline = time.monotonic() + 2.0
    while dog._sleeping_until != first.deadline and time.monotonic() < deadline:
        time.sleep(0.01)
    assert dog._sleeping_until == first.deadline  # asleep until the first deadline
    later = [Guard(deadline=now + 10.0 + n) for n in range(50)]
    for guard in later:
        dog.watch(guard)
    assert dog.wakeups == 0
    urgent = Guard(deadline=time.monotonic() + 0.2)
    dog.watch(urgent)
    assert dog.wakeups == 1
    deadline = time.monotonic() + 3.0
    while not urgent.fired and time.monotonic() < deadline:
        time.sleep(0.01)
    assert urgent.fired and urgent.reason == "deadline"
    assert not first.fired and not any(g.fired for g in later)
    for guard in (first, *later):
        guard.done = True


def test_the_watchdog_drops_ended_attempts_when_they_pile_up(monkeypatch):
    """Ended attempts wait in the heap until their deadline comes to the front; past
    WATCHDOG_COMPACT_AT they are dropped at once, so a long busy run holds few."""

    from simdesk.checking import http

    monkeypatch.setattr(http, "WATCHDOG_COMPACT_AT", 64)
    dog = http.Watchdog()
    now = time.monotonic()
    live = http.Guard(deadline=now + 30.0)  # still running: must stay watched
    dog.watch(live)
    for n in range(500):
        guard = http.Guard(deadline=now + 60.0 + n)
        dog.watch(guard)
        guard.done = True
    assert len(dog._heap) <= 65
    assert any(entry[2] is live for entry in dog._heap)
    live.done = True
