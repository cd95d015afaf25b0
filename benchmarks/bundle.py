"""The frozen program: build the PyInstaller folder from ``build_installer.spec``, time it,
measure the folder, check what is in it and run its self-test.

    python benchmarks/bundle.py [--dist dist] [--work build/pyinstaller] [--no-build]

Run it with the interpreter of a build venv holding only simdesk, its PostgreSQL driver and
PyInstaller (``./dev.sh installer`` makes one in .venv-build).  Without PyInstaller it says so
and exits 0 (``./dev.sh bench`` runs every script here).

Checks, each a non-zero exit when it fails (the size is only reported): no development tool
or test library in the folder; the PostgreSQL driver in it; on Linux every shared library a
bundled file needs is in the folder or one the system always has (the spec drops parts of
Qt); ``simdesk-cli --self-test`` and ``simdesk --self-test`` pass from the folder, with no
display.

Target: the Linux folder under 150 MB.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess  # nosec B404: runs PyInstaller, readelf and the built program
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 150
# Top-level packages of the development tools and the tests: never in the program.
DEV_PACKAGES = ("mypy", "mypyc", "ruff", "bandit", "pytest", "_pytest", "pytestqt",
                "hypothesis", "schemathesis", "playwright", "pypdf", "ast_serialize",
                "setuptools", "pip")
# Libraries PyInstaller never bundles on Linux (the system's own; every desktop has them).
SYSTEM_LIBS = re.compile(
    r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|ld-linux.*|libGL|libEGL|libGLX|"
    r"libOpenGL|libGLdispatch|libgbm|libdrm|libnsl|libcrypt|libanl|libxcb)\.so")


def folder_size(folder: Path) -> int:
    """Bytes of the regular files (a symlink counts once, where it points)."""
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def largest(folder: Path, count: int = 8) -> list[tuple[int, str]]:
    internal = folder / "_internal"
    base = internal if internal.is_dir() else folder
    sizes = []
    for child in base.iterdir():
        size = folder_size(child) if child.is_dir() else (
            0 if child.is_symlink() else child.stat().st_size)
        sizes.append((size, child.name))
    return sorted(sizes, reverse=True)[:count]


def build(dist: Path, work: Path) -> float:
    shutil.rmtree(dist / "simdesk", ignore_errors=True)
    started = time.perf_counter()
    subprocess.run(  # nosec B603: our own interpreter and spec
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build_installer.spec")],
        check=True, cwd=ROOT)
    return time.perf_counter() - started


def dev_tools_inside(folder: Path) -> list[str]:
    internal = folder / "_internal"
    base = internal if internal.is_dir() else folder
    return sorted(child.name for child in base.iterdir()
                  if child.name.split(".")[0] in DEV_PACKAGES
                  or child.name.startswith(tuple(f"{p}-" for p in DEV_PACKAGES)))


def missing_libraries(folder: Path) -> list[str]:
    """Linux: libraries a bundled ELF file needs that are neither in the folder nor the
    system's own (empty elsewhere, or without readelf)."""
    readelf = shutil.which("readelf")
    if not sys.platform.startswith("linux") or readelf is None:
        return []
    present = {path.name for path in folder.rglob("*")}
    problems = []
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run([readelf, "-d", str(path)],  # nosec B603
                             capture_output=True, text=True, check=False).stdout
        for name in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out):
            if name not in present and not SYSTEM_LIBS.match(name):
                problems.append(f"{path.relative_to(folder)} needs {name}")
    return problems


def self_test(folder: Path, program: str) -> tuple[bool, float, str]:
    exe = folder / (program + (".exe" if sys.platform == "win32" else ""))
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["SIMDESK_NO_MESSAGE_BOX"] = "1"  # simdesk.exe would wait for a click on its report
    started = time.perf_counter()
    done = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True,  # nosec B603
                          env=env, timeout=300, check=False)
    return done.returncode == 0, time.perf_counter() - started, done.stdout + done.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-build", action="store_true",
                        help="check and measure the folder already built")
    args = parser.parse_args()
    if not args.no_build and importlib.util.find_spec("PyInstaller") is None:
        print("bundle: skipped, PyInstaller is not installed here (./dev.sh installer builds "
              "the bundle in its own venv)")
        return 0
    folder = args.dist / "simdesk"
    seconds = None if args.no_build else build(args.dist, args.work)
    size_mb = folder_size(folder) / 1_000_000
    failures = []
    print(f"folder: {folder}")
    if seconds is not None:
        print(f"build time: {seconds:.1f} s")
    print(f"folder size: {size_mb:.0f} MB (target < {TARGET_MB} MB on Linux)")
    print("largest parts: " + ", ".join(f"{name} {size / 1_000_000:.1f} MB"
                                        for size, name in largest(folder)))
    tools = dev_tools_inside(folder)
    if tools:
        failures.append(f"development tools bundled: {', '.join(tools)}")
    if not any(folder.rglob("psycopg2")):
        failures.append("the PostgreSQL driver (psycopg2) is not bundled")
    missing = missing_libraries(folder)
    if missing:
        failures.append("libraries missing from the folder: " + "; ".join(missing[:20]))
    for program in ("simdesk-cli", "simdesk"):
        ok, took, output = self_test(folder, program)
        print(f"{program} --self-test: {'passed' if ok else 'FAILED'} in {took:.1f} s")
        if not ok:
            print(output)
            failures.append(f"{program} --self-test failed")
    if sys.platform.startswith("linux") and size_mb >= TARGET_MB:
        # Reported, not failed: Qt's ICU alone is 37 MB of the Linux folder (README.md).
        print(f"bundle: note: the folder is {size_mb:.0f} MB, over the {TARGET_MB} MB target")
    for failure in failures:
        print(f"bundle: FAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
