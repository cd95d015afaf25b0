"""The README's shell blocks are run, in README order, as a newcomer would type them.

Every ```sh block of README.md is marked on the line before its fence:

* ``<!-- runnable -->``: run with bash (``set -euo pipefail``); it must exit 0.
* ``<!-- runnable: background -->``: each command line of the block is a program that keeps
  running (``simdesk serve``, the stand-in operator); each is started, must print where it
  listens, keeps running while the later blocks run and is stopped with SIGTERM at the end,
  when it must exit 0.
* ``<!-- runnable: needs PROGRAM -->``: run like ``runnable`` when PROGRAM (``curl``) is
  installed; without it the test runs and checks everything else and then reports itself
  skipped, naming the block and the program.
* ``<!-- not-runnable: REASON -->``: not run, for the reason given.

The blocks share one temporary folder: the data folder (``SIMDESK_DATA_DIR``), ``HOME``, the
temporary folder and a working folder standing for the repository's root (its files linked
in, ``.venv`` linked to the virtual environment running these tests), so nothing a command
writes lands in the repository or the user's folders.

What the test changes in a block is listed in PLACEHOLDERS and SERVER_OPTIONS: the documented
example addresses become the addresses of the servers started here, and servers listen on
free ports of 127.0.0.1 instead of the fixed 9020/9021/9022 (which another program may use).
"""

from __future__ import annotations

import json
import os
import queue
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Final

import pytest

from simdesk.checking.demo import demo_codes
from simdesk.checking.fake_operator import is_sold_code
from simdesk.domain.codes import code_problem
from simdesk.domain.fileparse import read_code_file
from simdesk.tools import make_samples

ROOT: Final = Path(__file__).resolve().parent.parent
README: Final = ROOT / "README.md"
SHELL_LANGUAGES: Final = frozenset({"sh", "bash", "shell", "console"})
MARKER_RE: Final = re.compile(
    r"^\s*<!--\s*(runnable(?::\s*(?:background|needs [\w.-]+))?"
    r"|not-runnable:\s*(?P<reason>\S.*?))\s*-->\s*$")
FENCE_RE: Final = re.compile(r"^(?P<indent>\s*)```(?P<lang>[\w-]*)\s*$")
STARTUP_SECONDS: Final = 60.0
COMMAND_SECONDS: Final = 120.0

# The README's example addresses, and which server started here stands in for each.
OPERATOR: Final = "operator"  # the stand-in operator's address
API: Final = "api"  # the main API of the first `simdesk serve` on the walkthrough's data
PLACEHOLDERS: Final = {
    "http://127.0.0.1:9021": OPERATOR,  # "your operator's address" of the walkthrough
    "https://api.operator.uz": OPERATOR,  # the operator's JSON API (the http-json example)
    "http://127.0.0.1:9022": API,  # the main API that curl logs in to
}
# Appended to a background command (the last of a repeated option wins in argparse).
SERVER_OPTIONS: Final = {
    "simdesk.checking.fake_operator": " --port 0",
    "serve": " --host 127.0.0.1 --main-port 0 --status-port 0",
}


@dataclass
class Block:
    line: int  # of the opening fence, 1-based
    language: str
    code: str
    marker: str | None  # "runnable", "runnable: background", "not-runnable: …" or None

    @property
    def runnable(self) -> bool:
        return self.marker is not None and self.marker.startswith("runnable")

    @property
    def background(self) -> bool:
        return self.marker == "runnable: background"

    @property
    def needs(self) -> str | None:
        """The program a ``runnable: needs PROGRAM`` block needs besides bash and simdesk."""
        if self.marker is not None and self.marker.startswith("runnable: needs "):
            return self.marker.removeprefix("runnable: needs ")
        return None

    def commands(self) -> list[str]:
        """The block's command lines (a line ending in a backslash goes on)."""
        out: list[str] = []
        pending = ""
        for raw in self.code.splitlines():
            text = raw.strip()
            if not pending and (not text or text.startswith("#")):
                continue
            pending += raw + "\n"
            if not text.endswith("\\"):
                out.append(pending.rstrip("\n"))
                pending = ""
        return out


