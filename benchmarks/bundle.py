"""The frozen program: build the PyInstaller folder from ``build_installer.spec``, time it,
measure the folder, check what is in it and run its self-test; with ``--setup``, compile the
NSIS setup program around it; with ``--readme``, write what it measured into README.md.

    python benchmarks/bundle.py [--dist dist] [--work build/pyinstaller] [--no-build]
                                [--setup] [--readme]

Run it with the interpreter of a build venv holding only simdesk, its PostgreSQL driver and
PyInstaller (``./dev.sh installer`` makes one in .venv-build and passes ``--setup``).
Without PyInstaller it says so and exits 0 (``./dev.sh bench`` runs every script here).

Checks, each a non-zero exit when it fails (the size is only reported): no development tool
or test library in the folder; the PostgreSQL driver in it; on Linux every shared library a
bundled file needs is in the folder or one the system always has (the spec drops parts of
Qt); ``simdesk-cli --self-test`` and ``simdesk --self-test`` pass from the folder, with no
display; with ``--setup``, makensis compiles resources/installer/simdesk.nsi into
dist/simdesk-VERSION-setup.exe (on Linux the payload is the Linux folder: a check of the
script, not a Windows program).

``--readme`` (implies ``--setup``, needs a build) replaces the block between
``<!-- bundle-figures:begin -->`` and ``<!-- bundle-figures:end -->`` in README.md with the
figures just measured; tests/test_bundle_figures.py checks the block is exactly what
:func:`render` writes, so the figures are never typed by hand.

Target: the Linux folder under 150 MB.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import importlib.util
import os
import platform
import re
import shutil
import subprocess  # nosec B404: runs PyInstaller, readelf, makensis and the built program
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
NSIS_SCRIPT = ROOT / "resources" / "installer" / "simdesk.nsi"
TARGET_MB = 150
BEGIN = "<!-- bundle-figures:begin (written by `benchmarks/bundle.py --readme`) -->"
END = "<!-- bundle-figures:end -->"
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
    # A clean build every time (no analysis or binary cache): what CI does, and the time a
    # first build takes.
    shutil.rmtree(dist / "simdesk", ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    started = time.perf_counter()
    subprocess.run(  # nosec B603: our own interpreter and spec
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
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


@dataclass(frozen=True)
class Figures:
    """What one ``--readme`` run measured, as README.md shows it."""

    date: str            # 2026-12-02
    machine: str         # "Linux x86_64, 2 cores"
    python: str          # "3.11.7"
    pyinstaller: str     # "6.22.3"
    build_s: float
    folder_mb: int
    largest: str         # "PySide6 61.5 MB, psycopg2_binary.libs 11.1 MB, …"
    cli_selftest_s: float
    gui_selftest_s: float
    setup_mb: int
    makensis_s: float


def render(fig: Figures) -> str:
    """The README block, markers included (``parse`` reads it back)."""
    rows = [
        ("PyInstaller build", f"{fig.build_s:.1f} s"),
        ("folder `dist/simdesk/`", f"{fig.folder_mb} MB (target < {TARGET_MB} MB)"),
        ("largest parts", fig.largest),
        ("`simdesk-cli --self-test`", f"{fig.cli_selftest_s:.1f} s"),
        ("`simdesk --self-test`", f"{fig.gui_selftest_s:.1f} s"),
        ("setup program (Linux payload, LZMA)", f"{fig.setup_mb} MB"),
        ("makensis", f"{fig.makensis_s:.1f} s"),
    ]
    lines = [
        BEGIN,
        f"Measured {fig.date} on {fig.machine}, Python {fig.python}, "
        f"PyInstaller {fig.pyinstaller}:",
        "",
        "| | measured |",
        "|---|---|",
        *(f"| {name} | {value} |" for name, value in rows),
        END,
    ]
    return "\n".join(lines)


_BLOCK = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
_PARSE = re.compile(
    r"Measured (?P<date>\S+) on (?P<machine>.+?), Python (?P<python>\S+), "
    r"PyInstaller (?P<pyinstaller>\S+):\n.*?"
    r"\| PyInstaller build \| (?P<build_s>[\d.]+) s \|\n"
    r"\| folder `dist/simdesk/` \| (?P<folder_mb>\d+) MB .*?\|\n"
    r"\| largest parts \| (?P<largest>.+?) \|\n"
    r"\| `simdesk-cli --self-test` \| (?P<cli_selftest_s>[\d.]+) s \|\n"
    r"\| `simdesk --self-test` \| (?P<gui_selftest_s>[\d.]+) s \|\n"
    r"\| setup program .*?\| (?P<setup_mb>\d+) MB \|\n"
    r"\| makensis \| (?P<makensis_s>[\d.]+) s \|", re.S)


def readme_block(text: str) -> str:
    """README.md's figures block, markers included."""
    match = _BLOCK.search(text)
    if match is None:
        raise ValueError(f"README.md has no block between {BEGIN!r} and {END!r}")
    return match[0]


