"""The automatic daily backup: while the window runs and ``backup/daily`` is on (the
default), the database is copied once a day into ``<data folder>/backups/daily``; the newest
14 copies are kept there (backups made by hand are never deleted)."""

from __future__ import annotations

import contextlib
import logging
import time
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, QTimer, Signal

from simdesk.gui.context import AppContext
from simdesk.gui.errors import error_text
from simdesk.storage.backup import BACKUP_FOLDER, backup_database

log = logging.getLogger("simdesk.gui")

SETTINGS_KEY: Final = "backup/daily"
DAILY_FOLDER: Final = "daily"
KEEP: Final = 14
DAY_SECONDS: Final = 24 * 60 * 60


def daily_enabled(value: object) -> bool:
    """The ``backup/daily`` value as QSettings returns it (on unless turned off)."""
    return value not in (False, "false", "0", 0)


def daily_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER / DAILY_FOLDER


def daily_backups(data_dir: Path) -> list[Path]:
    """The daily backups, oldest first."""
    folder = daily_folder(data_dir)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("simdesk-*.sqlite"), key=lambda p: (p.stat().st_mtime, p.name))


def prune(data_dir: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` daily backups; returns the deleted ones."""
    old = daily_backups(data_dir)[:-keep] if keep > 0 else daily_backups(data_dir)
    for path in old:
        with contextlib.suppress(OSError):
            path.unlink()
    return old


def write_daily_backup(data_dir: Path, keep: int = KEEP) -> Path:
    """One daily backup now, then prune (a job: runs on a worker thread)."""
    folder = daily_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = backup_database(folder, data_dir=data_dir)
    prune(data_dir, keep)
    return path


class DailyBackup(QObject):
    """Looks every ``check_ms`` whether a day has passed since the newest daily backup and
    then writes one on a worker task.  Create one next to the main window:
    ``DailyBackup(ctx, parent=window)``."""

    written = Signal(str)  # the path
    failed = Signal(str)  # the message

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 check_ms: int = 10 * 60 * 1000, first_check_ms: int = 60 * 1000,
                 keep: int = KEEP) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keep = keep
        self.running = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        QTimer.singleShot(first_check_ms, self.tick)

    def enabled(self) -> bool:
        return daily_enabled(self.ctx.qsettings().value(SETTINGS_KEY, True))

    def due(self, now: float | None = None) -> bool:
        if not self.enabled():
            return False
        existing = daily_backups(self.ctx.data_dir)
        if not existing:
            return True
        now = time.time() if now is None else now
        return now - existing[-1].stat().st_mtime >= DAY_SECONDS

    def tick(self) -> None:
        if not self.running and self.due():
            self.run_now()

    def run_now(self) -> None:
        if self.running:
            return
        self.running = True
        data_dir, keep = self.ctx.data_dir, self.keep
        self.ctx.tasks.run(lambda _control: write_daily_backup(data_dir, keep),
                           name="daily-backup", on_done=self._done, on_error=self._failed)

    def _done(self, path: object) -> None:
        self.running = False
        log.info("daily backup written: %s", path)
        self.written.emit(str(path))

    def _failed(self, exc: Exception) -> None:
        self.running = False
        message = error_text(exc)
        log.warning("daily backup failed: %s", message)
        self.failed.emit(message)

    def stop(self) -> None:
        self._timer.stop()
