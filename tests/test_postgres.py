"""The same services and API on PostgreSQL (several offices sharing one database).

Runs when SIMDESK_TEST_POSTGRES_URL points at an empty database it may wipe; ./dev.sh test
starts a throwaway server for it (as root, with Debian's postgresql package)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
import requests

from simdesk.api.servers import ApiServers, Binding
from simdesk.checking.engine import CheckEngine
from simdesk.checking.fake_operator import FakeOperator
from simdesk.domain import logs, settings, shops, simcards, stats, users
from simdesk.errors import AuthenticationError, BusyError, ConfigurationError
from simdesk.storage import migrations
from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import PG_WRITE_LOCK, WRITE_WAIT_SECONDS, write_tx
from simdesk.storage.migrations import LATEST_VERSION, current_version
from simdesk.storage.models import SchemaVersion, SimCard, StatusCheck
from tests.conftest import WEBAPP_HEADERS
from tests.helpers import pack

URL = os.environ.get("SIMDESK_TEST_POSTGRES_URL", "")
pytestmark = pytest.mark.skipif(
    not URL, reason="no PostgreSQL server: set SIMDESK_TEST_POSTGRES_URL (./dev.sh test "
    "starts one when it runs as root with Debian's postgresql package)")


@pytest.fixture
def pg(tmp_path: Path) -> Iterator[object]:
    import psycopg2

    conn = psycopg2.connect(URL)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    conn.close()
    database = open_database(tmp_path, URL)
    try:
        yield database
    finally:
        close_database()


def test_schema_and_services_on_postgres(pg):
    assert type(pg).__name__ == "PostgresqlDatabase"
    assert current_version(pg) == LATEST_VERSION
    shop = shops.create_shop({"name": "Chorsu", "owner_phone": "90 123 45 67",
                              "region": "toshkent shahri"})
    result = simcards.bulk_add(simcards.entries_from_codes([*pack(200), "123"]),
                               source="import")
    assert (len(result.created), len(result.invalid)) == (200, 1)
    moved = simcards.assign_cards(shop.id, count=20, source="gui")
    assert [c.code for c in moved.changed] == pack(20)
    simcards.mark_sold([moved.changed[0].id], source="report")
    totals = stats.totals()
    assert (totals.cards, totals.available, totals.assigned, totals.sold) == (200, 180, 19, 1)
    assert totals.sold_today == 1
    per_shop = stats.per_shop()[0]
    assert (per_shop.assigned, per_shop.sold, per_shop.sell_through) == (19, 1, 0.05)
    assert sum(stats.sales_by_date(7).values()) == 1
    users.add_user("boss", "Str0ng-Passw0rd", "admin")
    assert users.authenticate("boss", "Str0ng-Passw0rd").role == "admin"
    with pytest.raises(AuthenticationError):
        users.authenticate("boss", "wrong-passw0rd", address="10.0.0.9")
    assert users.throttled_names(["boss"]) == {"boss"}
    assert users.unlock("BOSS") == 1
    settings.set_value("checks.concurrency", 8)
    assert settings.get("checks.concurrency") == 8
    rows, total = logs.list_checks(logs.CheckFilter(changes_only=True), 100, 0)
    assert total == 21 and len(rows) == 21
    with pytest.raises(ConfigurationError, match="pg_dump"):
        from simdesk.storage.backup import backup_database

        backup_database(data_dir=Path("."))


def pg_schema(db) -> dict[str, set[tuple[object, ...]]]:
    """Columns (type, length, nullability), key constraints and index definitions of the
    public schema, as PostgreSQL reports them."""
    queries = {
        "columns": "SELECT table_name, column_name, data_type, character_maximum_length, "
                   "is_nullable FROM information_schema.columns WHERE table_schema = 'public'",
        "keys": "SELECT tc.table_name, tc.constraint_type, kcu.column_name "
                "FROM information_schema.table_constraints tc "
                "JOIN information_schema.key_column_usage kcu "
                "USING (constraint_schema, constraint_name) WHERE tc.table_schema = 'public'",
        "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes "
                   "WHERE schemaname = 'public'",
    }
    return {name: set(db.execute_sql(sql).fetchall()) for name, sql in queries.items()}


def test_steps_upgrade_an_old_database_on_postgres(pg):
    # A new database: created at the latest schema, one stamp.
    assert [(s.version, s.name) for s in SchemaVersion.select()] == [
        (LATEST_VERSION, migrations.NEW_DATABASE)]
    expected = pg_schema(pg)
    # Back to what version 1 had: the released steps 2-7 must rebuild the rest on PostgreSQL
    # (step 7 drops the (shop_id, status) index of version 1).
    for sql in ('DROP TABLE "check_run"', 'DROP TABLE "run_lease"', 'DROP TABLE "login_throttle"',
                'DROP TABLE "handover_act_card"', 'DROP TABLE "handover_act"',
                'DROP INDEX "simcard_added_date"', 'DROP INDEX "simcard_shop_id_added_date"',
                'DROP INDEX "simcard_shop_id_status_sale_date"',
                'DROP INDEX "simcard_status_sale_date_shop_id"',
                'DROP INDEX "simcard_status_assigned_at_added_date"',
                'CREATE INDEX "simcard_shop_id_status" ON "simcard" ("shop_id", "status")',
                "DELETE FROM schema_version"):
        pg.execute_sql(sql)
    SchemaVersion.create(version=1, name="initial schema")
    assert pg_schema(pg) != expected
    report = migrations.migrate(pg)
    assert report.applied == ("2: check runs", "3: indexes for card lists", "4: run lease",
                              "5: login throttle", "6: hand-over acts",
                              "7: indexes for statistics",
                                  "8: indexes for card sorts")
    assert current_version(pg) == LATEST_VERSION
    assert pg_schema(pg) == expected
    assert migrations.migrate(pg).applied == ()


def test_statistics_equal_a_naive_count_on_postgres(pg):
    from tests.test_stats_plans import compare_with_a_naive_count

    compare_with_a_naive_count(seed=7)


def test_shop_list_held_ids_on_postgres(pg):
    from tests.test_stats_plans import check_held_ids

    check_held_ids()


def test_concurrent_assignments_on_postgres(pg):
    shop_ids = [shops.create_shop({"name": f"Shop {i}"}).id for i in range(4)]
    simcards.bulk_add(simcards.entries_from_codes(pack(100)), source="cli")
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def take(shop_id: int) -> None:
        try:
            barrier.wait()
            simcards.assign_cards(shop_id, count=25, source="api")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=take, args=(sid,)) for sid in shop_ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    held = {sid: simcards.count_matching(simcards.CardFilter(shop_id=sid)) for sid in shop_ids}
    # Without the write lock two threads took the same 25 "oldest" cards (READ COMMITTED).
    assert held == dict.fromkeys(shop_ids, 25)


def test_a_write_lock_held_elsewhere_ends_in_busy_on_postgres(pg):
    """Another office holds simdesk's advisory write lock: a write here waits at most
    WRITE_WAIT_SECONDS (lock_timeout on that statement) and gives up with BusyError, and the
    timeout does not outlive the statement."""
    import psycopg2

    shops.create_shop({"name": "Chorsu"})
    other = psycopg2.connect(URL)  # another office's connection, in a transaction
    try:
        with other.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (PG_WRITE_LOCK,))
        began = time.monotonic()
        with pytest.raises(BusyError) as info:
            shops.create_shop({"name": "Yunusobod"})
        took = time.monotonic() - began
        assert WRITE_WAIT_SECONDS - 1 <= took < WRITE_WAIT_SECONDS + 15, took
        assert (info.value.code, info.value.status, info.value.retry_after) == ("busy", 503, 5)
        assert "another program" in info.value.message
    finally:
        other.rollback()
        other.close()
    # The other office is done: the same write goes through; inside the transaction every
    # lock wait is bounded by WRITE_WAIT_SECONDS, and after it the server's default is back.
    with write_tx():
        assert pg.execute_sql("SHOW lock_timeout").fetchone()[0] == \
            f"{int(WRITE_WAIT_SECONDS)}s"
        shops.create_shop({"name": "Yunusobod"})
    assert pg.execute_sql("SHOW lock_timeout").fetchone()[0] == "0"
    assert sorted(s.name for s in shops.shop_query()) == ["Chorsu", "Yunusobod"]


@contextmanager
def _row_held_elsewhere(card_id: int) -> Iterator[None]:
    """Another client (psql, say) holds the card's row locked in an open transaction."""
    import psycopg2

    other = psycopg2.connect(URL)
    try:
        with other.cursor() as cur:
            cur.execute("UPDATE simcard SET notes = 'held' WHERE id = %s", (card_id,))
        yield
    finally:
        other.rollback()
        other.close()


