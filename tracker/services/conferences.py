"""Contacts met at a conference, logged one after another (the window's quick log).

One call is one transaction and one operation: the contact (new, or the one
already in Beacon with the same email, WeChat ID or phone), its organization
when named for the first time, the link to the conference and a note on the
contact's and the conference's timelines. Undo takes all of it back together.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tracker import validation as v
from tracker.errors import FieldProblem, ValidationError
from tracker.models import Contact, ContactEmail, ContactPhone, Organization
from tracker.names import name_key
from tracker.services import records
from tracker.services.activities import add_activity
from tracker.services.context import Changes, new_uid
from tracker.storage import writing

QUICK_FIELDS = ("name", "name_zh", "title", "organization", "emails", "phones", "wechat_id",
                "city", "basis", "notes")
FILLED_WHEN_EMPTY = ("name_zh", "title", "organization", "wechat_id", "city")


def log_contact_met(conference_id: int, values: Mapping[str, Any], note: str = "", *,
                    subject: str = "", source: str = "manual",
                    user: str | None = None) -> Changes:
    """Record that a person was met at a conference.

    `values` are contact fields; `organization` may be an id or a name (an existing
    organization by normalised name, else a new one). `subject` heads the timeline note
    (the window words it; by default the conference's name).
    """
    operation = new_uid()
    given = {k: val for k, val in values.items() if val not in (None, "", [])}
    unknown = sorted(set(given) - set(QUICK_FIELDS) - {"email", "phone"})
    if unknown:
        raise ValidationError([FieldProblem(k, "is not a field of contact") for k in unknown])
    organization = given.pop("organization", None)
    with writing():
        conference = records.load("conference", conference_id)
        # Every contact problem at once, before anything is written.
        clean = records.validate(records.spec_for("contact"), given, None)
        changes = Changes(operation=operation)
        org_id = _organization(organization, operation, user, changes)
        if org_id is not None:
            given["organization"] = org_id
        existing = _existing_contact(clean)
        if existing is None:
            changes.merge(records.create("contact", {**given, "conferences": [conference_id]},
                                         source=source, operation=operation, user=user))
            contact_id = changes.created[-1][1]
        else:
            contact_id = existing.id
            current = records.snapshot("contact", existing)
            update: dict[str, Any] = {"conferences": [*current["conferences"], conference_id]}
            for name in FILLED_WHEN_EMPTY:
                if name in given and not current.get(name):
                    update[name] = given[name]
            for name in ("emails", "phones"):
                if clean.get(name):
                    update[name] = list(dict.fromkeys([*current[name], *clean[name]]))
            changes.merge(records.update("contact", contact_id, None, update,
                                         operation=operation, user=user))
        links: dict[str, Any] = {"contact": contact_id, "conference": conference_id}
        if org_id is not None:
            links["organization"] = org_id
        changes.merge(add_activity("note", subject=subject or conference.name, body=note,
                                   operation=operation, source=source, **links))
    return changes


def _organization(value: Any, operation: str, user: str | None,
                  changes: Changes) -> int | None:
    """An organization id from an id or a name; a name not in Beacon becomes a new one."""
    if value in (None, ""):
        return None
    if v.is_key_number(value):
        return int(records.load("organization", int(value)).id)
    text = v.text("organization", value)
    found = find_organization(text)
    if found is not None:
        return found
    try:
        created = records.create("organization", {"name": text}, operation=operation, user=user)
    except ValidationError as error:
        raise ValidationError([FieldProblem("organization", p.message, p.value)
                               for p in error.problems]) from None
    changes.merge(created)
    return created.created[0][1]


def find_organization(name: str) -> int | None:
    """The live organization a typed name means: same normalised name (English or Chinese)."""
    key = name_key(name)
    if not key:
        return None
    alive = Organization.deleted_at.is_null()
    found = (Organization.select(Organization.id)
             .where(alive, Organization.name_key == key).order_by(Organization.id).first())
    if found is None:
        found = next((o for o in Organization.select(Organization.id, Organization.name_zh)
                      .where(alive, Organization.name_zh != "")
                      if name_key(o.name_zh) == key), None)
    return None if found is None else int(found.id)


def _existing_contact(clean: Mapping[str, Any]) -> Any:
    """The live contact with one of these emails, this WeChat ID or one of these phones."""
    alive = Contact.deleted_at.is_null()
    for email in clean.get("emails") or []:
        found = (Contact.select().join(ContactEmail)
                 .where(alive, ContactEmail.email == email).first())
        if found is not None:
            return found
    if clean.get("wechat_id"):
        found = Contact.select().where(alive, Contact.wechat_id == clean["wechat_id"]).first()
        if found is not None:
            return found
    for phone in clean.get("phones") or []:
        found = (Contact.select().join(ContactPhone)
                 .where(alive, ContactPhone.e164 == phone).first())
        if found is not None:
            return found
    return None


def organization_names() -> list[str]:
    """English and Chinese names of live organizations, for type-ahead."""
    names: dict[str, None] = {}
    for name, name_zh in (Organization.select(Organization.name, Organization.name_zh)
                          .where(Organization.deleted_at.is_null())
                          .order_by(Organization.name).tuples()):
        names.setdefault(name, None)
        if name_zh:
            names.setdefault(name_zh, None)
    return list(names)


def conference_heading(conference_id: int) -> tuple[str, str]:
    """(name, "city · dates") of a conference, for the quick log's heading."""
    conference: Any = records.load("conference", conference_id)
    dates = " – ".join(str(d) for d in (conference.starts_on, conference.ends_on) if d)
    return conference.name, " · ".join(p for p in (conference.city, dates) if p)
