"""Create, update, delete, restore and undo for every record type, through one path.

Each entity describes its fields in an EntitySpec (tracker/services/entities.py);
this module does the rest the same way for all: validation, the version check,
audit fields, the change log, the search index, and what changed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import peewee as pw

from tracker import messages as m
from tracker import search
from tracker.errors import FieldProblem, NotFound, StaleRecord, UndoRefused, ValidationError
from tracker.messages import say
from tracker.models import ChangeLog, Record
from tracker.services import changelog
from tracker.services.context import Changes, current_user, new_uid, utcnow
from tracker.storage import active, writing

Normalizer = Callable[[str, Any], Any]


@dataclass(frozen=True)
class VirtualField:
    """A field kept outside the record's row (emails, phones, tags)."""

    get: Callable[[Record], Any]
    put: Callable[[Record, Any], None]
    normalize: Normalizer


@dataclass(frozen=True)
class EntitySpec:
    entity: str
    model: type[Record]
    fields: Mapping[str, Normalizer]
    required: tuple[str, ...] = ()
    virtual: Mapping[str, VirtualField] = field(default_factory=dict)
    prepare: Callable[[dict[str, Any], Record | None], dict[str, Any]] | None = None
    derive: Callable[[Record], None] | None = None
    search_parts: Callable[[Record], list[str | None]] = lambda record: []
    after_write: Callable[[Record, set[str]], Changes] | None = None
    label: Callable[[Record], str] = lambda record: str(record.id)
    # Problems between fields (a conference ending before it starts), given the clean
    # values and the record they change (None when new).
    check: Callable[[Mapping[str, Any], Record | None], list[FieldProblem]] | None = None
    # Rewrites lookup rows derived from these records (tracker.identity.keys) once their
    # row and virtual fields are written.
    keys: Callable[[Sequence[Record]], None] | None = None


SPECS: dict[str, EntitySpec] = {}


def register(spec: EntitySpec) -> EntitySpec:
    SPECS[spec.entity] = spec
    return spec


def spec_for(entity: str) -> EntitySpec:
    from tracker.services import entities  # noqa: F401  (registers the specs)

    try:
        return SPECS[entity]
    except KeyError:
        raise NotFound("record type", entity) from None


def to_json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, pw.Model):
        return value.get_id()
    return value


def from_json_value(model: type[Record], name: str, value: Any) -> Any:
    model_field = model._meta.fields.get(name)
    if value is None or model_field is None:
        return value
    if isinstance(model_field, pw.DateTimeField):
        return dt.datetime.fromisoformat(value)
    if isinstance(model_field, pw.DateField):
        return dt.date.fromisoformat(value)
    return value


def current_value(spec: EntitySpec, record: Record, name: str) -> Any:
    if name in spec.virtual:
        return spec.virtual[name].get(record)
    model_field = spec.model._meta.fields[name]
    if isinstance(model_field, pw.ForeignKeyField):
        return getattr(record, model_field.column_name)
    return getattr(record, name)


# Normalized values remembered per (entity, field, value) while an import validates many
# rows (the store's batch, `Store.batch_of_writes`): 100,000 deals hold a few stages, owners
# and dates. Each value is kept with its type (1, 1.0 and True are one key: the type tells
# which one was normalized). Only successes of immutable results are kept, so each bad cell
# reports its own error.
_IMMUTABLE = frozenset({str, int, float, bool, type(None), dt.date, dt.datetime, Decimal})
_UNSEEN: Any = object()
# Distinct values remembered per field: a field with more (titles, amounts: each
# row its own) is normalized afresh each time instead of growing the memo without use.
MEMO_VALUES = 5000


@contextmanager
def remembered_normalizing() -> Iterator[None]:
    store = active()
    if store.batch is not None:
        yield
        return
    with store.batch_of_writes():
        yield


# True while undo puts back values a record had: they are taken as stored, not as typed
# (a prepare step that completes typed names must not rewrite them).
_REPLAYING: ContextVar[bool] = ContextVar("replaying", default=False)


