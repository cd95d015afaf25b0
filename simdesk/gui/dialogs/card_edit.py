"""Add or edit one SIM card: code, phone, operator, notes.  Validation is the domain's; its
errors are shown on the fields and nothing is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from simdesk.domain import simcards
from simdesk.domain.phones import OPERATORS, format_phone
from simdesk.errors import SimdeskError
from simdesk.gui.errors import clear_marks, error_text, mark_fields
from simdesk.gui.widgets.dialog_keys import install_dialog_keys

ERROR_STYLE = "color: #b71c1c;"


class CardEditDialog(QDialog):
    """``card_id`` None: a new card.  Accepted once the domain stored the change;
    ``saved_id`` is then the card's id."""

    def __init__(self, card_id: int | None = None, parent: QWidget | None = None, *,
                 actor: str | None = None) -> None:
        super().__init__(parent)
        self.actor = actor  # the signed-in user: named in the log
        self.setObjectName("cardEditDialog")
        self.card_id = card_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Add SIM card") if card_id is None
                            else self.tr("Edit SIM card"))
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("19 or 20 digits, starting with 89"))
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText("+998 90 123 45 67")
        self.operator = QComboBox()
        self.operator.setObjectName("operator")
        self.operator.setEditable(True)
        self.operator.addItem("")
        self.operator.addItems(list(OPERATORS))
        self.operator.setToolTip(self.tr("Leave empty to detect it from the phone number."))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(80)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Code (ICCID)"), self.code)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Operator"), self.operator)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.keys = install_dialog_keys(
            self, self.buttons.button(QDialogButtonBox.StandardButton.Save))
        self.fields: dict[str, QWidget] = {
            "code": self.code, "phone": self.phone, "operator": self.operator,
            "notes": self.notes,
        }
        self._original: dict[str, str] = {}
        if card_id is not None:
            self._load(card_id)
        self.resize(460, self.sizeHint().height())

    def _load(self, card_id: int) -> None:
        card = simcards.get_card(card_id)
        self.code.setText(card.code)
        self.phone.setText(format_phone(card.phone) if card.phone else "")
        self.operator.setCurrentText(card.operator or "")
        self.notes.setPlainText(card.notes or "")
        self._original = self._values()

    def _values(self) -> dict[str, str]:
        return {
            "code": self.code.text().strip(),
            "phone": self.phone.text().strip(),
            "operator": self.operator.currentText().strip(),
            "notes": self.notes.toPlainText(),
        }

    def show_error(self, exc: BaseException) -> None:
        mark_fields(self.fields, exc)
        self.message.setText(error_text(exc))
        self.message.setVisible(True)

    def save(self) -> None:
        clear_marks(self.fields)
        self.message.setVisible(False)
        values = self._values()
        try:
            if self.card_id is None:
                card = simcards.create_card(
                    values["code"], phone=values["phone"] or None,
                    operator=values["operator"] or None, notes=values["notes"])
            else:
                changes: dict[str, str | None] = {
                    key: value for key, value in values.items()
                    if value != self._original.get(key)
                }
                card = simcards.update_card(
                    self.card_id, changes, source="gui", actor=self.actor) if changes \
                    else simcards.get_card(self.card_id)
        except SimdeskError as exc:
            self.show_error(exc)
            return
        self.saved_id = int(card.id)
        self.accept()
