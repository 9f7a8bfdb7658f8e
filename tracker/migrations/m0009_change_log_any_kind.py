"""Schema 9: the change log also names things without an internal id (a setting by its
key, an exchange rate by its pair and day, an import batch by its uid): record_id may be
empty, and record_uid holds up to 255 characters (a setting's key; PostgreSQL enforces
the old 36). peewee's migrator makes the change on either engine (SQLite rebuilds the
table, inside migration_context so nothing cascades)."""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

VERSION = 9


def upgrade(db: pw.Database, migrator: SchemaMigrator) -> None:
    migrator.drop_not_null("change_log", "record_id").run()
    migrator.alter_column_type("change_log", "record_uid", pw.CharField(max_length=255)).run()
