"""The Settings page: servers, status source, checks, auto-check, language, window, data
folder and backups.  Database settings are saved all or nothing through
simdesk.domain.settings (its checks name the refused fields); window preferences live in the
data folder's QSettings."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from simdesk.checking.sources import SourceAnswer
from simdesk.domain import settings, simcards
from simdesk.errors import SimdeskError, ValidationError
from simdesk.gui import i18n
from simdesk.gui.context import AppContext
from simdesk.gui.daily_backup import SETTINGS_KEY as DAILY_KEY
from simdesk.gui.daily_backup import daily_enabled
from simdesk.gui.errors import clear_marks, error_text, mark_fields, show_error
from simdesk.gui.pages.base import Page
from simdesk.gui.problems import problem_text
from simdesk.gui.source_errors import source_error_text
from simdesk.gui.tasks import TaskControl
from simdesk.storage.backup import RestoreReport, backup_database, restore_database

CLOSE_TO_TRAY_KEY: Final = "window/close_to_tray"
SERVER_KEYS: Final = ("api.host", "api.main_port", "api.status_port")
SOURCE_PREFIX: Final = "status_source."
SAMPLE_CODE: Final = "8999801700000000005"
OK_STYLE: Final = "color: #1b5e20;"
ERROR_STYLE: Final = "color: #b71c1c;"


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    return value not in (False, "false", "0", 0)


class SecretEdit(QWidget):
    """A one-line secret (shown as dots) with a Show toggle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_box = QCheckBox(self.tr("Show"))
        self.show_box.toggled.connect(lambda on: self.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_box)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)