def test_a_row_held_by_another_client_ends_in_busy_on_postgres(pg, monkeypatch):
    """Someone in psql keeps a card's row locked in an open transaction: a write of that
    row here gives up with BusyError within the bound instead of waiting for ever."""
    from simdesk.storage import db as dbmod

    monkeypatch.setattr(dbmod, "WRITE_WAIT_SECONDS", 3.0)
    card = simcards.create_card("8999801000000000006")
    with _row_held_elsewhere(card.id):
        began = time.monotonic()
        with pytest.raises(BusyError):
            simcards.update_card(card.id, {"notes": "mine"}, source="cli")
        assert time.monotonic() - began < 3.0 + 10
    simcards.update_card(card.id, {"notes": "mine"}, source="cli")
    assert simcards.get_card(card.id).notes == "mine"


def test_a_check_batch_on_a_row_held_by_another_client_ends_in_busy_on_postgres(
        pg, monkeypatch):
    """The engine's writer stores a batch of answers on the driver's own cursor: a card row
    someone holds locked must still end in BusyError for the whole batch (the engine tries
    it again later), not in one driver error per check, each after its own lock wait."""
    from simdesk.domain.checks import CheckAnswer, PendingCheck, record_checks
    from simdesk.storage import db as dbmod

    monkeypatch.setattr(dbmod, "WRITE_WAIT_SECONDS", 3.0)
    simcards.bulk_add(simcards.entries_from_codes(pack(2)), source="cli")
    a, b = (SimCard.get(SimCard.code == code) for code in pack(2))
    items = [PendingCheck(c.id, c.code, CheckAnswer("active", False)) for c in (a, b)]
    with _row_held_elsewhere(b.id):
        began = time.monotonic()
        with pytest.raises(BusyError):
            record_checks(items, source="check", run_id="held")
        assert time.monotonic() - began < 3.0 + 10
    assert all(not isinstance(r, Exception) for r in record_checks(items, source="check",
                                                                    run_id="held"))
    assert StatusCheck.select().where(StatusCheck.run_id == "held").count() == 2


