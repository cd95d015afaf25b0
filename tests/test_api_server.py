"""Server lifecycle over real sockets: port 0, a busy port, stop within 2 s with no threads
left and the port free again, and ``simdesk serve`` as a real subprocess."""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from simdesk.api.server import ApiServer, PortInUseError, bind_socket
from simdesk.api.servers import ApiServers, Binding
from simdesk.api.status_app import build_status_api
from simdesk.checking.engine import CheckEngine
from tests.conftest import WEBAPP_HEADERS

T = 10


def thread_names() -> set[str]:
    return {t.name for t in threading.enumerate() if t.is_alive()}


def server_threads() -> list[str]:
    return sorted(n for n in thread_names() if n.startswith(("simdesk", "waitress")))


def status_server(engine: CheckEngine, port: int = 0) -> ApiServer:
    api = build_status_api(engine, bound_host="127.0.0.1")
    return ApiServer("status-test", api.wsgi(), "127.0.0.1", port, threads=4)


# ---------------------------------------------------------------- in process


def test_port_zero_reports_the_real_port(engine: CheckEngine) -> None:
    server = status_server(engine)
    assert server.port == 0
    server.start()
    try:
        assert server.running
        assert 0 < server.port < 65536
        assert server.url == f"http://127.0.0.1:{server.port}"
        reply = requests.get(f"{server.url}/health", timeout=T)
        assert reply.status_code == 200 and reply.json()["status"] == "healthy"
        server.start()  # starting a running server changes nothing
        assert server.running
    finally:
        server.stop()


def test_busy_port_is_one_clear_error_and_leaks_no_threads(engine: CheckEngine) -> None:
    first = status_server(engine)
    first.start()
    try:
        before = thread_names()
        second = status_server(engine, first.port)
        with pytest.raises(PortInUseError) as caught:
            second.start()
        assert str(first.port) in caught.value.message
        assert caught.value.details["port"] == first.port
        assert not second.running
        assert thread_names() == before
        # The first server still answers.
        assert requests.get(f"{first.url}/health", timeout=T).status_code == 200
    finally:
        first.stop()


def test_port_held_by_another_program(engine: CheckEngine) -> None:
    before = thread_names()
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        with pytest.raises(PortInUseError, match=str(port)):
            status_server(engine, port).start()
        with pytest.raises(PortInUseError, match=str(port)):
            bind_socket("127.0.0.1", port)
    assert thread_names() == before


def test_runtime_starts_both_or_neither(engine: CheckEngine) -> None:
    before = thread_names()
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        runtime = ApiServers(engine, Binding("127.0.0.1", 0, port))
        with pytest.raises(PortInUseError, match=str(port)):
            runtime.start()
        assert not runtime.main.running and not runtime.status.running
    assert thread_names() == before


def test_stop_is_quick_leaves_no_threads_and_frees_the_port(engine: CheckEngine) -> None:
    before = server_threads()
    runtime = ApiServers(engine, Binding("127.0.0.1", 0, 0), threads=4)
    runtime.start()
    main_port, status_port = runtime.main.port, runtime.status.port
    # An idle keep-alive connection and a few served requests.
    session = requests.Session()
    for _ in range(3):
        assert session.get(f"{runtime.main.url}/shops", headers=WEBAPP_HEADERS,
                           timeout=T).status_code == 200
    assert session.get(f"{runtime.status.url}/health", timeout=T).status_code == 200
    assert len(server_threads()) > len(before)

    started = time.monotonic()
    runtime.stop()
    assert time.monotonic() - started < 2.0
    assert server_threads() == before
    assert not runtime.main.running and not runtime.status.running
    # The ports can be bound again at once.
    for port in (main_port, status_port):
        bind_socket("127.0.0.1", port).close()
    again = ApiServers(engine, Binding("127.0.0.1", main_port, status_port), threads=2)
    again.start()
    try:
        assert requests.get(f"http://127.0.0.1:{main_port}/health", timeout=T).ok
    finally:
        again.stop()
    session.close()
    assert server_threads() == before


