"""Server memory benchmark: the resident memory (VmRSS) of a ``simdesk serve`` process while
it takes 8 ``POST /simcards/bulk`` requests of 100,000 new codes each, one after the other.

    python benchmarks/server_memory.py [--requests 8] [--count 100000] [--settle 5]

The server is a real ``simdesk serve`` (its own process, 127.0.0.1, a free port) on a fresh
data folder with an operator's token.  The script reads ``/proc/PID/status`` of the server
(VmRSS, and RssAnon / RssFile: file-backed pages are the database's, shared with the
operating system's file cache) at the start, after each request, and after ``--settle``
seconds without requests; it also times each request.  Linux only (``/proc``).

Target: VmRSS below 250 MiB after the last request and after settling.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MIB = 1024 * 1024
TARGET_MIB = 250.0
PASSWORD = "bench-Passw0rd-42"


def memory(pid: int) -> dict[str, int]:
    """VmRSS, RssAnon, RssFile and VmHWM of process ``pid``, in bytes."""
    values: dict[str, int] = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            name, _, rest = line.partition(":")
            if name in ("VmRSS", "RssAnon", "RssFile", "VmHWM"):
                values[name] = int(rest.split()[0]) * 1024
    return values


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of process ``pid`` so far (less disturbed than the wall
    time by other programs on a busy machine)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def shown(values: dict[str, int]) -> str:
    return (f"VmRSS {values['VmRSS'] / MIB:6.1f} MiB  (anon {values['RssAnon'] / MIB:6.1f}, "
            f"file {values['RssFile'] / MIB:5.1f})")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_token(data_dir: Path) -> str:
    from simdesk.domain import users
    from simdesk.storage.database import close_database, open_database

    open_database(data_dir)
    try:
        user = users.add_user("bench", PASSWORD, "operator")
        token, _ = users.issue_token(user, "benchmark")
    finally:
        close_database()
    return token


def batches(requests: int, count: int) -> list[bytes]:
    """``requests`` JSON bodies of ``count`` new, valid, distinct codes each."""
    from simdesk.domain import codes

    bodies = []
    for n in range(requests):
        body = f"89998{n + 1:02d}" + "0" * 11
        items = codes.expand_range(body + codes.luhn_check_digit(body), count=count)
        bodies.append(json.dumps({"codes": items}).encode())
    return bodies


def wait_ready(process: subprocess.Popen[bytes], port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"simdesk serve ended (exit {process.returncode})")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/health")
            conn.getresponse().read()
            conn.close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("simdesk serve did not answer within 60 s")


def run(requests: int, count: int, settle: float, env: dict[str, str]) -> list[int]:
    """Start a server, send the requests, print the figures; the VmRSS readings."""
    took_all: list[float] = []
    cpu_all: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        token = make_token(data_dir)
        bodies = batches(requests, count)
        port, status_port = free_port(), free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "simdesk", "--data-dir", str(data_dir), "serve",
             "--host", "127.0.0.1", "--main-port", str(port), "--status-port",
             str(status_port)],
            env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        readings: list[int] = []
        try:
            wait_ready(process, port)
            start = memory(process.pid)
            print(f"  started:        {shown(start)}")
            readings.append(start["VmRSS"])
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            for n, body in enumerate(bodies, start=1):
                began = time.perf_counter()
                cpu_before = cpu_seconds(process.pid)
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
                conn.request("POST", "/simcards/bulk", body=body, headers=headers)
                response = conn.getresponse()
                answer = response.read()
                conn.close()
                took = time.perf_counter() - began
                if response.status != 200:
                    raise RuntimeError(f"request {n}: {response.status} {answer[:300]!r}")
                time.sleep(0.2)  # the worker thread finishes the request after the answer
                now = memory(process.pid)
                readings.append(now["VmRSS"])
                took_all.append(took)
                cpu_all.append(cpu_seconds(process.pid) - cpu_before)
                print(f"  request {n}: {took:5.2f} s (CPU {cpu_all[-1]:5.2f} s)  {shown(now)}")
            time.sleep(settle)
            settled = memory(process.pid)
            readings.append(settled["VmRSS"])
            print(f"  settled ({settle:g} s): {shown(settled)}; peak VmHWM "
                  f"{settled['VmHWM'] / MIB:.1f} MiB")
            print(f"  request times: {min(took_all):.2f}-{max(took_all):.2f} s, "
                  f"{sum(took_all):.1f} s in all; server CPU {min(cpu_all):.2f}-"
                  f"{max(cpu_all):.2f} s, {sum(cpu_all):.1f} s in all")
        finally:
            process.terminate()
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    return readings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=8)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--settle", type=float, default=5.0)
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="an environment variable for the server (to compare settings)")
    args = parser.parse_args()
    if os.environ.get("SIMDESK_BENCH_TINY") == "1":  # a few rows, same code paths
        args.requests, args.count, args.settle = 2, 500, 0.2
    if not Path("/proc/self/status").exists():
        print("this benchmark reads /proc: Linux only")
        return 2
    env = dict(item.split("=", 1) for item in args.env)
    print(f"simdesk serve, {args.requests} x POST /simcards/bulk of {args.count:,} new codes"
          + (f"  (env: {env})" if env else ""))
    readings = run(args.requests, args.count, args.settle, env)
    worst = max(readings[-2:]) / MIB
    verdict = "ok" if worst < TARGET_MIB else "OVER"
    print(f"after the last request and settled: {worst:.1f} MiB (target < {TARGET_MIB:g} MiB) "
          f"{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
