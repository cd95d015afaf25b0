"""Two ``simdesk serve`` on one data folder, as real processes: exactly one runs an
auto-check (the run lease), the other says a run is in progress elsewhere; when the owner is
killed, the other takes over once the lease has expired."""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from simdesk.checking.fake_operator import FakeOperator
from simdesk.domain import settings, shops, simcards
from simdesk.storage.database import close_database, open_database
from tests.conftest import WEBAPP_HEADERS
from tests.helpers import pack
from tests.test_api_server import read_urls, serve_command, simdesk_env

T = 10
CARDS = 200
LEASE_SECONDS = 5


def prepare(data_dir: Path, operator_url: str) -> None:
    open_database(data_dir)
    try:
        shop = shops.create_shop({"name": "Chorsu"})
        simcards.bulk_add(simcards.entries_from_codes(pack(CARDS)), shop_id=shop.id,
                          source="cli")
        settings.set_many({"status_source.url": operator_url, "checks.concurrency": 4,
                           "checks.lease_seconds": LEASE_SECONDS})
    finally:
        close_database()


class Serve:
    def __init__(self, data_dir: Path) -> None:
        self.proc = subprocess.Popen(
            serve_command(data_dir, "--main-port", "0", "--status-port", "0"),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=simdesk_env())
        self.main, _status, _lines = read_urls(self.proc)

    def auto_check(self) -> requests.Response:
        return requests.post(f"{self.main}/simcards/auto-check?async=1",
                             headers=WEBAPP_HEADERS, timeout=T)

    def run_state(self, run_id: str) -> str:
        reply = requests.get(f"{self.main}/auto-check/runs/{run_id}", headers=WEBAPP_HEADERS,
                             timeout=T)
        assert reply.status_code == 200, reply.text
        return str(reply.json()["state"])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.communicate()


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[FakeOperator, Serve, Serve]]:
    operator = FakeOperator(latency=0.05, sold_share=0.0).start()
    data_dir = tmp_path / "office"
    prepare(data_dir, operator.url)
    first = second = None
    try:
        first = Serve(data_dir)
        second = Serve(data_dir)
        yield operator, first, second
    finally:
        for serve in (first, second):
            if serve is not None:
                serve.stop()
        operator.stop()


def wait_done(serve: Serve, run_id: str, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while serve.run_state(run_id) == "running":
        assert time.monotonic() < end, f"run {run_id} still running after {timeout} s"
        time.sleep(0.2)


def test_two_serves_on_one_folder_run_one_auto_check(office) -> None:
    operator, first, second = office
    replies: dict[str, requests.Response] = {}
    start = threading.Barrier(2)

    def ask(name: str, serve: Serve) -> None:
        start.wait()
        replies[name] = serve.auto_check()

    threads = [threading.Thread(target=ask, args=(name, serve))
               for name, serve in (("first", first), ("second", second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(T)
    statuses = sorted(reply.status_code for reply in replies.values())
    assert statuses == [202, 409], {k: r.text for k, r in replies.items()}
    owner_name = next(name for name, reply in replies.items() if reply.status_code == 202)
    owner = first if owner_name == "first" else second
    other = second if owner is first else first
    run_id = replies[owner_name].json()["runId"]
    refusal = replies["second" if owner_name == "first" else "first"].json()["error"]
    assert refusal["code"] == "run_in_progress_elsewhere"
    assert refusal["details"]["runId"] == run_id
    # The other process reports the owner's run as running, then done.
    assert other.run_state(run_id) in ("running", "done")
    wait_done(owner, run_id)
    assert other.run_state(run_id) == "done"
    assert operator.requests == CARDS  # one run talked to the source: once per card


def test_killed_owner_is_taken_over_after_the_lease_expires(office) -> None:
    operator, first, second = office
    operator.latency = 0.3  # a long run: 200 × 0.3 s / 4 ≈ 15 s
    started = first.auto_check()
    assert started.status_code == 202, started.text
    end = time.monotonic() + T
    while operator.requests == 0:
        assert time.monotonic() < end
        time.sleep(0.05)
    first.proc.kill()  # SIGKILL: no chance to release the lease
    first.proc.communicate()
    killed_at = time.monotonic()
    refused = second.auto_check()
    assert refused.status_code == 409, refused.text
    assert refused.json()["error"]["code"] == "run_in_progress_elsewhere"
    operator.latency = 0.0
    while (reply := second.auto_check()).status_code == 409:
        assert time.monotonic() - killed_at < LEASE_SECONDS + 10, "never taken over"
        time.sleep(0.25)
    assert reply.status_code == 202, reply.text
    waited = time.monotonic() - killed_at
    # The lease was renewed at most a third of its time before the kill.
    assert waited >= LEASE_SECONDS * 2 / 3 - 0.5
    wait_done(second, reply.json()["runId"])
