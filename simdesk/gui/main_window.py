"""The main window: a sidebar of pages, a status bar with the servers and the auto-check,
menus and shortcuts, the tray icon; geometry remembered per data folder."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QStyle,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from simdesk import __version__
from simdesk.checking.activations import ActivationReport
from simdesk.checking.runs import EngineEvent
from simdesk.gui import formats, permissions
from simdesk.gui.context import AppContext
from simdesk.gui.errors import error_text, show_error
from simdesk.gui.pages.base import Page
from simdesk.gui.tasks import TaskStatusArea
from simdesk.gui.widgets.header_fit import fit_all_headers
from simdesk.gui.widgets.page_icons import page_icon
from simdesk.gui.widgets.sign_in import SignInPanel
from simdesk.gui.widgets.wheel_guard import WheelGuard
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
# The role each window action needs (simdesk.gui.permissions); the others need a viewer.
ACTION_ROLES: Final = {
    "importActivations": permissions.EDIT, "backupNow": permissions.EDIT,
    "autoCheckNow": permissions.EDIT, "trayCheckNow": permissions.EDIT,
    "handOverCards": permissions.EDIT, "takeCardsBack": permissions.EDIT,
    "show-users": permissions.MANAGE, "show-settings": permissions.MANAGE,
}
FREE_ACTIONS: Final = ("quit", "about", "lock", "switchUser")  # also while locked


def app_icon() -> QIcon:
    path = resource_path("icons", "simdesk.png")
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, ctx: AppContext, *, tray: bool = True) -> None:
        super().__init__()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            WheelGuard.install(app)
        self.ctx = ctx
        self.quitting = False
        self.pages: dict[str, Page] = {}
        self._last_run: EngineEvent | None = None
        self._last_sold: list[object] = []
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
        self.setCentralWidget(self._build_shell(central))
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self._build_status_bar()
        self._build_pages()
        self._build_menus()
        self.tray: QSystemTrayIcon | None = None
        self.activation_dialog: QDialog | None = None  # the last activation report shown
        if tray and QSystemTrayIcon.isSystemTrayAvailable():
            self._build_tray()
        ctx.servers_changed.connect(self.update_server_labels)
        ctx.bridge.run_started.connect(self._on_run_event)
        ctx.bridge.run_progress.connect(self._on_run_event)
        ctx.bridge.run_finished.connect(self._on_run_finished)
        ctx.bridge.newly_sold.connect(self.notify_newly_sold)
        ctx.session.changed.connect(self.apply_session)
        ctx.data_changed.connect(ctx.session.refresh)
        ctx.origin_refused.connect(self.origin_refused)
        self.update_server_labels()
        self.restore_state()
        ctx.session.begin()
        self.apply_session()

    # -------------------------------------------------------------- pages

    def _build_pages(self) -> None:
        for page_id, module_name, class_name in PAGES:
            module = importlib.import_module(module_name)
            page: Page = getattr(module, class_name)(self.ctx)
            page.promote_shortcuts()
            fit_all_headers(page)
            self.pages[page_id] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self._page_icon(page_id), page.title())
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            self.sidebar.addItem(item)
        self.sidebar.setCurrentRow(0)

    def _page_icon(self, page_id: str) -> QIcon:
        """The page's own drawing (widgets/page_icons.py); a standard icon otherwise."""
        palette = self.sidebar.palette()
        icon = page_icon(page_id, palette.color(QPalette.ColorRole.Text),
                         palette.color(QPalette.ColorRole.HighlightedText))
        if icon.isNull():
            icon = self.style().standardIcon(
                PAGE_ICONS.get(page_id, QStyle.StandardPixmap.SP_FileIcon))
        return icon

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
        self._show_last_run()
        if self._last_sold:
            self.last_result.setToolTip(self._sold_text())
        self.show_page(current)
        self._retranslate_shell()
        self.apply_session()

    def show_page(self, page_id: str) -> Page:
        needed = ACTION_ROLES.get(f"show-{page_id}", permissions.VIEW)
        if not self.ctx.session.allows(needed):  # Users and Settings: administrators only
            if not self.ctx.session.locked:
                permissions.refuse(self, self.ctx.session.role, needed)
            return self.pages[self.current_page_id()]
        ids = [p[0] for p in PAGES]
        self.sidebar.setCurrentRow(ids.index(page_id))
        return self.pages[page_id]

    def _row_changed(self, row: int) -> None:
        """The sidebar moved: show that page, unless the page being left keeps its unsaved
        edits for now (Settings asks Save / Discard / Cancel and comes back here)."""
        current = self.stack.currentWidget()
        if (isinstance(current, Page) and row != self.stack.currentIndex()
                and not current.may_leave(lambda: self._go_to_row(row))):
            self._select_row(self.stack.currentIndex())
            return
        self.stack.setCurrentIndex(row)

    def _select_row(self, row: int) -> None:
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(row)
        self.sidebar.blockSignals(False)

    def _go_to_row(self, row: int) -> None:
        self._select_row(row)
        self.stack.setCurrentIndex(row)

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
        file_menu.addAction(self._action(self.tr("Lock"), self.lock, "Ctrl+L", "lock"))
        file_menu.addAction(self._action(self.tr("Switch user…"), self.switch_user, None,
                                         "switchUser"))
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
        tools.addSeparator()
        tools.addAction(self._action(self.tr("Hand over cards…"),
                                     lambda: self.open_handover("to_shop"), "Ctrl+H",
                                     "handOverCards"))
        tools.addAction(self._action(self.tr("Take cards back…"),
                                     lambda: self.open_handover("from_shop"), "Ctrl+Shift+H",
                                     "takeCardsBack"))
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
                if state.problem and state.problem.code == "port_in_use":
                    # short enough for the status bar in every language; the whole
                    # reason with its advice is the tooltip
                    label.setText(self.tr("{0}: not running — port {1} is busy").format(
                        title, state.problem.details.get("port", "?")))
                elif state.problem:
                    label.setText(self.tr("{0}: not running — {1}").format(
                        title, reason.split("\n\n", 1)[0]))

    def _on_run_event(self, event: EngineEvent) -> None:
        self.last_result.setVisible(False)  # the progress takes its place while a run goes
        self.running_check = event.run_id
        self.check_stop.setVisible(True)
        self.check_stop.setEnabled(True)
        self.check_progress.setVisible(True)
        self.check_progress.setMaximum(max(event.total, 1))
        self.check_progress.setValue(event.checked)
        self.check_progress.setFormat(self.tr("Checking %v of %m"))
        # wide enough for its text in every language (it only grows during a run)
        need = self.check_progress.fontMetrics().horizontalAdvance(
            self.check_progress.text()) + 24
        if self.check_progress.minimumWidth() < need:
            self.check_progress.setMaximumWidth(max(need, self.check_progress.maximumWidth()))
            self.check_progress.setMinimumWidth(need)

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
        self.check_progress.setMinimumWidth(0)
        self.last_result.setVisible(True)
        self._last_run = event
        self._show_last_run()

    def _show_last_run(self) -> None:
        """The status bar's summary of the last run, in the current language (written again
        after a language change)."""
        event = self._last_run
        if event is None:
            return
        if event.state == "done":
            text = self.tr("Last check: {0} checked, {1} newly sold, {2} errors").format(
                formats.number(event.checked), formats.number(len(event.newly_sold)),
                formats.number(event.errors))
        else:
            done, total = formats.number(event.checked), formats.number(event.total)
            if event.state == "cancelled":
                text = self.tr("Last check cancelled: {0} of {1} cards checked").format(
                    done, total)
            elif event.state == "stopped":
                text = self.tr("Last check stopped: the status source seems down ({0} of {1} "
                               "cards checked); see the checks log").format(done, total)
            else:
                text = self.tr("Last check failed: {0} of {1} cards checked; see the checks "
                               "log").format(done, total)
            # The source's own words (an address, an HTTP error) stay in the tooltip.
            self.last_result.setToolTip(event.reason or "")
        self.last_result.setText(text)

    # -------------------------------------------------------------- tray

    def _tray_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.bring_to_front)
        self.tray_check = menu.addAction(self.tr("Check now"), self.auto_check_now)  # by role
        self.tray_check.setObjectName("trayCheckNow")
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

    def _sold_text(self) -> str:
        sold = self._last_sold
        names = sorted({getattr(s, "shop_name", None) or "—" for s in sold})
        return self.tr("%Ln card(s) newly sold: {0}", "", len(sold)).format(
            ", ".join(names[:5]))

    def notify_newly_sold(self, sold: list[object]) -> None:
        """A desktop notification when cards were newly sold."""
        self._last_sold = list(sold)
        text = self._sold_text()
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
            self.ctx.engine.start_run(None, kind="auto", source="check", actor=self.ctx.actor)
        except Exception as exc:
            show_error(self, exc)

    def open_handover(self, direction: str) -> QWidget:
        """The hand-over dialog (to a shop or back from it), for the shop selected on the
        Shops page when there is one."""
        from simdesk.gui.pages.shops import ShopsPage

        page = self.pages.get("shops")
        if isinstance(page, ShopsPage):
            return page.open_handover(direction)
        raise RuntimeError("the Shops page is missing")

    def backup_now(self) -> None:
        from simdesk.storage.backup import backup_database

        data_dir = self.ctx.data_dir
        task = self.ctx.tasks.run(
            lambda control: backup_database(data_dir=data_dir, check=control.check,
                                            progress=control.progress),
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
        actor = self.ctx.actor
        self.ctx.tasks.run(
            lambda control: import_activations(chosen, actor=actor, reading=control.progress,
                                               applying=control.progress),
            name="activations",
            on_done=self._activations_done,
            on_error=lambda exc: show_error(self, exc),
            progress_parent=self,
            progress_title=self.tr("Importing the activation report"),
        )

    def _activations_done(self, report: ActivationReport) -> None:
        """The counts and every line not applied with its reason (dialogs/
        activation_report.py), which can be saved as the CLI's rejected-lines report."""
        from simdesk.gui.dialogs.activation_report import ActivationReportDialog

        dialog = ActivationReportDialog(self.ctx, report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.activation_dialog = dialog
        self.ctx.changed_here()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About simdesk"), self.tr(
            "simdesk {0}\nShops, SIM cards and sales for a mobile-operator dealer's office."
        ).format(__version__))

    # -------------------------------------------------------------- sign-in and roles

    def _build_shell(self, content: QWidget) -> QStackedWidget:
        """The pages with the refused-web-app notice above them, and the sign-in screen
        that hides them while the window is locked."""
        self.origin_notice = QFrame()
        self.origin_notice.setObjectName("originNotice")
        self.origin_notice.setStyleSheet("#originNotice { background: #fff8e1; }")
        self.origin_text = QLabel()
        self.origin_text.setObjectName("originNoticeText")
        self.origin_text.setWordWrap(True)
        self.trust_button = QPushButton(self.tr("Trust it"))
        self.trust_button.setObjectName("trustOrigin")
        self.trust_button.clicked.connect(lambda: self.trust_origin())
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("dismissOrigin")
        self.dismiss_button.clicked.connect(lambda: self.dismiss_origin())
        row = QHBoxLayout(self.origin_notice)
        row.addWidget(self.origin_text, 1)
        row.addWidget(self.trust_button)
        row.addWidget(self.dismiss_button)
        self.origin_notice.setVisible(False)
        self.refused_origins: list[str] = []  # waiting for an administrator, oldest first
        unlocked = QWidget()
        column = QVBoxLayout(unlocked)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.origin_notice)
        column.addWidget(content, 1)
        self.sign_in = SignInPanel(self.ctx.session)
        self.sign_in.signed_in.connect(self._signed_in)
        self.shell = QStackedWidget()
        self.shell.addWidget(unlocked)
        self.shell.addWidget(self.sign_in)
        self.user_label = QLabel()
        self.user_label.setObjectName("signedInUser")
        self.statusBar().addPermanentWidget(self.user_label)
        return self.shell

    def _retranslate_shell(self) -> None:
        """After a language change: the notice's buttons and a new sign-in screen."""
        self.trust_button.setText(self.tr("Trust it"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        locked = self.is_locked()
        old = self.sign_in
        self.sign_in = SignInPanel(self.ctx.session)
        self.sign_in.signed_in.connect(self._signed_in)
        self.sign_in.prepare(self.ctx.session.username)
        self.shell.insertWidget(1, self.sign_in)
        if locked:
            self.shell.setCurrentWidget(self.sign_in)
        self.shell.removeWidget(old)
        old.deleteLater()

    def is_locked(self) -> bool:
        return self.shell.currentWidget() is self.sign_in

    def apply_session(self) -> None:
        """The session changed (sign-in, Lock, another role): the sign-in screen or the
        pages, and every action as the role allows (simdesk.gui.permissions)."""
        session = self.ctx.session
        if session.locked and not self.is_locked():
            for dialog in self.findChildren(QDialog):  # nothing of the data stays open
                if dialog.isVisible() and not isinstance(dialog, QProgressDialog):
                    dialog.reject()
            self.sign_in.prepare(session.username)
            self.shell.setCurrentWidget(self.sign_in)
        elif not session.locked and self.is_locked():
            self.shell.setCurrentIndex(0)
        role = "" if session.locked else session.role  # "": nothing is allowed
        for action in self.actions():
            name = action.objectName()
            if name and name not in FREE_ACTIONS:
                permissions.restrict(role, ACTION_ROLES.get(name, permissions.VIEW),
                                     [action])
        if self.tray is not None:
            permissions.restrict(role, permissions.EDIT, [self.tray_check])
        for page in self.pages.values():
            page.apply_role(role)
        for row, (page_id, _m, _c) in enumerate(PAGES):
            needed = ACTION_ROLES.get(f"show-{page_id}", permissions.VIEW)
            self.sidebar.setRowHidden(row, not permissions.allows(session.role, needed))
        if not session.locked and not session.allows(
                ACTION_ROLES.get(f"show-{self.current_page_id()}", permissions.VIEW)):
            self.show_page("dashboard")
        if session.username and not session.locked:
            self.user_label.setText(
                f"{session.username} ({permissions.role_label(session.role)})")
        else:
            self.user_label.setText("")
        self._show_origin_notice()

    def lock(self) -> bool:
        """Ctrl+L: hide the data until the same user signs in again (or Switch user)."""
        if self.is_locked():
            return True
        if not self.ctx.session.lock():
            self.statusBar().showMessage(self.tr(
                "Nothing to lock: nobody is signed in. Add a user on the Users page first."),
                10_000)
            return False
        log.info("window locked by %s", self.ctx.session.username)
        return True

    def switch_user(self) -> bool:
        """Lock, and let anyone sign in.  Unsaved edits on the shown page (Settings) are
        asked about first, as when leaving the page: another user may not see that page."""
        current = self.stack.currentWidget()
        if (not self.is_locked() and isinstance(current, Page)
                and not current.may_leave(self.switch_user)):
            return False
        if not self.is_locked() and not self.lock():
            return False
        self.sign_in.prepare(None)
        return True

    def _signed_in(self) -> None:
        session = self.ctx.session
        log.info("signed in to the window: %s (%s)", session.username, session.role)
        self.apply_session()
        self.refresh_current()

    # -------------------------------------------------------------- refused web apps

    def origin_refused(self, origin: str) -> None:
        """A web app on this computer was refused (logged already): an administrator sees
        a notice naming its origin, with Trust it."""
        if origin not in self.refused_origins:
            self.refused_origins.append(origin)
        self._show_origin_notice()

    def _may_trust(self) -> bool:
        return self.ctx.session.allows(permissions.MANAGE)  # no user at all: allowed

    def _show_origin_notice(self) -> None:
        if not self.refused_origins or not self._may_trust():
            self.origin_notice.setVisible(False)
            return
        origin = self.refused_origins[0]
        self.origin_text.setText(self.tr(
            "A web app on this computer at {0} was refused: its address is not a trusted "
            "web-app origin, so it shows \"wrong password\" even with the right one. Trust "
            "it if it is the office's web app.").format(origin))
        self.origin_text.setStyleSheet("")
        self.origin_notice.setVisible(True)

    def trust_origin(self) -> bool:
        """Add the notice's origin to the trusted web-app origins (Settings)."""
        from simdesk.domain import settings

        if not self.refused_origins or not self._may_trust():
            return False
        origin = self.refused_origins[0]
        try:
            current = list(settings.get("api.trusted_origins"))
            if origin not in current:
                settings.set_value("api.trusted_origins", [*current, origin])
        except Exception as exc:
            self.origin_text.setText(self.tr("{0} cannot be trusted: {1}").format(
                origin, error_text(exc)))
            self.origin_text.setStyleSheet("color: #b71c1c;")
            return False
        log.info("web-app origin %s trusted by %s", origin, self.ctx.actor)
        self.ctx.settings_changed()
        self.refused_origins.pop(0)
        self.statusBar().showMessage(self.tr(
            "{0} is now a trusted web-app origin; reload the web app.").format(origin), 15_000)
        self._show_origin_notice()
        return True

    def dismiss_origin(self) -> None:
        if self.refused_origins:
            self.refused_origins.pop(0)
        self._show_origin_notice()

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

    def prepare_to_quit(self) -> None:
        """The application is quitting (Quit, a signal, the session's end): the window
        closes for good rather than into the tray, its state saved."""
        if not self.quitting:
            self.quitting = True
            self.save_state()

    def quit_app(self) -> None:
        self.quitting = True
        self.save_state()
        self.close()
        QTimer.singleShot(0, QCoreApplication.quit)
