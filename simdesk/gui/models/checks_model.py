"""The status-check log, newest first, fetched lazily one page at a time.

The log grows by one row per check (millions over time): rows are read in pages with a keyset
(``checked_at``, ``id``) after the last row shown — never with a growing OFFSET and never all
at once — and new rows are prepended without reloading what is already shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from simdesk.domain.logs import CheckFilter, CheckRow, count_checks, read_checks
from simdesk.gui.models.base import Index, ListModel
from simdesk.gui.source_errors import source_error_text
from simdesk.gui.widgets.charts import STATUS_COLORS, local_text
from simdesk.storage.models import Shop

ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE: Final = 200
NEWER_LIMIT: Final = 1000  # more new rows than this: reload from the top instead


def source_names() -> dict[str, str]:
    """The log's sources (simdesk.domain.history.SOURCES) as the user reads them."""
    return {
        "gui": QCoreApplication.translate("ChecksModel", "Window"),
        "api": QCoreApplication.translate("ChecksModel", "API"),
        "cli": QCoreApplication.translate("ChecksModel", "Command line"),
        "import": QCoreApplication.translate("ChecksModel", "Import"),
        "check": QCoreApplication.translate("ChecksModel", "Status check"),
        "report": QCoreApplication.translate("ChecksModel", "Activation report"),
        "migration": QCoreApplication.translate("ChecksModel", "Migration"),
        "seed": QCoreApplication.translate("ChecksModel", "Old server"),
    }


def status_name(status: str | None) -> str:
    if not status:
        return ""
    return {
        "available": QCoreApplication.translate("ChecksModel", "Available"),
        "assigned": QCoreApplication.translate("ChecksModel", "Assigned"),
        "sold": QCoreApplication.translate("ChecksModel", "Sold"),
    }.get(status, status)


def kind_name(kind: str) -> str:
    return {
        "check": QCoreApplication.translate("ChecksModel", "Check"),
        "change": QCoreApplication.translate("ChecksModel", "Change"),
    }.get(kind, kind)


def shop_names() -> dict[int, str]:
    """Every shop's name by id (shops are few; the log itself joins nothing)."""
    return dict(Shop.select(Shop.id, Shop.name).tuples())


class ChecksModel(ListModel):
    COLUMN_KEYS: Final = (
        "checked_at",
        "code",
        "shop",
        "source",
        "kind",
        "old_status",
        "new_status",
        "external_status",
        "error",
        "actor",
    )

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.filter = CheckFilter()
        self.total = 0
        self._rows: list[CheckRow] = []
        self._exhausted = True
        self._shops: dict[int, str] = {}
        self._sources = source_names()
        self._headers = (
            QCoreApplication.translate("ChecksModel", "Time"),
            QCoreApplication.translate("ChecksModel", "Card code"),
            QCoreApplication.translate("ChecksModel", "Shop"),
            QCoreApplication.translate("ChecksModel", "Source"),
            QCoreApplication.translate("ChecksModel", "Kind"),
            QCoreApplication.translate("ChecksModel", "Old status"),
            QCoreApplication.translate("ChecksModel", "New status"),
            QCoreApplication.translate("ChecksModel", "Operator's status"),
            QCoreApplication.translate("ChecksModel", "Error"),
            QCoreApplication.translate("ChecksModel", "By"),
        )

    # -------------------------------------------------------------- loading

    def set_filter(self, flt: CheckFilter) -> None:
        """Show the rows matching ``flt`` from the newest; a bad filter raises the domain's
        ValidationError and leaves the model as it was."""
        total = count_checks(flt)
        first = self._page(flt, None)
        self.beginResetModel()
        self.filter = flt
        self.total = total
        self._rows = first
        self._exhausted = len(first) < self.page_size
        self._shops = shop_names()
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _page(self, flt: CheckFilter, after: CheckRow | None) -> list[CheckRow]:
        return read_checks(flt, limit=self.page_size, older_than=after)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        more = self._page(self.filter, self._rows[-1] if self._rows else None)
        self._exhausted = len(more) < self.page_size
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def load_newer(self) -> int:
        """Prepend the rows logged since the newest one shown; returns how many came."""
        if not self._rows:
            self.reload()
            return len(self._rows)
        newer = read_checks(self.filter, limit=NEWER_LIMIT + 1, newer_than=self._rows[0])
        if len(newer) > NEWER_LIMIT:
            self.reload()
            return len(newer)
        names = shop_names()
        if names != self._shops:
            self._shops = names
            if self._rows:
                column = self.COLUMN_KEYS.index("shop")
                self.dataChanged.emit(
                    self.index(0, column), self.index(len(self._rows) - 1, column)
                )
        if newer:
            self.beginInsertRows(QModelIndex(), 0, len(newer) - 1)
            self._rows[:0] = newer
            self.endInsertRows()
            self.total += len(newer)
        return len(newer)

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> CheckRow:
        return self._rows[row]

    def column(self, key: str) -> int:
        return self.COLUMN_KEYS.index(key)

    # -------------------------------------------------------------- Qt model

    def headers(self) -> Sequence[str]:
        return self._headers

    def _text(self, row: CheckRow, key: str) -> str:
        if key == "checked_at":
            return local_text(row.checked_at, seconds=True)
        if key == "code":
            return row.simcard_code
        if key == "shop":
            if row.shop_id is None:
                return ""
            return self._shops.get(row.shop_id, f"#{row.shop_id}")
        if key == "source":
            return self._sources.get(row.source, row.source)
        if key == "kind":
            return kind_name(row.kind)
        if key == "old_status":
            return status_name(row.old_status)
        if key == "new_status":
            return status_name(row.new_status)
        if key == "external_status":
            return row.external_status or ""
        if key == "error":
            return source_error_text(row.error.splitlines()[0]) if row.error else ""
        return row.actor or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < len(self.COLUMN_KEYS)
        ):
            return None
        row = self._rows[index.row()]
        key = self.COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "error" and row.error:
                return QBrush(QColor(STATUS_COLORS["error"]))
            if key in ("old_status", "new_status"):
                status = row.old_status if key == "old_status" else row.new_status
                color = STATUS_COLORS.get(status or "")
                return QBrush(QColor(color)) if color else None
            return None
        if role == Qt.ItemDataRole.FontRole:
            if row.changed and key in ("new_status", "code"):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "error" and row.error:
                return source_error_text(row.error)
            if row.details:
                return row.details
            return None
        return None
