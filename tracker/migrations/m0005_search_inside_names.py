"""Schema 5: names and titles are also found by a syllable or word inside them.

tracker.chinese now adds, for Chinese text of up to 24 characters, the readings that
start at each later character (上海细胞治疗: xibaozhiliao…, xbzl…), so `xibao` finds
Shanghai Xibao's 上海细胞治疗 by prefix, on both engines (the words are part of the
document tracker.search builds). Documents already stored get those words added here,
from their own text: the Chinese characters are in each document, spaced apart.
"""

from __future__ import annotations

import re

import peewee as pw
from playhouse.migrate import SchemaMigrator

from tracker.chinese import syllables_inside
from tracker.storage import active
from tracker.storage.dialect import engine_of

VERSION = 5
CHUNK = 500
ENTITIES = ("organization", "contact", "opportunity", "conference", "incentive", "activity")
# One run of characters as search documents hold them: spaced apart.
_SPACED_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff](?: [\u3400-\u4dbf"
                         r"\u4e00-\u9fff\uf900-\ufaff])+")


def words_inside(body: str) -> list[str]:
    """The words a document gains: syllables_inside of each run of its characters."""
    return [word for run in _SPACED_RUN.findall(body)
            for word in syllables_inside(run.replace(" ", ""))]


def upgrade(db: pw.Database, migrator: SchemaMigrator) -> None:
    dialect = active().dialect
    for entity in ENTITIES:
        table, key = ((f"{entity}_fts", "rowid") if engine_of(db) == "sqlite"
                      else (f"{entity}_search", "record_id"))
        rows = db.execute_sql(f"SELECT {key}, body FROM {table}").fetchall()
        changed = [(int(record_id), f"{body} {' '.join(extra)}") for record_id, body in rows
                   if (extra := [w for w in words_inside(body) if f" {w} " not in f" {body} "])]
        for start in range(0, len(changed), CHUNK):
            chunk = changed[start:start + CHUNK]
            dialect.unindex_many(entity, [record_id for record_id, _ in chunk])
            dialect.index_many(entity, chunk)
