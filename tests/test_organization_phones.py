"""Organizations have phones and emails: typed in the form, read from a companies file's
"Phone Number" or 公司电话 and from a company's vCard, exported, searched, merged; China's
service numbers (95555, 400 numbers) are kept as typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from tracker.errors import ValidationError
from tracker.excel.batches import apply_import
from tracker.excel.exporter import ExportRequest, export_workbook
from tracker.excel.importer import ImportOptions, plan_import
from tracker.identity.merge import merge_records, undo_merge
from tracker.migrations import upgrade
from tracker.models import Organization
from tracker.queries import ListQuery
from tracker.services import records
from tracker.storage import Store, Target, open_store


def company(name: str) -> dict[str, object]:
    return records.snapshot("organization", Organization.get(Organization.name == name))


def test_a_company_keeps_its_phones_and_emails_as_a_person_does(db: Store) -> None:
    org = records.create("organization", {
        "name": "Shanghai Cell Therapy Group",
        "phones": "021-6123 4567, 400 820 5555, 95555, +1 (415) 293-3313",
        "emails": "Info@SCTG.example; bd@sctg.example"}).first_created
    values = company("Shanghai Cell Therapy Group")
    assert values["phones"] == ["+862161234567", "400 820 5555", "95555", "+14152933313"]
    assert values["emails"] == ["info@sctg.example", "bd@sctg.example"]
    for typed in ("95555", "400 820", "2161234567", "bd@sctg", "info"):
        assert ListQuery("organization", search=typed).ids() == [org], typed
    with pytest.raises(ValidationError) as caught:
        records.update("organization", org, None, {"phones": ["021-6123 4567", "12"]})
    assert "12 is not a valid phone number" in (caught.value.for_field("phones") or "")
    assert company("Shanghai Cell Therapy Group")["phones"][0] == "+862161234567"  # unchanged


def test_companies_files_fill_phones_and_emails(db: Store, tmp_path: Path) -> None:
    """HubSpot's companies export ("Phone Number" with a leading space, a country), a
    Salesforce/Odoo accounts layout ("Phone") and a Chinese company list (公司电话, 总机,
    邮箱). Imported as companies, a person's 联系电话 beside 联系人 stays with them, in the
    notes (a file of people with their companies is a contacts file: see the next test)."""
    hubspot = tmp_path / "hubspot-companies.csv"
    hubspot.write_text('"Record ID","Company name","Phone Number","City","Country/Region"\n'
                       '"5201","Allegheny Biologics"," +1 412-394-5700","Pittsburgh",'
                       '"United States"\n', encoding="utf-8")
    accounts = tmp_path / "accounts.csv"
    accounts.write_text("Account Name,Phone,Website,Billing City\n"
                        "Juventas Cell Therapy,010-8888 6666,https://juventas.example,Tianjin\n",
                        encoding="utf-8")
    chinese = tmp_path / "公司名录.csv"
    chinese.write_text("公司名称,公司电话,总机,邮箱,行业,城市\n"
                       "上海细胞治疗集团,021-61234567,400-820-5555,bd@sct.example,细胞治疗,上海\n",
                       encoding="utf-8")
    with_person = tmp_path / "公司联系人.csv"
    with_person.write_text("公司名称,电话,联系人,联系电话\n"
                           "苏州免疫科技,0512-6688 1234,王芳,13987654321\n", encoding="utf-8")
    for path, entity in ((hubspot, None), (accounts, None), (chinese, None),
                         (with_person, "organization")):
        plan = plan_import(path, ImportOptions(entity=entity))
        assert plan.entity == "organization" and plan.problems == [] and plan.warnings == []
        apply_import(plan)
        again = plan_import(path, ImportOptions(entity=entity))
        assert again.counts["create"] == again.counts["update"] == 0
    assert company("Allegheny Biologics")["phones"] == ["+14123945700"]
    assert company("Juventas Cell Therapy")["phones"] == ["+861088886666"]
    sct = company("上海细胞治疗集团")
    assert sct["phones"] == ["+862161234567", "400-820-5555"]
    assert sct["emails"] == ["bd@sct.example"]
    assert "行业: 细胞治疗" in str(sct["notes"])
    suzhou = company("苏州免疫科技")
    assert suzhou["phones"] == ["+8651266881234"]
    assert "联系人: 王芳" in str(suzhou["notes"]) and "联系电话: 13987654321" in str(
        suzhou["notes"])


def test_a_people_file_is_still_read_as_people(db: Store, tmp_path: Path) -> None:
    """Phones and emails say nothing of the record type: people have them too."""
    people = tmp_path / "people.csv"
    people.write_text("Name,Email,Phone\nLi Ming,li@a.example,13812345678\n", encoding="utf-8")
    assert plan_import(people, ImportOptions()).entity == "contact"
    staff = tmp_path / "staff.csv"
    staff.write_text("公司名称,公司电话,邮箱,联系人,联系电话\n"
                     "上海细胞治疗集团,021-61234567,li@sct.example,李明,13812345678\n",
                     encoding="utf-8")
    assert plan_import(staff, ImportOptions()).entity == "contact"


def test_export_writes_them_and_reads_them_back(db: Store, tmp_path: Path) -> None:
    records.create("organization", {"name": "CMB", "name_zh": "招商银行",
                                    "phones": ["95555", "021-38784800"],
                                    "emails": ["service@cmb.example"]})
    target = tmp_path / "out.xlsx"
    export_workbook(target, ExportRequest.everything())
    sheet = openpyxl.load_workbook(target)["Organizations"]
    headers = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "CMB")
    assert row[headers.index("Phones")] == "95555; +862138784800"
    assert row[headers.index("Emails")] == "service@cmb.example"
    again = plan_import(target, ImportOptions(sheet="Organizations"))
    assert again.counts["create"] == again.counts["update"] == again.counts["error"] == 0


def test_merging_two_companies_keeps_both_their_lines(db: Store) -> None:
    first = records.create("organization", {"name": "Downs PLC", "phones": ["95555"]}
                           ).first_created
    second = records.create("organization", {"name": "Downs Group", "phones": ["021-38784800"],
                                             "emails": ["a@downs.example"]}).first_created
    result = merge_records("organization", first, second)
    assert company("Downs PLC")["phones"] == ["95555", "+862138784800"]
    assert company("Downs PLC")["emails"] == ["a@downs.example"]
    undo_merge(result.merge_uid)
    assert company("Downs PLC")["phones"] == ["95555"]
    assert company("Downs Group")["phones"] == ["+862138784800"]


def test_upgrade_to_10_gives_companies_phones(empty_target: Target) -> None:
    """A schema-9 database keeps its companies, which then take phones and emails."""
    with open_store(empty_target, migrate=False) as store:
        upgrade(store.dialect, 0, target=9)
        Organization.insert(uid="o1", created_at=dt.datetime(2026, 1, 1), name="Juventas",
                            updated_at=dt.datetime(2026, 1, 1), name_key="juventas").execute()
    with open_store(empty_target):
        org = Organization.get(Organization.uid == "o1")
        records.update("organization", org.id, None, {"phones": ["022-5858 1234"],
                                                       "emails": ["info@juventas.example"]})
        assert company("Juventas")["phones"] == ["+862258581234"]
        assert company("Juventas")["emails"] == ["info@juventas.example"]


def test_china_s_12xxx_public_service_lines_are_kept_as_typed() -> None:
    from tracker import validation as v

    for typed in ("12345", "12306", "12315", "12366", "123 66"):
        assert v.phone("phones", typed) == typed
    assert v.phone("phones", "+86 10 1234 5678") == "+861012345678"  # not a service line


def test_the_organizations_list_shows_each_companys_first_phone_and_email(db: Store) -> None:
    """As the contacts list does for people: the first phone and email in the company's
    own order, blank when it has none; the list sorts by them."""
    first = records.create("organization", {
        "name": "Juventas Cell Therapy", "phones": "400 820 5555, 021-6123 4567",
        "emails": "bd@juventas.example, info@juventas.example"}).first_created
    second = records.create("organization", {
        "name": "Bank of Shanghai", "phones": "95594"}).first_created
    third = records.create("organization", {"name": "No Number Biotech"}).first_created
    query = ListQuery("organization")
    rows = {r["id"]: r for r in query.rows_for([first, second, third])}
    assert (rows[first]["phone"], rows[first]["email"]) == ("400 820 5555",
                                                            "bd@juventas.example")
    assert (rows[second]["phone"], rows[second]["email"]) == ("95594", None)
    assert (rows[third]["phone"], rows[third]["email"]) == (None, None)
    by_phone = ListQuery("organization", sort="phone").ids()
    assert by_phone.index(first) < by_phone.index(second)  # "400…" before "955…"
