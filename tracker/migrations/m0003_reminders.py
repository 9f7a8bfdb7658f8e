"""Schema 3: reminder states (announced, snoozed) and each user's reminder clock.

The tables are made from models frozen here, as they were at this version, through
peewee's own DDL: the same step makes them on any engine peewee speaks.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

VERSION = 3


def upgrade(db: pw.Database, migrator: SchemaMigrator) -> None:
    class ReminderState(pw.Model):
        user = pw.CharField()
        entity = pw.CharField(max_length=16)
        record_id = pw.IntegerField()
        notified_on = pw.DateField(null=True)
        snoozed_until = pw.DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "reminder_state"
            indexes = ((("user", "entity", "record_id"), True),)

    class ReminderClock(pw.Model):
        user = pw.CharField(primary_key=True)
        seen_at = pw.DateTimeField()

        class Meta:
            database = db
            table_name = "reminder_clock"

    db.create_tables([ReminderState, ReminderClock], safe=False)
