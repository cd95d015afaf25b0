"""A read-only data folder and a full disk are reported as what they are.

Read-only: the folder is ``chmod 0555`` and the database ``0444``; as root that alone does
not stop a write, so the command then runs as ``nobody`` (``setpriv``).  A full disk: a real
3 MB tmpfs filled up (as root), and SQLite's own ``PRAGMA max_page_count``, which makes the
database file unable to grow exactly as a full disk does ("database or disk is full").
"""

from __future__ import annotations

import contextlib
import errno
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
import requests

from simdesk.domain import simcards
from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import DB_FILENAME
from tests.conftest import WEBAPP_HEADERS, make_runtime
from tests.helpers import add_cards, pack
from tests.test_cli import assert_one_line_error, clean_env, ok, run

T = 30


# ------------------------------------------------------------------ a read-only data folder


def as_someone_else() -> list[str]:
    """The prefix that runs a command as a user who cannot write where root can."""
    if os.geteuid() != 0:
        return []  # chmod alone is enough
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot run simdesk as another user, "
                    "and chmod does not stop root from writing")
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("running as root and there is no user 'nobody' to run simdesk as, and "
                    "chmod does not stop root from writing")
    return ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}",
            "--clear-groups"]


@pytest.fixture
def office() -> Iterator[Path]:
    """A data folder with a database, in a folder another user may enter (pytest's own
    temporary folders are private to root)."""
    root = Path(tempfile.mkdtemp(prefix="simdesk-ro-"))
    root.chmod(0o755)
    data = root / "data"
    open_database(data)
    try:
        add_cards(3)
    finally:
        close_database()
    data.chmod(0o755)
    (data / DB_FILENAME).chmod(0o644)
    try:
        yield data
    finally:
        for path in (data, *data.iterdir()):
            with contextlib.suppress(OSError):
                path.chmod(0o755)
        shutil.rmtree(root, ignore_errors=True)


def run_as(prefix: list[str], data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = clean_env(HOME=str(data.parent))
    try:
        return subprocess.run([*prefix, sys.executable, "-m", "simdesk", "--data-dir",
                               str(data), *args], capture_output=True, text=True, env=env,
                              stdin=subprocess.DEVNULL, cwd=data.parent, timeout=T)
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"simdesk {' '.join(args)} did not stop by itself: it started "
                             "on a folder it cannot write") from exc


SERVE = ("serve", "--main-port", "0", "--status-port", "0")


def test_a_read_only_data_folder_is_refused_at_start(office: Path) -> None:
    prefix = as_someone_else()
    office.chmod(0o555)
    (office / DB_FILENAME).chmod(0o444)
    for command in (SERVE, ("users", "list"), ("import", str(office / "missing.csv"))):
        line = assert_one_line_error(run_as(prefix, office, *command))
        assert line == (
            f"simdesk: error: The folder {office} is read-only: simdesk must write its "
            f"database {DB_FILENAME} and the database's -wal and -shm files there. Make the "
            "folder writable for the user running simdesk (or the disk not read-only), or "
            "choose another data folder with --data-dir or SIMDESK_DATA_DIR.")


def test_a_read_only_database_file_is_refused_at_start(office: Path) -> None:
    prefix = as_someone_else()
    office.chmod(0o777)  # the folder may be written, the file not
    live = office / DB_FILENAME
    live.chmod(0o444)
    line = assert_one_line_error(run_as(prefix, office, *SERVE))
    assert line == (
        f"simdesk: error: The database file {live} is read-only: simdesk cannot save "
        "anything in it. Make it writable for the user running simdesk (chmod u+w, or clear "
        "its read-only property), or restore a backup into another data folder with "
        "--data-dir.")
    # Made writable again, the same user works with it.
    live.chmod(0o666)
    assert ok(run_as(prefix, office, "users", "list")) == [
        "no users yet; add the first admin with: simdesk users add NAME --role admin"]


# ------------------------------------------------------------------ a full disk


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system (tmpfs), unmounted at the end."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root; test_a_full_database_is_a_507 "
                    "covers a full database without it")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path, leave: int = 0) -> None:
    """Fill ``disk`` up, then free ``leave`` bytes."""
    filler = disk / "filler.bin"
    # Unbuffered: a buffered file keeps what did not fit and fails again when it closes.
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    os.truncate(filler, max(0, filler.stat().st_size - leave))


def counts(path: Path) -> tuple[object, ...]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute("SELECT COUNT(*) FROM simcard").fetchone()
    finally:
        conn.close()


def codes_file(path: Path, count: int) -> Path:
    path.write_text("\n".join(pack(count)) + "\n", encoding="utf-8")
    return path


