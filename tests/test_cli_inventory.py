"""The command line's shops, cards and check commands (issue 11), run as a real subprocess
against a real SQLite folder; checks ask a fake operator on loopback."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from simdesk.checking.fake_operator import FakeOperator
from simdesk.storage.database import close_database, open_database
from simdesk.storage.models import SimCard
from tests.helpers import pack
from tests.test_cli import assert_one_line_error, ok, run


def _statuses(data: Path) -> dict[str, tuple[str, str | None]]:
    open_database(data)
    try:
        return {c.code: (c.status, c.shop.name if c.shop_id else None)
                for c in SimCard.select()}
    finally:
        close_database()


def test_the_readme_flow_works_from_a_fresh_folder(tmp_path: Path) -> None:
    """A shop made on the command line takes an import (the README's own example)."""
    data = tmp_path / "data"
    assert ok(run(data, "shops", "add", "Chorsu", "--region", "Toshkent",
                  "--phone", "+998 90 123 45 67")) == ["shop Chorsu added (id 1)"]
    ok(run(data, "shops", "add", "Yunusobod", "--owner", "Ali"))
    listed = ok(run(data, "shops", "list"))
    assert listed[0].split() == ["id", "name", "region", "owner", "phone", "status", "unsold",
                                 "sold"]
    assert listed[1].split() == ["1", "Chorsu", "Toshkent", "+998901234567", "active", "0",
                                 "0"]
    assert all(line == line.rstrip() for line in listed)
    codes = pack(6)
    source = tmp_path / "pack.txt"
    source.write_text("\n".join(codes) + "\n", encoding="utf-8")
    assert ok(run(data, "import", str(source), "--shop", "chorsu"))[0] == "created: 6"
    assert {s for s, _ in _statuses(data).values()} == {"assigned"}
    listed = ok(run(data, "shops", "list"))
    assert listed[1].split()[-2:] == ["6", "0"]


def test_shops_edit_archive_unarchive_delete(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(run(data, "shops", "add", "Chorsu"))
    ok(run(data, "shops", "add", "Old"))
    assert ok(run(data, "shops", "edit", "Chorsu", "--name", "Chorsu bozori",
                  "--notes", "by the metro")) == ["shop Chorsu bozori (id 1) changed"]
    assert ok(run(data, "shops", "archive", "Chorsu bozori")) == [
        "shop Chorsu bozori (id 1) archived"]
    assert [line.split()[1] for line in ok(run(data, "shops", "list"))[1:]] == ["Old"]
    archived = ok(run(data, "shops", "list", "--archived"))
    assert "archived" in archived[1]
    ok(run(data, "shops", "unarchive", "1"))
    assert len(ok(run(data, "shops", "list"))) == 3
    assert ok(run(data, "shops", "delete", "Old")) == ["shop Old (id 2) deleted"]
    line = assert_one_line_error(run(data, "shops", "delete", "Old"))
    assert "No shop with id or name 'Old'" in line
    line = assert_one_line_error(run(data, "shops", "edit", "1"))
    assert "nothing to change" in line
    line = assert_one_line_error(run(data, "shops", "add", "Chorsu bozori"))
    assert "name" in line


def test_shops_list_when_there_are_none(tmp_path: Path) -> None:
    assert ok(run(tmp_path / "data", "shops", "list")) == [
        "no shops; add one with: simdesk shops add NAME"]


def test_a_name_is_listed_as_typed_not_as_markup_or_emoji(tmp_path: Path) -> None:
    """rich reads ``:smile:`` as an emoji and ``[b]…[/b]`` as markup; a shop's name is the
    user's text and is printed exactly as typed."""
    data = tmp_path / "data"
    name = "Chilonzor :smile: [b]bozor[/b] [red]"
    ok(run(data, "shops", "add", name, "--owner", ":thumbs_up: [i]Ali"))
    listed = ok(run(data, "shops", "list"))
    assert name in listed[1] and ":thumbs_up: [i]Ali" in listed[1]


def test_cards_assign_move_return_and_list(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(run(data, "shops", "add", "A"))
    ok(run(data, "shops", "add", "B"))
    codes = pack(10)
    source = tmp_path / "pack.csv"
    source.write_text("code\n" + "\n".join(codes) + "\n", encoding="utf-8")
    ok(run(data, "import", str(source)))
    # The three oldest in stock, a range FIRST+COUNT, a range FIRST..LAST, and codes.
    assert ok(run(data, "cards", "assign", "A", "--count", "3")) == ["3 card(s) given to A"]
    assert ok(run(data, "cards", "assign", "B", "--range", f"{codes[5]}+2")) == [
        "2 card(s) given to B"]
    assert ok(run(data, "cards", "move", "B", "--range", f"{codes[0]}..{codes[1]}")) == [
        "2 card(s) moved to B"]
    state = _statuses(data)
    assert [state[c][1] for c in codes[:7]] == ["B", "B", "A", None, None, "B", "B"]
    # move refuses cards in stock; nothing moves
    line = assert_one_line_error(run(data, "cards", "move", "A", codes[2], codes[9]))
    assert "in stock" in line and codes[9] in line
    assert ok(run(data, "cards", "return", codes[0], codes[5])) == [
        "2 card(s) returned to stock"]
    line = assert_one_line_error(run(data, "cards", "return", codes[0]))
    assert "already in stock" in line
    listed = ok(run(data, "cards", "list", "--shop", "B"))
    assert listed[0].split()[:3] == ["code", "status", "shop"]
    assert sorted(row.split()[0] for row in listed[1:]) == [codes[1], codes[6]]
    limited = ok(run(data, "cards", "list", "--limit", "4"))
    assert len(limited) == 6 and limited[-1] == "4 of 10 card(s) shown; --limit 0 shows all"
    line = assert_one_line_error(run(data, "cards", "assign", "A"))
    assert "name the cards" in line
    line = assert_one_line_error(run(data, "cards", "assign", "A", "--count", "99"))
    assert "available in stock" in line
    line = assert_one_line_error(run(data, "cards", "assign", "A", "--range", codes[0]))
    assert "FIRST..LAST or FIRST+COUNT" in line
    line = assert_one_line_error(run(data, "cards", "assign", "Nowhere", codes[3]))
    assert "No shop" in line


def test_check_asks_the_configured_source(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(run(data, "shops", "add", "A"))
    codes = pack(20)
    source = tmp_path / "pack.txt"
    source.write_text("\n".join(codes) + "\n", encoding="utf-8")
    ok(run(data, "import", str(source), "--shop", "A"))
    line = assert_one_line_error(run(data, "check", "--all"))
    assert "no status source configured" in line
    with FakeOperator(sold_share=0.5) as operator:
        ok(run(data, "config", "set", "status_source.url", operator.url))
        one = ok(run(data, "check", codes[0]))
        assert one[0] == "checked: 1 of 1"
        out = ok(run(data, "check", "--shop", "A"))
        assert out[0].startswith("checked: ") and out[2] == "errors: 0"
        out = ok(run(data, "check", "--all"))
        assert out[2] == "errors: 0"
    state = _statuses(data)
    sold = {c for c, (s, _) in state.items() if s == "sold"}
    assert 0 < len(sold) < 20
    line = assert_one_line_error(run(data, "check", codes[0], "--all"))
    assert "one way" in line
    line = assert_one_line_error(run(data, "check", pack(1, start=500)[0]))
    assert "1 code(s) are not stored" in line


def test_check_with_a_failing_card_says_so_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(run(data, "shops", "add", "A"))
    codes = pack(3)
    source = tmp_path / "pack.txt"
    source.write_text("\n".join(codes) + "\n", encoding="utf-8")
    ok(run(data, "import", str(source), "--shop", "A"))
    with FakeOperator(faults={codes[1]: "500"}) as operator:
        ok(run(data, "config", "set", "status_source.url", operator.url))
        proc = run(data, "check", "--all")
    line = assert_one_line_error(proc)
    assert "1 card(s) could not be checked" in line
    assert proc.stdout.splitlines()[0] == "checked: 3 of 3"


def test_rejected_reports_keep_the_inputs_extension_and_never_overwrite(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    from simdesk.domain import reports

    data = tmp_path / "data"
    codes = pack(2)
    as_csv = tmp_path / "pack.csv"
    as_csv.write_text(f"code\n{codes[0]}\n12345\n", encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for value in ("code", codes[1], "678"):
        sheet.append([value])
    as_xlsx = tmp_path / "pack.xlsx"
    book.save(as_xlsx)
    first = ok(run(data, "import", str(as_csv)))[-1].split(": ", 1)[1]
    second = ok(run(data, "import", str(as_xlsx)))[-1].split(": ", 1)[1]
    assert Path(first).name.startswith("pack.csv.rejected-")
    assert Path(second).name.startswith("pack.xlsx.rejected-")
    assert "12345" in Path(first).read_text(encoding="utf-8-sig")
    assert "678" in Path(second).read_text(encoding="utf-8-sig")
    # The same input twice in one second: the second report gets its own name.
    now = datetime(2026, 12, 2, 10, 0, 0)
    monkeypatch.setattr(reports, "utcnow", lambda: now)
    taken = reports.report_path(as_csv)
    taken.write_text("kept", encoding="utf-8")
    again = reports.report_path(as_csv)
    assert taken.name == "pack.csv.rejected-20261202-100000.csv"
    assert again.name == "pack.csv.rejected-20261202-100000-2.csv"


def test_a_code_excel_stored_as_a_number_is_named_so(tmp_path: Path) -> None:
    import csv

    import openpyxl

    from simdesk.domain.codes import code_problem

    problem = code_problem("8.99980000012345E+19")
    assert problem is not None and problem.code == "code_excel_number"
    data = tmp_path / "data"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ICCID"])
    sheet.append([float(pack(1)[0])])  # what Excel keeps of a code typed as a number
    sheet.append([pack(2)[1]])
    path = tmp_path / "cards.xlsx"
    book.save(path)
    lines = ok(run(data, "import", str(path)))
    assert lines[:3] == ["created: 1", "duplicate: 0", "invalid: 1"]
    with Path(lines[-1].split(": ", 1)[1]).open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][1].upper().endswith("E+18")
    assert "number in Excel, its last digits are lost; format the column as text" \
        in rows[1][3]
    assert "other than digits" not in rows[1][3]


def test_a_good_code_with_a_bad_phone_is_imported_without_it(tmp_path: Path) -> None:
    import csv

    data = tmp_path / "data"
    codes = pack(2)
    source = tmp_path / "cards.csv"
    source.write_text(f"ICCID,Phone\n{codes[0]},+998 90 000 00 01\n{codes[1]},+1 202 555 0199\n",
                      encoding="utf-8")
    lines = ok(run(data, "import", str(source)))
    assert lines[:4] == ["created: 2", "duplicate: 0", "invalid: 0",
                         "imported without their phone (not valid): 1"]
    with Path(lines[-1].split(": ", 1)[1]).open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][:3] == ["3", codes[1], "warning"]
    assert rows[1][3].startswith("phone ") and "imported without it" in rows[1][3]
    open_database(data)
    try:
        phones = {c.code: c.phone for c in SimCard.select()}
    finally:
        close_database()
    assert phones == {codes[0]: "+998900000001", codes[1]: None}


def test_export_refuses_a_format_that_contradicts_the_name(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(run(data, "shops", "add", "A"))
    out = tmp_path / "x.csv"
    line = assert_one_line_error(run(data, "export", "shops", "--format", "xlsx", "-o",
                                     str(out)))
    assert "--format xlsx does not match the file name x.csv" in line
    assert not out.exists()
    ok(run(data, "export", "shops", "--format", "xlsx", "-o", str(tmp_path / "x.xlsx")))
    ok(run(data, "export", "shops", "--format", "csv", "-o", str(tmp_path / "x.txt")))


def test_exports_get_the_usual_permissions(tmp_path: Path) -> None:
    import os
    import stat
    import subprocess
    import sys

    data = tmp_path / "data"
    ok(run(data, "shops", "add", "A"))
    for umask, mode in ((0o022, 0o644), (0o002, 0o664), (0o077, 0o600)):
        out = tmp_path / f"shops-{umask:o}.csv"
        proc = subprocess.run(
            ["sh", "-c", f'umask {umask:03o} && exec "$0" -m simdesk --data-dir "$1" '
             'export shops -o "$2"', sys.executable, str(data), str(out)],
            capture_output=True, text=True, timeout=120,
            env={k: v for k, v in os.environ.items() if not k.startswith("SIMDESK_")})
        assert proc.returncode == 0, proc.stderr
        assert stat.S_IMODE(out.stat().st_mode) == mode, (umask, oct(out.stat().st_mode))


def test_window_on_an_unreachable_display_says_what_to_do(tmp_path: Path) -> None:
    """DISPLAY set to a display no X server answers: one clear line, not Qt's abort (134)."""
    import os
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("X displays are Linux's")
    env = {k: v for k, v in os.environ.items()
           if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM") and not k.startswith("SIMDESK_")}
    env["DISPLAY"] = ":917"
    assert not Path("/tmp/.X11-unix/X917").exists()
    line = assert_one_line_error(run(tmp_path / "data", env=env))
    assert "DISPLAY=:917 cannot be reached" in line and "simdesk serve" in line


def _in_a_terminal(*args: str) -> str:
    """The command's output as a terminal shows it (a pseudo-terminal)."""
    import os
    import subprocess
    import sys

    if sys.platform == "win32":
        pytest.skip("pseudo-terminals are POSIX's")
    import pty

    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIMDESK_")}
    env.update(TERM="xterm-256color", COLUMNS="160", LINES="40")
    proc = subprocess.Popen([sys.executable, "-m", "simdesk", *args], stdin=slave,
                            stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.wait(timeout=120) == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bars_in_a_terminal_and_none_when_piped(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(run(data, "shops", "add", "A"))
    codes = pack(3000)
    source = tmp_path / "pack.txt"
    source.write_text("\n".join(codes) + "\n", encoding="utf-8")
    ok(run(data, "import", str(source), "--shop", "A"))
    out = tmp_path / "cards.csv"
    with FakeOperator(latency=0.0) as operator:
        ok(run(data, "config", "set", "status_source.url", operator.url))
        shown = _in_a_terminal("--data-dir", str(data), "check", "--shop", "A")
        piped = ok(run(data, "check", "--shop", "A"))  # ok(): nothing on stderr
    assert "checking" in shown and "/3000" in shown  # the bar, with done/total
    assert "checked: 3000 of 3000" in shown
    assert piped[0].startswith("checked: ") and not any("checking" in x for x in piped)
    shown = _in_a_terminal("--data-dir", str(data), "export", "simcards", "-o", str(out))
    assert "writing cards.csv" in shown and "3000 row(s) written" in shown
    # A table in a terminal has its rule under the headers.
    shown = _in_a_terminal("--data-dir", str(data), "shops", "list")
    assert "─" in shown and "A" in shown
