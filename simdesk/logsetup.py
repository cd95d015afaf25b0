"""Logging: a rotating log file in the data folder (and the access log beside it)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from typing import Final

LOG_FOLDER: Final = "logs"
FORMAT: Final = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
_MARK: Final = "_simdesk_handler"


def _rotating(path: Path, level: int) -> logging.Handler:
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=5 * 1024 * 1024, backupCount=5, encoding="utf-8", delay=True)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    setattr(handler, _MARK, True)
    return handler


class _ConsoleHandler(logging.StreamHandler):
    """stderr, warnings and errors only."""


def setup_console() -> None:
    """Warnings and errors to stderr (once); the log file gets the details."""
    root = logging.getLogger()
    if any(isinstance(h, _ConsoleHandler) for h in root.handlers):
        return
    stream = _ConsoleHandler()
    stream.setLevel(logging.WARNING)
    stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(stream)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)


def setup_logging(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send simdesk's and Waitress's log to ``data_dir/logs/simdesk.log`` (rotated at 5 MiB,
    5 kept) and the HTTP access log to ``access.log``; returns the log folder.  Calling it
    again replaces the handlers it added before.  The console keeps warnings only."""
    folder = data_dir / LOG_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
    access = logging.getLogger("simdesk.api.access")
    for handler in list(access.handlers):
        if getattr(handler, _MARK, False):
            access.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    root.addHandler(_rotating(folder / "simdesk.log", level))
    access.propagate = False
    access.setLevel(logging.INFO)
    access.addHandler(_rotating(folder / "access.log", logging.INFO))
    return folder
