"""HTTP load benchmark of the main API, next to a bare Bottle + Waitress app.

    python benchmarks/api_load.py [--duration 5] [--threads 8] [--cards 100000]

Every server runs in its own process (so the load generator and the measuring client do not
pollute its numbers), served the same way: simdesk's ApiServer (its own bound socket handed
to Waitress) with the same thread count, on 127.0.0.1.  The simdesk server logs as
``simdesk serve`` does (rotating access log in the data folder).

Prints:
* requests/s of ``GET /simcards?limit=50`` and ``GET /shops`` (bearer token of a viewer) and
  of the bare app answering a small JSON dict, and their ratios (target: >= 0.5);
* the time and the server's memory growth (VmRSS before, VmHWM after, read in the server
  process from /proc/self/status with the peak reset through /proc/self/clear_refs) for
  ``GET /simcards`` (the whole array, streamed) at 100,000 cards (targets: < 1.5 s,
  < 50 MiB).

The load generator is ``wrk`` (Debian package wrk) when installed, else a multi-process
Python client (keep-alive connections).  Loopback only, bounded durations.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import multiprocessing
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

TINY = os.environ.get("SIMDESK_BENCH_TINY") == "1"  # a few rows, same code paths

MIB = 1024 * 1024
TARGET_RATIO = 0.5
TARGET_SECONDS = 1.5
TARGET_GROWTH_MIB = 50.0
PASSWORD = "bench-Passw0rd-42"


# ------------------------------------------------------------------ server process


def start_serve(folder: Path, wait: float = 60) -> tuple[subprocess.Popen[str], str]:
    """``simdesk serve`` on ``folder`` with free ports: (its process, the main API's URL)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIMDESK_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "simdesk", "--data-dir", str(folder), "serve",
         "--main-port", "0", "--status-port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    stdout = proc.stdout

    def pump() -> None:
        for line in iter(stdout.readline, ""):
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    end = time.monotonic() + wait
    while time.monotonic() < end:
        line = lines.get(timeout=wait)
        if line.startswith("main API listening on"):
            return proc, line.split()[-1]
    raise SystemExit("simdesk serve did not start")




def _memory() -> dict[str, int]:
    """VmRSS and VmHWM of this process, in bytes."""
    values: dict[str, int] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            name, _, rest = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                values[name] = int(rest.split()[0]) * 1024
    return values


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")  # resets VmHWM to the current RSS (Linux 4.0+)
        return True
    except OSError:
        return False


def _bare_app() -> Any:
    import bottle

    app = bottle.Bottle()

    @app.route("/")
    def hello() -> bytes:
        bottle.response.content_type = "application/json"
        return json.dumps({"name": "bare", "status": "running", "version": "1"}).encode()

    return app


def serve(kind: str, data_dir: str, threads: int, conn: Connection) -> None:
    """Runs in the server process: start, send the port, then answer commands."""
    import logging

    from simdesk.api.server import ApiServer

    stop: list[Any] = []
    if kind == "simdesk":
        from simdesk.logsetup import setup_logging
        from simdesk.runtime import Runtime

        runtime = Runtime(Path(data_dir), host="127.0.0.1", main_port=0, status_port=0,
                          threads=threads)
        setup_logging(Path(data_dir))  # as `simdesk serve` does
        runtime.start(all_or_nothing=True)
        server = runtime.server("main")
        assert server is not None
        port = server.port
        stop = [runtime.close]
    else:
        logging.getLogger("waitress").setLevel(logging.ERROR)
        server = ApiServer("bare", _bare_app(), "127.0.0.1", 0, threads=threads)
        server.start()
        port = server.port
        stop = [server.stop]
    conn.send(port)
    try:
        while True:
            command = conn.recv()
            if command == "stop":
                break
            if command == "reset-peak":
                conn.send(_reset_peak())
            elif command == "memory":
                conn.send(_memory())
    finally:
        for step in stop:
            step()


@dataclass
class Server:
    kind: str
    process: Any
    conn: Connection
    port: int

    def ask(self, command: str) -> Any:
        self.conn.send(command)
        return self.conn.recv()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send("stop")
        self.process.join(10)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(5)


def start_server(kind: str, data_dir: Path, threads: int) -> Server:
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=serve, args=(kind, str(data_dir), threads, child),
                          name=f"{kind}-server", daemon=True)
    process.start()
    deadline = time.monotonic() + 60
    while not parent.poll(0.2):
        if not process.is_alive():
            raise RuntimeError(f"the {kind} server process failed (exit {process.exitcode})")
        if time.monotonic() > deadline:
            process.terminate()
            raise RuntimeError(f"the {kind} server did not start within 60 s")
    return Server(kind, process, parent, int(parent.recv()))


