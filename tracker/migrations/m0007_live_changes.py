"""Schema 7: a team server tells open windows what changed (LISTEN/NOTIFY).

On PostgreSQL, every change-log row and every import batch (made or undone) notifies the
`beacon_change` channel at commit, whichever client wrote it (Beacon, a script, psql);
open windows listen and refresh what changed (tracker.live). SQLite needs nothing: a
window notices another connection's commit through `PRAGMA data_version` and reads the
change log since the last id it saw.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

from tracker.migrations import engine_sql

VERSION = 7


def upgrade(db: pw.Database, migrator: SchemaMigrator) -> None:
    for statement in engine_sql(db, "0007_live_changes"):
        db.execute_sql(statement)
