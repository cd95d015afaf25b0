"""Killed seed conversions and restores leave no litter and no half state.

``python -m simdesk`` runs as a real subprocess on a database big enough (100,000 cards) to
be killed (SIGKILL) mid-way: while it copies the file, just after, and at a random moment.
After every kill the database passes ``PRAGMA integrity_check`` and is either the old one
untouched or the new one complete; at most one copy of the seed database is kept however
often the conversion was stopped; the next start removes the half-written copies.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from simdesk.storage import migrations
from simdesk.storage.backup import backup_database
from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import DB_FILENAME
from tests.test_cli import clean_env, ok, run
from tests.test_seed_migration import ADDED, CHECKED, HISTORY, SEED_SCHEMA, SOLD

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal"),
]

CARDS = 100_000
SHOPS = 50


def start(data: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "simdesk", "--data-dir", str(data), *args],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=clean_env())


def partials(folder: Path) -> list[Path]:
    """Half-written copies (``.NAME.partial-PID``) in ``folder`` and below."""
    return sorted(p for p in folder.rglob(".*.partial-*") if p.is_file())


def kill_when(proc: subprocess.Popen[bytes], ready: Callable[[], bool] | None,
              delay: float) -> bool:
    """SIGKILL ``proc`` ``delay`` seconds after ``ready()`` (polled every millisecond) became
    true — or after ``delay`` from now without one.  False when it ended by itself first."""
    deadline = time.monotonic() + 120
    while ready is not None and not ready():
        if proc.poll() is not None:
            return False
        assert time.monotonic() < deadline, "the moment to kill never came"
        time.sleep(0.001)
    time.sleep(delay)
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return True


Moment = Callable[[int], Callable[[], bool]] | None  # the process id → is it time?


def copying(folder: Path, pattern: str) -> Moment:
    """Once process PID's half-written copy ``pattern`` (``…partial-``PID) is there."""
    return lambda pid: lambda: bool(list(folder.glob(f"{pattern}{pid}")))


def copied(folder: Path, pattern: str) -> Moment:
    """Once process PID's half-written copy was seen and is gone again (the copy is
    complete, or was found the same as an earlier one and dropped)."""

    def for_process(pid: int) -> Callable[[], bool]:
        seen = False

        def ready() -> bool:
            nonlocal seen
            present = bool(list(folder.glob(f"{pattern}{pid}")))
            seen = seen or present
            return seen and not present

        return ready

    return for_process


def run_and_kill(data: Path, moment: Moment, delay: float, *args: str) -> bool:
    proc = start(data, *args)
    return kill_when(proc, moment(proc.pid) if moment is not None else None, delay)


def kill_runs(data: Path, moments: list[tuple[str, Moment, Callable[[], float]]],
              args: tuple[str, ...], check: Callable[[str], bool], *, kills: int = 5,
              attempts: int = 16) -> list[str]:
    """Run ``simdesk ARGS`` and kill it at each moment in turn (the list again from the top
    when a run ended before its moment), until ``kills`` runs were killed; ``check(what)``
    after every run, which returns True when there is nothing left to stop."""
    killed: list[str] = []
    for n in range(attempts):
        what, moment, delay = moments[n % len(moments)]
        if run_and_kill(data, moment, delay(), *args):
            killed.append(what)
        if check(what) or len(killed) >= kills + 1:
            break
    return killed


def timed(data: Path, *args: str) -> float:
    """How long ``simdesk ARGS`` takes from start to end."""
    began = time.monotonic()
    ok(run(data, *args))
    return time.monotonic() - began


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


# ------------------------------------------------------------------ the seed conversion


