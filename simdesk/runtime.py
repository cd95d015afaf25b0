"""The composition root: what runs under ``simdesk serve``, under the desktop window and under
the tests, built in one place and without Qt.

A :class:`Runtime` opens the database (or takes one already open), and owns

* the one :class:`~simdesk.checking.engine.CheckEngine` (with the process's operator budget
  and its place in the run lease),
* the :class:`~simdesk.jobs.JobRunner` for long work (imports, exports, backups, check runs),
* the one :class:`~simdesk.checking.schedule.AutoCheckScheduler`,
* the two HTTP APIs (:class:`~simdesk.api.servers.ApiServers`) and their states.

Front ends stand side by side over it: ``simdesk serve`` starts it and waits for a signal;
the window turns its events into Qt signals (``simdesk.gui.context``) and never imports the
API package.  ``close()`` stops everything in order: the schedule, the servers (no request
is left running), the jobs and runs, and finally the database if the runtime opened it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import peewee

from simdesk.api.server import ApiServer
from simdesk.api.servers import ApiServers, Binding
from simdesk.checking.engine import CheckEngine
from simdesk.checking.schedule import AutoCheckScheduler
from simdesk.errors import SimdeskError
from simdesk.jobs import JobRunner
from simdesk.storage import db as dbmod
from simdesk.storage.database import close_database, open_database

__all__ = ["Binding", "Runtime", "ServerState"]

log = logging.getLogger("simdesk.runtime")

SERVER_NAMES = ("main", "status")


class ServerState:
    """One embedded server as a front end shows it: its address, or why it is not running."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.url: str | None = None
        self.problem: SimdeskError | None = None  # why it is not running

    @property
    def error(self) -> str | None:
        """The reason in English (the window shows it translated)."""
        return self.problem.message if self.problem is not None else None

    @property
    def listening(self) -> bool:
        return self.url is not None


class Runtime:
    """See the module's docstring.  Build it, ``start()`` it, ``close()`` it (or use it as a
    context manager).

    ``database`` is a database already opened with ``open_database`` (the tests' fixture);
    without it the runtime opens ``data_dir`` / ``database_url`` itself and closes it at the
    end.  ``host``, ``main_port`` and ``status_port`` override the ``api.*`` settings."""

    def __init__(self, data_dir: Path | str | None = None, database_url: str | None = None, *,
                 database: peewee.Database | None = None, host: str | None = None,
                 main_port: int | None = None, status_port: int | None = None,
                 threads: int = 16, schedule_tick_seconds: float = 1.0,
                 owner: str | None = None) -> None:
        self.data_dir = dbmod.resolve_data_dir(data_dir)
        self._owns_database = database is None
        self.database = database if database is not None else open_database(self.data_dir,
                                                                            database_url)
        self._overrides = (host, main_port, status_port)
        self.threads = threads
        self.jobs = JobRunner()
        self.engine = CheckEngine(jobs=self.jobs, owner=owner)
        self.scheduler = AutoCheckScheduler(self.engine, tick_seconds=schedule_tick_seconds)
        self.servers: ApiServers | None = None
        self.server_states = {name: ServerState(name) for name in SERVER_NAMES}
        self._listeners: list[Callable[[], None]] = []
        self._origin_listeners: list[Callable[[str], None]] = []
        self._lock = threading.Lock()
        self._closed = False

    # -------------------------------------------------------------- life

    def start(self, *, servers: bool = True, schedule: bool = True,
              all_or_nothing: bool = False) -> Runtime:
        """Start the servers and the schedule.  ``all_or_nothing``: a server that cannot
        listen raises (``simdesk serve``); otherwise it is reported in ``server_states``
        and the other one still runs (the window)."""
        if servers:
            self.start_servers(all_or_nothing=all_or_nothing)
        if schedule:
            self.scheduler.start()
        return self

    def close(self) -> None:
        """Stop everything, in order; the database last (if this runtime opened it)."""
        if self._closed:
            return
        self._closed = True
        self.scheduler.stop()
        self.stop_servers()
        self.engine.shutdown()
        self.jobs.close()
        if self._owns_database:
            close_database()

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -------------------------------------------------------------- servers

    def binding(self) -> Binding:
        """Where the servers listen: the settings with this runtime's overrides."""
        return Binding.from_settings(*self._overrides)

    def start_servers(self, binding: Binding | None = None, *,
                      all_or_nothing: bool = False) -> None:
        """(Re)start both APIs on ``binding`` (default: :meth:`binding`)."""
        self.stop_servers()
        pair = ApiServers(self.engine, binding or self.binding(), threads=self.threads)
        pair.origins.add_listener(self._origin_refused)
        with self._lock:
            self.servers = pair
        if all_or_nothing:
            pair.start()
        for name, server in pair.by_name().items():
            state = self.server_states[name]
            state.url, state.problem = None, None
            try:
                server.start()
                state.url = server.url
            except SimdeskError as exc:
                state.problem = exc
                log.warning("%s API not started: %s", name, exc.message)
        self._changed()

    def stop_servers(self) -> None:
        with self._lock:
            pair, self.servers = self.servers, None
        if pair is not None:
            pair.stop()
        for state in self.server_states.values():
            state.url = None
        self._changed()

    def server(self, name: str) -> ApiServer | None:
        pair = self.servers
        return None if pair is None else pair.by_name()[name]

    def settings_changed(self) -> None:
        """Settings were changed in this process: the schedule, the operator budget and the
        trusted origins read them again at once (servers are restarted only on request:
        start_servers)."""
        self.scheduler.poke()
        self.engine.settings_changed()
        pair = self.servers
        if pair is not None:
            pair.origins.refresh()

    # -------------------------------------------------------------- listeners

    def add_listener(self, callback: Callable[[], None]) -> None:
        """``callback()`` after the servers' states changed (from the calling thread)."""
        self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def add_origin_listener(self, callback: Callable[[str], None]) -> None:
        """``callback(origin)`` when a web app on this computer was refused because its
        origin is not trusted (from a request thread; the refusal is logged already)."""
        self._origin_listeners.append(callback)

    def remove_origin_listener(self, callback: Callable[[str], None]) -> None:
        if callback in self._origin_listeners:
            self._origin_listeners.remove(callback)

    def _origin_refused(self, origin: str) -> None:
        for callback in list(self._origin_listeners):
            try:
                callback(origin)
            except Exception:
                log.exception("a runtime listener failed")

    def _changed(self) -> None:
        for callback in list(self._listeners):
            try:
                callback()
            except Exception:
                log.exception("a runtime listener failed")
