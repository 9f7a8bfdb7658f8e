"""Schema 1: every table of the first release, frozen as SQL per engine
(0001_initial.sqlite.sql, 0001_initial.postgresql.sql)."""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

from tracker.migrations import engine_sql

VERSION = 1


def upgrade(db: pw.Database, migrator: SchemaMigrator) -> None:
    for statement in engine_sql(db, "0001_initial"):
        db.execute_sql(statement)