def parse_blocks(text: str) -> list[Block]:
    """Every fenced block of a Markdown text, with the marker on the line before it."""
    lines = text.splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        fence = FENCE_RE.match(lines[i])
        if not fence:
            i += 1
            continue
        indent = len(fence["indent"])
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i][indent:] if lines[i][:indent].isspace() else lines[i].lstrip())
            i += 1
        marker = None
        if start > 0:
            found = MARKER_RE.match(lines[start - 1])
            if found:
                marker = re.sub(r"\s+", " ", found[1])
        blocks.append(Block(start + 1, fence["lang"], "\n".join(body), marker))
        i += 1
    return blocks


def unmarked_shell_blocks(text: str) -> list[int]:
    return [b.line for b in parse_blocks(text)
            if b.language in SHELL_LANGUAGES and b.marker is None]


def readme_blocks() -> list[Block]:
    return parse_blocks(README.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ the markers


def test_every_shell_block_of_the_readme_says_whether_it_runs() -> None:
    unmarked = unmarked_shell_blocks(README.read_text(encoding="utf-8"))
    assert not unmarked, (
        f"README.md: the sh blocks opening on line(s) {unmarked} have no marker: put "
        "'<!-- runnable -->', '<!-- runnable: background -->' or "
        "'<!-- not-runnable: REASON -->' on the line before the fence")
    shell = [b for b in readme_blocks() if b.language in SHELL_LANGUAGES]
    assert sum(b.runnable for b in shell) >= 9, "the walkthrough's blocks are runnable"


def test_the_marker_check_finds_an_unmarked_block() -> None:
    text = ("<!-- runnable -->\n```sh\nls\n```\n\n```sh\nrm -rf /\n```\n"
            "<!-- not-runnable: needs a PostgreSQL server -->\n  ```sh\n  psql\n  ```\n"
            "<!-- not-runnable: -->\n```sh\nx\n```\n```text\nnot a command\n```\n"
            "<!-- runnable: needs curl -->\n```sh\ncurl -s URL\n```\n")
    blocks = parse_blocks(text)
    assert [(b.line, b.marker) for b in blocks] == [
        (2, "runnable"), (6, None), (10, "not-runnable: needs a PostgreSQL server"),
        (14, None), (17, None), (21, "runnable: needs curl")]
    assert blocks[-1].needs == "curl" and not blocks[-1].background
    assert unmarked_shell_blocks(text) == [6, 14]  # a reason is required


def test_every_placeholder_is_in_a_runnable_block() -> None:
    runnable = "\n".join(b.code for b in readme_blocks() if b.runnable)
    for placeholder in PLACEHOLDERS:
        assert placeholder in runnable, f"{placeholder} is no longer in README.md's blocks"


# ------------------------------------------------------------------ the sample packs


def test_the_sample_packs_hold_valid_codes() -> None:
    folder = ROOT / "resources" / "samples"
    xlsx = read_code_file(folder / make_samples.XLSX_NAME)
    csv = read_code_file(folder / make_samples.CSV_NAME)
    assert [r.code for r in xlsx.rows] == make_samples.xlsx_codes()
    assert [(r.code, r.phone) for r in csv.rows] == make_samples.csv_rows()
    codes = make_samples.xlsx_codes() + [code for code, _ in make_samples.csv_rows()]
    assert len(codes) == len(set(codes)) == 300
    assert [c for c in codes if code_problem(c) is not None] == []
    assert not set(codes) & set(demo_codes())


# ------------------------------------------------------------------ running them


@dataclass
class Server:
    command: str
    process: subprocess.Popen[str]
    lines: queue.Queue[str] = field(default_factory=queue.Queue)
    seen: list[str] = field(default_factory=list)

    def read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, pattern: str) -> re.Match[str]:
        deadline = time.monotonic() + STARTUP_SECONDS
        for line in self.seen:
            if found := re.search(pattern, line):
                return found
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                assert self.process.poll() is None, (
                    f"{self.command!r} ended with {self.process.returncode}: {self.seen}")
                continue
            self.seen.append(line)
            if found := re.search(pattern, line):
                return found
        raise AssertionError(f"{self.command!r} printed no {pattern!r} in "
                             f"{STARTUP_SECONDS:.0f} s: {self.seen}")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return -9


