"""The database side of checks, activation reports, the new settings and migration 2."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from simdesk.checking.activations import import_activations
from simdesk.checking.demo import build_demo
from simdesk.domain import settings, shops, simcards
from simdesk.domain.checks import CheckAnswer, record_check
from simdesk.errors import ValidationError
from simdesk.storage import migrations
from simdesk.storage.models import CheckRun, Shop, SimCard, StatusCheck
from simdesk.timeutil import utcnow
from tests.helpers import iccid, pack


def _cards(count: int, *, assigned: bool = True, start: int = 0) -> list[SimCard]:
    shop = Shop.get_or_none(Shop.name == "Shop A") or shops.create_shop(
        {"name": "Shop A", "region": "Toshkent shahri"})
    res = simcards.bulk_add(simcards.entries_from_codes(pack(count, start)),
                            shop_id=shop.id if assigned else None, source="cli")
    return [SimCard.get_by_id(res.created_ids[c]) for c in pack(count, start)]


def test_positive_answer_sells_with_source_date(db):
    card = _cards(1)[0]
    when = datetime(2024, 5, 2, 10, 0)
    rec = record_check(card.id, CheckAnswer("sold", True, when, '{"x":1}', None, 12),
                       source="api", run_id="r1")
    assert (rec.old_status, rec.new_status, rec.changed) == ("assigned", "sold", True)
    card = SimCard.get_by_id(card.id)
    assert card.status == "sold" and card.sale_date == when and card.external_status == "sold"
    rows = list(StatusCheck.select().where(StatusCheck.simcard == card.id, StatusCheck.kind ==
                                           "check"))
    assert len(rows) == 1 and rows[0].changed and rows[0].run_id == "r1"
    assert rows[0].duration_ms == 12 and rows[0].source == "api"


def test_available_card_sold_with_check_time_when_no_date(db):
    card = _cards(1, assigned=False)[0]
    before = utcnow()
    record_check(card.id, CheckAnswer("sold", True))
    card = SimCard.get_by_id(card.id)
    assert card.status == "sold" and card.sale_date >= before


def test_error_changes_nothing_and_sold_stays_sold(db):
    a, b = _cards(2)
    record_check(a.id, CheckAnswer(None, True, error="HTTP 500"))
    a = SimCard.get_by_id(a.id)
    assert a.status == "assigned" and a.last_checked is None
    first = datetime(2024, 1, 1)
    record_check(b.id, CheckAnswer("sold", True, first))
    rec = record_check(b.id, CheckAnswer("active", False))
    assert rec.new_status == "sold" and not rec.changed
    record_check(b.id, CheckAnswer("sold", True, datetime(2025, 1, 1)))
    assert SimCard.get_by_id(b.id).sale_date == first
    checks = StatusCheck.select().where(StatusCheck.simcard == b.id, StatusCheck.kind == "check")
    assert checks.count() == 3
    assert checks.where(StatusCheck.changed == True).count() == 1  # noqa: E712


def test_not_sold_answer_updates_last_checked_only(db):
    card = _cards(1)[0]
    rec = record_check(card.id, CheckAnswer("active", False))
    card = SimCard.get_by_id(card.id)
    assert card.status == "assigned" and card.last_checked == rec.checked_at
    assert card.external_status == "active"


def test_deleted_card_still_gets_its_row(db):
    rec = record_check(999, CheckAnswer("sold", True), code="123")
    assert rec.missing and not rec.changed
    assert StatusCheck.get().simcard_code == "123"


# ------------------------------------------------------------------ activation reports


def _report_cards() -> tuple[SimCard, SimCard, SimCard]:
    assigned, available, sold = _cards(3)
    simcards.return_to_stock(ids=[available.id], source="cli")
    simcards.mark_sold([sold.id], sale_date=datetime(2023, 1, 1), source="cli")
    return assigned, available, sold


def _check_report(report, assigned, available, sold):
    assert report.counts == {"soldNow": 2, "alreadySold": 1, "unknown": 1, "invalid": 3}
    reasons = " ".join(r.reason for r in report.invalid)
    assert "cannot be read" in reasons and "appears twice" in reasons and "code" in reasons
    a = SimCard.get_by_id(assigned.id)
    assert a.status == "sold" and a.sale_date.date() in (datetime(2024, 5, 30).date(),
                                                         datetime(2024, 5, 31).date())
    assert SimCard.get_by_id(available.id).status == "sold"
    assert SimCard.get_by_id(sold.id).sale_date == datetime(2023, 1, 1)
    rows = list(StatusCheck.select().where(StatusCheck.source == "report"))
    assert len(rows) == 2 and all(r.changed and r.new_status == "sold" for r in rows)


def test_activation_report_csv(db, tmp_path: Path):
    assigned, available, sold = _report_cards()
    path = tmp_path / "activations.csv"
    path.write_text(
        "iccid;activation date\n"
        f"{assigned.code};2024-05-31 12:00\n"
        f"{available.code};31.05.2024\n"
        f"{sold.code};2024-06-01\n"
        f"{iccid(900)};2024-06-01\n"
        f"{iccid(901)};yesterday\n"
        "12345;2024-06-01\n"
        f"{assigned.code};2024-06-02\n",
        encoding="utf-8",
    )
    report = import_activations(path, actor="tester")
    _check_report(report, assigned, available, sold)
    assert "2 card(s) now sold" in report.summary_text()


def test_activation_report_xlsx(db, tmp_path: Path):
    assigned, available, sold = _report_cards()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ICCID", "Activation date"])
    ws.append([assigned.code, datetime(2024, 5, 31, 12, 0)])
    ws.append([available.code, "31.05.2024"])
    ws.append([sold.code, datetime(2024, 6, 1)])
    ws.append([iccid(900), datetime(2024, 6, 1)])
    ws.append([iccid(901), "yesterday"])
    ws.append(["12345", datetime(2024, 6, 1)])
    ws.append([assigned.code, datetime(2024, 6, 2)])
    path = tmp_path / "activations.xlsx"
    wb.save(path)
    report = import_activations(path, actor=None)
    _check_report(report, assigned, available, sold)


def test_activation_report_unreadable_file(db, tmp_path: Path):
    with pytest.raises(ValidationError, match="does not exist"):
        import_activations(tmp_path / "missing.csv", actor=None)


# ------------------------------------------------------------------ settings, schema, demo


def test_generic_source_settings(db):
    typed = settings.set_many({
        "status_source.kind": "http-json",
        "status_source.url_template": "https://api.example.uz/sims/{iccid}?x=1",
        "status_source.headers": '{"X-Api-Key": "k-123456"}',
        "status_source.status_path": "data.state",
        "status_source.sold_values": "ACTIVATED,SOLD",
    })
    assert typed["status_source.headers"] == {"X-Api-Key": "k-123456"}
    assert settings.get_all(include_secrets=False)["status_source.headers"] == "***"
    with pytest.raises(ValidationError) as info:
        settings.set_value("status_source.headers", '{"X-Api-Key": 5}')
    assert "k-123456" not in info.value.message and "5" not in info.value.message
    with pytest.raises(ValidationError, match="placeholders"):
        settings.set_value("status_source.url_template", "https://x/{card}")
    with pytest.raises(ValidationError, match="one of"):
        settings.set_value("status_source.method", "DELETE")


def test_migration_2_adds_check_runs(db):
    db.execute_sql('DROP TABLE "check_run"')
    db.execute_sql("DELETE FROM schema_version")
    db.execute_sql("INSERT INTO schema_version VALUES (1, 'initial schema', '2026-01-01')")
    report = migrations.migrate(db)
    assert report.applied[0] == "2: check runs"
    assert report.to_version == migrations.LATEST_VERSION
    assert CheckRun.select().count() == 0 and "check_run" in db.get_tables()


def test_demo_builder(db, data_dir):
    build_demo(data_dir, status_url="http://127.0.0.1:9")
    assert Shop.select().count() >= 6
    assert len({s.region for s in Shop.select()}) >= 5
    assert SimCard.select().count() >= 200
    assert SimCard.select().where(SimCard.status == "assigned").count() > 100
    assert SimCard.select().where(SimCard.status == "sold").count() > 0
    assert settings.get("status_source.url") == "http://127.0.0.1:9"
    build_demo(data_dir)  # idempotent
    assert Shop.select().count() == 8
    recent = SimCard.select().where(SimCard.sale_date > utcnow() - timedelta(days=8)).count()
    assert recent > 0
    assert json.loads('"ok"') == "ok"


@pytest.mark.parametrize("reported", [datetime(9999, 12, 31), datetime(1970, 1, 1),
                                      None], ids=["placeholder-9999", "epoch", "none"])
def test_an_unbelievable_sale_date_is_not_stored(db, reported):
    """A source's 9999-12-31 made the card vanish from every sales statistic."""
    from simdesk.domain import stats

    card = _cards(1)[0]
    before = utcnow()
    raw = json.dumps({"status": "sold", "is_sold": True,
                      "sale_date": reported.isoformat() if reported else None})
    record_check(card.id, CheckAnswer("sold", True, reported, raw))
    card = SimCard.get_by_id(card.id)
    assert card.status == "sold" and before <= card.sale_date <= utcnow()
    row = StatusCheck.get(StatusCheck.simcard == card.id, StatusCheck.kind == "check")
    assert row.raw_response == raw  # what the source said is kept
    if reported is not None:
        assert f"the sale date {reported.date().isoformat()} given by the source" in row.details
    assert stats.totals().sold_today == 1


