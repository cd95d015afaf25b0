"""Starting the desktop window: one instance per data folder, the language, the first
admin, the embedded servers, the window; and a clean stop."""

from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from simdesk.errors import SimdeskError

if TYPE_CHECKING:
    from simdesk.gui.session_end import SessionEnd

log = logging.getLogger("simdesk.gui")


class SingleInstance(QObject):
    """One window per data folder: a second launch asks the first to come to the front
    (through a local socket named after the folder) and ends."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
        self.name = f"simdesk-{digest}"
        self.server: QLocalServer | None = None

    def ask_running_instance(self) -> bool:
        """True when another simdesk has this folder open (it was asked to show itself)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return False
        socket.write(b"raise\n")
        socket.flush()
        socket.waitForBytesWritten(500)
        socket.disconnectFromServer()
        return True

    def listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a stale socket of a crashed run
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            log.warning("cannot listen for a second instance: %s", self.server.errorString())
            return
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.activated.emit()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()


def _fatal(text: str) -> int:
    box = QMessageBox(QMessageBox.Icon.Critical, "simdesk", text)
    box.exec()
    print(f"simdesk: error: {text}", file=sys.stderr)
    return 1


def run_desktop(data_dir: Path, database_url: str | None, *, host: str | None = None,
                main_port: int | None = None, status_port: int | None = None) -> int:
    """The desktop program; returns the exit status."""
    from simdesk.gui.main_window import app_icon
    from simdesk.gui.session_end import SessionEnd
    from simdesk.gui.widgets.wheel_guard import WheelGuard

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("simdesk")
    app.setOrganizationName("simdesk")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    WheelGuard.install(app)

    instance = SingleInstance(data_dir)
    if instance.ask_running_instance():
        print("simdesk is already open for this data folder; it was brought to the front.")
        return 0
    # SIGTERM, SIGHUP, SIGINT and the end of the session quit like Quit does (status 0).
    session = SessionEnd(app).install()
    try:
        return _run(app, instance, session, data_dir, database_url, host=host,
                    main_port=main_port, status_port=status_port)
    finally:
        session.uninstall()


def _run(app: QApplication, instance: SingleInstance, session: SessionEnd, data_dir: Path,
         database_url: str | None, *, host: str | None, main_port: int | None,
         status_port: int | None) -> int:
    from PySide6.QtCore import QSettings

    from simdesk.gui.dialogs.first_admin import FirstAdminDialog, needs_first_admin
    from simdesk.gui.i18n import apply_saved_language
    from simdesk.gui.main_window import MainWindow
    from simdesk.logsetup import setup_logging
    from simdesk.runtime import Runtime

    session.requested.connect(QCoreApplication.quit)  # until the window is there
    try:
        runtime = Runtime(data_dir, database_url, host=host, main_port=main_port,
                          status_port=status_port)
    except SimdeskError as exc:
        return _fatal(exc.message)
    setup_logging(runtime.data_dir)
    instance.listen()

    apply_saved_language(app, QSettings(str(runtime.data_dir / "window.ini"),
                                        QSettings.Format.IniFormat))

    if needs_first_admin():
        dialog = FirstAdminDialog()
        # Before app.exec() Qt ignores quit(): SIGTERM or the session ending closes the
        # dialog itself, as its Cancel does.
        def close_dialog(_reason: str) -> None:
            dialog.reject()

        session.requested.connect(close_dialog)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            session.requested.disconnect(close_dialog)
        if not accepted:
            runtime.close()
            return 0

    from simdesk.gui.context import AppContext
    from simdesk.gui.daily_backup import DailyBackup
    from simdesk.gui.errors import install_storage_error_hook

    install_storage_error_hook()
    ctx = AppContext(runtime.start())
    window = MainWindow(ctx)
    instance.activated.connect(window.bring_to_front)
    session.requested.disconnect(QCoreApplication.quit)
    session.requested.connect(lambda _reason: window.quit_app())
    app.aboutToQuit.connect(window.prepare_to_quit)
    backups = DailyBackup(ctx, parent=window)
    backups.written.connect(lambda path: window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Daily backup written: {0}").format(path),
        10_000))
    backups.failed.connect(lambda message: window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Daily backup failed: {0}").format(message),
        30_000))
    window.show()
    try:
        return int(app.exec())
    finally:
        backups.stop()
        instance.close()
        ctx.shutdown()
        log.info("simdesk closed: servers, schedule, runs and jobs stopped%s",
                 f" ({session.received[-1]})" if session.received else "")
