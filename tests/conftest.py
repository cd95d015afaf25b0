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


WEBAPP_ORIGIN = "http://localhost:8080"
# What the office's web app sends with every call, GETs included.
WEBAPP_HEADERS = {"Origin": WEBAPP_ORIGIN, "Content-Type": "application/json"}


class RunningApis:
    """Both APIs of a real ApiRuntime on 127.0.0.1, ports picked by the system."""

    def __init__(self, runtime, engine) -> None:
        self.runtime = runtime
        self.engine = engine
        self.main = runtime.main.url
        self.status = runtime.status.url


@pytest.fixture
def apis(db) -> Iterator[RunningApis]:
    from simdesk.api.runtime import ApiRuntime, Binding
    from simdesk.checking.engine import CheckEngine

    engine = CheckEngine()
    runtime = ApiRuntime(engine, Binding("127.0.0.1", 0, 0))
    runtime.start()
    try:
        yield RunningApis(runtime, engine)
    finally:
        runtime.stop()
        engine.shutdown()


@pytest.fixture
def gui_ctx(db, data_dir, qtbot):
    """The window's shared context on the test database, servers on ports picked by the
    system (127.0.0.1), a real engine."""
    from simdesk.api.runtime import Binding
    from simdesk.checking.engine import CheckEngine
    from simdesk.gui.context import AppContext

    ctx = AppContext(data_dir, CheckEngine(), binding=Binding("127.0.0.1", 0, 0))
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
