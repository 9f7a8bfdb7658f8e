"""A contacts file's company line (Outlook's Company Main Phone, 单位主要电话, 公司电话) is
the phone of the person's organization, not the person's: it lands on the organization the
import makes, or on the one Beacon holds under the exact name (the report says what it
adds; the batch's undo takes it back); a row naming no organization keeps it in the
person's notes and says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tracker.excel.batches import apply_import, report, undo_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Organization
from tracker.services import records
from tracker.storage import Store

from .helpers import contact, write_xlsx

KEPT = "a phone of the person's organization, and the row names none; kept in the notes as written"


def company(name: str) -> dict[str, object]:
    return records.snapshot("organization", Organization.get(Organization.name == name))


def test_outlook_s_company_main_phone_is_the_company_s(db: Store, tmp_path: Path) -> None:
    records.create("organization", {"name": "Legend Biotech", "phones": ["+862552345678"]})
    records.create("organization", {"name": "CARsgen"})
    rows = [["First Name", "Last Name", "Company", "Business Phone", "Company Main Phone",
             "Mobile Phone", "E-mail Address"],
            ["Ming", "Li", "Juventas Cell Therapy", "021-6123 4567 转 801", "021-6123 4500",
             "138 0013 8000", "li.ming@juventas.example"],
            ["Fang", "Wang", "Juventas Cell Therapy", "", "021-6123 4500", "139 0013 9000",
             "wang.fang@juventas.example"],
            ["Wei", "Zhang", "Legend Biotech", "", "025-5234 5678", "", "zhang@legend.example"],
            ["Lei", "Zhao", "CARsgen", "", "021-5888 0000", "", "zhao@carsgen.example"],
            ["Anna", "Schmidt", "", "", "+49 30 1234567", "", "anna@example.de"]]
    path = write_xlsx(tmp_path / "outlook.xlsx", rows)
    plan = plan_import(path, ImportOptions())
    assert plan.entity == "contact"
    assert plan.mapping["Company Main Phone"] == "organization_phones"
    warned = [(w.row, w.column, w.reason) for w in plan.warnings]
    assert warned == [(6, "Company Main Phone", KEPT)]
    carsgen = Organization.get(Organization.name == "CARsgen").id
    assert report(plan, None, dry_run=True)["linked_changes"] == [
        {"row": 5, "entity": "organization", "record": carsgen, "label": "CARsgen",
         "field": "phones", "added": ["+862158880000"]}]
    batch = apply_import(plan).batch_uid
    assert company("Juventas Cell Therapy")["phones"] == ["+862161234500"]  # once
    li = contact("Ming Li")
    assert li["phones"] == ["+862161234567;ext=801", "+8613800138000"]
    assert contact("Fang Wang")["phones"] == ["+8613900139000"]
    assert company("Legend Biotech")["phones"] == ["+862552345678"]  # holds it already
    assert contact("Wei Zhang")["notes"] == "" and contact("Lei Zhao")["notes"] == ""
    assert company("CARsgen")["phones"] == ["+862158880000"]  # Beacon's, by its exact name
    assert contact("Anna Schmidt")["notes"] == "Company Main Phone: +49301234567"
    again = plan_import(path, ImportOptions())
    assert again.counts["create"] == again.counts["update"] == 0
    assert again.organization_phones == {}
    assert batch is not None
    undo_import(batch)
    assert company("CARsgen")["phones"] == [] and company("Legend Biotech")["phones"] == [
        "+862552345678"]


def test_chinese_outlook_s_company_line(db: Store, tmp_path: Path) -> None:
    rows = [["姓", "名", "单位", "职务", "商务电话", "单位主要电话", "移动电话", "电子邮件地址"],
            ["李", "明", "上海细胞治疗有限公司", "BD 总监", "", "400 820 5555", "13800138000",
             "li@sct.example"]]
    plan = plan_import(write_xlsx(tmp_path / "联系人.xlsx", rows), ImportOptions())
    assert plan.warnings == [] and plan.mapping["单位主要电话"] == "organization_phones"
    apply_import(plan)
    assert company("上海细胞治疗有限公司")["phones"] == ["400 820 5555"]
    assert contact("李明")["phones"] == ["+8613800138000"]


@pytest.mark.gui
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_preview_says_which_organizations_get_phones(qtbot: Any, db: Store,
                                                         tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from ui.context import AppContext
    from ui.importing.wizard import ImportWizard
    from ui.settings import Settings

    from .test_dialogs import next_page, shoot, to_preview

    records.create("organization", {"name": "CARsgen"})
    path = write_xlsx(tmp_path / "outlook.xlsx", [
        ["First Name", "Last Name", "Company", "Company Main Phone", "E-mail Address"],
        ["Lei", "Zhao", "CARsgen", "021-5888 0000", "zhao@carsgen.example"]])
    context = AppContext.create(db, Settings(QSettings(str(tmp_path / "settings.ini"),
                                                       QSettings.Format.IniFormat)))
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    for _ in range(3):  # sheet, columns, options
        next_page(qtbot, wizard)
    preview = to_preview(qtbot, wizard)
    assert "Phones added to organizations Beacon has: CARsgen (+862158880000)." in (
        preview.summary.text())
    shoot(wizard, "import-preview-organization-phones", tmp_path)