@dataclass
class Walk:
    work: Path
    home: Path
    data: Path
    tmp: Path
    env: dict[str, str]
    addresses: dict[str, str] = field(default_factory=dict)
    servers: list[Server] = field(default_factory=list)
    outputs: list[tuple[Block, str]] = field(default_factory=list)

    def fill(self, code: str) -> str:
        for placeholder, name in PLACEHOLDERS.items():
            if placeholder in code:
                assert name in self.addresses, (
                    f"{placeholder} is used before the server standing for it was started")
                code = code.replace(placeholder, self.addresses[name])
        return code

    def run(self, block: Block) -> str:
        script = "set -euo pipefail\n" + self.fill(block.code) + "\n"
        done = subprocess.run(["bash", "-c", script], cwd=self.work, env=self.env, text=True,
                              capture_output=True, timeout=COMMAND_SECONDS, check=False)
        assert done.returncode == 0, (
            f"README.md line {block.line}: exit {done.returncode}\n{block.code}\n"
            f"--- stdout\n{done.stdout}--- stderr\n{done.stderr}")
        self.outputs.append((block, done.stdout))
        return done.stdout

    def start(self, block: Block) -> None:
        for command in block.commands():
            line = self.fill(shlex.join(shlex.split(command, comments=True)))
            for name, options in SERVER_OPTIONS.items():
                if name in line:
                    line += options
                    break
            else:
                raise AssertionError(f"README.md line {block.line}: no known server: {line}")
            process = subprocess.Popen(
                ["bash", "-c", "set -euo pipefail\nexec " + line], cwd=self.work, env=self.env,
                text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                start_new_session=True)
            server = Server(line, process)
            assert process.stdout is not None
            threading.Thread(target=server.read, args=(process.stdout,), daemon=True).start()
            self.servers.append(server)
            if " serve" in line:
                self.check_serve(server, demo="--demo" in line)
            else:
                url = server.wait_for(r"^(http://127\.0\.0\.1:\d+)$")[1]
                self.addresses.setdefault(OPERATOR, url)

    def check_serve(self, server: Server, *, demo: bool) -> None:
        main = server.wait_for(r"main API listening on (http://\S+)")[1]
        status = server.wait_for(r"status API listening on (http://\S+)")[1]
        for url in (main, status):
            with urllib.request.urlopen(f"{url}/health", timeout=10) as answer:  # nosec B310
                assert answer.status == 200, url
        if demo:
            folder = Path(server.wait_for(r"demo data in (\S+)")[1])
            assert folder.parent == self.tmp and (folder / "simcard_db.sqlite").is_file()
            assert "demo login: admin / simdesk-demo" in server.seen
        else:
            self.addresses.setdefault(API, main)


def _env(home: Path, data: Path, tmp: Path) -> dict[str, str]:
    venv_bin = Path(sys.prefix) / "bin"
    assert (venv_bin / "simdesk").is_file(), (
        f"run the tests with the virtual environment simdesk is installed in ({sys.prefix} "
        "has no bin/simdesk): .venv/bin/python -m pytest")
    env = {
        "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
        "HOME": str(home), "TMPDIR": str(tmp), "SIMDESK_DATA_DIR": str(data),
        "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"), "XDG_STATE_HOME": str(home / ".local/state"),
        "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
    }
    return env


@pytest.fixture
def walk(tmp_path: Path) -> Walk:
    work, home, data, tmp = (tmp_path / name for name in ("repo", "home", "data", "tmp"))
    for folder in (work, home, tmp):
        folder.mkdir()
    # The repository's root as the commands see it: its files, and .venv the running venv.
    for entry in ROOT.iterdir():
        if entry.name not in {".venv", ".git"}:
            (work / entry.name).symlink_to(entry)
    (work / ".venv").symlink_to(Path(sys.prefix))
    return Walk(work, home, data, tmp, _env(home, data, tmp))


