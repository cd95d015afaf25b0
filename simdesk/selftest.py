"""``simdesk --self-test``: does this installation work?  Meant for the frozen program (the
installer's CI runs the installed ``simdesk-cli.exe --self-test``), and run unfrozen by
``tests/test_selftest.py``.

Everything happens in a temporary folder, never in the user's data folder: a new database
with its migrations, a password hashed and verified, an XLSX file written and read back, both
HTTP servers on free ports of 127.0.0.1 answering ``/health``, the main window opened
offscreen, and the Uzbek and Russian translations loaded.  Each check prints one line; the
exit status is 0 when all passed, 1 otherwise (the failing checks say why).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from simdesk import __version__

EXIT_OK = 0
EXIT_FAILED = 1
PASSWORD = "self-test password 123"  # nosec B105: a throwaway account in a temporary folder
# A text every language translates, and its context (the main window's File menu).
PROBE_CONTEXT, PROBE_TEXT = "MainWindow", "Quit"


@dataclass
class SelfTest:
    """The checks share one temporary folder and, from "servers" on, one runtime."""

    folder: Path
    out: TextIO
    runtime: Any = None
    results: list[tuple[str, str | None]] = field(default_factory=list)

    def check(self, name: str, fn: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            note = fn()
        except BaseException as exc:  # every failure is reported, none ends the run
            if isinstance(exc, KeyboardInterrupt):
                raise
            detail = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
            self.results.append((name, detail))
            print(f"FAIL  {name}: {detail}", file=self.out, flush=True)
            if os.environ.get("SIMDESK_SELFTEST_TRACEBACK"):
                traceback.print_exc(file=self.out)
            return False
        took = time.perf_counter() - started
        self.results.append((name, None))
        print(f"ok    {name}: {note} ({took:.2f} s)", file=self.out, flush=True)
        return True

    # -------------------------------------------------------------- the checks

    def database(self) -> str:
        from simdesk.storage import migrations
        from simdesk.storage.database import open_database

        db = open_database(self.folder)
        version = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0]
        if version != migrations.LATEST_VERSION:
            raise RuntimeError(f"schema version {version}, expected "
                               f"{migrations.LATEST_VERSION}")
        return f"SQLite in {self.folder}, schema version {version}"

    def postgres_driver(self) -> str:
        import psycopg2  # type: ignore[import-untyped]

        return f"psycopg2 {psycopg2.__version__.split()[0]}"

    def password(self) -> str:
        from simdesk.domain import users

        users.add_user("selftest", PASSWORD, "admin")
        user = users.authenticate("selftest", PASSWORD)
        if not user.password_hash.startswith("$argon2id$"):
            raise RuntimeError("the stored hash is not argon2id")
        from simdesk.passwords import verify_password

        if verify_password(user.password_hash, PASSWORD + "x"):
            raise RuntimeError("a wrong password was accepted")
        return "argon2id hash made and verified"

    def xlsx(self) -> str:
        from simdesk.domain import export, fileparse, simcards
        from simdesk.domain.codes import luhn_check_digit

        body = "899980100000000001"
        code = body + luhn_check_digit(body)
        created = simcards.bulk_add([(1, code, "90 123 45 67")], source="import",
                                    actor="self-test").created
        if len(created) != 1:
            raise RuntimeError("the test card was not added")
        path = self.folder / "self-test.xlsx"
        export.export_table("simcards", "xlsx", path)
        parsed = fileparse.read_code_file(path)
        codes = [row.code for row in parsed.rows]
        if parsed.kind != "xlsx" or codes != [code]:
            raise RuntimeError(f"read back {codes!r} ({parsed.kind}), expected [{code!r}]")
        return f"written and read back ({path.stat().st_size} bytes)"

    def servers(self) -> str:
        from simdesk.runtime import Runtime
        from simdesk.storage import db as dbmod

        self.runtime = Runtime(self.folder, database=dbmod.current_database(),
                               host="127.0.0.1", main_port=0, status_port=0)
        self.runtime.start(schedule=False, all_or_nothing=True)
        answers = []
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy
        for name in ("main", "status"):
            url = f"{self.runtime.server_states[name].url}/health"
            with direct.open(url, timeout=10) as reply:
                body = json.loads(reply.read().decode("utf-8"))
            if reply.status != 200:
                raise RuntimeError(f"{url} answered {reply.status}")
            answers.append(f"{name} {url} → {body.get('status', body)}")
        return "; ".join(answers)

    def window(self) -> str:
        from PySide6.QtWidgets import QApplication

        from simdesk.gui.context import AppContext
        from simdesk.gui.main_window import MainWindow

        app = _application()
        if self.runtime is None:
            raise RuntimeError("the servers did not start, so neither does the window")
        ctx = AppContext(self.runtime)
        window = MainWindow(ctx, tray=False)
        try:
            window.show()
            deadline = time.monotonic() + 5
            while not window.isVisible() and time.monotonic() < deadline:
                app.processEvents()
            app.processEvents()
            if not window.isVisible():
                raise RuntimeError("the main window did not show")
            pages = len(window.pages)
            platform = QApplication.platformName()
        finally:
            window.quitting = True
            window.close()
            window.deleteLater()
            app.processEvents()
            ctx.shutdown()  # closes the runtime too
            self.runtime = None
        return f"main window with {pages} pages shown ({platform})"

    def translations(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from simdesk.gui import i18n

        app = _application()
        found = []
        try:
            for code in ("uz", "ru"):
                i18n.set_language(app, code)
                text = QCoreApplication.translate(PROBE_CONTEXT, PROBE_TEXT)
                if text == PROBE_TEXT:
                    raise RuntimeError(f"no {code} translation (simdesk_{code}.qm in "
                                       f"{i18n.translations_dir()})")
                found.append(f"{code}: {PROBE_TEXT} = {text}")
        finally:
            i18n.set_language(app, "en")
        return "; ".join(found)


def _application() -> Any:
    """The running QApplication, or a new one on the offscreen platform."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window on the screen, none needed
    return QApplication(sys.argv[:1])


