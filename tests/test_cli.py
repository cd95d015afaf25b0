"""The ``simdesk`` command line, run as a real subprocess against real SQLite files."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from simdesk import __version__
from simdesk.domain.codes import luhn_check_digit
from simdesk.domain.shops import create_shop
from simdesk.storage.database import close_database, open_database
from simdesk.storage.db import DB_FILENAME
from simdesk.storage.migrations import LATEST_VERSION, NEW_DATABASE

STRONG_PASSWORD = "Str0ng-Passw0rd!x"


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIMDESK_")}
    env.update(extra)
    return env


def run(
    data_dir: Path | None,
    *args: str,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "simdesk"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    cmd += list(args)
    return subprocess.run(
        cmd,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env if env is not None else clean_env(),
        cwd=cwd,
        timeout=120,
    )


def assert_one_line_error(
    proc: subprocess.CompletedProcess[str], exit_code: int = 1, prog: str = "simdesk"
) -> str:
    """The process failed with ``exit_code`` and one "PROG: error:" line on stderr."""
    assert proc.returncode == exit_code, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"{prog}: error: ")
    return lines[0]


def ok(proc: subprocess.CompletedProcess[str]) -> list[str]:
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    assert proc.stderr == ""
    return proc.stdout.splitlines()


def make_codes(count: int, body: int = 898601000000000100) -> list[str]:
    out = []
    for n in range(body, body + count):
        text = str(n)
        out.append(text + luhn_check_digit(text))
    return out


def with_wrong_check_digit(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


def query(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def add_shop(data_dir: Path, name: str) -> int:
    open_database(data_dir)
    try:
        return int(create_shop({"name": name, "region": "Toshkent"}).id)
    finally:
        close_database()


@pytest.fixture
def ddir(tmp_path: Path) -> Path:
    return tmp_path / "data"


# ------------------------------------------------------------------ basics


def test_version() -> None:
    proc = run(None, "--version")
    assert ok(proc) == [f"simdesk {__version__}"]
    assert proc.stdout == "simdesk 0.1.0\n"


def test_unknown_command_is_a_one_line_usage_error(ddir: Path) -> None:
    proc = run(ddir, "frobnicate")
    line = assert_one_line_error(proc, exit_code=2)
    assert line.startswith("simdesk: error: argument COMMAND: invalid choice: 'frobnicate'")
    assert line.endswith("(see simdesk --help)")
    assert proc.stdout == ""


def test_migrate_prints_schema_version(ddir: Path) -> None:
    first = ok(run(ddir, "migrate"))
    # A new database is created at the latest schema: one step, not every released one.
    assert first == [f"applied {LATEST_VERSION}: {NEW_DATABASE}",
                     f"schema version {LATEST_VERSION}"]
    assert (ddir / DB_FILENAME).is_file()
    # Already up to date: nothing applied, same version.
    assert ok(run(ddir, "migrate")) == [f"schema version {LATEST_VERSION}"]


def test_data_dir_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "regular-file"
    blocker.write_text("not a folder\n")
    target = blocker / "sub"
    proc = run(target, "migrate")
    line = assert_one_line_error(proc)
    assert line == (
        f"simdesk: error: Cannot create the data folder {target}: Not a directory. "
        "Choose another one with --data-dir or SIMDESK_DATA_DIR."
    )
    assert proc.stdout == ""
    assert blocker.read_text() == "not a folder\n"


def test_simdesk_data_dir_env_is_honoured(tmp_path: Path) -> None:
    env_dir = tmp_path / "from-env"
    ok(run(None, "config", "set", "stats.stale_days", "45",
           env=clean_env(SIMDESK_DATA_DIR=str(env_dir))))
    assert (env_dir / DB_FILENAME).is_file()
    assert query(env_dir, "SELECT value FROM setting WHERE key = 'stats.stale_days'") == [("45",)]
    # The same folder given explicitly sees the setting.
    assert ok(run(env_dir, "config", "get", "stats.stale_days")) == ["45"]


def test_data_dir_option_wins_over_env(tmp_path: Path) -> None:
    env_dir = tmp_path / "from-env"
    opt_dir = tmp_path / "from-option"
    env = clean_env(SIMDESK_DATA_DIR=str(env_dir))
    ok(run(opt_dir, "config", "set", "stats.stale_days", "77", env=env))
    assert (opt_dir / DB_FILENAME).is_file()
    assert not env_dir.exists()
    assert ok(run(opt_dir, "config", "get", "stats.stale_days", env=env)) == ["77"]


# ------------------------------------------------------------------ users


def test_users_add_and_list(ddir: Path) -> None:
    assert ok(run(ddir, "users", "list")) == [
        "no users yet; add the first admin with: simdesk users add NAME --role admin"
    ]
    proc = run(ddir, "users", "add", "boss", "--role", "admin", "--password-stdin",
               stdin=STRONG_PASSWORD + "\n")
    assert ok(proc) == ["user boss added (admin)"]
    assert ok(run(ddir, "users", "list")) == ["name  role   state   notes", "boss  admin  active"]
    stored = query(ddir, "SELECT username, role, password_hash FROM app_user")
    assert len(stored) == 1
    assert stored[0][:2] == ("boss", "admin")
    assert STRONG_PASSWORD not in str(stored[0][2])


def test_users_add_weak_password(ddir: Path) -> None:
    proc = run(ddir, "users", "add", "weakling", "--role", "operator", "--password-stdin",
               stdin="abc\n")
    line = assert_one_line_error(proc)
    assert line == (
        "simdesk: error: The password must be at least 8 characters long; choose a longer, "
        "less predictable one."
    )
    assert ok(run(ddir, "users", "list"))[0].startswith("no users yet")


def test_users_add_without_terminal_or_stdin_flag(ddir: Path) -> None:
    proc = run(ddir, "users", "add", "boss", "--role", "admin")  # stdin is /dev/null
    line = assert_one_line_error(proc)
    assert line == (
        "simdesk: error: No terminal to ask for a password; pass it with --password-stdin."
    )
    assert ok(run(ddir, "users", "list"))[0].startswith("no users yet")


def test_users_add_password_stdin_empty(ddir: Path) -> None:
    proc = run(ddir, "users", "add", "boss", "--role", "admin", "--password-stdin", stdin="")
    line = assert_one_line_error(proc)
    assert line == "simdesk: error: password: nothing was given on standard input"


def fail_logins(data_dir: Path, name: str, *addresses: str) -> None:
    """Failed logins of ``name`` from each address, as the API would count them."""
    from simdesk.domain import users
    from simdesk.errors import AuthenticationError

    open_database(data_dir)
    try:
        for address in addresses:
            with pytest.raises(AuthenticationError):
                users.authenticate(name, "wrong-password", address=address)
    finally:
        close_database()


def test_users_unlock_clears_every_address(ddir: Path) -> None:
    ok(run(ddir, "users", "add", "boss", "--role", "admin", "--password-stdin",
           stdin=STRONG_PASSWORD + "\n"))
    ok(run(ddir, "config", "set", "auth.lockout_attempts", "1"))
    fail_logins(ddir, "boss", "203.0.113.7", "198.51.100.9")
    fail_logins(ddir, "ghost", "203.0.113.7")
    listed = ok(run(ddir, "users", "list"))
    assert [line.split(None, 3) for line in listed] == [
        ["name", "role", "state", "notes"],
        ["boss", "admin", "active", "failed logins counted (simdesk users unlock to clear)"]]
    assert ok(run(ddir, "users", "unlock", "BOSS")) == [
        "failed logins of BOSS cleared (2 addresses); it may log in again at once"]
    assert query(ddir, "SELECT username, address FROM login_throttle") == [
        ("ghost", "203.0.113.7")]
    assert ok(run(ddir, "users", "list")) == ["name  role   state   notes", "boss  admin  active"]
    assert ok(run(ddir, "users", "unlock", "boss")) == ["boss had no failed logins to clear"]
    # A name that does not exist is counted, and unlocked, like any other.
    assert ok(run(ddir, "users", "unlock", "ghost")) == [
        "failed logins of ghost cleared (1 address); it may log in again at once"]
    assert query(ddir, "SELECT COUNT(*) FROM login_throttle") == [(0,)]


# ------------------------------------------------------------------ import


def write_mixed_csv(path: Path) -> list[str]:
    good = make_codes(4)
    bad_digit = with_wrong_check_digit(good[3])
    lines = [
        "iccid,phone",                 # line 1
        f"{good[0]},+998901234567",    # line 2: created
        f"{good[1]},",                 # line 3: created
        f"{good[0]},",                 # line 4: duplicate of line 2
        f"{bad_digit},",               # line 5: wrong check digit
        f"{good[2]},12345",            # line 6: bad phone
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [good[0], good[1], bad_digit, good[2], good[3]]


def test_import_report_never_holds_a_formula(ddir: Path, tmp_path: Path) -> None:
    src = tmp_path / "cards.txt"
    payload = "=cmd|'/C'!A0"  # a text file's line is split at spaces (code, phone)
    src.write_text(f"{make_codes(1)[0]}\n{payload}\n", encoding="utf-8")
    out = ok(run(ddir, "import", str(src), "--report", str(tmp_path / "report.csv")))
    assert out[:3] == ["created: 1", "duplicate: 0", "invalid: 1"]
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][:3] == ["2", "'" + payload, "invalid"]


def test_import_counts_and_report(ddir: Path, tmp_path: Path) -> None:
    src = tmp_path / "cards.csv"
    c0, c1, bad_digit, c2, c3 = write_mixed_csv(src)
    proc = run(ddir, "import", str(src))
    out = ok(proc)
    assert out[:4] == ["created: 3", "duplicate: 1", "invalid: 1",
                       "imported without their phone (not valid): 1"]
    assert len(out) == 5
    prefix = "rejected lines and their reasons: "
    assert out[4].startswith(prefix)
    report = Path(out[4][len(prefix):])
    assert report.parent == src.parent
    assert report.is_file()
    with report.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [
        ["line", "code", "result", "reason"],
        ["4", c0, "duplicate", "appears twice in the input (first on line 2)"],
        ["5", bad_digit, "invalid",
         f"fails the check digit: the last digit should be {c3[-1]}, not {bad_digit[-1]} "
         "(a typo? for packs printed without a check digit turn off the codes.verify_luhn "
         "setting)"],
        ["6", c2, "warning",
         "phone is not an Uzbek phone number; write it like +998 90 123 45 67; the card was "
         "imported without it"],
    ]
    # The reported line numbers are those of the file.
    file_lines = src.read_text(encoding="utf-8").splitlines()
    for row in rows[1:]:
        assert file_lines[int(row[0]) - 1].split(",")[0] == row[1]
    stored = query(ddir, "SELECT code, status, shop_id, phone FROM simcard ORDER BY code")
    assert sorted(stored) == sorted([(c0, "available", None, "+998901234567"),
                                     (c1, "available", None, None),
                                     (c2, "available", None, None)])

    # Importing the same file again: everything valid is now "already stored".
    again = ok(run(ddir, "import", str(src), "--report", str(tmp_path / "again.csv")))
    assert again[:3] == ["created: 0", "duplicate: 4", "invalid: 1"]
    assert again[3] == f"rejected lines and their reasons: {tmp_path / 'again.csv'}"
    with (tmp_path / "again.csv").open(encoding="utf-8-sig", newline="") as fh:
        again_rows = list(csv.reader(fh))
    assert [r[:3] for r in again_rows[1:]] == [
        ["2", c0, "duplicate"], ["3", c1, "duplicate"], ["4", c0, "duplicate"],
        ["5", bad_digit, "invalid"], ["6", c2, "duplicate"],
    ]
    assert again_rows[1][3] == "already stored"


def test_import_into_shop(ddir: Path, tmp_path: Path) -> None:
    shop_id = add_shop(ddir, "Chilonzor Savdo")
    codes = make_codes(5, body=898601000000000500)
    src = tmp_path / "pack.csv"
    src.write_text("\n".join(codes) + "\n", encoding="utf-8")
    out = ok(run(ddir, "import", str(src), "--shop", "chilonzor savdo"))
    assert out == ["created: 5", "duplicate: 0", "invalid: 0"]
    stored = query(ddir, "SELECT code, status, shop_id FROM simcard ORDER BY code")
    assert stored == [(c, "assigned", shop_id) for c in codes]
    log = query(ddir, "SELECT simcard_code, shop_id, old_status, new_status, source "
                      "FROM status_check ORDER BY simcard_code")
    assert log == [(c, shop_id, "available", "assigned", "import") for c in codes]

    exported = tmp_path / "cards.csv"
    assert ok(run(ddir, "export", "simcards", "-o", str(exported))) == [
        f"5 row(s) written to {exported}"
    ]
    with exported.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["code"] for r in rows} == set(codes)
    assert {(r["status"], r["shop_id"], r["shop_name"]) for r in rows} == {
        ("assigned", str(shop_id), "Chilonzor Savdo")
    }


def test_import_unknown_shop(ddir: Path, tmp_path: Path) -> None:
    src = tmp_path / "pack.csv"
    src.write_text("\n".join(make_codes(3)) + "\n", encoding="utf-8")
    proc = run(ddir, "import", str(src), "--shop", "Nowhere")
    line = assert_one_line_error(proc)
    assert line == (
        "simdesk: error: No shop with id or name 'Nowhere'. List the shops with: "
        "simdesk shops list."
    )
    assert proc.stdout == ""
    assert query(ddir, "SELECT COUNT(*) FROM simcard") == [(0,)]


def test_import_missing_file(ddir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    proc = run(ddir, "import", str(missing))
    line = assert_one_line_error(proc)
    assert line == (
        f"simdesk: error: File {missing} does not exist; check the file name and folder."
    )


# ------------------------------------------------------------------ export


@pytest.fixture
def filled(ddir: Path, tmp_path: Path) -> tuple[Path, int, list[str]]:
    shop_id = add_shop(ddir, "Yunusobod Market")
    codes = make_codes(3, body=898601000000000900)
    src = tmp_path / "in.csv"
    src.write_text("\n".join(codes) + "\n", encoding="utf-8")
    assert ok(run(ddir, "import", str(src), "--shop", str(shop_id)))[0] == "created: 3"
    return ddir, shop_id, codes


def read_export(path: Path) -> list[list[str]]:
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(path, read_only=True)
        try:
            return [["" if v is None else str(v) for v in row]
                    for row in wb.worksheets[0].iter_rows(values_only=True)]
        finally:
            wb.close()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_tables(filled: tuple[Path, int, list[str]], tmp_path: Path, fmt: str) -> None:
    ddir, shop_id, codes = filled
    expected = {
        "simcards": (3, "code", set(codes)),
        "shops": (1, "name", {"Yunusobod Market"}),
        "checks": (3, "simcard_code", set(codes)),
    }
    for what, (count, column, values) in expected.items():
        out = tmp_path / f"{what}-export.{fmt}"
        proc = run(ddir, "export", what, "--format", fmt, "-o", str(out))
        assert ok(proc) == [f"{count} row(s) written to {out}"]
        assert out.is_file()
        rows = read_export(out)
        header = rows[0]
        assert header[0] == "id"
        assert column in header
        assert len(rows) == count + 1
        assert {r[header.index(column)] for r in rows[1:]} == values
    shops = read_export(tmp_path / f"shops-export.{fmt}")
    assert shops[0][:2] == ["id", "name"]
    assert shops[1][0] == str(shop_id)


def test_export_format_from_file_name(filled: tuple[Path, int, list[str]],
                                      tmp_path: Path) -> None:
    ddir, _, codes = filled
    out = tmp_path / "cards.xlsx"
    ok(run(ddir, "export", "simcards", "-o", str(out)))
    assert out.read_bytes()[:4] == b"PK\x03\x04"
    assert {r[1] for r in read_export(out)[1:]} == set(codes)


def test_export_unknown_table_is_usage_error(ddir: Path, tmp_path: Path) -> None:
    proc = run(ddir, "export", "users", "-o", str(tmp_path / "u.csv"))
    line = assert_one_line_error(proc, exit_code=2, prog="simdesk export")
    assert line == (
        "simdesk export: error: argument what: invalid choice: 'users' (choose from "
        "'simcards', 'shops', 'checks') (see simdesk export --help)"
    )
    assert not (tmp_path / "u.csv").exists()


# ------------------------------------------------------------------ backup / restore


def test_backup_restore_round_trip(filled: tuple[Path, int, list[str]], tmp_path: Path) -> None:
    ddir, _, codes = filled
    out = ok(run(ddir, "backup"))
    assert len(out) == 1
    assert out[0].startswith("backup written: ")
    backup = Path(out[0].removeprefix("backup written: "))
    assert backup.is_file()
    assert backup.parent == ddir / "backups"

    conn = sqlite3.connect(ddir / DB_FILENAME)
    with conn:
        conn.execute("DELETE FROM status_check WHERE simcard_code = ?", (codes[0],))
        conn.execute("DELETE FROM simcard WHERE code = ?", (codes[0],))
    conn.close()
    assert query(ddir, "SELECT COUNT(*) FROM simcard") == [(2,)]

    restored = ok(run(ddir, "restore", str(backup)))
    assert restored[0] == f"restored from {backup}"
    assert restored[1].startswith("the database as it was before is kept in ")
    safety = Path(restored[1].removeprefix("the database as it was before is kept in "))
    assert safety.is_file()
    assert sorted(r[0] for r in query(ddir, "SELECT code FROM simcard")) == sorted(codes)
    # The safety copy holds the database as it was just before the restore.
    conn = sqlite3.connect(safety)
    try:
        assert conn.execute("SELECT COUNT(*) FROM simcard").fetchone() == (2,)
    finally:
        conn.close()


def test_backup_to_chosen_file(filled: tuple[Path, int, list[str]], tmp_path: Path) -> None:
    ddir, _, codes = filled
    target = tmp_path / "copy.sqlite"
    assert ok(run(ddir, "backup", "-o", str(target))) == [f"backup written: {target}"]
    conn = sqlite3.connect(target)
    try:
        assert sorted(r[0] for r in conn.execute("SELECT code FROM simcard")) == sorted(codes)
    finally:
        conn.close()


def test_restore_of_a_non_database_file(filled: tuple[Path, int, list[str]],
                                        tmp_path: Path) -> None:
    ddir, _, codes = filled
    junk = tmp_path / "notes.sqlite"
    junk.write_text("this is not a database\n" * 10)
    proc = run(ddir, "restore", str(junk))
    line = assert_one_line_error(proc)
    assert line == (
        f"simdesk: error: {junk} is not a simdesk backup: it is not an SQLite database file. "
        "Choose a file written by 'Back up database' (simdesk-YYYYmmdd-HHMMSS.sqlite)."
    )
    # Nothing was replaced.
    assert sorted(r[0] for r in query(ddir, "SELECT code FROM simcard")) == sorted(codes)


# ------------------------------------------------------------------ config


def test_config_get_set_list(ddir: Path) -> None:
    assert ok(run(ddir, "config", "get", "api.main_port")) == ["9022"]
    assert ok(run(ddir, "config", "set", "api.main_port", "9100")) == ["api.main_port = 9100"]
    assert ok(run(ddir, "config", "get", "api.main_port")) == ["9100"]
    assert ok(run(ddir, "config", "set", "codes.verify_luhn", "no")) == [
        "codes.verify_luhn = false"
    ]
    listing = ok(run(ddir, "config", "list"))
    assert "api.main_port = 9100" in listing
    assert "codes.verify_luhn = false" in listing
    assert 'api.host = "127.0.0.1"' in listing
    assert all(" = " in line for line in listing)
    assert 'notify.webhook_url = ""' in listing
    # A secret that is set is listed masked, never in clear.
    secret = "https://hooks.example.com/T0KEN-123"
    assert ok(run(ddir, "config", "set", "notify.webhook_url", secret))[0].startswith(
        "notify.webhook_url = "
    )
    listing = ok(run(ddir, "config", "list"))
    assert 'notify.webhook_url = "***"' in listing
    assert all(secret not in line for line in listing)
    # So are the credentials written inside an address; `get` prints the real value.
    url = "http://seed:S3cr3t-pw@10.0.0.5:9020?api_key=K3y-123&lang=uz"
    ok(run(ddir, "config", "set", "status_source.url", url))
    # … and the secret values of the POST body template.
    body = '{"iccid": "{iccid}", "apiKey": "B0dy-k3y", "password": "B0dy-pw"}'
    ok(run(ddir, "config", "set", "status_source.body_template", body))
    listing = ok(run(ddir, "config", "list"))
    assert 'status_source.url = "http://***:***@10.0.0.5:9020?api_key=***&lang=uz"' in listing
    assert ('status_source.body_template = "{\\"iccid\\": \\"{iccid}\\", \\"apiKey\\": '
            '\\"***\\", \\"password\\": \\"***\\"}"') in listing
    assert not any(secret in line for line in listing
                   for secret in ("S3cr3t-pw", "K3y-123", "B0dy-k3y", "B0dy-pw"))
    # `get` is for the person at this computer's own terminal: it prints the real value.
    assert ok(run(ddir, "config", "get", "status_source.url")) == [f'"{url}"']


@pytest.mark.parametrize("url", [
    "postgresql://u@h:99999/db?password=SECRETPW",
    "postgresql://u:SECRETPW@h:99999/db",
    "postgresql://SECRETPW@h:99999/db",
    "postgresql://u@h:99999/db?sslmode=require&sslpassword=SECRETPW;password=SECRETPW",
])
def test_a_refused_database_url_is_named_without_its_secrets(tmp_path: Path, url: str) -> None:
    proc = run(tmp_path / "data", "--database-url", url, "config", "list")
    line = assert_one_line_error(proc)
    assert line.startswith("simdesk: error: Cannot use database URL 'postgresql://"), line
    assert "@h:99999/db" in line and "SECRETPW" not in line


def test_config_refused_value(ddir: Path) -> None:
    proc = run(ddir, "config", "set", "api.main_port", "70000")
    line = assert_one_line_error(proc)
    assert line == (
        "simdesk: error: Settings not saved: api.main_port: must be a port number from 0 "
        "to 65535."
    )
    assert ok(run(ddir, "config", "get", "api.main_port")) == ["9022"]


def test_config_unknown_key(ddir: Path) -> None:
    proc = run(ddir, "config", "get", "no.such.key")
    line = assert_one_line_error(proc)
    assert line.startswith("simdesk: error: Unknown setting 'no.such.key'. Known settings: ")
    assert "api.main_port" in line


def test_import_refuses_an_unwritable_report_path_before_importing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "codes.txt"
    source.write_text(make_codes(1)[0] + "\n12345\n", encoding="utf-8")
    for report, reason in ((tmp_path / "missing" / "r.csv", "does not exist"),
                           (tmp_path, "is a folder")):
        proc = run(data, "import", str(source), "--report", str(report))
        line = assert_one_line_error(proc)
        assert reason in line
    # nothing was imported: the first real import creates the card
    lines = ok(run(data, "import", str(source), "--report", str(tmp_path / "r.csv")))
    assert lines[0] == "created: 1"


def test_window_without_a_display_says_what_to_do(tmp_path: Path) -> None:
    env = {k: v for k, v in clean_env().items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = run(tmp_path / "data", env=env)
    line = assert_one_line_error(proc)
    assert "no display" in line and "simdesk serve" in line


def test_a_file_that_is_not_a_database_is_named_not_a_traceback(tmp_path):
    ddir = tmp_path / "office"
    ddir.mkdir()
    (ddir / "simcard_db.sqlite").write_bytes(b"Excel wrote this, not SQLite. " * 40)
    proc = run(ddir, "users", "list")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "unexpected" not in proc.stderr
    assert proc.stderr.strip() == (
        f"simdesk: error: {ddir / 'simcard_db.sqlite'} is not a SQLite database (it may be "
        "damaged, or another kind of file). Restore a backup with 'simdesk restore FILE', or "
        "move the file away to start with an empty database.")


@pytest.mark.parametrize(("args", "message"), [
    (("serve", "--main-port", "٩٠٢٢"), "port: '٩٠٢٢' is not a port number (0 to 65535)"),
    (("serve", "--status-port", " 80"), "port: ' 80' is not a port number (0 to 65535)"),
    (("--main-port", "1e3"), "port: '1e3' is not a port number (0 to 65535)"),
    (("config", "set", "checks.concurrency", "٣"),
     "Settings not saved: checks.concurrency: must be a whole number."),
    (("config", "set", "checks.deadline_seconds", "١٫٥"),
     "Settings not saved: checks.deadline_seconds: must be a number."),
    (("import", "{codes}", "--shop", "²"),
     "No shop with id or name '²'. List the shops with: simdesk shops list."),
])
def test_numbers_on_the_command_line_are_ascii_digits(ddir: Path, tmp_path: Path,
                                                      args: tuple[str, ...],
                                                      message: str) -> None:
    """int() and float() read "٩٠٢٢" as 9022 and "١٫٥" as 1.5; here they are refused."""
    codes = tmp_path / "codes.txt"
    codes.write_text("\n".join(make_codes(2)) + "\n", encoding="utf-8")
    proc = run(ddir, *(a.format(codes=codes) for a in args))
    assert assert_one_line_error(proc) == f"simdesk: error: {message}"


def test_the_bundles_console_program_names_itself_in_help_and_hints(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Installed, the console program is simdesk-cli.exe: its usage, its hints and its error
    lines say simdesk-cli, so that what it tells the user to type works."""
    from simdesk import cli
    from simdesk.storage.database import close_database

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(cli, "main", _closing(cli.main, close_database))
    monkeypatch.setattr(sys, "argv", [r"C:\Program Files\simdesk\simdesk-cli.exe"])
    assert cli.build_parser().prog == "simdesk-cli"
    assert cli.main(["--data-dir", str(tmp_path / "data"), "users", "list"]) == 0
    assert capsys.readouterr().out.strip() == (
        "no users yet; add the first admin with: simdesk-cli users add NAME --role admin")
    assert cli.main(["--data-dir", str(tmp_path / "data"), "users", "disable", "ali"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("simdesk-cli: error: No user named 'ali'; list them with: "
                          "simdesk-cli users list"), err
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert capsys.readouterr().out.startswith("usage: simdesk-cli ")
    # The windowed simdesk.exe and a run from source keep the name simdesk.
    monkeypatch.setattr(sys, "argv", [r"C:\Program Files\simdesk\simdesk.exe"])
    assert cli.build_parser().prog == "simdesk"
    assert cli.named("try: simdesk users list") == "try: simdesk users list"


def _closing(main, close):  # type: ignore[no-untyped-def]
    """``main`` run in this process, its database closed again after each call."""
    def run(argv):  # type: ignore[no-untyped-def]
        try:
            return main(argv)
        finally:
            close()
    return run
