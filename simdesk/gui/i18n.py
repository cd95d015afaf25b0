"""The interface language: Oʻzbekcha (default), Русский or English.

Translations are Qt Linguist files in ``resources/i18n`` (``simdesk_<code>.ts`` sources,
compiled to ``.qm``; see ``python -m simdesk.tools.i18n``).  English is the source language
and needs no ``.qm``.  Qt's own dialogs (buttons of message boxes …) use ``qtbase_<code>.qm``
from the Qt installation when there is one.
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from simdesk.resources import resource_path

log = logging.getLogger("simdesk.gui")

LANGUAGES: Final = (("uz", "Oʻzbekcha"), ("ru", "Русский"), ("en", "English"))
# The locale of each language: numbers (and %Ln in counted texts) and dates.
LOCALES: Final = {"uz": "uz_Latn_UZ", "ru": "ru_RU", "en": "en_US"}
DEFAULT: Final = "uz"
SETTINGS_KEY: Final = "ui/language"

_installed: list[QTranslator] = []
_current: str = "en"  # nothing installed yet: the source texts (English) show


def language_codes() -> tuple[str, ...]:
    return tuple(code for code, _name in LANGUAGES)


def normalize(code: object) -> str:
    """A known language code; anything else gives the default."""
    text = str(code or "").strip().lower()
    return text if text in language_codes() else DEFAULT


def translations_dir() -> str:
    return str(resource_path("i18n"))


def current_language() -> str:
    return _current


def set_language(app: QCoreApplication, code: str) -> None:
    """Install the translators of ``code`` (replacing those of the previous language).
    Widgets built afterwards show the new language: the main window rebuilds its pages."""
    global _current
    code = normalize(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        own = QTranslator(app)
        if own.load(f"simdesk_{code}", translations_dir()):
            app.installTranslator(own)
            _installed.append(own)
        else:
            log.warning("no translation file simdesk_%s.qm in %s", code, translations_dir())
        qtbase = QTranslator(app)
        found = next((folder for folder in qt_translations_dirs()
                      if qtbase.load(f"qtbase_{code}", folder)), None)
        if found is not None:
            app.installTranslator(qtbase)
            _installed.append(qtbase)
        else:  # Uzbek: Qt has none; simdesk's own file covers the standard buttons
            log.info("Qt has no translation qtbase_%s.qm", code)
    _current = code
    QLocale.setDefault(QLocale(LOCALES[code]))


def qt_translations_dirs() -> list[str]:
    """Where Qt's own translations (``qtbase_ru.qm`` …: the file dialog, the standard
    buttons, the context menus of text fields) are looked for: the Qt installation's
    folder, then a copy shipped in ``resources/i18n`` (the installer puts one there)."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               translations_dir()]
    return [folder for folder in folders if folder]


def saved_language(qsettings: QSettings) -> str:
    """The language chosen in Settings (``ui/language``), or the default."""
    return normalize(qsettings.value(SETTINGS_KEY, DEFAULT))


def apply_saved_language(app: QCoreApplication, qsettings: QSettings) -> str:
    """At start, before the main window is built: install the saved language."""
    code = saved_language(qsettings)
    set_language(app, code)
    return code