def build_big_seed(path: Path) -> None:
    """The old server's database with CARDS cards in SHOPS shops (as test_seed_migration's
    large seed), in WAL mode like the old server left it."""
    conn = sqlite3.connect(path)
    conn.executescript(SEED_SCHEMA)
    conn.execute("PRAGMA journal_mode=WAL")
    shop_ids = [str(uuid.uuid4()) for _ in range(SHOPS)]
    conn.executemany(
        "INSERT INTO shops VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(sid, f"Shop {i}", "Owner", "+998901234567", "Street", None, None, "active",
          "Toshkent", "[]", ADDED) for i, sid in enumerate(shop_ids)],
    )
    statuses = ("available", "assigned", "sold")
    rows = []
    for i in range(CARDS):
        status = statuses[i % 3]
        shop = shop_ids[i % SHOPS] if status != "available" else None
        history = json.dumps(HISTORY[:1]) if i % 10 == 0 else "[]"
        rows.append((str(uuid.uuid4()), f"89998{i:014d}", status, shop, None, ADDED,
                     SOLD if status == "sold" else None, CHECKED, CHECKED, "active", history))
    conn.executemany("INSERT INTO simcards VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("INSERT INTO users VALUES ('u', 'admin', 'pw', 'admin')")
    conn.commit()
    conn.close()


def seed_state(path: Path) -> str:
    """"seed" (untouched) or "converted" (completely); anything else fails the test."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = table_names(conn)
        if "schema_version" not in tables:
            assert "simcard" not in tables
            assert conn.execute("SELECT COUNT(*) FROM simcards").fetchone() == (CARDS,)
            assert conn.execute("SELECT COUNT(*) FROM shops").fetchone() == (SHOPS,)
            return "seed"
        assert not tables & {"simcards", "shops", "users"}
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone() == (
            migrations.LATEST_VERSION,)
        assert conn.execute("SELECT COUNT(*) FROM simcard").fetchone() == (CARDS,)
        assert conn.execute("SELECT COUNT(*) FROM shop").fetchone() == (SHOPS,)
        return "converted"
    finally:
        conn.close()


def seed_backups(data: Path) -> list[Path]:
    return sorted(data.glob(f"{DB_FILENAME}.seed-backup-*"))


def test_killed_seed_conversions_keep_one_copy_and_no_half_state(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    build_big_seed(data / DB_FILENAME)
    partial = f".{DB_FILENAME}.seed-backup-*.partial-"
    rng = random.Random()
    moments: list[tuple[str, Moment, Callable[[], float]]] = [
        ("while copying the seed", copying(data, partial), lambda: 0.0),
        ("as the conversion starts", copied(data, partial), lambda: 0.02),
        ("during the conversion", copied(data, partial), lambda: rng.uniform(0.05, 1.0)),
        ("at a random moment", None, lambda: rng.uniform(0.5, 3.0)),
    ]

    def check(what: str) -> bool:
        state = seed_state(data / DB_FILENAME)
        assert len(seed_backups(data)) <= 1, (what, seed_backups(data))
        return state == "converted"

    kills = kill_runs(data, moments, ("migrate",), check)
    assert len(kills) >= 5, kills

    # The next start converts it (or finds it converted), with the one copy, and no litter.
    lines = ok(run(data, "migrate"))
    assert lines[-1] == f"schema version {migrations.LATEST_VERSION}"
    assert seed_state(data / DB_FILENAME) == "converted"
    backups = seed_backups(data)
    assert len(backups) == 1, backups
    assert seed_state(backups[0]) == "seed"  # the original, every row
    assert partials(data) == []


# ------------------------------------------------------------------ restore


def make_live(data: Path, tmp_path: Path) -> Path:
    """A data folder of CARDS cards in shop "Before"; returns a backup holding them in shop
    "After" with one more card."""
    db = open_database(data)
    try:
        db.execute_sql("INSERT INTO shop (name, owner_name, owner_phone, address, region, "
                       "status, notes, added_date, updated_at) VALUES ('Before', '', '', '', "
                       "'Toshkent', 'active', '', '2026-01-01', '2026-01-01')")
        with db.atomic():
            db.cursor().executemany(
                "INSERT INTO simcard (code, status, shop_id, added_date, updated_at, notes) "
                "VALUES (?, 'assigned', 1, '2026-01-01', '2026-01-01', '')",
                [(f"89998{i:014d}",) for i in range(CARDS)])
        saved = backup_database(tmp_path / "saved.sqlite", data_dir=data)
    finally:
        close_database()
    conn = sqlite3.connect(saved)
    conn.execute("UPDATE shop SET name = 'After'")
    conn.execute("INSERT INTO simcard (code, status, shop_id, added_date, updated_at, notes) "
                 "VALUES ('8999899999999999999', 'assigned', 1, '2026-01-02', '2026-01-02', '')")
    conn.commit()
    conn.close()
    return saved


def live_state(data: Path) -> str:
    """"before" or "after" the restore, completely; anything else fails the test."""
    conn = sqlite3.connect(data / DB_FILENAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        shop = conn.execute("SELECT name FROM shop").fetchall()
        cards = conn.execute("SELECT COUNT(*) FROM simcard").fetchone()[0]
    finally:
        conn.close()
    assert (shop, cards) in (([("Before",)], CARDS), ([("After",)], CARDS + 1)), (shop, cards)
    return "before" if cards == CARDS else "after"


def test_killed_restores_are_all_or_nothing_and_leave_no_partial_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    saved = make_live(data, tmp_path)
    backups = data / "backups"
    partial = ".simdesk-*.sqlite.partial-"
    # How long a whole restore takes here, on a copy, for the random moments.
    whole = timed(shutil.copytree(data, tmp_path / "trial"), "restore", str(saved))
    rng = random.Random()
    moments: list[tuple[str, Moment, Callable[[], float]]] = [
        ("while writing the safety backup", copying(backups, partial), lambda: 0.0),
        ("as the restore starts", copied(backups, partial), lambda: 0.0),
        ("during the restore", copied(backups, partial), lambda: rng.uniform(0.0, 0.1)),
        ("at a random moment", None, lambda: rng.uniform(0.2, 0.9) * whole),
    ]
    seen_partial = False

    def check(what: str) -> bool:
        nonlocal seen_partial
        seen_partial = seen_partial or bool(partials(data))
        live_state(data)
        return False

    kills = kill_runs(data, moments, ("restore", str(saved)), check)
    assert len(kills) >= 5, kills
    assert seen_partial  # the first kill did stop a copy half-way

    # The next start removes the half-written copies; only finished backups are kept.
    ok(run(data, "users", "list"))
    assert partials(data) == []
    for backup in backups.glob("*"):
        conn = sqlite3.connect(backup)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            conn.close()
    ok(run(data, "restore", str(saved)))
    assert live_state(data) == "after"


def test_a_partial_file_of_a_running_copy_is_left_alone(tmp_path: Path) -> None:
    """Only half-written copies of processes that are gone are removed: another simdesk
    writing a backup now keeps its file; files of other names are never touched."""
    data = tmp_path / "data"
    open_database(data)
    close_database()
    backups = data / "backups"
    (backups / "daily").mkdir(parents=True)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
        dead = int(gone.stdout)
        stale = [backups / f".simdesk-20260101-000000.sqlite.partial-{dead}",
                 backups / "daily" / f".simdesk-20260101-000000-2.sqlite.partial-{dead}",
                 data / f".{DB_FILENAME}.seed-backup-20260101-000000.partial-{dead}"]
        kept = [backups / f".simdesk-20260101-000001.sqlite.partial-{sleeper.pid}",
                backups / f".notes.txt.partial-{dead}",
                data / f".other.sqlite.seed-backup-20260101-000000.partial-{dead}",
                data / f".{DB_FILENAME}.partial-{dead}"]
        for path in stale + kept:
            path.write_bytes(b"x")
        ok(run(data, "users", "list"))
        assert [p for p in stale if p.exists()] == []
        assert [p for p in kept if not p.exists()] == []
    finally:
        sleeper.kill()
        sleeper.wait()
    assert os.path.isdir(backups)
