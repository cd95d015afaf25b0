"""From the engine and the database to Qt signals on the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from simdesk.checking.engine import CheckEngine
from simdesk.checking.runs import EngineEvent
from simdesk.storage.db import current_database, write_generation


class EngineBridge(QObject):
    """Re-emits the engine's events (called on its worker threads) as queued signals."""

    run_started = Signal(object)  # EngineEvent
    run_progress = Signal(object)  # EngineEvent
    run_finished = Signal(object)  # EngineEvent (its .summary holds the stored summary)
    newly_sold = Signal(object)  # list[NewlySold]

    def __init__(self, engine: CheckEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        engine.add_listener(self._on_event)

    def detach(self) -> None:
        self.engine.remove_listener(self._on_event)

    def _on_event(self, event: EngineEvent) -> None:
        # Called on a worker thread: only emit; Qt queues it to the GUI thread.
        if event.type == "started":
            self.run_started.emit(event)
        elif event.type == "progress":
            self.run_progress.emit(event)
        elif event.type == "finished":
            self.run_finished.emit(event)
            if event.newly_sold:
                self.newly_sold.emit(list(event.newly_sold))


class ChangeWatcher(QObject):
    """Emits ``changed`` (debounced) when the database changed: a write by this process
    (the window, an API request, a check) or by another program."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = 700) -> None:
        super().__init__(parent)
        self._last = self._state()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def _state(self) -> tuple[int, Any]:
        db = current_database()
        version: Any = None
        if hasattr(db, "connection") and type(db).__name__.endswith("SqliteDatabase"):
            version = db.connection().execute("PRAGMA data_version").fetchone()[0]
        return write_generation(), version

    def poll(self) -> None:
        state = self._state()
        if state != self._last:
            self._last = state
            self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()
