"""Every word in the user's language (issue 10, part C): the registry of problem and error
texts with every code translated, plural forms, numbers and dates from the locale, the
settings page's Test connection and unsaved changes, the activation report's rejected lines,
the status bar after a language change, and the dashboard chart's axis.  Real widgets on a
real database, driven with the keyboard and the mouse."""

from __future__ import annotations

import ast
import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from simdesk.checking.fake_operator import FakeOperator
from simdesk.checking.runs import EngineEvent
from simdesk.domain import settings, simcards
from simdesk.domain.codes import code_problem
from simdesk.gui import i18n
from simdesk.gui.errors import INVALID_STYLE, error_text
from simdesk.storage.models import SimCard
from simdesk.tools import i18n as tool
from tests.helpers import iccid, pack

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parent.parent
# The layers whose errors and problems reach the window (the API's and the CLI's own codes
# never do; api/server.py's do: a port in use is shown in the status bar).
SCANNED_OUT = ("simdesk/gui/", "simdesk/api/", "simdesk/tools/", "simdesk/cli.py")
SCANNED_IN = ("simdesk/api/server.py",)
# Codes whose refusal of a selection of cards has its own text (params "kind": "selection").
SELECTION_CODES = ("invalid_code", "simcard_not_found", "transition_refused")


@pytest.fixture
def app(qapp):
    yield qapp
    i18n.set_language(qapp, "en")


def registry() -> dict[str, str]:
    from simdesk.gui.problems import TEXTS

    return TEXTS


def problem_text(problem: str) -> str:
    from simdesk.gui.problems import problem_text as text

    return text(problem)


