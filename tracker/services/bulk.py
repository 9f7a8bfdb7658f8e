"""Creating many records at once, for imports: the same rows, change log and search text
as `records.create`, written with `executemany` inside the caller's transaction.

peewee's per-row save and insert_many are several times slower than the
connection's executemany for 100,000 rows (FACTS.md). Values must already be
validated with `records.validate`; derive, virtual fields, search parts and
after_write are the spec's own, so nothing differs from one-by-one creation
except speed (tests/excel/test_bulk.py compares the two).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from tracker import search
from tracker.db import database, writing
from tracker.errors import FieldProblem, ValidationError
from tracker.models import ChangeLog, Record
from tracker.services.context import Changes, current_user, new_uid, utcnow
from tracker.services.records import spec_for, to_json_value, validate

CHUNK = 900  # SQLite's default limit of host parameters is 999
# Entities whose after_write touches other records even when the record is new (an
# activity marks its deal as contacted). An organization's after_write reindexes the
# deals that name it, and a brand-new organization is named by none yet.
AFTER_CREATE = {"activity"}


def _prefetch_links(records: Sequence[Record], model: type[Record]) -> None:
    """Fill each record's foreign-key cache so search parts read names without a query."""
    for fk in model._meta.refs:
        ids = {record.__data__.get(fk.name) for record in records} - {None}
        found: dict[int, Any] = {}
        id_list = list(ids)
        for start in range(0, len(id_list), CHUNK):
            chunk = id_list[start:start + CHUNK]
            for row in fk.rel_model.select().where(fk.rel_model.id.in_(chunk)):
                found[row.id] = row
        for record in records:
            value = record.__data__.get(fk.name)
            if value is not None and value in found:
                record.__rel__[fk.name] = found[value]


def bulk_create(entity: str, rows: Sequence[Mapping[str, Any]], *, source: str,
                source_detail: str, batch_uid: str | None, operation: str,
                user: str, uids: Sequence[str | None] | None = None) -> list[int]:
    """Insert validated rows (as `records.validate` returns them); returns their ids in order.

    Must run inside a transaction (`tracker.db.writing()`).
    """
    if not rows:
        return []
    spec = spec_for(entity)
    model = spec.model
    now = utcnow()
    fields = [f for f in model._meta.sorted_fields if f.name != "id"]
    # Text, number and link columns hold what SQLite stores; only dates, times and
    # booleans go through peewee's conversion (as Model.save would send them).
    converted = [isinstance(f, pw.DateField | pw.DateTimeField | pw.TimeField
                            | pw.BooleanField) for f in fields]
    records: list[Record] = []
    values: list[tuple[Any, ...]] = []
    for position, clean in enumerate(rows):
        uid = uids[position] if uids is not None else None
        record = model(uid=uid or new_uid(), created_at=now, updated_at=now, created_by=user,
                       updated_by=user, version=1, source=source,
                       source_detail=source_detail, batch_uid=batch_uid)
        data = record.__data__
        for name, value in clean.items():  # as records._apply, without per-field descriptors
            if name not in spec.virtual:
                data[name] = value
        if spec.derive is not None:
            spec.derive(record)
        records.append(record)
        values.append(tuple(f.db_value(data.get(f.name)) if convert else data.get(f.name)
                            for f, convert in zip(fields, converted, strict=True)))
    table = model._meta.table_name
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" for _ in fields)
    connection = database.connection()
    cursor = connection.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', values)
    del cursor
    by_uid: dict[str, int] = {}
    uids = [r.uid for r in records]
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start:start + CHUNK]
        by_uid.update(model.select(model.uid, model.id).where(model.uid.in_(chunk)).tuples())
    for record in records:
        record.id = by_uid[record.uid]
        record._dirty.clear()
    for record, clean in zip(records, rows, strict=True):
        for name, value in clean.items():
            if name in spec.virtual:
                spec.virtual[name].put(record, value)
    _prefetch_links(records, model)
    fts = search.FTS_TABLES[entity]
    connection.executemany(f"INSERT INTO {fts}(rowid, body) VALUES (?, ?)",
                           [(r.id, search.index_text(spec.search_parts(r))) for r in records])
    log_fields = ["at", "user", "entity", "record_id", "record_uid", "action", "changes",
                  "source", "batch_uid", "operation", "version"]
    log_rows = []
    for record, clean in zip(records, rows, strict=True):
        diff = {k: [None, to_json_value(v)] for k, v in clean.items() if v not in (None, "", [])}
        log_rows.append((now, user, entity, record.id, record.uid, "create",
                         json.dumps(diff, ensure_ascii=False), source, batch_uid, operation, 1))
    log_columns = ", ".join(f'"{ChangeLog._meta.fields[f].column_name}"' for f in log_fields)
    at = ChangeLog._meta.fields["at"].db_value(now)  # the only value peewee would convert
    connection.executemany(
        f'INSERT INTO "{ChangeLog._meta.table_name}" ({log_columns}) '
        f"VALUES ({', '.join('?' for _ in log_fields)})",
        [(at, *row[1:]) for row in log_rows])
    if spec.after_write is not None and entity in AFTER_CREATE:
        for record, clean in zip(records, rows, strict=True):
            spec.after_write(record, set(clean))
    return [r.id for r in records]


@dataclass
class BulkResult:
    changes: Changes
    problems: dict[int, list[FieldProblem]] = field(default_factory=dict)  # row index -> problems


def create_many(entity: str, rows: Iterable[Mapping[str, Any]], *, source: str = "import",
                source_detail: str = "", batch_uid: str | None = None,
                operation: str | None = None, user: str | None = None) -> BulkResult:
    """Validate rows as `records.create` does and insert the valid ones in one transaction.

    Rows that fail validation are reported by their index, with every problem named.
    """
    from tracker.services.entities import remembered_lookups

    spec = spec_for(entity)
    operation = operation or new_uid()
    result = BulkResult(Changes(operation=operation))
    with writing(), remembered_lookups():
        cleans: list[dict[str, Any]] = []
        for index, values in enumerate(rows):
            try:
                cleans.append(validate(spec, values, None))
            except ValidationError as error:
                result.problems[index] = error.problems
        ids = bulk_create(entity, cleans, source=source, source_detail=source_detail,
                          batch_uid=batch_uid, operation=operation,
                          user=user or current_user())
    result.changes.created = [(entity, record_id) for record_id in ids]
    return result
