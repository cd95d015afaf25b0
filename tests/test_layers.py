"""The layering of docs/architecture.md, checked on the source: no import circles, no Qt or
HTTP server in the lower layers, and storage below everything else of simdesk.

Imports are read with ``ast`` from every module under simdesk/, at any depth (inside
functions too: a lazy import is still a dependency), except those under
``if TYPE_CHECKING:``, which never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "simdesk"

GUI_AND_HTTP = ("PySide6", "shiboken6", "bottle", "waitress")
LOWER_LAYERS = ("simdesk.storage", "simdesk.domain", "simdesk.checking")
ABOVE_STORAGE = ("simdesk.domain", "simdesk.api", "simdesk.gui", "simdesk.checking")


def module_files(root: Path = ROOT) -> dict[str, Path]:
    """Dotted module name → file, for every module of the package (a package is its
    ``__init__.py``)."""
    found: dict[str, Path] = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement below ``node``, skipping the bodies of ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield from _import_nodes_of(other)
            continue
        yield from _import_nodes_of(child)


def _import_nodes_of(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    yield from _import_nodes(node)


def imported_names(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """The dotted names ``module`` imports: ``import a.b`` gives a.b; ``from a import b``
    gives a and a.b (b may be a module or a name; the caller keeps what exists).  Relative
    imports are resolved against ``module``."""
    names: set[str] = set()
    for node in _import_nodes(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
            continue
        if node.level:
            base = module.split(".")
            if not is_package:
                base = base[:-1]
            base = base[: len(base) - (node.level - 1)]
            prefix = ".".join([*base, node.module] if node.module else base)
        else:
            prefix = node.module or ""
        names.add(prefix)
        names.update(f"{prefix}.{alias.name}" for alias in node.names if alias.name != "*")
    return names


def import_graph(files: dict[str, Path]) -> dict[str, set[str]]:
    """Module → the simdesk modules it imports."""
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        names = imported_names(path.read_text(encoding="utf-8"), module,
                               is_package=path.name == "__init__.py")
        targets: set[str] = set()
        for name in names:
            if name in files:
                targets.add(name)
            elif name.rpartition(".")[0] in files and name.startswith(PACKAGE + "."):
                targets.add(name.rpartition(".")[0])  # ``from pkg import some_function``
        targets.discard(module)
        graph[module] = targets
    return graph


def external_imports(files: dict[str, Path]) -> dict[str, set[str]]:
    """Module → every dotted name it imports (simdesk's and others')."""
    return {
        module: imported_names(path.read_text(encoding="utf-8"), module,
                               is_package=path.name == "__init__.py")
        for module, path in files.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle per strongly connected component of more than one module (Tarjan), each
    as a path that starts and ends at the same module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        # Iterative depth-first search: (node, iterator over its successors).
        work: list[tuple[str, Iterator[str]]] = []

        def enter(node: str) -> None:
            nonlocal counter
            index[node] = low[node] = counter
            counter += 1
            stack.append(node)
            on_stack.add(node)
            work.append((node, iter(sorted(graph.get(node, ())))))

        enter(start)
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in index:
                    enter(succ)
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component: set[str] = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_circle_in(graph, component) for component in components]


def _circle_in(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A shortest circle through the first module (by name) of a strongly connected set."""
    start = min(component)
    paths: dict[str, list[str]] = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for succ in sorted(graph.get(node, ())):
            if succ == start:
                return [*paths[node], start]
            if succ in component and succ not in paths:
                paths[succ] = [*paths[node], succ]
                queue.append(succ)
    raise AssertionError(f"no circle found in {sorted(component)}")  # pragma: no cover


