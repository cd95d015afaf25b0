"""Logging: a rotating log file in the data folder and the access log beside it.

Request threads only put records on a queue; one background thread writes the files, so a
busy API does not queue up behind the file handler's lock.  That thread takes whatever has
queued up at once and writes it with one flush (``_BatchListener``, ``_LogFile``): a busy
API's access log costs a write per batch, not a formatted size check, two ``stat`` calls and
a flush per line.
"""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import os
import queue
import sys
import time
from pathlib import Path
from typing import Any, Final

LOG_FOLDER: Final = "logs"
FORMAT: Final = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
ACCESS_LOGGER: Final = "simdesk.api.access"

_listener: logging.handlers.QueueListener | None = None
_queue_handlers: list[tuple[logging.Logger, logging.Handler]] = []


class _ConsoleHandler(logging.StreamHandler):
    """stderr, warnings and errors only."""


class _ToFile(logging.Filter):
    """Routes records to the access log or the main log."""

    def __init__(self, access: bool) -> None:
        super().__init__()
        self.access = access

    def filter(self, record: logging.LogRecord) -> bool:
        return (record.name == ACCESS_LOGGER) == self.access


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


class _AccessQueueHandler(logging.handlers.QueueHandler):
    """Queues access-log records as they are: their arguments are plain texts and numbers
    that nothing changes afterwards, and the listener thread formats them once (the
    standard handler copies and formats each record in the request's thread first)."""

    def prepare(self, record: logging.LogRecord) -> logging.LogRecord:
        if record.exc_info is None and all(
                isinstance(arg, str | int | float) for arg in record.args or ()):
            return record
        return super().prepare(record)


class _Formatter(logging.Formatter):
    """The log's format, with the local time text worked out once per second."""

    def __init__(self) -> None:
        super().__init__(FORMAT)
        self._second = -1
        self._text = ""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        second = int(record.created)
        if second != self._second:  # only the listener thread formats: no lock needed
            self._text = time.strftime(self.default_time_format, self.converter(second))
            self._second = second
        return f"{self._text},{int(record.msecs):03d}"  # as default_msec_format writes it


class _LogFile(logging.handlers.RotatingFileHandler):
    """A rotating log file that flushes once per batch of lines (``batch``) and counts
    its own size — the standard handler formats each record twice and asks the file
    system about the file twice per line to decide whether to rotate (and a text file's
    ``tell`` would write the line out at once)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=5 * 1024 * 1024, backupCount=5, encoding="utf-8",
                         delay=True)
        self.batch = False
        self.size = 0

    def _open(self) -> Any:
        stream = super()._open()
        self.size = stream.tell()  # appending: the end of what is there
        return stream

    def flush(self) -> None:
        if not self.batch:
            super().flush()

    def end_batch(self, last: logging.LogRecord | None) -> None:
        """Write out the batch and take the file's true size (``\r\n`` on Windows); a
        failure (a full disk) is reported as the standard handler reports one, and the
        log thread goes on."""
        self.acquire()
        try:
            self.batch = False
            self.flush()
            if self.stream is not None:
                self.size = self.stream.tell()
        except Exception:
            if last is not None:
                self.handleError(last)
        finally:
            self.release()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record) + self.terminator
            if self.stream is None:
                self.stream = self._open()
            if (self.size + len(text) >= self.maxBytes
                    and os.path.isfile(self.baseFilename)):  # never rotate /dev/null
                self.doRollover()
                if self.stream is None:
                    self.stream = self._open()
            self.stream.write(text)
            self.size += len(text.encode("utf-8"))  # the position is re-read per batch
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)


class _BatchListener(logging.handlers.QueueListener):
    """Hands every record queued up so far to the handlers, then flushes the files once."""

    BATCH: Final = 1000

    def _monitor(self) -> None:
        records: Any = self.queue
        while True:
            batch = [self.dequeue(True)]
            while len(batch) < self.BATCH:
                try:
                    batch.append(records.get_nowait())
                except queue.Empty:
                    break
            files = [h for h in self.handlers if isinstance(h, _LogFile)]
            for handler in files:
                handler.batch = True
            stop = False
            last = None
            try:
                for record in batch:
                    if record is None:  # QueueListener.stop's sentinel
                        stop = True
                        continue
                    last = record
                    try:
                        self.handle(record)
                    except Exception:  # a handler's own failure: never end the thread
                        if logging.raiseExceptions:
                            sys.stderr.write("simdesk: a log record could not be written: "
                                             f"{record.msg!r}\n")
            finally:
                for handler in files:
                    handler.end_batch(last)
            if stop:
                return


def _rotating(path: Path, level: int, access: bool) -> logging.Handler:
    handler = _LogFile(path)
    handler.setLevel(level)
    handler.setFormatter(_Formatter())
    handler.addFilter(_ToFile(access))
    return handler


def shutdown_logging() -> None:
    """Write out what is queued and detach the file handlers (idempotent)."""
    global _listener
    for logger, handler in _queue_handlers:
        logger.removeHandler(handler)
    _queue_handlers.clear()
    listener, _listener = _listener, None
    if listener is not None:
        listener.stop()
        for handler in listener.handlers:
            try:
                handler.close()
            except OSError as exc:  # a full disk at the end: say so, and end anyway
                sys.stderr.write(f"simdesk: the log file could not be closed: {exc}\n")


def setup_logging(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send simdesk's and Waitress's log to ``data_dir/logs/simdesk.log`` (rotated at 5 MiB,
    5 kept) and the HTTP access log to ``access.log``; returns the log folder.  Calling it
    again replaces what it set up before.  The console keeps warnings only."""
    global _listener
    shutdown_logging()
    folder = data_dir / LOG_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    _listener = _BatchListener(
        records,
        _rotating(folder / "simdesk.log", level, access=False),
        _rotating(folder / "access.log", logging.INFO, access=True),
        respect_handler_level=True,
    )
    _listener.start()
    root = logging.getLogger()
    root.setLevel(level)
    access = logging.getLogger(ACCESS_LOGGER)
    access.propagate = False
    access.setLevel(logging.INFO)
    for logger, handler in ((root, logging.handlers.QueueHandler(records)),
                            (access, _AccessQueueHandler(records))):
        logger.addHandler(handler)
        _queue_handlers.append((logger, handler))
    return folder


atexit.register(shutdown_logging)