def test_a_sale_date_up_to_a_day_ahead_is_kept(db):
    """Clocks differ: the operator's "tomorrow" within a day is believed."""
    card = _cards(1)[0]
    soon = utcnow() + timedelta(hours=20)
    record_check(card.id, CheckAnswer("sold", True, soon))
    assert SimCard.get_by_id(card.id).sale_date == soon


def test_activation_report_dates_in_the_future_are_not_trusted(db, tmp_path: Path):
    card = _cards(1)[0]
    path = tmp_path / "activations.csv"
    path.write_text(f"iccid;activation date\n{card.code};2099-01-01\n", encoding="utf-8")
    before = utcnow()
    import_activations(path, actor="tester")
    card = SimCard.get_by_id(card.id)
    assert card.status == "sold" and before <= card.sale_date <= utcnow()
    change = StatusCheck.get(StatusCheck.simcard == card.id, StatusCheck.source == "report")
    assert "the sale date 2099-01-01 given by the source is in the future" in change.details


def test_a_retried_check_says_how_many_requests_it_sent(db):
    card = _cards(1)[0]
    record_check(card.id, CheckAnswer("active", False, attempts=3))
    row = StatusCheck.get(StatusCheck.simcard == card.id, StatusCheck.kind == "check")
    assert row.details == "3 requests to the source (retried)"


