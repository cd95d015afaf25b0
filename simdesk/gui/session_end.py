"""The window ends the way *Quit* ends it when the system asks: SIGTERM (a logout or a
shutdown on Linux, ``kill``), SIGHUP (the terminal went away), SIGINT (Ctrl+C in the
terminal), or the session manager ending the session (``commitDataRequest``, also the
Windows log-off).

A Python signal handler only runs when the interpreter gets control, and the Qt event loop
does not give it control while it sleeps.  So the C-level handler's wake-up byte goes to a
socket (``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches: the loop wakes up at
once, on the GUI thread, reads which signal came and emits ``requested`` — the window's
``quit_app`` then saves its state and quits; ``run_desktop`` stops the servers and the runs
and the process exits with status 0.  The Python handler itself does nothing.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtGui import QGuiApplication, QSessionManager

log = logging.getLogger("simdesk.gui")

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP")
                if hasattr(signal, name))

Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


def _ignore(signum: int, frame: FrameType | None) -> None:
    """Runs when Python gets control; the notifier has already done the work."""


class SessionEnd(QObject):
    """``requested(reason)``: the system wants simdesk to quit (once per request)."""

    requested = Signal(str)

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionEnd")
        self.received: list[str] = []
        self._previous: dict[int, Handler] = {}
        self._previous_fd = -1
        self._reader: socket.socket | None = None
        self._writer: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        app.commitDataRequest.connect(self._on_commit_data)

    def install(self) -> SessionEnd:
        """Watch the signals (only from the main thread, as Python requires)."""
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        try:
            self._previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        except ValueError:  # not the main thread: nothing to watch
            reader.close()
            writer.close()
            return self
        self._reader, self._writer = reader, writer
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        for signum in SIGNALS:
            self._previous[signum] = signal.signal(signum, _ignore)
        return self

    def uninstall(self) -> None:
        """Put the previous handlers back (the process is about to end)."""
        for signum, handler in self._previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        self._previous.clear()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._writer is not None:
            signal.set_wakeup_fd(self._previous_fd)
        for sock in (self._reader, self._writer):
            if sock is not None:
                sock.close()
        self._reader = self._writer = None

    def _on_wakeup(self) -> None:
        if self._reader is None:
            return
        try:
            data = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for signum in data:
            if signum in SIGNALS:
                self._request(signal.Signals(signum).name)

    def _on_commit_data(self, manager: QSessionManager) -> None:
        self._request("the session ends")

    def _request(self, reason: str) -> None:
        self.received.append(reason)
        log.info("quitting: %s", reason)
        self.requested.emit(reason)
