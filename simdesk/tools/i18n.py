"""Translations of the desktop window (Qt Linguist).

    python -m simdesk.tools.i18n update    # lupdate simdesk/gui/**/*.py -> resources/i18n/*.ts
    python -m simdesk.tools.i18n fill      # translations_<lang>.py -> the .ts files
    python -m simdesk.tools.i18n missing   # texts still untranslated (add them to the dicts)
    python -m simdesk.tools.i18n compile   # pyside6-lrelease *.ts -> *.qm
    python -m simdesk.tools.i18n all       # update, fill, compile

The translations themselves live in ``resources/i18n/translations_uz.py`` and
``translations_ru.py``: a dict ``TRANSLATIONS`` from the English source text to its
translation (a key ``"Context|source"`` overrides one context).  ``fill`` writes them into the
``.ts`` files (existing translations made in Qt Linguist are kept unless the dict has the
text), so after new strings arrive: ``update``, ``missing``, add them to the dicts, ``all``.

Counted texts (``self.tr("%n card(s) added.", "", n)``, a ``numerus`` message in the .ts
files) take a tuple of the language's plural forms, in Qt's order: Russian has three (one:
1, 21 …; few: 2–4, 22 …; many: 5–20, 25 …), Uzbek one (written into both of the slots Qt
keeps for it)::

    "%n card(s) added.": ("%n SIM-карта добавлена.", "%n SIM-карты добавлены.",
                          "%n SIM-карт добавлено."),

A plain string for a counted text is used for every form.
"""

from __future__ import annotations

import argparse
import runpy
import shutil

# subprocess runs Qt's own lupdate/lrelease with fixed arguments and no shell; the XML
# parsed is the repository's own .ts files.
import subprocess  # nosec B404
import sys
import xml.etree.ElementTree as etree  # nosec B405
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent.parent
GUI_DIR: Final = ROOT / "simdesk" / "gui"
I18N_DIR: Final = ROOT / "resources" / "i18n"
LANGS: Final = ("uz", "ru", "en")
TRANSLATED: Final = ("uz", "ru")  # English is the source language
TARGET_LANGUAGE: Final = {"uz": "uz_UZ", "ru": "ru_RU", "en": "en_US"}
# How many plural forms Qt's numerus rules give each language (Qt gives Uzbek English's
# one/other pair; Uzbek says "5 ta simkarta" like "1 ta simkarta", so one form given in the
# dict fills both).
NUMERUS_FORMS: Final = {"uz": 2, "ru": 3, "en": 2}

Entry = str | tuple[str, ...]


def ts_path(lang: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"simdesk_{lang}.ts"


def qm_path(lang: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"simdesk_{lang}.qm"


def _tool(name: str) -> str:
    """A PySide6 tool: next to this Python first (the virtualenv), then on PATH."""
    for candidate in (Path(sys.executable).parent / name,
                      Path(sys.executable).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name}).")
    return found


def gui_sources() -> list[Path]:
    return sorted(p for p in GUI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def update(langs: Iterable[str] = LANGS) -> None:
    """Extract the texts of every simdesk/gui/**/*.py into the .ts files; translations
    already there are kept, texts gone from the code are dropped."""
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in gui_sources()]
    for lang in langs:
        subprocess.run(  # nosec B603
            [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
             "-source-language", "en_US", "-target-language", TARGET_LANGUAGE[lang],
             *sources, "-ts", str(ts_path(lang).relative_to(ROOT))],
            check=True, cwd=ROOT)


def compile_ts(langs: Iterable[str] = LANGS, out_dir: Path | None = None) -> list[Path]:
    """Compile the .ts files to .qm (next to them, or into ``out_dir``)."""
    written = []
    for lang in langs:
        target = qm_path(lang, out_dir or I18N_DIR)
        subprocess.run(  # nosec B603
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(target)],
            check=True, cwd=ROOT)
        written.append(target)
    return written


def load_translations(lang: str, folder: Path = I18N_DIR) -> dict[str, Entry]:
    """The dict of ``translations_<lang>.py``: a text, or a tuple of plural forms."""
    path = folder / f"translations_{lang}.py"
    if not path.exists():
        return {}
    found = runpy.run_path(str(path)).get("TRANSLATIONS", {})
    return {str(k): tuple(str(f) for f in v) if isinstance(v, tuple | list) else str(v)
            for k, v in dict(found).items()}


