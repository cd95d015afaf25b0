"""One guard for every file simdesk writes (simdesk/storage/files.py: guard_output).

Every command that writes a file is run as a real subprocess against simdesk's own files —
the live database, its -wal and -shm files (held open by a reader here, as when the window
runs), the file being read, a backup in backups/, another data folder's database and its
-wal, the copy taken before the seed conversion, any SQLite database — and must refuse with
one line, leaving the database, the backup and the input as they were.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from simdesk.domain import simcards
from simdesk.errors import ValidationError
from simdesk.storage.backup import backup_database
from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import DB_FILENAME
from tests.helpers import add_cards, pack
from tests.test_cli import assert_one_line_error, run

CARDS = 40
TABLES = ("simcards", "shops", "checks")
LIVE = "is simdesk's live database; choose another file name."
WAL = "is the write-ahead log of simdesk's live database"
SHM = "is the shared-memory file of simdesk's live database"
INPUT = "is the file being read; choose another file name for what is written."
IN_BACKUPS = "is inside simdesk's backups folder"
A_BACKUP = "is a backup in simdesk's backups folder; choose a new file name so that it is kept."
A_DATABASE = "is an existing SQLite database"
SIDE_OF = "of the SQLite database"
SEED_COPY = "is the copy of the old server's database taken before its conversion"
SEED_BACKUP_NAME = f"{DB_FILENAME}.seed-backup-20240105-093000"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a shop, CARDS cards (their log rows) and one backup; an import
    file with a rejected line and an activation report with an unknown code beside it."""
    root = tmp_path_factory.mktemp("guard")
    data = root / "data"
    open_database(data)
    try:
        add_cards(CARDS)
        backup_database(data_dir=data)
    finally:
        close_database()
    (root / "codes.csv").write_text("\n".join([*pack(3, start=500), "12345"]) + "\n",
                                    encoding="utf-8")
    (root / "sold.csv").write_text(f"code\n{pack(1)[0]}\n{pack(1, start=900)[0]}\n",
                                   encoding="utf-8")
    return root


READER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("SELECT COUNT(*) FROM simcard").fetchone()
print("ready", flush=True)
sys.stdin.read()
conn.close()
"""


@pytest.fixture
def office(template: Path, tmp_path: Path) -> Iterator[Path]:
    """A fresh copy of the template, its database held open by another program (so that
    its -wal and -shm files exist, as while the window runs)."""
    root = tmp_path / "office"
    shutil.copytree(template, root)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(root / "data" / DB_FILENAME)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert reader.stdout is not None and reader.stdout.readline() == "ready\n"
    try:
        yield root
    finally:
        reader.communicate("", timeout=30)


def the_backup(root: Path) -> Path:
    return next((root / "data" / "backups").glob("simdesk-*.sqlite"))


def target_of(root: Path, name: str, command: str) -> tuple[Path, str]:
    data = root / "data"
    if name == "database":
        return data / DB_FILENAME, LIVE
    if name == "wal":
        return data / f"{DB_FILENAME}-wal", WAL
    if name == "shm":
        return data / f"{DB_FILENAME}-shm", SHM
    if name == "input":
        return root / ("sold.csv" if command == "import-activations" else "codes.csv"), INPUT
    return the_backup(root), (A_BACKUP if command == "backup" else IN_BACKUPS)


def command_line(root: Path, command: str, target: Path) -> list[str]:
    kind, _, fmt = command.partition(":")
    if kind == "export":
        table, fmt = fmt.split("/")
        return ["export", table, "--format", fmt, "-o", str(target)]
    if kind == "import":
        return ["import", str(root / "codes.csv"), "--report", str(target)]
    if kind == "import-activations":
        return ["import-activations", str(root / "sold.csv"), "--report", str(target)]
    return ["backup", "-o", str(target)]


CASES = [
    *((f"export:{table}/{fmt}", target) for table in TABLES for fmt in ("csv", "xlsx")
      for target in ("database", "wal", "shm", "backup")),
    *((command, target) for command in ("import", "import-activations")
      for target in ("database", "wal", "shm", "input", "backup")),
    *(("backup", target) for target in ("database", "wal", "shm", "backup")),
]


def state(root: Path) -> dict[str, object]:
    """What must not change: the rows, the backup's and the inputs' bytes, the files."""
    data = root / "data"
    conn = sqlite3.connect(data / DB_FILENAME)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("simcard", "shop", "status_check", "schema_version")}
    finally:
        conn.close()
    return {
        "integrity": integrity,
        "counts": counts,
        "backup": digest(the_backup(root)),
        "inputs": [digest(root / name) for name in ("codes.csv", "sold.csv")],
        "files": sorted(str(p.relative_to(root)) for p in root.rglob("*")),
    }


@pytest.mark.slow
@pytest.mark.parametrize(("command", "target_name"), CASES)
def test_no_command_writes_over_simdesks_own_files(office: Path, command: str,
                                                   target_name: str) -> None:
    before = state(office)
    assert before["integrity"] == [("ok",)]
    assert before["counts"] == {"simcard": CARDS, "shop": 1, "status_check": CARDS,
                                "schema_version": 1}
    target, reason = target_of(office, target_name, command.partition(":")[0])
    proc = run(office / "data", *command_line(office, command, target))
    line = assert_one_line_error(proc)
    assert line.startswith(f"simdesk: error: {target} {reason}"), line
    assert state(office) == before
    # The database still opens and works.
    open_database(office / "data")
    try:
        assert simcards.SimCard.select().count() == CARDS
    finally:
        close_database()


def make_seed_copy(path: Path) -> None:
    """A database of the old server's shape, as the seed conversion copies it."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE shops (id TEXT PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO shops VALUES ('a1', 'Chilonzor')")
        conn.commit()
    finally:
        conn.close()


