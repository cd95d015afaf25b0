"""The ``simdesk`` command line.

Global options come before the command: ``simdesk [--data-dir DIR] [--database-url URL]
COMMAND …``.  Every error ends the program with one clear line on stderr and a non-zero exit
status, never a traceback (unexpected failures are written to the log file it names).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from simdesk import __version__
from simdesk.domain import reports
from simdesk.domain.codes import ascii_int
from simdesk.errors import BusyError, ConfigurationError, SimdeskError, ValidationError
from simdesk.logsetup import setup_console
from simdesk.storage import db as dbmod
from simdesk.storage.failures import explain
from simdesk.timeutil import utcnow

DEMO_ADMIN = "admin"
# The account of --demo's throwaway folder, printed at start: meant to be known.
DEMO_PASSWORD = "simdesk-demo"  # nosec B105
NO_TERMINAL = "missing"  # why a password field is refused (not a password)
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
# What a command says when the database stayed busy (another program writing) for longer
# than simdesk waits (storage.db.WRITE_WAIT_SECONDS).
BUSY_LINE = ("simdesk: error: the database is busy (another program is writing); "
             "try again in a moment")

Handler = Callable[[argparse.Namespace], int]


# "simdesk users add", "simdesk: error": the program's name where a text tells what to type.
_PROGRAM_RE = re.compile(
    r"\bsimdesk(?=:| (?:users|shops|cards|check|import|import-activations|export|backup|"
    r"restore|migrate|config|serve)\b| --)")


def program_name() -> str:
    """The name the user typed: the installed bundle's console program is ``simdesk-cli``."""
    if getattr(sys, "frozen", False):
        name = sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1].lower()
        if name in ("simdesk-cli", "simdesk-cli.exe"):
            return "simdesk-cli"
    return "simdesk"


def named(text: str) -> str:
    """``text`` with the commands it suggests written with the name the user typed."""
    name = program_name()
    return text if name == "simdesk" else _PROGRAM_RE.sub(name, text)


def _out(text: str = "") -> None:
    print(named(text), flush=True)


def _err(text: str) -> None:
    print(named(text), file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str) -> Any:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=program_name(),
        description="simdesk: shops, SIM cards and sales for a mobile-operator dealer's office. "
        "With no command it opens the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"simdesk {__version__}")
    parser.add_argument(
        "--self-test", action="store_true",
        help="check this installation in a temporary folder (database, passwords, XLSX, "
        "both servers, the window offscreen, translations) and exit 0, or say what failed",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help="data folder (default: $SIMDESK_DATA_DIR or the user's data folder)",
    )
    parser.add_argument(
        "--database-url", metavar="URL",
        help="use this database instead of the data folder's SQLite file, e.g. "
        "postgresql://user:password@host/simdesk (default: $SIMDESK_DATABASE_URL)",
    )
    parser.add_argument("--host", dest="g_host", metavar="HOST",
                        help="the window's embedded servers listen here (default: api.host)")
    parser.add_argument("--main-port", dest="g_main_port", metavar="PORT",
                        help="the window's main API port (default: api.main_port, 9022)")
    parser.add_argument("--status-port", dest="g_status_port", metavar="PORT",
                        help="the window's status API port (default: api.status_port, 9020)")
    parser.add_argument(
        "--demo", action="store_true",
        help="try simdesk on sample data: a temporary data folder with demo shops and cards, "
        "and a local fake operator as the status source (with serve, or the window)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    users = sub.add_parser("users", help="manage the people who may log in")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True,
                                     parser_class=_Parser)
    add = users_sub.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=("admin", "operator", "viewer"))
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input instead of asking")
    users_sub.add_parser("list", help="list users")
    for action, text in (("disable", "disable a user (logins refused)"),
                         ("enable", "enable a disabled user")):
        p = users_sub.add_parser(action, help=text)
        p.add_argument("name")
    unlock = users_sub.add_parser(
        "unlock", help="forget the failed logins of a user name from every address, so it "
        "may log in again at once")
    unlock.add_argument("name")
    reset = users_sub.add_parser("reset-password",
                                 help="set a new password; it must be changed at next login")
    reset.add_argument("name")
    reset.add_argument("--password-stdin", action="store_true")

    imp = sub.add_parser("import", help="add SIM cards from a CSV, XLSX or text file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--shop", help="give the new cards straight to this shop (id or name)")
    imp.add_argument("--report", type=Path,
                     help="where to write the rejected lines (default: beside the file)")

    act = sub.add_parser("import-activations",
                         help="apply an operator's activation report (CSV or XLSX): the "
                         "listed cards become sold with their activation date")
    act.add_argument("file", type=Path)
    act.add_argument("--report", type=Path,
                     help="where to write the lines not applied (default: beside the file)")

    exp = sub.add_parser("export", help="write SIM cards, shops or the checks log to a file")
    exp.add_argument("what", choices=("simcards", "shops", "checks"))
    exp.add_argument("--format", dest="fmt", choices=("csv", "xlsx"), default=None,
                     help="file format (default: from the file name, else csv)")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    bak = sub.add_parser("backup", help="copy the database to a timestamped backup file")
    bak.add_argument("-o", "--output", type=Path, metavar="FILE")
    res = sub.add_parser("restore", help="replace the database with a backup file "
                                         "(the current one is backed up first)")
    res.add_argument("file", type=Path)

    sub.add_parser("migrate", help="bring the database schema up to date")

    serve = sub.add_parser("serve", help="run both HTTP APIs (and the auto-check schedule) "
                                         "without the window, until Ctrl+C")
    serve.add_argument("--host", help="address to listen on (default: the api.host setting, "
                                      "127.0.0.1)")
    serve.add_argument("--main-port", metavar="PORT",
                       help="main API port (default: api.main_port, 9022; 0 picks a free one)")
    serve.add_argument("--status-port", metavar="PORT",
                       help="status API port (default: api.status_port, 9020; 0 picks one)")

    cfg = sub.add_parser("config", help="read or change settings")
    cfg_sub = cfg.add_subparsers(dest="config_command", metavar="ACTION", required=True,
                                 parser_class=_Parser)
    get = cfg_sub.add_parser("get", help="print a setting")
    get.add_argument("key")
    setp = cfg_sub.add_parser("set", help="change a setting")
    setp.add_argument("key")
    setp.add_argument("value")
    cfg_sub.add_parser("list", help="print every setting")
    _add_inventory_parsers(sub)
    return parser


