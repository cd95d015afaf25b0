"""Table headers whose titles are never cut: every column at least as wide as its title.

The pages set default widths (and restore the widths saved in ``window.ini``) in pixels
chosen for one language; Russian and Uzbek titles are often longer.  ``fit_header_texts``
widens each interactive column that is narrower than its title needs — Qt's own measure:
the text, the style's margins and the sort arrow — and leaves wider columns alone.  The
main window calls it on every page it builds (so at start and after a language change),
dialogs with tables call it themselves.  A user may still drag a column narrower; that
width lasts until the page is built again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

CELL_PADDING: Final = 12  # a cell's margins and grid line around its text


def fit_header_texts(header: QHeaderView) -> None:
    """Widen every visible interactive section of ``header`` to its title's width."""
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return
    for logical in range(header.count()):
        if (header.isSectionHidden(logical)
                or header.sectionResizeMode(logical) != QHeaderView.ResizeMode.Interactive):
            continue
        need = header.sectionSizeFromContents(logical).width()
        if header.sectionSize(logical) < need:
            header.resizeSection(logical, need)


def fit_all_headers(widget: QWidget) -> None:
    """``fit_header_texts`` for every table header inside ``widget``."""
    for header in widget.findChildren(QHeaderView):
        fit_header_texts(header)


def fit_column_to_texts(view: QTableView, column: int, texts: Iterable[str]) -> None:
    """Widen ``column`` of ``view`` so that each of ``texts`` — a closed set of cell texts
    such as the region or source names in the user's language — shows whole."""
    metrics = view.fontMetrics()
    need = max((metrics.horizontalAdvance(text) for text in texts), default=0) + CELL_PADDING
    header = view.horizontalHeader()
    if header.sectionSize(column) < need:
        header.resizeSection(column, need)
