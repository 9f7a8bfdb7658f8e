"""Merging two records of one person or company, and taking a merge back.

A merge is one operation: every record that links to the other one (activities,
deals, people of a company...) is moved to the survivor; the survivor takes the field
values the person chose, and the emails, phones, tags, conference links, other names
and ids in other systems of both (the other's names, when they differ, become other
names: nothing is lost); the other goes to the bin. Each step is an ordinary logged
change, so undo (Ctrl+Z, `beacon undo-merge`) replays them backwards and both records
and every link are as they were. The merge log says who merged what, when, and how
each differing field was decided.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from tracker import backups
from tracker import messages as m
from tracker.errors import NotFound, UndoRefused, ValidationError
from tracker.messages import say
from tracker.models import RECORD_MODELS, ChangeLog, KeepSeparate, MergeLog, Record
from tracker.services import records
from tracker.services.context import Changes, current_user, new_uid, utcnow
from tracker.storage import writing

# Fields a person chooses between, in the order the review shows them.
CHOSEN = {
    "contact": ("name", "name_zh", "title", "organization", "wechat_id", "city", "languages",
                "basis", "notes"),
    "organization": ("name", "name_zh", "kind", "country", "city", "modalities", "website",
                     "notes"),
}
# Lists both records' values are kept in.
JOINED = {
    "contact": ("emails", "phones", "tags", "conferences", "other_names", "external_ids"),
    "organization": ("emails", "phones", "tags", "other_names", "external_ids"),
}
NAMES = ("name", "name_zh")
SIDES = ("survivor", "other", "both")


@dataclass(frozen=True)
class FieldChoice:
    field: str
    survivor: Any
    other: Any
    default: str  # survivor, other or both (notes)

    @property
    def differs(self) -> bool:
        return self.survivor not in (None, "") and self.other not in (None, "") and (
            self.survivor != self.other)


@dataclass
class MergePreview:
    entity: str
    survivor: dict[str, Any]
    other: dict[str, Any]
    fields: list[FieldChoice] = field(default_factory=list)
    links: dict[str, int] = field(default_factory=dict)  # "activity.contact" -> count moved

    def differing(self) -> list[FieldChoice]:
        return [f for f in self.fields if f.differs]


@dataclass(frozen=True)
class MergeResult:
    merge_uid: str
    changes: Changes


def _check_entity(entity: str) -> None:
    if entity not in CHOSEN:
        raise ValidationError.single("entity", say(m.NOT_ONE_OF, value=entity,
                                                   allowed=", ".join(CHOSEN)), entity)


def _links(entity: str) -> list[tuple[str, str, Any]]:
    """(entity, field, model field) of every record field that points at this entity."""
    target = RECORD_MODELS[entity]
    found = []
    for linked, model in RECORD_MODELS.items():
        for name, model_field in model._meta.fields.items():
            if isinstance(model_field, pw.ForeignKeyField) and model_field.rel_model is target:
                found.append((linked, name, model_field))
    return found


def preview(entity: str, survivor_id: int, other_id: int) -> MergePreview:
    """Both records side by side, the default choice per field, the links that move."""
    _check_entity(entity)
    if survivor_id == other_id:
        raise ValidationError.single("other", say(m.MERGE_ITSELF), other_id)
    survivor = records.snapshot(entity, records.load(entity, survivor_id))
    other = records.snapshot(entity, records.load(entity, other_id))
    result = MergePreview(entity, survivor, other)
    for name in CHOSEN[entity]:
        mine, theirs = survivor.get(name), other.get(name)
        default = "survivor" if mine not in (None, "") else "other"
        if name == "notes" and mine and theirs and mine != theirs:
            default = "both"
        result.fields.append(FieldChoice(name, mine, theirs, default))
    for linked, name, model_field in _links(entity):
        model = model_field.model
        count = model.select().where(model_field == other_id,
                                     model.deleted_at.is_null()).count()
        if count:
            result.links[f"{linked}.{name}"] = count
    return result


def merge_records(entity: str, survivor_id: int, other_id: int,
                  choices: Mapping[str, str] | None = None, *,
                  user: str | None = None) -> MergeResult:
    """Merge `other` into `survivor`; `choices` maps a field to survivor, other or both
    (notes only). Fields not named take their default (the survivor's value, or the
    other's where the survivor has none)."""
    choices = dict(choices or {})
    user = user or current_user()
    operation = new_uid()
    changes = Changes(operation=operation)
    backups.before("merge")  # verified: the two records as they were can always come back
    with writing():
        plan = preview(entity, survivor_id, other_id)
        unknown = sorted(set(choices) - set(CHOSEN[entity]))
        bad = sorted(k for k, v in choices.items() if v not in SIDES or (
            v == "both" and k != "notes"))
        if unknown or bad:
            raise ValidationError.single("choices", say(m.MERGE_CHOICES, fields=", ".join(
                unknown + bad)), choices)
        for linked, name, model_field in _links(entity):
            model = model_field.model
            for (record_id,) in model.select(model.id).where(
                    model_field == other_id, model.deleted_at.is_null()).tuples():
                changes.merge(records.update(linked, record_id, None, {name: survivor_id},
                                             operation=operation, user=user))
        if plan.other.get("external_ids"):  # one record holds an id of another system
            changes.merge(records.update(entity, other_id, None, {"external_ids": []},
                                         operation=operation, user=user))
        update = _survivor_values(plan, choices)
        changes.merge(records.update(entity, survivor_id, None, update, operation=operation,
                                     user=user, action="merge"))
        changes.merge(records.delete(entity, other_id, operation=operation, user=user))
        merge_uid = new_uid()
        decided = {f.field: choices.get(f.field, f.default) for f in plan.differing()}
        MergeLog.create(uid=merge_uid, entity=entity, survivor_id=survivor_id,
                        survivor_uid=plan.survivor["uid"], other_id=other_id,
                        other_uid=plan.other["uid"], operation=operation, at=utcnow(),
                        user=user, choices=json.dumps(decided, ensure_ascii=False))
    return MergeResult(merge_uid, changes)


def _survivor_values(plan: MergePreview, choices: Mapping[str, str]) -> dict[str, Any]:
    update: dict[str, Any] = {}
    left_over: list[str] = []
    for choice in plan.fields:
        side = choices.get(choice.field, choice.default)
        if side == "both" and choice.differs:
            update[choice.field] = f"{choice.survivor}\n\n{choice.other}"
        elif side == "other" and choice.other not in (None, ""):
            update[choice.field] = choice.other
            if choice.field in NAMES and choice.survivor:
                left_over.append(choice.survivor)
        elif choice.field in NAMES and choice.differs:
            left_over.append(choice.other)
    for name in JOINED[plan.entity]:
        mine = list(plan.survivor.get(name) or [])
        joined = list(dict.fromkeys([*mine, *(plan.other.get(name) or [])]))
        if name == "other_names":
            kept = {str(update.get(n, plan.survivor.get(n)) or "").casefold() for n in NAMES}
            joined = [n for n in dict.fromkeys([*joined, *left_over])
                      if n and n.casefold() not in kept]
        if joined != mine:
            update[name] = joined
    return update


def undo_merge(merge_uid: str, *, user: str | None = None) -> Changes:
    """Both records and every link back as they were before the merge."""
    entry = MergeLog.get_or_none(MergeLog.uid == merge_uid)
    if entry is None:
        raise NotFound("merge", merge_uid)
    if entry.undone_at is not None:
        raise UndoRefused(say(m.MERGE_UNDONE, when=f"{entry.undone_at:%Y-%m-%d %H:%M}"))
    user = user or current_user()
    backups.before("undo-merge")
    with writing():
        changes = records.undo_operation(entry.operation, user=user,
                                         undo_as=undo_operation_of(str(entry.operation)))
        entry.undone_at = utcnow()
        entry.undone_by = user
        entry.save()
    return changes


_UNDO_NAMESPACE = uuid.UUID("5f0c6f43-4a5e-4c36-9d0b-2a8f1f0f6b11")


def undo_operation_of(operation: str) -> str:
    """The operation that undoes a merge's operation: derived from it, so what an undone
    merge and its undoing wrote can be told from later edits (undo-import needs that)."""
    return str(uuid.uuid5(_UNDO_NAMESPACE, operation))


def settled_by_undone_merges(since: dt.datetime, candidates: set[tuple[str, int]], *,
                             besides: str) -> set[tuple[str, int]]:
    """Of these (entity, id) records, those changed since `since` (by anything but the
    operation `besides`) only by merges that were undone and by their undoing: as they
    were, though their version moved on."""
    merges = (MergeLog.select(MergeLog.operation)
              .where(MergeLog.undone_at.is_null(False), MergeLog.at >= since).tuples())
    undone = {op for (operation,) in merges for op in (operation, undo_operation_of(operation))}
    if not undone or not candidates:
        return set()
    other: set[tuple[str, int]] = set()
    by_entity: dict[str, list[int]] = {}
    for entity, record_id in candidates:
        by_entity.setdefault(entity, []).append(record_id)
    for entity, ids in by_entity.items():
        for start in range(0, len(ids), 500):
            for record_id, operation in (ChangeLog.select(ChangeLog.record_id,
                                                          ChangeLog.operation)
                                         .where(ChangeLog.entity == entity,
                                                ChangeLog.record_id.in_(ids[start:start + 500]),
                                                ChangeLog.at >= since,
                                                ChangeLog.operation != besides).tuples()):
                if operation not in undone:
                    other.add((entity, record_id))
    return candidates - other


def merges_since(since: dt.datetime, touched: set[tuple[str, int]]) -> list[MergeLog]:
    """Merges made after `since`, not undone, that changed any of these (entity, id)
    records: merged one, kept one as survivor, or moved a link of one. Newest first."""
    found = []
    for entry in (MergeLog.select().where(MergeLog.undone_at.is_null(), MergeLog.at >= since)
                  .order_by(MergeLog.id.desc())):
        changed = set(ChangeLog.select(ChangeLog.entity, ChangeLog.record_id)
                      .where(ChangeLog.operation == entry.operation).tuples())
        if changed & touched:
            found.append(entry)
    return found


def merged_refusal(file_name: str, merges: list[MergeLog]) -> UndoRefused:
    """Why an import cannot be undone while these merges stand, and what to do: name the
    newest merge (who, when, its uid for `beacon undo-merge`), undo it first."""
    described = [_merge_described(entry) for entry in merges]
    if len(merges) == 1:
        reason = say(m.MERGED_AFTER_IMPORT, file=file_name, merged=described[0])
    else:
        reason = say(m.MERGES_AFTER_IMPORT, file=file_name, merged=described[0],
                     more=len(merges) - 1)
    return UndoRefused(reason, [str(d) for d in described], [str(e.uid) for e in merges])


def _record_label(entity: str, record_id: int, uid: str) -> str:
    """A merged record's name (it may be in the bin); its uid once it is gone for good."""
    spec = records.spec_for(entity)
    record = spec.model.get_or_none(spec.model.id == record_id)
    return spec.label(record) if record is not None else uid


def _merge_described(entry: MergeLog) -> m.Message:
    when = entry.at.replace(tzinfo=dt.UTC).astimezone()  # as the windows show times
    return say(m.MERGED_RECORD,
               other=_record_label(entry.entity, entry.other_id, entry.other_uid),
               survivor=_record_label(entry.entity, entry.survivor_id, entry.survivor_uid),
               when=f"{when:%Y-%m-%d %H:%M}", user=entry.user or "?", merge=entry.uid)


def merge_operation(merge_uid: str) -> str | None:
    """The operation a merge was made as (the window's Ctrl+Z knows it by that)."""
    entry = MergeLog.get_or_none(MergeLog.uid == merge_uid)
    return None if entry is None else str(entry.operation)


def merge_of_operation(operation: str) -> str | None:
    """The merge an operation made, if it is one (Ctrl+Z undoes it as a merge)."""
    entry = MergeLog.get_or_none(MergeLog.operation == operation)
    return None if entry is None else str(entry.uid)


def keep_separate(entity: str, first_id: int, second_id: int, *,
                  user: str | None = None) -> None:
    """Remember that two records are different: the finder stops offering the pair."""
    _check_entity(entity)
    low, high = sorted((first_id, second_id))
    for record_id in (low, high):
        records.load(entity, record_id)
    with writing():
        KeepSeparate.insert(entity=entity, first_id=low, second_id=high, at=utcnow(),
                            user=user or current_user()).on_conflict_ignore().execute()


def merge_history(entity: str | None = None) -> list[dict[str, Any]]:
    """The merge log, newest first: who merged what, when, how fields were decided."""
    query = MergeLog.select().order_by(MergeLog.id.desc())
    if entity:
        query = query.where(MergeLog.entity == entity)
    return [{"merge": e.uid, "entity": e.entity, "survivor": e.survivor_uid,
             "other": e.other_uid,
             "survivor_label": _record_label(e.entity, e.survivor_id, e.survivor_uid),
             "other_label": _record_label(e.entity, e.other_id, e.other_uid),
             "at": str(e.at), "user": e.user,
             "choices": json.loads(e.choices),
             "undone_at": None if e.undone_at is None else str(e.undone_at),
             "undone_by": e.undone_by} for e in query]


def uid_to_id(entity: str, uid: str) -> int:
    """The live record with this uid (the CLI names records by uid)."""
    _check_entity(entity)
    model: type[Record] = RECORD_MODELS[entity]
    found = model.get_or_none(model.uid == uid, model.deleted_at.is_null())
    if found is None:
        raise NotFound(entity, uid)
    return int(found.id)