def _under(module: str, packages: Iterable[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


# ------------------------------------------------------------------ the checker itself


def test_checker_reads_every_kind_of_import() -> None:
    source = '''
from __future__ import annotations
import os.path
from typing import TYPE_CHECKING
from simdesk.storage import db, models as m
from . import sibling
from ..errors import ConfigurationError
if TYPE_CHECKING:
    from simdesk.gui.app import run_desktop
else:
    import simdesk.api.core
def later() -> None:
    class Inner:
        def method(self) -> None:
            from simdesk.checking import runs
'''
    names = imported_names(source, "simdesk.domain.thing")
    assert {"os.path", "simdesk.storage.db", "simdesk.storage.models", "simdesk.domain.sibling",
            "simdesk.errors.ConfigurationError", "simdesk.api.core",
            "simdesk.checking.runs"} <= names
    assert not any(n.startswith("simdesk.gui") for n in names)
    # A package's own relative import starts from the package itself.
    assert "simdesk.storage.db" in imported_names("from . import db", "simdesk.storage",
                                                  is_package=True)


def test_checker_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"d"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_old_storage_circle_would_be_found(tmp_path: Path) -> None:
    """The circle this test was written for (backup → migrations → seed_import → backup),
    rebuilt in a scratch package: the real graph reader names it."""
    pkg = tmp_path / PACKAGE / "storage"
    pkg.mkdir(parents=True)
    (tmp_path / PACKAGE / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "backup.py").write_text("from simdesk.storage import migrations\n")
    (pkg / "migrations.py").write_text(
        "def step() -> None:\n    from simdesk.storage.seed_import import x\n")
    (pkg / "seed_import.py").write_text("from simdesk.storage.backup import copy_sqlite\n")
    found = cycles(import_graph(module_files(tmp_path)))
    assert found == [["simdesk.storage.backup", "simdesk.storage.migrations",
                      "simdesk.storage.seed_import", "simdesk.storage.backup"]]


# ------------------------------------------------------------------ simdesk's own layers


@pytest.fixture(scope="module")
def files() -> dict[str, Path]:
    found = module_files()
    assert "simdesk.storage.migrations" in found and "simdesk.gui.app" in found
    return found


def test_no_import_circles(files: dict[str, Path]) -> None:
    found = cycles(import_graph(files))
    assert not found, "import circles: " + "; ".join(" → ".join(c) for c in found)


def test_lower_layers_import_no_qt_and_no_http_server(files: dict[str, Path]) -> None:
    wrong = sorted(
        f"{module} imports {name}"
        for module, names in external_imports(files).items()
        if _under(module, LOWER_LAYERS)
        for name in names
        if name.split(".")[0] in GUI_AND_HTTP
    )
    assert wrong == []


def test_storage_imports_nothing_above_it(files: dict[str, Path]) -> None:
    wrong = sorted(
        f"{module} imports {name}"
        for module, names in external_imports(files).items()
        if _under(module, ("simdesk.storage",))
        for name in names
        if _under(name, ABOVE_STORAGE)
    )
    assert wrong == []


@pytest.mark.parametrize(("lower", "upper"), [
    ("simdesk.gui", "simdesk.api"),  # the window and the APIs are peers over the domain
    ("simdesk.api", "simdesk.gui"),
    ("simdesk.domain", "simdesk.runtime"),
    ("simdesk.checking", "simdesk.runtime"),
    ("simdesk.api", "simdesk.runtime"),
])
def test_peers_and_the_root(files: dict[str, Path], lower: str, upper: str) -> None:
    """Only the composition root (simdesk.runtime) and the entry points see every part; the
    GUI reaches the servers through the runtime, never by importing simdesk.api."""
    wrong = sorted(
        f"{module} imports {name}"
        for module, names in external_imports(files).items()
        if _under(module, (lower,))
        for name in names
        if _under(name, (upper,))
    )
    assert wrong == []


def test_only_the_entry_points_build_the_runtime(files: dict[str, Path]) -> None:
    """simdesk.runtime is the composition root: the CLI, the window's start and its Qt
    adapter (gui/context.py), the tools and the self-test use it; nothing below them may."""
    allowed = {"simdesk.cli", "simdesk.gui.app", "simdesk.gui.context",
               "simdesk.tools.screenshots", "simdesk.selftest"}
    users = sorted(module for module, names in external_imports(files).items()
                   if any(_under(name, ("simdesk.runtime",)) for name in names))
    assert set(users) <= allowed, users
