"""Opening databases: new, empty, foreign, newer files, how new files are made, server
addresses, and which errors reach the user."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import peewee as pw
import pytest

from tracker.errors import StorageUnavailable
from tracker.migrations import LATEST_VERSION
from tracker.storage import Store, open_store, target_of
from tracker.storage.sqlite import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[1]


def open_database(path: Path) -> Store:
    return open_store(path)


def close_database() -> None:
    from tracker.storage import active, is_open

    while is_open():
        active().close()


@pytest.mark.sqlite_only
def test_new_database_is_owner_only_and_carries_beacon_id(db_path: Path) -> None:
    database = open_database(db_path).db
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


@pytest.mark.sqlite_only
def test_empty_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(StorageUnavailable, match="empty, not a Beacon database"):
        open_database(empty)
    assert empty.read_bytes() == b""


@pytest.mark.sqlite_only
def test_text_file_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("shopping list", encoding="utf-8")
    with pytest.raises(StorageUnavailable, match="not a SQLite database"):
        open_database(notes)


@pytest.mark.sqlite_only
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


def test_newer_schema_is_refused(db: Store) -> None:
    with db.writing():
        db.dialect.set_schema_version(LATEST_VERSION + 1)
    target = db.target
    db.close()
    with pytest.raises(StorageUnavailable, match="newer Beacon") as caught:
        open_store(target)
    assert "update Beacon" in str(caught.value)


def test_reopening_keeps_data(db: Store) -> None:
    from tracker.queries import ListQuery
    from tracker.services import records

    records.create("organization", {"name": "Juventas"})
    target = db.target
    db.close()
    with open_store(target):
        rows = ListQuery("organization").rows_for(ListQuery("organization").ids())
        assert [r["name"] for r in rows] == ["Juventas"]


def test_a_server_address_is_never_taken_for_a_path(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """`--db postgresql://...` connects (here: refused, nothing listens on port 1) and makes
    no folder named `postgresql:`; another scheme is refused by name."""
    from tracker.cli import main

    monkeypatch.chdir(tmp_path)
    assert target_of("postgresql://ana@db.example:5433/beacon").label == \
        "ana@db.example:5433/beacon"
    assert target_of("postgresql://ana:secret@db.example/beacon").label == \
        "ana@db.example/beacon"  # never the password
    with pytest.raises(StorageUnavailable, match="does not answer"):
        open_store("postgresql://nobody@127.0.0.1:1/beacon")
    assert main(["--db", "postgresql://nobody@127.0.0.1:1/beacon", "list",
                 "organizations"]) == 2
    with pytest.raises(StorageUnavailable, match="not a database address"):
        open_store("mysql://ana@db.example/beacon")
    assert list(tmp_path.iterdir()) == []


def test_constraint_violations_are_bugs_not_storage_problems(db: Store) -> None:
    """A broken rule of the schema is raised as it is (loud in tests), never worded as
    'storage unavailable'."""
    from tracker.models import Tag

    with pytest.raises(pw.IntegrityError), db.writing():
        Tag.create(name="hot")
        Tag.create(name="hot")
    assert Tag.select().count() == 0


@pytest.mark.sqlite_only
def test_missing_folder_is_created_and_unwritable_folder_named(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b" / "beacon.sqlite3"
    open_database(nested).close()
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


@pytest.mark.sqlite_only
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


def test_a_write_blocked_by_another_writer_is_told_busy(db: Store) -> None:
    """Another program holds the write lock (SQLite) or the record's row lock (PostgreSQL)
    past the wait: the save is refused as 'locked' or 'busy', nothing is written."""
    from tracker.models import Organization
    from tracker.services import records

    org = records.create("organization", {"name": "Juventas"}).first_created
    other = open_store(db.target)  # binds the models to the other store until closed
    try:
        other.db.execute_sql("BEGIN IMMEDIATE" if other.dialect.name == "sqlite" else "BEGIN")
        if other.dialect.name != "sqlite":
            other.db.execute_sql("SELECT 1 FROM organization WHERE id = %s FOR UPDATE", (org,))
        waiting = ("PRAGMA busy_timeout = 50" if db.dialect.name == "sqlite"
                   else "SET lock_timeout = '50ms'")
        db.db.execute_sql(waiting)
        with db.activated(), pytest.raises(StorageUnavailable, match="locked|being changed"):
            records.update("organization", org, 1, {"city": "Tianjin"})
    finally:
        other.db.execute_sql("ROLLBACK")
        other.close()
    assert Organization.get_by_id(org).city == ""


SAVER = """
import sys
from tracker.services import records
from tracker.storage import open_store
with open_store(sys.argv[1]):
    print("connected", flush=True)
    sys.stdin.readline()
    records.update("organization", int(sys.argv[2]), 1, {"city": "Tianjin"})
