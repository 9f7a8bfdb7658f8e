"""A writer waiting for SQLite's write lock asks again every few milliseconds (not in
SQLite's own sleeps, which grow to 100 ms and miss the short gaps between an import's
commits), goes as soon as the lock is free, and after the busy timeout fails as before."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from tracker.errors import StorageUnavailable
from tracker.services import records
from tracker.storage import Store

pytestmark = pytest.mark.sqlite_only


def other_writer(path: Path) -> sqlite3.Connection:
    """Another program's connection, holding the write lock."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_save_asks_again_and_goes_once_the_other_writer_commits(db: Store) -> None:
    org = records.create("organization", {"name": "Juventas"}).first_created
    connection = db.db.connection()
    begins: list[str] = []
    asked_again = threading.Event()

    def seen(sql: str) -> None:
        if sql.startswith("BEGIN"):
            begins.append(sql)
            if len(begins) == 3:
                asked_again.set()

    connection.set_trace_callback(seen)
    other = other_writer(db.path)

    def commit_once_asked_again() -> None:
        asked_again.wait(30)
        other.execute("UPDATE organization SET notes = 'the other program was here'")
        other.execute("COMMIT")

    releaser = threading.Thread(target=commit_once_asked_again)
    releaser.start()
    try:
        version = records.load("organization", org).version
        records.update("organization", org, version, {"notes": "saved after waiting"})
    finally:
        releaser.join(30)
        connection.set_trace_callback(None)
        other.close()
    assert len(begins) >= 3 and set(begins) == {"BEGIN IMMEDIATE"}  # asked, and again
    saved = records.load("organization", org)
    assert saved.notes == "saved after waiting"  # written after the other program's commit
    assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_a_save_still_locked_out_after_the_timeout_is_told_so(db: Store) -> None:
    org = records.create("organization", {"name": "Juventas"}).first_created
    db.db.execute_sql("PRAGMA busy_timeout = 50")  # the real 5 s, shortened
    other = other_writer(db.path)
    try:
        version = records.load("organization", org).version
        with pytest.raises(StorageUnavailable, match="the database is locked by another program"):
            records.update("organization", org, version, {"notes": "never saved"})
    finally:
        other.close()
    assert records.load("organization", org).notes != "never saved"
    # SQLite's own timeout is back for everything else this connection runs
    assert db.db.connection().execute("PRAGMA busy_timeout").fetchone()[0] == 50
