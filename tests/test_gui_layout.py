"""Layout: nothing clipped in any of the three languages at 1280×800 (every page on demo
data, the dialogs at their default size, the status bar's texts); region names in the
user's language; the shop list keeps its width after a language switch."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from simdesk.checking.demo import build_demo
from simdesk.checking.fake_operator import FakeOperator
from simdesk.checking.runs import EngineEvent
from simdesk.domain import shops
from simdesk.domain.regions import REGIONS
from simdesk.gui import i18n
from simdesk.gui.main_window import PAGES, MainWindow
from simdesk.runtime import Binding
from tests.conftest import make_runtime

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LANGUAGES = ("uz", "ru", "en")
SIZE = (1280, 800)


# ------------------------------------------------------------------ what "clipped" means

def _label_clipped(label: QLabel) -> str | None:
    text = label.text()
    if not text:
        return None
    if label.wordWrap():  # it may take lines, not more room than it has
        need = label.heightForWidth(label.width())
        have = label.height()
        return (f"wrapped label {text!r}: needs height {need}, has {have}"
                if need > have + 1 else None)
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        need = int(document.idealWidth() + 0.5)
    else:
        need = label.fontMetrics().size(0, text).width()
    need += 2 * label.margin() + max(label.indent(), 0)
    have = label.contentsRect().width()
    return f"label {text!r}: needs {need}, has {have}" if need > have + 1 else None


def _button_clipped(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    need, have = button.sizeHint().width(), button.width()
    name = type(button).__name__
    return f"{name} {button.text()!r}: needs {need}, has {have}" if need > have + 1 else None


def _combo_clipped(combo: QComboBox) -> list[str]:
    """Each choice as the closed combo box would show it once chosen."""
    if combo.isEditable():
        return []  # an editable combo is a text field: it scrolls
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.rect = combo.rect()
    option.frame = combo.hasFrame()
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    out = []
    for index in range(combo.count()):
        text = combo.itemText(index)
        need = combo.fontMetrics().horizontalAdvance(text)
        if not combo.itemIcon(index).isNull():
            need += combo.iconSize().width() + 4
        if need > field.width() + 1:
            out.append(f"combo choice {text!r}: needs {need}, has {field.width()}")
    return out


def _placeholder_clipped(edit: QLineEdit) -> str | None:
    text = edit.placeholderText()
    if edit.text() or not text or not isinstance(edit.parent(), QWidget) or isinstance(
            edit.parent(), (QComboBox, QAbstractSpinBox)):
        return None
    need = edit.fontMetrics().horizontalAdvance(text) + 12
    if edit.isClearButtonEnabled():
        need += 20
    have = edit.width()
    return f"placeholder {text!r}: needs {need}, has {have}" if need > have else None


def _header_clipped(header: QHeaderView) -> list[str]:
    model = header.model()
    if header.orientation() != Qt.Orientation.Horizontal or model is None:
        return []
    out = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        need = header.sectionSizeFromContents(logical).width()
        have = header.sectionSize(logical)
        if need > have:
            title = model.headerData(logical, Qt.Orientation.Horizontal)
            out.append(f"header {title!r}: needs {need}, has {have}")
    return out


def _tabs_clipped(bar: QTabBar) -> list[str]:
    return [f"tab {bar.tabText(i)!r}: needs {bar.tabSizeHint(i).width()}, has "
            f"{bar.tabRect(i).width()}"
            for i in range(bar.count())
            if bar.tabRect(i).width() < bar.tabSizeHint(i).width()]


def _progress_clipped(bar: QProgressBar) -> str | None:
    text = bar.text()
    if not bar.isTextVisible() or not text:
        return None
    need = bar.fontMetrics().horizontalAdvance(text) + 8
    have = bar.width()
    return f"progress {text!r}: needs {need}, has {have}" if need > have else None


def clipped_texts(top: QWidget) -> list[str]:
    """Every visible text in ``top`` that is narrower than it needs."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            problem = _label_clipped(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_clipped(widget)
        elif isinstance(widget, QComboBox):
            found += _combo_clipped(widget)
            continue
        elif isinstance(widget, QLineEdit):
            problem = _placeholder_clipped(widget)
        elif isinstance(widget, QProgressBar):
            problem = _progress_clipped(widget)
        elif isinstance(widget, QHeaderView):
            found += _header_clipped(widget)
            continue
        elif isinstance(widget, QTabBar):
            found += _tabs_clipped(widget)
            continue
        else:
            continue
        if problem:
            found.append(problem)
    return found


# ------------------------------------------------------------------ fixtures

@pytest.fixture
def language(qapp) -> Iterator[None]:
    yield
    i18n.set_language(qapp, "en")  # the source texts again for the other tests


