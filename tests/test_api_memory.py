"""Bounded server memory: the response cache keeps at most its byte budget whatever the
threads put in it, whole card lists (streamed) are never kept, and memory is given back
after a big request.  (The RSS after 8 bulk adds of 100,000 codes is measured by
benchmarks/server_memory.py: too slow for the suite.)"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from simdesk import memtrim
from simdesk.api import core
from simdesk.api.core import CACHE_ENTRY_OVERHEAD, ResponseCache
from simdesk.domain import simcards
from simdesk.storage.db import current_database, release_connection_memory, sqlite_heap_limit
from tests.conftest import WEBAPP_HEADERS
from tests.helpers import pack

T = 30


def test_cache_stays_within_its_byte_budget_under_concurrent_puts():
    budget = 64 * 1024
    cache = ResponseCache(budget=budget, max_body=8 * 1024)
    over: list[int] = []
    found: list[int] = []
    wrong: list[str] = []
    start = threading.Barrier(8)

    def worker(n: int) -> None:
        start.wait()
        for i in range(400):
            body = bytes([n]) * (1000 + (i * 37 + n * 11) % 7000)
            key = ("/statistics", f"i={i}", (1, 1, 1))
            cache.put(key, "200 OK", {"X-Total-Count": str(i)}, body)
            used = cache.size_bytes
            if used > budget:
                over.append(used)
            # The entry just put may already be gone (the other threads' puts in between
            # can fill the budget); if it is there, it is this thread's, whole.
            hit = cache.get(key)
            if hit is None:
                continue
            found.append(n)
            if hit[2] != body or hit[1] != {"X-Total-Count": str(i)}:
                wrong.append(f"thread {n} entry {i}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert over == []
    assert wrong == []
    assert found  # entries were kept and found
    assert 0 < cache.size_bytes <= budget
    # Each entry costs its body plus the overhead: far fewer than the 3,200 put fit.
    assert 0 < len(cache) <= budget // (1000 + CACHE_ENTRY_OVERHEAD)


def test_cache_drops_the_least_recently_used_first():
    cache = ResponseCache(budget=3 * (1000 + CACHE_ENTRY_OVERHEAD), max_body=1000)
    for name in ("a", "b", "c"):
        cache.put(name, "200 OK", {}, b"x" * 1000)
    assert cache.get("a") is not None  # a is now the most recent
    cache.put("d", "200 OK", {}, b"x" * 1000)
    assert cache.get("b") is None
    assert [cache.get(k) is not None for k in ("a", "c", "d")] == [True, True, True]


def test_cache_keeps_no_answer_larger_than_its_limit():
    cache = ResponseCache(budget=1024 * 1024, max_body=4096)
    cache.put("big", "200 OK", {}, b"x" * 4097)
    cache.put("small", "200 OK", {}, b"x" * 4096)
    assert cache.get("big") is None
    assert cache.get("small") is not None
    assert cache.size_bytes == 4096 + CACHE_ENTRY_OVERHEAD


def test_cache_answers_only_the_thread_that_stored_the_entry():
    # PRAGMA data_version (part of the key) is a number per connection, i.e. per thread.
    cache = ResponseCache()
    cache.put("k", "200 OK", {}, b"answer")
    seen: list[object] = []
    other = threading.Thread(target=lambda: seen.append(cache.get("k")))
    other.start()
    other.join()
    assert seen == [None]
    assert cache.get("k") == ("200 OK", {}, b"answer")


def test_whole_card_list_is_streamed_and_never_cached(apis):
    simcards.bulk_add(simcards.entries_from_codes(pack(30)), source="cli")
    cache = apis.runtime.servers.main_api.cache
    session = requests.Session()
    for _ in range(3):
        whole = session.get(f"{apis.main}/simcards", headers=WEBAPP_HEADERS, timeout=T)
        assert whole.status_code == 200
        assert len(whole.json()) == 30
    assert len(cache) == 0
    page = session.get(f"{apis.main}/simcards?limit=5", headers=WEBAPP_HEADERS, timeout=T)
    assert page.status_code == 200 and len(page.json()) == 5
    assert len(cache) == 1  # a page is kept: the cache works, it is the stream it skips


def test_memory_is_given_back_after_a_big_request_only(apis):
    session = requests.Session()
    before = core.memory_releases()
    small = session.post(f"{apis.main}/simcards/bulk", json={"codes": pack(3)},
                         headers=WEBAPP_HEADERS, timeout=T)
    assert small.status_code == 200, small.text
    assert core.memory_releases() == before
    big = session.post(f"{apis.main}/simcards/bulk", json={"codes": pack(60_000, start=10)},
                       headers=WEBAPP_HEADERS, timeout=T)  # a 1.5 MB body
    assert big.status_code == 200, big.text
    assert big.json()["created"] == 60_000
    assert core.memory_releases() > before
    # The server still answers afterwards, from the same threads and connections.
    total = session.get(f"{apis.main}/simcards?limit=1", headers=WEBAPP_HEADERS, timeout=T)
    assert total.headers["X-Total-Count"] == "60003"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc only")
def test_malloc_trim_and_settings_work_on_glibc():
    if not memtrim.available():
        pytest.skip("not glibc (e.g. musl)")
    assert memtrim.trim() is True
    assert memtrim.tune_for_server() is True
    assert memtrim.tune_for_server() is True  # once per process; later calls agree
    assert memtrim.limit_arenas(4) is True
    assert memtrim.limit_arenas(0) is False


def test_no_glibc_on_other_systems():
    # Windows and macOS have no malloc_trim: trim() and the settings do nothing there.
    assert memtrim.open_glibc("win32") is None
    assert memtrim.open_glibc("darwin") is None


def test_sqlite_connection_memory_released_and_connection_still_works(db):
    simcards.bulk_add(simcards.entries_from_codes(pack(50)), source="cli")
    assert release_connection_memory() is True
    assert current_database().execute_sql("SELECT count(*) FROM simcard").fetchone()[0] == 50
    current_database().close()
    assert release_connection_memory() is False  # no open connection: nothing to shrink


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_memory_benchmark_runs_at_a_tiny_size():
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "server_memory.py"
    done = subprocess.run(
        [sys.executable, str(script), "--requests", "2", "--count", "2000", "--settle", "0"],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "request 2:" in done.stdout
    assert re.search(r"after the last request and settled: [\d.]+ MiB", done.stdout)


def test_sqlite_memory_has_one_budget_for_the_process(db):
    mib = 1024 * 1024
    assert [sqlite_heap_limit(n) for n in (1, 2, 8, 64)] == [64 * mib, 64 * mib, 256 * mib,
                                                           512 * mib]
    limit = current_database().execute_sql("PRAGMA soft_heap_limit").fetchone()[0]
    assert limit == sqlite_heap_limit()
    # Each connection still gets a whole page cache for one big query.
    cache = current_database().execute_sql("PRAGMA cache_size").fetchone()[0]
    assert cache == -32000
