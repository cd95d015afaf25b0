"""Shared fixtures: every test gets a real SQLite file in its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Without a display Qt aborts the interpreter instead of failing a test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import peewee
import pytest

from simdesk.storage.database import close_database, open_database


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db(data_dir: Path) -> Iterator[peewee.Database]:
    """A fresh, migrated simdesk database in a real SQLite file."""
    database = open_database(data_dir)
    try:
        yield database
    finally:
        close_database()


@pytest.fixture
def engine(db):
    """A check engine of its own (its own job runner and lease owner) on the test database."""
    from simdesk.checking.engine import CheckEngine

    eng = CheckEngine()
    try:
        yield eng
    finally:
        eng.shutdown()


WEBAPP_ORIGIN = "http://localhost:8080"
# What the office's web app sends with every call, GETs included.
WEBAPP_HEADERS = {"Origin": WEBAPP_ORIGIN, "Content-Type": "application/json"}


class RunningApis:
    """Both APIs of a real runtime on 127.0.0.1, ports picked by the system."""

    def __init__(self, runtime) -> None:
        self.runtime = runtime
        self.engine = runtime.engine
        self.main = runtime.server_states["main"].url
        self.status = runtime.server_states["status"].url


def make_runtime(db, data_dir, **options):
    """A runtime over the test database, servers on 127.0.0.1 with free ports."""
    from simdesk.runtime import Runtime

    options.setdefault("host", "127.0.0.1")
    options.setdefault("main_port", 0)
    options.setdefault("status_port", 0)
    return Runtime(data_dir, database=db, **options)


@pytest.fixture
def apis(db, data_dir) -> Iterator[RunningApis]:
    runtime = make_runtime(db, data_dir).start(schedule=False, all_or_nothing=True)
    try:
        yield RunningApis(runtime)
    finally:
        runtime.close()


@pytest.fixture
def gui_ctx(db, data_dir, qtbot):
    """The window's shared context on the test database: a real runtime (engine, jobs,
    servers on ports picked by the system on 127.0.0.1, the schedule)."""
    from simdesk.gui.context import AppContext

    ctx = AppContext(make_runtime(db, data_dir).start())
    try:
        yield ctx
    finally:
        ctx.shutdown()


@pytest.fixture
def main_window(gui_ctx, qtbot):
    """The real main window (no tray icon), shown offscreen."""
    from simdesk.gui.main_window import MainWindow

    window = MainWindow(gui_ctx, tray=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.quitting = True


@pytest.fixture
def op():
    """The fake operator on loopback: nothing sold unless a test says so; a hung request
    gives up after 5 s."""
    from simdesk.checking.fake_operator import FakeOperator

    server = FakeOperator(sold_share=0.0, hang_seconds=5).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def cards_page(gui_ctx, qtbot):
    """The SIM cards page on its own, shown offscreen at 1200 × 700."""
    from simdesk.gui.pages.simcards import SimCardsPage

    widget = SimCardsPage(gui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    gui_ctx.tasks.cancel_all()
