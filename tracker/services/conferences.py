"""Contacts met at a conference, logged one after another (the window's quick log).

One call is one transaction and one operation: the contact (new, or the one already in
Beacon the person chose), its organization when named for the first time, the link to
the conference and a note on the contact's and the conference's timelines. Undo takes
all of it back together.

Nobody is folded into an existing contact silently: when tracker.identity finds
candidates and the caller has not decided (`decision`), PossibleDuplicate is raised
with them; "it's them" takes what was typed into that contact (tracker.identity.absorb),
"someone else" logs a new one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tracker import messages as m
from tracker import validation as v
from tracker.errors import BeaconError, FieldProblem, ValidationError
from tracker.identity import Candidate, PersonProbe, contact_candidates
from tracker.identity.absorb import (
    COMPARED_LISTS,
    Absorption,
    Conflict,
    absorb_values,
    compare,
    typed_names,
)
from tracker.identity.match import exact_organization
from tracker.messages import say
from tracker.models import Activity, Organization
from tracker.services import records
from tracker.services.activities import add_activity
from tracker.services.context import Changes, new_uid
from tracker.storage import writing

QUICK_FIELDS = ("name", "name_zh", "title", "organization", "emails", "phones", "wechat_id",
                "city", "basis", "notes")


@dataclass(frozen=True)
class SamePerson:
    """The person's decision about the candidates: `contact_id` is who they are (None:
    someone else, log as new); `choices` maps a conflicting field to "typed" or "stored"."""

    contact_id: int | None
    choices: Mapping[str, str] = field(default_factory=dict)


class PossibleDuplicate(BeaconError):  # noqa: N818  (named like StaleRecord)
    """The person typed may already be in Beacon; the caller must decide (SamePerson)."""

    def __init__(self, candidates: list[Candidate]) -> None:
        first = candidates[0]
        super().__init__(say(m.MAY_BE_IN_BEACON, label=first.label,
                             reasons=first.reason_text()))
        self.candidates = candidates


def log_contact_met(conference_id: int, values: Mapping[str, Any], note: str = "", *,
                    subject: str = "", source: str = "manual", user: str | None = None,
                    decision: SamePerson | None = None,
                    labels: Mapping[str, str] | None = None) -> Changes:
    """Record that a person was met at a conference.

    `values` are contact fields; `organization` may be an id or a name (an organization
    whose name is written the same way, else a new one). `subject` heads the timeline
    note (the window words it; by default the conference's name). Values typed but not
    taken into an existing contact go into the note, under `labels["aside"]` and each
    field's label (the window translates them).
    """
    operation = new_uid()
    given = {k: val for k, val in values.items() if val not in (None, "", [])}
    unknown = sorted(set(given) - set(QUICK_FIELDS) - {"email", "phone"})
    if unknown:
        raise ValidationError([FieldProblem(k, say(m.NOT_A_FIELD, entity="contact"))
                               for k in unknown])
    organization = given.pop("organization", None)
    with writing():
        conference = records.load("conference", conference_id)
        # Every contact problem at once, before anything is written.
        clean = records.validate(records.spec_for("contact"), given, None)
        org_id = existing_organization(organization)
        if decision is None:
            candidates = contact_candidates(PersonProbe.from_values(
                {**clean, "organization": org_id}))
            if candidates:
                raise PossibleDuplicate(candidates)
            decision = SamePerson(None)
        changes = Changes(operation=operation)
        if org_id is None and organization not in (None, ""):
            org_id = _new_organization(organization, operation, user, changes)
        aside: list[Conflict] = []
        if decision.contact_id is None:
            new = {**given, "conferences": [conference_id]}
            if org_id is not None:
                new["organization"] = org_id
            changes.merge(records.create("contact", new, source=source, operation=operation,
                                         user=user))
            contact_id = changes.created[-1][1]
            already_met = False
        else:
            contact_id = decision.contact_id
            typed = {**clean, **typed_names(given)}
            if "name" not in typed_names(given):
                typed.pop("name", None)  # a romanization Beacon made is not typed
            if org_id is not None:
                typed["organization"] = org_id
            stored = records.snapshot("contact", records.load("contact", contact_id))
            absorption = compare(contact_id, typed, organization_names_of(
                typed, stored["organization"]), stored)
            update, aside = absorb_values(absorption, decision.choices, stored)
            already_met = conference_id in stored["conferences"]
            if not already_met:
                update["conferences"] = [*stored["conferences"], conference_id]
            changes.merge(records.update("contact", contact_id, None, update,
                                         operation=operation, user=user))
        body = _note_body(note, aside, labels or {})
        links: dict[str, Any] = {"contact": contact_id, "conference": conference_id}
        if org_id is not None:
            links["organization"] = org_id
        heading = subject or conference.name
        if not (already_met and _has_note(contact_id, conference_id, heading, body)):
            changes.merge(add_activity("note", subject=heading, body=body,
                                       operation=operation, source=source, **links))
    return changes


def _note_body(note: str, aside: list[Conflict], labels: Mapping[str, str]) -> str:
    """The note typed, then the values typed but not taken ("Also given: Title: CTO")."""
    if not aside:
        return note
    given = "; ".join(f"{labels.get(c.field, c.field)}: {c.typed_text}" for c in aside)
    line = f"{labels.get('aside', 'Also given')}: {given}"
    return f"{note}\n{line}" if note else line


def _has_note(contact_id: int, conference_id: int, subject: str, body: str) -> bool:
    """The same note of this meeting is on the contact's timeline already."""
    return bool(Activity.select().where(
        Activity.contact == contact_id, Activity.conference == conference_id,
        Activity.subject == subject, Activity.body == body,
        Activity.deleted_at.is_null()).exists())


def organization_names_of(values: Mapping[str, Any], stored_id: int | None) -> dict[int, str]:
    """Names of the organizations a comparison shows (typed and stored)."""
    ids = [i for i in (values.get("organization"), stored_id) if isinstance(i, int)]
    if not ids:
        return {}
    return dict(Organization.select(Organization.id, Organization.name)
                .where(Organization.id.in_(ids)).tuples())


def existing_organization(value: Any) -> int | None:
    """The organization an id or a name means, if Beacon has it (the same name written
    alike: a near name is a suggestion the window shows, never taken silently)."""
    if value in (None, ""):
        return None
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        return int(records.load("organization", int(value)).id)
    return find_organization(v.text("organization", value))


def _new_organization(value: Any, operation: str, user: str | None,
                      changes: Changes) -> int:
    text = v.text("organization", value)
    try:
        created = records.create("organization", {"name": text}, operation=operation, user=user)
    except ValidationError as error:
        raise ValidationError([FieldProblem("organization", p.message, p.value)
                               for p in error.problems]) from None
    changes.merge(created)
    return created.created[0][1]


def find_organization(name: str) -> int | None:
    """The live organization whose English, Chinese or other name is written like `name`."""
    return exact_organization(name)


def contact_absorption(contact_id: int, values: Mapping[str, Any]) -> Absorption:
    """What "it's them: update" would do with what was typed (for the window to show the
    conflicts before the person chooses). Values that do not validate yet are left out."""
    spec = records.spec_for("contact")
    record = records.load("contact", contact_id)
    typed: dict[str, Any] = {}
    for name, value in {**values, **typed_names(values)}.items():
        if name == "organization" or value in (None, "", []):
            continue
        try:
            typed.update(records.validate(spec, {name: value}, record))
        except ValidationError:
            continue
    if "name" not in typed_names(values):
        typed.pop("name", None)
    organization = values.get("organization")
    if organization:
        typed["organization"] = existing_organization(organization) or str(organization)
    stored = records.snapshot("contact", record, COMPARED_LISTS)
    return compare(contact_id, typed, organization_names_of(typed, record.organization_id),
                   stored)


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
