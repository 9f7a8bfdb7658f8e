"""Schema 2: each search table buffers up to 16 MB of new entries before writing a segment.

FTS5's default (1 MB) makes an import of 100,000 records write and merge
thousands of small segments: 3.2 s of the search index's 4.6 s in
`python -m bench.bench_excel`'s import; with 16 MB it is about 1.4 s, and
searches are as fast. Memory is only used while a transaction writes that much.
The setting is kept in each table's own `_config` row, so it travels with the file.
PostgreSQL's search tables (a tsvector with a GIN index) have no such setting.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

from tracker.storage.dialect import engine_of

VERSION = 2
HASH_SIZE = 16 * 1024 * 1024
TABLES = ("organization_fts", "contact_fts", "opportunity_fts", "conference_fts",
          "incentive_fts", "activity_fts")


def upgrade(db: pw.Database, migrator: SchemaMigrator) -> None:
    if engine_of(db) != "sqlite":
        return
    for table in TABLES:
        db.execute_sql(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (HASH_SIZE,))