NEIGHBOUR_CASES = [
    (command, target)
    for command in ("export:shops/csv", "export:checks/xlsx", "import", "import-activations",
                    "backup")
    for target in ("other-database", "other-wal", "seed-copy", "any-database")
]


@pytest.mark.slow
@pytest.mark.parametrize(("command", "target_name"), NEIGHBOUR_CASES)
def test_no_command_writes_over_another_database_or_the_seed_copy(
        office: Path, command: str, target_name: str) -> None:
    """``simdesk --data-dir B export shops -o A/simcard_db.sqlite`` once overwrote the live
    database of the data folder A (exit 0); ``backup -o`` and the reports the copy taken
    before the seed conversion.  Neither is this run's own database: the guard refuses any
    existing SQLite database (and its -wal, -shm, -journal) and any seed copy."""
    other = office / "other"
    open_database(other)
    close_database()
    seed_copy = office / "data" / SEED_BACKUP_NAME
    make_seed_copy(seed_copy)
    any_database = office / "notes.db"
    make_seed_copy(any_database)
    data_dir, target, reason = {
        # Run on the other data folder, aimed at the office's live database (held open).
        "other-database": (other, office / "data" / DB_FILENAME, A_DATABASE),
        "other-wal": (other, office / "data" / f"{DB_FILENAME}-wal",
                      f"is the write-ahead log {SIDE_OF}"),
        "seed-copy": (office / "data", seed_copy, SEED_COPY),
        "any-database": (office / "data", any_database, A_DATABASE),
    }[target_name]
    watched = [seed_copy, any_database, other / DB_FILENAME]
    before = state(office), [digest(p) for p in watched]
    proc = run(data_dir, *command_line(office, command, target))
    line = assert_one_line_error(proc)
    assert line.startswith(f"simdesk: error: {target} {reason}"), line
    assert "choose another file name" in line
    assert (state(office), [digest(p) for p in watched]) == before


def test_the_guard_refuses_databases_and_seed_copies_but_not_other_files(
        db, data_dir: Path, tmp_path: Path) -> None:
    from simdesk.storage.files import guard_output

    old_backup = tmp_path / "last-year.bak"  # a database whatever its name
    make_seed_copy(old_backup)
    damaged_seed_copy = tmp_path / "simcard_db.sqlite.seed-backup-20240105-093000-2"
    damaged_seed_copy.write_bytes(b"half a copy")  # refused for its name alone
    for path, reason in ((old_backup, A_DATABASE), (damaged_seed_copy, SEED_COPY),
                         (tmp_path / "last-year.bak-journal", SIDE_OF)):
        for backup in (False, True):
            with pytest.raises(ValidationError, match=reason) as err:
                guard_output(path, backup=backup)
            assert err.value.code == "protected_file"
    with pytest.raises(ValidationError, match=A_DATABASE):
        backup_database(old_backup, data_dir=data_dir)
    # Other existing files are replaced as before; new names are free.
    report = tmp_path / "report.csv"
    report.write_text("line,code\n", encoding="utf-8")
    assert guard_output(report) == report
    assert guard_output(tmp_path / "new.sqlite", backup=True) == tmp_path / "new.sqlite"
    assert backup_database(tmp_path / "new.sqlite", data_dir=data_dir).exists()
    with pytest.raises(ValidationError, match=A_DATABASE):  # … and taken once written
        backup_database(tmp_path / "new.sqlite", data_dir=data_dir)


