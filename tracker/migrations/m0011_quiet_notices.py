"""Schema 11: a team server's change notices name the change-log row or the import batch,
not the record.

NOTIFY reaches every listening login, whoever may see the record: a member in "own" learnt
from it the ids of colleagues' deals and what was done to them. A notice now carries only
the id of the change-log row (or import batch) that was written and its kind; each window
reads that row itself, through row-level security (tracker/storage/postgres.py), so it
hears only of what it may see. A row it may not read (a colleague's deal, one that left its
sight, deals an undone import deleted) reloads that kind's lists (tracker.storage.dialect.UNSEEN). The
"a" key keeps a window of schema 10 that is still open from failing on the new notices.
SQLite has no notices (nothing to change).
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

from tracker.migrations import engine_sql

VERSION = 11


def upgrade(db: pw.Database, migrator: SchemaMigrator) -> None:
    for statement in engine_sql(db, "0011_quiet_notices"):
        db.execute_sql(statement)
