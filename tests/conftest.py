"""Shared fixtures: a real SQLite file per test, offscreen Qt, no user settings touched."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tracker.storage import Store, Target

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
def empty_target(db_path: Path) -> Target:
    """Where an empty database can be made (a file path; on PostgreSQL an empty database)."""
    return Target(path=db_path)


@pytest.fixture
def db(db_path: Path) -> Iterator[Store]:
    """An empty, migrated database (currencies and the default pipeline present)."""
    from tracker.services import money
    from tracker.services.pipelines import default_pipeline
    from tracker.storage import open_store

    store = open_store(db_path)
    money.ensure_currencies()
    default_pipeline()
    yield store
    store.close()


@contextmanager
def statements() -> Iterator[list[str]]:
    """The SQL statements run while inside (peewee logs each one it executes)."""
    seen: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.msg
            seen.append(str(message[0] if isinstance(message, tuple) else message))

    logger = logging.getLogger("peewee")
    handler, level = Collect(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield seen
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


@contextmanager
def read_only(store: Store) -> Iterator[None]:
    """Every write on this connection fails as the engine's read-only error while inside."""
    engine = store.dialect.name
    on, off = (("PRAGMA query_only = 1", "PRAGMA query_only = 0") if engine == "sqlite" else
               ("SET default_transaction_read_only = on",
                "SET default_transaction_read_only = off"))
    store.db.execute_sql(on)
    try:
        yield
    finally:
        store.db.execute_sql(off)


@pytest.fixture
def seeded(db: Store) -> Store:
    from tracker.seeding import seed_database

    seed_database()
    return db