def replaying() -> bool:
    return _REPLAYING.get()


def validate(spec: EntitySpec, values: Mapping[str, Any], record: Record | None) -> dict[str, Any]:
    prepared = dict(values)
    if spec.prepare is not None:
        prepared = spec.prepare(prepared, record)
    problems: list[FieldProblem] = []
    clean: dict[str, Any] = {}
    batch = active().batch
    memos = batch.normalized.setdefault(spec.entity, {}) if batch is not None else None
    fields, virtual = spec.fields, spec.virtual
    for name, raw in prepared.items():
        known: dict[Any, tuple[type, Any]] | None = None
        if memos is not None:
            known = memos.get(name, _UNSEEN)
            if known is _UNSEEN:
                known = memos[name] = {}
            elif known is not None:
                try:
                    hit = known.get(raw)
                except TypeError:  # a list, a signalling NaN
                    hit = None
                if hit is not None and hit[0] is raw.__class__:  # 1, 1.0, True: one key
                    clean[name] = hit[1]
                    continue
                if len(known) >= MEMO_VALUES:  # hardly repeats (a title): not kept
                    known = memos[name] = None
        normalizer = fields.get(name) or (
            virtual[name].normalize if name in virtual else None)
        if normalizer is None:
            problems.append(FieldProblem(name, say(m.NOT_A_FIELD, entity=spec.entity), raw))
            continue
        try:
            clean[name] = result = normalizer(name, raw)
        except ValidationError as error:
            problems.extend(error.problems)
            continue
        if known is not None and result.__class__ in _IMMUTABLE and (
                raw.__class__ in _IMMUTABLE):
            try:
                known[raw] = (raw.__class__, result)
            except TypeError:  # a signalling NaN
                pass
    for name in spec.required:
        present = clean.get(name) if name in clean else (
            current_value(spec, record, name) if record is not None else None)
        if present in (None, "", []) and not any(p.field == name for p in problems):
            problems.append(FieldProblem(name, say(m.REQUIRED)))
    if not problems and spec.check is not None:
        problems.extend(spec.check(clean, record))
    if problems:
        raise ValidationError(problems)
    return clean


def apply_values(spec: EntitySpec, record: Record, clean: Mapping[str, Any]) -> None:
    for name, value in clean.items():
        if name in spec.virtual:
            continue
        model_field = spec.model._meta.fields[name]
        if isinstance(model_field, pw.ForeignKeyField):
            setattr(record, model_field.column_name, value)
        else:
            setattr(record, name, value)


def _log(spec: EntitySpec, record: Record, action: str, diff: Mapping[str, Any],
         operation: str, user: str) -> None:
    changelog.log(spec.entity, record.uid, action, diff, operation=operation, user=user,
                  record_id=record.id, version=record.version, at=record.updated_at,
                  source=record.source if action == "create" else "manual",
                  batch_uid=record.batch_uid if action == "create" else None)


def _reindex(spec: EntitySpec, record: Record) -> None:
    search.reindex(spec.entity, record.id, spec.search_parts(record))


def load(entity: str, record_id: int, *, include_deleted: bool = False) -> Record:
    spec = spec_for(entity)
    record: Record | None = spec.model.get_or_none(spec.model.id == record_id)
    if record is None or (record.deleted_at is not None and not include_deleted):
        raise NotFound(entity, record_id)
    return record


def find_by_uid(entity: str, uid: str, *, include_deleted: bool = False) -> Record:
    """A record by the uid that leaves the database (exports, scripts, other files)."""
    spec = spec_for(entity)
    record: Record | None = spec.model.get_or_none(spec.model.uid == uid)
    if record is None or (record.deleted_at is not None and not include_deleted):
        raise NotFound(entity, uid)
    return record


