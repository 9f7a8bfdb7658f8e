"""A page's context: the test's database and a throwaway settings file."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from ui.context import AppContext
from ui.settings import Settings


@pytest.fixture
def context(db: Path, tmp_path: Path) -> AppContext:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext.create(db, Settings(store))
