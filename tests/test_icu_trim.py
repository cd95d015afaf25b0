"""resources/installer/icu_trim.py, the smaller ICU data library of the Linux bundle: which
items stay, the package written back readable, and the real PySide6 library trimmed with
every kept item byte for byte the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "resources" / "installer"))
import icu_trim  # noqa: E402


@pytest.mark.parametrize(("item", "kept"), [
    ("icudt73l/ru.res", True),
    ("icudt73l/uz_Cyrl_UZ.res", True),
    ("icudt73l/en_GB.res", True),
    ("icudt73l/root.res", True),
    ("icudt73l/pool.res", True),
    ("icudt73l/res_index.res", True),
    ("icudt73l/supplementalData.res", True),
    ("icudt73l/coll/ru.res", True),
    ("icudt73l/coll/ucadata.icu", True),
    ("icudt73l/zone/uz_Latn.res", True),
    ("icudt73l/brkitr/line.brk", True),
    ("icudt73l/ibm-5347_P100-1998.cnv", True),   # windows-1251
    ("icudt73l/cnvalias.icu", True),
    ("icudt73l/nfkc.nrm", True),
    ("icudt73l/de.res", False),
    ("icudt73l/coll/zh.res", False),
    ("icudt73l/lang/ja_JP.res", False),
    ("icudt73l/brkitr/cjdict.dict", False),
    ("icudt73l/gb18030.cnv", False),
    ("icudt73l/translit/root.res", False),
    ("icudt73l/rbnf/ru.res", False),
])
def test_which_items_stay(item: str, kept: bool) -> None:
    assert icu_trim.keep(item) is kept


def _package(items: list[tuple[str, bytes]]) -> bytes:
    header = bytearray(32)
    header[0:4] = (32).to_bytes(2, "little") + b"\xda\x27"
    header[12:16] = b"CmnD"
    return icu_trim.write_package(bytes(header), items)


def test_a_package_reads_back_what_was_written() -> None:
    items = [("icudt73l/a.res", b"x" * 5), ("icudt73l/b/c.res", b"y" * 40), ("z.icu", b"")]
    header, read = icu_trim.read_package(_package(items))
    assert len(header) == 32
    assert [name for name, _ in read] == [name for name, _ in items]
    for (_, written), (_, blob) in zip(items, read, strict=True):
        assert blob.rstrip(b"\0") == written  # each item padded to 16 bytes, no more
        assert len(blob) == len(written) + (-len(written) % 16)


def test_not_a_package_is_refused() -> None:
    with pytest.raises(ValueError, match="not an ICU common data package"):
        icu_trim.read_package(b"\0" * 64)


def _pyside_icudata() -> Path:
    qt = pytest.importorskip("PySide6").__path__[0]
    found = sorted(Path(qt, "Qt", "lib").glob("libicudata.so.*"))
    if not found or not icu_trim.available():
        pytest.skip("no Qt ICU data library here (Linux PySide6) or no binutils")
    return found[0].resolve()


def test_the_real_library_trimmed_keeps_its_items_unchanged(tmp_path: Path) -> None:
    library = _pyside_icudata()
    out = icu_trim.trim(library, tmp_path)
    assert out.name == library.name
    soname = "Library soname: [libicudata.so."
    assert soname in subprocess.run(["readelf", "-d", str(out)], capture_output=True,
                                    text=True, check=True).stdout
    assert out.stat().st_size < 8_000_000 < library.stat().st_size

    def items(path: Path) -> dict[str, bytes]:
        _symbol, offset, size = icu_trim.data_symbol(path)
        with path.open("rb") as fh:
            fh.seek(offset)
            return dict(icu_trim.read_package(fh.read(size))[1])

    before, after = items(library), items(out)
    assert set(after) == {name for name in before if icu_trim.keep(name)}
    assert all(after[name].rstrip(b"\0") == before[name].rstrip(b"\0") for name in after)
    assert any(name.endswith("/coll/ru.res") for name in after)
