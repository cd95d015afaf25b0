"""The ``simdesk`` command line.

Global options come before the command: ``simdesk [--data-dir DIR] [--database-url URL]
COMMAND …``.  Every error ends the program with one clear line on stderr and a non-zero exit
status, never a traceback (unexpected failures are written to the log file it names).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
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


def _out(text: str = "") -> None:
    print(text, flush=True)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str) -> Any:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="simdesk",
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
    return parser


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
        throttled = users.throttled_names(u.username for u in rows)
        for u in rows:
            state = "active" if u.is_active else "disabled"
            flag = ", must change password" if u.must_change_password else ""
            if users.throttle_name(u.username) in throttled:
                flag += ", failed logins counted (simdesk users unlock to clear)"
            _out(f"{u.username}\t{u.role}\t{state}{flag}")
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
    parsed = fileparse.read_code_file(args.file)
    entries = [(row.line, row.code, row.phone) for row in parsed.rows]
    result = simcards.bulk_add(entries, shop_id=shop_id, source="import", actor="cli")
    _out(f"created: {len(result.created)}")
    _out(f"duplicate: {len(result.duplicates)}")
    _out(f"invalid: {len(result.invalid)}")
    rejected = result.rejected()
    if rejected:
        _write_report(report, args.file, ["line", "code", "result", "reason"],
                      ([r.line, r.raw, r.outcome, r.reason] for r in rejected),
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
    report = import_activations(args.file, actor="cli")
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

    fmt = args.fmt or ("xlsx" if args.output.suffix.lower() == ".xlsx" else "csv")
    _open(args)
    count = export.export_table(args.what, fmt, args.output)
    _out(f"{count} row(s) written to {args.output}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from simdesk.storage import backup

    _open(args)
    path = backup.backup_database(args.output, data_dir=_data_dir(args))
    _out(f"backup written: {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from simdesk.storage import backup

    _open(args)
    report = backup.restore_database(args.file, data_dir=_data_dir(args))
    _out(f"restored from {report.restored_from}")
    _out(f"the database as it was before is kept in {report.safety_backup}")
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace) -> int:
    from simdesk.storage.database import open_database
    from simdesk.storage.migrations import migrate

    db = open_database(_data_dir(args), args.database_url, run_migrations=False)
    report = migrate(db)
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
    operator = _start_demo(args) if args.demo else None
    try:
        return _serve(args)
    finally:
        if operator is not None:
            operator.stop()


def _start_demo(args: argparse.Namespace) -> Any:
    """A temporary data folder with demo data and a fake operator as the status source."""
    import tempfile

    from simdesk.checking.demo import build_demo
    from simdesk.checking.fake_operator import FakeOperator

    if args.database_url:
        raise ValidationError.for_field(
            "demo", "--demo makes its own SQLite folder; leave out --database-url")
    args.data_dir = tempfile.mkdtemp(prefix="simdesk-demo-")
    operator = FakeOperator(latency=0.05).start()
    build_demo(Path(args.data_dir), status_url=operator.url)
    from simdesk.domain import users
    from simdesk.storage.database import open_database

    open_database(Path(args.data_dir))
    if not users.has_users():
        users.add_user(DEMO_ADMIN, DEMO_PASSWORD, "admin")
    dbmod.unbind()
    _out(f"demo data in {args.data_dir}; fake operator at {operator.url}")
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
    try:
        from simdesk.gui.app import run_desktop
    except ImportError as exc:
        raise ConfigurationError(
            f"The desktop window cannot start: {exc}. Install the system libraries Qt needs "
            "(./dev.sh setup does it on Debian), or use 'simdesk serve' without the window.",
            code="gui_unavailable") from exc
    operator = _start_demo(args) if args.demo else None
    try:
        return run_desktop(_data_dir(args), args.database_url, host=args.g_host,
                           main_port=main_port, status_port=status_port)
    finally:
        if operator is not None:
            operator.stop()


COMMANDS: dict[str | None, Handler] = {
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
        print(BUSY_LINE, file=sys.stderr)
        return EXIT_ERROR
    except SimdeskError as exc:
        print(f"simdesk: error: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("simdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        problem = explain(exc)  # the disk is full, the database read-only or locked
        if problem is not None:
            busy = isinstance(problem, BusyError)
            print(BUSY_LINE if busy else f"simdesk: error: {problem.message}",
                  file=sys.stderr)
            return EXIT_ERROR
        where = _log_unexpected(args)
        note = f"; details in {where}" if where else ""
        print(f"simdesk: error: unexpected failure: {type(exc).__name__}: {exc}{note}",
              file=sys.stderr)
        return EXIT_ERROR
    finally:
        dbmod.unbind()


__all__ = ["build_parser", "main"]
