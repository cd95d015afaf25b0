"""A smaller ICU data library for the Linux bundle (used by build_installer.spec).

PySide6's Linux wheel ships Qt's ICU, and its data library, ``libicudata.so.NN``, is 32 MB:
every locale of CLDR, 200 legacy code pages, the Chinese/Japanese, Thai, Khmer, Lao and
Burmese word dictionaries.  Qt calls ICU for collation (QCollator), case mapping, legacy
text codecs (QStringConverter by name) and time-zone names; simdesk speaks Uzbek, Russian
and English.  This keeps, from ICU's common data package (the ``CmnD`` format of ICU's
``ucmndata.h``: a header, a table of contents, then the items):

* every item that is not locale data (normalization, properties, case mapping, the break
  rules, the collation root ``ucadata.icu``, the converter alias table, the shared key
  pools, supplemental data, time-zone rules);
* the locale data of ``root``, ``en*``, ``ru*`` and ``uz*`` in every tree (collation,
  currencies, languages, regions, zones, units, break-iterator locales);
* the code pages an office in Uzbekistan may meet: Windows-1251, -1252, CP866, KOI8-R,
  KOI8-U, ISO-8859-5 and ISO-8859-1 (UTF-8/16/32 and Latin-1 are built into ICU's code);

and leaves out the other locales, the other code pages, the dictionaries (Qt breaks lines
with its own tables, not ICU's dictionaries), transliteration and rule-based number
spelling (Qt calls neither).  A lookup of a left-out item finds what any ICU finds for a
locale it lacks: the root (e.g. QCollator for Chinese sorts by code point order of the root
collation, which is still there).  The result is wrapped in a shared library with binutils'
``as`` and ``ld`` (``.incbin``), exporting the same ``icudtNN_dat`` symbol and SONAME.

    python resources/installer/icu_trim.py LIBICUDATA OUT_DIR   # prints the new library
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess  # nosec B404: runs binutils' as, ld and readelf on our own files
import sys
from pathlib import Path

LANGUAGES = ("en", "ru", "uz")
CODE_PAGES = (
    "ibm-5347_P100-1998",  # windows-1251
    "ibm-5348_P100-1997",  # windows-1252
    "ibm-866_P100-1995",   # cp866 (DOS Cyrillic)
    "ibm-878_P100-1996",   # KOI8-R
    "ibm-1168_P100-2002",  # KOI8-U
    "ibm-915_P100-1995",   # ISO-8859-5
)
# Whole trees Qt never reads.
DROPPED_TREES = ("translit", "rbnf")
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
# Locale-shaped names that are not locales.
NOT_LOCALES = {"pool", "root", "res_index"}


def keep(item: str) -> bool:
    """Whether ICU item ``icudtNNl/…`` stays (see the module's text)."""
    parts = item.split("/")[1:]
    name = parts[-1]
    stem, _, ext = name.rpartition(".")
    if len(parts) > 1 and parts[0] in DROPPED_TREES:
        return False
    if ext == "dict":
        return False
    if ext == "cnv":
        return stem in CODE_PAGES
    if ext == "res" and LOCALE.match(stem) and stem not in NOT_LOCALES:
        return stem.split("_")[0] in LANGUAGES
    return True


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items (name, bytes), in table-of-contents order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (little-endian CmnD)")
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = data[start:data.index(b"\0", start)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(data) - header_size
        items.append((name, data[header_size + data_offset:header_size + end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package again: names after the table of contents, every item 16-byte aligned
    (the layout ICU's icupkg writes)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = toc_size + len(names)
    data_start += -data_start % 16
    toc = [struct.pack("<I", len(items))]
    body = bytearray()
    name_offset = toc_size
    for name, blob in items:
        toc.append(struct.pack("<II", name_offset, data_start + len(body)))
        name_offset += len(name) + 1
        body += blob
        body += b"\0" * (-len(body) % 16)
    out = header + b"".join(toc) + names
    return out + b"\0" * (len(header) + data_start - len(out)) + bytes(body)


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The library's ``icudtNN_dat`` symbol: its name, file offset and size (readelf)."""
    symbols = subprocess.run(["readelf", "-sW", str(library)], capture_output=True,  # nosec
                             text=True, check=True).stdout
    match = re.search(r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+DEFAULT\s+(\d+)\s+"
                      r"(icudt\d+_dat)", symbols)
    if match is None:
        raise ValueError(f"{library}: no icudtNN_dat symbol")
    address, size, section = int(match[1], 16), int(match[2], 0), int(match[3])
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True,  # nosec
                              text=True, check=True).stdout
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if row is None:
        raise ValueError(f"{library}: section {section} not found")
    return match[4], address - int(row[1], 16) + int(row[2], 16), size


def trim(library: Path, out_dir: Path) -> Path:
    """Write the smaller library (same file name) into ``out_dir`` and return its path."""
    symbol, offset, size = data_symbol(library)
    with library.open("rb") as fh:
        fh.seek(offset)
        package = fh.read(size)
    header, items = read_package(package)
    kept = [(name, blob) for name, blob in items if keep(name)]
    out_dir.mkdir(parents=True, exist_ok=True)
    dat = out_dir / f"{symbol[:-4]}l.dat"
    dat.write_bytes(write_package(header, kept))
    source = out_dir / "icudata.s"
    source.write_text(
        f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
        f'{symbol}:\n\t.incbin "{dat.name}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    dynamic = subprocess.run(["readelf", "-dW", str(library)], capture_output=True,  # nosec
                             text=True, check=True).stdout
    soname = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    out = out_dir / library.name
    subprocess.run(["as", "-o", "icudata.o", "icudata.s"], cwd=out_dir, check=True)  # nosec
    subprocess.run(["ld", "-shared", "-soname", soname[1] if soname else library.name,  # nosec
                    "-o", out.name, "icudata.o"], cwd=out_dir, check=True)
    return out


def available() -> bool:
    """Whether binutils (as, ld, readelf) are here to build the library."""
    return all(shutil.which(tool) for tool in ("as", "ld", "readelf"))


if __name__ == "__main__":
    print(trim(Path(sys.argv[1]), Path(sys.argv[2])))
