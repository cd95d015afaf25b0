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

_APOSTROPHES: Final = str.maketrans({"'": "ʻ", "‘": "ʻ", "’": "ʻ", "`": "ʻ", "ʼ": "ʻ"})
_CANONICAL: Final = {r.casefold(): r for r in REGIONS}


def canonical_region(text: str) -> str:
    """A known region in its canonical spelling (o' → oʻ, any case); other text unchanged."""
    cleaned = " ".join(text.split())
    return _CANONICAL.get(cleaned.translate(_APOSTROPHES).casefold(), cleaned)
