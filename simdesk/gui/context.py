"""What the window's parts share: the runtime (engine, jobs, schedule, servers — built
without Qt in :mod:`simdesk.runtime`) and the Qt side of it: the engine's events and the
servers' states as signals, the task runner and the change watcher."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from simdesk.checking.engine import CheckEngine
from simdesk.gui.bridge import ChangeWatcher, EngineBridge
from simdesk.gui.session import Session
from simdesk.gui.tasks import TaskRunner
from simdesk.runtime import Binding, Runtime, ServerState
from simdesk.timeutil import utcnow

__all__ = ["AppContext", "ServerState"]


class AppContext(QObject):
    """Shared by the main window and its pages.  Lives on the GUI thread."""

    data_changed = Signal()  # the database changed (debounced)
    servers_changed = Signal()
    origin_refused = Signal(str)  # a web app on this computer was refused: its origin

    def __init__(self, runtime: Runtime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.data_dir: Path = runtime.data_dir
        self.engine: CheckEngine = runtime.engine
        self.scheduler = runtime.scheduler
        self.servers: dict[str, ServerState] = runtime.server_states
        self.bridge = EngineBridge(runtime.engine, self)
        self.tasks = TaskRunner(runtime.jobs, self)
        self.watcher = ChangeWatcher(self)
        self.watcher.changed.connect(self._debounce)
        self.bridge.run_finished.connect(lambda _e: self._debounce())
        self._debounce_timer = QTimer(self)
        self._debounce_timer.setSingleShot(True)
        self._debounce_timer.setInterval(300)
        self._debounce_timer.timeout.connect(self.data_changed.emit)
        self._on_servers = lambda: self.servers_changed.emit()
        runtime.add_listener(self._on_servers)
        # From a request thread: the signal is queued to the GUI thread.
        self._on_origin = lambda origin: self.origin_refused.emit(origin)
        runtime.add_origin_listener(self._on_origin)
        self.session = Session(self.data_dir, self)  # the window begins it
        self.started_at = utcnow()

    @property
    def actor(self) -> str:
        """Who the window's changes are logged as: the signed-in user's name."""
        return self.session.actor

    def qsettings(self) -> QSettings:
        """Window preferences, kept per data folder."""
        return QSettings(str(self.data_dir / "window.ini"), QSettings.Format.IniFormat)

    # -------------------------------------------------------------- servers

    def start_servers(self, binding: Binding | None = None) -> None:
        """(Re)start both APIs; a server that cannot listen is reported, the other runs."""
        self.runtime.start_servers(binding)

    def restart_servers_from_settings(self) -> None:
        """Both APIs again on the saved address and ports (Settings changed them)."""
        self.runtime.start_servers(Binding.from_settings())

    def settings_changed(self) -> None:
        """Settings were saved: the schedule and the trusted origins read them again."""
        self.runtime.settings_changed()

    # -------------------------------------------------------------- changes

    def changed_here(self) -> None:
        """Call after the window itself wrote to the database: pages refresh soon."""
        self._debounce()

    def _debounce(self) -> None:
        self._debounce_timer.start()

    # -------------------------------------------------------------- shutdown

    def shutdown(self) -> None:
        """Stop the Qt side, then the runtime (servers, runs, jobs)."""
        self.watcher.stop()
        self.runtime.remove_listener(self._on_servers)
        self.runtime.remove_origin_listener(self._on_origin)
        self.bridge.detach()
        self.tasks.cancel_all()
        self.runtime.close()
