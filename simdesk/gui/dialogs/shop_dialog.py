"""Add or edit a shop.  The domain validates; a refusal marks the fields it names and says
why, and the dialog stays open with what the user typed."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from simdesk.domain.regions import REGIONS
from simdesk.domain.shops import create_shop, update_shop
from simdesk.errors import SimdeskError, ValidationError
from simdesk.gui import problems
from simdesk.gui.errors import clear_marks, error_text, mark_fields
from simdesk.gui.regions import region_from_text, region_text
from simdesk.gui.widgets.dialog_keys import install_dialog_keys
from simdesk.storage.models import SHOP_ACTIVE, SHOP_INACTIVE, Shop

ERROR_STYLE: Final = (
    "QLabel { color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0;"
    " border-radius: 4px; padding: 6px 8px; }"
)


def _coordinate_text(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")


class ShopDialog(QDialog):
    """``saved(shop_id)`` is emitted once the domain stored the shop; only then it closes."""

    saved = Signal(int)

    def __init__(self, shop: Shop | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop_id: int | None = shop.id if shop is not None else None
        self.setObjectName("shopDialog")
        self.setWindowTitle(self.tr("Edit shop") if shop is not None else self.tr("Add shop"))
        self.setMinimumWidth(460)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("owner_name")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("owner_phone")
        self.phone_edit.setPlaceholderText("+998 90 123 45 67")
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("address")
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("region")
        self.region_combo.setEditable(True)
        self.region_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.region_combo.addItem("", "")
        for region in REGIONS:  # shown in the user's language, stored canonical
            self.region_combo.addItem(region_text(region), region)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status")
        self.status_combo.addItem(self.tr("Active"), SHOP_ACTIVE)
        self.status_combo.addItem(self.tr("Inactive"), SHOP_INACTIVE)
        self.latitude_edit = QLineEdit()
        self.latitude_edit.setObjectName("latitude")
        self.latitude_edit.setPlaceholderText("41.3111")
        self.longitude_edit = QLineEdit()
        self.longitude_edit.setObjectName("longitude")
        self.longitude_edit.setPlaceholderText("69.2797")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(72)

        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "owner_name": self.owner_edit,
            "owner_phone": self.phone_edit,
            "address": self.address_edit,
            "region": self.region_combo,
            "status": self.status_combo,
            "latitude": self.latitude_edit,
            "longitude": self.longitude_edit,
            "notes": self.notes_edit,
        }
        self.labels: dict[str, str] = {
            "name": self.tr("Name"),
            "owner_name": self.tr("Owner"),
            "owner_phone": self.tr("Owner's phone"),
            "address": self.tr("Address"),
            "region": self.tr("Region"),
            "status": self.tr("Status"),
            "latitude": self.tr("Latitude"),
            "longitude": self.tr("Longitude"),
            "notes": self.tr("Notes"),
        }

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.addRow(self.labels["name"] + " *", self.name_edit)
        form.addRow(self.labels["owner_name"], self.owner_edit)
        form.addRow(self.labels["owner_phone"], self.phone_edit)
        form.addRow(self.labels["address"], self.address_edit)
        form.addRow(self.labels["region"], self.region_combo)
        form.addRow(self.labels["status"], self.status_combo)
        coords = QHBoxLayout()
        coords.setSpacing(8)
        coords.addWidget(self.latitude_edit)
        coords.addWidget(self.longitude_edit)
        form.addRow(self.tr("Latitude / longitude"), coords)
        form.addRow(self.labels["notes"], self.notes_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.keys = install_dialog_keys(self, save)

        if shop is not None:
            self._load(shop)
        self.name_edit.setFocus()

    def _load(self, shop: Shop) -> None:
        self.name_edit.setText(shop.name)
        self.owner_edit.setText(shop.owner_name or "")
        self.phone_edit.setText(shop.owner_phone or "")
        self.address_edit.setText(shop.address or "")
        self.region_combo.setCurrentText(region_text(shop.region or ""))
        index = self.status_combo.findData(shop.status)
        self.status_combo.setCurrentIndex(max(index, 0))
        self.latitude_edit.setText(_coordinate_text(shop.latitude))
        self.longitude_edit.setText(_coordinate_text(shop.longitude))
        self.notes_edit.setPlainText(shop.notes or "")

    def values(self) -> dict[str, Any]:
        """What the user typed, as the domain's shop fields (the domain cleans them)."""
        return {
            "name": self.name_edit.text(),
            "owner_name": self.owner_edit.text(),
            "owner_phone": self.phone_edit.text(),
            "address": self.address_edit.text(),
            "region": region_from_text(self.region_combo.currentText()),
            "status": self.status_combo.currentData(),
            "latitude": self.latitude_edit.text().strip(),
            "longitude": self.longitude_edit.text().strip(),
            "notes": self.notes_edit.toPlainText(),
        }

    def problem_text(self, exc: BaseException) -> str:
        """The refusal for the user: each named field with its reason."""
        if isinstance(exc, ValidationError) and exc.fields:
            lines = [self.tr("The shop was not saved:")]
            for field, reason in exc.fields.items():
                lines.append(f"• {self.labels.get(field, field)}: {problems.problem_text(reason)}")
            return "\n".join(lines)
        return error_text(exc)

    def accept(self) -> None:
        clear_marks(self.fields)
        self.error_label.setVisible(False)
        try:
            if self.shop_id is None:
                shop = create_shop(self.values())
            else:
                shop = update_shop(self.shop_id, self.values())
        except SimdeskError as exc:
            self.error_label.setText(self.problem_text(exc))
            self.error_label.setVisible(True)
            mark_fields(self.fields, exc)
            return
        self.shop_id = shop.id
        self.saved.emit(shop.id)
        super().accept()

    def is_marked(self, field: str) -> bool:
        return bool(self.fields[field].property("simdeskInvalid"))