def _output_of(walk: Walk, first_line: str) -> str:
    found = [out for block, out in walk.outputs if block.code.startswith(first_line)]
    assert len(found) == 1, f"no single block starting with {first_line!r}"
    return found[0]


Check = Callable[[Walk], None]


def _walkthrough(walk: Walk) -> None:
    out = _output_of(walk, "printf")
    assert "user boss added (admin)" in out
    assert "shop Chorsu added (id 1)" in out
    assert re.search(r"created: 200\nduplicate: 0\ninvalid: 0\ncreated: 100\n", out), out
    assert "50 card(s) given to Chorsu" in out
    # The shop holds the CSV pack and the 50 oldest cards of the workbook's pack.
    held = [code for code, _ in make_samples.csv_rows()] + make_samples.xlsx_codes()[:50]
    sold = sum(is_sold_code(code, 0.3) for code in held)
    assert 0 < sold < len(held)
    assert f"checked: 150 of 150\nnewly sold: {sold}\nerrors: 0\n" in out, out
    assert "300 row(s) written to cards.xlsx" in out
    assert (walk.work / "cards.xlsx").is_file() and not (ROOT / "cards.xlsx").exists()
    backups = list((walk.data / "backups").glob("simdesk-*.sqlite"))
    assert len(backups) == 1 and f"backup written: {backups[0]}" in out
    assert not list((ROOT / "resources" / "samples").glob("*.rejected-*")), "no report"


def _trial_folder(walk: Walk) -> None:
    out = _output_of(walk, ".venv/bin/simdesk --data-dir ~/simdesk-trial")
    assert out.count("no shops") == 2, out
    assert (walk.home / "simdesk-trial" / "simcard_db.sqlite").is_file()


def _status_sources(walk: Walk) -> None:
    assert _output_of(walk, "simdesk config set status_source.url") == (
        'status_source.url = "http://10.0.0.5:9020"\n')
    out = _output_of(walk, "simdesk config set status_source.kind")
    assert 'status_source.url_template = "http://127.0.0.1:' in out
    assert 'status_source.sold_values = ["ACTIVATED", "SOLD"]' in out


def _api_login(walk: Walk) -> None:
    cards = json.loads(_output_of(walk, "TOKEN=$(curl"))
    assert isinstance(cards, list) and len(cards) == 50
    assert {card["code"] for card in cards} <= set(
        make_samples.xlsx_codes() + [code for code, _ in make_samples.csv_rows()])


CHECKS: Final[tuple[Check, ...]] = (_walkthrough, _trial_folder, _status_sources, _api_login)


@pytest.mark.slow
def test_the_readme_runs_from_the_command_line(walk: Walk) -> None:
    """Every runnable block, in README order, on one data folder; then what they printed
    and wrote, and every server stopped by SIGTERM with exit 0 (the demo's folder gone)."""
    blocks = [b for b in readme_blocks() if b.runnable]
    missing = [b for b in blocks if b.needs and shutil.which(b.needs, path=walk.env["PATH"])
               is None]
    try:
        for block in blocks:
            if block in missing:
                continue
            if block.background:
                walk.start(block)
            else:
                walk.run(block)
    finally:
        codes = {server.command: server.stop() for server in walk.servers}
    assert codes and all(code == 0 for code in codes.values()), codes
    for check in CHECKS:
        if check is _api_login and missing:
            continue
        check(walk)
    demo = [s for s in walk.servers if "--demo" in s.command]
    assert len(demo) == 1
    folder = Path(demo[0].wait_for(r"demo data in (\S+)")[1])
    assert not folder.exists(), "--demo removes its folder at exit"
    assert sorted(walk.addresses) == [API, OPERATOR]
    if missing:
        pytest.skip("all but these README blocks ran: " + ", ".join(
            f"line {b.line} (needs {b.needs}, which is not installed)" for b in missing))