def domain_codes() -> dict[str, str]:
    """Every problem and error code the domain, storage and checking layers can raise, with
    the file that raises it: ``code="…"`` keywords, ``Problem("…", …)``, the token errors'
    codes and the error classes' ``default_code``."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "simdesk").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(SCANNED_OUT) and rel not in SCANNED_IN:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                for keyword in node.keywords:
                    if keyword.arg == "code" and isinstance(keyword.value, ast.Constant) \
                            and isinstance(keyword.value.value, str) and keyword.value.value:
                        found.setdefault(keyword.value.value, rel)
                if name in ("Problem", "_token_error") and node.args \
                        and isinstance(node.args[0], ast.Constant):
                    found.setdefault(str(node.args[0].value), rel)
            if isinstance(node, ast.Assign) and any(
                    getattr(target, "id", "") == "default_code" for target in node.targets):
                assert isinstance(node.value, ast.Constant)
                found.setdefault(str(node.value.value), rel)
    return found


# ------------------------------------------------------------------ the registry


def test_every_problem_and_error_code_has_uzbek_and_russian_texts():
    codes = domain_codes()
    # The scan finds what it should (a broken scan must not pass by finding nothing).
    assert {"code_check_digit", "duplicate_in_input", "phone_invalid", "setting_range",
            "password_too_short", "invalid_code", "busy", "disk_full", "port_in_use",
            "login_throttled", "token_expired"} <= set(codes)
    assert len(codes) > 100
    texts = registry()
    missing = sorted(f"{code} ({where})" for code, where in codes.items() if code not in texts)
    assert missing == [], "add these codes to simdesk/gui/problems.py: " + ", ".join(missing)
    for code in SELECTION_CODES:
        assert f"{code}/selection" in registry()
    for lang in tool.TRANSLATED:
        untranslated = sorted(code for code, template in registry().items()
                              if not tool.translation_of(lang, "problems", template))
        assert untranslated == [], (
            f"no {lang} text for {untranslated}: add them to "
            f"resources/i18n/translations_{lang}.py and run python -m simdesk.tools.i18n all")


def test_a_problem_keeps_its_english_text_for_the_api_and_the_cli():
    from simdesk.errors import Problem

    problem = code_problem("8999801700000000004")
    assert isinstance(problem, Problem) and problem.code == "code_check_digit"
    assert problem.params == {"expected": "1", "actual": "4"}
    assert problem.startswith("fails the check digit: the last digit should be 1, not 4")
    import json
    assert json.loads(json.dumps({"reason": problem})) == {"reason": str(problem)}


@pytest.mark.parametrize("lang", ["uz", "ru"])
def test_problems_and_errors_are_shown_in_the_language_without_english(app, db, lang):
    from simdesk.domain import users
    from simdesk.errors import ValidationError

    i18n.set_language(app, lang)
    check = problem_text(code_problem("8999801700000000004"))
    assert "1" in check and "4" in check and "check digit" not in check
    template = registry()["code_check_digit"]
    assert check == tool.translation_of(lang, "problems", template).format(expected="1",
                                                                          actual="4")
    length = problem_text(code_problem("899980170000000"))
    assert "15" in length and "digits" not in length
    with pytest.raises(ValidationError) as weak:
        users.add_user("aziz", "short", "operator")
    text = error_text(weak.value)
    assert "8" in text
    assert "password" not in text.lower() and "\n\n" not in text  # no English paragraph
    with pytest.raises(ValidationError) as phone:
        simcards.create_card(iccid(1), phone="12345")
    assert "+998 90 123 45 67" in error_text(phone.value)
    assert "Uzbek phone" not in error_text(phone.value)
    with pytest.raises(ValidationError) as setting:
        settings.set_many({"checks.concurrency": 0})
    text = error_text(setting.value)
    assert "1" in text and "128" in text and "must be between" not in text


# ------------------------------------------------------------------ bulk add and scanner


@pytest.fixture
def page(cards_page):
    return cards_page


def test_bulk_add_reasons_in_russian(app, page, qtbot):
    i18n.set_language(app, "ru")
    simcards.bulk_add(simcards.entries_from_codes(pack(1, 50)), source="cli")
    dialog = page.open_bulk_dialog()
    good = pack(2)
    bad_luhn = good[1][:-1] + str((int(good[1][-1]) + 1) % 10)
    lines = [good[0], bad_luhn, "899980170000000", good[0], pack(1, 50)[0],
             f"{pack(1, 3)[0]};+998 11 222 33 44"]
    dialog.paste_text.setFocus()
    for line in lines:
        qtbot.keyClicks(dialog.paste_text, line)
        qtbot.keyClick(dialog.paste_text, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=5000)
    reasons = [dialog.results.data(dialog.results.index(r, 3))
               for r in range(dialog.results.rowCount())]
    ru = {code: tool.translation_of("ru", "problems", text) for code, text in registry().items()}
    assert reasons[1] == ru["code_check_digit"].format(expected=good[1][-1],
                                                       actual=bad_luhn[-1])
    assert reasons[2] == ru["code_length"].format(digits="15")
    assert reasons[3] == ru["duplicate_in_input"].format(first="1")
    assert reasons[4] == ru["already_stored"]
    assert reasons[5] == ru["phone_invalid"]
    english = ("check digit", "appears twice", "digits;", "already stored", "phone")
    assert not [r for r in reasons if any(word in r for word in english)]
    # Counted texts in Russian plural forms.  The card with the bad phone is added without
    # it (issue 11), its line shown with the phone's reason.
    assert dialog.message.text().startswith("Добавлены 2 SIM-карты.")
    assert "4 строки не приняты" in dialog.message.text()


def test_scanner_reasons_in_uzbek_and_no_stale_reasons_below(app, page, qtbot):
    i18n.set_language(app, "uz")
    dialog = page.open_bulk_dialog()
    dialog.paste_text.setFocus()
    qtbot.keyClicks(dialog.paste_text, "12345")
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=5000)
    assert dialog.message.isVisible()  # "… see the reasons below", with the table below
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(dialog.TAB_SCANNER).center())
    assert dialog.tabs.currentIndex() == dialog.TAB_SCANNER
    assert not dialog.results_box.isVisible()
    assert not dialog.message.isVisible()  # no "reasons below" with nothing below
    bad = iccid(4)[:-1] + str((int(iccid(4)[-1]) + 1) % 10)
    qtbot.keyClicks(dialog.scan_input, bad)
    qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Return)
    text = dialog.scan_status.text()
    assert dialog.scan_status.property("outcome") == "refused"
    assert "Nazorat raqami notoʻgʻri" in text and iccid(4)[-1] in text
    assert "check digit" not in text
    bar_pos = bar.tabRect(dialog.TAB_PASTE).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar_pos)
    assert dialog.message.isVisible()  # back with its table


def test_field_tooltips_are_translated(app, page, qtbot):
    i18n.set_language(app, "ru")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    dialog = page.edit_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.code, iccid(1))
    qtbot.keyClicks(dialog.phone, "12345")
    dialog.save()
    assert dialog.phone.property("simdeskInvalid")
    assert dialog.phone.toolTip() == tool.translation_of("ru", "problems",
                                                         registry()["phone_invalid"])
    assert "Uzbek" not in dialog.message.text() and "12345" in dialog.message.text()
    assert SimCard.select().count() == 0


def test_user_dialog_refusals_in_russian(app, gui_ctx, qtbot):
    from simdesk.domain import users
    from simdesk.gui.dialogs.user_dialog import UserDialog

    users.add_user("aziz", "Toshkent-2024", "operator")
    i18n.set_language(app, "ru")
    dialog = UserDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "bobur")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.password2, "short")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    text = dialog.error_label.text()
    assert "8" in text and "password" not in text.lower() and "\n\n" not in text
    assert text.startswith("Пароль должен быть не короче 8 символов.")
    assert dialog.password.property("simdeskInvalid")
    assert dialog.password.toolTip() == "Пароль должен быть не короче 8 символов."
    # A name already taken: the field marked, the text Russian (no English message).
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "aziz")
    for edit in (dialog.password, dialog.password2):
        edit.clear()
        qtbot.keyClicks(edit, "Samarqand-2025")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Пользователь aziz уже есть; выберите другое имя."
    assert dialog.username.property("simdeskInvalid")
    assert dialog.username.toolTip() == dialog.error_label.text()
    assert [u.username for u in users.list_users()] == ["aziz"]


def test_shop_dialog_refusals_in_uzbek(app, gui_ctx, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from simdesk.gui.dialogs.shop_dialog import ShopDialog
    from simdesk.storage.models import Shop

    i18n.set_language(app, "uz")
    dialog = ShopDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.phone_edit, "+998 11 222 33 44")
    qtbot.keyClicks(dialog.latitude_edit, "91")
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    text = dialog.error_label.text()
    assert "Magazin nomini kiritish shart." in text
    assert "Telefon raqami Oʻzbekiston raqami emas" in text
    assert "-90 dan 90 gacha" in text
    assert not [word for word in ("required", "must be", "Uzbek phone") if word in text]
    assert dialog.is_marked("name") and dialog.is_marked("latitude")
    assert Shop.select().count() == 0


# ------------------------------------------------------------------ plurals, numbers, dates


def test_russian_and_uzbek_plural_forms(app):
    i18n.set_language(app, "ru")
    forms = {n: QCoreApplication.translate("SimCardsPage", "%Ln card(s)", None, n)
             for n in (1, 2, 5, 21, 1000)}
    assert forms == {1: "1 SIM-карта", 2: "2 SIM-карты", 5: "5 SIM-карт", 21: "21 SIM-карта",
                     1000: "1\u00a0000 SIM-карт"}
    assert QCoreApplication.translate("ShopsPage", "%Ln shop(s)", None, 3) == "3 магазина"
    i18n.set_language(app, "uz")
    assert QCoreApplication.translate("SimCardsPage", "%Ln card(s)", None, 1) == "1 ta simkarta"
    assert QCoreApplication.translate("SimCardsPage", "%Ln card(s)", None, 5) == "5 ta simkarta"


def test_the_tool_keeps_plain_entries_and_writes_plural_forms():
    ru = tool.load_translations("ru")
    assert isinstance(ru["Dashboard"], str)  # plain entries keep working
    assert ru["%Ln card(s)"] == ("%Ln SIM-карта", "%Ln SIM-карты", "%Ln SIM-карт")
    assert tool._forms("один", 3) == ["один", "один", "один"]
    assert tool._forms(("a", "b"), 3) == ["a", "b", "b"]


def test_numbers_and_dates_follow_the_language(app, db, qtbot):
    from simdesk.gui import formats
    from simdesk.gui.models.cards_model import COL, CardsTableModel
    from simdesk.gui.widgets.charts import thousands

    i18n.set_language(app, "ru")
    assert thousands(1234567) == "1\u00a0234\u00a0567"
    assert formats.date_text(date(2026, 3, 5)) == "05.03.2026"
    i18n.set_language(app, "en")
    assert thousands(1234567) == "1,234,567"
    assert formats.date_text(date(2026, 3, 5)) == "3/5/2026"
    i18n.set_language(app, "uz")
    assert formats.date_text(date(2026, 3, 5)) == "05/03/2026"
    simcards.bulk_add(simcards.entries_from_codes(pack(1)), source="cli")
    model = CardsTableModel()
    card = SimCard.get()
    shown = model.data(model.index(0, COL["added"]))
    assert shown == formats.datetime_text(card.added_date)
    assert shown.startswith(formats.date_text(formats.to_local(card.added_date)))


# ------------------------------------------------------------------ status bar, notices


def finished(run_id: str, checked: int = 3) -> EngineEvent:
    return EngineEvent(type="finished", run_id=run_id, kind="selection", state="done",
                       total=checked, checked=checked, changed=1, errors=0)


def test_status_bar_summary_follows_a_language_change(app, main_window, gui_ctx, qtbot):
    from simdesk.gui.pages.settings_page import SettingsPage

    i18n.set_language(app, "uz")
    main_window.rebuild_pages()
    from types import SimpleNamespace

    gui_ctx.bridge.run_finished.emit(finished("r-1", 1234))
    gui_ctx.bridge.newly_sold.emit([SimpleNamespace(shop_name="Chorsu")] * 5)
    qtbot.waitUntil(lambda: bool(main_window.last_result.toolTip()), timeout=3000)
    assert main_window.last_result.toolTip() == "5 ta simkarta yangi sotildi: Chorsu"
    uzbek = main_window.last_result.text()
    assert "1\u00a0234" in uzbek
    page = main_window.show_page("settings")
    assert isinstance(page, SettingsPage)
    combo = page.fields[i18n.SETTINGS_KEY]
    combo.setCurrentIndex(combo.findData("ru"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.pages["settings"] is not page, timeout=5000)
    russian = main_window.last_result.text()
    assert russian != uzbek
    assert main_window.last_result.toolTip() == "Новые продажи — 5 SIM-карт: Chorsu"
    assert russian == tool.translation_of(
        "ru", "MainWindow", "Last check: {0} checked, {1} newly sold, {2} errors").format(
        "1\u00a0234", "0", "0")


def test_the_background_check_notice_is_replaced_by_its_result(page, qtbot, gui_ctx):
    from simdesk.domain import shops

    shop = shops.create_shop({"name": "Chorsu", "region": "Toshkent shahri"}).id
    result = simcards.bulk_add(simcards.entries_from_codes(pack(3)), source="cli")
    ids = list(result.created_ids.values())
    simcards.assign_cards(int(shop), ids=ids, source="cli")
    with FakeOperator(latency=0.0, sold_share=0.0) as operator:
        settings.set_value("status_source.url", operator.url)
        page.refresh()
        page.view.setFocus()
        page.view.selectAll()
        page.act_check_selected.trigger()
        assert "background" in page.notice.text()
        qtbot.waitUntil(lambda: "background" not in page.notice.text(), timeout=15_000)
    assert page.notice.text() == "3 card(s) checked: 0 changed, 0 newly sold, 0 error(s)."


# ------------------------------------------------------------------ settings


@pytest.fixture
def settings_page(gui_ctx, qtbot):
    from simdesk.gui.pages.settings_page import SettingsPage

    settings.set_many({"api.main_port": 0, "api.status_port": 0})
    widget = SettingsPage(gui_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_test_connection_tests_what_is_typed_without_saving(settings_page, qtbot):
    url = settings_page.fields["status_source.url"]
    assert isinstance(url, QLineEdit)
    with FakeOperator(answers={iccid(7): "sold"}) as operator:
        url.setFocus()
        qtbot.keyClicks(url, operator.url)
        settings_page.test_code.clear()
        qtbot.keyClicks(settings_page.test_code, iccid(7))
        qtbot.mouseClick(settings_page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: settings_page.test_button.isEnabled(), timeout=15_000)
        assert settings_page.test_result.text().startswith("Connected")
        assert operator.requests >= 1
        typed = operator.url
    assert settings.get("status_source.url") == ""  # tested, not saved
    assert settings_page.changed() == {"status_source.url": typed}


def test_test_connection_refuses_a_typed_value_with_the_reason(app, settings_page, qtbot):
    url = settings_page.fields["status_source.url"]
    assert isinstance(url, QLineEdit)
    url.setFocus()
    qtbot.keyClicks(url, "ftp://operator")
    qtbot.mouseClick(settings_page.test_button, Qt.MouseButton.LeftButton)
    assert url.property("simdeskInvalid") and url.styleSheet() == INVALID_STYLE
    assert "http:// or https://" in settings_page.test_result.text()
    assert settings_page.test_button.isEnabled()  # nothing started


def test_source_kinds_are_named_for_the_user(settings_page):
    kind = settings_page.fields["status_source.kind"]
    names = [kind.itemText(i) for i in range(kind.count())]
    assert names == ["The old status service (/check-simcard-status)",
                     "An operator's JSON API"]
    assert "activation report" in kind.toolTip()


def leave_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "unsavedSettings" \
                and widget.isVisible():
            return widget
    return None


def click_sidebar(window, qtbot, page_id: str) -> None:
    from simdesk.gui.main_window import PAGES

    row = [p[0] for p in PAGES].index(page_id)
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.center()))


def test_leaving_settings_with_unsaved_changes_asks(main_window, qtbot):
    page = main_window.show_page("settings")
    interval = page.fields["checks.stop_after_failures"]
    interval.setFocus()
    interval.selectAll()
    qtbot.keyClicks(interval, "25")
    assert page.changed() == {"checks.stop_after_failures": 25}
    # Cancel: stay, the edit kept.
    click_sidebar(main_window, qtbot, "shops")
    qtbot.waitUntil(lambda: leave_box() is not None, timeout=3000)
    box = leave_box()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert main_window.current_page_id() == "settings"
    assert main_window.stack.currentWidget() is page
    assert page.changed() == {"checks.stop_after_failures": 25}
    # Discard: go, nothing saved.
    click_sidebar(main_window, qtbot, "shops")
    qtbot.waitUntil(lambda: leave_box() is not None, timeout=3000)
    qtbot.mouseClick(leave_box().button(QMessageBox.StandardButton.Discard),
                     Qt.MouseButton.LeftButton)
    assert main_window.current_page_id() == "shops"
    assert settings.get("checks.stop_after_failures") == 10
    # Save: go, saved.
    click_sidebar(main_window, qtbot, "settings")
    interval.setFocus()
    interval.selectAll()
    qtbot.keyClicks(interval, "25")
    click_sidebar(main_window, qtbot, "shops")
    qtbot.waitUntil(lambda: leave_box() is not None, timeout=3000)
    qtbot.mouseClick(leave_box().button(QMessageBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert main_window.current_page_id() == "shops"
    assert settings.get("checks.stop_after_failures") == 25
    # Nothing changed: no question.
    click_sidebar(main_window, qtbot, "settings")
    click_sidebar(main_window, qtbot, "shops")
    assert leave_box() is None and main_window.current_page_id() == "shops"


# ------------------------------------------------------------------ activation report


def test_activation_report_lists_and_saves_the_lines_not_applied(main_window, tmp_path, qtbot):
    from simdesk.gui.dialogs.activation_report import ActivationReportDialog

    codes = pack(3)
    simcards.bulk_add(simcards.entries_from_codes(codes), source="cli")
    report = tmp_path / "activations.csv"
    report.write_text(f"iccid,date\n{codes[0]},2026-11-20\n{iccid(40)},2026-11-21\n"
                      f"12345,2026-11-21\n{codes[1]},someday\n", encoding="utf-8")
    main_window.import_activations(str(report))
    qtbot.waitUntil(lambda: isinstance(main_window.activation_dialog, ActivationReportDialog),
                    timeout=10_000)
    dialog = main_window.activation_dialog
    assert isinstance(dialog, ActivationReportDialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [r[:2] for r in rows] == [["3", iccid(40)], ["4", "12345"], ["5", codes[1]]]
    assert rows[0][2] == "The card is not stored."
    assert rows[1][2].startswith("Not a valid code: The code has 5 digits")
    assert rows[2][2].startswith("The activation date someday cannot be read")
    # Saved as the CLI saves it (same columns, same English reasons), through the guard.
    target = tmp_path / "rejected.csv"
    dialog.save_to(target)
    qtbot.waitUntil(lambda: dialog.saved_to == target, timeout=5000)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        saved = list(csv.reader(fh))
    assert saved[0] == ["line", "code", "reason"]
    assert [r[:2] for r in saved[1:]] == [["3", iccid(40)], ["4", "12345"], ["5", codes[1]]]
    assert saved[1][2] == "not stored" and saved[2][2].startswith("code has 5 digits")
    assert str(target) in dialog.message.text()
    # The data folder's database is refused, with the reason, and left alone.
    from simdesk.storage.db import sqlite_file

    live = sqlite_file(main_window.ctx.data_dir)
    before = live.read_bytes()[:100] if live.exists() else b""
    dialog.save_to(live)
    qtbot.waitUntil(lambda: "live database" in dialog.message.text(), timeout=5000)
    assert (live.read_bytes()[:100] if live.exists() else b"") == before
    dialog.close()


# ------------------------------------------------------------------ chart


def test_chart_axis_labels_are_whole_numbers_on_their_gridlines(qtbot):
    from simdesk.gui.widgets.charts import DailyBarChart, axis_ticks

    assert axis_ticks(8) == [0, 2, 4, 6, 8]
    assert axis_ticks(7) == [0, 2, 4, 6, 8]
    assert axis_ticks(3) == [0, 1, 2, 3]
    assert axis_ticks(1234) == [0, 500, 1000, 1500]
    for value in (1, 2, 3, 5, 7, 8, 9, 10, 11, 23, 99, 101, 4321):
        ticks = axis_ticks(value)
        step = ticks[1]
        assert str(step)[0] in "125" and set(str(step)[1:]) <= {"0"}
        assert ticks[-1] >= value and ticks[-2] < value
        assert len(ticks) <= 6
    chart = DailyBarChart()
    qtbot.addWidget(chart)
    chart.resize(640, 220)
    chart.set_data([(date(2026, 11, d), v) for d, v in zip(range(1, 6), [1, 8, 3, 0, 5],
                                                           strict=True)])
    axis = chart.y_axis()
    assert [label for label, _y in axis] == ["0", "2", "4", "6", "8"]
    gaps = {axis[i][1] - axis[i + 1][1] for i in range(len(axis) - 1)}
    assert max(gaps) - min(gaps) <= 1  # evenly spaced: each label on its own gridline
