"""Headers other CRMs' exports and Chinese templates write, neighbours of the real files in
tests/fixtures/realworld: each column lands in the field a careful person expects."""

from __future__ import annotations

from pathlib import Path

from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Contact, Opportunity

from .helpers import write_xlsx


def test_salesforce_lead_reports_are_people(db: Path, tmp_path: Path) -> None:
    """A Salesforce lead is a person at a company: "Lead Name" is their name and "Title" their
    job (the file was taken for deals titled by the job: "VP Sales"); "Company / Account"
    is the company (it was not read)."""
    report = tmp_path / "leads.csv"
    report.write_text("Lead Owner,First Name,Last Name,Title,Company / Account,Email,"
                      "Lead Status\nJane Doe,Ann,Lee,VP Sales,Acme Bio,ann@acme.example,"
                      "Working\n", encoding="utf-8")
    plan = plan_import(report, ImportOptions())
    assert plan.entity == "contact"
    apply_import(plan)
    ann = Contact.get(Contact.name == "Ann Lee")
    assert (ann.title, ann.organization.name) == ("VP Sales", "Acme Bio")
    named = tmp_path / "lead-names.csv"
    named.write_text("Lead Name,Company,Title,Email,Phone,Lead Status\n"
                     "Bo Chen,Boya Cells,CTO,bo@boya.example,+86 138 0013 8000,New\n",
                     encoding="utf-8")
    plan = plan_import(named, ImportOptions())
    assert plan.entity == "contact"
    apply_import(plan)
    bo = Contact.get(Contact.name == "Bo Chen")
    assert (bo.title, bo.organization.name) == ("CTO", "Boya Cells")
    assert Opportunity.select().where(Opportunity.source == "import").count() == 0


def test_chinese_deal_headers(db: Path, tmp_path: Path) -> None:
    """预计签单金额(元) (in yuan), 甲方单位 (the client party) and 项目负责人 were not read."""
    path = write_xlsx(tmp_path / "项目.xlsx", [
        ["项目名称", "甲方单位", "预计签单金额(元)", "项目阶段", "项目负责人"],
        ["细胞治疗平台合作", "上海细胞治疗有限公司", 1_200_000, "报价", "张伟"]])
    plan = plan_import(path, ImportOptions())
    assert plan.entity == "opportunity" and plan.problems == []
    apply_import(plan)
    deal = Opportunity.get(Opportunity.title == "细胞治疗平台合作")
    assert deal.organization.name == "上海细胞治疗有限公司"
    assert (deal.value_minor, deal.currency) == (120_000_000, "CNY")
    assert deal.owner == "张伟"