def _log_rows(card_ids: list[int]) -> list[tuple[object, ...]]:
    return [
        (r.simcard_id, r.simcard_code, r.shop_id, r.old_status, r.new_status, r.changed,
         r.external_status, r.error, r.details, r.duration_ms, r.run_id)
        for r in StatusCheck.select().where(StatusCheck.kind == "check",
                                            StatusCheck.simcard.in_(card_ids))
        .order_by(StatusCheck.id)
    ]


def test_a_batch_of_checks_stores_what_one_by_one_stores(db):
    """record_checks writes the batch with a few statements; the cards and the log must end
    as record_check, one by one, leaves them: a sale, a plain check, an error, a retried
    call, a card deleted meanwhile, and one card answered twice in the batch."""
    from simdesk.domain.checks import PendingCheck, record_checks
    from simdesk.storage.db import current_database

    when = datetime(2024, 5, 2, 10, 0)
    answers = [
        CheckAnswer("sold", True, when, '{"s":1}', None, 12),
        CheckAnswer("active", False, None, '{"s":2}', None, 5, attempts=3),
        CheckAnswer(None, True, error="HTTP 500"),
        CheckAnswer("sold", True, None, None, None, 7),
        CheckAnswer("active", False),  # the same card again: it is sold by now
    ]
    first, second = _cards(4, start=0), _cards(4, start=10)
    gone = _cards(1, start=30)[0]
    simcards.delete_card(gone.id, source="cli")

    def run(cards: list[SimCard], batch: bool) -> list[object]:
        targets = [cards[0], cards[1], cards[2], cards[3], cards[3]]
        items = [PendingCheck(c.id, c.code, a) for c, a in zip(targets, answers, strict=True)]
        items.append(PendingCheck(gone.id, gone.code, CheckAnswer("active", False)))
        if batch:
            got = record_checks(items, source="check", run_id="r")
        else:
            got = [record_check(i.simcard_id, i.answer, source="check", run_id="r",
                                code=i.code) for i in items]
        return [(r.old_status, r.new_status, r.changed, r.external_status, r.error,
                 r.missing, r.sale_date if r.sale_date == when else None) for r in got]

    assert run(first, batch=False) == run(second, batch=True)
    for a, b in zip(first, second, strict=True):
        a, b = SimCard.get_by_id(a.id), SimCard.get_by_id(b.id)
        assert (a.status, a.external_status, a.last_checked is None, a.sale_date is None) == (
            b.status, b.external_status, b.last_checked is None, b.sale_date is None)
    assert SimCard.get_by_id(first[0].id).sale_date == SimCard.get_by_id(second[0].id).sale_date
    # Stored the same way, not only read back the same: the types SQLite holds.
    def kinds(table: str, where: str, ids: list[int], columns: str) -> list[tuple[object, ...]]:
        marks = ", ".join("?" * len(ids))
        return current_database().execute_sql(
            f"SELECT {columns} FROM {table} WHERE {where} IN ({marks}) ORDER BY id",
            ids).fetchall()

    card_types = ("typeof(status), typeof(external_status), typeof(last_checked), "
                  "typeof(updated_at), typeof(sale_date), length(sale_date)")
    assert kinds("simcard", "id", [c.id for c in first], card_types) == kinds(
        "simcard", "id", [c.id for c in second], card_types)
    log_types = ("typeof(checked_at), typeof(simcard_id), typeof(shop_id), typeof(changed), "
                 "changed, typeof(duration_ms), typeof(details)")
    assert kinds("status_check", "simcard_id", [c.id for c in first], log_types) == kinds(
        "status_check", "simcard_id", [c.id for c in second], log_types)
    one = _log_rows([c.id for c in first])
    many = _log_rows([c.id for c in second])
    assert len(one) == len(many) == 5
    assert [r[3:] for r in one] == [r[3:] for r in many]
    missing = list(StatusCheck.select().where(StatusCheck.simcard_code == gone.code,
                                              StatusCheck.kind == "check"))
    assert len(missing) == 2 and all(r.simcard_id is None and r.error for r in missing)


