"""Which fields each record type's form shows, in order, and what kind of editor each gets.

A field's kind, whether it is required, its codes and the record it links to come from
the field catalogue (tracker/catalogue/fields.py); labels from ui.labels, which reads the
same catalogue. This module only chooses the form's fields, their order, the ones a
new-record form asks for (`quick`) and the placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tracker.catalogue.fields import field


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
MODALITIES = "CAR-T, TCR-T, NK, iPSC"
WEB = "https://"
Q = True  # quick

# entity -> (field, quick, placeholder), in form order
FORMS: dict[str, tuple[tuple[str, bool, str], ...]] = {
    "organization": (("name", Q, ""), ("name_zh", Q, ""), ("kind", Q, ""), ("city", Q, ""),
                     ("country", False, ""), ("modalities", False, MODALITIES),
                     ("website", False, WEB), ("phones", False, "+86 21 6123 4567, 400 820 5555"),
                     ("emails", False, "info@example.com"),
                     ("other_names", False, OTHER_NAMES_HINT), ("tags", False, TAGS_HINT),
                     ("notes", False, "")),
    "contact": (("name", Q, ""), ("name_zh", Q, ""), ("title", Q, ""), ("organization", Q, ""),
                ("emails", Q, "name@example.com"), ("phones", Q, "+86 138 0013 8000"),
                ("wechat_id", Q, ""), ("city", False, ""), ("languages", False, ""),
                ("basis", False, ""), ("other_names", False, OTHER_NAMES_HINT),
                ("tags", False, TAGS_HINT), ("notes", False, "")),
    "opportunity": (("title", Q, ""), ("organization", Q, ""), ("client", False, ""),
                    ("primary_contact", Q, ""), ("stage", Q, ""), ("status", False, ""),
                    ("value", Q, ""), ("probability", False, PROBABILITY_HINT),
                    ("expected_close", Q, DATE_HINT), ("owner", Q, ""),
                    ("business_line", False, ""), ("approach", False, ""),
                    ("modality", False, MODALITIES), ("conference", False, ""),
                    ("next_step", False, ""), ("next_step_due", False, DATE_HINT),
                    ("lost_reason", False, ""), ("tags", False, TAGS_HINT),
                    ("notes", False, "")),
    "conference": (("name", Q, ""), ("city", Q, ""), ("venue", Q, ""),
                   ("starts_on", Q, DATE_HINT), ("ends_on", Q, DATE_HINT),
                   ("website", False, WEB), ("tags", False, TAGS_HINT), ("notes", False, "")),
    "incentive": (("name", Q, ""), ("city", Q, ""), ("region", False, ""),
                  ("issuing_body", Q, ""), ("kinds", Q, ""), ("amount", False, ""),
                  ("deadline", Q, DATE_HINT), ("website", False, WEB),
                  ("description", False, ""), ("eligibility", False, ""),
                  ("tags", False, TAGS_HINT)),
    "activity": (("kind", Q, ""), ("subject", Q, ""), ("body", Q, ""),
                 ("due_on", Q, DATE_HINT), ("done", False, ""), ("owner", False, ""),
                 ("organization", Q, ""), ("contact", Q, ""), ("opportunity", False, "")),
}


# Lists edited one value a line in a form (a company's name may hold commas).
LINES = {"other_names"}


def _form_field(entity: str, key: str, quick: bool, placeholder: str) -> FieldDef:
    found = field(entity, key)
    return FieldDef(key, "lines" if key in LINES else found.kind, quick, found.required,
                    found.codes, found.target, placeholder)


FIELDS: dict[str, tuple[FieldDef, ...]] = {
    entity: tuple(_form_field(entity, *spec) for spec in specs)
    for entity, specs in FORMS.items()}

# Where tracker names a problem by its stored field, the form shows it at this field.
PROBLEM_FIELD = {"value_minor": "value", "currency": "value", "email": "emails",
                 "phone": "phones", "pipeline": "stage"}
