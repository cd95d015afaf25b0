"""Paging through a million cards: random offsets and keyset cursors, next to a bare app.

    python benchmarks/paging.py [--cards 1000000] [--duration 5] [--data-dir DIR]

Serves a database of ``--cards`` cards (a third sold, with sale dates; a fifth checked: the
NULLs of sale_date and last_checked are real) the way ``api_load.py`` does — simdesk's server
and a bare Bottle + Waitress app in processes of their own, loaded by ``wrk`` — and prints
requests/s of

* ``GET /simcards?limit=50&offset=N``, N random over the whole list (the response cache
  cannot answer: 20,000 different pages), sorted by the default order and by sale date;
* ``GET /simcards?limit=50&after=CURSOR``, cursors of 2,000 random places in the list;
* the bare app,

and the time of the first deep page after a write (another program's write to the file: the
totals and anchors are read again) and of the one after it.  ``--data-dir`` keeps the
database between runs (it is made when the folder has none).  Target (issue 12): 500
requests/s for both at a million cards.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_load import PASSWORD, _wrk, start_server

TARGET = 500.0
CHUNK = 100_000


def prepare(data_dir: Path, cards: int) -> str:
    """The database (made once per folder) and a viewer's token."""
    from simdesk.domain import codes, simcards, users
    from simdesk.storage.database import close_database, open_database
    from simdesk.storage.models import SimCard, User

    open_database(data_dir)
    try:
        have = SimCard.select().count()
        for start in range(have, cards, CHUNK):
            body = "8999801" + str(start).zfill(11)
            items = codes.expand_range(body + codes.luhn_check_digit(body),
                                       count=min(CHUNK, cards - start))
            simcards.bulk_add(simcards.entries_from_codes(items), source="cli")
        if have < cards:
            db = SimCard._meta.database
            db.execute_sql("UPDATE simcard SET status = 'sold', sale_date = "
                           "datetime('2026-01-01', '+' || (id % 300) || ' hours') "
                           "WHERE id % 3 = 0")
            db.execute_sql("UPDATE simcard SET last_checked = "
                           "datetime('2026-06-01', '+' || (id % 997) || ' minutes') "
                           "WHERE id % 5 = 0")
        if User.get_or_none(User.username == "bench") is None:
            users.add_user("bench", PASSWORD, "viewer")
        token, _ = users.issue_token(User.get(User.username == "bench"), "benchmark")
    finally:
        close_database()
    return token


def cursors(data_dir: Path, cards: int, count: int) -> list[str]:
    """Cursors (default order) of ``count`` random places in the list, made as the server
    makes them."""
    from simdesk.domain import cardpages
    from simdesk.domain.simcards import CardFilter
    from simdesk.storage.database import close_database, open_database

    open_database(data_dir)
    try:
        rng = random.Random(7)
        order = cardpages.sort_order("-addedDate")
        found = []
        for _ in range(count):
            offset = rng.randrange(0, cards - 100)
            row = next(cardpages.page_rows(
                CardFilter(), "-addedDate", limit=1, offset=offset))
            found.append(cardpages.cursor_after(row, order))
        return found
    finally:
        close_database()


RANDOM_OFFSETS_LUA = """
math.randomseed(os.time())
request = function()
  return wrk.format(nil, "/simcards?limit=50&offset=" .. math.random(0, {top}) .. "{extra}")
end
"""

CURSORS_LUA = """
paths = {{{paths}}}
request = function()
  return wrk.format(nil, paths[math.random(1, #paths)])
end
"""


