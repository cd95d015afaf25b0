"""The command line's progress bars: real ``python -m simdesk`` subprocesses whose standard
error is a pseudo-terminal (the bars are drawn, with their counts) or a pipe (nothing of
them appears; the output is what it always was)."""

from __future__ import annotations

import errno
import fcntl
import os
import pty
import re
import sqlite3
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from simdesk.storage.db import DB_FILENAME
from simdesk.storage.migrations import LATEST_VERSION
from tests.helpers import iccid
from tests.test_cli import clean_env, ok, run
from tests.test_migrations import load_v3
from tests.test_seed_migration import SEED_SCHEMA

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

# The escape sequences rich writes to move the cursor and colour the bar.
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r")


def tty_env() -> dict[str, str]:
    env = clean_env(TERM="xterm-256color")
    for name in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE",
                 "TTY_INTERACTIVE"):
        env.pop(name, None)
    return env


def run_tty(data_dir: Path, *args: str) -> tuple[int, str, str]:
    """Run the CLI with its standard error on a pseudo-terminal of 160 columns: (exit code,
    standard output, what the terminal received without its escape sequences)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "simdesk", "--data-dir", str(data_dir), *args],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave,
            env=tty_env())
    finally:
        os.close(slave)
    received = bytearray()
    try:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError as exc:  # EIO: every end of the terminal is closed
                if exc.errno != errno.EIO:
                    raise
                break
            if not chunk:
                break
            received += chunk
    finally:
        os.close(master)
    out, _ = proc.communicate(timeout=60)
    text = _ESCAPES.sub("\n", received.decode("utf-8", "replace"))
    return proc.returncode, out.decode(), text


def bar_counts(screen: str, label: str) -> list[str]:
    """The ``done/total`` counts drawn after ``label`` on the terminal."""
    return re.findall(re.escape(label) + r"[^\w/]*(\d+/(?:\d+|\?))", screen)


def codes_file(folder: Path, count: int) -> Path:
    path = folder / "codes.csv"
    path.write_text("code\n" + "".join(f"{iccid(n)}\n" for n in range(1, count + 1)),
                    encoding="utf-8")
    return path


def test_import_shows_bytes_read_and_cards_written(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = codes_file(tmp_path, 30)
    size = source.stat().st_size
    code, out, screen = run_tty(data, "import", str(source))
    assert code == 0, screen
    assert out.splitlines()[:3] == ["created: 30", "duplicate: 0", "invalid: 0"]
    assert f"{size}/{size}" in bar_counts(screen, "reading codes.csv"), screen
    assert "30/30" in bar_counts(screen, "importing 30 line(s)"), screen


def test_import_through_a_pipe_draws_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = codes_file(tmp_path, 30)
    assert ok(run(data, "import", str(source)))[:3] == ["created: 30", "duplicate: 0",
                                                         "invalid: 0"]
    # ok() asserts that standard error stayed empty: no bar, no escape sequence.


def test_backup_and_restore_show_pages_copied(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(run(data, "import", str(codes_file(tmp_path, 200))))
    pages = _pages(data / DB_FILENAME)
    target = tmp_path / "copy.sqlite"
    code, out, screen = run_tty(data, "backup", "-o", str(target))
    assert code == 0, screen
    assert out == f"backup written: {target}\n"
    assert f"{pages}/{pages}" in bar_counts(screen, "backing up the database"), screen

    # Restoring copies the live database into a safety backup, then the file into it: one
    # count over both.
    both = _pages(data / DB_FILENAME) + _pages(target)
    code, out, screen = run_tty(data, "restore", str(target))
    assert code == 0, screen
    assert out.startswith(f"restored from {target}\n")
    assert f"{both}/{both}" in bar_counts(screen, "restoring copy.sqlite"), screen


def test_backup_and_restore_through_a_pipe_draw_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(run(data, "users", "list"))
    target = tmp_path / "copy.sqlite"
    assert ok(run(data, "backup", "-o", str(target))) == [f"backup written: {target}"]
    assert ok(run(data, "restore", str(target)))[0] == f"restored from {target}"


def test_migrate_counts_the_steps_of_an_older_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    load_v3(data)
    steps = LATEST_VERSION - 3
    code, out, screen = run_tty(data, "migrate")
    assert code == 0, screen
    assert out.splitlines()[-1] == f"schema version {LATEST_VERSION}"
    assert len([line for line in out.splitlines() if line.startswith("applied ")]) == steps
    assert f"{steps}/{steps}" in bar_counts(screen, "bringing the schema up to date"), screen


def test_migrate_counts_the_copy_and_the_conversion_of_a_seed_database(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / DB_FILENAME)
    conn.executescript(SEED_SCHEMA)
    conn.close()
    code, out, screen = run_tty(data, "migrate")
    assert code == 0, screen
    assert "the old server's database was copied to" in out
    assert "2/2" in bar_counts(screen, "bringing the schema up to date"), screen


def test_migrate_through_a_pipe_draws_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    load_v3(data)
    lines = ok(run(data, "migrate"))
    assert lines[-1] == f"schema version {LATEST_VERSION}"


def test_import_activations_shows_reading_and_applying(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(run(data, "import", str(codes_file(tmp_path, 12))))
    report = tmp_path / "report.csv"
    report.write_text("code;activation date\n" + "".join(
        f"{iccid(n)};2024-05-31\n" for n in range(1, 11)), encoding="utf-8")
    size = report.stat().st_size
    code, out, screen = run_tty(data, "import-activations", str(report))
    assert code == 0, screen
    assert out.splitlines()[0] == "sold now: 10"
    assert f"{size}/{size}" in bar_counts(screen, "reading report.csv"), screen
    assert "10/10" in bar_counts(screen, "applying the report"), screen


def test_a_file_name_with_brackets_and_braces_is_shown_as_it_is(tmp_path: Path) -> None:
    """The bar's label is the file's name, not markup or a format string of rich's."""
    data = tmp_path / "data"
    source = codes_file(tmp_path, 3).rename(tmp_path / "[b]{x}.csv")
    code, out, screen = run_tty(data, "import", str(source))
    assert code == 0, screen
    assert out.splitlines()[0] == "created: 3"
    assert bar_counts(screen, "reading [b]{x}.csv"), screen


def _pages(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()
