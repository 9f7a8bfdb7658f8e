"""Shared fixtures: a real SQLite file per test, offscreen Qt, no user settings touched."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BEACON_USER", "tester")
# English whatever the machine's locale (tests assert on English words); see test_language.py.
os.environ.setdefault("BEACON_LANG", "en")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user data folder or settings."""
    monkeypatch.setenv("BEACON_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # compiled translations


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "beacon.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Path]:
    """An empty, migrated database (currencies and the default pipeline present)."""
    from tracker.db import close_database, open_database
    from tracker.services import money
    from tracker.services.pipelines import default_pipeline

    open_database(db_path)
    money.ensure_currencies()
    default_pipeline()
    yield db_path
    close_database()


@pytest.fixture
def seeded(db: Path) -> Path:
    from tracker.seeding import seed_database

    seed_database()
    return db