def test_api_and_auto_check_on_postgres(pg):
    shop = shops.create_shop({"name": "Chorsu"})
    simcards.bulk_add(simcards.entries_from_codes(pack(30)), source="cli")
    simcards.assign_cards(shop.id, count=10, source="cli")
    operator = FakeOperator(sold_share=1.0).start()
    engine = CheckEngine()
    runtime = ApiServers(engine, Binding("127.0.0.1", 0, 0))
    try:
        settings.set_value("status_source.url", operator.url)
        runtime.start()
        main = runtime.main.url
        page = requests.get(f"{main}/simcards?limit=5", headers=WEBAPP_HEADERS, timeout=10)
        assert page.status_code == 200 and page.headers["X-Total-Count"] == "30"
        whole = requests.get(f"{main}/simcards", headers=WEBAPP_HEADERS, timeout=10).json()
        assert len(whole) == 30
        run = requests.post(f"{main}/simcards/auto-check", headers=WEBAPP_HEADERS,
                            timeout=60).json()
        assert (run["state"], run["totalChecked"], len(run["newlySold"])) == ("done", 10, 10)
        numbers = requests.get(f"{main}/statistics", headers=WEBAPP_HEADERS, timeout=10).json()
        assert numbers["soldSimCards"] == 10
    finally:
        runtime.stop()
        engine.shutdown()
        operator.stop()


