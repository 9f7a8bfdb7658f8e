"""A contacts file's company line (Outlook's Company Main Phone, 单位主要电话, 公司电话) is
the phone of the person's organization, not the person's: it lands on the organization the
import makes; an organization Beacon already holds keeps its own phones (a number it lacks
is kept in the person's notes and said), as does a row that names no organization."""

from __future__ import annotations

from pathlib import Path

from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Organization
from tracker.services import records
from tracker.storage import Store

from .helpers import contact, write_xlsx

KEPT = ("a phone of the person's organization, added only to an organization this import "
        "makes; kept in the notes as written")


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
    assert warned == [(5, "Company Main Phone", KEPT), (6, "Company Main Phone", KEPT)]
    apply_import(plan)
    assert company("Juventas Cell Therapy")["phones"] == ["+862161234500"]  # once
    li = contact("Ming Li")
    assert li["phones"] == ["+862161234567;ext=801", "+8613800138000"]
    assert contact("Fang Wang")["phones"] == ["+8613900139000"]
    assert company("Legend Biotech")["phones"] == ["+862552345678"]  # holds it already
    assert contact("Wei Zhang")["notes"] == ""
    assert company("CARsgen")["phones"] == []  # Beacon's record is not changed by the row
    assert contact("Lei Zhao")["notes"] == "Company Main Phone: +862158880000"
    assert contact("Anna Schmidt")["notes"] == "Company Main Phone: +49301234567"
    again = plan_import(path, ImportOptions())
    assert again.counts["create"] == again.counts["update"] == 0


def test_chinese_outlook_s_company_line(db: Store, tmp_path: Path) -> None:
    rows = [["姓", "名", "单位", "职务", "商务电话", "单位主要电话", "移动电话", "电子邮件地址"],
            ["李", "明", "上海细胞治疗有限公司", "BD 总监", "", "400 820 5555", "13800138000",
             "li@sct.example"]]
    plan = plan_import(write_xlsx(tmp_path / "联系人.xlsx", rows), ImportOptions())
    assert plan.warnings == [] and plan.mapping["单位主要电话"] == "organization_phones"
    apply_import(plan)
    assert company("上海细胞治疗有限公司")["phones"] == ["400 820 5555"]
    assert contact("李明")["phones"] == ["+8613800138000"]