def _forms(entry: Entry, count: int) -> list[str]:
    """``count`` plural forms from an entry (a plain text fills every form; the last form
    given fills the rest)."""
    given = [entry] if isinstance(entry, str) else list(entry)
    return [given[min(n, len(given) - 1)] for n in range(count)]


def _is_numerus(message: etree.Element) -> bool:
    return message.get("numerus") == "yes"


def _text_of(element: etree.Element | None, numerus: bool) -> str:
    """What a <translation> holds: its text, or its first plural form."""
    if element is None:
        return ""
    if numerus:
        forms = [form.text or "" for form in element.findall("numerusform")]
        return forms[0] if forms and all(forms) else ""
    return element.text or ""


def _write(element: etree.Element, entry: Entry, numerus: bool, lang: str) -> bool:
    """Put ``entry`` into a <translation>; True when it changed."""
    if numerus:
        wanted = _forms(entry, NUMERUS_FORMS.get(lang, 1))
        have = [form.text or "" for form in element.findall("numerusform")]
        if have == wanted and element.get("type") is None:
            return False
        for form in list(element):
            element.remove(form)
        element.text = None
        for text in wanted:
            etree.SubElement(element, "numerusform").text = text
    else:
        text = entry if isinstance(entry, str) else entry[0]
        if element.text == text and element.get("type") is None:
            return False
        element.text = text
    element.attrib.pop("type", None)
    return True


def _parse(path: Path) -> etree.Element:
    # The repository's own translation files, written by Qt's tools: not untrusted input.
    return etree.fromstring(path.read_bytes())  # nosec B314


def _save(root: etree.Element, path: Path) -> None:
    body = etree.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n',
                    encoding="utf-8")


def _messages(root: etree.Element) -> Iterable[tuple[str, etree.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def fill(lang: str, translations: Mapping[str, Entry] | None = None) -> tuple[int, list[str]]:
    """Write the dict's translations into ``simdesk_<lang>.ts``; returns (how many were
    filled, the "Context|source" texts that are still untranslated)."""
    path = ts_path(lang)
    table = load_translations(lang) if translations is None else dict(translations)
    tree = _parse(path)
    filled = 0
    missing: list[str] = []
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        element = message.find("translation")
        if element is None:
            element = etree.SubElement(message, "translation")
        numerus = _is_numerus(message)
        wanted = table.get(f"{context}|{source}", table.get(source))
        if wanted is not None:
            if _write(element, wanted, numerus, lang):
                filled += 1
        elif element.get("type") == "unfinished" or not _text_of(element, numerus):
            missing.append(f"{context}|{source}")
    _save(tree, path)
    return filled, missing


def untranslated(lang: str, *, use_dicts: bool = True) -> list[str]:
    """The "Context|source" texts of ``simdesk_<lang>.ts`` that have no translation in the
    file (and, with ``use_dicts``, none in ``translations_<lang>.py`` either)."""
    table = load_translations(lang) if use_dicts else {}
    result = []
    for context, message in _messages(_parse(ts_path(lang))):
        source = message.findtext("source") or ""
        if f"{context}|{source}" in table or source in table:
            continue
        element = message.find("translation")
        if (element is None or element.get("type") == "unfinished"
                or not _text_of(element, _is_numerus(message))):
            result.append(f"{context}|{source}")
    return result


def translation_of(lang: str, context: str, source: str) -> str | None:
    """What the .ts file says for one text (None when absent or unfinished; the first
    plural form of a counted text)."""
    for ctx, message in _messages(_parse(ts_path(lang))):
        if ctx == context and message.findtext("source") == source:
            element = message.find("translation")
            if element is None or element.get("type") == "unfinished":
                return None
            return _text_of(element, _is_numerus(message)) or None
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simdesk.tools.i18n", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "fill", "missing", "compile", "all"))
    args = parser.parse_args(argv)
    if args.command in ("update", "all"):
        update()
        print(f"updated {', '.join(str(ts_path(lang).relative_to(ROOT)) for lang in LANGS)}")
    if args.command in ("fill", "all"):
        for lang in TRANSLATED:
            count, missing = fill(lang)
            print(f"{lang}: {count} translation(s) written, {len(missing)} missing")
    if args.command == "missing":
        status = 0
        for lang in TRANSLATED:
            for text in untranslated(lang):
                print(f"{lang}\t{text}")
                status = 1
        return status
    if args.command in ("compile", "all"):
        for path in compile_ts():
            print(f"compiled {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