@pytest.mark.parametrize("check", ["text_rows_match_the_models",
                                   "text_pages_match_the_named_rows"])
def test_text_rows_and_pages_on_postgres(pg, monkeypatch, check):
    """The SQL-formatted list rows (to_char, string_agg, CAST) and the card pages read as
    text rows equal the old formatting and cursors, in UTC+5."""
    import tests.test_api_lists_fast as checks

    monkeypatch.setenv("TZ", "UZT-5")
    time.tzset()
    try:
        getattr(checks, check)()
    finally:
        monkeypatch.undo()
        time.tzset()


def test_named_rows_on_postgres(pg):
    """The read models built from psycopg2's values equal Peewee's own conversion."""
    shop = shops.create_shop({"name": "Chorsu"})
    codes = pack(6)
    simcards.bulk_add([(n, code, "90 123 45 67" if n == 1 else None)
                       for n, code in enumerate(codes, start=1)], source="cli")
    moved = simcards.assign_cards(shop.id, count=3, source="gui")
    simcards.mark_sold([moved.changed[0].id], source="report")
    query = simcards.listing_query(None, sort="code")
    rows = list(simcards.card_list_rows(query))
    assert rows == list(query.tuples())
    for row, plain in zip(rows, query.tuples(), strict=True):
        assert [type(v) for v in row] == [type(v) for v in plain]
    first = rows[0]
    assert (first.code, first.status, first.shop_id, first.shop_name, first.phone) == (
        codes[0], "sold", shop.id, "Chorsu", "+998901234567")
    assert isinstance(first.sale_date, datetime) and first.sale_date.tzinfo is None
    assert simcards.card_refs(simcards.card_query(None, sort="code").limit(2)) == [
        simcards.CardRef(id=r.id, code=r.code, status=r.status, shop_id=r.shop_id)
        for r in rows[:2]]
    page = logs.list_checks(logs.CheckFilter(), limit=2)
    assert page.total == 4 and len(page.rows) == 2
    newest = page.rows[0]
    assert type(newest) is logs.CheckRow and newest.changed is True
    assert (newest.simcard_id, newest.new_status, newest.source) == (
        moved.changed[0].id, "sold", "report")
    assert isinstance(newest.checked_at, datetime) and newest.checked_at.tzinfo is None


def test_selection_operations_on_postgres(pg, monkeypatch):
    """The window's Ctrl+A operations (issue 10) run in SQL batches; their INSERT … SELECT of
    the status log and the all-or-nothing rollback hold on PostgreSQL too."""
    from simdesk.domain import selection as sel_mod
    from simdesk.domain.selection import (
        CardSelection,
        assign_selection,
        delete_selection,
        return_selection,
        selection_codes,
    )
    from simdesk.domain.simcards import CardFilter
    from simdesk.errors import ConflictError
    from simdesk.jobs import Cancelled
    from simdesk.storage.models import SimCard, StatusCheck

    monkeypatch.setattr(sel_mod, "BATCH", 7)
    result = simcards.bulk_add(simcards.entries_from_codes(pack(40)), source="cli")
    ids = [result.created_ids[r.code] for r in result.created]
    shop = shops.create_shop({"name": "Chorsu"}).id
    outcome = assign_selection(shop, CardSelection.of_ids(ids[:15]), source="gui",
                               actor="ali")
    assert outcome.changed == 15
    assert sorted(selection_codes(CardSelection.matching(CardFilter(shop_id=shop)))) == \
        sorted(pack(40)[:15])
    calls = 0

    def cancel_on_third() -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        delete_selection(CardSelection.matching(CardFilter(status="available")),
                         source="gui", check=cancel_on_third)
    assert SimCard.select().count() == 40  # rolled back
    assert delete_selection(CardSelection.matching(CardFilter(status="available")),
                            source="gui", actor="ali") == 25
    deleted = StatusCheck.select().where(StatusCheck.details == "deleted")
    assert deleted.count() == 25 and {r.actor for r in deleted} == {"ali"}
    simcards.mark_sold(ids[:2], source="cli")
    with pytest.raises(ConflictError):
        delete_selection(CardSelection.matching(None), source="gui")
    back = return_selection(CardSelection.matching(CardFilter(shop_id=shop)), source="gui")
    assert (back.changed, back.skipped) == (13, 2)  # sold cards stay where they were sold
    assert SimCard.select().count() == 15