# ------------------------------------------------------------------ shops, cards, check


_SHOP_OPTIONS = (("--owner", "owner_name", "owner's name"),
                 ("--phone", "owner_phone", "owner's phone, e.g. +998 90 123 45 67"),
                 ("--address", "address", "street address"),
                 ("--region", "region", "region (viloyat), e.g. Toshkent"),
                 ("--status", "status", "active or inactive"),
                 ("--latitude", "latitude", "latitude, e.g. 41.3111"),
                 ("--longitude", "longitude", "longitude, e.g. 69.2797"),
                 ("--notes", "notes", "free notes"))


def _add_card_choice(p: argparse.ArgumentParser, *, count: bool) -> None:
    p.add_argument("codes", nargs="*", metavar="CODE", help="card codes (ICCID)")
    p.add_argument("--range", dest="code_range", metavar="FIRST..LAST|FIRST+COUNT",
                   help="a pack of cards: the first and last code, or the first and how many")
    if count:
        p.add_argument("--count", metavar="N",
                       help="the N cards that have been in stock longest")


def _add_inventory_parsers(sub: Any) -> None:
    shops_p = sub.add_parser("shops", help="add, list, change, archive or delete shops")
    shops_sub = shops_p.add_subparsers(dest="shops_command", metavar="ACTION", required=True,
                                       parser_class=_Parser)
    s_add = shops_sub.add_parser("add", help="add a shop")
    s_add.add_argument("name")
    s_edit = shops_sub.add_parser("edit", help="change a shop's fields")
    s_edit.add_argument("shop", help="the shop's id or name")
    s_edit.add_argument("--name", dest="new_name", metavar="NAME", help="a new name")
    for p in (s_add, s_edit):
        for flag, dest, text in _SHOP_OPTIONS:
            p.add_argument(flag, dest=f"f_{dest}", metavar=dest.split("_")[-1].upper(),
                           help=text)
    s_list = shops_sub.add_parser("list", help="list shops with their card counts")
    s_list.add_argument("--search", metavar="TEXT", help="name, owner, phone or address "
                        "contains TEXT")
    s_list.add_argument("--region", metavar="REGION")
    s_list.add_argument("--archived", action="store_true", help="the archived shops only")
    s_list.add_argument("--all", dest="include_archived", action="store_true",
                        help="the archived shops too")
    for action, text in (("archive", "archive a shop that holds no unsold cards"),
                         ("unarchive", "bring an archived shop back"),
                         ("delete", "delete a shop that never held a card")):
        p = shops_sub.add_parser(action, help=text)
        p.add_argument("shop", help="the shop's id or name")

    cards = sub.add_parser("cards", help="list SIM cards, give them to shops, take them back")
    cards_sub = cards.add_subparsers(dest="cards_command", metavar="ACTION", required=True,
                                     parser_class=_Parser)
    c_list = cards_sub.add_parser("list", help="list cards (newest first)")
    c_list.add_argument("--status", choices=("available", "assigned", "sold"))
    c_list.add_argument("--shop", help="the cards of this shop (id or name)")
    c_list.add_argument("--search", metavar="TEXT",
                        help="code beginning (89…) or code/phone containing TEXT")
    c_list.add_argument("--limit", metavar="N", default="100",
                        help="at most N cards (default 100; 0 for all)")
    c_assign = cards_sub.add_parser("assign", help="give cards in stock to a shop")
    c_assign.add_argument("shop", help="the shop's id or name")
    _add_card_choice(c_assign, count=True)
    c_move = cards_sub.add_parser("move", help="move cards of a shop to another shop")
    c_move.add_argument("shop", help="the shop that takes the cards (id or name)")
    _add_card_choice(c_move, count=False)
    c_return = cards_sub.add_parser("return", help="take unsold cards back to stock")
    _add_card_choice(c_return, count=False)

    check = sub.add_parser("check", help="ask the configured status source which cards are "
                                         "sold (codes, a shop's cards, or every assigned card)")
    check.add_argument("codes", nargs="*", metavar="CODE")
    check.add_argument("--shop", help="the unsold cards of this shop (id or name)")
    check.add_argument("--all", dest="check_all", action="store_true",
                       help="every card given to a shop and not sold yet (the auto-check)")


