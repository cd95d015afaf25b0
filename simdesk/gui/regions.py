"""Region names in the user's language (display only).

Shops keep a region in its canonical Uzbek spelling (:mod:`simdesk.domain.regions`); the
window shows a known region translated — the English name is the source text, the Uzbek
translation is the canonical name itself — and any other text as it was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication

from simdesk.domain.regions import canonical_region

# canonical (Uzbek) name -> its name in the user's language; literal texts for lupdate.
_NAMES: Final[dict[str, Callable[[], str]]] = {
    "Qoraqalpogʻiston Respublikasi":
        lambda: QCoreApplication.translate("Regions", "Republic of Karakalpakstan"),
    "Andijon viloyati": lambda: QCoreApplication.translate("Regions", "Andijan Region"),
    "Buxoro viloyati": lambda: QCoreApplication.translate("Regions", "Bukhara Region"),
    "Fargʻona viloyati": lambda: QCoreApplication.translate("Regions", "Fergana Region"),
    "Jizzax viloyati": lambda: QCoreApplication.translate("Regions", "Jizzakh Region"),
    "Xorazm viloyati": lambda: QCoreApplication.translate("Regions", "Khorezm Region"),
    "Namangan viloyati": lambda: QCoreApplication.translate("Regions", "Namangan Region"),
    "Navoiy viloyati": lambda: QCoreApplication.translate("Regions", "Navoi Region"),
    "Qashqadaryo viloyati": lambda: QCoreApplication.translate("Regions", "Kashkadarya Region"),
    "Samarqand viloyati": lambda: QCoreApplication.translate("Regions", "Samarkand Region"),
    "Sirdaryo viloyati": lambda: QCoreApplication.translate("Regions", "Syrdarya Region"),
    "Surxondaryo viloyati": lambda: QCoreApplication.translate("Regions", "Surkhandarya Region"),
    "Toshkent viloyati": lambda: QCoreApplication.translate("Regions", "Tashkent Region"),
    "Toshkent shahri": lambda: QCoreApplication.translate("Regions", "Tashkent City"),
}


def region_text(region: str) -> str:
    """The name of a stored region as the user reads it: a known region in the current
    language, free text unchanged."""
    name = _NAMES.get(canonical_region(region)) if region else None
    return name() if name is not None else region


def region_from_text(text: str) -> str:
    """What the shop form stores for a typed or picked region: a known region's name in
    the current language gives its canonical name; other text stays as typed (the domain
    makes the Uzbek spellings canonical itself)."""
    key = " ".join(text.split()).casefold()
    if key:
        for canonical, name in _NAMES.items():
            if name().casefold() == key:
                return canonical
    return text
