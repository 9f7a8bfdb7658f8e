"""Schema 3: one identity for people and companies (tracker.identity).

Other names (aliases) of contacts and organizations, their lookup keys (names as
pinyin and word keys, WeChat IDs), ids in other systems, the merge log and the pairs
a person said are different. Frozen as SQL (0003_identity.sql); the keys of records
already in the file are computed here, by the same functions that keep them current.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SqliteMigrator

from tracker.migrations import read_sql

VERSION = 3
CHUNK = 500


def upgrade(db: pw.SqliteDatabase, migrator: SqliteMigrator) -> None:
    from tracker.identity.keys import contact_key_rows, organization_key_rows

    for statement in read_sql("0003_identity.sql"):
        db.execute_sql(statement)
    contacts = db.execute_sql("SELECT id, name, name_zh, wechat_id FROM contact").fetchall()
    rows = [(contact_id, kind, key) for contact_id, name, name_zh, wechat in contacts
            for kind, key in contact_key_rows((name, name_zh), wechat)]
    _insert(db, "contact_key", "contact_id", rows)
    organizations = db.execute_sql("SELECT id, name, name_zh FROM organization").fetchall()
    rows = [(org_id, kind, key) for org_id, name, name_zh in organizations
            for kind, key in organization_key_rows((name, name_zh))]
    _insert(db, "organization_key", "organization_id", rows)


def _insert(db: pw.SqliteDatabase, table: str, owner: str,
            rows: list[tuple[int, str, str]]) -> None:
    for start in range(0, len(rows), CHUNK):
        db.connection().executemany(
            f'INSERT INTO "{table}" ("{owner}", "kind", "key") VALUES (?, ?, ?)',
            rows[start:start + CHUNK])
