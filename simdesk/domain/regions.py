"""Regions (viloyatlar) of Uzbekistan for the shop form; free text is still allowed."""

from __future__ import annotations

from typing import Final

REGIONS: Final = (
    "Qoraqalpogʻiston Respublikasi",
    "Andijon viloyati",
    "Buxoro viloyati",
    "Fargʻona viloyati",
    "Jizzax viloyati",
    "Xorazm viloyati",
    "Namangan viloyati",
    "Navoiy viloyati",
    "Qashqadaryo viloyati",
    "Samarqand viloyati",
    "Sirdaryo viloyati",
    "Surxondaryo viloyati",
    "Toshkent viloyati",
    "Toshkent shahri",
)

_APOSTROPHES: Final = str.maketrans(dict.fromkeys("'‘’`ʼʻ", ""))


def _key(text: str) -> str:
    return " ".join(text.split()).translate(_APOSTROPHES).casefold()


_CANONICAL: Final = {_key(r): r for r in REGIONS}


def canonical_region(text: str) -> str:
    """A known region in its canonical spelling (o', o` or o → oʻ, any case); other text
    unchanged."""
    return _CANONICAL.get(_key(text), " ".join(text.split()))
