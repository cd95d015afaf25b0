"""A fake operator: a real loopback HTTP server speaking the seed's status contract, for the
tests, the demo and the benchmark.

* ``POST /check-simcard-status {"code"}`` → ``{status, is_sold, sale_date, message}``
* ``GET /bulk-check-simcards/{code}`` → the same without ``message``
* ``GET /v1/sims/{code}`` → a generic operator API: ``{"data": {"state": "ACTIVATED" |
  "NEW" | "BLOCKED", "activatedAt": ...}}`` (for the http-json source)
* any other path → 404 ``{"detail": "Not Found", "path": …}`` echoing the request's path
  (and a POST's body), as many real servers do

Whether a card is sold is decided by a hash of its code (``sold_share`` of all codes), so the
same code always gets the same answer; ``answers`` overrides single codes.  ``faults`` maps a
code (or ``"*"`` for every code) to a fault: ``timeout`` (never answers), ``500``, ``502``,
``503``, ``504``, ``404``, ``429`` (with Retry-After), ``malformed`` (not JSON), ``trickle``
(one byte a second), ``reset`` (connection reset), ``redirect`` (302 to another server),
``huge`` (an 8 MiB "answer") — optionally only for the first ``times`` requests.

    python -m simdesk.checking.fake_operator --latency 0.05 --port 9020
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import socket
import struct
import sys
import threading
import time
import zlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final

FAULT_KINDS: Final = ("timeout", "500", "502", "503", "504", "404", "429", "malformed",
                      "trickle", "reset", "redirect", "huge")
HUGE_BODY: Final = 8 * 1024 * 1024  # far beyond what a status answer can be
SALE_BASE: Final = datetime(2024, 5, 1, 9, 0, 0)


@dataclass
class Fault:
    kind: str
    times: int | None = None  # only the first N requests of this code fault; None: all
    retry_after: float = 1.0  # for 429

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {self.kind!r}; known: {', '.join(FAULT_KINDS)}")


def is_sold_code(code: str, sold_share: float) -> bool:
    return zlib.crc32(code.encode()) % 1000 < sold_share * 1000


def sale_date_of(code: str) -> datetime:
    return SALE_BASE + timedelta(hours=zlib.crc32(code.encode()) % (24 * 60))


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    operator: FakeOperator

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # client gone, fault injected: nothing to print


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms stall
    timeout = 10  # idle keep-alive connections end
    server: _Server
    error_content_type = "application/json"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()

    # -------------------------------------------------------------- routing

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.path.rstrip("/") != "/check-simcard-status":
            # As many real servers do: the request's path and body echoed in the error.
            self._json(404, {"detail": "Not Found", "path": self.path,
                             "body": raw.decode("utf-8", "replace")})
            return
        try:
            code = str(json.loads(raw or b"{}").get("code") or "")
        except (ValueError, AttributeError):
            self._json(422, {"detail": "body must be JSON with code"})
            return
        self._answer(code, "seed", with_message=True)

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith("/bulk-check-simcards/"):
            self._answer(path.rsplit("/", 1)[1], "seed", with_message=False)
        elif path.startswith("/v1/sims/"):
            self._answer(path.rsplit("/", 1)[1], "generic", with_message=False)
        elif path in ("/", "/health"):
            self._json(200, {"status": "ok", "service": "simdesk fake operator"})
        else:
            self._json(404, {"detail": "Not Found", "path": self.path})  # echoed, as often

    # -------------------------------------------------------------- answers

    def _answer(self, code: str, style: str, *, with_message: bool) -> None:
        op = self.server.operator
        fault = op.take_fault(code, self.headers)
        try:
            if op.latency > 0 and op.stopping.wait(op.latency):
                return
            if fault is not None:
                self._fault(fault)
            elif style == "generic":
                self._json(200, op.generic_answer(code, self.headers))
            else:
                self._json(200, op.seed_answer(code, with_message=with_message))
        finally:
            op.request_done()

    def _fault(self, fault: Fault) -> None:
        op = self.server.operator
        kind = fault.kind
        if kind == "timeout":
            op.stopping.wait(op.hang_seconds)
            self.close_connection = True
        elif kind == "429":
            self._json(429, {"detail": "Too Many Requests"},
                       {"Retry-After": f"{fault.retry_after:g}"})
        elif kind in ("500", "502", "503", "504", "404"):
            self._json(int(kind), {"detail": f"fault {kind}"})
        elif kind == "malformed":
            self._raw(200, b'{"status": "sold", "is_sold": tr')
        elif kind == "redirect":
            self._json(302, {"status": "sold", "is_sold": True},
                       {"Location": "http://127.0.0.1:9/check-simcard-status"})
        elif kind == "huge":
            # A sold answer padded far beyond any real one: must be refused unread.
            pad = b" " * HUGE_BODY
            self._raw(200, b'{"status": "sold", "is_sold": true, "pad": "' + pad + b'"}')
        elif kind == "trickle":
            body = json.dumps({"status": "sold", "is_sold": True, "sale_date": None,
                               "message": "slow"}).encode()
            head = (f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n").encode()
            self.close_connection = True
            for byte in head + body:
                try:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                except OSError:
                    return
                if op.stopping.wait(op.trickle_interval):
                    return
        elif kind == "reset":
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
                self.connection.close()

    def _json(self, status: int, payload: Any, headers: Mapping[str, str] | None = None) -> None:
        self._raw(status, json.dumps(payload).encode(), headers)

    def _raw(self, status: int, body: bytes, headers: Mapping[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            self.close_connection = True


class FakeOperator:
    """The fake operator server.  ``start()`` binds 127.0.0.1 (port 0: any free port) and
    serves from a daemon thread; ``url`` is its address; ``stop()`` ends it."""

    def __init__(
        self,
        latency: float = 0.0,
        sold_share: float = 0.3,
        faults: Mapping[str, Fault | str] | None = None,
        answers: Mapping[str, str | dict[str, Any]] | None = None,
        *,
        port: int = 0,
        hang_seconds: float = 60.0,
        trickle_interval: float = 1.0,
    ) -> None:
        self._lock = threading.Lock()
        self.latency = latency
        self.sold_share = sold_share
        self.faults: dict[str, Fault] = {}
        for key, fault in (faults or {}).items():
            self.set_fault(key, fault)
        self.answers: dict[str, str | dict[str, Any]] = dict(answers or {})
        self.port = port
        self.hang_seconds = hang_seconds
        self.trickle_interval = trickle_interval
        self.stopping = threading.Event()
        self.requests = 0
        self.by_code: Counter[str] = Counter()
        self.faults_served: Counter[str] = Counter()
        self.request_times: list[float] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.last_headers: dict[str, str] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -------------------------------------------------------------- control

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake operator is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> FakeOperator:
        server = _Server(("127.0.0.1", self.port), _Handler)
        server.operator = self
        self._server = server
        self.stopping.clear()
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="fake-operator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)
        self._server = None
        self._thread = None

    def __enter__(self) -> FakeOperator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def set_fault(self, key: str, fault: Fault | str | None) -> None:
        """Make ``key`` (a code, or ``*`` for all) fault; None removes the fault."""
        with self._lock:
            if fault is None:
                self.faults.pop(key, None)
            else:
                self.faults[key] = fault if isinstance(fault, Fault) else Fault(fault)

    def set_answer(self, code: str, answer: str | dict[str, Any]) -> None:
        """``sold``, ``not_sold``, ``blocked`` or a whole JSON answer for one code."""
        with self._lock:
            self.answers[code] = answer

    # -------------------------------------------------------------- handler side

    def take_fault(self, code: str, headers: Any) -> Fault | None:
        with self._lock:
            self.requests += 1
            self.by_code[code] += 1
            self.request_times.append(time.monotonic())
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self.last_headers = {k: v for k, v in headers.items()}
            fault = self.faults.get(code) or self.faults.get("*")
            if fault is None:
                return None
            if fault.times is not None:
                if fault.times <= 0:
                    return None
                fault.times -= 1
            self.faults_served[fault.kind] += 1
            return fault

    def request_done(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def _verdict(self, code: str) -> str | dict[str, Any]:
        with self._lock:
            given = self.answers.get(code)
        if given is not None:
            return given
        return "sold" if is_sold_code(code, self.sold_share) else "not_sold"

    def seed_answer(self, code: str, *, with_message: bool = True) -> dict[str, Any]:
        verdict = self._verdict(code)
        if isinstance(verdict, dict):
            return verdict
        if not code:
            answer: dict[str, Any] = {"status": "not_found", "is_sold": False, "sale_date": None}
        elif verdict == "sold":
            answer = {"status": "sold", "is_sold": True,
                      "sale_date": sale_date_of(code).isoformat()}
        elif verdict == "blocked":
            answer = {"status": "blocked", "is_sold": False, "sale_date": None}
        elif verdict == "not_found":
            answer = {"status": "not_found", "is_sold": False, "sale_date": None}
        else:
            answer = {"status": "active", "is_sold": False, "sale_date": None}
        if with_message:
            answer["message"] = f"SIM card {code} is {answer['status']}"
        return answer

    def generic_answer(self, code: str, headers: Any) -> dict[str, Any]:
        verdict = self._verdict(code)
        if isinstance(verdict, dict):
            return verdict
        state = {"sold": "ACTIVATED", "blocked": "BLOCKED"}.get(verdict, "NEW")
        data: dict[str, Any] = {"iccid": code, "state": state}
        if state == "ACTIVATED":
            data["activatedAt"] = sale_date_of(code).isoformat() + "Z"
        # Echoes the key back, as some operators do: the client must mask it before storing.
        return {"data": data, "client": headers.get("X-Api-Key")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run simdesk's fake operator.")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before answering")
    parser.add_argument("--sold-share", type=float, default=0.3)
    args = parser.parse_args(argv)
    op = FakeOperator(latency=args.latency, sold_share=args.sold_share, port=args.port).start()
    print(op.url, flush=True)
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    # Ctrl+C or SIGTERM: stop serving and exit 0, like simdesk serve.
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        op.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