def timed_get(port: int, path: str, token: str) -> float:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    started = time.perf_counter()
    conn.request("GET", path, headers={"Authorization": f"Bearer {token}"})
    reply = conn.getresponse()
    reply.read()
    elapsed = time.perf_counter() - started
    conn.close()
    if reply.status != 200:
        raise RuntimeError(f"{path}: {reply.status}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=1_000_000)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per target")
    parser.add_argument("--threads", type=int, default=8, help="Waitress threads (both)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="keep the database here between runs")
    args = parser.parse_args()
    if os.environ.get("SIMDESK_BENCH_TINY") == "1":  # a few rows, same code paths
        args.cards, args.duration = min(args.cards, 3_000), 1.0
    if not shutil.which("wrk"):
        print("wrk is not installed (Debian: apt-get install wrk)")
        return 2
    with tempfile.TemporaryDirectory(prefix="simdesk-paging-") as tmp:
        data_dir = args.data_dir or Path(tmp)
        data_dir.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        token = prepare(data_dir, args.cards)
        marks = cursors(data_dir, args.cards, 2000)
        print(f"database: {args.cards:,} cards (ready in {time.perf_counter() - started:.1f} s)")
        auth = {"Authorization": f"Bearer {token}"}
        folder = Path(tmp)
        top = max(0, args.cards - 50)
        scripts = {}
        for name, extra in (("offsets", ""), ("offsets-sale", "&sort=saleDate")):
            scripts[name] = folder / f"{name}.lua"
            scripts[name].write_text(RANDOM_OFFSETS_LUA.format(top=top, extra=extra))
        scripts["cursors"] = folder / "cursors.lua"
        scripts["cursors"].write_text(CURSORS_LUA.format(paths=", ".join(
            f'"/simcards?limit=50&after={c}"' for c in marks)))

        results: dict[str, float] = {}
        after_write: list[tuple[str, float, float]] = []
        server = start_server("simdesk", data_dir, args.threads)
        try:
            url = f"http://127.0.0.1:{server.port}/simcards?limit=50"
            for name, script in scripts.items():
                _wrk(url, auth, 1.0, args.connections, str(script))  # warm-up
                results[name] = _wrk(url, auth, args.duration, args.connections, str(script))
            half = args.cards // 2
            for path, other_path in (
                    (f"/simcards?limit=50&offset={half}", f"/simcards?limit=50&offset={half + 50}"),
                    (f"/simcards?limit=50&offset={half}&sort=saleDate",
                     f"/simcards?limit=50&offset={half + 50}&sort=saleDate"),
                    (f"/simcards?limit=50&after={marks[0]}",
                     f"/simcards?limit=50&after={marks[1]}")):
                with sqlite3.connect(data_dir / "simcard_db.sqlite") as other:
                    other.execute("UPDATE simcard SET notes = CAST(random() AS TEXT) WHERE id = 1")
                other.close()
                time.sleep(1.2)  # the response cache looks at other programs' writes each second
                first = timed_get(server.port, path, token)
                second = timed_get(server.port, other_path, token)
                after_write.append((path, first, second))
        finally:
            server.close()
        bare_server = start_server("bare", data_dir, args.threads)
        try:
            _wrk(f"http://127.0.0.1:{bare_server.port}/", {}, 1.0, args.connections)
            bare = _wrk(f"http://127.0.0.1:{bare_server.port}/", {}, args.duration,
                        args.connections)
        finally:
            bare_server.close()

    print(f"{'target':52} {'requests/s':>10} {'of bare':>8}")
    print(f"{'bare Bottle + Waitress':52} {bare:10.0f} {1:8.2f}")
    labels = {"offsets": "GET /simcards?limit=50&offset=<random>",
              "offsets-sale": "GET /simcards?limit=50&offset=<random>&sort=saleDate",
              "cursors": "GET /simcards?limit=50&after=<random cursor>"}
    for name, value in results.items():
        verdict = "ok" if value >= TARGET else "MISSED"
        print(f"{labels[name]:52} {value:10.0f} {value / bare:8.2f}  {verdict} "
              f"(target >= {TARGET:.0f})")
    print("\nfirst request after another program's write (totals and anchors read again), "
          "then the next one:")
    for path, first, second in after_write:
        print(f"  {path[:70]:70} {first * 1000:7.1f} ms  {second * 1000:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
