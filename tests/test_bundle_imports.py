"""What build_installer.spec leaves out of the frozen program as never imported
(UNUSED_LIBRARY_PARTS) is indeed never imported: not by simdesk's code, wherever an import
stands (functions included), nor by what those imports pull in.  A new
``from phonenumbers import geocoder`` or ``rich.traceback.install()`` fails here, before a
bundle that would break only where it is installed."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _left_out() -> list[str]:
    tree = ast.parse((ROOT / "build_installer.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id == "UNUSED_LIBRARY_PARTS"):
            return list(ast.literal_eval(node.value))
    raise AssertionError("build_installer.spec has no UNUSED_LIBRARY_PARTS list")


def _imported_by_simdesk() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "simdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _covered(name: str, parts: list[str]) -> str | None:
    return next((part for part in parts if name == part or name.startswith(part + ".")), None)


def test_the_left_out_parts_are_named_in_the_spec() -> None:
    parts = _left_out()
    assert "phonenumbers.geodata" in parts and "pygments" in parts


def test_simdesk_imports_none_of_the_left_out_parts() -> None:
    parts = _left_out()
    used = {name: _covered(name, parts) for name in _imported_by_simdesk()}
    assert {name: part for name, part in used.items() if part} == {}
    # The parts it does use, next to them, are still imported (the check sees real imports).
    assert "phonenumbers.carrier" in used and "rich.progress" in used


def test_importing_everything_simdesk_imports_loads_none_of_them() -> None:
    parts = _left_out()
    modules = sorted(name for name in _imported_by_simdesk() if not name.startswith("simdesk"))
    code = (
        "import importlib, json, pkgutil, sys\n"
        "import simdesk\n"
        "for info in pkgutil.walk_packages(simdesk.__path__, 'simdesk.'):\n"
        "    if not info.name.endswith('__main__'):  # that one runs the program\n"
        "        importlib.import_module(info.name)\n"
        f"for name in {modules!r}:\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ImportError:\n"
        "        pass  # 'from package import function' names: not modules\n"
        "from rich.console import Console\n"
        "from rich.table import Table\n"
        "from rich.progress import Progress\n"
        "import io\n"
        "console = Console(file=io.StringIO(), force_terminal=True)\n"
        "table = Table('a :smile:')\n"
        "table.add_row('[bold]x[/bold]')\n"
        "console.print(table)\n"
        "with Progress(console=console) as progress:\n"
        "    progress.add_task('t', total=2)\n"
        "from simdesk.domain import phones\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert "simdesk.gui.app" in loaded and "phonenumbers.carrier" in loaded
    assert sorted(name for name in loaded if _covered(name, parts)) == []
