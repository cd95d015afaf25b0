"""Sixteen web-app clients writing at once for twenty seconds against a real `simdesk serve`
while auto-checks keep running: no server error, and afterwards every count reconciles —
the clients' own ledgers, the statistics, the status log of every card, and the source's
requests against the check rows."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import requests

from simdesk.checking.fake_operator import FakeOperator
from simdesk.domain import settings, shops, simcards
from simdesk.domain.codes import expand_range, luhn_check_digit
from simdesk.storage.database import close_database, open_database
from tests.conftest import WEBAPP_HEADERS
from tests.helpers import pack
from tests.test_api_server import read_urls, serve_command, simdesk_env

CLIENTS = 16
SECONDS = 20
T = 30
SHOPS = 6
STOCK = 1500


class Ledger:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.created = 0
        self.deleted = 0
        self.shops = 0
        self.statuses: Counter[int] = Counter()
        self.calls = 0

    def note(self, reply: requests.Response) -> None:
        with self.lock:
            self.calls += 1
            self.statuses[reply.status_code] += 1


def client(main: str, number: int, end: float, ledger: Ledger, shop_ids: list[str]) -> None:
    rng = random.Random(number)
    session = requests.Session()
    session.headers.update(WEBAPP_HEADERS)
    serial = 0

    def call(method: str, path: str, **kwargs: Any) -> requests.Response:
        reply = session.request(method, main + path, timeout=T, **kwargs)
        ledger.note(reply)
        return reply

    def some(status: str) -> list[dict[str, Any]]:
        reply = call("GET", f"/simcards?status={status}&limit=20&offset={rng.randint(0, 200)}")
        return list(reply.json()) if reply.status_code == 200 else []

    while time.monotonic() < end:
        action = rng.choice(("add", "add", "assign", "return", "sell", "delete", "shop",
                             "read", "read"))
        if action == "add":
            serial += 1
            body = f"8999{number:02d}{serial:05d}" + "0" * 7
            codes = expand_range(body + luhn_check_digit(body), count=10)
            reply = call("POST", "/simcards/bulk", json={"codes": codes})
            if reply.status_code == 200:
                with ledger.lock:
                    ledger.created += int(reply.json()["created"])
        elif action == "assign":
            call("POST", "/simcards/assign", json={"shopId": rng.choice(shop_ids), "count": 5})
        elif action == "return":
            held = some("assigned")
            if held:
                call("POST", "/simcards/assign",
                     json={"shopId": None, "ids": [c["id"] for c in held[:3]]})
        elif action == "sell":
            held = some("assigned")
            if held:
                call("PUT", f"/simcards/{rng.choice(held)['id']}", json={"status": "sold"})
        elif action == "delete":
            stock = some("available")
            if stock:
                reply = call("DELETE", f"/simcards/{rng.choice(stock)['id']}")
                if reply.status_code == 200:
                    with ledger.lock:
                        ledger.deleted += 1
        elif action == "shop":
            reply = call("POST", "/shops", json={"name": f"Load {number}-{serial}-{rng.random()}",
                                                  "region": "Toshkent shahri"})
            serial += 1
            if reply.status_code == 201:
                with ledger.lock:
                    ledger.shops += 1
        else:
            call("GET", rng.choice(("/statistics", "/shops", "/simcards?limit=50",
                                    "/statistics/shops")))


def test_sixteen_writers_and_the_auto_check_reconcile(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    operator = FakeOperator(latency=0.02, sold_share=0.3).start()
    open_database(data_dir)
    try:
        shop_ids = [str(shops.create_shop({"name": f"Shop {i}", "region": "Navoiy viloyati"}).id)
                    for i in range(SHOPS)]
        simcards.bulk_add(simcards.entries_from_codes(pack(STOCK)), source="cli")
        for sid in shop_ids:
            simcards.assign_cards(int(sid), count=100, source="cli")
        settings.set_many({"status_source.url": operator.url, "checks.concurrency": 4})
    finally:
        close_database()
    proc = subprocess.Popen(serve_command(data_dir, "--main-port", "0", "--status-port", "0"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=simdesk_env())
    ledger = Ledger()
    runs: list[str] = []
    try:
        main, _status, _lines = read_urls(proc)
        end = time.monotonic() + SECONDS
        threads = [threading.Thread(target=client, args=(main, n, end, ledger, shop_ids))
                   for n in range(CLIENTS)]
        for thread in threads:
            thread.start()
        while time.monotonic() < end:  # auto-checks, one after the other, all along
            reply = requests.post(f"{main}/simcards/auto-check?async=1",
                                  headers=WEBAPP_HEADERS, timeout=T)
            assert reply.status_code == 202, reply.text
            run_id = reply.json()["runId"]
            if run_id not in runs:
                runs.append(run_id)
            while time.monotonic() < end and requests.get(
                    f"{main}/auto-check/runs/{run_id}", headers=WEBAPP_HEADERS,
                    timeout=T).json()["state"] == "running":
                time.sleep(0.2)
        for thread in threads:
            thread.join(T)
        for run_id in runs:  # let the last one end
            while requests.get(f"{main}/auto-check/runs/{run_id}", headers=WEBAPP_HEADERS,
                               timeout=T).json()["state"] == "running":
                time.sleep(0.2)
        numbers = requests.get(f"{main}/statistics", headers=WEBAPP_HEADERS, timeout=T).json()
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
        operator.stop()
    assert proc.returncode == 0, err
    assert "Traceback" not in err

    errors = {status: n for status, n in ledger.statuses.items() if status >= 500}
    assert errors == {}, ledger.statuses
    assert ledger.calls > 500  # the load was real
    with sqlite3.connect(data_dir / "simcard_db.sqlite") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        total = conn.execute("SELECT COUNT(*) FROM simcard").fetchone()[0]
        by_status = dict(conn.execute("SELECT status, COUNT(*) FROM simcard GROUP BY status"))
        shop_count = conn.execute("SELECT COUNT(*) FROM shop").fetchone()[0]
        # Every card's status is the one its latest logged change gave it (or "available"
        # for a card nothing has happened to).
        wrong = conn.execute("""
            SELECT c.id, c.status, (SELECT l.new_status FROM status_check l
                                    WHERE l.simcard_id = c.id AND l.changed
                                    ORDER BY l.id DESC LIMIT 1) AS logged
            FROM simcard c""").fetchall()
        unsold_dates = conn.execute(
            "SELECT COUNT(*) FROM simcard WHERE status = 'sold' AND sale_date IS NULL"
        ).fetchone()[0]
        check_rows = conn.execute(
            f"SELECT COUNT(*) FROM status_check WHERE kind = 'check' AND run_id IN "
            f"({', '.join('?' * len(runs))})", runs).fetchone()[0]
    assert total == STOCK + ledger.created - ledger.deleted
    assert shop_count == SHOPS + ledger.shops
    assert numbers["totalSimCards"] == total
    assert (numbers["availableSimCards"], numbers["assignedSimCards"],
            numbers["soldSimCards"]) == (by_status.get("available", 0),
                                         by_status.get("assigned", 0), by_status.get("sold", 0))
    mismatched = [(cid, status, logged) for cid, status, logged in wrong
                  if (logged or "available") != status]
    assert mismatched == []
    assert unsold_dates == 0
    assert runs and check_rows == operator.requests  # every request the source saw, logged
