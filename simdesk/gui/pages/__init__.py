"""The window's pages: one module each, every one a :class:`~simdesk.gui.pages.base.Page`."""
