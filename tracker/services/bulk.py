"""Creating many records at once, for imports: the same rows, change log and search text
as `records.create`, written with `executemany` inside the caller's transaction.

peewee's per-row save and insert_many are several times slower than the
connection's executemany for 100,000 rows (FACTS.md). Values must already be
validated with `records.validate`; derive, virtual fields, search parts and
after_write are the spec's own, so nothing differs from one-by-one creation
except speed (tests/excel/test_import.py and tests/test_bulk.py compare the two).

Ids are given explicitly, as SQLite would give them (one more than the largest
rowid, on a table without AUTOINCREMENT); inside the caller's IMMEDIATE
transaction no other connection can insert in between. That saves reading the
ids back by uid.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from tracker import search
from tracker.db import database, writing
from tracker.errors import FieldProblem, ValidationError
from tracker.models import ChangeLog, Record
from tracker.services.context import Changes, current_user, new_uid, utcnow
from tracker.services.entities import remembered_names
from tracker.services.records import spec_for, to_json_value, validate

CHUNK = 900  # SQLite's default limit of host parameters is 999
MAX_ROWID = 2**63 - 1
# Entities whose after_write touches other records even when the record is new (an
# activity marks its deal as contacted). An organization's after_write reindexes the
# deals that name it, and a brand-new organization is named by none yet.
AFTER_CREATE = {"activity"}
# Values to_json_value gives back unchanged; the rest (dates, Decimal, records) it converts.
_AS_IS = frozenset({str, int, float, bool, type(None), list})
# json.dumps(..., ensure_ascii=False) builds a new encoder per call; this is the same encoder.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
LOG_FIELDS = ("at", "user", "entity", "record_id", "record_uid", "action", "changes",
              "source", "batch_uid", "operation", "version")


def _log_text(clean: Mapping[str, Any]) -> str:
    """The change log's diff for a new record, as records.create writes it."""
    return _ENCODE({k: [None, v if v.__class__ in _AS_IS else to_json_value(v)]
                    for k, v in clean.items() if v not in (None, "", [])})


def _as_stored(value: Any) -> Any:
    """The value as the sqlite3 module binds it (through the adapter registered for its type,
    peewee's for datetimes), for a value written in every row of a batch."""
    adapt = sqlite3.adapters.get((type(value), sqlite3.PrepareProtocol))
    return value if adapt is None else adapt(value)


def _first_id(model: type[Record], count: int) -> int | None:
    """The id SQLite would give the next row, if the next `count` ids follow it."""
    table = model._meta.table_name
    largest = database.execute_sql(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    return largest + 1 if largest + count < MAX_ROWID else None


def bulk_create(entity: str, rows: Sequence[Mapping[str, Any]], *, source: str,
                source_detail: str, batch_uid: str | None, operation: str,
                user: str, uids: Sequence[str | None] | None = None,
                log_each: bool = True) -> list[int]:
    """Insert validated rows (as `records.validate` returns them); returns their ids in order.

    Must run inside a transaction (`tracker.db.writing()`). With `log_each` off (an import
    batch) no change-log entry is written per record: the batch's `ImportBatch` row records
    the file, who and when, each record carries the batch's uid, and a created record's
    values are the record itself. That halves what a 100,000-row import writes.
    """
    if not rows:
        return []
    spec = spec_for(entity)
    model = spec.model
    virtual = spec.virtual
    now = utcnow()
    table = model._meta.table_name
    first_id = _first_id(model, len(rows))
    fields = [f for f in model._meta.sorted_fields if f.name != "id" or first_id is not None]
    names = [f.name for f in fields]
    # Text, number and link columns hold what SQLite stores; only dates, times and
    # booleans go through peewee's conversion (as Model.save would send them).
    audit = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user,
             "version": 1, "source": source, "source_detail": source_detail,
             "batch_uid": batch_uid}
    converted = [(index, f.db_value) for index, f in enumerate(fields)
                 if isinstance(f, pw.DateField | pw.DateTimeField | pw.TimeField
                               | pw.BooleanField) and f.name not in audit]
    # The batch's own times, converted once rather than once a row.
    stored = [(index, _as_stored(f.db_value(audit[f.name]))) for index, f in enumerate(fields)
              if f.name in audit]
    defaults = model._meta.get_default_dict
    records: list[Record] = []
    values: list[list[Any]] = []
    for position, clean in enumerate(rows):
        # As Model(**audit) and records.apply_values, without per-field descriptors.
        data = defaults()
        data.update(audit)
        data["uid"] = (uids[position] if uids is not None else None) or new_uid()
        if first_id is not None:
            data["id"] = first_id + position
        for name, value in clean.items():
            if name not in virtual:
                data[name] = value
        record = model(__no_default__=True)
        record.__data__ = data
        if spec.derive is not None:
            spec.derive(record)
            record._dirty.clear()
        records.append(record)
        row = [data.get(name) for name in names]
        for index, db_value in converted:
            value = row[index]
            if value is not None:  # db_value(None) is None for these fields
                row[index] = db_value(value)
        for index, value in stored:
            row[index] = value
        values.append(row)
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" for _ in fields)
    connection = database.connection()
    connection.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', values)
    del values
    if first_id is None:  # the largest rowid is taken: SQLite picks ids at random
        by_uid: dict[str, int] = {}
        all_uids = [r.uid for r in records]
        for start in range(0, len(all_uids), CHUNK):
            chunk = all_uids[start:start + CHUNK]
            by_uid.update(model.select(model.uid, model.id).where(model.uid.in_(chunk))
                          .tuples())
        for record in records:
            record.id = by_uid[record.uid]
            record._dirty.clear()
    puts = [(record, name, value) for record, clean in zip(records, rows, strict=True)
            for name, value in clean.items() if name in virtual] if virtual else []
    for record, name, value in puts:
        virtual[name].put(record, value)
    if spec.keys is not None:
        spec.keys(records)
    with remembered_names():
        search_parts = spec.search_parts
        index_text = search.index_text
        connection.executemany(f"INSERT INTO {search.FTS_TABLES[entity]}(rowid, body) "
                               "VALUES (?, ?)",
                               [(r.id, index_text(search_parts(r))) for r in records])
    if log_each:
        _log_created(connection, entity, records, rows, now=now, user=user, source=source,
                     batch_uid=batch_uid, operation=operation)
    if spec.after_write is not None and entity in AFTER_CREATE:
        for record, clean in zip(records, rows, strict=True):
            spec.after_write(record, set(clean))
    return [r.id for r in records]


def _log_created(connection: sqlite3.Connection, entity: str, records: Sequence[Record],
                 rows: Sequence[Mapping[str, Any]], *, now: Any, user: str, source: str,
                 batch_uid: str | None, operation: str) -> None:
    log_columns = ", ".join(f'"{ChangeLog._meta.fields[f].column_name}"' for f in LOG_FIELDS)
    at = _as_stored(ChangeLog._meta.fields["at"].db_value(now))  # the only one to convert
    connection.executemany(
        f'INSERT INTO "{ChangeLog._meta.table_name}" ({log_columns}) '
        f"VALUES ({', '.join('?' for _ in LOG_FIELDS)})",
        [(at, user, entity, record.id, record.uid, "create", _log_text(clean), source,
          batch_uid, operation, 1) for record, clean in zip(records, rows, strict=True)])


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
