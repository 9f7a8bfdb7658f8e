"""The schema is built by numbered migrations, and the models agree with it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

from tracker import models
from tracker.db import APPLICATION_ID, close_database, database, open_database
from tracker.migrations import LATEST_VERSION, STEPS


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def test_steps_are_numbered_from_one() -> None:
    assert [step.VERSION for step in STEPS] == list(range(1, LATEST_VERSION + 1))


def test_migrated_schema_matches_every_model(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    conn = sqlite3.connect(db_path)
    try:
        for model in models.ALL_MODELS:
            table = model._meta.table_name
            expected = {f.column_name for f in model._meta.sorted_fields}
            assert _columns(conn, table) == expected, table
    finally:
        conn.close()


def test_upgrade_from_every_earlier_schema_keeps_rows(tmp_path: Path) -> None:
    """A file at each earlier version is backed up, upgraded, and keeps its rows."""
    from tracker.migrations import upgrade

    for start in range(1, LATEST_VERSION):
        path = tmp_path / f"v{start}.sqlite3"
        db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
        db.pragma("application_id", APPLICATION_ID, permanent=True)
        upgrade(db, None, 0, target=start)
        db.close()
        open_database(path)
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        close_database()
        assert list(tmp_path.glob(f"v{start}.before-v{LATEST_VERSION}-*"))


def test_first_migration_creates_search_tables(db_path: Path) -> None:
    open_database(db_path)
    try:
        names = {r[0] for r in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"organization_fts", "contact_fts", "opportunity_fts"} <= names
    finally:
        close_database()


def test_upgrade_to_2_sets_search_buffer_and_keeps_search_rows(tmp_path: Path) -> None:
    """A schema-1 file with a searchable organization: after the upgrade the search tables
    buffer 16 MB and the organization is still found."""
    from tracker.migrations import upgrade
    from tracker.migrations.m0002_search_hashsize import HASH_SIZE, TABLES

    path = tmp_path / "v1.sqlite3"
    db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    db.pragma("application_id", APPLICATION_ID, permanent=True)
    upgrade(db, None, 0, target=1)
    db.execute_sql("INSERT INTO organization_fts(rowid, body) VALUES (7, 'Juventas Cell Therapy')")
    db.close()
    open_database(path)
    try:
        for table in TABLES:
            found = database.execute_sql(f"SELECT v FROM {table}_config WHERE k = 'hashsize'"
                                         ).fetchone()
            assert found == (HASH_SIZE,), table
        hits = database.execute_sql("SELECT rowid FROM organization_fts WHERE organization_fts "
                                    "MATCH 'juven*'").fetchall()
        assert hits == [(7,)]
    finally:
        close_database()


def test_upgrade_to_3_adds_reminder_tables_and_keeps_tasks(tmp_path: Path) -> None:
    """A schema-2 file with a due task: after the upgrade the task is on the agenda, not yet
    announced, and announcing it is remembered."""
    import datetime as dt

    from tracker import reminders
    from tracker.migrations import upgrade

    path = tmp_path / "v2.sqlite3"
    db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    db.pragma("application_id", APPLICATION_ID, permanent=True)
    upgrade(db, None, 0, target=2)
    db.execute_sql(
        "INSERT INTO activity (uid, created_at, updated_at, created_by, updated_by, version, "
        "source, source_detail, kind, subject, body, due_on, done, owner) VALUES ('u1', "
        "'2026-01-01 00:00:00', '2026-01-01 00:00:00', '', '', 1, 'manual', '', 'task', "
        "'Call Dr Wang', '', ?, 0, '')", (dt.date.today().isoformat(),))
    db.close()
    open_database(path)
    try:
        pending = reminders.to_notify()
        assert [r.subject for r in pending] == ["Call Dr Wang"]
        reminders.mark_notified(pending)
        assert reminders.to_notify() == []
    finally:
        close_database()
