"""Opening database files: new, empty, foreign, newer, and how new files are made."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from tracker.db import APPLICATION_ID, close_database, database, open_database
from tracker.errors import StorageUnavailable
from tracker.migrations import LATEST_VERSION


def test_new_database_is_owner_only_and_carries_beacon_id(db_path: Path) -> None:
    open_database(db_path)
    try:
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
        assert database.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
        assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000
    finally:
        close_database()


def test_empty_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(StorageUnavailable, match="empty, not a Beacon database"):
        open_database(empty)
    assert empty.read_bytes() == b""


def test_text_file_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("shopping list", encoding="utf-8")
    with pytest.raises(StorageUnavailable, match="not a SQLite database"):
        open_database(notes)


def test_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    foreign = tmp_path / "other-app.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    with pytest.raises(StorageUnavailable, match="another program"):
        open_database(foreign)
    assert foreign.read_bytes() == before


def test_newer_schema_is_refused(db_path: Path) -> None:
    open_database(db_path)
    database.pragma("user_version", LATEST_VERSION + 1, permanent=True)
    close_database()
    with pytest.raises(StorageUnavailable, match="newer Beacon") as caught:
        open_database(db_path)
    assert "update Beacon" in str(caught.value)


def test_reopening_keeps_data(db_path: Path) -> None:
    from tracker.services import records

    open_database(db_path)
    records.create("organization", {"name": "Juventas"})
    close_database()
    open_database(db_path)
    try:
        from tracker.queries import ListQuery

        rows = ListQuery("organization").rows_for(ListQuery("organization").ids())
        assert [r["name"] for r in rows] == ["Juventas"]
    finally:
        close_database()


def test_missing_folder_is_created_and_unwritable_folder_named(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b" / "beacon.sqlite3"
    open_database(nested)
    close_database()
    assert nested.exists()
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        target = locked / "beacon.sqlite3"
        if _can_write(locked):
            pytest.skip("running as a user that ignores folder permissions")
        with pytest.raises(StorageUnavailable, match="cannot create"):
            open_database(target)
    finally:
        locked.chmod(0o700)


def _can_write(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True


def test_damaged_file_is_refused_with_what_to_do(db_path: Path, tmp_path: Path) -> None:
    from tracker.seeding import seed_database

    open_database(db_path)
    seed_database()
    close_database()
    data = db_path.read_bytes()
    for name, damaged in (("truncated", data[:5000]),
                          ("overwritten", data[:100] + b"\x00" * 4000 + data[4100:])):
        target = tmp_path / f"{name}.sqlite3"
        target.write_bytes(damaged)
        with pytest.raises(StorageUnavailable, match="damaged") as caught:
            open_database(target)
            from tracker.queries import ListQuery  # a damaged page may only show on reading

            ListQuery("organization").ids()
        assert "beacon backup" in str(caught.value)
        close_database()