# ------------------------------------------------------------------ helpers


def _data_dir(args: argparse.Namespace) -> Path:
    return dbmod.resolve_data_dir(args.data_dir)


def _open(args: argparse.Namespace) -> None:
    from simdesk.storage.database import open_database

    open_database(_data_dir(args), args.database_url)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise ValidationError.for_field("password", "nothing was given on standard input")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValidationError(
            "No terminal to ask for a password; pass it with --password-stdin.",
            fields={"password": NO_TERMINAL},
        )
    first = getpass.getpass("Password: ")
    second = getpass.getpass("Password again: ")
    if first != second:
        raise ValidationError.for_field("password", "the two passwords differ; try again")
    return first


# ------------------------------------------------------------------ commands


def cmd_users(args: argparse.Namespace) -> int:
    from simdesk.domain import users

    _open(args)
    action = args.users_command
    if action == "add":
        password = _read_password(args.password_stdin)
        user = users.add_user(args.name, password, args.role)
        _out(f"user {user.username} added ({user.role})")
    elif action == "list":
        rows = users.list_users()
        if not rows:
            _out("no users yet; add the first admin with: simdesk users add NAME --role admin")
            return EXIT_OK
        throttled = users.throttled_names(u.username for u in rows)
        table = []
        for u in rows:
            notes = []
            if u.must_change_password:
                notes.append("must change password")
            if users.throttle_name(u.username) in throttled:
                notes.append("failed logins counted (simdesk users unlock to clear)")
            table.append((u.username, u.role, "active" if u.is_active else "disabled",
                          ", ".join(notes)))
        _table(("name", "role", "state", "notes"), table, empty="")
    elif action == "unlock":
        # Any name: names that do not exist are throttled like the others.
        cleared = users.unlock(args.name)
        if cleared:
            where = "address" if cleared == 1 else "addresses"
            _out(f"failed logins of {args.name.strip()} cleared ({cleared} {where}); it may "
                 "log in again at once")
        else:
            _out(f"{args.name.strip()} had no failed logins to clear")
    else:
        user = _user_by_name(args.name)
        if action in ("disable", "enable"):
            users.set_active(user.id, action == "enable")
            _out(f"user {user.username} {action}d")
        else:
            password = _read_password(args.password_stdin)
            users.reset_password(user.id, password)
            _out(f"password of {user.username} reset; it must be changed at the next login")
    return EXIT_OK


def _user_by_name(name: str) -> Any:
    from simdesk.domain import users
    from simdesk.errors import NotFoundError

    user = users.get_by_username(name)
    if user is None:
        raise NotFoundError(f"No user named {name!r}; list them with: simdesk users list",
                            code="user_not_found")
    return user


