"""The interface language: translations installed at run time, .ts sources complete and the
compiled .qm files up to date."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtWidgets import QApplication

from simdesk.gui import i18n
from simdesk.gui.dialogs.first_admin import FirstAdminDialog
from simdesk.gui.models.users_model import UsersModel
from simdesk.gui.pages.settings_page import SettingsPage
from simdesk.gui.pages.users import UsersPage
from simdesk.tools import i18n as tool

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def app(qapp):
    yield qapp
    i18n.set_language(qapp, "en")  # back to the source texts for the other tests


def test_language_list_and_default():
    assert i18n.LANGUAGES == (("uz", "Oʻzbekcha"), ("ru", "Русский"), ("en", "English"))
    assert i18n.DEFAULT == "uz"
    assert i18n.normalize("RU") == "ru"
    assert i18n.normalize("de") == "uz"
    assert i18n.normalize(None) == "uz"


def test_switching_the_language_translates_the_pages(app, gui_ctx, qtbot):
    titles = {}
    for code in ("ru", "uz", "en"):
        i18n.set_language(app, code)
        assert i18n.current_language() == code
        page = SettingsPage(gui_ctx)
        qtbot.addWidget(page)
        titles[code] = page.title()
        users_page = UsersPage(gui_ctx)
        qtbot.addWidget(users_page)
        assert users_page.title() == (tool.translation_of(code, "UsersPage", "Users")
                                      if code != "en" else "Users")
    assert titles["en"] == "Settings"
    assert titles["ru"] == tool.translation_of("ru", "SettingsPage", "Settings") == "Настройки"
    assert titles["uz"] == tool.translation_of("uz", "SettingsPage", "Settings") == "Sozlamalar"


def test_model_headers_and_inherited_texts_are_translated(app, db, qtbot):
    i18n.set_language(app, "ru")
    model = UsersModel()
    from PySide6.QtCore import Qt

    assert model.headerData(0, Qt.Orientation.Horizontal) == "Логин"
    dialog = FirstAdminDialog()
    qtbot.addWidget(dialog)
    dialog.password.setText("Toshkent-2024")
    dialog.password2.setText("Toshkent-2025")
    dialog.accept()  # the mismatch text comes from the base class FormDialog
    assert dialog.error_label.text() == tool.translation_of(
        "ru", "FormDialog", "The two passwords differ; type the same password twice.")
    assert dialog.windowTitle() == "Создание администратора"


def test_every_text_is_translated_to_uzbek_and_russian():
    for lang in tool.TRANSLATED:
        assert tool.untranslated(lang, use_dicts=False) == [], (
            f"untranslated texts in simdesk_{lang}.ts: add them to "
            f"resources/i18n/translations_{lang}.py and run python -m simdesk.tools.i18n all")



def test_uzbek_uses_the_turned_comma():
    table = tool.load_translations("uz")
    texts = [form for entry in table.values()
             for form in ((entry,) if isinstance(entry, str) else entry)]
    plain = [text for text in texts if "o'" in text.lower() or "g'" in text.lower()]
    assert plain == []
    assert any("ʻ" in text for text in texts)


def test_placeholders_survive_translation():
    import re

    marks = r"\{[0-9A-Za-z_]*\}|%L?n|%[vm]"
    for lang in tool.TRANSLATED:
        for source, entry in tool.load_translations(lang).items():
            wanted = sorted(re.findall(marks, source))
            for text in (entry,) if isinstance(entry, str) else entry:
                assert sorted(re.findall(marks, text)) == wanted, (lang, source)


def test_compiled_qm_files_are_up_to_date(tmp_path):
    for path in tool.compile_ts(out_dir=tmp_path):
        shipped = tool.I18N_DIR / path.name
        assert shipped.exists(), f"{shipped.name} missing: python -m simdesk.tools.i18n compile"
        assert shipped.read_bytes() == path.read_bytes(), (
            f"{shipped.name} is older than its .ts: python -m simdesk.tools.i18n compile")


@pytest.mark.skipif(importlib.util.find_spec("simdesk.gui.pages.checks_log") is None
                    or importlib.util.find_spec("simdesk.gui.pages.dashboard") is None,
                    reason="the main window needs every page")
def test_language_switch_from_the_settings_page(app, main_window, gui_ctx, qtbot):
    page = main_window.show_page("settings")
    assert isinstance(page, SettingsPage)
    combo = page.fields[i18n.SETTINGS_KEY]
    combo.setCurrentIndex(combo.findData("ru"))
    with qtbot.waitSignal(main_window.language_change_requested, timeout=5_000):
        assert page.save()
    qtbot.waitUntil(lambda: main_window.pages["settings"] is not page, timeout=5_000)
    assert main_window.current_page_id() == "settings"
    assert main_window.pages["settings"].title() == "Настройки"
    assert main_window.sidebar.item(main_window.sidebar.count() - 1).text() == "Настройки"
    assert gui_ctx.qsettings().value(i18n.SETTINGS_KEY) == "ru"
    assert i18n.current_language() == "ru"
    assert isinstance(QApplication.instance(), QApplication)


def test_a_file_with_too_many_rows_is_refused_in_the_users_language(qapp):
    from simdesk.domain.fileparse import MAX_ROWS, parse_text
    from simdesk.gui import i18n
    from simdesk.gui.errors import error_text

    text = "\n".join(["8999801000000000006"] * (MAX_ROWS + 1))
    try:
        parse_text(text)
    except Exception as exc:  # the refusal under test
        refused = exc
    else:
        raise AssertionError("a file over the row cap was read")
    try:
        i18n.set_language(qapp, "ru")
        assert error_text(refused).startswith(
            "В файле больше 1\u00a0000\u00a0000 строк; разделите его на файлы не больше чем по "
            "1\u00a0000\u00a0000 строк.")
    finally:
        i18n.set_language(qapp, "en")
