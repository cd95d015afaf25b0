"""The installer's build figures in README.md are written by ``benchmarks/bundle.py
--readme``, never typed by hand: the block re-renders to exactly itself, and the script's
rewriting replaces the block and nothing else.  (No PyInstaller build here.)"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _bundle():  # benchmarks/ is no package: load the script as a module
    script = ROOT / "benchmarks" / "bundle.py"
    spec = importlib.util.spec_from_file_location("bundle_script", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module


bundle = _bundle()


def test_the_readme_block_is_exactly_what_the_script_writes() -> None:
    block = bundle.readme_block((ROOT / "README.md").read_text(encoding="utf-8"))
    figures = bundle.parse(block)
    assert bundle.render(figures) == block
    assert 0 < figures.folder_mb < bundle.TARGET_MB
    assert figures.build_s > 0 and figures.makensis_s > 0 and figures.setup_mb > 0
    assert figures.largest.startswith("PySide6 ")


def test_a_hand_edited_figure_is_caught() -> None:
    block = bundle.readme_block((ROOT / "README.md").read_text(encoding="utf-8"))
    figures = bundle.parse(block)
    mb = figures.folder_mb
    edited = block.replace(f"| {mb} MB (target", f"| ~{mb} MB (target")
    assert edited != block
    with pytest.raises(ValueError, match="not in the format"):
        bundle.parse(edited)
    # A figure typed with another precision parses, but no longer renders to the same text.
    retyped = block.replace(f"| {figures.build_s:.1f} s |", f"| {figures.build_s:.0f} s |", 1)
    if retyped != block:
        assert bundle.render(bundle.parse(retyped)) != retyped


def test_write_readme_replaces_only_the_block(tmp_path: Path) -> None:
    figures = bundle.Figures(
        date="2026-12-02", machine="Linux x86_64, 2 cores", python="3.11.7",
        pyinstaller="6.22.3", build_s=32.25, folder_mb=146,
        largest="PySide6 61.5 MB, lxml 5.5 MB", cli_selftest_s=1.2, gui_selftest_s=1.1,
        setup_mb=45, makensis_s=80.0)
    readme = tmp_path / "README.md"
    readme.write_text(f"# title\n\nbefore\n\n{bundle.BEGIN}\nold text\n{bundle.END}\n\nafter\n",
                      encoding="utf-8")
    bundle.write_readme(figures, readme)
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# title\n\nbefore\n\n") and text.endswith("\n\nafter\n")
    assert "old text" not in text
    assert "| PyInstaller build | 32.2 s |" in text
    assert "| folder `dist/simdesk/` | 146 MB (target < 150 MB) |" in text
    assert bundle.parse(bundle.readme_block(text)) == bundle.Figures(
        **{**figures.__dict__, "build_s": 32.2})


def test_a_readme_without_the_block_is_refused(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# no figures here\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bundle-figures:begin"):
        bundle.write_readme(bundle.parse(bundle.readme_block(
            (ROOT / "README.md").read_text(encoding="utf-8"))), readme)
