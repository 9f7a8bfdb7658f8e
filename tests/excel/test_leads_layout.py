"""Odoo's leads template (crm_lead: External ID, Name, Customer Name, Contact Name, Email,
Job Position, Phone, Mobile, Street, Street2, City, State, Zip, Country, Website, Notes) is a
file of deals: Name is the title, Customer Name the organization, Contact Name the contact,
who gets the row's email, phones and job position. The same names without a company column
or anything only a deal has are people, and their Name column is kept in the notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tracker.excel.batches import apply_import, report
from tracker.excel.importer import ImportOptions, plan_import
from tracker.excel.plan import ImportPlan
from tracker.models import Contact, Opportunity, Organization
from tracker.services import records
from tracker.storage import Store

from .helpers import write_xlsx

ODOO_LEADS = ["External ID", "Name", "Customer Name", "Contact Name", "Email", "Job Position",
              "Phone", "Mobile", "Street", "Street2", "City", "State", "Zip", "Country",
              "Website", "Notes"]
LEADS = [
    ["__import__.lead_1", "Design software", "Agrolait", "Thomas Passot",
     "thomas.passot@agrolait.example", "Sales manager", "+32 10 58 85 58", "", "69 rue de Namur",
     "", "Wavre", "", "1300", "Belgium", "http://www.agrolait.example", "Wants a demo"],
    ["__import__.lead_2", "CAR-T 工艺转移", "上海细胞治疗有限公司", "李明", "li.ming@sct.example",
     "CMC 总监", "021-6123 4567", "138 1234 5678", "张江路 100 号", "", "上海", "", "201203",
     "中国", "", ""],
    ["__import__.lead_3", "慢病毒载体供应", "上海细胞治疗有限公司", "李明", "li.ming@sct.example",
     "", "", "13812345678", "", "", "上海", "", "", "中国", "", "二期"],
]


def imported(path: Path, **options: Any) -> ImportPlan:
    plan = plan_import(path, ImportOptions(**options))
    assert plan.problems == [] and plan.warnings == [], report(plan, None, dry_run=True)
    apply_import(plan)
    again = plan_import(path, ImportOptions(**options))
    assert again.counts["create"] == again.counts["update"] == again.counts["error"] == 0, [
        (r.row, r.action, r.changes) for r in again.rows]
    return plan


def person(name: str) -> dict[str, Any]:
    found = Contact.get((Contact.name == name) | (Contact.name_zh == name))
    return records.snapshot("contact", found)


def test_odoo_leads_template_makes_deals_with_their_company_and_contact(db: Store,
                                                                        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "crm_lead.xlsx", [ODOO_LEADS, *LEADS])
    plan = imported(path)
    assert plan.entity == "opportunity" and plan.counts["create"] == 3
    assert plan.mapping["Name"] == "title" and plan.mapping["Contact Name"] == "primary_contact"
    design = Opportunity.get(Opportunity.title == "Design software")
    assert design.organization.name == "Agrolait" and design.primary_contact.name == "Thomas Passot"
    assert design.stage.name == "Lead" and design.status == "open"
    assert "Wants a demo" in design.notes and "City: Wavre" in design.notes
    assert "Website: http://www.agrolait.example" in design.notes
    thomas = person("Thomas Passot")
    assert thomas["emails"] == ["thomas.passot@agrolait.example"]
    assert thomas["phones"] == ["+3210588558"] and thomas["title"] == "Sales manager"
    assert Organization.get_by_id(thomas["organization"]).name == "Agrolait"
    li = person("李明")  # one contact for both of her deals, with both numbers
    assert li["phones"] == ["+862161234567", "+8613812345678"]
    assert li["emails"] == ["li.ming@sct.example"] and li["title"] == "CMC 总监"
    assert Organization.get_by_id(li["organization"]).name == "上海细胞治疗有限公司"
    deals = Opportunity.select().where(Opportunity.primary_contact == li["id"])
    assert sorted(d.title for d in deals) == ["CAR-T 工艺转移", "慢病毒载体供应"]
    assert Contact.select().count() == 2 and Organization.select().count() == 2


def test_a_contact_beacon_has_is_not_changed_by_a_leads_file(db: Store, tmp_path: Path) -> None:
    """What the file says of a contact Beacon already has and does not hold is kept in the
    deal's notes, for the user to copy: a deals file never rewrites a person in silence."""
    records.create("contact", {"name": "Thomas Passot", "emails": ["tp@old.example"]})
    path = write_xlsx(tmp_path / "crm_lead.xlsx", [ODOO_LEADS, LEADS[0]])
    imported(path)
    assert person("Thomas Passot")["emails"] == ["tp@old.example"]
    notes = Opportunity.get(Opportunity.title == "Design software").notes.splitlines()
    assert "Email: thomas.passot@agrolait.example" in notes and "Phone: +3210588558" in notes


def test_the_layout_with_revenue_and_stage_is_deals_too(db: Store, tmp_path: Path) -> None:
    headers = ["Name", "Contact Name", "Email", "Expected Revenue", "Stage"]
    path = write_xlsx(tmp_path / "pipeline.xlsx", [
        headers, ["NK licensing", "Wang Fang", "wang@carsgen.example", 90000, "Proposition"]])
    imported(path, currency="EUR")
    deal = Opportunity.get(Opportunity.title == "NK licensing")
    assert (deal.value_minor, deal.currency) == (9_000_000, "EUR")
    assert person("Wang Fang")["emails"] == ["wang@carsgen.example"]


def test_the_same_names_without_a_company_or_a_deal_column_are_people(db: Store,
                                                                      tmp_path: Path) -> None:
    headers = ["Name", "Contact Name", "Email", "Job Position", "Phone", "Notes"]
    path = write_xlsx(tmp_path / "people.xlsx", [
        headers, ["Design software", "Thomas Passot", "tp@agrolait.example", "Sales manager",
                  "+32 10 58 85 58", "Met at BIO"]])
    plan = imported(path)
    assert plan.entity == "contact" and Opportunity.select().count() == 0
    thomas = person("Thomas Passot")
    assert thomas["emails"] == ["tp@agrolait.example"] and thomas["title"] == "Sales manager"
    assert thomas["notes"] == "Met at BIO\nName: Design software"  # kept, not dropped
