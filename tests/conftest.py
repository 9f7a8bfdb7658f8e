"""Shared fixtures: a real SQLite file per test, offscreen Qt, no user settings touched."""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tracker.storage import Store, Target

from tests.pg_cluster import Cluster

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


# The engine the suite runs on: SQLite files (default) or a throwaway PostgreSQL cluster
# (BEACON_TEST_ENGINE=postgresql; the README's test command runs the suite both ways).
ENGINE = os.environ.get("BEACON_TEST_ENGINE", "sqlite")
ON_SERVER = ENGINE == "postgresql"
SHARED = "beacon_test"
_TESTS = itertools.count(1)


def pytest_report_header() -> str:
    return f"beacon engine: {ENGINE}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if ON_SERVER:
        skip = pytest.mark.skip(reason="about SQLite files; the suite runs on PostgreSQL")
        for item in items:
            if "sqlite_only" in item.keywords:
                item.add_marker(skip)


def _prepare(store: Store) -> None:
    from tracker.services import money
    from tracker.services.pipelines import default_pipeline

    money.ensure_currencies()
    default_pipeline()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster | None]:
    """The PostgreSQL cluster of this run (None on SQLite), with a migrated database."""
    if not ON_SERVER:
        yield None
        return
    from tracker.storage import open_store

    cluster = Cluster()
    cluster.start()
    try:
        cluster.admin(f'CREATE DATABASE "{SHARED}" TEMPLATE template0')
        open_store(cluster.url(SHARED)).close()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def empty_target(db_path: Path, pg_cluster: Cluster | None) -> Iterator[Target]:
    """Where an empty database can be made (a file path; on PostgreSQL an empty database)."""
    if pg_cluster is None:
        yield Target(path=db_path)
        return
    name = pg_cluster.new_database()
    yield Target(url=pg_cluster.url(name))
    _drop(pg_cluster, name)


def _drop(cluster: Cluster, name: str) -> None:
    from tracker.storage import active, is_open

    while is_open() and active().is_server:
        active().close()  # a test that left its store open (the database is dropped)
    cluster.drop_database(name)


@pytest.fixture
def db(db_path: Path, pg_cluster: Cluster | None) -> Iterator[Store]:
    """An empty, migrated database (currencies and the default pipeline present): a file,
    or on PostgreSQL the run's shared database, emptied."""
    from tracker.storage import open_store

    if pg_cluster is None:
        store = open_store(db_path)
        _prepare(store)
        yield store
        store.close()
        return
    from tracker.migrations import LATEST_VERSION

    pg_cluster.empty(SHARED, LATEST_VERSION)
    # The same database each time, under an address of its own (what is keyed by the
    # address, one window per database, does not meet a window a test left behind).
    store = open_store(pg_cluster.url(SHARED) + f"?application_name=beacon-test-{next(_TESTS)}")
    _prepare(store)
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