@pytest.fixture
def demo_ctx(db, data_dir, qtbot):
    """The window's context on the demo data (shops in several regions, cards, sales)."""
    from simdesk.gui.context import AppContext

    operator = FakeOperator(sold_share=0.35).start()
    build_demo(data_dir, status_url=operator.url)
    ctx = AppContext(make_runtime(db, data_dir).start(schedule=False))
    try:
        yield ctx
    finally:
        ctx.shutdown()
        operator.stop()


def open_window(ctx, qtbot, qapp, lang: str) -> MainWindow:
    i18n.set_language(qapp, lang)
    window = MainWindow(ctx, tray=False)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle(qapp) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def page_problems(window: MainWindow, qapp) -> list[str]:
    problems = []
    assert (window.width(), window.height()) == SIZE, "the window does not fit 1280×800"
    for page_id, _module, _cls in PAGES:
        page = window.show_page(page_id)
        if page_id == "shops":  # the detail panel of a selected shop too
            page.table.selectRow(0)
        settle(qapp)
        problems += [f"{page_id}: {p}" for p in clipped_texts(window)]
    return problems


# ------------------------------------------------------------------ the tests

@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_clips_a_text_at_1280x800(lang, language, demo_ctx, qtbot, qapp):
    window = open_window(demo_ctx, qtbot, qapp, lang)
    problems = page_problems(window, qapp)
    assert problems == [], "clipped:\n" + "\n".join(problems)
    window.quitting = True


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dialogs_clip_no_text_at_their_default_size(lang, language, demo_ctx, qtbot, qapp):
    from simdesk.domain.simcards import CardFilter, list_cards
    from simdesk.gui.dialogs.assign import AssignDialog
    from simdesk.gui.dialogs.bulk_add import BulkAddDialog
    from simdesk.gui.dialogs.card_edit import CardEditDialog
    from simdesk.gui.dialogs.first_admin import FirstAdminDialog
    from simdesk.gui.dialogs.shop_dialog import ShopDialog
    from simdesk.gui.dialogs.user_dialog import UserDialog

    i18n.set_language(qapp, lang)
    card = list_cards(CardFilter(), limit=1)[0]
    shop = shops.get_shop(shops.shop_query(shops.ShopFilter()).first().id)
    dialogs = {
        "first admin": FirstAdminDialog(),
        "add shop": ShopDialog(None),
        "edit shop": ShopDialog(shop),
        "add card": CardEditDialog(None),
        "edit card": CardEditDialog(card.id),
        "assign": AssignDialog(demo_ctx, [card.id]),
        "bulk add": BulkAddDialog(demo_ctx),
        "user": UserDialog(),
    }
    problems = []
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        tabs = getattr(dialog, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            settle(qapp)
            problems += [f"{name}: {p}" for p in clipped_texts(dialog)]
        dialog.reject()
    assert problems == [], "clipped:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_status_bar_texts_fit(lang, language, demo_ctx, qtbot, qapp):
    """The busy-port message and the auto-check's progress text at 1280×800."""
    with socket.socket() as busy, socket.socket() as busy_too:
        for sock in (busy, busy_too):
            sock.bind(("127.0.0.1", 0))
            sock.listen(1)
        demo_ctx.start_servers(Binding("127.0.0.1", busy.getsockname()[1],
                                       busy_too.getsockname()[1]))
        window = open_window(demo_ctx, qtbot, qapp, lang)
        assert demo_ctx.servers["main"].url is None
        assert demo_ctx.servers["status"].url is None
        bar = window.check_progress
        # a run's progress (in place of the last result) and then its result, as the
        # engine sends them, with both servers' busy ports
        window._on_run_finished(EngineEvent("finished", "r1", "auto", "done",
                                            total=1_000_000, checked=1_000_000, changed=0,
                                            errors=12_345, newly_sold=()))
        for checked in (0, 9_999, 999_999):
            window._on_run_event(EngineEvent("progress", "r2", "auto", "running",
                                             total=1_000_000, checked=checked, changed=0,
                                             errors=0))
        settle(qapp)
        assert bar.isVisible()
        problems = clipped_texts(window.statusBar())
        window._on_run_finished(EngineEvent("finished", "r2", "auto", "done",
                                            total=1_000_000, checked=1_000_000, changed=0,
                                            errors=12_345, newly_sold=()))
        settle(qapp)
        assert window.last_result.isVisible() and not bar.isVisible()
        problems += clipped_texts(window.statusBar())
        assert problems == [], "clipped:\n" + "\n".join(problems)
        assert window.main_label.isVisible() and window.status_label.isVisible()
        port = str(busy.getsockname()[1])
        assert port in window.main_label.text()  # the short text names the port …
        assert port in window.main_label.toolTip()  # … the tooltip gives the whole reason
        assert len(window.main_label.toolTip()) > len(window.main_label.text())
        window.quitting = True


# ------------------------------------------------------------------ regions

@pytest.mark.parametrize(("lang", "andijan", "tashkent"), [
    ("ru", "Андижанская область", "город Ташкент"),
    ("en", "Andijan Region", "Tashkent City"),
    ("uz", "Andijon viloyati", "Toshkent shahri"),
])
def test_regions_are_shown_in_the_users_language(lang, andijan, tashkent, language,
                                                  demo_ctx, qtbot, qapp):
    window = open_window(demo_ctx, qtbot, qapp, lang)
    page = window.show_page("shops")
    column = page.model.column("region")
    shown = {page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())}
    assert andijan in shown and tashkent in shown
    assert "Andijon viloyati" not in shown or lang == "uz"
    combo = page.region_combo
    index = combo.findData("Andijon viloyati")  # the filter keeps the stored name
    assert combo.itemText(index) == andijan
    combo.setCurrentIndex(index)
    assert {page.proxy.index(row, column).data()
            for row in range(page.proxy.rowCount())} == {andijan}
    page.table.selectRow(0)
    assert andijan in page.detail.info.text()
    window.quitting = True


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_shop_form_shows_regions_translated_and_stores_them_canonical(
        lang, language, demo_ctx, qtbot, qapp):
    from simdesk.gui.dialogs.shop_dialog import ShopDialog
    from simdesk.gui.regions import region_text

    i18n.set_language(qapp, lang)
    andijan = shops.shop_query(shops.ShopFilter(region="Andijon viloyati")).first()
    dialog = ShopDialog(shops.get_shop(andijan.id))
    qtbot.addWidget(dialog)
    combo = dialog.region_combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        region_text(r) for r in REGIONS]
    assert "viloyati" not in combo.currentText()
    assert dialog.values()["region"] == "Andijon viloyati"
    combo.setCurrentIndex(combo.findData("Toshkent shahri"))
    dialog.accept()
    assert shops.get_shop(andijan.id).region == "Toshkent shahri"
    new = ShopDialog(None)
    qtbot.addWidget(new)
    new.name_edit.setText("Chorsu")
    new.region_combo.setCurrentText("Qoʻqon tumani")  # free text stays free text
    new.accept()
    assert shops.get_shop(new.shop_id).region == "Qoʻqon tumani"


