"""Words for the codes tracker/ returns: record types, columns, kinds, statuses.

Tables hold source text marked with QT_TRANSLATE_NOOP so lupdate finds it;
the functions translate at lookup time, so a language change needs no restart
of the tables.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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

COLUMNS = {
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "name_zh": QT_TRANSLATE_NOOP("Labels", "Chinese name"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "kinds": QT_TRANSLATE_NOOP("Labels", "Kinds"),
    "city": QT_TRANSLATE_NOOP("Labels", "City"),
    "region": QT_TRANSLATE_NOOP("Labels", "Region"),
    "country": QT_TRANSLATE_NOOP("Labels", "Country"),
    "modalities": QT_TRANSLATE_NOOP("Labels", "Modalities"),
    "website": QT_TRANSLATE_NOOP("Labels", "Website"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "updated_at": QT_TRANSLATE_NOOP("Labels", "Changed"),
    "created_at": QT_TRANSLATE_NOOP("Labels", "Logged"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "organization": QT_TRANSLATE_NOOP("Labels", "Organization"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "emails": QT_TRANSLATE_NOOP("Labels", "Emails"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "phones": QT_TRANSLATE_NOOP("Labels", "Phones"),
    "wechat_id": QT_TRANSLATE_NOOP("Labels", "WeChat ID"),
    "languages": QT_TRANSLATE_NOOP("Labels", "Languages"),
    "basis": QT_TRANSLATE_NOOP("Labels", "Kept on the basis of"),
    "client": QT_TRANSLATE_NOOP("Labels", "Client"),
    "primary_contact": QT_TRANSLATE_NOOP("Labels", "Primary contact"),
    "pipeline": QT_TRANSLATE_NOOP("Labels", "Pipeline"),
    "stage": QT_TRANSLATE_NOOP("Labels", "Stage"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "lost_reason": QT_TRANSLATE_NOOP("Labels", "Lost because"),
    "value": QT_TRANSLATE_NOOP("Labels", "Value"),
    "currency": QT_TRANSLATE_NOOP("Labels", "Currency"),
    "probability": QT_TRANSLATE_NOOP("Labels", "Probability"),
    "expected_close": QT_TRANSLATE_NOOP("Labels", "Expected close"),
    "owner": QT_TRANSLATE_NOOP("Labels", "Owner"),
    "business_line": QT_TRANSLATE_NOOP("Labels", "Business line"),
    "approach": QT_TRANSLATE_NOOP("Labels", "Approach"),
    "modality": QT_TRANSLATE_NOOP("Labels", "Modality"),
    "next_step": QT_TRANSLATE_NOOP("Labels", "Next step"),
    "next_step_due": QT_TRANSLATE_NOOP("Labels", "Next step due"),
    "conference": QT_TRANSLATE_NOOP("Labels", "Conference"),
    "venue": QT_TRANSLATE_NOOP("Labels", "Venue"),
    "starts_on": QT_TRANSLATE_NOOP("Labels", "Starts"),
    "ends_on": QT_TRANSLATE_NOOP("Labels", "Ends"),
    "issuing_body": QT_TRANSLATE_NOOP("Labels", "Issued by"),
    "amount": QT_TRANSLATE_NOOP("Labels", "Amount"),
    "eligibility": QT_TRANSLATE_NOOP("Labels", "Eligibility"),
    "deadline": QT_TRANSLATE_NOOP("Labels", "Deadline"),
    "description": QT_TRANSLATE_NOOP("Labels", "Description"),
    "subject": QT_TRANSLATE_NOOP("Labels", "Subject"),
    "body": QT_TRANSLATE_NOOP("Labels", "Text"),
    "due_on": QT_TRANSLATE_NOOP("Labels", "Due"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "opportunity": QT_TRANSLATE_NOOP("Labels", "Opportunity"),
    "incentive": QT_TRANSLATE_NOOP("Labels", "Incentive program"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
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
# Columns whose values are codes worded through CODES.
CODE_COLUMNS = frozenset({"kind", "kinds", "status", "approach", "basis", "source"})


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def entity_name(entity: str) -> str:
    return _t(ENTITY_SINGULAR.get(entity, entity))


def entity_plural(entity: str) -> str:
    return _t(ENTITY_PLURAL.get(entity, entity))


# A field that means something else on one record type: a contact's title is a job title.
ENTITY_COLUMNS = {("contact", "title"): QT_TRANSLATE_NOOP("Labels", "Job title")}


def column_title(key: str, entity: str | None = None) -> str:
    text = ENTITY_COLUMNS.get((entity or "", key)) or COLUMNS.get(
        key, key.replace("_", " ").capitalize())
    return _t(text)


def code_word(code: str) -> str:
    """A code's word; unknown codes (typed values, new kinds) show as they are."""
    if "," in code:
        return ", ".join(code_word(part) for part in code.split(",") if part)
    text = CODES.get(code)
    return _t(text) if text else code
