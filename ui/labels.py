"""Words for the codes tracker/ returns: record types, columns, kinds, statuses.

Tables hold source text marked with QT_TRANSLATE_NOOP so lupdate finds it;
the functions translate at lookup time, so a language change needs no restart
of the tables.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.catalogue.fields import find_field, label_of

_CTX = "Labels"

ENTITY_SINGULAR = {
    "organization": QT_TRANSLATE_NOOP("Labels", "organization"),
    "contact": QT_TRANSLATE_NOOP("Labels", "contact"),
    "opportunity": QT_TRANSLATE_NOOP("Labels", "opportunity"),
    "conference": QT_TRANSLATE_NOOP("Labels", "conference"),
    "incentive": QT_TRANSLATE_NOOP("Labels", "incentive program"),
    "activity": QT_TRANSLATE_NOOP("Labels", "activity"),
}
ENTITY_PLURAL = {
    "organization": QT_TRANSLATE_NOOP("Labels", "Organizations"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contacts"),
    "opportunity": QT_TRANSLATE_NOOP("Labels", "Opportunities"),
    "conference": QT_TRANSLATE_NOOP("Labels", "Conferences"),
    "incentive": QT_TRANSLATE_NOOP("Labels", "Incentive programs"),
    "activity": QT_TRANSLATE_NOOP("Labels", "Activities"),
}

# Columns that are not fields of a record (fields are labelled by the field catalogue,
# tracker/catalogue/fields.py, in this same "Labels" context).
COLUMNS = {
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "updated_at": QT_TRANSLATE_NOOP("Labels", "Changed"),
    "created_at": QT_TRANSLATE_NOOP("Labels", "Logged"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "tag": QT_TRANSLATE_NOOP("Labels", "Tag"),
    "due": QT_TRANSLATE_NOOP("Labels", "Due"),
}

CODES = {
    # organization kinds
    "drug_developer": QT_TRANSLATE_NOOP("Labels", "Drug developer"),
    "cdmo": QT_TRANSLATE_NOOP("Labels", "CDMO"),
    "cro": QT_TRANSLATE_NOOP("Labels", "CRO"),
    "pharma": QT_TRANSLATE_NOOP("Labels", "Pharma"),
    "cell_line_developer": QT_TRANSLATE_NOOP("Labels", "Cell-line developer"),
    "supplier": QT_TRANSLATE_NOOP("Labels", "Instruments & consumables"),
    "distributor": QT_TRANSLATE_NOOP("Labels", "Distributor"),
    "investor": QT_TRANSLATE_NOOP("Labels", "Investor"),
    "government": QT_TRANSLATE_NOOP("Labels", "Government"),
    "regulator": QT_TRANSLATE_NOOP("Labels", "Regulator"),
    "consultancy": QT_TRANSLATE_NOOP("Labels", "Consultancy"),
    "hospital": QT_TRANSLATE_NOOP("Labels", "Hospital"),
    "university": QT_TRANSLATE_NOOP("Labels", "University"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # activity kinds
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "WeChat"),
    "task": QT_TRANSLATE_NOOP("Labels", "Task"),
    # statuses
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "won": QT_TRANSLATE_NOOP("Labels", "Won"),
    "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
    # approaches
    "cdmo_cro_partnership": QT_TRANSLATE_NOOP("Labels", "CDMO/CRO partnership"),
    "investigator_initiated_trial": QT_TRANSLATE_NOOP("Labels", "Investigator-initiated trial"),
    "licensing": QT_TRANSLATE_NOOP("Labels", "Licensing"),
    "distribution": QT_TRANSLATE_NOOP("Labels", "Distribution"),
    # contact bases
    "consent": QT_TRANSLATE_NOOP("Labels", "Consent"),
    "business_card": QT_TRANSLATE_NOOP("Labels", "Business card"),
    "public": QT_TRANSLATE_NOOP("Labels", "Public source"),
    # incentive kinds
    "funding": QT_TRANSLATE_NOOP("Labels", "Funding"),
    "clinical_resources": QT_TRANSLATE_NOOP("Labels", "Clinical resources"),
    "accelerator_support": QT_TRANSLATE_NOOP("Labels", "Accelerator support"),
    "regulatory_fast_track": QT_TRANSLATE_NOOP("Labels", "Regulatory fast track"),
    # sources
    "seed": QT_TRANSLATE_NOOP("Labels", "Article"),
    "manual": QT_TRANSLATE_NOOP("Labels", "Typed in"),
    "import": QT_TRANSLATE_NOOP("Labels", "Import"),
    "vcard": QT_TRANSLATE_NOOP("Labels", "vCard"),
    # when deals are expected to close
    "past": QT_TRANSLATE_NOOP("Labels", "Close date passed"),
    "this_month": QT_TRANSLATE_NOOP("Labels", "Closing this month"),
    "this_quarter": QT_TRANSLATE_NOOP("Labels", "Closing this quarter"),
    "next_quarter": QT_TRANSLATE_NOOP("Labels", "Closing next quarter"),
    "this_year": QT_TRANSLATE_NOOP("Labels", "Closing this year"),
    # due states
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "today": QT_TRANSLATE_NOOP("Labels", "Today"),
    "upcoming": QT_TRANSLATE_NOOP("Labels", "Upcoming"),
}
# The seeded pipelines' and stages' names (seeds/pipelines.toml), worded in the interface's
# language while they keep the name Beacon gave them; a name the user typed shows as typed.
SEEDED_NAMES = {name: name for name in (
    QT_TRANSLATE_NOOP("SeedNames", "BD partnering"),
    QT_TRANSLATE_NOOP("SeedNames", "Distribution"),
    QT_TRANSLATE_NOOP("SeedNames", "Lead"),
    QT_TRANSLATE_NOOP("SeedNames", "Qualified"),
    QT_TRANSLATE_NOOP("SeedNames", "First meeting"),
    QT_TRANSLATE_NOOP("SeedNames", "Proposal"),
    QT_TRANSLATE_NOOP("SeedNames", "Negotiation"),
    QT_TRANSLATE_NOOP("SeedNames", "Contracting"),
    QT_TRANSLATE_NOOP("SeedNames", "Prospect"),
    QT_TRANSLATE_NOOP("SeedNames", "Evaluation"),
    QT_TRANSLATE_NOOP("SeedNames", "Terms"),
    QT_TRANSLATE_NOOP("SeedNames", "Agreement"),
)}
# Columns whose values are codes worded through CODES.
CODE_COLUMNS = frozenset({"kind", "kinds", "status", "approach", "basis", "source"})


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def entity_name(entity: str) -> str:
    return _t(ENTITY_SINGULAR.get(entity, entity))


def entity_plural(entity: str) -> str:
    return _t(ENTITY_PLURAL.get(entity, entity))


def column_title(key: str, entity: str | None = None) -> str:
    """A column's title: the field catalogue's label for this record type's field (a
    contact's title reads "Job title"), else a list column's own."""
    text = label_of(key, entity) if entity and find_field(entity, key) else None
    text = text or COLUMNS.get(key) or label_of(key) or key.replace("_", " ").capitalize()
    return _t(text)


def seeded_name(name: str) -> str:
    """A pipeline's or stage's name as shown: a seeded one in the interface's language."""
    return QCoreApplication.translate("SeedNames", name) if name in SEEDED_NAMES else name


def code_word(code: str) -> str:
    """A code's word; unknown codes (typed values, new kinds) show as they are."""
    if "," in code:
        return ", ".join(code_word(part) for part in code.split(",") if part)
    text = CODES.get(code)
    return _t(text) if text else code