def test_stop_with_a_request_in_flight(engine: CheckEngine) -> None:
    before = server_threads()
    runtime = ApiServers(engine, Binding("127.0.0.1", 0, 0), threads=2)
    runtime.start()
    port = runtime.main.port
    # A client that sends half a request and waits.
    half = socket.create_connection(("127.0.0.1", port), timeout=T)
    half.sendall(b"GET /health HTTP/1.1\r\nHost: localhost\r\n")
    # Instead of a pause: a later connection answered means the server's loop has accepted
    # the earlier one and read its half request (connections are accepted in order).
    assert requests.get(f"{runtime.main.url}/health", timeout=T).ok
    started = time.monotonic()
    runtime.stop()
    assert time.monotonic() - started < 2.0
    half.close()
    assert server_threads() == before
    bind_socket("127.0.0.1", port).close()


def test_stopping_twice_or_before_start_is_harmless(engine: CheckEngine) -> None:
    never = status_server(engine)
    never.stop()
    server = status_server(engine)
    server.start()
    server.stop()
    server.stop()
    assert not server.running
    runtime = ApiServers(engine, Binding("127.0.0.1", 0, 0), threads=2)
    runtime.stop()
    runtime.start()
    runtime.stop()
    runtime.stop()


# ---------------------------------------------------------------- simdesk serve


def simdesk_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIMDESK_")}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def serve_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "simdesk", "--data-dir", str(data_dir), "serve", *args]


def read_urls(proc: subprocess.Popen[str], timeout: float = 20) -> tuple[str, str, list[str]]:
    """The two URLs ``simdesk serve`` prints, read within ``timeout`` seconds (a thread reads
    standard output line by line; it ends with the process)."""
    assert proc.stdout is not None
    found: queue.Queue[str | None] = queue.Queue()
    stdout = proc.stdout

    def pump() -> None:
        for text in iter(stdout.readline, ""):
            found.put(text)
            if text.startswith("status API listening on"):
                break
        else:
            found.put(None)

    threading.Thread(target=pump, name="serve-stdout", daemon=True).start()
    lines: list[str] = []
    main = status = None
    deadline = time.monotonic() + timeout
    while (main is None or status is None) and time.monotonic() < deadline:
        try:
            line = found.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            break
        lines.append(line)
        if line.startswith("main API listening on"):
            main = line.split()[-1]
        elif line.startswith("status API listening on"):
            status = line.split()[-1]
    assert main and status, lines
    return main, status, lines


def test_serve_prints_urls_serves_and_stops_on_sigterm(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    proc = subprocess.Popen(serve_command(data_dir, "--main-port", "0", "--status-port", "0"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=simdesk_env())
    try:
        main, status, _ = read_urls(proc)
        assert main.startswith("http://127.0.0.1:") and not main.endswith(":0")
        assert status.startswith("http://127.0.0.1:") and main != status
        health = requests.get(f"{main}/health", headers={"X-Request-Id": "serve-test-17"},
                              timeout=T)
        assert health.status_code == 200 and health.json()["database"] == "ok"
        assert health.headers["X-Request-Id"] == "serve-test-17"
        assert requests.get(f"{status}/health", timeout=T).json()["status"] == "healthy"
        assert requests.get(f"{main}/shops", headers=WEBAPP_HEADERS, timeout=T).json() == []

        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)  # stops in well under a second; loose
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, (out, err)
    assert out.strip().splitlines()[-1] == "stopped"
    assert "Traceback" not in out + err
    access = (data_dir / "logs" / "access.log").read_text(encoding="utf-8")
    line = next(ln for ln in access.splitlines() if "serve-test-17" in ln)
    assert "/health" in line and " 200 " in line
    assert (data_dir / "logs" / "simdesk.log").exists()


def run_serve(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(serve_command(data_dir, *args), capture_output=True, text=True,
                          env=simdesk_env(), timeout=30, stdin=subprocess.DEVNULL)


def test_serve_with_a_busy_main_port_fails_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        proc = run_serve(tmp_path / "office", "--main-port", str(port), "--status-port", "0")
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("simdesk: error:") and str(port) in lines[0]
    assert "stopped" not in proc.stdout


def test_serve_with_a_busy_status_port_fails_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        proc = run_serve(tmp_path / "office", "--main-port", "0", "--status-port", str(port))
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("simdesk: error:") and str(port) in lines[0]


def test_serve_with_a_bad_port_number(tmp_path: Path) -> None:
    proc = run_serve(tmp_path / "office", "--main-port", "70000")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and "70000" in proc.stderr