def test_a_batch_of_checks_is_not_built_query_by_query(db, monkeypatch):
    """The engine's writer stored each answer with three statements made by the query
    builder (read the card, update it, log it): 300 for a batch of 100, which cost the
    writer thread more than the answers took to arrive.  Now the batch is a few
    statements whatever its size."""
    from simdesk.domain.checks import PendingCheck, record_checks
    from simdesk.storage.db import current_database

    cards = _cards(100)
    database = current_database()
    built: list[str] = []

    class Counting:  # the driver's cursor, each statement it is given counted
        def __init__(self, inner: object) -> None:
            self.inner = inner

        def execute(self, sql: str, *args: object) -> object:
            built.append(sql)
            return self.inner.execute(sql, *args)  # type: ignore[attr-defined]

        def executemany(self, sql: str, *args: object) -> object:
            built.append(sql)
            return self.inner.executemany(sql, *args)  # type: ignore[attr-defined]

        def __iter__(self) -> object:
            return iter(self.inner)  # type: ignore[call-overload]

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

    real = database.cursor
    monkeypatch.setattr(database, "cursor", lambda *a, **k: Counting(real(*a, **k)))
    items = [PendingCheck(c.id, c.code, CheckAnswer("sold" if n % 3 == 0 else "active",
                                                    n % 3 == 0))
             for n, c in enumerate(cards)]
    results = record_checks(items, source="check", run_id="batch")
    monkeypatch.undo()
    assert len(results) == 100 and sum(r.changed for r in results) == 34
    # BEGIN, the cards, the checked ones, the sold ones, the log (before: 300 statements).
    assert len(built) <= 6, built[:8]
    assert StatusCheck.select().where(StatusCheck.run_id == "batch").count() == 100
    sold = SimCard.select().where(SimCard.id.in_([c.id for c in cards]),
                                  SimCard.status == "sold").count()
    assert sold == 34


def test_a_batch_that_fails_is_stored_check_by_check(db):
    """When the batch's statements fail (here an id SQLite cannot hold), the transaction is
    rolled back and each check is stored on its own: the others are kept, the bad one
    comes back as its exception in its place."""
    from simdesk.domain.checks import PendingCheck, record_checks

    a, b = _cards(2)
    items = [PendingCheck(a.id, a.code, CheckAnswer("active", False)),
             PendingCheck(2**63, "bad", CheckAnswer("active", False)),
             PendingCheck(b.id, b.code, CheckAnswer("sold", True))]
    results = record_checks(items, source="check", run_id="fallback")
    assert isinstance(results[1], OverflowError)
    assert [(r.code, r.new_status) for r in (results[0], results[2])  # type: ignore[union-attr]
            ] == [(a.code, "assigned"), (b.code, "sold")]
    rows = StatusCheck.select().where(StatusCheck.run_id == "fallback").order_by(StatusCheck.id)
    assert [r.simcard_id for r in rows] == [a.id, b.id]