def test_cli_import_on_a_full_disk_says_so(small_disk: Path, tmp_path: Path) -> None:
    data = small_disk / "data"
    ok(run(data, "migrate"))
    fill(small_disk, leave=256 * 1024)
    line = assert_one_line_error(run(data, "import", str(codes_file(tmp_path / "c.txt",
                                                                     30_000))))
    assert line == (f"simdesk: error: The disk is full: free some space on {data} and try "
                    "again. Nothing was changed.")
    assert counts(data / DB_FILENAME) == (0,)
    assert not (data / "simdesk-error.log").exists()  # not an unexpected failure


def test_cli_files_on_a_full_disk_say_so_and_leave_nothing(small_disk: Path,
                                                          tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = codes_file(tmp_path / "codes.txt", 30_000)
    (tmp_path / "bad.txt").write_text("12345\n" * 60_000, encoding="utf-8")
    ok(run(data, "import", str(source)))
    fill(small_disk)
    for command in (["export", "simcards", "-o", str(small_disk / "cards.csv")],
                    ["export", "checks", "--format", "xlsx", "-o", str(small_disk / "l.xlsx")],
                    ["backup", "-o", str(small_disk / "copy.sqlite")]):
        line = assert_one_line_error(run(data, *command))
        assert line.startswith(f"simdesk: error: The disk is full: free some space on "
                               f"{small_disk} and try again. "), line
        assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]
    line = assert_one_line_error(run(data, "import", str(tmp_path / "bad.txt"), "--report",
                                     str(small_disk / "rejected.csv")))
    assert line == (f"simdesk: error: The disk is full: free some space on {small_disk} and "
                    "try again. (0 card(s) were imported; only the report of the rejected "
                    f"lines was not written to {small_disk / 'rejected.csv'}.)")
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]
    assert counts(data / DB_FILENAME) == (30_000,)


@pytest.fixture(params=["max_page_count", "tmpfs"])
def full_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[peewee.Database]:
    """An open database that cannot grow: its file may not pass its present size
    (SQLite's limit, applied to every connection), or it sits on a full tmpfs."""
    if request.param == "tmpfs":
        disk = request.getfixturevalue("small_disk")
        db = open_database(disk / "data")
        add_cards(10)
        fill(disk, leave=128 * 1024)
    else:
        db = open_database(tmp_path / "data")
        add_cards(10)
        pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
        db.close()
        db._pragmas = [*db._pragmas, ("max_page_count", pages + 2)]
    try:
        yield db
    finally:
        close_database()


def test_a_full_database_is_a_507_with_a_message(full_database: peewee.Database) -> None:
    folder = Path(str(full_database.database)).parent
    runtime = make_runtime(full_database, folder).start(schedule=False, all_or_nothing=True)
    try:
        main = runtime.server_states["main"].url
        reply = requests.post(f"{main}/simcards/bulk", json={"codes": pack(20_000, 1000)},
                              headers=WEBAPP_HEADERS, timeout=T)
        assert reply.status_code == 507, reply.text
        error = reply.json()["error"]
        assert error["code"] == "disk_full"
        assert error["message"] == (f"The disk is full: free some space on {folder} and "
                                    "try again. Nothing was changed.")
        assert error["details"] == {"path": str(folder)}
        assert requests.get(f"{main}/health", timeout=T).status_code == 200
        assert simcards.SimCard.select().count() == 10
    finally:
        runtime.close()


def test_the_window_says_the_disk_is_full_in_its_language(full_database, qapp) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from simdesk.gui import i18n
    from simdesk.gui.errors import error_text, install_storage_error_hook
    from simdesk.tools import i18n as tool

    folder = Path(str(full_database.database)).parent
    with pytest.raises(Exception) as raised:  # what the domain lets through, as it comes
        add_cards(20_000, start=5000)
    assert simcards.SimCard.select().count() == 10
    source = "The disk is full: free some space on {path} and try again."
    try:
        for code in ("uz", "ru"):
            i18n.set_language(qapp, code)
            text = error_text(raised.value)
            # The whole text in the language: no English paragraph after it.
            assert text == tool.translation_of(code, "problems", source).format(path=folder)
        i18n.set_language(qapp, "en")
        # A slot that did not catch it shows the same box, not a console traceback.
        uninstall = install_storage_error_hook()
        try:
            sys.excepthook(type(raised.value), raised.value, None)
        finally:
            uninstall()
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        assert any(b.text().startswith(source.format(path=folder)) for b in boxes)
        for box in boxes:
            box.close()
    finally:
        i18n.set_language(qapp, "en")