def run(out: TextIO | None = None) -> int:
    """Run every check; print one line each and a summary.  The exit status."""
    from simdesk.storage import db as dbmod

    stream = out if out is not None else _output()
    # Never the user's database: a PostgreSQL URL or data folder in the environment would
    # otherwise be opened instead of the temporary folder (and get the test's user and card).
    for name in (dbmod.ENV_DATABASE_URL, dbmod.ENV_DATA_DIR):
        os.environ.pop(name, None)
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"simdesk {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, "
          f"{sys.platform})", file=stream, flush=True)
    with tempfile.TemporaryDirectory(prefix="simdesk-selftest-") as name:
        test = SelfTest(Path(name) / "data", stream)
        try:
            if test.check("database and migrations", test.database):
                test.check("password hashing", test.password)
                test.check("XLSX write and read", test.xlsx)
                if test.check("HTTP servers", test.servers):
                    test.check("main window (offscreen)", test.window)
            test.check("PostgreSQL driver", test.postgres_driver)
            test.check("translations", test.translations)
        finally:
            if test.runtime is not None:
                test.runtime.close()
            dbmod.unbind()
    failed = [name for name, problem in test.results if problem is not None]
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", file=stream, flush=True)
        return EXIT_FAILED
    print(f"self-test passed: {len(test.results)} checks", file=stream, flush=True)
    return EXIT_OK


def _output() -> TextIO:
    """Standard output; for the windowed program on Windows (no console, ``sys.stdout`` is
    None) a file beside the temporary folders, named on nothing but the exit status."""
    if sys.stdout is not None:
        return sys.stdout
    path = Path(tempfile.gettempdir()) / "simdesk-self-test.txt"
    return path.open("w", encoding="utf-8")


__all__ = ["run"]