def cmd_import(args: argparse.Namespace) -> int:
    from simdesk.domain import fileparse, shops, simcards

    _open(args)
    report = _usable_report_path(args.report or _report_path(args.file), args.file)
    shop_id = shops.find_shop(args.shop).id if args.shop else None
    with _following(f"reading {args.file.name}") as progress:
        parsed = fileparse.read_code_file(args.file, progress=progress)
    entries = [(row.line, row.code, row.phone) for row in parsed.rows]
    with _following(f"importing {len(entries)} line(s)") as progress:
        result = simcards.bulk_add(entries, shop_id=shop_id, source="import", actor="cli",
                                   progress=progress)
    _out(f"created: {len(result.created)}")
    _out(f"duplicate: {len(result.duplicates)}")
    _out(f"invalid: {len(result.invalid)}")
    warnings = result.warnings
    if warnings:
        _out(f"imported without their phone (not valid): {len(warnings)}")
    rejected = result.reported()
    if rejected:
        _write_report(report, args.file, ["line", "code", "result", "reason"],
                      ([r.line, r.raw, "warning" if r.outcome == "created" else r.outcome,
                        f"{r.reason}; {simcards.PHONE_LEFT_OUT}" if r.outcome == "created"
                        else r.reason] for r in rejected),
                      done=f"{len(result.created)} card(s) were imported")
        _out(f"rejected lines and their reasons: {report}")
    return EXIT_OK


def _usable_report_path(path: Path, source: Path) -> Path:
    return reports.usable_report_path(path, source)


def _write_report(path: Path, source: Path, header: list[str], rows: Iterable[list[object]],
                  *, done: str) -> None:
    reports.write_report(path, source, header, rows, done=done)


def cmd_import_activations(args: argparse.Namespace) -> int:
    from simdesk.checking.activations import (
        REJECTED_HEADER,
        import_activations,
        rejected_lines,
        rejected_rows,
    )

    _open(args)
    path = _usable_report_path(args.report or _report_path(args.file), args.file)
    with _following_each(f"reading {args.file.name}",
                         "applying the report") as (reading, applying):
        report = import_activations(args.file, actor="cli", reading=reading,
                                    applying=applying)
    counts = report.counts
    _out(f"sold now: {counts['soldNow']}")
    _out(f"already sold: {counts['alreadySold']}")
    _out(f"unknown: {counts['unknown']}")
    _out(f"invalid: {counts['invalid']}")
    rejected = rejected_lines(report)
    if rejected:
        _write_report(path, args.file, REJECTED_HEADER, rejected_rows(rejected),
                      done=f"{counts['soldNow']} card(s) were marked sold")
        _out(f"lines not applied and why: {path}")
    return EXIT_OK


def _report_path(source: Path) -> Path:
    return reports.report_path(source)


def cmd_export(args: argparse.Namespace) -> int:
    from simdesk.domain import export

    suffix = args.output.suffix.lower().lstrip(".")
    if args.fmt and suffix in ("csv", "xlsx") and suffix != args.fmt:
        raise ValidationError.for_field(
            "format", f"--format {args.fmt} does not match the file name {args.output.name}; "
            f"name the file .{args.fmt}, or leave out --format to follow the name")
    fmt = args.fmt or ("xlsx" if suffix == "xlsx" else "csv")
    _open(args)
    total = _export_total(args.what)
    with _working(f"writing {args.output.name}", total) as advance:
        calls = 0

        def tick() -> None:  # export_table calls it before each thousand rows
            nonlocal calls
            if calls:
                advance(_EXPORT_STEP)
            calls += 1

        count = export.export_table(args.what, fmt, args.output, check=tick)
    _out(f"{count} row(s) written to {args.output}")
    return EXIT_OK


_EXPORT_STEP = 1000  # rows between two calls of export_table's check


def _export_total(what: str) -> int | None:
    from simdesk.domain import simcards

    return simcards.count_cards() if what == "simcards" else None


def cmd_backup(args: argparse.Namespace) -> int:
    from simdesk.storage import backup

    _open(args)
    with _following("backing up the database") as progress:
        path = backup.backup_database(args.output, data_dir=_data_dir(args), progress=progress)
    _out(f"backup written: {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from simdesk.storage import backup

    _open(args)
    with _following(f"restoring {args.file.name}") as progress:
        report = backup.restore_database(args.file, data_dir=_data_dir(args),
                                         progress=progress)
    _out(f"restored from {report.restored_from}")
    _out(f"the database as it was before is kept in {report.safety_backup}")
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace) -> int:
    from simdesk.storage.database import open_database
    from simdesk.storage.migrations import migrate

    db = open_database(_data_dir(args), args.database_url, run_migrations=False)
    with _following("bringing the schema up to date") as progress:
        report = migrate(db, progress=progress)
    if report.seed_backup:
        _out(f"the old server's database was copied to {report.seed_backup} first")
    if report.applied:
        for step in report.applied:
            _out(f"applied {step}")
    _out(f"schema version {report.to_version}")
    return EXIT_OK