def test_a_sqlite_url_database_and_the_data_folders_are_both_protected(tmp_path: Path) -> None:
    data = tmp_path / "data"
    elsewhere = tmp_path / "elsewhere.sqlite"
    url = f"sqlite:///{elsewhere}"
    open_database(data)  # the data folder's own database
    close_database()
    for target in (elsewhere, data / DB_FILENAME, Path(f"{elsewhere}-wal")):
        proc = run(data, "--database-url", url, "export", "shops", "-o", str(target))
        line = assert_one_line_error(proc)
        assert line.startswith(f"simdesk: error: {target} is "), line
        assert "simdesk's live database" in line
    for path in (elsewhere, data / DB_FILENAME):
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("SELECT COUNT(*) FROM schema_version").fetchone() == (1,)
        finally:
            conn.close()


# ------------------------------------------------------------------ the guard itself


def test_guard_sees_through_links_and_relative_names(db, data_dir: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from simdesk.storage.files import guard_output

    live = data_dir / DB_FILENAME
    symlink = tmp_path / "shortcut.sqlite"
    symlink.symlink_to(live)
    hardlink = tmp_path / "same-inode.sqlite"
    os.link(live, hardlink)
    monkeypatch.chdir(data_dir)
    for path in (symlink, hardlink, Path(DB_FILENAME), Path(f"./{DB_FILENAME}-journal"),
                 data_dir / ".." / data_dir.name / DB_FILENAME):
        with pytest.raises(ValidationError) as err:
            guard_output(path)
        assert err.value.code == "protected_file"
        assert err.value.message.startswith(f"{path} is ")
        assert "live database" in err.value.message
    assert guard_output(tmp_path / "cards.csv") == tmp_path / "cards.csv"


def test_backups_folder_takes_only_new_backups(db, data_dir: Path) -> None:
    from simdesk.storage.files import guard_output

    written = backup_database(data_dir=data_dir)
    folder = data_dir / "backups"
    for path in (folder / "cards.csv", folder / "daily" / "x.xlsx", written):
        with pytest.raises(ValidationError, match=IN_BACKUPS):
            guard_output(path)
    with pytest.raises(ValidationError, match=A_BACKUP):
        guard_output(written, backup=True)
    with pytest.raises(ValidationError, match=A_BACKUP):
        backup_database(written, data_dir=data_dir)
    assert guard_output(folder / "simdesk-mine.sqlite", backup=True)
    assert backup_database(folder / "mine.sqlite", data_dir=data_dir) == folder / "mine.sqlite"


def test_backup_onto_the_live_database_is_refused(db, data_dir: Path) -> None:
    live = data_dir / DB_FILENAME
    with pytest.raises(ValidationError, match=f"{live} {LIVE}") as err:
        backup_database(live, data_dir=data_dir)
    assert err.value.code == "protected_file"


def test_guard_compares_names_ignoring_case_on_a_case_insensitive_folder(
        db, data_dir: Path) -> None:
    from simdesk.storage.files import guard_output

    upper = data_dir / DB_FILENAME.upper()
    if not upper.exists():
        pytest.skip("this file system tells names apart by case (Linux); the check applies "
                    "on Windows and macOS")
    for name in (DB_FILENAME.upper(), f"{DB_FILENAME.upper()}-WAL"):
        with pytest.raises(ValidationError, match="live database"):
            guard_output(data_dir / name)


def test_the_window_refuses_to_export_over_the_database(db, data_dir: Path, qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from simdesk.gui.context import AppContext
    from simdesk.gui.pages.checks_log import ChecksLogPage
    from tests.conftest import make_runtime

    add_cards(5)
    ctx = AppContext(make_runtime(db, data_dir).start(servers=False, schedule=False))
    try:
        page = ChecksLogPage(ctx)
        qtbot.addWidget(page)
        live = data_dir / DB_FILENAME
        page.export_to(live)

        def boxes() -> list[QMessageBox]:
            return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                    and w.isVisible()]

        qtbot.waitUntil(lambda: any("live database" in b.text() for b in boxes()),
                        timeout=5000)
        for box in boxes():
            box.close()
        conn = sqlite3.connect(live)  # a new look at the file, not this process's
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("SELECT COUNT(*) FROM simcard").fetchone() == (5,)
        finally:
            conn.close()
    finally:
        ctx.shutdown()
