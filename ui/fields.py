"""Which fields each record type's form shows, in order, and what kind of editor each gets.

Labels come from ui.labels (translated); values and validation come from
tracker (services.entities). `quick` marks the fields a new-record form asks for.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tracker.models import (
    ACTIVITY_KINDS,
    APPROACHES,
    CONTACT_BASES,
    INCENTIVE_KINDS,
    OPPORTUNITY_STATUSES,
    ORGANIZATION_KINDS,
)


@dataclass(frozen=True)
class FieldDef:
    key: str
    kind: str  # text, long, lines, choice, choices, reference, stage, date, money, list,
    #            percent, bool
    quick: bool = False  # asked for in the new-record form
    required: bool = False
    codes: tuple[str, ...] = ()  # for choice / choices
    target: str = ""  # for reference: the entity pointed to
    placeholder: str = ""  # source text, translated by the form


# Placeholders are source texts of context "RecordForm" (the form translates them).
DATE_HINT = QT_TRANSLATE_NOOP("RecordForm", "YYYY-MM-DD")
TAGS_HINT = QT_TRANSLATE_NOOP("RecordForm", "KOL, CAR-T, priority")
PROBABILITY_HINT = QT_TRANSLATE_NOOP("RecordForm", "stage default")
OTHER_NAMES_HINT = QT_TRANSLATE_NOOP("RecordForm", "One a line: former, English or short names")
EXTERNAL_IDS_HINT = QT_TRANSLATE_NOOP("RecordForm", "One a line: system:id, e.g. salesforce:0035g00000")

FIELDS: dict[str, tuple[FieldDef, ...]] = {
    "organization": (
        FieldDef("name", "text", quick=True, required=True),
        FieldDef("name_zh", "text", quick=True),
        FieldDef("kind", "choice", quick=True, codes=ORGANIZATION_KINDS),
        FieldDef("city", "text", quick=True),
        FieldDef("country", "text"),
        FieldDef("modalities", "text", placeholder="CAR-T, TCR-T, NK, iPSC"),
        FieldDef("website", "text", placeholder="https://"),
        FieldDef("other_names", "lines", placeholder=OTHER_NAMES_HINT),
        FieldDef("external_ids", "lines", placeholder=EXTERNAL_IDS_HINT),
        FieldDef("tags", "list", placeholder=TAGS_HINT),
        FieldDef("notes", "long"),
    ),
    "contact": (
        FieldDef("name", "text", quick=True, required=True),
        FieldDef("name_zh", "text", quick=True),
        FieldDef("title", "text", quick=True),
        FieldDef("organization", "reference", quick=True, target="organization"),
        FieldDef("emails", "list", quick=True, placeholder="name@example.com"),
        FieldDef("phones", "list", quick=True, placeholder="+86 138 0013 8000"),
        FieldDef("wechat_id", "text", quick=True),
        FieldDef("city", "text"),
        FieldDef("languages", "text"),
        FieldDef("basis", "choice", codes=CONTACT_BASES),
        FieldDef("other_names", "lines", placeholder=OTHER_NAMES_HINT),
        FieldDef("external_ids", "lines", placeholder=EXTERNAL_IDS_HINT),
        FieldDef("tags", "list", placeholder=TAGS_HINT),
        FieldDef("notes", "long"),
    ),
    "opportunity": (
        FieldDef("title", "text", quick=True, required=True),
        FieldDef("organization", "reference", quick=True, target="organization"),
        FieldDef("client", "reference", target="organization"),
        FieldDef("primary_contact", "reference", quick=True, target="contact"),
        FieldDef("stage", "stage", quick=True),
        FieldDef("status", "choice", codes=OPPORTUNITY_STATUSES),
        FieldDef("value", "money", quick=True),
        FieldDef("probability", "percent", placeholder=PROBABILITY_HINT),
        FieldDef("expected_close", "date", quick=True, placeholder=DATE_HINT),
        FieldDef("owner", "text", quick=True),
        FieldDef("business_line", "text"),
        FieldDef("approach", "choice", codes=APPROACHES),
        FieldDef("modality", "text", placeholder="CAR-T, TCR-T, NK, iPSC"),
        FieldDef("conference", "reference", target="conference"),
        FieldDef("next_step", "text"),
        FieldDef("next_step_due", "date", placeholder=DATE_HINT),
        FieldDef("lost_reason", "text"),
        FieldDef("tags", "list", placeholder=TAGS_HINT),
        FieldDef("notes", "long"),
    ),
    "conference": (
        FieldDef("name", "text", quick=True, required=True),
        FieldDef("city", "text", quick=True),
        FieldDef("venue", "text", quick=True),
        FieldDef("starts_on", "date", quick=True, placeholder=DATE_HINT),
        FieldDef("ends_on", "date", quick=True, placeholder=DATE_HINT),
        FieldDef("website", "text", placeholder="https://"),
        FieldDef("tags", "list", placeholder=TAGS_HINT),
        FieldDef("notes", "long"),
    ),
    "incentive": (
        FieldDef("name", "text", quick=True, required=True),
        FieldDef("city", "text", quick=True),
        FieldDef("region", "text"),
        FieldDef("issuing_body", "text", quick=True),
        FieldDef("kinds", "choices", quick=True, codes=INCENTIVE_KINDS),
        FieldDef("amount", "text"),
        FieldDef("deadline", "date", quick=True, placeholder=DATE_HINT),
        FieldDef("website", "text", placeholder="https://"),
        FieldDef("description", "long"),
        FieldDef("eligibility", "long"),
        FieldDef("tags", "list", placeholder=TAGS_HINT),
    ),
    "activity": (
        FieldDef("kind", "choice", quick=True, codes=ACTIVITY_KINDS),
        FieldDef("subject", "text", quick=True),
        FieldDef("body", "long", quick=True),
        FieldDef("due_on", "date", quick=True, placeholder=DATE_HINT),
        FieldDef("done", "bool"),
        FieldDef("owner", "text"),
        FieldDef("organization", "reference", quick=True, target="organization"),
        FieldDef("contact", "reference", quick=True, target="contact"),
        FieldDef("opportunity", "reference", target="opportunity"),
    ),
}

# Where tracker names a problem by its stored field, the form shows it at this field.
PROBLEM_FIELD = {"value_minor": "value", "currency": "value", "email": "emails",
                 "phone": "phones", "pipeline": "stage"}