def parse(block: str) -> Figures:
    """The figures in a README block (``render``'s inverse)."""
    match = _PARSE.search(block)
    if match is None:
        raise ValueError("README.md's bundle figures are not in the format "
                         "benchmarks/bundle.py --readme writes; run it again")
    values = match.groupdict()
    return Figures(
        date=values["date"], machine=values["machine"], python=values["python"],
        pyinstaller=values["pyinstaller"], build_s=float(values["build_s"]),
        folder_mb=int(values["folder_mb"]), largest=values["largest"],
        cli_selftest_s=float(values["cli_selftest_s"]),
        gui_selftest_s=float(values["gui_selftest_s"]), setup_mb=int(values["setup_mb"]),
        makensis_s=float(values["makensis_s"]))


def write_readme(fig: Figures, readme: Path = README) -> None:
    text = readme.read_text(encoding="utf-8")
    block = readme_block(text)
    readme.write_text(text.replace(block, render(fig)), encoding="utf-8")


def makensis() -> str | None:
    found = shutil.which("makensis")
    default = Path(r"C:\Program Files (x86)\NSIS\makensis.exe")
    if found is None and sys.platform == "win32" and default.is_file():
        return str(default)
    return found


def make_setup(folder: Path, dist: Path) -> tuple[Path, float]:
    """Compile the NSIS script around ``folder``: the setup program and the seconds taken."""
    tool = makensis()
    if tool is None:
        raise RuntimeError("makensis is missing: install NSIS (Debian: apt-get install nsis)")
    from simdesk import __version__

    out = dist / f"simdesk-{__version__}-setup.exe"
    started = time.perf_counter()
    subprocess.run([tool, "-V2", f"-DVERSION={__version__}",  # nosec B603: NSIS, our script
                    f"-DSOURCE_DIR={folder.resolve()}", f"-DOUTFILE={out.resolve()}",
                    str(NSIS_SCRIPT)], check=True, cwd=ROOT)
    return out, time.perf_counter() - started


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-build", action="store_true",
                        help="check and measure the folder already built")
    parser.add_argument("--setup", action="store_true",
                        help="then compile the NSIS setup program (makensis)")
    parser.add_argument("--readme", action="store_true",
                        help="then write the figures into README.md (implies --setup)")
    args = parser.parse_args()
    if args.readme and args.no_build:
        parser.error("--readme needs a build (its time is one of the figures)")
    args.setup = args.setup or args.readme
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
    print(f"folder size: {round(size_mb)} MB (target < {TARGET_MB} MB on Linux)")
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
    if sys.platform.startswith("linux") and size_mb >= TARGET_MB:
        # A failure: whatever new dependency or unused part grew it needs a look (the spec
        # says what is left out and why; README.md, "The installer", the figures).
        failures.append(f"the folder is {round(size_mb)} MB, over the {TARGET_MB} MB target "
                        "(see the largest parts above and build_installer.spec)")
    self_test_s = {}
    for program in ("simdesk-cli", "simdesk"):
        ok, took, output = self_test(folder, program)
        self_test_s[program] = took
        print(f"{program} --self-test: {'passed' if ok else 'FAILED'} in {took:.1f} s")
        if not ok:
            print(output)
            failures.append(f"{program} --self-test failed")
    setup: Path | None = None
    setup_mb, makensis_s = 0, 0.0
    if args.setup:
        try:
            setup, makensis_s = make_setup(folder, args.dist)
        except (RuntimeError, subprocess.CalledProcessError) as exc:
            failures.append(f"setup program: {exc}")
        else:
            setup_mb = round(setup.stat().st_size / 1_000_000)
            print(f"setup program: {setup} ({setup_mb} MB, makensis {makensis_s:.1f} s)")
    for failure in failures:
        print(f"bundle: FAILED: {failure}")
    if failures:
        return 1
    if args.readme and setup is not None and seconds is not None:
        write_readme(Figures(
            date=datetime.date.today().isoformat(), machine=machine(),
            python=platform.python_version(), pyinstaller=importlib.metadata.version("pyinstaller"),
            build_s=seconds, folder_mb=round(size_mb), largest=", ".join(
                f"{name} {size / 1_000_000:.1f} MB" for size, name in largest(folder, 6)),
            cli_selftest_s=self_test_s["simdesk-cli"], gui_selftest_s=self_test_s["simdesk"],
            setup_mb=setup_mb, makensis_s=makensis_s))
        print(f"bundle: the figures are written into {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
