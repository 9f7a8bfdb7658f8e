"""Integrity checks and backups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.db import backup_to, database
from tracker.migrations import LATEST_VERSION


def check() -> list[str]:
    """Problems found, as sentences; empty when the database is sound."""
    problems: list[str] = []
    result = [row[0] for row in database.execute_sql("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        problems.extend(f"integrity: {line}" for line in result)
    for table, rowid, parent, _ in database.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    version = database.execute_sql("PRAGMA user_version").fetchone()[0]
    if version != LATEST_VERSION:
        problems.append(f"schema: at version {version}, expected {LATEST_VERSION}")
    from tracker.search import FTS_TABLES

    for entity, table in FTS_TABLES.items():
        try:
            database.execute_sql(f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)")
        except Exception as exc:  # noqa: BLE001  (reported, not raised)
            problems.append(f"search index {entity}: {exc}")
    return problems


def backup(target: Path | None = None) -> Path:
    if target is None:
        source = Path(database.obj.database)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = source.with_name(f"{source.stem}-backup-{stamp}{source.suffix}")
    return backup_to(target)
