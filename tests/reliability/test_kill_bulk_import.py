"""SIGKILL in the middle of a bulk import: the database stays intact and the batch is all
or nothing, kill after kill."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from simdesk.domain.codes import expand_range, luhn_check_digit
from simdesk.storage.database import close_database, open_database
from tests.test_cli import clean_env

BATCH = 150_000
KILLS = 5


def pack_file(folder: Path, number: int) -> Path:
    body = f"89998{number:02d}" + "0" * 11
    codes = expand_range(body + luhn_check_digit(body), count=BATCH, max_count=BATCH)
    path = folder / f"pack-{number}.txt"
    path.write_text("\n".join(codes) + "\n", encoding="utf-8")
    return path


def import_command(data_dir: Path, path: Path) -> list[str]:
    return [sys.executable, "-m", "simdesk", "--data-dir", str(data_dir), "import", str(path)]


def cards(db_file: Path) -> tuple[str, int]:
    with sqlite3.connect(db_file) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        count = conn.execute("SELECT COUNT(*) FROM simcard").fetchone()[0]
    return check, int(count)


def test_sigkill_during_bulk_import_is_all_or_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    open_database(data_dir)
    close_database()
    db_file = data_dir / "simcard_db.sqlite"
    # How long one import takes on this machine, to kill at random moments inside it.
    started = time.monotonic()
    done = subprocess.run(import_command(data_dir, pack_file(tmp_path, 0)), env=clean_env(),
                          capture_output=True, text=True, timeout=300)
    took = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert cards(db_file) == ("ok", BATCH)
    rng = random.Random(20261202)
    expected = BATCH
    killed_mid_way = 0
    for number in range(1, KILLS + 1):
        proc = subprocess.Popen(import_command(data_dir, pack_file(tmp_path, number)),
                                env=clean_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 0.95) * took)
        proc.kill()
        proc.wait(30)
        killed_mid_way += proc.returncode == -9
        check, count = cards(db_file)
        assert check == "ok"
        assert count in (expected, expected + BATCH), (number, count)
        expected = count
    assert killed_mid_way >= 3  # most kills landed inside the import, not after it
    # And the database is usable afterwards: the next import goes through whole.
    again = subprocess.run(import_command(data_dir, pack_file(tmp_path, 9)), env=clean_env(),
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert cards(db_file) == ("ok", expected + BATCH)