def test_card_pages_on_postgres(pg):
    """Cursor walks (NULLs last in an ascending PostgreSQL order), offsets and totals."""
    from simdesk.domain import cardpages
    from simdesk.domain.simcards import CardFilter
    from tests.test_paging import all_rows, check_walks, expected_order, varied_cards

    varied_cards(700)
    shop_id = simcards.SimCard.select(simcards.SimCard.shop).where(
        simcards.SimCard.shop.is_null(False)).scalar()
    check_walks(shop_id)
    flt = CardFilter()
    assert cardpages.total(flt) == 700
    for sort in ("saleDate", "-saleDate", "-addedDate", "lastChecked"):
        plain = expected_order(all_rows(flt), sort)
        for offset in (0, 1, 333, 699, 700):
            page = [r.id for r in cardpages.page_rows(flt, sort, limit=50, offset=offset)]
            assert page == plain[offset:offset + 50], (sort, offset)


def test_bulk_add_ids_on_postgres(pg):
    """The ids bulk add reports (RETURNING code, id, matched by code) are those stored, into
    a shop too, with duplicates in the input and against the database; ids that skip (the
    sequence advanced by 2, as another writer's rows would) come as a list in the answer."""
    from simdesk.api.main_app import bulk_answer
    from simdesk.storage.models import SimCard, StatusCheck
    from simdesk.storage.rows import INSERT_CHUNK

    def stored_ids() -> dict[str, int]:
        return dict(SimCard.select(SimCard.code, SimCard.id).tuples())

    before = pack(10)
    simcards.bulk_add(simcards.entries_from_codes(before), source="cli")
    shop = shops.create_shop({"name": "Chorsu"})
    new = pack(INSERT_CHUNK + 20, 100)
    codes = [*new[:300], before[2], new[5], "123", *new[300:], before[7]]
    result = simcards.bulk_add(simcards.entries_from_codes(codes), shop_id=shop.id,
                               source="import", actor="boss")
    ids = stored_ids()
    assert result.created_codes == new
    assert result.created_id_list == [ids[code] for code in new]
    assert (len(result.duplicates), len(result.invalid)) == (3, 1)
    logged = (StatusCheck.select().where(StatusCheck.shop == shop.id)
              .order_by(StatusCheck.id))
    assert [(r.simcard_id, r.simcard_code) for r in logged] == [(ids[c], c) for c in new]
    answer = bulk_answer(result)
    assert answer["createdIds"] == {"first": str(ids[new[0]]), "last": str(ids[new[-1]])}

    pg.execute_sql("ALTER SEQUENCE simcard_id_seq INCREMENT BY 2")
    later = simcards.bulk_add(simcards.entries_from_codes(pack(3, 900)), source="cli")
    ids = stored_ids()
    assert later.created_id_list == [ids[code] for code in pack(3, 900)]
    assert bulk_answer(later)["createdIds"] == [str(ids[code]) for code in pack(3, 900)]
