"""Hand over cards to a shop (or take them back): the office's daily job.

The shop is chosen, then the cards are scanned — a scanner types the code and Enter into the
scan field, which keeps the focus — or a pack is given by its first and last code, or the
oldest N in stock are taken.  Each code is checked at once against the database
(:mod:`simdesk.domain.handover`): a refused one buzzes and says why, an accepted one dings
and joins the running list (:mod:`simdesk.gui.sounds`).  Confirm writes everything in one
transaction and records a numbered act, which can then be saved as a PDF or printed.  Enter
never confirms (a scanner sends one after every code): Confirm is a click or Ctrl+Enter."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from simdesk.domain import handover
from simdesk.domain.handover import Act, HandoverCard, ScanProblem
from simdesk.domain.phones import format_phone
from simdesk.errors import SimdeskError, ValidationError
from simdesk.gui.act_pdf import default_file_name, print_act, write_act_pdf
from simdesk.gui.context import AppContext
from simdesk.gui.dialogs.assign import fill_shop_combo, shop_choices
from simdesk.gui.errors import clear_marks, error_text, mark_fields
from simdesk.gui.sounds import Sounds
from simdesk.gui.tasks import Task, TaskControl

OK_STYLE: Final = "color: #1b5e20;"
ERROR_STYLE: Final = "color: #b71c1c;"
PROGRESS_FROM: Final = 1000  # a progress dialog for hand-overs of more cards
Index = QModelIndex | QPersistentModelIndex


class ScannedModel(QAbstractTableModel):
    """The running list: №, code, phone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[HandoverCard] = []
        self._codes: set[str] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's names)
        return 0 if parent.isValid() else len(self.cards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return ("№", self.tr("Code (ICCID)"), self.tr("Phone number"))[section]

    def data(self, index: Index,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        card = self.cards[index.row()]
        if index.column() == 0:
            return index.row() + 1
        if index.column() == 1:
            return card.code
        return format_phone(card.phone) if card.phone else ""

    def codes(self) -> list[str]:
        return [c.code for c in self.cards]

    def code_set(self) -> set[str]:
        return set(self._codes)

    def add(self, cards: Sequence[HandoverCard]) -> None:
        if not cards:
            return
        start = len(self.cards)
        self.beginInsertRows(QModelIndex(), start, start + len(cards) - 1)
        self.cards.extend(cards)
        self._codes.update(c.code for c in cards)
        self.endInsertRows()

    def remove(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.cards):
                self.beginRemoveRows(QModelIndex(), row, row)
                card = self.cards.pop(row)
                self._codes.discard(card.code)
                self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.cards = []
        self._codes = set()
        self.endResetModel()


class HandoverDialog(QDialog):
    """``committed`` is emitted with the :class:`Act` once the hand-over is written;
    ``scan_refused`` with the code and the problem's code for every refused scan."""

    committed = Signal(object)
    scan_refused = Signal(str, str)

    def __init__(self, ctx: AppContext, direction: str = handover.TO_SHOP,
                 shop_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.direction = direction
        self.to_shop = direction == handover.TO_SHOP
        self.act: Act | None = None
        self.task: Task | None = None
        self.pdf_task: Task | None = None
        self.saved_pdf: Path | None = None
        self.sounds = Sounds(self)  # a ding for each accepted scan, a buzz for a refused one
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Hand over cards to a shop") if self.to_shop
                            else self.tr("Take cards back from a shop"))

        # --- the shop
        self.shop = QComboBox()
        self.shop.setObjectName("handoverShop")
        self.shop.setEditable(True)
        self.shop.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = self.shop.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Type to find a shop"))
        shops = shop_choices(active_only=self.to_shop)
        fill_shop_combo(self.shop, shops)
        self.shop.setCurrentIndex(self.shop.findData(shop_id) if shop_id is not None else -1)
        completer = QCompleter(self.shop.model(), self.shop)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.shop.setCompleter(completer)
        # A shop chosen (from the list, or by Enter on a name that matches one shop only)
        # hands the focus to the scan field: the scanner's next code goes there.
        self.shop.activated.connect(lambda _index: self._shop_entered())
        completer.activated.connect(lambda _text: self._shop_entered())
        if editor is not None:
            editor.returnPressed.connect(self._shop_entered)

        # --- the ways to add cards
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("handoverScan")
        self.scan_edit.setPlaceholderText(self.tr("Scan a card or type its code, then Enter"))
        self.scan_edit.returnPressed.connect(self.add_scanned)
        self.first_edit = QLineEdit()
        self.first_edit.setObjectName("rangeFirst")
        self.first_edit.setPlaceholderText(self.tr("First code"))
        self.last_edit = QLineEdit()
        self.last_edit.setObjectName("rangeLast")
        self.last_edit.setPlaceholderText(self.tr("Last code"))
        self.range_button = QPushButton(self.tr("Add the pack"))
        self.range_button.setObjectName("addRange")
        self.range_button.clicked.connect(self.add_range)
        self.first_edit.returnPressed.connect(self.last_edit.setFocus)
        self.last_edit.returnPressed.connect(self.add_range)
        pack_row = QHBoxLayout()
        pack_row.addWidget(self.first_edit, 1)
        pack_row.addWidget(QLabel("…"))
        pack_row.addWidget(self.last_edit, 1)
        pack_row.addWidget(self.range_button)
        self.oldest_spin = QSpinBox()
        self.oldest_spin.setObjectName("oldestCount")
        self.oldest_spin.setRange(1, 100_000)
        self.oldest_spin.setValue(10)
        self.oldest_button = QPushButton(self.tr("Add the oldest in stock"))
        self.oldest_button.setObjectName("addOldest")
        self.oldest_button.clicked.connect(self.add_oldest)
        self.oldest_spin.installEventFilter(self)
        oldest_row = QHBoxLayout()
        oldest_row.addWidget(self.oldest_spin)
        oldest_row.addWidget(self.oldest_button)
        oldest_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Shop"), self.shop)
        form.addRow(self.tr("Scan"), self.scan_edit)
        form.addRow(self.tr("Pack"), pack_row)
        if self.to_shop:
            form.addRow(self.tr("Oldest in stock"), oldest_row)
        else:
            self.oldest_spin.setVisible(False)
            self.oldest_button.setVisible(False)

        # --- the running list
        self.model = ScannedModel(self)
        self.table = QTableView()
        self.table.setObjectName("handoverList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().resizeSection(1, 200)
        self.count_label = QLabel()
        self.count_label.setObjectName("handoverCount")
        self.count_label.setStyleSheet("font-weight: 600;")
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setObjectName("removeSelected")
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(self.tr("Clear the list"))
        self.clear_button.setObjectName("clearList")
        self.clear_button.clicked.connect(self.clear_list)
        list_row = QHBoxLayout()
        list_row.addWidget(self.count_label, 1)
        list_row.addWidget(self.remove_button)
        list_row.addWidget(self.clear_button)
        self.message = QLabel()
        self.message.setObjectName("handoverMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused_log = QPlainTextEdit()
        self.refused_log.setObjectName("refusedLog")
        self.refused_log.setReadOnly(True)
        self.refused_log.setMaximumHeight(90)
        self.refused_log.setVisible(False)

        # --- buttons
        self.confirm_button = QPushButton(self.tr("Hand over") if self.to_shop
                                          else self.tr("Take back"))
        self.confirm_button.setObjectName("confirmHandover")
        self.confirm_button.setToolTip(self.tr("Write the hand-over and its act (Ctrl+Enter)"))
        self.confirm_button.clicked.connect(self.confirm)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("saveActPdf")
        self.pdf_button.clicked.connect(self.choose_pdf_file)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printAct")
        self.print_button.clicked.connect(self.print_act)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("closeHandover")
        self.close_button.clicked.connect(self.reject)
        for button in (self.range_button, self.oldest_button, self.remove_button,
                       self.clear_button, self.confirm_button, self.pdf_button,
                       self.print_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.pdf_button.setVisible(False)
        self.print_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.confirm_button)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(list_row)
        layout.addWidget(self.message)
        layout.addWidget(self.refused_log)
        layout.addLayout(buttons)
        self.resize(640, 600)
        self.fields: dict[str, QWidget] = {"shop": self.shop, "shop_id": self.shop,
                                           "first": self.first_edit, "last": self.last_edit,
                                           "count": self.oldest_spin}
        if not shops:
            self._say(self.tr("There is no active shop. Add a shop on the Shops page first."),
                      error=True)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        """The scan field has the focus as soon as the dialog shows (the shop field when
        no shop is chosen yet)."""
        super().showEvent(event)
        if self.act is None:
            (self.scan_edit if self.chosen_shop() is not None else self.shop).setFocus()

    # ------------------------------------------------------------------ state

    def chosen_shop(self) -> int | None:
        index = self.shop.currentIndex()
        if index < 0 or self.shop.currentText() != self.shop.itemText(index):
            index = self.shop.findText(self.shop.currentText())
            if index < 0:
                return None
        data = self.shop.itemData(index)
        return int(data) if data is not None else None

    def _shop_entered(self) -> None:
        if self.chosen_shop() is None:
            typed = self.shop.currentText().strip().casefold()
            matches = [i for i in range(self.shop.count())
                       if typed and typed in self.shop.itemText(i).casefold()]
            if len(matches) == 1:
                self.shop.setCurrentIndex(matches[0])
        if self.chosen_shop() is not None:
            clear_marks({"shop": self.shop})
            self._update()
            self.scan_edit.setFocus()

    def select_shop(self, shop_id: int) -> None:
        self.shop.setCurrentIndex(self.shop.findData(shop_id))

    def _update(self) -> None:
        count = len(self.model.cards)
        done = self.act is not None
        busy = self.task is not None
        self.count_label.setText(self.tr("{0} card(s) in the list").format(count))
        # The list was checked for this shop: the shop stays until the list is empty.
        self.shop.setEnabled(count == 0 and not done and not busy)
        for widget in (self.scan_edit, self.first_edit, self.last_edit, self.range_button,
                       self.oldest_spin, self.oldest_button):
            widget.setEnabled(not done and not busy)
        self.remove_button.setEnabled(count > 0 and not done and not busy)
        self.clear_button.setEnabled(count > 0 and not done and not busy)
        self.confirm_button.setEnabled(count > 0 and not done and not busy)
        self.confirm_button.setVisible(not done)
        self.pdf_button.setVisible(done)
        self.print_button.setVisible(done)
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)

    def _log_refused(self, lines: Sequence[str]) -> None:
        if lines:
            self.refused_log.setVisible(True)
            self.refused_log.appendPlainText("\n".join(lines))

    def _shop_or_refuse(self) -> int | None:
        clear_marks({"shop": self.shop})
        shop_id = self.chosen_shop()
        if shop_id is None:
            mark_fields(self.fields, ValidationError(
                "choose a shop", fields={"shop": self.tr("Choose the shop from the list.")}))
            self._say(self.tr("Choose the shop from the list first."), error=True)
            self.sounds.play("refused")
        return shop_id

    def _refuse_error(self, exc: SimdeskError, text: str | None = None) -> None:
        mark_fields(self.fields, exc)
        self._say(text or error_text(exc), error=True)
        self.sounds.play("refused")

    # ------------------------------------------------------------------ problems

    def problem_text(self, code: str, problem: ScanProblem) -> str:
        """Why ``code`` cannot go, in the window's language."""
        if problem.code == handover.INVALID_CODE:
            if problem.reason == "empty":
                return self.tr("The code is empty: scan or type the card's code.")
            if problem.reason == "not_digits":
                return self.tr("{0} is not a SIM card code: it has characters other than "
                               "digits.").format(code)
            if problem.reason == "length":
                return self.tr("{0} is not a SIM card code: it has {1} digits, a SIM card "
                               "code has 19 or 20.").format(code, problem.digits)
            if problem.reason == "prefix":
                return self.tr("{0} is not a SIM card code: it does not start with 89."
                               ).format(code)
            return self.tr("{0}: the check digit is wrong — a misread or mistyped code? Scan "
                           "it again.").format(code)
        if problem.code == handover.NOT_FOUND:
            return self.tr("{0} is not in the database. Add the card on the SIM cards page "
                           "first.").format(code)
        if problem.code == handover.DUPLICATE:
            return self.tr("{0} is already in the list.").format(code)
        if problem.code == handover.SOLD:
            return self.tr("{0} is sold; a sold card stays where it was sold.").format(code)
        if problem.code == handover.IN_OTHER_SHOP:
            if self.to_shop:
                return self.tr("{0} is in another shop, {1}. Take it back from there "
                               "first.").format(code, problem.shop_name or "?")
            return self.tr("{0} is in another shop, {1}, not in this one.").format(
                code, problem.shop_name or "?")
        if problem.code == handover.ALREADY_IN_SHOP:
            return self.tr("{0} is already in this shop.").format(code)
        if problem.code == handover.IN_STOCK:
            return self.tr("{0} is in stock, not in this shop.").format(code)
        return problem.message

    def _range_error(self, exc: SimdeskError) -> str:
        if exc.code == "invalid_code" and isinstance(exc, ValidationError):
            if "last" in exc.fields:
                return self.tr("The last code of the pack is not a valid SIM card code; "
                               "check it.")
            return self.tr("The first code of the pack is not a valid SIM card code; check "
                           "it.")
        texts = {
            "range_reversed": self.tr("The last code comes before the first; swap them."),
            "range_length_mismatch": self.tr("The first and the last code have different "
                                             "lengths; check them."),
            "range_too_large": self.tr("The pack holds too many codes (at most 100,000 at "
                                       "once); split it."),
        }
        return texts.get(exc.code) or error_text(exc)

    # ------------------------------------------------------------------ adding

    def add_scanned(self) -> bool:
        """The scan field's code (a scanner's Enter): checked at once; True when added."""
        raw = self.scan_edit.text()
        self.scan_edit.clear()
        self.scan_edit.setFocus()
        if not raw.strip() or self.act is not None:
            return False
        shop_id = self._shop_or_refuse()
        if shop_id is None:
            return False
        try:
            result = handover.check_scan(raw, shop_id=shop_id, direction=self.direction,
                                         taken=self.model.code_set())
        except SimdeskError as exc:
            self._refuse_error(exc)
            return False
        if result.card is None:
            assert result.problem is not None
            text = self.problem_text(result.code, result.problem)
            mark_fields({"code": self.scan_edit},
                        ValidationError(text, fields={"code": text}))
            self._say(text, error=True)
            self._log_refused([text])
            self.sounds.play("refused")
            self.scan_refused.emit(result.code, result.problem.code)
            return False
        clear_marks({"code": self.scan_edit})
        self.model.add([result.card])
        self.table.scrollToBottom()
        self._say(self.tr("{0} added.").format(result.code))
        self.sounds.play("accepted")
        self._update()
        return True

    def add_range(self) -> int:
        """The pack first … last: the cards that may go are added, the others listed with
        their reasons; returns how many were added."""
        if self.act is not None:
            return 0
        shop_id = self._shop_or_refuse()
        if shop_id is None:
            return 0
        clear_marks({"first": self.first_edit, "last": self.last_edit})
        try:
            result = handover.check_range(self.first_edit.text(), self.last_edit.text(),
                                          shop_id=shop_id, direction=self.direction,
                                          taken=self.model.code_set())
        except SimdeskError as exc:
            self._refuse_error(exc, self._range_error(exc))
            return 0
        self.model.add(result.cards)
        lines = [self.problem_text(r.code, r.problem) for r in result.refused
                 if r.problem is not None]
        self._log_refused(lines)
        for r in result.refused:
            if r.problem is not None:
                self.scan_refused.emit(r.code, r.problem.code)
        if result.refused:
            self._say(self.tr("{0} card(s) of the pack added; {1} refused (see below).").format(
                len(result.cards), len(result.refused)), error=True)
            self.sounds.play("refused")
        else:
            self._say(self.tr("{0} card(s) of the pack added.").format(len(result.cards)))
            self.sounds.play("accepted")
            self.first_edit.clear()
            self.last_edit.clear()
        self.table.scrollToBottom()
        self._update()
        self.scan_edit.setFocus()
        return len(result.cards)

    def add_oldest(self) -> int:
        """The oldest N cards in stock that are not in the list yet."""
        if self.act is not None or not self.to_shop:
            return 0
        if self._shop_or_refuse() is None:
            return 0
        count = self.oldest_spin.value()
        try:
            cards = handover.oldest_in_stock(count, taken=self.model.code_set())
        except SimdeskError as exc:
            self._refuse_error(exc)
            return 0
        self.model.add(cards)
        self._say(self.tr("The {0} oldest card(s) in stock added.").format(len(cards)))
        self.sounds.play("accepted")
        self.table.scrollToBottom()
        self._update()
        self.scan_edit.setFocus()
        return len(cards)

    def remove_selected(self) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        self.model.remove(rows)
        self._update()
        self.scan_edit.setFocus()

    def clear_list(self) -> None:
        self.model.clear()
        self._update()
        self.scan_edit.setFocus()

    # ------------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter never presses a default button (a scanner sends one after every code): the
        scan field adds the code, the first code of a pack moves on to the last, the last
        adds the pack (their returnPressed), the count adds the oldest cards (the event
        filter), a focused button is clicked; anywhere else it does nothing.  Ctrl+Enter
        confirms."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.confirm()
            elif isinstance(focus, QPushButton) and focus.isEnabled():
                focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the count of oldest cards adds them."""
        if (watched is self.oldest_spin and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add_oldest()
            return True
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        """Cancel: a list not handed over yet is only dropped after a question."""
        if self.act is None and self.model.cards and self.task is None:
            box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                              self.tr("Drop the list of {0} card(s) without handing them "
                                      "over?").format(len(self.model.cards)),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              self)
            box.setObjectName("dropListQuestion")
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.accepted.connect(self._drop_and_close)
            box.open()
            return
        if self.task is not None:
            return  # the hand-over is being written; it ends in a moment
        super().reject()

    def _drop_and_close(self) -> None:
        self.model.clear()
        self._update()
        super().reject()

    # ------------------------------------------------------------------ confirm

    def confirm(self) -> Task | None:
        """Write the hand-over and its act (one transaction, on a worker thread)."""
        if self.act is not None or self.task is not None:
            return None
        shop_id = self._shop_or_refuse()
        if shop_id is None:
            return None
        codes = self.model.codes()
        if not codes:
            self._say(self.tr("The list is empty: scan at least one card."), error=True)
            self.sounds.play("refused")
            return None
        direction = self.direction
        actor = self.ctx.actor  # the signed-in person, named on the act and in the log

        def work(control: TaskControl) -> Act:
            control.progress(0, 0, "")
            return handover.commit_handover(shop_id, codes, direction=direction,
                                            source="gui", actor=actor)

        self._say(self.tr("Writing the hand-over…"))
        self.task = self.ctx.tasks.run(
            work, name="handover", on_done=self._committed, on_error=self._commit_failed,
            progress_parent=self if len(codes) > PROGRESS_FROM else None,
            progress_title=self.tr("Writing the hand-over…"))
        self._update()
        return self.task

    def _committed(self, act: Act) -> None:
        self.task = None
        self.act = act
        # Earlier refusals' red frames go: the hand-over is done.
        clear_marks({**self.fields, "code": self.scan_edit})
        shop = act.shop_name
        if self.to_shop:
            text = self.tr("Act No. {0}: {1} card(s) handed over to {2}.").format(
                act.number, act.count, shop)
        else:
            text = self.tr("Act No. {0}: {1} card(s) taken back from {2}.").format(
                act.number, act.count, shop)
        self._say(text + " " + self.tr("Save the act as PDF or print it."))
        self._update()
        self.pdf_button.setFocus()
        self.ctx.changed_here()
        self.committed.emit(act)

    def _commit_failed(self, exc: Exception) -> None:
        self.task = None
        self._update()
        if isinstance(exc, SimdeskError) and exc.code == "handover_refused":
            problems = exc.details.get("problems", [])
            self._say(self.tr("Nothing was written: {0} card(s) of the list changed since they "
                              "were scanned (listed below). Remove them and confirm again."
                              ).format(len(problems)), error=True)
            self._log_refused([
                self.problem_text(str(p.get("code", "")), ScanProblem(
                    str(p.get("problem", "")), str(p.get("problem", "")),
                    shop_name=p.get("shopName"), reason=p.get("reason")))
                for p in problems])
            self.sounds.play("refused")
            return
        self._say(error_text(exc), error=True)
        self.sounds.play("refused")

    # ------------------------------------------------------------------ the act

    def choose_pdf_file(self) -> Task | None:
        if self.act is None:
            return None
        default = Path.home() / default_file_name(self.act)
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Save the act as PDF"), str(default), self.tr("PDF file (*.pdf)"))
        if not path:
            return None
        return self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> Task | None:
        """Write the act to ``path`` as PDF on a worker thread."""
        act = self.act
        if act is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.pdf_button.setEnabled(False)

        def done(written: object) -> None:
            self.pdf_button.setEnabled(True)
            self.saved_pdf = written if isinstance(written, Path) else path
            self._say(self.tr("Act No. {0} saved: {1}").format(act.number, self.saved_pdf))

        def failed(exc: Exception) -> None:
            self.pdf_button.setEnabled(True)
            self._say(error_text(exc), error=True)

        self._say(self.tr("Writing the act to {0}…").format(path))
        self.pdf_task = self.ctx.tasks.run(lambda _control: write_act_pdf(act, path),
                                           name="act-pdf", on_done=done, on_error=failed)
        return self.pdf_task

    def print_act(self) -> bool:
        return self.act is not None and print_act(self.act, self)
