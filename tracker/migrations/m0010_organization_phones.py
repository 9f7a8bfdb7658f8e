"""Schema 10: organizations have phones and emails (a company card's switchboard and
hotlines, a companies file's "Phone Number" or 公司电话), kept as a contact's are: one
row per value, in order.

The tables are made from models frozen here, as they were at this version, through
peewee's own DDL: the same step makes them on either engine.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

VERSION = 10


def upgrade(db: pw.Database, migrator: SchemaMigrator) -> None:
    class Organization(pw.Model):
        class Meta:
            database = db
            table_name = "organization"

    def child(table: str, column: str) -> type[pw.Model]:
        """organization_email (email) or organization_phone (e164), as of this version."""
        fields = {"organization": pw.ForeignKeyField(Organization, on_delete="CASCADE"),
                  column: pw.CharField(index=True), "position": pw.IntegerField(default=0)}
        meta = type("Meta", (), {"database": db, "table_name": table})
        return type(table, (pw.Model,), {**fields, "Meta": meta, "__module__": __name__})

    db.create_tables([child("organization_email", "email"), child("organization_phone", "e164")],
                     safe=False)