def cmd_config(args: argparse.Namespace) -> int:
    import json

    from simdesk.domain import settings

    _open(args)
    if args.config_command == "get":
        _out(json.dumps(settings.get(args.key), ensure_ascii=False))
    elif args.config_command == "set":
        value = settings.set_value(args.key, args.value)
        _out(f"{args.key} = {json.dumps(value, ensure_ascii=False)}")
    else:
        for key, value in settings.get_all(include_secrets=False).items():
            _out(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return EXIT_OK


def _port(text: str | None) -> int | None:
    """A port given on the command line: digits 0-9, from 0 to 65535 ("٩٠٢٢", "+80" or
    " 80" are refused, not read as numbers)."""
    if text is None:
        return None
    port = ascii_int(text, 0, 65_535)
    if port is None:
        raise ValidationError.for_field("port", f"{text!r} is not a port number (0 to 65535)")
    return port


def cmd_serve(args: argparse.Namespace) -> int:
    args.host = args.host if args.host is not None else args.g_host
    args.main_port = _port(args.main_port if args.main_port is not None else args.g_main_port)
    args.status_port = _port(args.status_port if args.status_port is not None
                             else args.g_status_port)
    with _demo(args):
        return _serve(args)


@contextlib.contextmanager
def _demo(args: argparse.Namespace) -> Iterator[None]:
    """With --demo: the demo's data folder and fake operator for the block, both gone after
    it (the folder is removed however the block ends)."""
    if not args.demo:
        yield
        return
    operator = None
    try:
        operator = _start_demo(args)
        yield
    finally:
        if operator is not None:
            operator.stop()
        if args.data_dir:
            _remove_demo_folder(Path(args.data_dir))


def _remove_demo_folder(folder: Path) -> None:
    import logging
    import shutil

    dbmod.unbind()
    # The log file of serve or the window is in it (Windows cannot remove an open file).
    root = logging.getLogger()
    for handler in list(root.handlers):
        if str(getattr(handler, "baseFilename", "")).startswith(str(folder)):
            root.removeHandler(handler)
            handler.close()
    shutil.rmtree(folder, ignore_errors=True)


def _start_demo(args: argparse.Namespace) -> Any:
    """A temporary data folder with demo data and a fake operator as the status source."""
    import tempfile

    from simdesk.checking.demo import build_demo
    from simdesk.checking.fake_operator import FakeOperator

    if args.database_url:
        raise ValidationError.for_field(
            "demo", "--demo makes its own SQLite folder; leave out --database-url")
    args.data_dir = tempfile.mkdtemp(prefix="simdesk-demo-")
    _out(f"demo data in {args.data_dir} (removed when simdesk ends)")
    operator = FakeOperator(latency=0.05).start()
    build_demo(Path(args.data_dir), status_url=operator.url)
    from simdesk.domain import users
    from simdesk.storage.database import open_database

    open_database(Path(args.data_dir))
    if not users.has_users():
        users.add_user(DEMO_ADMIN, DEMO_PASSWORD, "admin")
    dbmod.unbind()
    _out(f"fake operator at {operator.url}")
    _out(f"demo login: {DEMO_ADMIN} / {DEMO_PASSWORD}")
    return operator


def _serve(args: argparse.Namespace) -> int:
    """Both APIs and the auto-check schedule until SIGINT or SIGTERM."""
    import signal
    import threading

    from simdesk.logsetup import setup_logging
    from simdesk.runtime import Runtime

    runtime = Runtime(_data_dir(args), args.database_url, host=args.host,
                      main_port=args.main_port, status_port=args.status_port)
    logs = setup_logging(runtime.data_dir)
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        runtime.start(all_or_nothing=True)
        main, status = (runtime.server_states[name].url for name in ("main", "status"))
        _out(f"main API listening on {main}")
        _out(f"status API listening on {status}")
        _out(f"logs in {logs}; press Ctrl+C to stop")
        while not stop.wait(0.5):
            pass
    finally:
        runtime.close()
    _out("stopped")
    return EXIT_OK


def cmd_desktop(args: argparse.Namespace) -> int:
    """No command: the desktop window (with its embedded servers and schedule)."""
    main_port, status_port = _port(args.g_main_port), _port(args.g_status_port)
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        raise ConfigurationError(
            "There is no display to open the window on (DISPLAY is not set). Start simdesk "
            "on the computer's desktop, or run the servers without a window: simdesk serve.",
            code="no_display")
    display = os.environ.get("DISPLAY", "")
    if (sys.platform.startswith("linux") and display and not os.environ.get("WAYLAND_DISPLAY")
            and os.environ.get("QT_QPA_PLATFORM", "xcb") == "xcb"
            and not _x_display_reachable(display)):
        # Qt would abort the process (exit 134) on a display it cannot open.
        raise ConfigurationError(
            f"There is no display to open the window on (DISPLAY={display} cannot be "
            "reached). Start simdesk on the computer's desktop, or run the servers without a "
            "window: simdesk serve.", code="no_display")
    try:
        from simdesk.gui.app import run_desktop
    except ImportError as exc:
        raise ConfigurationError(
            f"The desktop window cannot start: {exc}. Install the system libraries Qt needs "
            "(./dev.sh setup does it on Debian), or use 'simdesk serve' without the window.",
            code="gui_unavailable") from exc
    with _demo(args):
        return run_desktop(_data_dir(args), args.database_url, host=args.g_host,
                           main_port=main_port, status_port=status_port)


def _interactive() -> bool:
    return sys.stdout.isatty()


def _console() -> Any:
    from rich.console import Console

    # Names and notes are the user's text: never read as markup ("[b]") or emoji (":smile:").
    if _interactive():
        return Console(highlight=False, markup=False, emoji=False)
    # Piped or redirected: no colours, no wrapping at 80 columns.
    return Console(highlight=False, markup=False, emoji=False, color_system=None,
                   width=10_000, soft_wrap=True)


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], *, empty: str) -> None:
    """An aligned table (rich), plain when the output is not a terminal."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD if _interactive() else None, show_edge=False,
                  pad_edge=False, highlight=False)
    for header in headers:
        table.add_column(header, no_wrap=True, overflow="ignore")
    count = 0
    for row in rows:
        table.add_row(*(Text("" if v is None else str(v)) for v in row))
        count += 1
    if not count:
        _out(empty)
        return
    console = _console()
    if _interactive():
        console.print(table)
        return
    with console.capture() as captured:
        console.print(table)
    for line in captured.get().splitlines():
        _out(line.rstrip())


def _progress() -> Any:
    """Progress bars on standard error when it is a terminal, nothing otherwise; add a task
    per bar with :func:`_task`."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    console=Console(stderr=True), disable=not sys.stderr.isatty(),
                    transient=True)


