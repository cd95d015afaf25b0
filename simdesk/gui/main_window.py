"""The main window: a sidebar of pages, a status bar with the servers and the auto-check,
menus and shortcuts, the tray icon; geometry remembered per data folder."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QStyle,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from simdesk import __version__
from simdesk.checking.activations import ActivationReport
from simdesk.checking.runs import EngineEvent
from simdesk.gui.context import AppContext
from simdesk.gui.errors import error_text, show_error
from simdesk.gui.pages.base import Page
from simdesk.gui.tasks import TaskStatusArea
from simdesk.resources import resource_path

log = logging.getLogger("simdesk.gui")

# (page id, module, class): built in this order, Ctrl+1 … Ctrl+6.
PAGES: Final = (
    ("dashboard", "simdesk.gui.pages.dashboard", "DashboardPage"),
    ("shops", "simdesk.gui.pages.shops", "ShopsPage"),
    ("simcards", "simdesk.gui.pages.simcards", "SimCardsPage"),
    ("checks", "simdesk.gui.pages.checks_log", "ChecksLogPage"),
    ("users", "simdesk.gui.pages.users", "UsersPage"),
    ("settings", "simdesk.gui.pages.settings_page", "SettingsPage"),
)
PAGE_ICONS: Final = {
    "dashboard": QStyle.StandardPixmap.SP_ComputerIcon,
    "shops": QStyle.StandardPixmap.SP_DirHomeIcon,
    "simcards": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "checks": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "users": QStyle.StandardPixmap.SP_DirIcon,
    "settings": QStyle.StandardPixmap.SP_FileDialogInfoView,
}


def app_icon() -> QIcon:
    path = resource_path("icons", "simdesk.png")
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, ctx: AppContext, *, tray: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.quitting = False
        self.pages: dict[str, Page] = {}
        self.setWindowTitle("simdesk")
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._build_status_bar()
        self._build_pages()
        self._build_menus()
        self.tray: QSystemTrayIcon | None = None
        if tray and QSystemTrayIcon.isSystemTrayAvailable():
            self._build_tray()
        ctx.servers_changed.connect(self.update_server_labels)
        ctx.bridge.run_started.connect(self._on_run_event)
        ctx.bridge.run_progress.connect(self._on_run_event)
        ctx.bridge.run_finished.connect(self._on_run_finished)
        ctx.bridge.newly_sold.connect(self.notify_newly_sold)
        self.update_server_labels()
        self.restore_state()

    # -------------------------------------------------------------- pages

    def _build_pages(self) -> None:
        for page_id, module_name, class_name in PAGES:
            module = importlib.import_module(module_name)
            page: Page = getattr(module, class_name)(self.ctx)
            self.pages[page_id] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self.style().standardIcon(PAGE_ICONS[page_id]), page.title())
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            self.sidebar.addItem(item)
        self.sidebar.setCurrentRow(0)

    def rebuild_pages(self) -> None:
        """After a language change: every page is built again in the new language."""
        current = self.current_page_id()
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.blockSignals(False)
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._build_pages()
        self.menuBar().clear()
        for action in self.actions():  # the old language's shortcuts would clash
            self.removeAction(action)
            action.deleteLater()
        self._build_menus()
        if self.tray is not None:
            self.tray.setContextMenu(self._tray_menu())
        self.update_server_labels()
        self.show_page(current)

    def show_page(self, page_id: str) -> Page:
        ids = [p[0] for p in PAGES]
        self.sidebar.setCurrentRow(ids.index(page_id))
        return self.pages[page_id]

    def current_page_id(self) -> str:
        return PAGES[max(self.sidebar.currentRow(), 0)][0]

    # -------------------------------------------------------------- menus and shortcuts

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("Import activation report…"),
                                         self.import_activations, "Ctrl+I",
                                         "importActivations"))
        file_menu.addAction(self._action(self.tr("Back up database now"), self.backup_now,
                                         "Ctrl+B", "backupNow"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Quit"), self.quit_app, "Ctrl+Q", "quit"))
        view = bar.addMenu(self.tr("&View"))
        for number, (page_id, _m, _c) in enumerate(PAGES, start=1):
            view.addAction(self._action(self.pages[page_id].title(),
                                        self._page_opener(page_id),
                                        f"Ctrl+{number}", f"show-{page_id}"))
        view.addSeparator()
        view.addAction(self._action(self.tr("Refresh"), self.refresh_current, "F5", "refresh"))
        tools = bar.addMenu(self.tr("&Tools"))
        tools.addAction(self._action(self.tr("Auto-check now"), self.auto_check_now,
                                     "Ctrl+Shift+R", "autoCheckNow"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("About simdesk"), self.about, None, "about"))

    def _page_opener(self, page_id: str) -> Callable[[], object]:
        return lambda: self.show_page(page_id)

    def refresh_current(self) -> None:
        self.pages[self.current_page_id()].refresh()

    # -------------------------------------------------------------- status bar

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.main_label = QLabel()
        self.main_label.setObjectName("mainServerState")
        self.status_label = QLabel()
        self.status_label.setObjectName("statusServerState")
        self.check_progress = QProgressBar()
        self.check_progress.setObjectName("autoCheckProgress")
        self.check_progress.setMaximumWidth(180)
        self.check_progress.setVisible(False)
        self.last_result = QLabel()
        self.last_result.setObjectName("lastCheckResult")
        # Every running check has Stop, every other long job Cancel (issue 10).
        self.check_stop = QToolButton()
        self.check_stop.setObjectName("stopCheck")
        self.check_stop.setText(self.tr("Stop"))
        self.check_stop.setToolTip(self.tr("Stop this check; the answers so far are kept"))
        self.check_stop.setVisible(False)
        self.check_stop.clicked.connect(self.stop_check)
        self.running_check: str | None = None
        self.task_status = TaskStatusArea(self.ctx.tasks)
        bar.addWidget(self.main_label)
        bar.addWidget(self.status_label)
        bar.addPermanentWidget(self.task_status)
        bar.addPermanentWidget(self.last_result)
        bar.addPermanentWidget(self.check_progress)
        bar.addPermanentWidget(self.check_stop)

    def update_server_labels(self) -> None:
        for label, name, title in ((self.main_label, "main", self.tr("Main API")),
                                   (self.status_label, "status", self.tr("Status API"))):
            state = self.ctx.servers[name]
            if state.url:
                label.setText(self.tr("{0}: listening on {1}").format(title, state.url))
                label.setStyleSheet("color: #1b5e20;")
                label.setToolTip("")
            else:
                reason = error_text(state.problem) if state.problem else self.tr("stopped")
                label.setText(self.tr("{0}: not running").format(title))
                label.setStyleSheet("color: #b71c1c;")
                label.setToolTip(reason)
                if state.problem:
                    label.setText(self.tr("{0}: not running — {1}").format(
                        title, reason.split("\n\n", 1)[0]))

    def _on_run_event(self, event: EngineEvent) -> None:
        self.running_check = event.run_id
        self.check_stop.setVisible(True)
        self.check_stop.setEnabled(True)
        self.check_progress.setVisible(True)
        self.check_progress.setMaximum(max(event.total, 1))
        self.check_progress.setValue(event.checked)
        self.check_progress.setFormat(self.tr("Checking %v of %m"))

    def stop_check(self) -> None:
        """Cancel the running check (its calls in flight are cut off; it is stored and
        logged as cancelled)."""
        if self.running_check is not None:
            self.check_stop.setEnabled(False)
            self.ctx.engine.cancel(self.running_check)

    def _on_run_finished(self, event: EngineEvent) -> None:
        if event.run_id == self.running_check or self.ctx.engine.active_run() is None:
            self.running_check = None
            self.check_stop.setVisible(False)
        self.check_progress.setVisible(False)
        if event.state == "done":
            text = self.tr("Last check: {0} checked, {1} newly sold, {2} errors").format(
                event.checked, len(event.newly_sold), event.errors)
        else:
            text = self.tr("Last check stopped: {0}").format(event.reason or event.state)
        self.last_result.setText(text)

    # -------------------------------------------------------------- tray

    def _tray_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.bring_to_front)
        menu.addAction(self.tr("Check now"), self.auto_check_now)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self.quit_app)
        return menu

    def _build_tray(self) -> None:
        self.tray = QSystemTrayIcon(self.windowIcon(), self)
        self.tray.setToolTip("simdesk")
        self.tray.setContextMenu(self._tray_menu())
        self.tray.activated.connect(
            lambda reason: self.bring_to_front()
            if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        self.tray.show()

    def notify_newly_sold(self, sold: list[object]) -> None:
        """A desktop notification when cards were newly sold."""
        names = sorted({getattr(s, "shop_name", None) or "—" for s in sold})
        text = self.tr("{0} card(s) newly sold: {1}").format(len(sold), ", ".join(names[:5]))
        self.last_result.setToolTip(text)  # the summary stays; the shops are in the tip
        if self.tray is not None:
            self.tray.showMessage(self.tr("Newly sold"), text,
                                  QSystemTrayIcon.MessageIcon.Information, 10_000)

    # -------------------------------------------------------------- actions

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def auto_check_now(self) -> None:
        try:
            self.ctx.engine.start_run(None, kind="auto", source="check", actor="gui")
        except Exception as exc:
            show_error(self, exc)

    def backup_now(self) -> None:
        from simdesk.storage.backup import backup_database

        data_dir = self.ctx.data_dir
        task = self.ctx.tasks.run(
            lambda control: backup_database(data_dir=data_dir, check=control.check),
            name="backup",
            on_done=lambda path: self.statusBar().showMessage(
                self.tr("Backup written: {0}").format(path), 10_000),
            on_error=lambda exc: show_error(self, exc),
        )
        task.cancelled.connect(lambda: self.statusBar().showMessage(
            self.tr("Backup cancelled; nothing was written."), 10_000))

    def import_activations(self, path: str | None = None) -> None:
        """The operator's activation report (CSV/XLSX): listed cards become sold."""
        from simdesk.checking.activations import import_activations

        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Operator's activation report"), "",
                self.tr("Reports (*.csv *.xlsx *.txt);;All files (*)"))
        if not path:
            return
        chosen = Path(path)
        self.ctx.tasks.run(
            lambda control: import_activations(chosen, actor="gui"),
            name="activations",
            on_done=self._activations_done,
            on_error=lambda exc: show_error(self, exc),
            progress_parent=self,
            progress_title=self.tr("Importing the activation report"),
        )

    def _activations_done(self, report: ActivationReport) -> None:
        counts = report.counts
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Activation report"), self.tr(
            "{0} card(s) now sold, {1} already sold, {2} unknown code(s), {3} invalid "
            "line(s)."
        ).format(counts["soldNow"], counts["alreadySold"], counts["unknown"],
                 counts["invalid"]), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("activationReport")
        box.open()
        self.ctx.changed_here()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About simdesk"), self.tr(
            "simdesk {0}\nShops, SIM cards and sales for a mobile-operator dealer's office."
        ).format(__version__))

    # -------------------------------------------------------------- state and closing

    def restore_state(self) -> None:
        qs = self.ctx.qsettings()
        geometry = qs.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        page = qs.value("window/page")
        if isinstance(page, str) and page in self.pages:
            self.show_page(page)

    def save_state(self) -> None:
        qs = self.ctx.qsettings()
        qs.setValue("window/geometry", self.saveGeometry())
        qs.setValue("window/page", self.current_page_id())
        qs.sync()

    def close_to_tray(self) -> bool:
        value = self.ctx.qsettings().value("window/close_to_tray", True)
        return self.tray is not None and value not in (False, "false", "0")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if not self.quitting and self.close_to_tray():
            event.ignore()
            self.hide()
            if self.tray is not None:
                self.tray.showMessage(
                    "simdesk", self.tr("simdesk keeps running in the tray; the servers stay "
                                       "on. Use Quit to stop it."),
                    QSystemTrayIcon.MessageIcon.Information, 5_000)
            return
        event.accept()

    def quit_app(self) -> None:
        self.quitting = True
        self.save_state()
        self.close()
        QTimer.singleShot(0, QCoreApplication.quit)
