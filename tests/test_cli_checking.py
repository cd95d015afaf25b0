"""The command line's status-checking commands: import-activations and the demo."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
from pathlib import Path

import requests

from simdesk.domain import simcards
from simdesk.storage.database import close_database, open_database
from simdesk.storage.models import SimCard
from tests.conftest import WEBAPP_HEADERS
from tests.helpers import iccid, pack
from tests.test_cli import assert_one_line_error, clean_env, ok, run


def test_import_activations_marks_cards_sold_and_reports_the_rest(tmp_path: Path) -> None:
    data = tmp_path / "data"
    codes = pack(3)
    open_database(data)
    try:
        simcards.bulk_add(simcards.entries_from_codes(codes), source="cli")
    finally:
        close_database()
    report = tmp_path / "activations.csv"
    with report.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ICCID", "Activation date"])
        writer.writerow([codes[0], "2026-11-20 10:15:00"])
        writer.writerow([codes[1], "2026-11-21"])
        writer.writerow([iccid(999), "2026-11-21"])
        writer.writerow(["12345", "2026-11-21"])
    lines = ok(run(data, "import-activations", str(report)))
    assert lines[:4] == ["sold now: 2", "already sold: 0", "unknown: 1", "invalid: 1"]
    assert lines[4].startswith("lines not applied and why: ")
    rejected = Path(lines[4].split(": ", 1)[1])
    with rejected.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["line", "code", "reason"]
    assert [r[0] for r in rows[1:]] == ["4", "5"]
    assert rows[2][2] != ""
    open_database(data)
    try:
        sold = {c.code: c for c in SimCard.select().where(SimCard.status == "sold")}
        assert set(sold) == {codes[0], codes[1]}
        assert sold[codes[1]].sale_date is not None
    finally:
        close_database()
    again = ok(run(data, "import-activations", str(report), "--report",
                   str(tmp_path / "r2.csv")))
    assert again[:2] == ["sold now: 0", "already sold: 2"]


def test_import_activations_of_a_missing_file(tmp_path: Path) -> None:
    proc = run(tmp_path / "data", "import-activations", str(tmp_path / "nope.csv"))
    line = assert_one_line_error(proc)
    assert "nope.csv" in line


def test_demo_serve_shows_the_whole_flow(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "simdesk", "--demo", "serve", "--main-port", "0",
         "--status-port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean_env(),
        cwd=tmp_path)
    try:
        assert proc.stdout is not None
        demo = proc.stdout.readline()
        assert demo.startswith("demo data in ")
        assert proc.stdout.readline().startswith("fake operator at ")
        login = proc.stdout.readline().strip()
        assert login == "demo login: admin / simdesk-demo"
        main_url = proc.stdout.readline().strip().rsplit(" ", 1)[1]
        proc.stdout.readline()  # status API
        shops = requests.get(f"{main_url}/shops", headers=WEBAPP_HEADERS, timeout=10)
        assert shops.status_code == 200 and len(shops.json()) >= 6
        checked = requests.post(f"{main_url}/simcards/auto-check", headers=WEBAPP_HEADERS,
                                timeout=60)
        assert checked.status_code == 200, checked.text
        body = checked.json()
        assert body["success"] is True and body["state"] == "done"
        assert body["totalChecked"] > 0
        assert all(r["error"] is None for r in body["results"])
        token = requests.post(f"{main_url}/auth/login", timeout=10,
                              json={"username": "admin", "password": "simdesk-demo"})
        assert token.status_code == 200 and token.json()["token"]
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert out.strip().endswith("stopped")
    assert "Traceback" not in err
    data_dir = Path(demo.split(" ")[3])
    assert data_dir.name.startswith("simdesk-demo-") and data_dir != Path(os.getcwd())
    assert not data_dir.exists()  # the demo's temporary folder is removed when it ends
