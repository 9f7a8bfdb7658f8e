"""Creating many records at once, for imports: the same rows, change log and search text
as `records.create`, written by the store's bulk insert inside the caller's transaction.

peewee's per-row save and insert_many are several times slower than the driver's
own bulk paths for 100,000 rows (FACTS.md): the store inserts with executemany on
SQLite and COPY on PostgreSQL and hands back the new ids in order. Values must
already be validated with `records.validate`; derive, virtual fields, search parts
and after_write are the spec's own, so nothing differs from one-by-one creation
except speed (tests/excel/test_import.py and tests/test_bulk.py compare the two).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from tracker import search
from tracker.errors import FieldProblem, ValidationError
from tracker.identity.fields import fresh_other_names
from tracker.models import Record
from tracker.services import changelog
from tracker.services.context import Changes, current_user, new_uid, utcnow
from tracker.services.entities import created_in_bulk, remembered_names
from tracker.services.records import spec_for, to_json_value, validate
from tracker.storage import active, writing

# Entities whose after_write touches other records even when the record is new (an
# activity marks its deal as contacted). An organization's after_write reindexes the
# deals that name it, and a brand-new organization is named by none yet.
AFTER_CREATE = {"activity"}
# Values to_json_value gives back unchanged; the rest (dates, Decimal, records) it converts.
_AS_IS = frozenset({str, int, float, bool, type(None), list})
# json.dumps(..., ensure_ascii=False) builds a new encoder per call; this is the same encoder.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _log_text(clean: Mapping[str, Any]) -> str:
    """The change log's diff for a new record, as records.create writes it."""
    return _ENCODE({k: [None, v if v.__class__ in _AS_IS else to_json_value(v)]
                    for k, v in clean.items() if v not in (None, "", [])})


def bulk_create(entity: str, rows: Sequence[Mapping[str, Any]], *, source: str,
                source_detail: str, batch_uid: str | None, operation: str,
                user: str, uids: Sequence[str | None] | None = None,
                log_each: bool = True) -> list[int]:
    """Insert validated rows (as `records.validate` returns them); returns their ids in order.

    Must run inside a transaction (`tracker.storage.writing()`). With `log_each` off (an import
    batch) no change-log entry is written per record: the batch's `ImportBatch` row records
    the file, who and when, each record carries the batch's uid, and a created record's
    values are the record itself. That halves what a 100,000-row import writes.
    """
    if not rows:
        return []
    store = active()
    spec = spec_for(entity)
    model = spec.model
    virtual = spec.virtual
    now = utcnow()
    table = model._meta.table_name
    fields = [f for f in model._meta.sorted_fields if f.name != "id"]
    # Text, number and link columns hold what SQLite stores; only dates, times and
    # booleans go through peewee's conversion (as Model.save would send them).
    audit = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user,
             "version": 1, "source": source, "source_detail": source_detail,
             "batch_uid": batch_uid}
    # The batch's own values (times, user, uid), converted once and given to the store once
    # rather than in every row.
    same = {f.column_name: store.stored(f.db_value(audit[f.name])) for f in fields
            if f.name in audit}
    varying = [f for f in fields if f.name not in audit]
    names = [f.name for f in varying]
    converted = [(index, f.db_value) for index, f in enumerate(varying)
                 if isinstance(f, pw.DateField | pw.DateTimeField | pw.TimeField
                               | pw.BooleanField)]
    # As Model(**audit) and records.apply_values, without per-field descriptors: the
    # defaults and the batch's own values once, a copy of them a row.
    base = model._meta.get_default_dict()
    base.update(audit)
    callables = model._meta._default_callable_list
    virtual_names = tuple(virtual)
    derive = spec.derive
    records: list[Record] = []
    values: list[list[Any]] = []
    bound_values: dict[tuple[int, Any], Any] = {}
    for position, clean in enumerate(rows):
        data = base.copy()
        for name, default in callables:
            data[name] = default()
        data["uid"] = (uids[position] if uids is not None else None) or new_uid()
        data.update(clean)
        for name in virtual_names:
            data.pop(name, None)
        record = model(__no_default__=True)
        record.__data__ = data
        if derive is not None:
            derive(record)
            record._dirty.clear()
        records.append(record)
        row = list(map(data.get, names))
        for index, db_value in converted:
            value = row[index]
            if value is not None:  # db_value(None) is None for these fields
                # as the driver binds it, once a value: a batch's rows share a few dates
                key = (index, value)
                bound = bound_values.get(key)
                if bound is None:
                    bound = bound_values[key] = store.stored(db_value(value))
                row[index] = bound
        values.append(row)
    ids = store.insert_rows(table, [f.column_name for f in varying], values, new_ids=True,
                            same=same)
    del values
    for record, record_id in zip(records, ids, strict=True):
        record.__data__["id"] = record_id
    # A new record has no children yet: only values to add are put (an empty list would be
    # a delete of nothing, a query per record and field).
    puts = [(record, name, value) for record, clean in zip(records, rows, strict=True)
            for name in virtual_names
            if (value := clean.get(name, None)) is not None and value not in ([], "")]
    for record, name, value in puts:
        virtual[name].put(record, value)
    if spec.keys is not None:
        spec.keys(records)
    fresh = {record_id: list(clean.get("other_names") or []) for record_id, clean in zip(
        ids, rows, strict=True)} if "other_names" in virtual else {}
    with remembered_names(), fresh_other_names(entity, fresh), \
            created_in_bulk(entity, records, rows, ids):
        search_parts = spec.search_parts
        index_text = search.index_text
        search.index_many(entity, [(record_id, index_text(search_parts(r)))
                                   for r, record_id in zip(records, ids, strict=True)])
    if log_each:
        changelog.log_many(
            (changelog.Entry(entity, r.uid, "create", _log_text(clean), r.id, 1, source,
                             batch_uid) for r, clean in zip(records, rows, strict=True)),
            operation=operation, user=user, at=now)
    if spec.after_write is not None and entity in AFTER_CREATE:
        for record, clean in zip(records, rows, strict=True):
            spec.after_write(record, set(clean))
    return list(ids)


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
