"""SIGTERM (a logout, a shutdown, ``kill``) closes the real desktop program the way Quit
does: servers stopped, the running check cancelled and logged, exit status 0."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from simdesk.checking.fake_operator import FakeOperator
from tests.helpers import pack
from tests.test_cli import STRONG_PASSWORD, clean_env, ok, run


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_is_free(port: int) -> bool:
    """Nobody listens there any more (and a new server could bind it at once)."""
    with socket.socket() as s:
        if s.connect_ex(("127.0.0.1", port)) == 0:
            return False
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_quits_like_quit(tmp_path: Path, signum: int):
    data = tmp_path / "data"
    ok(run(data, "users", "add", "boss", "--role", "admin", "--password-stdin",
           stdin=STRONG_PASSWORD + "\n"))
    operator = FakeOperator(latency=30.0, sold_share=0.0).start()  # every check hangs
    main_port, status_port = free_port(), free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "simdesk", "--data-dir", str(data), "--main-port",
         str(main_port), "--status-port", str(status_port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=clean_env(QT_QPA_PLATFORM="offscreen"))
    base = f"http://127.0.0.1:{main_port}"
    try:
        deadline = time.monotonic() + 30
        answered = False
        while time.monotonic() < deadline and not answered and proc.poll() is None:
            try:
                answered = requests.get(f"{base}/health", timeout=1).status_code == 200
            except requests.ConnectionError:
                time.sleep(0.2)
        assert answered, proc.stderr.read() if proc.poll() is not None else "no answer"
        token = requests.post(f"{base}/auth/login", json={
            "username": "boss", "password": STRONG_PASSWORD}, timeout=10).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        assert requests.put(f"{base}/settings", headers=auth, timeout=10, json={
            "status_source.url": operator.url}).ok
        shop = requests.post(f"{base}/shops", json={"name": "Chorsu"}, headers=auth,
                             timeout=10).json()
        assert requests.post(f"{base}/simcards/bulk", headers=auth, timeout=30, json={
            "codes": pack(5), "shopId": shop["id"]}).ok
        started = requests.post(f"{base}/simcards/auto-check?async=1", headers=auth,
                                timeout=10)
        assert started.status_code == 202, started.text
        run_id = started.json()["runId"]
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and operator.requests == 0:
            time.sleep(0.1)
        assert operator.requests > 0  # the run is waiting for the operator
        proc.send_signal(signum)
        code = proc.wait(timeout=60)
        stderr = proc.stderr.read() if proc.stderr else ""
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        operator.stop()
    assert code == 0, stderr
    assert "Traceback" not in stderr
    assert port_is_free(main_port) and port_is_free(status_port)
    log = (data / "logs" / "simdesk.log").read_text(encoding="utf-8")
    name = signal.Signals(signum).name
    assert f"quitting: {name}" in log
    assert f"simdesk closed: servers, schedule, runs and jobs stopped ({name})" in log
    assert run_id in log and "cancelled" in log


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_signal_reaches_the_window_through_the_event_loop(main_window, qapp, qtbot):
    import os

    from simdesk.gui.session_end import SessionEnd

    before = signal.getsignal(signal.SIGTERM)
    session = SessionEnd(qapp).install()
    try:
        quits: list[str] = []
        session.requested.connect(quits.append)
        session.requested.connect(lambda _reason: main_window.prepare_to_quit())
        with qtbot.waitSignal(session.requested, timeout=5000):
            os.kill(os.getpid(), signal.SIGTERM)  # the process lives: the handler ran
        assert quits == ["SIGTERM"]
        assert main_window.quitting
        # The session manager's request (a log-off) does the same.
        session._on_commit_data(None)  # type: ignore[arg-type]
        assert quits == ["SIGTERM", "the session ends"]
    finally:
        session.uninstall()
    assert signal.getsignal(signal.SIGTERM) == before  # the previous handler is back


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_closes_the_first_start_dialog(tmp_path: Path):
    """On the very first start the window asks for the first administrator before the event
    loop runs, where Qt ignores quit(): SIGTERM closes that dialog like Cancel (exit 0)."""
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-m", "simdesk", "--data-dir", str(data), "--main-port", "0",
         "--status-port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=clean_env(QT_QPA_PLATFORM="offscreen"))
    try:
        log = data / "logs" / "simdesk.log"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None and not log.exists():
            time.sleep(0.1)
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(1.5)  # the dialog is up (nothing else is waited for before it)
        assert proc.poll() is None
        proc.send_signal(signal.SIGTERM)
        try:
            status = proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pytest.fail("the first-start dialog ignored SIGTERM")
        assert status == 0, proc.stderr.read() if proc.stderr else ""
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
