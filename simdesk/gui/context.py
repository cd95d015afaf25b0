"""What the window's parts share: the engine and its bridge, the task runner, the embedded
HTTP servers, the change watcher and the auto-check schedule."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from simdesk.api.runtime import ApiRuntime, Binding
from simdesk.api.server import ApiServer
from simdesk.checking.engine import CheckEngine
from simdesk.domain import settings
from simdesk.errors import SimdeskError
from simdesk.gui.bridge import ChangeWatcher, EngineBridge
from simdesk.gui.tasks import TaskRunner
from simdesk.timeutil import utcnow

log = logging.getLogger("simdesk.gui")


class ServerState:
    """One embedded server as the status bar shows it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.url: str | None = None
        self.problem: SimdeskError | None = None  # why it is not running

    @property
    def error(self) -> str | None:
        """The reason in English (the window shows it translated: errors.error_text)."""
        return self.problem.message if self.problem is not None else None

    @property
    def listening(self) -> bool:
        return self.url is not None


class AutoCheckSchedule(QObject):
    """The desktop window's auto-check timer: off by default; when ``auto_check.enabled`` is
    on, starts an auto-check every ``auto_check.interval_minutes`` (read at every tick, so a
    change in Settings applies at once).  Never overlaps a running auto-check."""

    fired = Signal()

    def __init__(self, engine: CheckEngine, parent: QObject | None = None,
                 tick_ms: int = 15_000) -> None:
        super().__init__(parent)
        self.engine = engine
        self.next_due: float | None = None  # time.time() of the next run, when enabled
        self._interval: float | None = None  # the interval next_due was computed with
        self.skipped = 0
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    def interval_seconds(self) -> float:
        return float(settings.get("auto_check.interval_minutes")) * 60.0

    def tick(self, now: float | None = None) -> None:
        import time

        now = time.time() if now is None else now
        try:
            enabled = bool(settings.get("auto_check.enabled"))
        except SimdeskError:
            log.exception("cannot read the auto-check settings")
            return
        if not enabled:
            self.next_due = None
            return
        interval = self.interval_seconds()
        if self.next_due is None:
            self.next_due, self._interval = now + interval, interval
            return
        if self._interval is not None and interval != self._interval:
            # The interval was changed: count it from the last start, not the old one.
            self.next_due = self.next_due - self._interval + interval
            self._interval = interval
        if now < self.next_due:
            return
        self.next_due = now + interval
        if self.engine.active_run() is not None:
            self.skipped += 1
            return
        self.engine.start_run(None, kind="auto", source="check", actor="schedule")
        self.fired.emit()

    def stop(self) -> None:
        self._timer.stop()


class AppContext(QObject):
    """Shared by the main window and its pages.  Lives on the GUI thread."""

    data_changed = Signal()  # the database changed (debounced)
    servers_changed = Signal()

    def __init__(self, data_dir: Path, engine: CheckEngine, *,
                 binding: Binding | None = None, start_servers: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.engine = engine
        self.bridge = EngineBridge(engine, self)
        self.tasks = TaskRunner(self)
        self.watcher = ChangeWatcher(self)
        self.watcher.changed.connect(self._debounce)
        self.bridge.run_finished.connect(lambda _e: self._debounce())
        self._debounce_timer = QTimer(self)
        self._debounce_timer.setSingleShot(True)
        self._debounce_timer.setInterval(300)
        self._debounce_timer.timeout.connect(self.data_changed.emit)
        self.schedule = AutoCheckSchedule(engine, self)
        self.runtime: ApiRuntime | None = None
        self.servers = {"main": ServerState("main"), "status": ServerState("status")}
        self.started_at = utcnow()
        if start_servers:
            self.start_servers(binding)

    def qsettings(self) -> QSettings:
        """Window preferences, kept per data folder."""
        return QSettings(str(self.data_dir / "window.ini"), QSettings.Format.IniFormat)

    # -------------------------------------------------------------- servers

    def start_servers(self, binding: Binding | None = None) -> None:
        """Start both APIs; a server that cannot listen is reported, the other still runs."""
        self.stop_servers()
        binding = binding or Binding.from_settings()
        self.runtime = ApiRuntime(self.engine, binding)
        for name, server in (("main", self.runtime.main), ("status", self.runtime.status)):
            state = self.servers[name]
            state.url, state.problem = None, None
            try:
                server.start()
                state.url = server.url
            except SimdeskError as exc:
                state.problem = exc
                log.warning("%s API not started: %s", name, exc.message)
        self.servers_changed.emit()

    def stop_servers(self) -> None:
        if self.runtime is not None:
            self.runtime.stop()
            self.runtime = None
        for state in self.servers.values():
            state.url = None
        self.servers_changed.emit()

    def server(self, name: str) -> ApiServer | None:
        if self.runtime is None:
            return None
        return self.runtime.main if name == "main" else self.runtime.status

    # -------------------------------------------------------------- changes

    def changed_here(self) -> None:
        """Call after the window itself wrote to the database: pages refresh soon."""
        self._debounce()

    def _debounce(self) -> None:
        self._debounce_timer.start()

    # -------------------------------------------------------------- shutdown

    def shutdown(self) -> None:
        self.schedule.stop()
        self.watcher.stop()
        self.tasks.cancel_all()
        self.stop_servers()
        self.bridge.detach()
        self.engine.shutdown()
