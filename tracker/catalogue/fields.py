"""Every field of every record type, once: its kind, its label, the header an export
writes, and whether an import may fill it.

Forms (ui/fields.py), list and detail labels (ui/labels.py), the export's headers and
the import's mapping all read this table; the import's header aliases are in
tracker.catalogue.aliases. Labels are English source texts marked for the "Labels"
translation context (QT_TRANSLATE_NOOP: collected by lupdate, translated by ui/).

Kinds a form edits: text, long, choice, choices, reference, stage, date, money, list,
percent, bool. Kinds only an import fills (`into` names the field they end up in):
key (Beacon ID), version, external (an id in another system), external_link (a linked
record's id in another system), part (a piece of a composite field, such as a first
name), note (kept in the notes under its header), flag (a yes/no column deciding
another field), currency, pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.messages import QT_TRANSLATE_NOOP
from tracker.models import (
    ACTIVITY_KINDS,
    APPROACHES,
    CONTACT_BASES,
    INCENTIVE_KINDS,
    OPPORTUNITY_STATUSES,
    ORGANIZATION_KINDS,
)

FORM_KINDS = frozenset({"text", "long", "choice", "choices", "reference", "stage", "date",
                        "money", "list", "percent", "bool"})


@dataclass(frozen=True)
class Field:
    entity: str
    key: str
    kind: str
    label: str  # English source text of the "Labels" context
    header: str = ""  # what an export writes above the column ("" : the label)
    required: bool = False
    codes: tuple[str, ...] = ()  # choice / choices
    target: str = ""  # reference / external_link: the record type pointed to
    imported: bool = True  # offered by the import's column mapping
    into: str = ""  # import-only kinds: the field the value ends up in
    many: bool = False  # an import may fill it from several columns (emails, notes)

    @property
    def export_header(self) -> str:
        return self.header or self.label


def _f(entity: str, key: str, kind: str, label: str, **more: object) -> Field:
    return Field(entity, key, kind, label, **more)  # type: ignore[arg-type]


# Import-only fields every importable record type has.
_COMMON: tuple[tuple[str, str, str, dict[str, object]], ...] = (
    ("uid", "key", QT_TRANSLATE_NOOP("Labels", "Beacon ID"), {"header": "Beacon ID"}),
    ("version", "version", QT_TRANSLATE_NOOP("Labels", "Version"), {}),
    ("external_id", "external", QT_TRANSLATE_NOOP("Labels", "ID in another system"), {}),
    ("note", "note", QT_TRANSLATE_NOOP("Labels", "Keep in notes"), {"into": "notes", "many": True}),
)


def _common(entity: str) -> tuple[Field, ...]:
    return tuple(_f(entity, key, kind, label, **more) for key, kind, label, more in _COMMON)


ORGANIZATION = (
    _f("organization", "name", "text", QT_TRANSLATE_NOOP("Labels", "Name"), required=True),
    _f("organization", "name_zh", "text", QT_TRANSLATE_NOOP("Labels", "Chinese name")),
    _f("organization", "name_en", "part", QT_TRANSLATE_NOOP("Labels", "English name"), into="name"),
    _f("organization", "other_names", "list", QT_TRANSLATE_NOOP("Labels", "Other names"),
       many=True),
    _f("organization", "kind", "choice", QT_TRANSLATE_NOOP("Labels", "Kind"), codes=ORGANIZATION_KINDS),
    _f("organization", "country", "text", QT_TRANSLATE_NOOP("Labels", "Country")),
    _f("organization", "city", "text", QT_TRANSLATE_NOOP("Labels", "City")),
    _f("organization", "modalities", "text", QT_TRANSLATE_NOOP("Labels", "Modalities")),
    _f("organization", "website", "text", QT_TRANSLATE_NOOP("Labels", "Website")),
    _f("organization", "phones", "list", QT_TRANSLATE_NOOP("Labels", "Phones"), many=True),
    _f("organization", "emails", "list", QT_TRANSLATE_NOOP("Labels", "Emails"), many=True),
    _f("organization", "tags", "list", QT_TRANSLATE_NOOP("Labels", "Tags")),
    _f("organization", "notes", "long", QT_TRANSLATE_NOOP("Labels", "Notes")),
    *_common("organization"),
)

CONTACT = (
    _f("contact", "name", "text", QT_TRANSLATE_NOOP("Labels", "Name"), required=True),
    _f("contact", "first_name", "part", QT_TRANSLATE_NOOP("Labels", "First name"), into="name"),
    _f("contact", "middle_name", "part", QT_TRANSLATE_NOOP("Labels", "Middle name"), into="name"),
    _f("contact", "last_name", "part", QT_TRANSLATE_NOOP("Labels", "Last name"), into="name"),
    _f("contact", "name_zh", "text", QT_TRANSLATE_NOOP("Labels", "Chinese name")),
    _f("contact", "name_en", "part", QT_TRANSLATE_NOOP("Labels", "English name"), into="name"),
    _f("contact", "other_names", "list", QT_TRANSLATE_NOOP("Labels", "Other names"), many=True),
    _f("contact", "title", "text", QT_TRANSLATE_NOOP("Labels", "Job title"), header="Title"),
    _f("contact", "organization", "reference", QT_TRANSLATE_NOOP("Labels", "Organization"),
       target="organization"),
    _f("contact", "organization_id", "external_link", QT_TRANSLATE_NOOP("Labels", "Organization's ID in "
                                                                  "another system"),
       target="organization", into="organization"),
    # A contacts file's company line (Outlook's Company Main Phone, 单位主要电话): the phones of
    # the organization the row makes, not the person's.
    _f("contact", "organization_phones", "part", QT_TRANSLATE_NOOP("Labels", "Organization's phones"),
       into="organization", many=True),
    _f("contact", "emails", "list", QT_TRANSLATE_NOOP("Labels", "Emails"), many=True),
    _f("contact", "phones", "list", QT_TRANSLATE_NOOP("Labels", "Phones"), many=True),
    _f("contact", "phone_extension", "part", QT_TRANSLATE_NOOP("Labels", "Phone extension"),
       into="phones"),
    _f("contact", "wechat_id", "text", QT_TRANSLATE_NOOP("Labels", "WeChat ID")),
    _f("contact", "city", "text", QT_TRANSLATE_NOOP("Labels", "City")),
    _f("contact", "languages", "text", QT_TRANSLATE_NOOP("Labels", "Languages")),
    _f("contact", "basis", "choice", QT_TRANSLATE_NOOP("Labels", "Kept on the basis of"), codes=CONTACT_BASES,
       imported=False),
    _f("contact", "conferences", "list", QT_TRANSLATE_NOOP("Labels", "Conferences"), imported=False),
    _f("contact", "tags", "list", QT_TRANSLATE_NOOP("Labels", "Tags")),
    _f("contact", "notes", "long", QT_TRANSLATE_NOOP("Labels", "Notes")),
    # Odoo's partner files mix people and companies; this column tells them apart.
    _f("contact", "is_company", "flag", QT_TRANSLATE_NOOP("Labels", "Is a company (row is an organization)")),
    *_common("contact"),
)

OPPORTUNITY = (
    _f("opportunity", "title", "text", QT_TRANSLATE_NOOP("Labels", "Title"), required=True),
    _f("opportunity", "organization", "reference", QT_TRANSLATE_NOOP("Labels", "Organization"),
       target="organization"),
    _f("opportunity", "organization_id", "external_link",
       QT_TRANSLATE_NOOP("Labels", "Organization's ID in another system"), target="organization",
       into="organization"),
    _f("opportunity", "client", "reference", QT_TRANSLATE_NOOP("Labels", "Client"), target="organization"),
    _f("opportunity", "primary_contact", "reference", QT_TRANSLATE_NOOP("Labels", "Primary contact"),
       target="contact"),
    # A leads file's ways to reach its contact (Odoo's Email, Phone, Job Position beside
    # Contact Name): they go to the contact the row makes.
    _f("opportunity", "contact_title", "part", QT_TRANSLATE_NOOP("Labels", "Contact's job title"),
       into="primary_contact"),
    _f("opportunity", "contact_emails", "part", QT_TRANSLATE_NOOP("Labels", "Contact's emails"),
       into="primary_contact", many=True),
    _f("opportunity", "contact_phones", "part", QT_TRANSLATE_NOOP("Labels", "Contact's phones"),
       into="primary_contact", many=True),
    _f("opportunity", "pipeline", "pipeline", QT_TRANSLATE_NOOP("Labels", "Pipeline"), into="stage"),
    _f("opportunity", "stage", "stage", QT_TRANSLATE_NOOP("Labels", "Stage")),
    _f("opportunity", "status", "choice", QT_TRANSLATE_NOOP("Labels", "Status"), codes=OPPORTUNITY_STATUSES),
    _f("opportunity", "is_won", "flag", QT_TRANSLATE_NOOP("Labels", "Won (yes or no)"), into="status"),
    _f("opportunity", "is_closed", "flag", QT_TRANSLATE_NOOP("Labels", "Closed (yes or no)"), into="status"),
    _f("opportunity", "value", "money", QT_TRANSLATE_NOOP("Labels", "Value")),
    _f("opportunity", "currency", "currency", QT_TRANSLATE_NOOP("Labels", "Currency"), into="value"),
    _f("opportunity", "probability", "percent", QT_TRANSLATE_NOOP("Labels", "Probability")),
    _f("opportunity", "expected_close", "date", QT_TRANSLATE_NOOP("Labels", "Expected close")),
    _f("opportunity", "closed_on", "date", QT_TRANSLATE_NOOP("Labels", "Closed on"), imported=True),
    _f("opportunity", "owner", "text", QT_TRANSLATE_NOOP("Labels", "Owner")),
    _f("opportunity", "business_line", "text", QT_TRANSLATE_NOOP("Labels", "Business line")),
    _f("opportunity", "approach", "choice", QT_TRANSLATE_NOOP("Labels", "Approach"), codes=APPROACHES),
    _f("opportunity", "modality", "text", QT_TRANSLATE_NOOP("Labels", "Modality")),
    _f("opportunity", "conference", "reference", QT_TRANSLATE_NOOP("Labels", "Conference"),
       target="conference", imported=False),
    _f("opportunity", "next_step", "text", QT_TRANSLATE_NOOP("Labels", "Next step")),
    _f("opportunity", "next_step_due", "date", QT_TRANSLATE_NOOP("Labels", "Next step due")),
    _f("opportunity", "lost_reason", "text", QT_TRANSLATE_NOOP("Labels", "Lost because"),
       header="Lost reason"),
    _f("opportunity", "tags", "list", QT_TRANSLATE_NOOP("Labels", "Tags")),
    _f("opportunity", "notes", "long", QT_TRANSLATE_NOOP("Labels", "Notes")),
    *_common("opportunity"),
)

CONFERENCE = (
    _f("conference", "name", "text", QT_TRANSLATE_NOOP("Labels", "Name"), required=True, imported=False),
    _f("conference", "city", "text", QT_TRANSLATE_NOOP("Labels", "City"), imported=False),
    _f("conference", "venue", "text", QT_TRANSLATE_NOOP("Labels", "Venue"), imported=False),
    _f("conference", "starts_on", "date", QT_TRANSLATE_NOOP("Labels", "Starts"), imported=False),
    _f("conference", "ends_on", "date", QT_TRANSLATE_NOOP("Labels", "Ends"), imported=False),
    _f("conference", "website", "text", QT_TRANSLATE_NOOP("Labels", "Website"), imported=False),
    _f("conference", "tags", "list", QT_TRANSLATE_NOOP("Labels", "Tags"), imported=False),
    _f("conference", "notes", "long", QT_TRANSLATE_NOOP("Labels", "Notes"), imported=False),
)

INCENTIVE = (
    _f("incentive", "name", "text", QT_TRANSLATE_NOOP("Labels", "Name"), required=True, imported=False),
    _f("incentive", "city", "text", QT_TRANSLATE_NOOP("Labels", "City"), imported=False),
    _f("incentive", "region", "text", QT_TRANSLATE_NOOP("Labels", "Region"), imported=False),
    _f("incentive", "issuing_body", "text", QT_TRANSLATE_NOOP("Labels", "Issued by"), imported=False),
    _f("incentive", "kinds", "choices", QT_TRANSLATE_NOOP("Labels", "Kinds"), codes=INCENTIVE_KINDS,
       imported=False),
    _f("incentive", "amount", "text", QT_TRANSLATE_NOOP("Labels", "Amount"), imported=False),
    _f("incentive", "deadline", "date", QT_TRANSLATE_NOOP("Labels", "Deadline"), imported=False),
    _f("incentive", "website", "text", QT_TRANSLATE_NOOP("Labels", "Website"), imported=False),
    _f("incentive", "description", "long", QT_TRANSLATE_NOOP("Labels", "Description"), imported=False),
    _f("incentive", "eligibility", "long", QT_TRANSLATE_NOOP("Labels", "Eligibility"), imported=False),
    _f("incentive", "tags", "list", QT_TRANSLATE_NOOP("Labels", "Tags"), imported=False),
)

ACTIVITY = (
    _f("activity", "kind", "choice", QT_TRANSLATE_NOOP("Labels", "Kind"), codes=ACTIVITY_KINDS,
       imported=False),
    _f("activity", "subject", "text", QT_TRANSLATE_NOOP("Labels", "Subject"), imported=False),
    _f("activity", "body", "long", QT_TRANSLATE_NOOP("Labels", "Text"), imported=False),
    _f("activity", "due_on", "date", QT_TRANSLATE_NOOP("Labels", "Due"), imported=False),
    _f("activity", "done", "bool", QT_TRANSLATE_NOOP("Labels", "Done"), imported=False),
    _f("activity", "owner", "text", QT_TRANSLATE_NOOP("Labels", "Owner"), imported=False),
    _f("activity", "organization", "reference", QT_TRANSLATE_NOOP("Labels", "Organization"),
       target="organization", imported=False),
    _f("activity", "contact", "reference", QT_TRANSLATE_NOOP("Labels", "Contact"), target="contact",
       imported=False),
    _f("activity", "opportunity", "reference", QT_TRANSLATE_NOOP("Labels", "Opportunity"),
       target="opportunity", imported=False),
    _f("activity", "conference", "reference", QT_TRANSLATE_NOOP("Labels", "Conference"),
       target="conference", imported=False),
    _f("activity", "incentive", "reference", QT_TRANSLATE_NOOP("Labels", "Incentive program"),
       target="incentive", imported=False),
)

CATALOGUE: dict[str, tuple[Field, ...]] = {
    "organization": ORGANIZATION, "contact": CONTACT, "opportunity": OPPORTUNITY,
    "conference": CONFERENCE, "incentive": INCENTIVE, "activity": ACTIVITY,
}
IMPORT_ENTITIES = ("opportunity", "organization", "contact")
_BY_KEY = {(f.entity, f.key): f for fields in CATALOGUE.values() for f in fields}


def field(entity: str, key: str) -> Field:
    return _BY_KEY[(entity, key)]


def find_field(entity: str, key: str) -> Field | None:
    return _BY_KEY.get((entity, key))


def importable(entity: str) -> list[Field]:
    """The fields an import's mapping offers for this record type, in form order."""
    return [f for f in CATALOGUE[entity] if f.imported]


def required_field(entity: str) -> Field:
    return next(f for f in CATALOGUE[entity] if f.required)


def label_of(key: str, entity: str | None = None) -> str | None:
    """A field's English label: of this record type's field, else of the first record type
    that has a field of this name (a list column named like a field)."""
    found = _BY_KEY.get((entity or "", key))
    if found is None:
        found = next((f for fields in CATALOGUE.values() for f in fields if f.key == key),
                     None)
    return found.label if found else None