def create(entity: str, values: Mapping[str, Any], *, source: str = "manual",
           source_detail: str = "", batch_uid: str | None = None,
           operation: str | None = None, user: str | None = None,
           uid: str | None = None) -> Changes:
    spec = spec_for(entity)
    operation = operation or new_uid()
    user = user or current_user()
    with writing():
        clean = validate(spec, values, None)
        now = utcnow()
        record = spec.model(uid=uid or new_uid(), created_at=now, updated_at=now, created_by=user,
                            updated_by=user, version=1, source=source,
                            source_detail=source_detail, batch_uid=batch_uid)
        apply_values(spec, record, clean)
        if spec.derive is not None:
            spec.derive(record)
        record.save(force_insert=True)
        for name, value in clean.items():
            if name in spec.virtual:
                spec.virtual[name].put(record, value)
        if spec.keys is not None:
            spec.keys([record])
        _reindex(spec, record)
        diff = {k: [None, to_json_value(v)] for k, v in clean.items() if v not in (None, "", [])}
        _log(spec, record, "create", diff, operation, user)
        changes = Changes(created=[(entity, record.id)], operation=operation)
        if spec.after_write is not None:
            changes.merge(spec.after_write(record, set(clean)))
    return changes


def _locked(spec: EntitySpec, record_id: int, expected_version: int | None) -> Record:
    record: Record | None = spec.model.get_or_none(spec.model.id == record_id)
    if record is None:
        raise NotFound(spec.entity, record_id)
    if expected_version is not None and record.version != expected_version:
        raise StaleRecord(spec.entity, record.uid, expected_version, record.version)
    return record


def _save_if_unchanged(spec: EntitySpec, record: Record, user: str) -> None:
    """Write the record's changed fields and the next version only if its version is still
    the one read: a compare-and-swap (UPDATE ... WHERE id = ? AND version = ?), so two
    writers who read the same version cannot both save, on any engine or isolation level."""
    model = spec.model
    read_version = record.version
    record.updated_at = utcnow()
    record.updated_by = user
    changed: dict[Any, Any] = {model._meta.fields[name]: record.__data__.get(name)
                               for name in record._dirty if name != "version"}
    changed[model.version] = model.version + 1
    saved = (model.update(changed)
             .where(model.id == record.id, model.version == read_version).execute())
    if saved != 1:
        now = model.get_or_none(model.id == record.id)
        raise StaleRecord(spec.entity, record.uid, read_version,
                          None if now is None else now.version)
    record.version = read_version + 1
    record._dirty.clear()


def update(entity: str, record_id: int, expected_version: int | None,
           values: Mapping[str, Any], *, operation: str | None = None,
           user: str | None = None, action: str = "update") -> Changes:
    """Change fields of a record the user saw at `expected_version` (None: no check)."""
    spec = spec_for(entity)
    operation = operation or new_uid()
    user = user or current_user()
    with writing():
        record = _locked(spec, record_id, expected_version)
        if record.deleted_at is not None:
            raise StaleRecord(entity, record.uid, expected_version or record.version, None)
        clean = validate(spec, values, record)
        diff = {}
        for name, value in clean.items():
            old = current_value(spec, record, name)
            if to_json_value(old) != to_json_value(value):
                diff[name] = [to_json_value(old), to_json_value(value)]
        if not diff:
            return Changes(operation=operation)
        apply_values(spec, record, {k: v for k, v in clean.items() if k in diff})
        if spec.derive is not None:
            spec.derive(record)
        _save_if_unchanged(spec, record, user)
        for name in diff:
            if name in spec.virtual:
                spec.virtual[name].put(record, clean[name])
        if spec.keys is not None:
            spec.keys([record])
        _reindex(spec, record)
        _log(spec, record, action, diff, operation, user)
        changes = Changes(updated=[(entity, record.id)], operation=operation)
        if spec.after_write is not None:
            changes.merge(spec.after_write(record, set(diff)))
    return changes


