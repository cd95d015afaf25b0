"""Serving a WSGI app with Waitress in a background thread.

The listening socket is bound here, on the caller's thread, before Waitress starts its
worker threads: a busy port becomes one clear error naming it, and no thread is left behind.
On Windows the socket is bound with SO_EXCLUSIVEADDRUSE (Waitress's SO_REUSEADDR would let a
second program bind a busy port there).  Waitress has no public stop: we shut its task
dispatcher down, close every socket of its map from its own loop thread and join it.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import sys
import threading
from typing import Any, Final

from waitress.channel import HTTPChannel
from waitress.server import create_server
from waitress.task import ErrorTask

from simdesk import memtrim
from simdesk.api.core import TrustedOrigins, access_log, error_document, new_request_id
from simdesk.errors import ConfigurationError

log = logging.getLogger("simdesk.api.server")

# Waitress's queue logger warns on every busy moment; keep real errors only.
logging.getLogger("waitress.queue").setLevel(logging.ERROR)

STOP_TIMEOUT: Final = 2.0


class PortInUseError(ConfigurationError):
    default_code = "port_in_use"


class _JsonErrorTask(ErrorTask):
    """Waitress's own refusals (body too large, malformed request) as the JSON error body
    the APIs use, with the CORS headers a browser needs to read them."""

    def execute(self) -> None:
        err = self.request.error
        code = int(err.code)
        slug = {413: "body_too_large", 400: "bad_request"}.get(code, "http_error")
        if code == 413:
            limit = self.channel.server.adj.max_request_body_size - 1
            message = (f"The request body is larger than the {limit} bytes accepted. Send "
                       "fewer items per request.")
        else:
            message = f"{err.reason}: {err.body}."
        rid = new_request_id()
        body = error_document(code, slug, message, None, rid)
        self.status = f"{code} {err.reason}"
        self.response_headers.extend([
            ("Content-Type", "application/json; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Vary", "Origin"),
            ("X-Request-Id", rid),
        ])
        request = self.request
        access_log.info("%s %s - %s %s %s %dB refused by the HTTP server", rid,
                        self.channel.addr[0] if self.channel.addr else "-",
                        getattr(request, "command", "-") or "-",
                        getattr(request, "path", "-") or "-", code, len(body))
        origin = self.request.headers.get("ORIGIN", "").rstrip("/")
        origins = getattr(self.channel.server, "simdesk_origins", None)
        if origin and origins is not None and origin in origins.get():
            self.response_headers.append(("Access-Control-Allow-Origin", origin))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class _JsonErrorChannel(HTTPChannel):
    error_task_class = _JsonErrorTask


def bind_socket(host: str, port: int) -> socket.socket:
    """Bind and listen, or raise PortInUseError / ConfigurationError naming host and port."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ConfigurationError(
            f"Cannot listen on {host!r}: {exc.strerror}. Use an address of this computer such "
            "as 127.0.0.1, or 0.0.0.0 for every network.", code="bad_host",
            params={"host": host}) from exc
    family, socktype, proto, _, address = infos[0]
    sock = socket.socket(family, socktype, proto)
    try:
        if sys.platform == "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
        else:
            # Lets a restarted server reuse a port in TIME_WAIT; on POSIX it never allows two
            # listeners on one port.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(1024)
    except OSError as exc:
        sock.close()
        if exc.errno in (98, 48, 10048, 10013):  # EADDRINUSE (Linux, macOS, Windows), WSAEACCES
            raise PortInUseError(
                f"Port {port} on {host} is already in use by another program. Stop that "
                "program, or choose another port (command line --main-port/--status-port, or "
                "Settings).", details={"host": host, "port": port}) from exc
        raise ConfigurationError(
            f"Cannot listen on {host}:{port}: {exc.strerror or exc}. Choose another address "
            "or port.", code="listen_failed", details={"host": host, "port": port}) from exc
    sock.setblocking(False)
    return sock


# Not a bind: the addresses of a server bound to every interface, shown as 127.0.0.1.
_ANY_IPV4: Final = "0.0.0.0"  # nosec B104
_EVERY_INTERFACE: Final = (_ANY_IPV4, "::", "")

class ApiServer:
    """One WSGI app on one socket, served by Waitress in a daemon thread."""

    def __init__(self, name: str, app: Any, host: str, port: int, *, threads: int = 8,
                 max_body: int = 16 * 1024 * 1024, origins: TrustedOrigins | None = None
                 ) -> None:
        self.origins = origins
        self.name = name
        self.app = app
        self.host = host
        self.requested_port = port
        self.threads = threads
        self.max_body = max_body
        self._server: Any = None  # waitress.server.BaseWSGIServer (stubs lack its internals)
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def port(self) -> int:
        if self._sock is None:
            return self.requested_port
        return int(self._sock.getsockname()[1])

    @property
    def url(self) -> str:
        host = self.host
        if host in _EVERY_INTERFACE:
            host = "127.0.0.1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    def start(self) -> None:
        if self.running:
            return
        sock = bind_socket(self.host, self.requested_port)
        memtrim.tune_for_server()  # before Waitress starts its worker threads
        try:
            server = create_server(
                self.app,
                sockets=[sock],
                threads=self.threads,
                ident="simdesk",
                # Waitress refuses a larger body as soon as it sees the headers, through
                # _JsonErrorTask (JSON with CORS), without waiting for the body.
                max_request_body_size=self.max_body + 1,
                channel_timeout=60,
                clear_untrusted_proxy_headers=True,
            )
        except Exception:
            sock.close()
            raise
        server.channel_class = _JsonErrorChannel
        server.simdesk_origins = self.origins
        self._sock = sock
        self._server = server
        self._thread = threading.Thread(target=self._run, name=f"simdesk-{self.name}-http",
                                        daemon=True)
        self._thread.start()
        log.info("%s API listening on %s", self.name, self.url)

    def _run(self) -> None:
        assert self._server is not None
        try:
            self._server.run()
        except Exception:
            log.exception("%s API stopped unexpectedly", self.name)

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        # Workers first: closing sockets under a running task gives EBADF tracebacks.
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=timeout / 2)

        def close_all() -> None:
            for channel in list(server._map.values()):
                with contextlib.suppress(OSError):
                    channel.close()

        try:
            server.trigger.pull_trigger(close_all)
        except OSError:
            close_all()
        thread.join(timeout / 2)
        if thread.is_alive():
            log.warning("%s API did not stop within %.1f s", self.name, timeout)
        self._server = None
        self._thread = None
        if self._sock is not None:
            self._sock.close()
        log.info("%s API stopped", self.name)
