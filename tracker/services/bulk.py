"""Creating many records at once (imports, generated data) in one transaction.

Each row goes through the same validation, derivation, search indexing and change
log as `records.create`; only the writing differs: rows are inserted with the
connection's executemany (FACTS.md: about 5x faster than peewee's insert_many),
with ids assigned here while the IMMEDIATE transaction holds the write lock.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from tracker import search
from tracker.db import database, writing
from tracker.errors import FieldProblem, ValidationError
from tracker.models import ChangeLog, ContactEmail, ContactPhone
from tracker.services.context import Changes, current_user, new_uid, utcnow
from tracker.services.records import apply_values, spec_for, to_json_value, validate


@dataclass
class BulkResult:
    changes: Changes
    problems: dict[int, list[FieldProblem]] = field(default_factory=dict)  # row index -> problems


def _insert_sql(model: Any, columns: list[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'


def bulk_create(entity: str, rows: Iterable[Mapping[str, Any]], *, source: str = "import",
                batch_uid: str | None = None, operation: str | None = None,
                user: str | None = None, source_details: Iterable[str] | None = None,
                skip_invalid: bool = True) -> BulkResult:
    """Create every valid row; invalid ones are reported by index (or raise if not skipping)."""
    spec = spec_for(entity)
    model = spec.model
    operation = operation or new_uid()
    user = user or current_user()
    details = iter(source_details) if source_details is not None else None
    result = BulkResult(Changes(operation=operation))
    fields = [f for f in model._meta.sorted_fields]
    columns = [f.column_name for f in fields]
    record_rows: list[tuple[Any, ...]] = []
    made: list[Any] = []
    cleaned: list[tuple[Any, dict[str, Any]]] = []
    log_rows: list[tuple[Any, ...]] = []
    email_rows: list[tuple[int, str, int]] = []
    phone_rows: list[tuple[int, str, int]] = []
    with writing():
        next_id = (model.select(pw.fn.MAX(model.id)).scalar() or 0) + 1
        now = utcnow()
        for index, values in enumerate(rows):
            detail = next(details) if details is not None else ""
            try:
                clean = validate(spec, values, None)
            except ValidationError as error:
                if not skip_invalid:
                    raise
                result.problems[index] = error.problems
                continue
            record = model(id=next_id, uid=new_uid(), created_at=now, updated_at=now,
                           created_by=user, updated_by=user, version=1, source=source,
                           source_detail=detail, batch_uid=batch_uid)
            apply_values(spec, record, clean)
            if spec.derive is not None:
                spec.derive(record)
            record_rows.append(tuple(f.db_value(record.__data__.get(f.name)) for f in fields))
            for position, email in enumerate(clean.get("emails", [])):
                email_rows.append((record.id, email, position))
            for position, phone in enumerate(clean.get("phones", [])):
                phone_rows.append((record.id, phone, position))
            made.append(record)
            cleaned.append((record, clean))
            diff = {k: [None, to_json_value(v)] for k, v in clean.items()
                    if v not in (None, "", [])}
            log_rows.append((str(now), user, entity, record.id, record.uid, "create",
                             json.dumps(diff, ensure_ascii=False), source, batch_uid,
                             operation, 1))
            result.changes.created.append((entity, record.id))
            next_id += 1
        connection = database.connection()
        connection.executemany(_insert_sql(model, columns), record_rows)
        if email_rows:
            connection.executemany(
                _insert_sql(ContactEmail, ["contact_id", "email", "position"]), email_rows)
        if phone_rows:
            connection.executemany(
                _insert_sql(ContactPhone, ["contact_id", "e164", "position"]), phone_rows)
        for name, virtual in spec.virtual.items():  # tags, conferences: rare in bulk, row by row
            if name in ("emails", "phones"):
                continue
            for record, clean in cleaned:
                if clean.get(name):
                    virtual.put(record, clean[name])
        # Search text last: it reads linked rows (emails, phones) that now exist.
        fts_rows = [(r.id, search.index_text(spec.search_parts(r))) for r in made]
        table = search.FTS_TABLES[entity]
        connection.executemany(f"INSERT INTO {table}(rowid, body) VALUES (?, ?)", fts_rows)
        connection.executemany(_insert_sql(ChangeLog, [
            "at", "user", "entity", "record_id", "record_uid", "action", "changes", "source",
            "batch_uid", "operation", "version"]), log_rows)
    return result
