"""Writers take turns for the database's write lock (``storage.db.write_tx``): in one process
they wait in line in arrival order instead of spinning on SQLite's busy handler; a write
that cannot get the database within ``WRITE_WAIT_SECONDS`` is a ``BusyError`` — 503 ``busy``
with Retry-After in the API, one line from the CLI, a translated message in the window —
and leaves nothing half-written.  Real files, real servers, a real CLI process; "another
program" is a plain sqlite3 connection holding ``BEGIN IMMEDIATE``."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from simdesk.cli import BUSY_LINE
from simdesk.domain import shops
from simdesk.errors import BusyError
from simdesk.storage.db import (
    DB_FILENAME,
    SQLITE_TIMEOUT_SECONDS,
    WRITE_WAIT_SECONDS,
    WriteQueue,
    current_database,
    thread_connection,
    write_queue,
    write_tx,
)
from simdesk.storage.models import Shop, SimCard, StatusCheck
from tests.conftest import WEBAPP_HEADERS
from tests.helpers import iccid, pack

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

T = 180  # an HTTP client's patience: far beyond any bound tested here


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "it") -> None:
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, f"{what} not reached within {timeout} s"
        time.sleep(0.005)


def start(target: Callable[[], Any], name: str) -> threading.Thread:
    """A thread with a database connection of its own, closed when it ends."""

    def run() -> None:
        with thread_connection():
            target()

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


@contextmanager
def other_program_writing(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the database's write lock (BEGIN IMMEDIATE and a write not
    committed) until the block ends, then rolling back."""
    conn = sqlite3.connect(str(data_dir / DB_FILENAME), timeout=1, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE other_program (x)")
        yield conn
    finally:
        conn.rollback()
        conn.close()


# ------------------------------------------------------------------ the line itself


def test_writers_in_one_process_take_turns_in_arrival_order(db):
    queue = write_queue()
    holding, release = threading.Event(), threading.Event()
    order: list[int] = []

    def holder() -> None:
        with write_tx():
            holding.set()
            assert release.wait(30)

    def writer(i: int) -> None:
        with write_tx():
            order.append(i)
            shops.create_shop({"name": f"Shop {i}"})  # its own write_tx: a savepoint

    threads = [start(holder, "holder")]
    assert holding.wait(10)
    for i in range(6):
        threads.append(start(lambda i=i: writer(i), f"writer-{i}"))
        wait_for(lambda i=i: queue.waiting == i + 1, what=f"writer {i} in line")
    release.set()
    for t in threads:
        t.join(30)
    assert not any(t.is_alive() for t in threads)
    assert order == list(range(6))  # first come, first served
    assert [s.name for s in Shop.select().order_by(Shop.id)] == [f"Shop {i}" for i in range(6)]
    assert queue.waiting == 0 and not queue.held_here()


def test_nested_write_transactions_are_savepoints_of_the_one_turn(db):
    queue = write_queue()
    with write_tx():
        assert queue.held_here()
        shops.create_shop({"name": "Kept"})
        with pytest.raises(RuntimeError), write_tx():
            shops.create_shop({"name": "Dropped"})
            raise RuntimeError("the inner step fails")
        with write_tx():
            shops.create_shop({"name": "Also kept"})
        assert queue.held_here() and queue.waiting == 0
    assert not queue.held_here()
    assert sorted(s.name for s in Shop.select()) == ["Also kept", "Kept"]

    # The line is reentrant for the thread that holds it, and only for that one.
    line = WriteQueue()
    assert line.acquire(1) and line.acquire(1)
    line.release()
    assert line.held_here()
    other: list[bool] = []
    t = threading.Thread(target=lambda: other.append(line.acquire(0.05)))
    t.start()
    t.join(10)
    assert other == [False]
    line.release()
    assert not line.held_here()
    t = threading.Thread(target=lambda: other.append(line.acquire(0.05)))
    t.start()
    t.join(10)
    assert other == [False, True]


def test_a_writer_that_cannot_get_its_turn_leaves_the_line():
    line = WriteQueue()
    held, release, done = threading.Event(), threading.Event(), threading.Event()
    got: list[str] = []

    def holder() -> None:
        assert line.acquire(1)
        held.set()
        release.wait(30)
        line.release()

    def patient() -> None:
        if line.acquire(30):
            got.append("patient")
            line.release()
        done.set()

    threading.Thread(target=holder, daemon=True).start()
    assert held.wait(10)
    began = time.monotonic()
    assert not line.acquire(0.2)  # gave up: no turn within its time
    assert 0.15 <= time.monotonic() - began < 5
    assert line.waiting == 0  # … and left the line
    threading.Thread(target=patient, daemon=True).start()
    wait_for(lambda: line.waiting == 1, what="the patient writer in line")
    release.set()
    assert done.wait(10)
    assert got == ["patient"]  # handed to the one still waiting, not the one that left
    assert line.waiting == 0 and line.acquire(0)


def test_a_writer_interrupted_in_line_leaves_it():
    """Ctrl+C (here: an exception from a signal handler) while waiting in line: the writer
    leaves the line, so the turn is never handed to nobody."""
    import signal

    class Interrupted(Exception):
        pass

    def interrupt(_signum: int, _frame: object) -> None:
        raise Interrupted

    line = WriteQueue()
    held, release = threading.Event(), threading.Event()

    def holder() -> None:
        assert line.acquire(1)
        held.set()
        release.wait(30)
        line.release()

    thread = threading.Thread(target=holder, daemon=True)
    thread.start()
    assert held.wait(10)
    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        with pytest.raises(Interrupted):
            line.acquire(30)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert line.waiting == 0
    release.set()
    thread.join(10)
    assert line.acquire(0)  # free, not handed to the writer that left
    line.release()


# ------------------------------------------------------------------ over the real API


def bulk_body(client: int, count: int, shop_id: int) -> dict[str, Any]:
    return {"range": {"first": iccid(client * 1_000_000), "count": count},
            "shopId": str(shop_id)}


@pytest.mark.slow
def test_eight_parallel_bulk_adds_over_the_api_all_succeed(apis):
    """8 × 40,000 new cards into one shop at once (on the code before the line: five 500s
    or 503s after SQLite's 15 s busy timeout; the requests took some 3 s each)."""
    clients, count = 8, 40_000
    shop = shops.create_shop({"name": "Chorsu", "region": "Toshkent shahri"})
    barrier = threading.Barrier(clients)

    def post(i: int) -> tuple[float, requests.Response]:
        body = bulk_body(i, count, shop.id)
        barrier.wait(30)
        began = time.monotonic()
        reply = requests.post(f"{apis.main}/simcards/bulk", json=body,
                              headers=WEBAPP_HEADERS, timeout=T)
        return time.monotonic() - began, reply

    with ThreadPoolExecutor(clients) as pool:
        answers = list(pool.map(post, range(clients)))
    statuses = [reply.status_code for _took, reply in answers]
    assert statuses == [200] * clients, [r.text[:300] for _t, r in answers]
    ids: set[str] = set()
    for i, (took, reply) in enumerate(answers):
        data = reply.json()
        assert (data["created"], data["duplicates"], data["invalid"]) == (count, 0, 0)
        assert [c["code"] for c in data["created_cards"]] == pack(count, i * 1_000_000)
        ids.update(c["id"] for c in data["created_cards"])
        assert took < WRITE_WAIT_SECONDS + 60, took  # generous: a loaded 2-core machine
    assert len(ids) == clients * count
    assert SimCard.select().count() == clients * count
    assert SimCard.select().where(SimCard.shop == shop.id,
                                  SimCard.status == "assigned").count() == clients * count
    changes = StatusCheck.select().where(StatusCheck.kind == "change")
    assert changes.count() == clients * count
    assert changes.where(StatusCheck.shop == shop.id, StatusCheck.new_status == "assigned",
                         StatusCheck.source == "api").count() == clients * count
    stored_ids = {str(row[0]) for row in SimCard.select(SimCard.id).tuples()}
    assert stored_ids == ids


@pytest.mark.slow
def test_another_program_holding_the_lock_is_busy_not_an_error(apis, data_dir, tmp_path):
    """Another program keeps the write lock beyond every limit: three API writes (one waits
    for SQLite, two in line behind it), the CLI and a plain statement all give up with
    "busy" within the bound, and nothing of theirs is written."""
    shop = shops.create_shop({"name": "Chorsu", "region": "Toshkent shahri"})
    codes_file = tmp_path / "pack.txt"
    codes_file.write_text("\n".join(pack(500, 9_000_000)) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIMDESK_")}
    statement: list[BaseException] = []

    def plain_statement() -> None:  # a write outside simdesk's write transactions
        try:
            current_database().execute_sql("UPDATE shop SET notes = 'x'")
        except BaseException as exc:
            statement.append(exc)

    with other_program_writing(data_dir):
        began = time.monotonic()
        cli = subprocess.Popen(
            [sys.executable, "-m", "simdesk", "--data-dir", str(data_dir), "import",
             str(codes_file), "--shop", "Chorsu"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        plain = start(plain_statement, "plain-statement")

        def post(i: int) -> tuple[float, requests.Response]:
            reply = requests.post(f"{apis.main}/simcards/bulk",
                                  json=bulk_body(10 + i, 1_000, shop.id),
                                  headers=WEBAPP_HEADERS, timeout=T)
            return time.monotonic() - began, reply

        with ThreadPoolExecutor(3) as pool:
            answers = list(pool.map(post, range(3)))
        out, err = cli.communicate(timeout=120)
        cli_took = time.monotonic() - began
        plain.join(60)

        for took, reply in answers:
            assert reply.status_code == 503, reply.text
            assert reply.json()["error"]["code"] == "busy"
            assert reply.headers["Retry-After"] == "5"
            # Waited for the other program (SQLite's busy timeout) and no longer than the
            # bound, give or take a loaded machine.
            assert SQLITE_TIMEOUT_SECONDS - 1 <= took < WRITE_WAIT_SECONDS + 15, took
        assert max(t for t, _r in answers) >= WRITE_WAIT_SECONDS - 2  # two waited in line
        assert cli.returncode == 1, (out, err)
        assert err.splitlines() == [BUSY_LINE] and out == ""
        assert SQLITE_TIMEOUT_SECONDS - 1 <= cli_took < SQLITE_TIMEOUT_SECONDS + 30
        assert len(statement) == 1 and isinstance(statement[0], BusyError)
        assert write_queue().waiting == 0

    # Nothing half-written; the other program rolled back; the same request works now.
    assert SimCard.select().count() == 0
    assert StatusCheck.select().count() == 0
    assert [s.name for s in Shop.select()] == ["Chorsu"]
    assert "other_program" not in current_database().get_tables()
    again = requests.post(f"{apis.main}/simcards/bulk", json=bulk_body(10, 1_000, shop.id),
                          headers=WEBAPP_HEADERS, timeout=T)
    assert again.status_code == 200 and again.json()["created"] == 1_000


# ------------------------------------------------------------------ the window


@pytest.mark.slow
def test_the_window_says_the_database_is_busy_in_its_language(gui_ctx, data_dir, qtbot,
                                                              qapp):
    from simdesk.gui import i18n
    from simdesk.gui.pages.shops import ShopsPage
    from simdesk.tools import i18n as tool

    i18n.set_language(qapp, "uz")
    try:
        page = ShopsPage(gui_ctx)
        qtbot.addWidget(page)
        dialog = page.open_add_dialog()
        qtbot.keyClicks(dialog.name_edit, "Yunusobod")
        with other_program_writing(data_dir):
            began = time.monotonic()
            dialog.accept()  # on the GUI thread, as a click on Save
            took = time.monotonic() - began
        assert SQLITE_TIMEOUT_SECONDS - 1 <= took < WRITE_WAIT_SECONDS + 15
        assert dialog.isVisible() and dialog.name_edit.text() == "Yunusobod"
        text = dialog.error_label.text()
        assert text.startswith(tool.translation_of(
            "uz", "problems", "The database is busy: another program is writing to it. "
            "Nothing was changed; try again in a moment."))
        assert "band" in text  # Uzbek: "Maʼlumotlar bazasi band …"
        assert Shop.select().count() == 0
    finally:
        i18n.set_language(qapp, "en")
