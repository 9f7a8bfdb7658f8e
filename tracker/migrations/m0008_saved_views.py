"""Schema 8: saved views (a list's search, filters, sort and columns under a name, per user).

The table is made from a model frozen here, as it was at this version, through peewee's
own DDL: the same step makes it on either engine.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

VERSION = 8


def upgrade(db: pw.Database, migrator: SchemaMigrator) -> None:
    class SavedView(pw.Model):
        uid = pw.CharField(max_length=36, unique=True)
        user = pw.CharField()
        page = pw.CharField(max_length=32)
        name = pw.CharField()
        definition = pw.TextField(default="{}")
        position = pw.IntegerField(default=0)
        created_at = pw.DateTimeField()
        updated_at = pw.DateTimeField()

        class Meta:
            database = db
            table_name = "saved_view"
            indexes = ((("user", "page", "name"), True),)

    db.create_tables([SavedView], safe=False)