# ------------------------------------------------------------------ data


def prepare(data_dir: Path, cards: int, shops_count: int, per_shop: int) -> str:
    """A database with ``cards`` cards, ``shops_count`` shops holding ``per_shop`` each;
    returns a viewer's token."""
    from simdesk.domain import codes, shops, simcards, users
    from simdesk.storage.database import close_database, open_database

    open_database(data_dir)
    try:
        body = "8999801" + "0" * 11
        items = codes.expand_range(body + codes.luhn_check_digit(body), count=cards)
        result = simcards.bulk_add(simcards.entries_from_codes(items), source="cli")
        assert len(result.created) == cards
        for n in range(shops_count):
            shop = shops.create_shop({"name": f"Shop {n:03d}", "owner_name": f"Owner {n}",
                                      "owner_phone": f"+9989012{n:05d}",
                                      "address": f"Street {n}", "region": "Toshkent"})
            simcards.assign_cards(shop.id, count=per_shop, source="cli")
        user = users.add_user("bench", PASSWORD, "viewer")
        token, _ = users.issue_token(user, "benchmark")
    finally:
        close_database()
    return token


# ------------------------------------------------------------------ load


# wrk script: each request asks for one of 100 different pages (the response cache keeps 64
# answers per worker thread, so most of these are computed afresh).
VARYING_PAGES_LUA = """
counter = 0
request = function()
  counter = counter + 1
  local offset = ((counter * 37) % 100) * 50
  return wrk.format(nil, "/simcards?limit=50&offset=" .. offset)
end
"""


def _wrk(url: str, headers: dict[str, str], duration: float, connections: int,
         script: str | None = None) -> float:
    command = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration:g}s", "--timeout",
               "10s"]
    if script is not None:
        command += ["-s", script]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True,
                         timeout=duration + 30).stdout
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    if bad:
        raise RuntimeError(f"{url}: {bad.group(1)} non-2xx answers\n{out}")
    errors = re.search(r"Socket errors:.*", out)
    if errors:
        print(f"    wrk: {errors.group(0)}")
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if match is None:
        raise RuntimeError(f"cannot read wrk's output:\n{out}")
    return float(match.group(1))


def _client_worker(port: int, path: str, headers: dict[str, str], until: float,
                   queue: Any) -> None:
    done = 0
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    while time.monotonic() < until:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path}: {response.status}")
        done += 1
    conn.close()
    queue.put(done)


def _python_client(port: int, path: str, headers: dict[str, str], duration: float,
                   workers: int) -> float:
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    start = time.monotonic()
    until = start + duration
    procs = [ctx.Process(target=_client_worker, args=(port, path, headers, until, queue))
             for _ in range(workers)]
    for p in procs:
        p.start()
    total = sum(queue.get(timeout=duration + 30) for _ in procs)
    for p in procs:
        p.join()
    return total / (time.monotonic() - start)


def rate(port: int, path: str, headers: dict[str, str], duration: float,
         connections: int) -> float:
    url = f"http://127.0.0.1:{port}{path}"
    if shutil.which("wrk"):
        _wrk(url, headers, min(1.0, duration), connections)  # warm-up
        return _wrk(url, headers, duration, connections)
    _python_client(port, path, headers, min(1.0, duration), 2)
    return _python_client(port, path, headers, duration, max(2, os.cpu_count() or 2))


