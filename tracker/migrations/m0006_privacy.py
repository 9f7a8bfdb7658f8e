"""Schema 6: a person's data under PIPL (tracker.privacy).

`erasure` keeps who was erased, when and by whom: the record's uid only, no personal
data, so an erasure is applied again when an older backup is restored. `privacy_log` is
the audit log of exports and erasures of a person's data. Made from models frozen here,
through peewee's own DDL, so the same step runs on any engine.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

VERSION = 6


def upgrade(db: pw.Database, migrator: SchemaMigrator) -> None:
    class Erasure(pw.Model):
        uid = pw.CharField(max_length=36, unique=True)
        entity = pw.CharField(max_length=16)
        erased_at = pw.DateTimeField()
        erased_by = pw.CharField(default="")

        class Meta:
            database = db
            table_name = "erasure"

    class PrivacyLog(pw.Model):
        at = pw.DateTimeField(index=True)
        user = pw.CharField(default="")
        action = pw.CharField(max_length=16)
        subject_uid = pw.CharField(max_length=36, index=True)
        detail = pw.TextField(default="{}")

        class Meta:
            database = db
            table_name = "privacy_log"

    db.create_tables([Erasure, PrivacyLog], safe=False)
