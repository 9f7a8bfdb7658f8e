"""A person's data under PIPL: where it came from, everything held about them, and erasing
them everywhere.

`provenance(id)` says where a contact came from and on what basis it is kept.
`export_person(uid)` gathers everything Beacon holds about one person (the record, emails,
phones, other names, ids elsewhere, activities, deals, conferences, history, imports)
and `write_export` writes it as JSON or a workbook, owner-only; each export is written
to the audit log (`privacy_log`: who, when, which uid, which format; no personal data).

`erase_person(uid)` removes the person everywhere Beacon keeps text: their rows, their
own activities, links from deals and conferences, other names, keys and ids elsewhere,
their history, and their name, emails and phones wherever another record's text, the
change log, import reports or merge notes hold them (replaced by "[erased]"); the search
index drops them, and the storage layer makes sure no bytes are left (SQLite:
secure_delete, search segments merged, the -wal emptied). What stays is a tombstone with
the uid alone, in the database and in a file beside it: restoring a backup made before
the erasure erases the person again (`reapply_erasures`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from tracker import messages as m
from tracker import search
from tracker.errors import NotFound, ValidationError
from tracker.messages import say
from tracker.models import (
    RECORD_MODELS,
    Activity,
    ChangeLog,
    ConferenceContact,
    Contact,
    Erasure,
    ImportBatch,
    Opportunity,
    PrivacyLog,
    Record,
)
from tracker.services.context import Changes, current_user, utcnow
from tracker.services.records import current_value, snapshot, spec_for, to_json_value
from tracker.storage import Store, active, writing

ERASED = "[erased]"
EXPORT_FORMATS = (".json", ".xlsx")
TOMBSTONE_SUFFIX = ".erasures.json"
SEARCHED_ENTITIES = ("organization", "opportunity", "conference", "incentive", "activity")
MIN_NAME = 2  # a one-letter name would erase every word it is part of


@dataclass(frozen=True)
class Provenance:
    """Where a contact came from and on what basis it is kept (PIPL's questions)."""

    source: str  # seed, manual, import, vcard
    detail: str  # the file, the article sentence
    basis: str  # consent, business_card, public
    created_at: Any
    created_by: str
    batch: str | None


@dataclass(frozen=True)
class Erased:
    """Whom an erasure removed (the uid), how many rows of each kind, and what the views
    refresh."""

    uid: str
    counts: dict[str, int]
    changes: Changes


# --- where from --------------------------------------------------------------------------
def provenance(contact_id: int) -> Provenance:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise NotFound("contact", contact_id)
    return Provenance(contact.source, contact.source_detail, contact.basis,
                      contact.created_at, contact.created_by, contact.batch_uid)


def _contact(uid: str) -> Contact:
    contact: Contact | None = Contact.get_or_none(
        (Contact.uid == uid) | (Contact.id == _as_id(uid)))
    if contact is None:
        raise NotFound("contact", uid)
    return contact


def _as_id(text: str) -> int:
    return int(text) if text.isascii() and text.isdigit() and len(text) < 18 else -1


# --- export --------------------------------------------------------------------------------
def export_person(uid: str) -> dict[str, Any]:
    """Everything Beacon holds about one person, as plain JSON-ready values."""
    contact = _contact(uid)
    record = {k: to_json_value(v) for k, v in snapshot("contact", contact).items()}
    organization = contact.organization
    activities = Activity.select().where(Activity.contact == contact.id).order_by(Activity.id)
    deals = Opportunity.select().where(Opportunity.primary_contact == contact.id)
    met = ConferenceContact.select().where(ConferenceContact.contact == contact.id)
    history = ChangeLog.select().where((ChangeLog.entity == "contact")
                                       & (ChangeLog.record_id == contact.id)).order_by(ChangeLog.id)
    batches = {contact.batch_uid} | {e.batch_uid for e in history if e.batch_uid}
    imports = ImportBatch.select().where(ImportBatch.uid.in_([b for b in batches if b]))
    return {
        "exported_at": to_json_value(utcnow()), "exported_by": current_user(),
        "person": record,
        "provenance": {"source": contact.source, "detail": contact.source_detail,
                       "basis": contact.basis, "created_at": to_json_value(contact.created_at),
                       "created_by": contact.created_by, "import_batch": contact.batch_uid},
        "organization": None if organization is None else {
            "uid": organization.uid, "name": organization.name,
            "name_zh": organization.name_zh},
        "activities": [snapshot("activity", a) for a in activities],
        "deals": [{"uid": d.uid, "title": d.title, "status": d.status,
                   "stage": d.stage.name} for d in deals],
        "conferences": [{"uid": c.conference.uid, "name": c.conference.name,
                         "starts_on": to_json_value(c.conference.starts_on), "note": c.note}
                        for c in met],
        "history": [{"at": to_json_value(e.at), "by": e.user, "action": e.action,
                     "source": e.source, "changes": json.loads(e.changes or "{}")}
                    for e in history],
        "imports": [{"batch": b.uid, "file": b.file_name, "at": to_json_value(b.created_at),
                     "by": b.created_by} for b in imports],
    }


def write_export(uid: str, target: Path) -> dict[str, Any]:
    """Write `export_person` to a .json or .xlsx file, owner-only, and log the export."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ValidationError.single("file", say(m.EXPORT_FORMAT, suffix=suffix or target.name))
    data = export_person(uid)
    from tracker.files import owner_only

    with owner_only(target) as handle:
        if suffix == ".json":
            handle.write(json.dumps(data, ensure_ascii=False, indent=2, default=str)
                         .encode("utf-8"))
        else:
            from tracker.privacy_workbook import write_workbook

            write_workbook(data, handle)
    counts = {k: len(v) for k, v in data.items() if isinstance(v, list)}
    with writing():
        PrivacyLog.create(at=utcnow(), user=current_user(), action="export",
                          subject_uid=data["person"]["uid"],
                          detail=json.dumps({"format": suffix[1:], "counts": counts}))
    return data


# --- erase ---------------------------------------------------------------------------------
def identifiers(contact: Contact) -> list[str]:
    """The texts that name a person: names, emails, phones (as stored and as written in
    JSON with escapes), longest first so a name inside an email goes with the email."""
    spec = spec_for("contact")
    found: set[str] = set()
    for name in (contact.name, contact.name_zh, contact.wechat_id):
        if name and len(name.strip()) >= MIN_NAME:
            found.add(name.strip())
    for field in ("emails", "phones", "other_names"):
        if field in spec.virtual:
            found.update(v for v in current_value(spec, contact, field) or []
                         if v and len(v) >= MIN_NAME)
    for phone in [f for f in found if f.startswith("+")]:
        found.add(phone.lstrip("+"))
    escaped = {json.dumps(f)[1:-1] for f in found}
    return sorted(found | escaped, key=len, reverse=True)


def _redact(texts: Iterable[str], store: Store) -> dict[str, int]:
    """Replace each text in every text column of every table (search tables excepted,
    they are rebuilt); returns rows changed per table."""
    texts = [t for t in texts if t]
    changed: dict[str, int] = {}
    for table in sorted(store.dialect.tables()):
        if store.dialect.is_search_table(table) or table in ("erasure", "privacy_log"):
            continue
        columns = store.dialect.text_columns(table)
        if not columns:
            continue
        handle = pw.Table(table).bind(store.db)
        for column in columns:
            field = pw.Column(handle, column)
            replaced: Any = field
            for text in texts:
                replaced = pw.fn.REPLACE(replaced, text, ERASED)
            count = handle.update({field: replaced}).where(_any_of(field, texts)).execute()
            if count:
                changed[table] = changed.get(table, 0) + int(count)
    return changed


def _mentioning(texts: list[str]) -> dict[str, list[int]]:
    """Records whose searchable text names the person (to be indexed again once redacted)."""
    found: dict[str, list[int]] = {}
    for entity in SEARCHED_ENTITIES:
        model = RECORD_MODELS[entity]
        ids: set[int] = set()
        for column in model._meta.sorted_fields:
            if isinstance(column, pw.CharField | pw.TextField):
                ids.update(r.id for r in model.select(model.id).where(_any_of(column, texts)))
        found[entity] = sorted(ids)
    return found


def _any_of(column: Any, texts: list[str]) -> Any:
    """column holds any of the texts (one condition per text: a flat OR, not a deep one)."""
    condition = column.contains(texts[0])
    for text in texts[1:]:
        condition = condition | column.contains(text)
    return condition


def erase_person(uid: str, *, user: str | None = None) -> Erased:
    """Erase one person everywhere (see the module's docstring); not undoable."""
    from tracker.backups import stop_background

    store = active()
    contact = _contact(uid)
    stop_background(store)  # a copy being read would keep the log from being emptied
    user = user or current_user()
    texts = identifiers(contact)
    changes = Changes(deleted=[("contact", contact.id)])
    with store.dialect.erasing(), writing():  # committed first, then the bytes are purged
        counts = _erase(contact, texts, store, changes)
        Erasure.insert(uid=contact.uid, entity="contact", erased_at=utcnow(),
                       erased_by=user).on_conflict_ignore().execute()
        PrivacyLog.create(at=utcnow(), user=user, action="erase", subject_uid=contact.uid,
                          detail=json.dumps({"counts": counts}))
    _remember_tombstone(store, contact.uid)
    return Erased(contact.uid, counts, changes)


def _erase(contact: Contact, texts: list[str], store: Store, changes: Changes
           ) -> dict[str, int]:
    from tracker.models import ExternalId, KeepSeparate, MergeLog, RecordTag, ReminderState

    person = contact.id
    counts: dict[str, int] = {}
    touched = _mentioning(texts)
    deals = [d.id for d in Opportunity.select(Opportunity.id)
             .where(Opportunity.primary_contact == person)]
    Opportunity.update(primary_contact=None).where(
        Opportunity.primary_contact == person).execute()
    shared = ((Activity.organization.is_null(False)) | Activity.opportunity.is_null(False)
              | Activity.conference.is_null(False) | Activity.incentive.is_null(False))
    own = [a.id for a in Activity.select(Activity.id).where(
        (Activity.contact == person) & ~shared)]
    kept = [a.id for a in Activity.select(Activity.id).where(
        (Activity.contact == person) & shared)]
    Activity.update(contact=None).where(Activity.id.in_(kept or [0])).execute()
    search.unindex_many("activity", own)
    counts["activities"] = Activity.delete().where(Activity.id.in_(own or [0])).execute()
    counts["conferences"] = ConferenceContact.delete().where(
        ConferenceContact.contact == person).execute()
    for model in (RecordTag, ExternalId, ReminderState):
        model.delete().where((model.entity == "contact") & (model.record_id == person)).execute()
    KeepSeparate.delete().where((KeepSeparate.entity == "contact") & (
        (KeepSeparate.first_id == person) | (KeepSeparate.second_id == person))).execute()
    MergeLog.delete().where((MergeLog.entity == "contact") & (
        (MergeLog.survivor_uid == contact.uid) | (MergeLog.other_uid == contact.uid))).execute()
    counts["history"] = ChangeLog.delete().where(
        (ChangeLog.entity == "contact") & ((ChangeLog.record_id == person)
                                           | (ChangeLog.record_uid == contact.uid))).execute()
    search.unindex("contact", person)
    contact.delete_instance()  # emails, phones, other names, keys go with it (cascade)
    counts.update(_redact(texts, store))
    for entity, ids in touched.items():
        for record_id in sorted(set(ids) | (set(deals) if entity == "opportunity" else set())):
            if entity == "activity" and record_id in own:
                continue
            _reindex(entity, record_id)
            changes.updated.append((entity, record_id))
    changes.deleted.extend(("activity", i) for i in own)
    changes.updated.extend(("activity", i) for i in kept)
    return counts


def _reindex(entity: str, record_id: int) -> None:
    spec = spec_for(entity)
    record: Record | None = spec.model.get_or_none(spec.model.id == record_id)
    if record is not None:
        search.reindex(entity, record.id, spec.search_parts(record))


# --- tombstones ------------------------------------------------------------------------------
def _tombstone_file(store: Store) -> Path | None:
    if store.path is None:
        return None
    return store.path.with_name(store.path.stem + TOMBSTONE_SUFFIX)


def _read_tombstones(store: Store) -> list[dict[str, str]]:
    path = _tombstone_file(store)
    if path is None or not path.exists():
        return []
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [t for t in found if isinstance(t, dict) and "uid" in t]


def _remember_tombstone(store: Store, uid: str) -> None:
    """The uid (only) in a file beside the database: it outlives restoring a backup."""
    path = _tombstone_file(store)
    if path is None:
        return
    known = _read_tombstones(store)
    if any(t["uid"] == uid for t in known):
        return
    known.append({"uid": uid, "entity": "contact", "erased_at": to_json_value(utcnow())})
    fresh = path.with_name(f".{path.name}.new")
    fd = os.open(fresh, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(known, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(fresh, path)


def erased_uids(store: Store | None = None) -> set[str]:
    store = store or active()
    return {e.uid for e in Erasure.select(Erasure.uid)} | {
        t["uid"] for t in _read_tombstones(store)}


def reapply_erasures(store: Store | None = None) -> list[str]:
    """After a backup is restored: everyone erased since is erased again; returns them."""
    store = store or active()
    again = []
    for uid in sorted(erased_uids(store)):
        if Contact.get_or_none(Contact.uid == uid) is not None:
            erase_person(uid, user="restore")
            again.append(uid)
        else:
            with writing():
                Erasure.insert(uid=uid, entity="contact", erased_at=utcnow(),
                               erased_by="restore").on_conflict_ignore().execute()
    return again
