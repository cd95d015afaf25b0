"""Every script in benchmarks/ still runs: each at its tiny size (``SIMDESK_BENCH_TINY=1``:
the same code paths on a few rows, in seconds), so none of them rots between the times
someone measures for real.  Scripts are found by glob: a new benchmark must support the tiny
mode, or the first test here fails naming it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
TINY_ENV = "SIMDESK_BENCH_TINY"
# Scripts not run here, with the reason.
EXCLUDED = {
    "bundle.py": "builds the PyInstaller bundle (minutes, hundreds of MB); ./dev.sh test's "
                 "installer step already runs it on every full test run",
}
TIMEOUT = 90  # seconds per script; the tiny runs take 1–15 s on a loaded 2-core machine


def scripts() -> list[Path]:
    return sorted(p for p in BENCHMARKS.glob("*.py")
                  if not p.name.startswith("_") and p.name not in EXCLUDED)


def supports_tiny(script: Path) -> bool:
    return TINY_ENV in script.read_text(encoding="utf-8")


def test_every_benchmark_supports_the_tiny_mode() -> None:
    found = scripts()
    assert len(found) >= 12, f"only {[p.name for p in found]} found in {BENCHMARKS}"
    missing = [p.name for p in found if not supports_tiny(p)]
    assert not missing, (
        f"benchmarks without a tiny mode: {', '.join(missing)}. Read ${TINY_ENV} (\"1\") in "
        "each and run the same code paths on a few rows in a few seconds (see "
        "benchmarks/api_jobs.py), or list the script in EXCLUDED here with the reason.")
    for name in EXCLUDED:
        assert (BENCHMARKS / name).exists(), f"EXCLUDED names {name}, which no longer exists"


@pytest.mark.slow
@pytest.mark.parametrize("script", scripts(), ids=lambda p: p.name)
def test_benchmark_runs_at_its_tiny_size(script: Path, tmp_path: Path) -> None:
    if not supports_tiny(script):
        pytest.fail(f"{script.name} has no tiny mode (${TINY_ENV}); it would run at full "
                    "size — see test_every_benchmark_supports_the_tiny_mode")
    env = {**os.environ, TINY_ENV: "1", "QT_QPA_PLATFORM": "offscreen",
           "TMPDIR": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=TIMEOUT, check=False)
    report = f"{script.name} exited {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    assert proc.returncode == 0, report
    assert "Traceback" not in proc.stderr, report
    assert re.search(r"\d", proc.stdout), f"{script.name} printed no figure\n{report}"
    if script.name == "api_jobs.py":
        # Every row of its table has a figure: a row it could not measure (the keyset row
        # said "not offered" while the server offered cursors) is a broken benchmark.
        rows = [line for line in proc.stdout.splitlines() if " /" in line]
        assert any("after=" in line for line in rows), report
        assert [line for line in rows if "not offered" in line] == [], report
