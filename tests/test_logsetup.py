"""The log files written by the background thread in batches (simdesk.logsetup)."""

from __future__ import annotations

import logging
import re
import threading
import time
from pathlib import Path

import pytest

from simdesk.logsetup import ACCESS_LOGGER, _LogFile, setup_logging, shutdown_logging

LINE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO .+ simdesk\.api\.access: ")


def _wait_for(path: Path, count: int, text: str) -> list[str]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        written = path.read_text(encoding="utf-8") if path.exists() else ""
        lines = [ln for ln in written.splitlines() if text in ln]
        if len(lines) >= count:
            return lines
        time.sleep(0.02)
    raise AssertionError(f"{count} lines with {text!r} not written to {path} in 10 s")


def test_lines_are_written_out_while_the_program_runs(tmp_path: Path) -> None:
    """Each batch is flushed when it is written: nothing waits for the program's end."""
    folder = setup_logging(tmp_path)
    try:
        access = logging.getLogger(ACCESS_LOGGER)
        for n in range(3):
            access.info("%s %s %dB %.1fms", f"rid-{n}", "GET /shops", 10 + n, 1.5)
        lines = _wait_for(folder / "access.log", 3, "GET /shops")
        logging.getLogger("simdesk.test").warning("a warning %d", 7)
        main = _wait_for(folder / "simdesk.log", 1, "a warning 7")
    finally:
        shutdown_logging()
    assert [ln.split(": ", 1)[1] for ln in lines] == [
        "rid-0 GET /shops 10B 1.5ms", "rid-1 GET /shops 11B 1.5ms", "rid-2 GET /shops 12B 1.5ms"]
    assert all(LINE.match(ln) for ln in lines), lines
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime())
    assert lines[0][:16] in (stamp, time.strftime("%Y-%m-%d %H:%M",
                                                  time.localtime(time.time() - 60)))
    assert "WARNING" in main[0] and "access" not in main[0]


def test_many_threads_lose_no_line_and_mix_none(tmp_path: Path) -> None:
    folder = setup_logging(tmp_path)
    access = logging.getLogger(ACCESS_LOGGER)

    def write(n: int) -> None:
        for i in range(500):
            access.info("%s %s", f"t{n}-{i}", "x" * (i % 50))

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        shutdown_logging()
    lines = (folder / "access.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4000
    assert all(LINE.match(ln) for ln in lines)
    seen = {ln.split(": ", 1)[1].split(" ")[0] for ln in lines}
    assert seen == {f"t{n}-{i}" for n in range(8) for i in range(500)}


def test_the_file_is_rotated_at_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    """The handler counts what it writes (and what the file held before) and rotates at
    its limit, keeping five old files."""
    monkeypatch.setattr(_LogFile, "__init__", _small_init)
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "access.log").write_text("x" * 1500 + "\n", encoding="utf-8")
    folder = setup_logging(tmp_path)
    access = logging.getLogger(ACCESS_LOGGER)
    try:
        for n in range(100):
            access.info("line %03d %s", n, "y" * 60)
    finally:
        shutdown_logging()
    files = sorted(p.name for p in folder.glob("access.log*"))
    assert files == ["access.log", *(f"access.log.{k}" for k in range(1, 6))]
    for name in files:
        assert (folder / name).stat().st_size <= 2048 + 200, name
    newest = (folder / "access.log").read_text(encoding="utf-8").splitlines()
    assert newest and newest[-1].endswith("line 099 " + "y" * 60)


def _small_init(self: _LogFile, path: Path) -> None:
    logging.handlers.RotatingFileHandler.__init__(
        self, path, maxBytes=2048, backupCount=5, encoding="utf-8", delay=True)
    self.batch = False
    self.size = 0


def test_a_full_disk_does_not_stop_the_log_thread(tmp_path: Path) -> None:
    """A flush that fails (here the main log is /dev/full) is reported, and the thread goes
    on writing the other file and later records (it used to end, and every record after
    stayed queued in memory for good)."""
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full here")
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "simdesk.log").symlink_to(full)
    folder = setup_logging(tmp_path)
    try:
        logging.getLogger("simdesk.test").warning("lost on a full disk")
        time.sleep(0.3)
        access = logging.getLogger(ACCESS_LOGGER)
        access.info("%s", "written after the failure")
        lines = _wait_for(folder / "access.log", 1, "written after the failure")
    finally:
        shutdown_logging()
    assert lines


def test_the_size_counts_bytes_not_characters(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Cyrillic lines (2 bytes a letter) rotate at the limit in bytes, not at twice it."""
    monkeypatch.setattr(_LogFile, "__init__", _small_init)
    folder = setup_logging(tmp_path)
    try:
        for n in range(60):
            logging.getLogger(ACCESS_LOGGER).info("%03d %s", n, "Чорсу" * 12)
    finally:
        shutdown_logging()
    for name in (p.name for p in folder.glob("access.log*")):
        assert (folder / name).stat().st_size <= 2048 + 300, name
