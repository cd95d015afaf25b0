"""Assign to shop…: the chosen cards go to an active shop; cards that cannot go (sold, already
there) are skipped and listed with the reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simdesk.domain.selection import BulkOutcome, CardSelection, assign_selection
from simdesk.domain.shops import ShopFilter, shop_query
from simdesk.domain.simcards import MoveResult, assign_cards
from simdesk.errors import ValidationError
from simdesk.gui.context import AppContext
from simdesk.gui.errors import clear_marks, error_text, mark_fields
from simdesk.gui.problems import problem_text
from simdesk.gui.regions import region_text
from simdesk.gui.tasks import TaskControl
from simdesk.gui.widgets.charts import thousands
from simdesk.gui.widgets.dialog_keys import install_dialog_keys
from simdesk.storage.models import SHOP_ACTIVE

SHOWN_SKIPPED = 500


def shop_choices(*, active_only: bool, include_archived: bool = False,
                 with_region: bool = True) -> list[tuple[int, str]]:
    """(id, "name — region") of the shops to pick from, by name (just the name, which is
    unique, without ``with_region``)."""
    flt = ShopFilter(status=SHOP_ACTIVE if active_only else None,
                     include_archived=include_archived)
    return [(int(s.id), f"{s.name} — {region_text(s.region)}"
             if s.region and with_region else str(s.name))
            for s in shop_query(flt)]


def fill_shop_combo(combo: QComboBox, shops: Sequence[tuple[int, str]]) -> None:
    for shop_id, label in shops:
        combo.addItem(label, shop_id)


class AssignDialog(QDialog):
    """``assigned`` is emitted (with the MoveResult) once the cards were assigned."""

    assigned = Signal(object)
    task_started = Signal(object)  # the Task writing the cards (the page waits for its end)

    def __init__(self, ctx: AppContext, card_ids: Sequence[int],
                 parent: QWidget | None = None, *, selection: CardSelection | None = None,
                 count: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign to shop"))
        self.ctx = ctx
        self.card_ids = list(card_ids)
        # A large selection (e.g. every card of a filter): assigned in SQL by the domain.
        self.selection = selection
        self.count = count if count is not None else len(self.card_ids)
        self.result_data: MoveResult | BulkOutcome | None = None
        self.shop = QComboBox()
        self.shop.setObjectName("shop")
        self.shop.setEditable(True)
        self.shop.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = self.shop.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Type to find a shop"))
        shops = shop_choices(active_only=True)
        fill_shop_combo(self.shop, shops)
        self.shop.setCurrentIndex(-1)
        completer = QCompleter(self.shop.model(), self.shop)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.shop.setCompleter(completer)
        info = QLabel(self.tr("{0} card(s) selected.").format(self.count))
        info.setObjectName("selectedCount")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setVisible(not shops)
        if not shops:
            self.message.setText(self.tr("There is no active shop. Add a shop on the Shops "
                                         "page first."))
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        self.skipped = QPlainTextEdit()
        self.skipped.setObjectName("skipped")
        self.skipped.setReadOnly(True)
        self.skipped.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.assign_button = QPushButton(self.tr("Assign"))
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setEnabled(bool(shops) and self.count > 0)
        self.buttons.addButton(self.assign_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.assign_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Shop"), self.shop)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.result_label)
        layout.addWidget(self.skipped, 1)
        layout.addWidget(self.buttons)
        self.keys = install_dialog_keys(self, self._primary)
        self.resize(480, 220)

    def _primary(self) -> QPushButton | None:
        """Enter assigns; once assigned, Enter is OK."""
        if not self.assign_button.isHidden():
            return self.assign_button
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def select_shop(self, shop_id: int) -> None:
        self.shop.setCurrentIndex(self.shop.findData(shop_id))

    def chosen_shop(self) -> int | None:
        index = self.shop.currentIndex()
        if index < 0 or self.shop.currentText() != self.shop.itemText(index):
            found = self.shop.findText(self.shop.currentText())
            if found < 0:
                return None
            index = found
        data = self.shop.itemData(index)
        return int(data) if data is not None else None

    def _fail(self, exc: BaseException) -> None:
        self.assign_button.setEnabled(True)
        mark_fields({"shop_id": self.shop, "shop": self.shop}, exc)
        self.message.setText(error_text(exc))
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setVisible(True)

    def start(self) -> None:
        clear_marks({"shop": self.shop})
        self.message.setVisible(False)
        shop_id = self.chosen_shop()
        if shop_id is None:
            self._fail(ValidationError(self.tr("Choose a shop from the list."),
                                       fields={"shop": "choose a shop"}))
            return
        ids = list(self.card_ids)
        actor = self.ctx.actor
        self.assign_button.setEnabled(False)
        selection = self.selection

        def work(control: TaskControl) -> MoveResult | BulkOutcome:
            control.progress(0, 0, "")
            if selection is not None:
                return assign_selection(shop_id, selection, source="gui", actor=actor,
                                        progress=control.progress, check=control.check)
            return assign_cards(shop_id, ids=ids, strict=False, source="gui", actor=actor)

        task = self.ctx.tasks.run(
            work, name="assign", on_done=self._done, on_error=self._fail,
            progress_parent=self if self.count > 1000 else None,
            progress_title=self.tr("Assigning cards…"),
        )
        task.cancelled.connect(lambda: self.assign_button.setEnabled(True))
        self.task_started.emit(task)

    def _done(self, result: MoveResult | BulkOutcome) -> None:
        self.result_data = result
        if isinstance(result, BulkOutcome):
            lines = [f"{skip.ref} — {problem_text(skip.reason)}" for skip in result.examples]
            self._show_outcome(result.changed, result.shop_name or "?", result.skipped, lines)
        else:
            lines = [f"{skip.ref} — {problem_text(skip.reason)}"
                     for skip in result.skipped[:SHOWN_SKIPPED]]
            self._show_outcome(len(result.changed),
                               result.shop.name if result.shop is not None else "?",
                               len(result.skipped), lines)
        self._finished(result)

    def _show_outcome(self, changed: int, shop_name: str, skipped: int,
                      lines: list[str]) -> None:
        """"N assigned to the shop", and the first skipped cards with their reasons."""
        text = self.tr("{0} card(s) assigned to {1}.").format(thousands(changed), shop_name)
        if skipped:
            text += " " + self.tr("{0} card(s) skipped:").format(thousands(skipped))
            if skipped > len(lines):
                lines = [*lines, self.tr("… and {0} more").format(thousands(skipped - len(lines)))]
            self.skipped.setPlainText("\n".join(lines))
            self.skipped.setVisible(True)
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #1b5e20;" if changed else "")
        self.result_label.setVisible(True)

    def _finished(self, result: MoveResult | BulkOutcome) -> None:
        self.shop.setEnabled(False)
        self.assign_button.setVisible(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)
        self.keys.set_primary(self._primary)
        self.ctx.changed_here()
        self.assigned.emit(result)
