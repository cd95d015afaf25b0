"""The SIM card table: a windowed, lazy cache over the indexed listing query.

The row count comes from a ``COUNT(*)``; rows are read in blocks (``LIMIT``/``OFFSET``) only
when the view asks for them, and at most ``max_blocks`` blocks stay in memory (least recently
used first out), so a million cards open at once and memory stays bounded.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Final, TypeVar

import peewee
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from simdesk.domain.phones import format_phone
from simdesk.domain.simcards import (
    CardFilter,
    CardListRow,
    CardRef,
    card_list_rows,
    card_query,
    card_refs,
    code_prefix,
    count_matching,
    listing_query,
)
from simdesk.gui.formats import datetime_text
from simdesk.storage.models import CARD_ASSIGNED, CARD_AVAILABLE, CARD_SOLD, SimCard

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

# Column keys, in display order.
COLUMNS: Final = (
    "code", "phone", "operator", "status", "shop", "added", "assigned", "sale_date",
    "last_checked", "external_status",
)
COL: Final = {key: n for n, key in enumerate(COLUMNS)}
# Columns the domain can sort by (simdesk.domain.simcards.CARD_SORTS), all backed by indexes
# or cheap enough; the others keep the current order.
SORT_KEYS: Final = {
    COL["code"]: "code",
    COL["status"]: "status",
    COL["added"]: "addedDate",
    COL["sale_date"]: "saleDate",
    COL["last_checked"]: "lastChecked",
}
DEFAULT_SORT: Final = "-addedDate"
SMALL_RESULT: Final = 2000  # a search matching at most this many cards keeps their ids

STATUS_COLORS: Final = {
    CARD_AVAILABLE: QColor("#1565c0"),
    CARD_ASSIGNED: QColor("#e65100"),
    CARD_SOLD: QColor("#2e7d32"),
}

ID_ROLE: Final = Qt.ItemDataRole.UserRole
STATUS_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the raw status (available|assigned|sold)
CODE_ROLE: Final = Qt.ItemDataRole.UserRole + 2  # the card's code
SHOP_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 3


def _when(value: Any) -> str:
    if isinstance(value, datetime):
        return datetime_text(value)
    return ""


class _Row:
    """One card as the table shows it: display texts computed once per fetched block."""

    __slots__ = ("code", "id", "notes", "shop_id", "status", "texts")

    def __init__(self, card: CardListRow, labels: dict[str, str]) -> None:
        self.id = card.id
        self.code = card.code
        self.status = card.status
        self.shop_id = card.shop_id
        self.notes = card.notes or ""
        phone = card.phone
        self.texts = (
            self.code,
            format_phone(phone) if phone else "",
            card.operator or "",
            labels.get(self.status, self.status),
            card.shop_name or "",
            _when(card.added_date),
            _when(card.assigned_at),
            _when(card.sale_date),
            _when(card.last_checked),
            card.external_status or "",
        )


class CardsTableModel(QAbstractTableModel):
    """SIM cards matching a :class:`CardFilter`, in a sort order of the domain's."""

    def __init__(self, parent: QObject | None = None, *, block_size: int = 200,
                 max_blocks: int = 50) -> None:
        super().__init__(parent)
        self.block_size = block_size
        self.max_blocks = max_blocks
        self._filter = CardFilter()
        self._sort = DEFAULT_SORT
        self._sort_column = COL["added"]
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._count = 0
        self._blocks: OrderedDict[int, list[_Row]] = OrderedDict()
        self._small_ids: list[int] | None = None
        self.fetches = 0  # blocks read from the database (for tests and the benchmark)
        self._labels = self.status_labels()
        self._headers = self.header_labels()
        self._count = self._read_count()

    # -------------------------------------------------------------- texts

    def status_labels(self) -> dict[str, str]:
        return {
            CARD_AVAILABLE: self.tr("Available"),
            CARD_ASSIGNED: self.tr("Assigned"),
            CARD_SOLD: self.tr("Sold"),
        }

    def header_labels(self) -> tuple[str, ...]:
        return (
            self.tr("Code (ICCID)"), self.tr("Phone"), self.tr("Operator"), self.tr("Status"),
            self.tr("Shop"), self.tr("Added"), self.tr("Assigned"), self.tr("Sale date"),
            self.tr("Last check"), self.tr("Operator status"),
        )

    # -------------------------------------------------------------- queries

    def current_filter(self) -> CardFilter:
        return self._filter

    def sort_key(self) -> str:
        return self._sort

    def _card_query(self, sort: str | None = None) -> peewee.ModelSelect:
        return card_query(self._filter, sort=sort or self._sort)

    def _read_count(self) -> int:
        """COUNT(*) of the matching cards.  A search for text inside codes or phones scans
        the table; when it matches few cards their ids are kept, so that the blocks are then
        read by id instead of walking the whole sort index for rare matches."""
        self._small_ids = None
        flt = self._filter
        if flt.q and code_prefix(flt.q) is None:
            ids = [int(i) for (i,) in self._card_query().select(SimCard.id).order_by()
                   .limit(SMALL_RESULT + 1).tuples()]
            if len(ids) <= SMALL_RESULT:
                self._small_ids = ids
                return len(ids)
        return count_matching(flt)

    def _read_block(self, number: int) -> list[_Row]:
        """Rows ``number * block_size`` onwards, in two steps: the ids of the block from the
        sort index alone (OFFSET skips index entries, not joined rows), then those rows.  A
        block in the second half of the table is read from the end in the opposite order,
        so the OFFSET is at most half the table."""
        start = number * self.block_size
        limit = self.block_size
        reverse = start > self._count // 2 and self._count > 4 * self.block_size
        if reverse:
            sort = self._sort[1:] if self._sort.startswith("-") else f"-{self._sort}"
            end = min(start + limit, self._count)
            offset, limit = self._count - end, end - start
        else:
            sort, offset = self._sort, start
        self.fetches += 1
        if limit <= 0:
            return []
        rows = listing_query(None, sort=sort)
        cards: list[CardListRow]
        if self._small_ids is not None:
            cards = list(card_list_rows(
                rows.where(SimCard.id.in_(self._small_ids)).limit(limit).offset(offset)))
        else:
            ids = [int(i) for (i,) in self._card_query(sort).select(SimCard.id)
                   .limit(limit).offset(offset).tuples()]
            by_id = ({c.id: c for c in card_list_rows(rows.where(SimCard.id.in_(ids)))}
                     if ids else {})
            cards = [by_id[i] for i in ids if i in by_id]
        if reverse:
            cards.reverse()
        labels = self._labels
        return [_Row(card, labels) for card in cards]

    def _block(self, number: int) -> list[_Row]:
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        block = self._read_block(number)
        self._blocks[number] = block
        while len(self._blocks) > self.max_blocks:
            self._blocks.popitem(last=False)
        return block

    def row_at(self, row: int) -> _Row | None:
        if not 0 <= row < self._count:
            return None
        block = self._block(row // self.block_size)
        offset = row % self.block_size
        return block[offset] if offset < len(block) else None

    def cached_blocks(self) -> int:
        return len(self._blocks)

    # -------------------------------------------------------------- changes

    def set_filter(self, flt: CardFilter) -> None:
        """Show the cards matching ``flt`` (resets the model)."""
        self.beginResetModel()
        self._filter = flt
        self._blocks.clear()
        self._count = self._read_count()
        self.endResetModel()

    def reload(self) -> None:
        """Read everything again (the database changed)."""
        self.set_filter(self._filter)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        sort = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        if sort == self._sort:
            return
        self.beginResetModel()
        self._sort, self._sort_column, self._sort_order = sort, column, order
        self._blocks.clear()
        self.endResetModel()

    # -------------------------------------------------------------- selections

    def rows_info(self, ranges: Sequence[tuple[int, int]]) -> list[CardRef]:
        """The cards of the rows in ``ranges`` (first, last inclusive), read with one small
        query per range rather than through the cache."""
        found: list[CardRef] = []
        for first, last in ranges:
            if last < first:
                continue
            if last - first < self.block_size:
                for row in range(first, last + 1):
                    item = self.row_at(row)
                    if item is not None:
                        found.append(CardRef(id=item.id, code=item.code, status=item.status,
                                             shop_id=item.shop_id))
                continue
            found.extend(card_refs(self._card_query().limit(last - first + 1).offset(first)))
        return found

    def find_loaded_row(self, card_id: int, hint: int = -1) -> int:
        """The row of ``card_id`` when its block is in memory (``hint``'s block is read
        first), else -1."""
        if 0 <= hint < self._count:
            item = self.row_at(hint)
            if item is not None and item.id == card_id:
                return hint
        for number, block in self._blocks.items():
            for offset, item in enumerate(block):
                if item.id == card_id:
                    return number * self.block_size + offset
        return -1

    # -------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, ID_ROLE,
                    STATUS_ROLE, CODE_ROLE, SHOP_ID_ROLE, Qt.ItemDataRole.ToolTipRole):
            item = self.row_at(index.row())
            if item is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return item.texts[column]
            if role == ID_ROLE:
                return item.id
            if role == STATUS_ROLE:
                return item.status
            if role == CODE_ROLE:
                return item.code
            if role == SHOP_ID_ROLE:
                return item.shop_id
            if role == Qt.ItemDataRole.ForegroundRole:
                return STATUS_COLORS.get(item.status) if column == COL["status"] else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return item.notes or None
        return None

    def header_tip(self, section: int) -> str:
        """A header's tooltip: how it sorts, or that it cannot (and which columns can)."""
        if section in SORT_KEYS:
            return self.tr("Click to sort by this column; click again for the reverse order.")
        names = ", ".join(self._headers[column] for column in sorted(SORT_KEYS))
        return self.tr("This column cannot be sorted. Sort by one of: {0}.").format(names)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self.header_tip(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
