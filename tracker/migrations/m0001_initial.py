"""Schema 1: every table of the first release, frozen as SQL (0001_initial.sql)."""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SqliteMigrator

from tracker.migrations import read_sql

VERSION = 1


def upgrade(db: pw.SqliteDatabase, migrator: SqliteMigrator) -> None:
    for statement in read_sql("0001_initial.sql"):
        db.execute_sql(statement)
