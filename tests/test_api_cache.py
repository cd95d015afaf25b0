"""The response and token caches never serve stale data: writes through simdesk show at
once, writes by another program within about a second, a revoked token at once."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from simdesk.api.core import RESPONSE_CACHE_ENV, ResponseCache, response_cache_wanted
from simdesk.domain import simcards, users
from simdesk.storage.db import DB_FILENAME, write_generation
from tests.conftest import WEBAPP_HEADERS, RunningApis, make_runtime
from tests.helpers import iccid, pack

T = 10


def total(apis) -> int:
    reply = requests.get(f"{apis.main}/simcards?limit=5", headers=WEBAPP_HEADERS, timeout=T)
    assert reply.status_code == 200
    return int(reply.headers["X-Total-Count"])


def test_write_through_the_api_is_seen_at_once(apis):
    simcards.bulk_add(simcards.entries_from_codes(pack(3)), source="cli")
    assert total(apis) == 3
    assert total(apis) == 3  # now answered from the cache
    created = requests.post(f"{apis.main}/simcards", json={"code": iccid(500)},
                            headers=WEBAPP_HEADERS, timeout=T)
    assert created.status_code == 201
    for _ in range(20):  # every worker thread must see it, whichever answers
        assert total(apis) == 4


def test_write_by_the_services_in_this_process_is_seen_at_once(apis):
    assert total(apis) == 0
    before = write_generation()
    simcards.create_card(iccid(7))
    assert write_generation() != before
    assert total(apis) == 1


def test_write_by_another_program_is_seen_within_a_second(apis, data_dir):
    assert total(apis) == 0
    other = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        with other:
            other.execute(
                "INSERT INTO simcard (code, status, added_date, updated_at, notes) "
                "VALUES (?, 'available', '2026-01-01 00:00:00', '2026-01-01 00:00:00', '')",
                (iccid(9),))
    finally:
        other.close()
    deadline = time.monotonic() + 5  # about a second by design; loose for a busy machine
    seen = total(apis)
    while seen != 1 and time.monotonic() < deadline:
        time.sleep(0.1)
        seen = total(apis)
    assert seen == 1


def test_logout_and_disable_take_effect_at_once(apis):
    viewer = users.add_user("watcher", "Watch-Passw0rd", "viewer")
    token, _ = users.issue_token(viewer)
    bearer = {"Authorization": f"Bearer {token}"}
    assert requests.get(f"{apis.main}/shops", headers=bearer, timeout=T).status_code == 200
    assert requests.get(f"{apis.main}/shops", headers=bearer, timeout=T).status_code == 200
    out = requests.post(f"{apis.main}/auth/logout", headers=bearer, timeout=T)
    assert out.status_code == 200
    assert requests.get(f"{apis.main}/shops", headers=bearer, timeout=T).status_code == 401
    token2, _ = users.issue_token(viewer)
    bearer2 = {"Authorization": f"Bearer {token2}"}
    assert requests.get(f"{apis.main}/shops", headers=bearer2, timeout=T).status_code == 200
    users.set_active(viewer.id, False)
    assert requests.get(f"{apis.main}/shops", headers=bearer2, timeout=T).status_code == 401


@pytest.fixture
def uncached_apis(monkeypatch, db, data_dir) -> Iterator[RunningApis]:
    """The APIs started with the benchmarks' switch $SIMDESK_RESPONSE_CACHE=off."""
    monkeypatch.setenv(RESPONSE_CACHE_ENV, "off")
    runtime = make_runtime(db, data_dir).start(schedule=False, all_or_nothing=True)
    try:
        yield RunningApis(runtime)
    finally:
        runtime.close()


class CountingCache(ResponseCache):
    """The real response cache, counting the answers it is asked to keep."""

    def __init__(self) -> None:
        super().__init__()
        self.kept = 0

    def put(self, key: Any, status: str, headers: dict[str, str], body: bytes) -> None:
        self.kept += 1
        super().put(key, status, headers, body)


def statistics_answers(running: RunningApis, times: int) -> CountingCache:
    counting = CountingCache()
    running.runtime.servers.main_api.cache = counting
    for _ in range(times):
        reply = requests.get(f"{running.main}/statistics", headers=WEBAPP_HEADERS, timeout=T)
        assert reply.status_code == 200
        assert reply.json()["totalSimCards"] == 0
    return counting


def test_the_response_cache_keeps_answers_by_default(apis):
    assert statistics_answers(apis, 3).kept >= 1


def test_the_benchmarks_switch_turns_the_response_cache_off(uncached_apis):
    """$SIMDESK_RESPONSE_CACHE=off (benchmarks/api_jobs.py): every answer is computed afresh,
    none is kept."""
    assert statistics_answers(uncached_apis, 3).kept == 0


def test_the_switch_reads_only_off_values(monkeypatch):
    for value, wanted in (("off", False), ("0", False), ("No", False), ("on", True),
                          ("", True)):
        monkeypatch.setenv(RESPONSE_CACHE_ENV, value)
        assert response_cache_wanted() is wanted
    monkeypatch.delenv(RESPONSE_CACHE_ENV)
    assert response_cache_wanted() is True
