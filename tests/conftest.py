"""Shared fixtures: every test gets a real SQLite file in its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Without a display Qt aborts the interpreter instead of failing a test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import peewee
import pytest

from simdesk.storage.database import close_database, open_database


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db(data_dir: Path) -> Iterator[peewee.Database]:
    """A fresh, migrated simdesk database in a real SQLite file."""
    database = open_database(data_dir)
    try:
        yield database
    finally:
        close_database()
