"""What the import wizard's pages share: the user's choices so far, colours, an error label,
and the words for record types and Beacon fields (ui.importing.wizard puts the pages
together; no page imports another or the wizard)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from tracker.excel.importer import ImportPlan
from tracker.excel.reading import Sheet, Workbook

PREVIEW_ROWS = 12
ERROR_COLOR = QColor("#f8d7da")
CHANGE_COLOR = QColor("#fff3cd")
HEADER_COLOR = QColor("#d6e4f0")


def entity_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"opportunity": translate("ImportWizard", "Opportunities"),
            "organization": translate("ImportWizard", "Organizations"),
            "contact": translate("ImportWizard", "Contacts")}


@dataclass
class ImportChoices:
    """What the user chose so far; each page reads and fills its part."""

    path: Path | None = None
    workbook: Workbook | None = None
    sheet: Sheet | None = None
    header_row: int = 0
    entity: str = "opportunity"
    mapping: dict[str, str | None] = field(default_factory=dict)
    mode: str = "upsert"
    create_links: bool = True
    plan: ImportPlan | None = None
    vcard: bool = False  # a .vcf: cards become contacts, no sheet or mapping to choose


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4161a;")
    label.hide()
    return label




def field_label(field: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "title": translate("ImportWizard", "Title"), "name": translate("ImportWizard", "Name"),
        "name_zh": translate("ImportWizard", "Chinese name"),
        "organization": translate("ImportWizard", "Organization"),
        "client": translate("ImportWizard", "Client"),
        "primary_contact": translate("ImportWizard", "Primary contact"),
        "pipeline": translate("ImportWizard", "Pipeline"),
        "stage": translate("ImportWizard", "Stage"), "status": translate("ImportWizard", "Status"),
        "value": translate("ImportWizard", "Value"),
        "currency": translate("ImportWizard", "Currency"),
        "probability": translate("ImportWizard", "Probability"),
        "expected_close": translate("ImportWizard", "Expected close"),
        "owner": translate("ImportWizard", "Owner"),
        "business_line": translate("ImportWizard", "Business line"),
        "approach": translate("ImportWizard", "Approach"),
        "modality": translate("ImportWizard", "Modality"),
        "modalities": translate("ImportWizard", "Modalities"),
        "next_step": translate("ImportWizard", "Next step"),
        "next_step_due": translate("ImportWizard", "Next step due"),
        "lost_reason": translate("ImportWizard", "Lost reason"),
        "notes": translate("ImportWizard", "Notes"), "kind": translate("ImportWizard", "Kind"),
        "country": translate("ImportWizard", "Country"), "city": translate("ImportWizard", "City"),
        "website": translate("ImportWizard", "Website"),
        "emails": translate("ImportWizard", "Emails"),
        "phones": translate("ImportWizard", "Phones"),
        "wechat_id": translate("ImportWizard", "WeChat ID"),
        "languages": translate("ImportWizard", "Languages"),
        "uid": translate("ImportWizard", "Beacon ID"),
        "version": translate("ImportWizard", "Version"),
        "is_company": translate("ImportWizard", "Is a company (row is an organization)"),
    }
    return labels.get(field, field)