class SettingsPage(Page):
    page_id = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.fields: dict[str, QWidget] = {}  # setting key (or pref key) -> its widget
        self._baseline: dict[str, Any] = {}
        self._test_task_running = False
        self.leave_question: QMessageBox | None = None
        self._build()
        self.ctx.servers_changed.connect(self.update_server_state)
        self.load()
        self.update_server_state()

    def title(self) -> str:
        return self.tr("Settings")

    # ================================================================ building

    def _build(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._servers_group())
        column.addWidget(self._source_group())
        column.addWidget(self._checks_group())
        column.addWidget(self._office_group())
        column.addWidget(self._window_group())
        column.addWidget(self._data_group())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revertSettings")
        self.revert_button.clicked.connect(self.revert)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def _field(self, form: QFormLayout, key: str, label: str, widget: QWidget,
               hint: str = "") -> QWidget:
        widget.setObjectName(key)
        self.fields[key] = widget
        if hint:
            widget.setToolTip(hint)
        form.addRow(label, widget)
        return widget

    @staticmethod
    def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setGroupSeparatorShown(False)
        if suffix:
            box.setSuffix(suffix)
        return box

    @staticmethod
    def _double(low: float, high: float, decimals: int, suffix: str = "") -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setDecimals(decimals)
        if suffix:
            box.setSuffix(suffix)
        return box

    def _servers_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Servers"))
        form = QFormLayout(group)
        self._field(form, "api.host", self.tr("Listen on address"), QLineEdit(),
                    self.tr("127.0.0.1: this computer only; 0.0.0.0: the whole office network"))
        self._field(form, "api.main_port", self.tr("Main API port"), self._spin(0, 65535))
        self._field(form, "api.status_port", self.tr("Status API port"), self._spin(0, 65535))
        origins = QPlainTextEdit()
        origins.setPlaceholderText("http://localhost:8080")
        origins.setFixedHeight(70)
        self._field(form, "api.trusted_origins", self.tr("Trusted web-app origins"), origins,
                    self.tr("One per line, such as http://localhost:8080"))
        self.main_state = QLabel()
        self.main_state.setObjectName("mainServerSetting")
        self.main_state.setWordWrap(True)
        self.status_state = QLabel()
        self.status_state.setObjectName("statusServerSetting")
        self.status_state.setWordWrap(True)
        form.addRow(self.tr("Main API"), self.main_state)
        form.addRow(self.tr("Status API"), self.status_state)
        return group

    def _source_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Status source"))
        form = QFormLayout(group)
        kind = QComboBox()
        kind.addItem(self.tr("The old status service (/check-simcard-status)"), "seed")
        kind.addItem(self.tr("An operator's JSON API"), "http-json")
        kind.currentIndexChanged.connect(lambda _i: self._update_source_fields())
        self._field(form, "status_source.kind", self.tr("Kind"), kind,
                    self.tr("An operator's activation report (a file) is not a source to ask: "
                            "import it with File → Import activation report (Ctrl+I)."))
        url = QLineEdit()
        url.setPlaceholderText("https://operator.example/api")
        self._field(form, "status_source.url", self.tr("Address"), url)
        method = QComboBox()
        for name in settings.spec("status_source.method").choices:
            method.addItem(name, name)
        self._field(form, "status_source.method", self.tr("HTTP method"), method)
        template = QLineEdit()
        template.setPlaceholderText("https://operator.example/v1/sims/{code}")
        self._field(form, "status_source.url_template", self.tr("Address template"), template,
                    self.tr("{code}, {iccid} or {msisdn} where the card goes; empty: the "
                            "address above"))
        body = QPlainTextEdit()
        body.setPlaceholderText('{"iccid": "{iccid}"}')
        body.setFixedHeight(54)
        self._field(form, "status_source.body_template", self.tr("POST body template"), body)
        headers = SecretEdit()
        headers.edit.setPlaceholderText('{"X-Api-Key": "..."}')
        self._field(form, "status_source.headers", self.tr("Headers (secret)"), headers,
                    self.tr("A JSON object, such as an API key"))
        self._field(form, "status_source.status_path", self.tr("Status path in the answer"),
                    QLineEdit(), self.tr("Dotted names such as data.state"))
        self._field(form, "status_source.sale_date_path", self.tr("Sale date path"),
                    QLineEdit(), self.tr("Dotted names such as data.activatedAt; may be empty"))
        comma = self.tr("Separated by commas")
        self._field(form, "status_source.sold_values", self.tr("Values meaning sold"),
                    QLineEdit(), comma)
        self._field(form, "status_source.not_sold_values", self.tr("Values meaning not sold"),
                    QLineEdit(), comma)
        self._field(form, "status_source.blocked_values", self.tr("Values meaning blocked"),
                    QLineEdit(), comma)

        self.test_code = QLineEdit()
        self.test_code.setObjectName("testCode")
        self.test_code.setPlaceholderText(SAMPLE_CODE)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(lambda: self.test_connection())
        row = QHBoxLayout()
        row.addWidget(self.test_code, 1)
        row.addWidget(self.test_button)
        form.addRow(self.tr("Card code to ask about"), row)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.test_result)
        return group

    def _checks_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Checks"))
        form = QFormLayout(group)
        self._field(form, "checks.concurrency", self.tr("Checks at once"),
                    self._spin(0, 100_000), self.tr("From 1 to 128"))
        self._field(form, "checks.rate_per_second", self.tr("Most checks per second"),
                    self._double(0, 1_000_000, 1), self.tr("0: no limit"))
        self._field(form, "checks.deadline_seconds", self.tr("Time limit of one check"),
                    self._double(0, 100_000, 1, self.tr(" s")))
        self._field(form, "checks.stop_after_failures",
                    self.tr("Stop a run after failures in a row"), self._spin(0, 1_000_000))
        auto = QCheckBox(self.tr("Check all assigned cards automatically"))
        self._field(form, "auto_check.enabled", self.tr("Auto-check"), auto)
        interval = self._spin(0, 1_000_000, self.tr(" min"))
        self._field(form, "auto_check.interval_minutes", self.tr("Auto-check every"), interval)
        auto.toggled.connect(interval.setEnabled)
        webhook = SecretEdit()
        webhook.edit.setPlaceholderText("https://…")
        self._field(form, "notify.webhook_url", self.tr("Webhook for newly sold cards"),
                    webhook, self.tr("Called with the newly sold cards; may be empty"))
        return group

    def _office_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Office"))
        form = QFormLayout(group)
        self._field(form, "office.dealer_name", self.tr("Dealer's name on hand-over acts"),
                    QLineEdit(), self.tr("Empty: the act leaves a line to write it in"))
        return group

    def _window_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Window"))
        form = QFormLayout(group)
        language = QComboBox()
        for code, name in i18n.LANGUAGES:
            language.addItem(name, code)
        self._field(form, i18n.SETTINGS_KEY, self.tr("Language"), language)
        tray = QCheckBox(self.tr("Closing the window keeps simdesk and its servers running "
                                 "in the tray"))
        self._field(form, CLOSE_TO_TRAY_KEY, self.tr("Close to tray"), tray)
        return group

    def _data_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Data folder and backups"))
        form = QFormLayout(group)
        self.data_dir_label = QLabel(str(self.ctx.data_dir))
        self.data_dir_label.setObjectName("dataDir")
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = QPushButton(self.tr("Open folder"))
        open_button.setObjectName("openDataDir")
        open_button.clicked.connect(self.open_data_dir)
        row = QHBoxLayout()
        row.addWidget(self.data_dir_label, 1)
        row.addWidget(open_button)
        form.addRow(self.tr("Data folder"), row)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(lambda: self.backup_now())
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.choose_restore_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        form.addRow(self.tr("Backup"), buttons)
        daily = QCheckBox(self.tr("Back up the database once a day (the last 14 are kept)"))
        self._field(form, DAILY_KEY, self.tr("Daily backup"), daily)
        self.backup_result = QLabel()
        self.backup_result.setObjectName("backupResult")
        self.backup_result.setWordWrap(True)
        self.backup_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.backup_result)
        return group

    # ================================================================ values

    def _prefs(self) -> tuple[str, ...]:
        return (i18n.SETTINGS_KEY, CLOSE_TO_TRAY_KEY, DAILY_KEY)

    def _setting_keys(self) -> list[str]:
        return [key for key in self.fields if key not in self._prefs()]

    @staticmethod
    def _write(widget: QWidget, key: str, value: Any) -> None:
        spec_type = settings.spec(key).type if key in settings.SPECS else type(value)
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("\n".join(value) if spec_type is list else str(value))
        elif isinstance(widget, QLineEdit | SecretEdit):
            if spec_type is list:
                widget.setText(", ".join(value))
            elif spec_type is dict:
                widget.setText(json.dumps(value, ensure_ascii=False) if value else "")
            else:
                widget.setText(str(value))

    @staticmethod
    def _read(widget: QWidget, key: str) -> Any:
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText()
            if key in settings.SPECS and settings.spec(key).type is list:
                return [line.strip() for line in text.splitlines() if line.strip()]
            return text
        if isinstance(widget, QLineEdit | SecretEdit):
            return widget.text()
        raise TypeError(f"no reader for {type(widget).__name__}")

    def values(self) -> dict[str, Any]:
        """What the form shows now, by key."""
        return {key: self._read(widget, key) for key, widget in self.fields.items()}

    def changed(self) -> dict[str, Any]:
        """The form's values that differ from what was loaded."""
        return {key: value for key, value in self.values().items()
                if self._baseline.get(key) != value}

    def load(self) -> None:
        """Show the stored settings and preferences (unsaved edits are dropped)."""
        stored = settings.get_all()
        qs = self.ctx.qsettings()
        prefs: dict[str, Any] = {
            i18n.SETTINGS_KEY: i18n.saved_language(qs),
            CLOSE_TO_TRAY_KEY: _bool(qs.value(CLOSE_TO_TRAY_KEY), True),
            DAILY_KEY: daily_enabled(qs.value(DAILY_KEY, True)),
        }
        for key, widget in self.fields.items():
            self._write(widget, key, prefs[key] if key in prefs else stored[key])
        self._baseline = self.values()
        clear_marks(self.fields)
        self._update_source_fields()
        interval = self.fields["auto_check.interval_minutes"]
        interval.setEnabled(bool(stored["auto_check.enabled"]))
        if not self.test_code.text():
            newest = simcards.card_query().first()
            if newest is not None:
                self.test_code.setText(str(newest.code))

    def _update_source_fields(self) -> None:
        generic = self.fields["status_source.kind"]
        assert isinstance(generic, QComboBox)
        on = generic.currentData() == "http-json"
        for name in ("method", "url_template", "body_template", "headers", "status_path",
                     "sale_date_path", "sold_values", "not_sold_values", "blocked_values"):
            self.fields[SOURCE_PREFIX + name].setEnabled(on)

    def refresh(self) -> None:
        """Shown again or the data changed: reload unless the user is editing."""
        if not self.changed():
            self.load()
        self.update_server_state()

    def may_leave(self, proceed: Callable[[], object]) -> bool:
        """Unsaved changes: ask Save / Discard / Cancel before another page shows."""
        if not self.changed():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved settings"), self.tr(
            "The settings have unsaved changes. Save them before leaving this page?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedSettings")
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def answered(_result: int) -> None:
            button = box.standardButton(box.clickedButton())
            if button == QMessageBox.StandardButton.Save:
                if self.save():
                    proceed()
            elif button == QMessageBox.StandardButton.Discard:
                self.load()
                proceed()

        box.finished.connect(answered)
        box.open()
        self.leave_question = box
        return False

    def revert(self) -> None:
        self.load()
        self._say(self.tr("Changes discarded."))

    # ================================================================ saving

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)

    def save(self) -> bool:
        """Store every changed value (all or nothing); on a refusal the fields are marked
        and nothing is saved.  Then restart the servers / switch the language as needed."""
        changed = self.changed()
        clear_marks(self.fields)
        stored = {k: v for k, v in changed.items() if k not in self._prefs()}
        if stored:
            try:
                settings.set_many(stored)
            except ValidationError as exc:
                mark_fields(self.fields, exc)
                self._say(self.tr("Not saved — correct the marked fields: {0}").format(
                    "; ".join(f"{self._label_of(k)}: {problem_text(why)}"
                              for k, why in exc.fields.items())),
                    error=True)
                return False
            except SimdeskError as exc:
                self._say(error_text(exc), error=True)
                return False
        qs = self.ctx.qsettings()
        for key in self._prefs():
            if key in changed:
                qs.setValue(key, changed[key])
        qs.sync()
        self._baseline = self.values()
        self.ctx.settings_changed()  # the schedule and the trusted origins: at once
        if any(key.startswith("auto_check.") for key in changed):
            self.ctx.changed_here()
        notes = [self.tr("Settings saved.")]
        if any(key in changed for key in SERVER_KEYS):
            self.restart_servers()
            notes.append(self.server_summary())
        self._say(" ".join(notes), error=not self._servers_ok())
        if i18n.SETTINGS_KEY in changed:
            self.apply_language(str(changed[i18n.SETTINGS_KEY]))
        return True

    def _label_of(self, key: str) -> str:
        widget = self.fields.get(key)
        parent = widget.parentWidget() if widget is not None else None
        layout = parent.layout() if parent is not None else None
        if widget is not None and isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if isinstance(label, QLabel):
                return label.text()
        return key

    def restart_servers(self) -> None:
        """Both APIs again on the saved address and ports (the status bar follows)."""
        self.ctx.restart_servers_from_settings()
        self._status_bar_message(self.server_summary())

    def _servers_ok(self) -> bool:
        return all(state.listening for state in self.ctx.servers.values())

    def _server_line(self, name: str) -> str:
        state = self.ctx.servers[name]
        if state.url:
            return self.tr("listening on {0}").format(state.url)
        if state.problem is not None:
            reason = error_text(state.problem).split("\n\n", 1)[0].rstrip(".")
            return self.tr("not running — {0}").format(reason)
        return self.tr("stopped")

    def server_summary(self) -> str:
        return self.tr("Main API: {0}. Status API: {1}.").format(
            self._server_line("main"), self._server_line("status"))

    def update_server_state(self) -> None:
        for label, name in ((self.main_state, "main"), (self.status_state, "status")):
            label.setText(self._server_line(name))
            label.setStyleSheet(OK_STYLE if self.ctx.servers[name].listening else ERROR_STYLE)

    def _status_bar_message(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15_000)

    def apply_language(self, code: str) -> None:
        """Install the language, then rebuild the main window's pages in it."""
        app = QApplication.instance()
        if app is not None:
            i18n.set_language(app, code)
        from simdesk.gui.main_window import MainWindow

        window = self.window()
        if isinstance(window, MainWindow):
            QTimer.singleShot(0, window.rebuild_pages)
            window.language_change_requested.emit(i18n.normalize(code))

    # ================================================================ test connection

    def typed_source(self) -> dict[str, Any] | None:
        """The status source as the form shows it now, checked like a save would check it
        but not saved; None (the fields marked, the reason shown) when a value is refused."""
        typed: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for key, value in self.values().items():
            if not key.startswith(SOURCE_PREFIX):
                continue
            try:
                typed[key] = settings.coerce(key, value)
            except ValidationError as exc:
                problems.update(exc.fields)
        clear_marks(self.fields)
        if problems:
            refusal = ValidationError("", fields=problems)
            mark_fields(self.fields, refusal)
            self._show_test(self.tr("Not tested — correct the marked fields: {0}").format(
                "; ".join(f"{self._label_of(k)}: {problem_text(why)}"
                          for k, why in problems.items())), error=True)
            return None
        return typed

    def test_connection(self) -> bool:
        """Ask the status source as typed (saved or not: nothing is saved) about one card
        on a worker task; the answer or the error shows under the button.  False when it
        did not start."""
        if self._test_task_running:
            return False
        typed = self.typed_source()
        if typed is None:
            return False
        code = self.test_code.text().strip() or SAMPLE_CODE
        engine = self.ctx.engine

        def ask(_control: object) -> SourceAnswer:
            return engine.query_source(code, typed)

        self._test_task_running = True
        self.test_button.setEnabled(False)
        self._show_test(self.tr("Asking the status source about {0}…").format(code))
        self.ctx.tasks.run(ask, name="test-connection", on_done=self._test_done,
                           on_error=self._test_failed)
        return True

    def _show_test(self, text: str, *, error: bool = False) -> None:
        self.test_result.setText(text)
        self.test_result.setStyleSheet(ERROR_STYLE if error else OK_STYLE)

    def _test_finished(self) -> None:
        self._test_task_running = False
        self.test_button.setEnabled(True)

    def _test_done(self, answer: SourceAnswer) -> None:
        self._test_finished()
        if answer.error:
            self._show_test(self.tr("The source did not answer properly ({0} ms): {1}").format(
                answer.duration_ms, source_error_text(answer.error)), error=True)
            return
        sold = self.tr("sold") if answer.is_sold else self.tr("not sold")
        text = self.tr("Connected ({0} ms). Status: {1} — {2}.").format(
            answer.duration_ms, answer.status, sold)
        if answer.message:
            text += " " + answer.message
        self._show_test(text)

    def _test_failed(self, exc: Exception) -> None:
        self._test_finished()
        self._show_test(error_text(exc), error=True)

    # ================================================================ data folder and backups

    def open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    def _show_backup(self, text: str, *, error: bool = False) -> None:
        self.backup_result.setText(text)
        self.backup_result.setStyleSheet(ERROR_STYLE if error else OK_STYLE)

    def backup_now(self) -> None:
        data_dir = self.ctx.data_dir

        def work(control: TaskControl) -> Path:
            return backup_database(data_dir=data_dir, check=control.check,
                                   progress=control.progress)

        self.backup_button.setEnabled(False)
        self._show_backup(self.tr("Backing up…"))
        task = self.ctx.tasks.run(work, name="backup", on_done=self._backup_done,
                                  on_error=self._backup_failed)
        task.cancelled.connect(self._job_cancelled, Qt.ConnectionType.QueuedConnection)

    def _job_cancelled(self) -> None:
        """Cancel in the status bar stopped a backup or a restore before it changed
        anything."""
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        self._show_backup(self.tr("Cancelled; nothing was changed."), error=True)

    def _backup_done(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self._show_backup(self.tr("Backup written: {0}").format(path))

    def _backup_failed(self, exc: Exception) -> None:
        self.backup_button.setEnabled(True)
        self._show_backup(error_text(exc), error=True)

    def choose_restore_file(self) -> None:
        start = str(self.ctx.data_dir / "backups")
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), start,
            self.tr("simdesk backups (*.sqlite *.db);;All files (*)"))
        if path:
            self.restore_confirmation(Path(path))

    def restore_confirmation(self, path: Path) -> QMessageBox:
        """Ask before replacing the database; Yes restores."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Restore"),
            self.tr("Replace all shops, cards, users and settings with the contents of {0}?\n\n"
                    "A copy of the current database is written first.").format(path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.restore_from(path)

        box.finished.connect(answered)
        box.open()
        return box

    def restore_from(self, path: Path) -> None:
        data_dir = self.ctx.data_dir

        def work(control: TaskControl) -> RestoreReport:
            return restore_database(path, data_dir=data_dir, check=control.check,
                                    progress=control.progress)

        self.restore_button.setEnabled(False)
        self._show_backup(self.tr("Restoring from {0}…").format(path))
        task = self.ctx.tasks.run(work, name="restore", on_done=self._restore_done,
                                  on_error=self._restore_failed)
        task.cancelled.connect(self._job_cancelled, Qt.ConnectionType.QueuedConnection)

    def _restore_done(self, report: RestoreReport) -> None:
        self.restore_button.setEnabled(True)
        self._show_backup(self.tr("Restored from {0}. The database as it was before is in "
                                  "{1}.").format(report.restored_from, report.safety_backup))
        self.load()
        self.ctx.changed_here()

    def _restore_failed(self, exc: Exception) -> None:
        self.restore_button.setEnabled(True)
        self._show_backup(error_text(exc), error=True)
        show_error(self, exc, self.tr("Restore"))