def whole_array(server: Server, token: str, expected: int) -> tuple[float, float, int]:
    """Seconds to the last byte of GET /simcards, memory growth (MiB), bytes."""
    server.ask("reset-peak")
    before = server.ask("memory")
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    start = time.perf_counter()
    conn.request("GET", "/simcards", headers={"Authorization": f"Bearer {token}"})
    response = conn.getresponse()
    chunks = []
    while chunk := response.read(1 << 16):
        chunks.append(chunk)
    elapsed = time.perf_counter() - start
    conn.close()
    after = server.ask("memory")
    if response.status != 200:
        raise RuntimeError(f"GET /simcards: {response.status}")
    body = b"".join(chunks)
    count = len(json.loads(body))
    if count != expected:
        raise RuntimeError(f"GET /simcards returned {count} cards, expected {expected}")
    growth = (after["VmHWM"] - before["VmRSS"]) / MIB
    return elapsed, growth, len(body)


# ------------------------------------------------------------------ main


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def varying_pages(port: int, headers: dict[str, str], duration: float, connections: int,
                  folder: Path) -> float | None:
    """Requests/s over 100 different pages (wrk only)."""
    if not shutil.which("wrk"):
        return None
    script = folder / "varying_pages.lua"
    script.write_text(VARYING_PAGES_LUA, encoding="utf-8")
    url = f"http://127.0.0.1:{port}/simcards?limit=50"
    return _wrk(url, headers, duration, connections, str(script))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per target")
    parser.add_argument("--threads", type=int, default=8, help="Waitress threads (both)")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections")
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--shops", type=int, default=20)
    parser.add_argument("--per-shop", type=int, default=100, help="cards held by each shop")
    if TINY:
        parser.set_defaults(duration=1.0, threads=2, connections=2, cards=300, shops=3, per_shop=10)
    args = parser.parse_args()

    tool = "wrk" if shutil.which("wrk") else "multi-process Python client"
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; load: {tool}, "
          f"{args.connections} connections, {args.duration:g} s per target; Waitress "
          f"threads: {args.threads}")
    with tempfile.TemporaryDirectory(prefix="simdesk-bench-") as tmp:
        data_dir = Path(tmp)
        started = time.perf_counter()
        token = prepare(data_dir, args.cards, args.shops, args.per_shop)
        print(f"database: {args.cards:,} cards, {args.shops} shops holding {args.per_shop} "
              f"each (prepared in {time.perf_counter() - started:.1f} s)")
        auth = {"Authorization": f"Bearer {token}"}

        # The whole array first, on a fresh server: cold (first read) and warm.
        simdesk = start_server("simdesk", data_dir, args.threads)
        try:
            cold = whole_array(simdesk, token, args.cards)
            warm = whole_array(simdesk, token, args.cards)
            base_rss = simdesk.ask("memory")["VmRSS"] / MIB
            pages = rate(simdesk.port, "/simcards?limit=50", auth, args.duration,
                         args.connections)
            shop_list = rate(simdesk.port, "/shops", auth, args.duration, args.connections)
            varying = varying_pages(simdesk.port, auth, args.duration, args.connections,
                                    data_dir)
        finally:
            simdesk.close()
        bare_server = start_server("bare", data_dir, args.threads)
        try:
            bare = rate(bare_server.port, "/", {}, args.duration, args.connections)
        finally:
            bare_server.close()

    print()
    print(f"{'target':36} {'requests/s':>11} {'ratio':>7}")
    print(f"{'bare Bottle + Waitress (small JSON)':36} {bare:11.0f} {'1.00':>7}")
    for label, value in (("GET /simcards?limit=50", pages), ("GET /shops", shop_list)):
        ratio = value / bare
        print(f"{label:36} {value:11.0f} {ratio:7.2f}  "
              f"{_verdict(ratio >= TARGET_RATIO)} (target >= {TARGET_RATIO:.2f})")
    if varying is not None:
        print(f"{'GET /simcards?limit=50, 100 pages':36} {varying:11.0f} {varying / bare:7.2f}  "
              "(most answers computed afresh; no target)")
    print()
    print(f"GET /simcards, whole array of {args.cards:,} cards (streamed), server RSS "
          f"{base_rss:.0f} MiB:")
    for label, (seconds, growth, size) in (("first (cold)", cold), ("second (warm)", warm)):
        print(f"  {label:14} {seconds:6.2f} s  {size / MIB:5.1f} MiB sent  memory growth "
              f"{growth:5.1f} MiB  {_verdict(seconds < TARGET_SECONDS)} time (< "
              f"{TARGET_SECONDS} s), {_verdict(growth < TARGET_GROWTH_MIB)} memory (< "
              f"{TARGET_GROWTH_MIB:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