def _task(bar: Any, what: str, total: int | None = None) -> Any:
    """A bar of ``bar`` (a :func:`_progress`) labelled ``what`` as it is (a file name with
    brackets or braces is shown, not read as markup)."""
    from rich.markup import escape

    return bar.add_task(escape(what), total=total)


@contextlib.contextmanager
def _working(what: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """A progress bar for long work (a moving one when ``total`` is unknown); the block gets
    a function that advances it.  Nothing at all when standard error is not a terminal."""
    with _progress() as bar:
        task = _task(bar, what, total)
        yield lambda step: bar.advance(task, step)


@contextlib.contextmanager
def _following(what: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar for long work that says how far it is: the block gets a function
    ``progress(done, total)`` to hand to the work (the hooks of fileparse, simcards.bulk_add,
    backup, migrations …).  Nothing at all when standard error is not a terminal."""
    with _following_each(what) as (progress,):
        yield progress


@contextlib.contextmanager
def _following_each(*whats: str) -> Iterator[tuple[Callable[[int, int], None], ...]]:
    """:func:`_following` for work of several parts: one bar each, one below the other."""
    if not sys.stderr.isatty():  # no bar: rich is not even loaded
        yield tuple(_ignore for _ in whats)
        return
    with _progress() as bar:
        yield tuple(_updater(bar, _task(bar, what)) for what in whats)


def _ignore(_done: int, _total: int) -> None:
    pass


def _updater(bar: Any, task: Any) -> Callable[[int, int], None]:
    def update(done: int, total: int) -> None:
        # The bar is redrawn ten times a second; the finished count at once, which quick
        # work would otherwise never show.
        bar.update(task, completed=done, total=total, refresh=done >= total)

    return update


def _shop_fields(args: argparse.Namespace) -> dict[str, Any]:
    return {dest: getattr(args, f"f_{dest}") for _flag, dest, _text in _SHOP_OPTIONS
            if getattr(args, f"f_{dest}", None) is not None}


def _count_arg(text: str, field: str, low: int = 1) -> int:
    number = ascii_int(text.strip(), low)
    if number is None or text.strip() != text:
        raise ValidationError.for_field(field, f"{text!r} is not a whole number of at "
                                        f"least {low}")
    return number


def cmd_shops(args: argparse.Namespace) -> int:
    from simdesk.domain import shops

    _open(args)
    action = args.shops_command
    if action == "add":
        shop = shops.create_shop({"name": args.name, **_shop_fields(args)})
        _out(f"shop {shop.name} added (id {shop.id})")
    elif action == "list":
        flt = shops.ShopFilter(q=args.search, region=args.region,
                               include_archived=args.include_archived,
                               archived_only=args.archived)
        rows = []
        for shop in shops.shop_query(flt):
            counts = shops.card_counts(shop.id)
            rows.append((shop.id, shop.name, shop.region, shop.owner_name, shop.owner_phone,
                         "archived" if shop.archived_at is not None else shop.status,
                         counts.assigned, counts.sold))
        _table(("id", "name", "region", "owner", "phone", "status", "unsold", "sold"), rows,
               empty="no shops; add one with: simdesk shops add NAME")
    else:
        shop = shops.find_shop(args.shop)
        if action == "edit":
            changes = _shop_fields(args)
            if args.new_name is not None:
                changes["name"] = args.new_name
            if not changes:
                raise ValidationError.for_field(
                    "shop", "nothing to change; give --name, --owner, --phone, --address, "
                    "--region, --status, --latitude, --longitude or --notes")
            shop = shops.update_shop(shop.id, changes)
            _out(f"shop {shop.name} (id {shop.id}) changed")
        elif action == "archive":
            shops.archive_shop(shop.id)
            _out(f"shop {shop.name} (id {shop.id}) archived")
        elif action == "unarchive":
            shops.unarchive_shop(shop.id)
            _out(f"shop {shop.name} (id {shop.id}) is active again")
        else:
            shops.delete_shop(shop.id)
            _out(f"shop {shop.name} (id {shop.id}) deleted")
    return EXIT_OK


def _card_choice(args: argparse.Namespace) -> dict[str, Any]:
    """The cards a cards/check command names: codes or one range (``FIRST..LAST`` or
    ``FIRST+COUNT``), as :func:`simcards.select_cards` takes them."""
    from simdesk.domain.simcards import CodeRange

    text = getattr(args, "code_range", None)
    if text is not None and args.codes:
        raise ValidationError.for_field("codes", "give the codes or --range, not both")
    if text is None:
        return {"codes": list(args.codes)} if args.codes else {}
    if ".." in text:
        first, _, last = text.partition("..")
        return {"code_range": CodeRange(first.strip(), last=last.strip())}
    if "+" in text:
        first, _, count = text.partition("+")
        return {"code_range": CodeRange(first.strip(), count=_count_arg(count, "range"))}
    raise ValidationError.for_field(
        "range", f"{text!r} is not a range; write FIRST..LAST or FIRST+COUNT")


def cmd_cards(args: argparse.Namespace) -> int:
    from simdesk.domain import shops, simcards

    _open(args)
    action = args.cards_command
    if action == "list":
        shop_id = shops.find_shop(args.shop).id if args.shop else None
        limit = _count_arg(args.limit, "limit", 0)
        flt = simcards.CardFilter(status=args.status, shop_id=shop_id, q=args.search)
        total = simcards.count_matching(flt)
        rows = simcards.list_cards(flt, limit=limit or None)
        _table(("code", "status", "shop", "phone", "added", "sold"),
               ((r.code, r.status, r.shop_name, r.phone, f"{r.added_date:%Y-%m-%d}",
                 f"{r.sale_date:%Y-%m-%d}" if r.sale_date else None) for r in rows),
               empty="no cards match")
        if len(rows) < total:
            _out(f"{len(rows)} of {total} card(s) shown; --limit 0 shows all")
        return EXIT_OK
    choice = _card_choice(args)
    count = getattr(args, "count", None)
    if count is not None:
        if choice:
            raise ValidationError.for_field("count", "give a count or the cards, not both")
        choice = {"count": _count_arg(count, "count")}
    if not choice:
        raise ValidationError.for_field(
            "codes", "name the cards: codes, --range FIRST..LAST or FIRST+COUNT"
            + (", or --count N" if action == "assign" else ""))
    if action == "return":
        result = simcards.return_to_stock(**choice, source="cli", actor="cli")
        _out(f"{len(result.changed)} card(s) returned to stock")
        return EXIT_OK
    shop = shops.find_shop(args.shop)
    if action == "move" and "count" not in choice:
        # Only cards that some other shop holds move; a card in stock is given with assign.
        selection = simcards.select_cards(**choice)
        in_stock = [c.code for c in selection.found if c.status == "available"]
        if in_stock:
            raise ValidationError.for_field(
                "codes", f"{len(in_stock)} card(s) are in stock, not in a shop "
                f"({', '.join(in_stock[:5])}); give them with: simdesk cards assign")
    result = simcards.assign_cards(int(shop.id), **choice, source="cli", actor="cli")
    verb = "moved" if action == "move" else "given"
    _out(f"{len(result.changed)} card(s) {verb} to {shop.name}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from simdesk.checking.runs import KIND_AUTO, KIND_MANUAL, KIND_SELECTION
    from simdesk.domain import shops, simcards
    from simdesk.runtime import Runtime

    given = sum((bool(args.codes), args.shop is not None, args.check_all))
    if given != 1:
        raise ValidationError.for_field(
            "codes", "name the cards to check one way: codes, --shop SHOP or --all")
    runtime = Runtime(_data_dir(args), args.database_url)
    try:
        ids: list[int] | None
        kind = KIND_AUTO
        if args.codes:
            selection = simcards.select_cards(codes=args.codes)
            if selection.missing:
                shown = ", ".join(m.ref for m in selection.missing[:5])
                raise ValidationError.for_field(
                    "codes", f"{len(selection.missing)} code(s) are not stored ({shown})")
            ids, kind = [c.id for c in selection.found], KIND_MANUAL
        elif args.shop is not None:
            shop = shops.find_shop(args.shop)
            ids = [c.id for c in simcards.card_refs(simcards.card_query(
                simcards.CardFilter(status="assigned", shop_id=int(shop.id)), sort="id"))]
            if not ids:
                _out(f"{shop.name} holds no unsold cards; nothing to check")
                return EXIT_OK
            kind = KIND_SELECTION
        else:
            ids = None
        if kind == KIND_MANUAL:
            # The engine's own refusal when no source is set (as the window's "Check").
            from simdesk.checking.sources import SourceConfig, no_source_error

            problem = SourceConfig.from_settings().problem()
            if problem is not None:
                raise no_source_error(problem)
        summary = runtime.engine.start_run(ids, kind=kind, source="check", actor="cli")
        with _progress() as bar:
            task = _task(bar, "checking", summary.total or None)
            while not summary.finished:
                summary = runtime.engine.wait(summary.run_id, 0.2)
                bar.update(task, completed=summary.checked, total=summary.total or None)
        if summary.state == "failed":
            raise ConfigurationError(summary.reason or "the check failed", code="check_failed")
        _out(f"checked: {summary.checked} of {summary.total}")
        _out(f"newly sold: {len(summary.newly_sold)}")
        _out(f"errors: {summary.errors}")
        if summary.state != "done":
            raise SimdeskError(f"the check ended early ({summary.state})"
                               + (f": {summary.reason}" if summary.reason else ""))
        if summary.errors:
            raise SimdeskError(f"{summary.errors} card(s) could not be checked; the reasons "
                               "are in the checks log (simdesk export checks -o checks.csv)")
        return EXIT_OK
    finally:
        runtime.close()


def _x_display_reachable(display: str) -> bool:
    """Whether an X server answers at ``display`` (``:0``, ``:1.0``, ``host:10``…): its
    socket accepts a connection.  Only the socket, not the X authorisation."""
    import re
    import socket

    match = re.fullmatch(r"(?:unix/)?([^:]*):(\d+)(?:\.\d+)?", display)
    if match is None:
        return True  # a form this does not know (e.g. a launchd path): let Qt judge
    host, number = match.group(1), int(match.group(2))
    try:
        if host and host != "unix":
            with socket.create_connection((host, 6000 + number), timeout=2):
                return True
        path = f"/tmp/.X11-unix/X{number}"  # nosec B108 - the X server's own socket
        for address in ("\0" + path, path):  # Linux's abstract socket, then the file
            with contextlib.suppress(OSError), \
                    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(2)
                sock.connect(address)
                return True
    except OSError:
        return False
    return False


COMMANDS: dict[str | None, Handler] = {
    "shops": cmd_shops,
    "cards": cmd_cards,
    "check": cmd_check,
    "users": cmd_users,
    "import": cmd_import,
    "export": cmd_export,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "migrate": cmd_migrate,
    "config": cmd_config,
    "serve": cmd_serve,
    "import-activations": cmd_import_activations,
    None: cmd_desktop,
}


def _log_unexpected(args: argparse.Namespace | None) -> Path | None:
    try:
        folder = dbmod.resolve_data_dir(getattr(args, "data_dir", None))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "simdesk-error.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {utcnow().isoformat()} UTC simdesk {__version__}\n")
            fh.write(traceback.format_exc())
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    setup_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from simdesk import selftest

        return selftest.run()
    handler = COMMANDS[args.command]
    try:
        return handler(args)
    except BusyError:
        _err(BUSY_LINE)
        return EXIT_ERROR
    except SimdeskError as exc:
        _err(f"simdesk: error: {exc.message}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("simdesk: interrupted")
        return 130
    except Exception as exc:
        problem = explain(exc)  # the disk is full, the database read-only or locked
        if problem is not None:
            busy = isinstance(problem, BusyError)
            _err(BUSY_LINE if busy else f"simdesk: error: {problem.message}")
            return EXIT_ERROR
        where = _log_unexpected(args)
        note = f"; details in {where}" if where else ""
        _err(f"simdesk: error: unexpected failure: {type(exc).__name__}: {exc}{note}")
        return EXIT_ERROR
    finally:
        dbmod.unbind()


__all__ = ["build_parser", "main"]
