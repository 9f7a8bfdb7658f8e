"""Lookup keys of contacts and organizations, kept in step with every write.

Each record's names (name, Chinese name, other names) and WeChat ID give rows in
`contact_key` / `organization_key` (kind, key), indexed by (kind, key), so a duplicate
check reads an index instead of comparing names row by row. The rows are rewritten
whenever a record is created or changed (records.create/update, bulk_create, an
import's restore); deleted records keep theirs and are filtered out when matched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import peewee as pw

from tracker.identity.companies import exact_name, legal_key, sound_keys, word_keys
from tracker.identity.people import person_keys
from tracker.models import (
    ContactKey,
    ContactOtherName,
    OrganizationKey,
    OrganizationOtherName,
    Record,
)
from tracker.storage import active

CHUNK = 500


def wechat_key(wechat_id: str) -> str:
    """WeChat IDs compare without case or surrounding spaces."""
    return wechat_id.strip().casefold()


def contact_key_rows(names: Iterable[str], wechat_id: str = "") -> list[tuple[str, str]]:
    """(kind, key) rows of one contact: a name key per spelling, its WeChat ID."""
    keys: set[tuple[str, str]] = set()
    for name in names:
        if name:
            keys.update(("name", k) for k in person_keys(name))
    if wechat_id and wechat_key(wechat_id):
        keys.add(("wechat", wechat_key(wechat_id)))
    return sorted(keys)


def organization_key_rows(names: Iterable[str]) -> list[tuple[str, str]]:
    """(kind, key) rows of one organization: exact, legal-form-free, sound and word keys."""
    keys: set[tuple[str, str]] = set()
    for name in names:
        if not name:
            continue
        for kind, key in (("name", exact_name(name)), ("legal", legal_key(name))):
            if key:
                keys.add((kind, key))
        keys.update(("sound", k) for k in sound_keys(name))
        keys.update(("word", k) for k in word_keys(name))
    return sorted(keys)


def _other_names(model: type[ContactOtherName] | type[OrganizationOtherName],
                 owner: str, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    column = getattr(model, owner)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for record_id, name in (model.select(column, model.name).where(column.in_(chunk))
                                .order_by(model.position).tuples()):
            found.setdefault(record_id, []).append(name)
    return found


def refresh_contacts(contacts: Sequence[Record]) -> None:
    """Rewrite the keys of these contacts (inside the caller's transaction)."""
    ids = [int(c.id) for c in contacts]
    others = _other_names(ContactOtherName, "contact", ids)
    rows = [(c.id, kind, key) for c in contacts
            for kind, key in contact_key_rows((c.name, c.name_zh, *others.get(c.id, [])),
                                              c.wechat_id)]
    _replace(ContactKey, ContactKey.contact, ids, rows)


def refresh_organizations(organizations: Sequence[Record]) -> None:
    ids = [int(o.id) for o in organizations]
    others = _other_names(OrganizationOtherName, "organization", ids)
    rows = [(o.id, kind, key) for o in organizations
            for kind, key in organization_key_rows((o.name, o.name_zh, *others.get(o.id, [])))]
    _replace(OrganizationKey, OrganizationKey.organization, ids, rows)


def _replace(model: type[ContactKey] | type[OrganizationKey], owner: pw.ForeignKeyField,
             ids: list[int], rows: list[tuple[object, str, str]]) -> None:
    """The keys of these records, (record id, kind, key) rows, instead of those they had;
    written by the store's bulk insert (peewee's insert_many built a query of thousands of
    rows for an import's new companies)."""
    for start in range(0, len(ids), CHUNK):
        model.delete().where(owner.in_(ids[start:start + CHUNK])).execute()
    active().insert_rows(model._meta.table_name, [owner.column_name, "kind", "key"], rows,
                         new_ids=False)
