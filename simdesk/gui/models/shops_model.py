"""The shops table (with each shop's card counts) and the small card list of one shop."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from simdesk.domain import stats
from simdesk.domain.phones import format_phone
from simdesk.domain.shops import ShopFilter, shop_query
from simdesk.domain.simcards import CardFilter, list_cards
from simdesk.gui.models.base import Index, ListModel
from simdesk.gui.regions import region_text
from simdesk.gui.widgets.charts import STATUS_COLORS, local_text, percent, thousands
from simdesk.storage.models import SHOP_ACTIVE, Shop

SORT_ROLE: Final = Qt.ItemDataRole.UserRole
ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1

_NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def shop_status_text(status: str, archived: bool = False) -> str:
    if archived:
        return QCoreApplication.translate("ShopsModel", "Archived")
    return (
        QCoreApplication.translate("ShopsModel", "Active")
        if status == SHOP_ACTIVE
        else QCoreApplication.translate("ShopsModel", "Inactive")
    )


def card_status_text(status: str) -> str:
    return {
        "available": QCoreApplication.translate("ShopsModel", "Available"),
        "assigned": QCoreApplication.translate("ShopsModel", "Assigned"),
        "sold": QCoreApplication.translate("ShopsModel", "Sold"),
    }.get(status, status)


def shop_regions() -> list[str]:
    """Every region some shop is in (free-text ones included), for the region filter."""
    return [r for (r,) in Shop.select(Shop.region).distinct().order_by(Shop.region).tuples() if r]


@dataclass(frozen=True)
class ShopRow:
    id: int
    name: str
    owner_name: str
    owner_phone: str
    address: str
    region: str
    status: str
    archived: bool
    added_date: datetime | None
    assigned: int
    sold: int
    total: int
    sell_through: float
    sold_7d: int
    sold_30d: int


def load_shop_rows(flt: ShopFilter) -> list[ShopRow]:
    """The shops matching ``flt`` with their numbers: two queries (the shops, and one
    ``per_shop`` aggregate for all of them), whatever the number of shops."""
    shops = list(shop_query(flt))
    numbers = {
        s.shop_id: s
        for s in stats.per_shop(include_archived=flt.include_archived or flt.archived_only)
    }
    rows = []
    for shop in shops:
        n = numbers.get(shop.id)
        rows.append(
            ShopRow(
                id=shop.id,
                name=shop.name,
                owner_name=shop.owner_name or "",
                owner_phone=shop.owner_phone or "",
                address=shop.address or "",
                region=shop.region or "",
                status=shop.status,
                archived=shop.archived_at is not None,
                added_date=shop.added_date,
                assigned=n.assigned if n else 0,
                sold=n.sold if n else 0,
                total=n.total if n else 0,
                sell_through=n.sell_through if n else 0.0,
                sold_7d=n.sold_7d if n else 0,
                sold_30d=n.sold_30d if n else 0,
            )
        )
    return rows


@dataclass(frozen=True)
class _Column:
    key: str
    title: Callable[[], str]
    text: Callable[[ShopRow], str]
    sort: Callable[[ShopRow], Any]
    numeric: bool = False


def _columns() -> tuple[_Column, ...]:
    return (
        _Column(
            "name",
            lambda: QCoreApplication.translate("ShopsModel", "Name"),
            lambda r: r.name,
            lambda r: r.name.casefold(),
        ),
        _Column(
            "owner",
            lambda: QCoreApplication.translate("ShopsModel", "Owner"),
            lambda r: r.owner_name,
            lambda r: r.owner_name.casefold(),
        ),
        _Column(
            "phone",
            lambda: QCoreApplication.translate("ShopsModel", "Owner's phone"),
            lambda r: format_phone(r.owner_phone),
            lambda r: r.owner_phone,
        ),
        _Column(
            "region",
            lambda: QCoreApplication.translate("ShopsModel", "Region"),
            lambda r: region_text(r.region),
            lambda r: region_text(r.region).casefold(),
        ),
        _Column(
            "status",
            lambda: QCoreApplication.translate("ShopsModel", "Status"),
            lambda r: shop_status_text(r.status, r.archived),
            lambda r: (r.archived, r.status),
        ),
        _Column(
            "assigned",
            lambda: QCoreApplication.translate("ShopsModel", "Assigned"),
            lambda r: thousands(r.assigned),
            lambda r: r.assigned,
            True,
        ),
        _Column(
            "sold",
            lambda: QCoreApplication.translate("ShopsModel", "Sold"),
            lambda r: thousands(r.sold),
            lambda r: r.sold,
            True,
        ),
        _Column(
            "total",
            lambda: QCoreApplication.translate("ShopsModel", "Total"),
            lambda r: thousands(r.total),
            lambda r: r.total,
            True,
        ),
        _Column(
            "sell_through",
            lambda: QCoreApplication.translate("ShopsModel", "Sell-through"),
            lambda r: percent(r.sell_through) if r.total else "—",
            lambda r: r.sell_through,
            True,
        ),
        _Column(
            "sold_30d",
            lambda: QCoreApplication.translate("ShopsModel", "Sold in 30 days"),
            lambda r: thousands(r.sold_30d),
            lambda r: r.sold_30d,
            True,
        ),
        _Column(
            "added",
            lambda: QCoreApplication.translate("ShopsModel", "Added"),
            lambda r: local_text(r.added_date, with_time=False),
            lambda r: r.added_date.isoformat() if r.added_date else "",
        ),
    )


class ShopsModel(ListModel):
    """Shops matching a :class:`ShopFilter`, each with its card counts."""

    COLUMN_KEYS: Final = (
        "name",
        "owner",
        "phone",
        "region",
        "status",
        "assigned",
        "sold",
        "total",
        "sell_through",
        "sold_30d",
        "added",
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = _columns()
        self._rows: list[ShopRow] = []
        self.filter = ShopFilter()

    # -------------------------------------------------------------- loading

    def set_filter(self, flt: ShopFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.set_rows(load_shop_rows(self.filter))

    def row_of(self, index: Index) -> ShopRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def row_for_id(self, shop_id: int) -> int | None:
        for n, row in enumerate(self._rows):
            if row.id == shop_id:
                return n
        return None

    def column(self, key: str) -> int:
        return self.COLUMN_KEYS.index(key)

    @property
    def rows(self) -> list[ShopRow]:
        return list(self._rows)

    # -------------------------------------------------------------- Qt model

    def headers(self) -> Sequence[str]:
        return [column.title() for column in self._columns]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(_NUMERIC)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(_NUMERIC)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QBrush(QColor(STATUS_COLORS["archived"]))
            if column.key == "status":
                return QBrush(QColor(STATUS_COLORS.get(row.status, "#000000")))
            if column.key == "sold" and row.sold:
                return QBrush(QColor(STATUS_COLORS["sold"]))
            if column.key == "assigned" and row.assigned:
                return QBrush(QColor(STATUS_COLORS["assigned"]))
            return None
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "name" and row.address:
            return row.address
        return None


@dataclass(frozen=True)
class CardRow:
    id: int
    code: str
    phone: str
    status: str
    assigned_at: datetime | None
    sale_date: datetime | None


class ShopCardsModel(ListModel):
    """The latest cards of one shop (at most ``limit``), newest first."""

    # the status right after the code: both show in the narrow detail panel
    COLUMN_KEYS: Final = ("code", "status", "phone", "assigned_at", "sale_date")

    def __init__(self, parent: QObject | None = None, limit: int = 200) -> None:
        super().__init__(parent)
        self.limit = limit
        self.shop_id: int | None = None
        self._rows: list[CardRow] = []

    def set_shop(self, shop_id: int | None) -> None:
        self.shop_id = shop_id
        rows: list[CardRow] = []
        if shop_id is not None:
            cards = list_cards(CardFilter(shop_id=shop_id), sort="-addedDate", limit=self.limit)
            rows = [
                CardRow(id=card.id, code=card.code,
                        phone=format_phone(card.phone) if card.phone else "",
                        status=card.status, assigned_at=card.assigned_at,
                        sale_date=card.sale_date)
                for card in cards
            ]
        self.set_rows(rows)

    @property
    def rows(self) -> list[CardRow]:
        return list(self._rows)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("ShopsModel", "Code (ICCID)"),
            QCoreApplication.translate("ShopsModel", "Status"),
            QCoreApplication.translate("ShopsModel", "Phone"),
            QCoreApplication.translate("ShopsModel", "Assigned"),
            QCoreApplication.translate("ShopsModel", "Sale date"),
        )

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
            if key == "code":
                return row.code
            if key == "phone":
                return row.phone
            if key == "status":
                return card_status_text(row.status)
            if key == "assigned_at":
                return local_text(row.assigned_at, with_time=False)
            return local_text(row.sale_date, with_time=False)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return QBrush(QColor(STATUS_COLORS.get(row.status, "#000000")))
        if role == Qt.ItemDataRole.FontRole and key == "code":
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        return None