def _set_deleted(entity: str, record_id: int, expected_version: int | None, deleted: bool,
                 operation: str | None, user: str | None) -> Changes:
    spec = spec_for(entity)
    operation = operation or new_uid()
    user = user or current_user()
    with writing():
        record = _locked(spec, record_id, expected_version)
        if (record.deleted_at is not None) == deleted:
            return Changes(operation=operation)
        old = record.deleted_at
        record.deleted_at = utcnow() if deleted else None
        _save_if_unchanged(spec, record, user)
        if deleted:
            search.unindex(entity, record.id)
        else:
            _reindex(spec, record)
        diff = {"deleted_at": [to_json_value(old), to_json_value(record.deleted_at)]}
        _log(spec, record, "delete" if deleted else "restore", diff, operation, user)
        changes = Changes(operation=operation)
        (changes.deleted if deleted else changes.created).append((entity, record.id))
    return changes


def delete(entity: str, record_id: int, expected_version: int | None = None, *,
           operation: str | None = None, user: str | None = None) -> Changes:
    """Move a record to the bin: hidden everywhere, kept until undone or purged."""
    return _set_deleted(entity, record_id, expected_version, True, operation, user)


def restore(entity: str, record_id: int, *, operation: str | None = None,
            user: str | None = None) -> Changes:
    return _set_deleted(entity, record_id, None, False, operation, user)


def _registered() -> dict[str, EntitySpec]:
    from tracker.services import entities  # noqa: F401  (registers the specs)

    return SPECS


def undo_operation(operation: str, *, user: str | None = None,
                   undo_as: str | None = None) -> Changes:
    """Revert every change of one operation, newest first; refuse if a record moved on since.
    `undo_as` names the undoing operation (a merge's undo is found by it later)."""
    user = user or current_user()
    undo_op = undo_as or new_uid()
    entries = list(ChangeLog.select().where(ChangeLog.operation == operation)
                   .order_by(ChangeLog.id.desc()))
    if not entries:
        raise UndoRefused(say(m.NOTHING_TO_UNDO))
    if any(entry.entity not in _registered() for entry in entries):
        raise UndoRefused(say(m.SETTINGS_NOT_UNDONE))
    changes = Changes(operation=undo_op)
    touched: set[tuple[str, int]] = set()  # an operation may change a record twice (a merge)
    with writing():
        for entry in entries:
            spec = spec_for(entry.entity)
            record = spec.model.get_or_none(spec.model.id == entry.record_id)
            if record is None:
                continue
            first_time = (entry.entity, record.id) not in touched
            touched.add((entry.entity, record.id))
            if first_time and record.version != entry.version:
                raise UndoRefused(say(m.CHANGED_AGAIN, entity=entry.entity, uid=record.uid),
                                  [record.uid])
            diff = json.loads(entry.changes)
            if entry.action == "create":
                changes.merge(delete(entry.entity, record.id, operation=undo_op, user=user))
            elif entry.action == "delete":
                changes.merge(restore(entry.entity, record.id, operation=undo_op, user=user))
            elif entry.action == "restore":
                changes.merge(delete(entry.entity, record.id, operation=undo_op, user=user))
            else:
                old = {k: from_json_value(spec.model, k, v[0]) for k, v in diff.items()}
                token = _REPLAYING.set(True)
                try:
                    changes.merge(update(entry.entity, record.id, record.version, old,
                                         operation=undo_op, user=user, action="undo"))
                finally:
                    _REPLAYING.reset(token)
        changelog.mark_undone(operation)
    return changes


def snapshot(entity: str, record: Record,
             virtual_fields: Sequence[str] | None = None) -> dict[str, Any]:
    """Every field of a record as plain values (JSON-ready), virtual fields included (only
    `virtual_fields` of them when given: each is a query)."""
    spec = spec_for(entity)
    data: dict[str, Any] = {"id": record.id}
    for name, model_field in spec.model._meta.fields.items():
        if name == "id":
            continue
        if isinstance(model_field, pw.ForeignKeyField):
            data[name] = getattr(record, model_field.column_name)
        else:
            data[name] = to_json_value(getattr(record, name))
    for name, virtual in spec.virtual.items():
        if virtual_fields is None or name in virtual_fields:
            data[name] = virtual.get(record)
    return data
