"""Schema 4: one identity for people and companies (tracker.identity).

Other names (aliases) of contacts and organizations, their lookup keys (names as
pinyin and word keys, WeChat IDs), ids in other systems, the merge log and the pairs
a person said are different. Frozen as SQL per engine (0004_identity.*.sql); the keys
of records already there are computed here, by the functions that keep them current.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator

from tracker.migrations import engine_sql

VERSION = 4
CHUNK = 500


def upgrade(db: pw.Database, migrator: SchemaMigrator) -> None:
    from tracker.identity.keys import contact_key_rows, organization_key_rows

    for statement in engine_sql(db, "0004_identity"):
        db.execute_sql(statement)
    contact = pw.Table("contact", ("id", "name", "name_zh", "wechat_id")).bind(db)
    rows = [(contact_id, kind, key) for contact_id, name, name_zh, wechat in
            contact.select(contact.id, contact.name, contact.name_zh, contact.wechat_id)
            .tuples()
            for kind, key in contact_key_rows((name, name_zh), wechat)]
    _insert(db, "contact_key", "contact_id", rows)
    organization = pw.Table("organization", ("id", "name", "name_zh")).bind(db)
    rows = [(org_id, kind, key) for org_id, name, name_zh in
            organization.select(organization.id, organization.name, organization.name_zh)
            .tuples()
            for kind, key in organization_key_rows((name, name_zh))]
    _insert(db, "organization_key", "organization_id", rows)


def _insert(db: pw.Database, table: str, owner: str, rows: list[tuple[int, str, str]]) -> None:
    keys = pw.Table(table, (owner, "kind", "key")).bind(db)
    for start in range(0, len(rows), CHUNK):
        keys.insert(rows[start:start + CHUNK], columns=[
            getattr(keys, owner), keys.kind, keys.key]).execute()
