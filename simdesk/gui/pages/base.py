"""The base of every page of the main window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from simdesk.gui.context import AppContext


class Page(QWidget):
    """A page: built once per language (the window rebuilds pages when the language
    changes), refreshed when shown and when the database changed while it is visible."""

    page_id: ClassVar[str] = "page"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page-{self.page_id}")
        ctx.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        """The page's name in the sidebar (translated); every page overrides it."""
        return self.page_id

    def refresh(self) -> None:
        """Reload what the page shows."""

    def apply_role(self, role: str) -> None:
        """The window's user has ``role`` now ("" while locked: nothing allowed): a page with
        editing controls declares them here through ``simdesk.gui.permissions.restrict``."""

    def may_leave(self, proceed: Callable[[], object]) -> bool:
        """True when the window may show another page now.  A page with unsaved edits
        returns False, asks the user, and calls ``proceed`` once the edits are saved or
        discarded (never when the user cancels)."""
        return True

    def add_shortcut(self, name: str, keys: Sequence[QKeySequence | QKeySequence.StandardKey],
                     slot: Callable[[], object]) -> QAction:
        """A keyboard shortcut that works while the page (or a widget in it) has focus."""
        action = QAction(self)
        action.setObjectName(f"{self.page_id}-{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def promote_shortcuts(self) -> None:
        """In the main window: the page's shortcuts work whenever the page is shown, also
        while the focus is elsewhere in the window (the sidebar just clicked); a page that
        is not shown is hidden, so its shortcuts stay silent."""
        for action in self.actions():
            if action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut:
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _on_data_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()
