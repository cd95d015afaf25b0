"""The main window as a whole: pages, status bar, auto-check feedback, state, one instance,
the schedule, and the desktop program started for real."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from simdesk.checking.fake_operator import FakeOperator
from simdesk.domain import settings, shops, simcards
from simdesk.gui.app import SingleInstance
from simdesk.gui.main_window import PAGES, MainWindow
from simdesk.runtime import Binding
from simdesk.storage.models import SimCard
from tests.helpers import pack
from tests.test_cli import STRONG_PASSWORD, clean_env, ok, run


def test_every_page_is_there_and_reachable(main_window, qtbot):
    assert [main_window.sidebar.item(i).data(0x0100) for i in range(len(PAGES))] == [
        p[0] for p in PAGES]
    for number, (page_id, _m, _c) in enumerate(PAGES, start=1):
        action = main_window.findChild(type(main_window.actions()[0]), f"show-{page_id}")
        assert action is not None and action.shortcut().toString() == f"Ctrl+{number}"
        action.trigger()
        assert main_window.current_page_id() == page_id
        assert main_window.stack.currentWidget() is main_window.pages[page_id]
        assert main_window.pages[page_id].title()


def test_status_bar_names_both_servers(main_window, gui_ctx):
    main = gui_ctx.servers["main"].url
    status = gui_ctx.servers["status"].url
    assert main and status
    assert main in main_window.main_label.text()
    assert status in main_window.status_label.text()
    assert requests.get(f"{main}/health", timeout=5).status_code == 200


def test_busy_port_is_reported_with_its_number(gui_ctx, qtbot):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        gui_ctx.start_servers(Binding("127.0.0.1", port, 0))
        window = MainWindow(gui_ctx, tray=False)
        qtbot.addWidget(window)
        assert gui_ctx.servers["main"].url is None
        assert str(port) in (gui_ctx.servers["main"].error or "")
        assert str(port) in window.main_label.text()
        assert gui_ctx.servers["status"].url  # the other one still runs
        window.quitting = True


def test_auto_check_progress_and_newly_sold_in_the_status_bar(main_window, gui_ctx, qtbot):
    operator = FakeOperator(latency=0.0, sold_share=1.0).start()
    try:
        settings.set_value("status_source.url", operator.url)
        shop = shops.create_shop({"name": "Chorsu"})
        simcards.bulk_add(simcards.entries_from_codes(pack(5)), source="cli")
        simcards.assign_cards(shop.id, count=5, source="cli")
        main_window.findChild(type(main_window.actions()[0]), "autoCheckNow").trigger()
        qtbot.waitUntil(lambda: "Chorsu" in main_window.last_result.toolTip(), timeout=10_000)
        qtbot.waitUntil(lambda: not main_window.check_progress.isVisible(), timeout=10_000)
        assert main_window.last_result.text() == (
            "Last check: 5 checked, 5 newly sold, 0 errors")
        assert main_window.last_result.toolTip() == "5 card(s) newly sold: Chorsu"
        assert SimCard.select().where(SimCard.status == "sold").count() == 5
    finally:
        operator.stop()


def test_geometry_and_page_are_remembered(gui_ctx, qtbot):
    first = MainWindow(gui_ctx, tray=False)
    qtbot.addWidget(first)
    first.resize(first.minimumWidth() + 40, 650)
    size = (first.width(), first.height())
    first.show_page("shops")
    first.save_state()
    first.quitting = True
    second = MainWindow(gui_ctx, tray=False)
    qtbot.addWidget(second)
    assert second.current_page_id() == "shops"
    assert (second.width(), second.height()) == size
    second.quitting = True


def test_language_rebuild_keeps_the_page(main_window):
    main_window.show_page("simcards")
    main_window.rebuild_pages()
    assert main_window.current_page_id() == "simcards"
    assert len(main_window.pages) == len(PAGES)


def test_single_instance_asks_the_first_to_come_forward(data_dir, qtbot):
    first = SingleInstance(data_dir)
    assert first.ask_running_instance() is False
    first.listen()
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert SingleInstance(data_dir).ask_running_instance() is True
        assert SingleInstance(data_dir / "other").ask_running_instance() is False
    finally:
        first.close()


def test_the_window_runs_the_runtimes_one_schedule(main_window, gui_ctx, qtbot):
    """No schedule of the window's own: Settings pokes the runtime's scheduler, whose
    thread picks the change up at once, and the dashboard shows its next turn."""
    assert gui_ctx.scheduler is gui_ctx.runtime.scheduler and gui_ctx.scheduler.running
    assert gui_ctx.scheduler.next_run_at is None  # off by default
    settings.set_value("auto_check.enabled", True)
    settings.set_value("auto_check.interval_minutes", 30)
    gui_ctx.settings_changed()
    qtbot.waitUntil(lambda: gui_ctx.scheduler.next_run_at is not None, timeout=3000)
    dashboard = main_window.pages["dashboard"]
    dashboard.update_auto_check()
    assert "(in 30 min)" in dashboard.next_check_label.text()
    settings.set_value("auto_check.enabled", False)
    gui_ctx.settings_changed()
    qtbot.waitUntil(lambda: gui_ctx.scheduler.next_run_at is None, timeout=3000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.skipif(sys.platform == "win32", reason="offscreen subprocess test for POSIX")
def test_the_desktop_program_starts_serves_and_is_single(tmp_path: Path):
    data = tmp_path / "data"
    ok(run(data, "users", "add", "boss", "--role", "admin", "--password-stdin",
           stdin=STRONG_PASSWORD + "\n"))
    main_port, status_port = free_port(), free_port()
    env = clean_env(QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "simdesk", "--data-dir", str(data), "--main-port",
         str(main_port), "--status-port", str(status_port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 20
        answered = False
        while time.monotonic() < deadline and not answered:
            try:
                answered = requests.get(f"http://127.0.0.1:{main_port}/health",
                                        timeout=1).status_code == 200
            except requests.ConnectionError:
                time.sleep(0.2)
        assert answered, proc.stderr.read() if proc.poll() is not None else "no answer"
        assert requests.get(f"http://127.0.0.1:{status_port}/health", timeout=2).ok
        second = subprocess.run(
            [sys.executable, "-m", "simdesk", "--data-dir", str(data)],
            capture_output=True, text=True, env=env, timeout=30)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")


def test_quit_closes_the_window_even_with_close_to_tray(main_window, gui_ctx):
    gui_ctx.qsettings().setValue("window/close_to_tray", True)
    main_window.quit_app()
    assert main_window.quitting is True
    assert not main_window.isVisible()


def test_activation_report_from_the_window(main_window, tmp_path, qtbot):
    from PySide6.QtWidgets import QApplication, QDialog

    codes = pack(3)
    simcards.bulk_add(simcards.entries_from_codes(codes), source="cli")
    report = tmp_path / "activations.csv"
    report.write_text(f"iccid,date\n{codes[0]},2026-11-20\n{codes[1]},2026-11-21\n12345,x\n",
                      encoding="utf-8")
    main_window.import_activations(str(report))

    def shown() -> QDialog | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.objectName() == "activationReport":
                return widget
        return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=10_000)
    box = shown()
    assert box is not None
    assert box.summary.text() == (
        "activations.csv: now sold 2, already sold 0, unknown codes 0, invalid lines 1.")
    assert {c.code for c in SimCard.select().where(SimCard.status == "sold")} == set(codes[:2])
    box.close()



def test_shortcuts_survive_a_language_change(main_window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    before = sorted(a.shortcut().toString() for a in main_window.actions()
                    if not a.shortcut().isEmpty())
    main_window.rebuild_pages()
    # Instead of a pause: every event the rebuild posted has been handled, the deferred
    # deletions of the old pages and actions included.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    after = sorted(a.shortcut().toString() for a in main_window.actions()
                   if isinstance(a, QAction) and not a.shortcut().isEmpty())
    assert after == before
    assert len(after) == len(set(after))


def test_page_shortcuts_are_there(main_window, qtbot):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QDialog

    def keys(page_id: str, name: str) -> list[str]:
        action = main_window.pages[page_id].findChild(QAction, f"{page_id}-{name}")
        assert action is not None, f"{page_id}-{name}"
        return [k.toString() for k in action.shortcuts()] or [action.shortcut().toString()]

    assert "Ins" in keys("shops", "add")
    assert "Ins" in keys("users", "add")
    assert "Del" in keys("users", "delete")
    assert "Ctrl+F" in keys("checks", "search")
    page = main_window.show_page("checks")
    page.findChild(QAction, "checks-search").trigger()
    qtbot.waitUntil(lambda: page.code_edit.hasFocus() or QApplication.focusWidget()
                    is page.code_edit, timeout=2000)
    users_page = main_window.show_page("users")
    users_page.findChild(QAction, "users-add").trigger()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible()]
    assert dialogs
    for dialog in dialogs:
        dialog.reject()


def test_qt_standard_buttons_speak_uzbek_and_russian(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from simdesk.gui.i18n import set_language

    buttons = QDialogButtonBox.StandardButton
    try:
        set_language(qapp, "uz")
        box = QDialogButtonBox(buttons.Cancel | buttons.Close)
        assert sorted(b.text() for b in box.buttons()) == ["Bekor qilish", "Yopish"]
        set_language(qapp, "ru")
        box = QDialogButtonBox(buttons.Close)
        assert [b.text() for b in box.buttons()] == ["Закрыть"]
    finally:
        set_language(qapp, "en")


def test_check_all_now_says_when_another_simdesk_runs_the_auto_check(main_window, gui_ctx,
                                                                      qtbot):
    from PySide6.QtWidgets import QMessageBox

    from simdesk.checking import lease

    operator = FakeOperator().start()
    try:
        settings.set_value("status_source.url", operator.url)
        shop = shops.create_shop({"name": "Chorsu"})
        simcards.bulk_add(simcards.entries_from_codes(pack(3)), shop_id=shop.id, source="cli")
        lease.acquire(lease.AUTO_CHECK, "kassa-2:4242:abcd", "run-elsewhere", 60)
        main_window.findChild(type(main_window.actions()[0]), "autoCheckNow").trigger()

        def box() -> QMessageBox | None:
            return next((w for w in main_window.findChildren(QMessageBox) if w.isVisible()),
                        None)

        qtbot.waitUntil(lambda: box() is not None, timeout=5000)
        shown = box()
        assert shown is not None
        assert shown.text().startswith(
            "An auto-check is already running in another simdesk on this database "
            "(kassa-2:4242:abcd); none was started here.")
        shown.close()
        assert operator.requests == 0
    finally:
        operator.stop()