print("saved", flush=True)
"""


@pytest.mark.sqlite_only
def test_a_writer_kept_waiting_says_so_until_it_goes_in(db: Store) -> None:
    """SQLite has one write lock: a save that has to wait for it (another window's) says so
    (its `-waiting` file), so that an import between two commits leaves the lock free for
    it; once in, the save is written and no longer said to wait."""
    from tracker.models import Organization
    from tracker.services import records

    org = records.create("organization", {"name": "Juventas"}).first_created
    assert not db.writer_waiting()
    saver = subprocess.Popen([sys.executable, "-c", SAVER, str(db.path), str(org)],
                             cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert saver.stdin is not None and saver.stdout is not None
    try:
        assert saver.stdout.readline().strip() == "connected"
        db.db.execute_sql("BEGIN IMMEDIATE")  # an import's transaction
        try:
            saver.stdin.write("go\n")
            saver.stdin.flush()
            deadline = time.monotonic() + 4
            while not db.writer_waiting() and time.monotonic() < deadline:
                time.sleep(0.005)  # polled until the other process has asked for the lock
            assert db.writer_waiting()
        finally:
            db.db.execute_sql("ROLLBACK")  # the import commits: the save goes in
        assert saver.stdout.readline().strip() == "saved"
    finally:
        saver.communicate(timeout=20)
    assert saver.returncode == 0 and not db.writer_waiting()
    assert Organization.get_by_id(org).city == "Tianjin"


@pytest.mark.sqlite_only
def test_a_long_write_copies_the_log_into_the_file_once_at_its_end(db: Store) -> None:
    """An import's many commits are each synced to SQLite's log; the log is copied into the
    database file once, when the import ends (not after every commit past 1,000 pages),
    and the usual copying resumes afterwards."""
    from tracker.models import Organization
    from tracker.services.bulk import create_many

    assert db.path is not None
    before = db.path.stat().st_size
    with db.long_write():
        for chunk in range(3):  # well past 1,000 pages of log
            create_many("organization", ({"name": f"Chunk {chunk} company {n:05d}",
                                          "notes": "Met at BIO China " * 20}
                                         for n in range(3000)))
        assert db.path.stat().st_size == before  # all of it still in the log
    # copied in at the end, beside what the import does next (the import's report): by
    # the time the connection is used again
    assert db.db.execute_sql("PRAGMA wal_autocheckpoint").fetchone() == (1000,)
    assert db.path.stat().st_size > before + 4_000_000
    assert Organization.select().count() == 9000


@pytest.mark.sqlite_only
def test_an_import_syncs_its_last_commit_and_not_each_chunk(db: Store, tmp_path: Path) -> None:
    """An import's chunks commit without a sync each (synchronous=NORMAL); the batch's
    last commit, which marks it finished, runs at FULL again: a power cut loses only a
    batch that had not finished, which is taken back on the next open."""
    from tracker.excel.batches import apply_import
    from tracker.excel.importer import ImportOptions, plan_import
    from tracker.models import ImportBatch, Organization

    source = tmp_path / "companies.csv"
    source.write_text("Name\n" + "".join(f"Company {n}\n" for n in range(50)))
    plan = plan_import(source, ImportOptions(entity="organization", mode="create"))
    connection = db.db.connection()
    said: list[str] = []
    connection.set_trace_callback(said.append)
    try:
        apply_import(plan)
    finally:
        connection.set_trace_callback(None)
    normal = said.index("PRAGMA synchronous = NORMAL")
    full = said.index("PRAGMA synchronous = FULL")
    inserts = [i for i, sql in enumerate(said) if sql.startswith('INSERT INTO "organization"')]
    finished = [i for i, sql in enumerate(said) if sql.startswith('UPDATE "import_batch"')]
    assert normal < inserts[0] and inserts[-1] < full  # the chunks, unsynced
    assert finished and finished[-1] > full  # the report that finishes the batch, synced
    assert "COMMIT" in said[finished[-1]:]
    assert connection.execute("PRAGMA synchronous").fetchone() == (2,)
    assert Organization.select().count() == 50
    assert ImportBatch.select().count() == 1