def test_every_region_has_a_name_in_each_language(qapp, language):
    from simdesk.gui.regions import region_text

    for lang in LANGUAGES:
        i18n.set_language(qapp, lang)
        names = [region_text(r) for r in REGIONS]
        assert len(set(names)) == len(REGIONS)
        if lang == "uz":
            assert names == list(REGIONS)  # Uzbek shows the stored names themselves
        else:
            assert not set(names) & set(REGIONS), lang
    assert region_text("Toshkent shahar markazi") == "Toshkent shahar markazi"


# ------------------------------------------------------------------ the shop list's width

def test_the_shop_list_keeps_its_width_after_a_language_switch(language, demo_ctx, qtbot,
                                                               qapp):
    window = open_window(demo_ctx, qtbot, qapp, "uz")
    page = window.show_page("shops")
    settle(qapp)
    page.table.horizontalHeader().resizeSection(0, 240)  # the user's column width
    page.splitter.moveSplitter(560, 1)  # then the user's list width, nothing after it
    settle(qapp)
    sizes = page.splitter.sizes()
    i18n.set_language(qapp, "ru")
    window.rebuild_pages()
    settle(qapp)
    page = window.pages["shops"]
    assert page.isVisible() and page.splitter.sizes() == sizes
    assert page.table.horizontalHeader().sectionSize(0) == 240
    window.quitting = True


def test_the_shop_list_shows_its_text_columns_by_default(language, demo_ctx, qtbot, qapp):
    """At 1280×800 the list shows name … status whole; the detail panel keeps its room."""
    for lang in LANGUAGES:
        window = open_window(demo_ctx, qtbot, qapp, lang)
        page = window.show_page("shops")
        settle(qapp)
        header = page.table.horizontalHeader()
        status = page.model.column("status")
        right = header.sectionViewportPosition(status) + header.sectionSize(status)
        assert right <= page.table.viewport().width(), lang
        region = page.model.column("region")
        widest = max(page.table.fontMetrics().horizontalAdvance(
            page.proxy.index(row, region).data()) for row in range(page.proxy.rowCount()))
        assert widest + 8 <= header.sectionSize(region), lang  # no region name is cut
        page.table.selectRow(0)  # the detail panel shows a shop's cards' codes and statuses
        settle(qapp)
        cards = page.detail.cards_view
        status = page.detail.cards_model.COLUMN_KEYS.index("status")
        right = (cards.horizontalHeader().sectionViewportPosition(status)
                 + cards.horizontalHeader().sectionSize(status))
        assert right <= cards.viewport().width(), lang
        window.quitting = True
        window.close()
