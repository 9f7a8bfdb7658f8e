"""The second set of real files from other programs (../shared/samples/SOURCES.md), each
imported with no --map option: the records a careful person expects (names, emails,
phones, organizations, amounts with their currency and unit, won deals), and a second
import of the same file that changes nothing and reports no errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tracker.errors import ImportFileError
from tracker.excel.batches import apply_import, report
from tracker.excel.importer import ImportOptions, plan_import
from tracker.excel.plan import ImportPlan
from tracker.models import Contact, Opportunity, Organization
from tracker.services import records
from tracker.vcards.importing import plan_vcard_import

from .helpers import contact, imported_file, organization_of, plan_file, sample, write_xlsx


def plan_of(name: str, **options: Any) -> ImportPlan:
    plan: ImportPlan = plan_file(sample(name), **options)
    return plan


def imported(name: str, **options: Any) -> ImportPlan:
    plan: ImportPlan = imported_file(sample(name), **options)
    return plan


def deal(title: str) -> Opportunity:
    return Opportunity.get(Opportunity.title == title)


def test_salesforce_data_loader_opportunities(db: Path) -> None:
    with pytest.raises(ImportFileError, match="'AMOUNT' name no currency"):
        plan_of("02_sf_dataloader_opportunityData.csv")  # never the base currency in silence
    plan = imported("02_sf_dataloader_opportunityData.csv", currency="USD")
    assert plan.counts["create"] == 38 and plan.warnings == []
    assert Opportunity.select().count() == 38  # equal titles at other accounts stay apart
    assert Opportunity.select().where(Opportunity.title == "oppty1").count() == 5
    won = Opportunity.get(Opportunity.title == "George Foundation - 5000 Widgets")
    assert (won.status, won.value_minor, won.currency, won.probability) == (
        "won", 50_000_000, "USD", 100)
    assert won.closed_on == dt.date(2005, 11, 9) and won.stage.name == "Contracting"
    assert records.snapshot("opportunity", won)["external_ids"] == [
        "salesforce:006x0000001YtCrAAK"]
    assert "ACCOUNTID: 001x0000002xLD0AAM" in won.notes  # no accounts file: kept, not lost
    stages = {o.title: (o.stage.name, o.status) for o in Opportunity.select()}
    assert stages["Acme - 1,200 Widgets"] == ("Proposal", "open")  # Value Proposition
    assert stages["McCall-Janeson - 1,000 Widgets"] == ("Negotiation", "open")
    assert stages["Universal Media - 200 Widgets"] == ("Lead", "open")  # Prospecting


def test_google_contacts_csv(db: Path) -> None:
    plan = imported("03_google_contacts_gmail.csv")
    person = contact("Prefix Firstname Middle Lastname Suffix")
    assert person["emails"] == ["home@aaa.pl", "work@email.pl", "unknown@email.com",
                                "other@email.com"]
    assert organization_of(person) == "company" and person["title"] == "jobtitle"
    assert person["city"] == "home_city" and person["tags"] == ["Test"]
    # placeholder "numbers" (pager, mobile...) are not phones: kept in the notes, warned
    assert person["phones"] == [] and "Phone 5 - Value: mobile" in person["notes"]
    assert {w.column for w in plan.warnings} == {f"Phone {n} - Value" for n in range(1, 8)}
    assert person["notes"].startswith('note"note')
    # the addresses are kept (a multi-line one on one line), the work address's city too
    lines = person["notes"].splitlines()
    assert ("Address 1 - Formatted: home_street, home_pobox, home_city, home_state home_zip, "
            "home_country") in lines and "Address 2 - City: work_city" in lines
    assert "Address 1 - Postal Code: home_zip" in lines
    # columns Beacon has no field for are kept too, and named once each in the report
    # ("- Type" columns only describe others)
    said = report(plan, None, dry_run=True)["mapping"]
    assert said["not_imported"] == [] and "Relation 1 - Value" in said["kept_in_notes"]
    assert "Relation 1 - Value: spouse" in lines


def test_mac_address_book_vcard_in_utf16_without_bom(db: Path) -> None:
    imported("05_utf16_sample.vcf")
    person = contact("Ǽgean ĽdaMonté")
    assert person["city"] == "LaPaz" and person["source"] == "vcard"
    assert person["external_ids"] == ["vcard:DC88726E-3E31-4B75-AEB5-C51BC6326779"]


def test_iphone_vcard_with_north_american_numbers_and_a_photo(db: Path) -> None:
    plan = imported("08_iphone_ios5.vcf")
    person = contact("Mr. John Richter James Doe Sr.")
    assert person["emails"] == ["john.doe@ibm.com"] and organization_of(person) == "IBM"
    assert person["title"] == "Money Counter"
    # read for the card's country (the USA), never as +86 numbers
    assert "+19055551234" in person["phones"] and len(person["phones"]) == 6
    assert not any(p.startswith("+86") for p in person["phones"])
    assert [w.column for w in plan.warnings] == ["TEL (6)"]  # 905-111-1234 is no number
    # what Beacon has no field for is kept in the notes, not dropped
    for line in ("NICKNAME: Johny", "BDAY: 2012-06-06", "DEPARTMENT: Accounting",
                 "ADDRESS: Silicon Alley 5, New York, New York, 12345, United States of "
                 "America; Street4, Building 6, Floor 8, New York, 12345, USA"):
        assert line in person["notes"].splitlines()


def test_vcard4_tel_uri_with_extension(db: Path) -> None:
    imported("11_vcard4_rfc6350.vcf")
    person = contact("Simon Perreault")
    assert person["phones"] == ["+14186569254;ext=102", "+14182626501"]
    assert person["emails"] == ["simon.perreault@viagenie.ca"]
    assert organization_of(person) == "Viagenie"
    assert person["languages"] == "fr, en" and "BDAY: --0203" in person["notes"]
    assert "ADDRESS: Suite D2-630, 2875 Laurier, Quebec, QC, G1V 2M2, Canada" in person["notes"]


def test_company_card_becomes_an_organization(db: Path) -> None:
    imported("13_cn_bank_org_card_招商银行.vcf")
    assert Contact.select().count() == 0  # not a fake person
    bank = records.snapshot("organization", Organization.get(Organization.name == "招商银行"))
    assert bank["website"] == "https://www.cmbchina.com/"
    assert bank["other_names"] == ["Zhao Shang Yin Hang"]
    # its phones as a company's, service numbers as typed (never made +86 numbers)
    assert bank["phones"] == ["95555", "4008885555", "4008205555", "1065795555",
                              "+862138784800", "+862168674800", "4008895555"]
    assert "95555" not in bank["notes"]


def test_wps_template_with_a_second_header_row(db: Path) -> None:
    plan = imported("14_wps_客户导入模板_two_header_rows.xlsx")
    assert [(r.row, r.action, r.note) for r in plan.rows][0] == (
        2, "skip", "a second header row (column names)")
    lin = contact("林立娟")
    assert organization_of(lin) == "雅旭科技"  # 客户姓名 holds the company
    assert lin["phones"] == ["+8618863332525", "+865925214785"]
    assert lin["emails"] == ["52147852@qq.ocm"] and lin["city"] == "厦门市"
    assert "客户级别: 重点客户" in lin["notes"] and "地址: 集美学村" in lin["notes"]
    assert organization_of(contact("刘鹏")) == "立林集团"
    assert [w.reason for w in plan.warnings][:1] == [
        "52147852@qq.ocm looks like a slip for qq.com; imported as written, check it"]


def test_template_with_required_marks_and_a_defaults_row(db: Path) -> None:
    plan = imported("16_poi_wps_客户导入模板_必填_headers.xlsx")
    assert plan.mapping["客户名称(必填)"] == "organization"
    assert plan.mapping["联系人(必填)"] == "name" and plan.mapping["手机(必填)"] == "phones"
    assert plan.counts == {"create": 0, "update": 0, "unchanged": 0, "skip": 1, "error": 0}
    assert Contact.select().count() == Organization.select().count() == 0


def test_ten_thousand_customers_with_lookalike_companies(db: Path) -> None:
    plan = imported("19_datablist_customers-10000_resaved.csv")
    assert plan.entity == "contact" and plan.counts["create"] == 10_000
    heather = contact("Heather Callahan")
    assert heather["emails"] == ["urangel@espinoza-francis.net"]
    assert organization_of(heather) == "Mosley-David"
    # phones valid nowhere stay as typed in the notes, never +86
    assert "Phone 2: 915.112.1727" in heather["notes"] and heather["phones"] == []
    downs = [o.name for o in Organization.select().where(Organization.name.startswith("Downs "))]
    assert {"Downs PLC", "Downs Group"} <= set(downs)  # kept apart
    texts = [s for r in plan.rows for s in r.suggestions]
    assert any("'Downs Group' and 'Downs PLC'" in s or "'Downs PLC' and 'Downs Group'" in s
               for s in texts)


def test_atomic_crm_contacts(db: Path) -> None:
    plan = imported("24_atomic_crm_contacts_export_500.csv")
    assert plan.counts["create"] == 500
    leah = contact("Leah Boehm")
    assert leah["emails"] == ["leah93@yahoo.com"] and organization_of(leah) == "Gottlieb and Sons"
    assert leah["title"] == "Cutting-edge"
    # a US number without +1, written the US way, in a file naming no country: +1
    assert leah["phones"] == ["+14152933313", "+19804947423"] and "293-3313" not in leah["notes"]
    # one that is no valid number there (area code 955) either: kept as typed, flagged
    shelley = contact("Shelley Kerluke")
    assert shelley["phones"] == [] and "1-955-371-0847 x371" in shelley["notes"]
    assert not any(p.startswith("+86") for r in plan.rows for p in r.values.get("phones", []))


def test_chinese_deal_template_in_ten_thousands_of_yuan(db: Path) -> None:
    plan = imported("26_openpyxl_商机导入模板_万元_hint_row.xlsx")
    assert plan.units == {"预计金额（万元）": "万元"} and plan.currency == "CNY"
    assert [(r.row, r.action) for r in plan.rows][0] == (2, "skip")  # the hint row
    first = deal("某市智慧城管平台")
    assert (first.value_minor, first.currency) == (680 * 10_000 * 100, "CNY")  # ¥6,800,000
    assert first.stage.name == "Proposal" and first.status == "open"  # 报价
    assert first.business_line == "智慧政务事业部" and first.expected_close == dt.date(2026, 5, 30)
    assert deal("XX集团数字化转型项目").stage.name == "Contracting"  # 签约跟进
    assert deal("智慧工地管理系统").stage.name == "Qualified"  # 立项
    assert deal("供应链金融平台").stage.name == "Lead"  # 线索
    assert "所属季度: Q2" in first.notes


def test_ten_companies_differing_by_legal_words_stay_ten(db: Path, tmp_path: Path) -> None:
    names = ["Downs PLC", "Downs Group", "Downs Ltd", "Downs Inc.", "Downs Holdings",
             "Acme Bio Co., Ltd.", "Acme Bio Group", "上海细胞治疗有限公司", "上海细胞治疗集团",
             "细胞治疗股份有限公司"]
    path = write_xlsx(tmp_path / "companies.xlsx", [["Company name"], *[[n] for n in names]])
    plan = plan_import(path, ImportOptions())
    assert plan.entity == "organization" and plan.counts["create"] == 10
    assert all(r.suggestions for r in plan.rows[1:5])  # each Downs after the first
    apply_import(plan)
    assert Organization.select().count() == 10
    again = plan_import(path, ImportOptions())
    assert again.counts["unchanged"] == 10


def test_deals_with_equal_titles_at_two_companies_stay_two(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "deals.xlsx", [
        ["Deal name", "Company", "Amount", "Currency"],
        ["Vector supply 2025", "Juventas", 100000, "CNY"],
        ["Vector supply 2025", "CARsgen", 200000, "CNY"]])
    plan = plan_import(path, ImportOptions())
    assert plan.counts["create"] == 2
    apply_import(plan)
    assert [(d.organization.name, d.value_minor) for d in Opportunity.select()
            .order_by(Opportunity.id)] == [("Juventas", 10_000_000), ("CARsgen", 20_000_000)]
    again = plan_import(path, ImportOptions())
    assert again.counts["unchanged"] == 2  # the same rows: their own keys


def test_a_bad_card_does_not_stop_the_file(db: Path, tmp_path: Path) -> None:
    """Latin-2 quoted-printable with no CHARSET, SHIFT_JIS declared, a truncated photo, a
    line that is no property and a card that is never closed: each card read or refused on
    its own, the line kept in its card's notes."""
    latin2 = "Anton\u00edn Dvo\u0159\u00e1k, Praha".encode("iso8859_2")
    qp = "".join(f"={b:02X}" if b > 127 or b == 61 else chr(b) for b in latin2)
    japanese = "山田太郎".encode("shift_jis")
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:" + qp[:12].encode()
            + b"=\r\n" + qp[12:].encode() + b"\r\nTEL;CELL:+420 601 123 456\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN;CHARSET=SHIFT_JIS:" + japanese
            + b"\r\nEMAIL:taro@example.jp\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ"
            b"\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\nTHIS IS NOT A PROPERTY\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Li Ming\r\nEMAIL:li@example.cn\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\nEMAIL:cut@example.cn\r\n")
    path = tmp_path / "mixed.vcf"
    path.write_bytes(data)
    plan = plan_vcard_import(path)
    assert [(r.row, r.action) for r in plan.rows] == [(1, "create"), (2, "create"),
                                                      (3, "create"), (4, "create"), (5, "error")]
    assert [(w.column, w.reason) for w in plan.rows[2].warnings] == [
        ("line 4", "the line is not a vCard property; kept in the notes as written")]
    assert "END:VCARD is missing" in plan.rows[4].problems[0].reason
    apply_import(plan)
    assert contact("Broken")["notes"] == "line 4: THIS IS NOT A PROPERTY"
    assert contact("Antonín Dvořák, Praha")["phones"] == ["+420601123456"]
    assert contact("山田太郎")["emails"] == ["taro@example.jp"]
    assert contact("Li Ming")["emails"] == ["li@example.cn"]


def test_csv_encodings_found_shown_and_asked(db: Path, tmp_path: Path) -> None:
    """GBK is detected; UTF-8 with one bad byte stays UTF-8 (the row is flagged, not the
    file re-read as cp1252); Czech text that reads two ways is asked about."""
    from tracker.excel.reading import open_workbook

    gbk = tmp_path / "客户.csv"
    gbk.write_bytes("\r\n".join(["姓名,城市,备注", *(f"张伟{n},上海,第{n}次拜访 客户很满意"
                                                   for n in range(30))]).encode("gb18030"))
    plan = plan_import(gbk, ImportOptions())
    assert plan.encoding == "gb18030" and plan.counts["create"] == 30
    bad = tmp_path / "people.csv"
    bad.write_bytes("Name,City\r\nJosé Müller,Köln\r\n".encode() + b"Zo\xeb,Paris\r\n")
    plan = plan_import(bad, ImportOptions())
    assert plan.encoding == "utf-8" and [w.row for w in plan.warnings] == [3]
    assert plan.rows[0].values["name"] == "José Müller"
    czech = tmp_path / "cz.csv"
    czech.write_bytes("\r\n".join(["Name,City", *(f"Dvořák {n},Brno" for n in range(20))])
                      .encode("cp1250"))
    assert open_workbook(czech).alternatives  # ř reads as ø in cp1252 as well
    with pytest.raises(ImportFileError, match="not certain.*--encoding"):
        plan_import(czech, ImportOptions())
    plan = plan_import(czech, ImportOptions(encoding="cp1250"))
    assert plan.rows[0].values["name"] == "Dvořák 0"
    with pytest.raises(ImportFileError, match="'klingon' is not an encoding"):
        plan_import(czech, ImportOptions(encoding="klingon"))


def test_sheets_with_the_same_columns_import_as_one_batch(db: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    north = book.active
    assert north is not None
    north.title = "North"
    for row in (["Name", "Email", "Company"], ["Li Ming", "li@a.cn", "Acme Bio"],
                ["Wang Fang", "wf@a.cn", "Acme Bio"]):
        north.append(row)
    south = book.create_sheet("South")
    for row in (["Name", "Email", "Company"], ["Zhang Wei", "zw@b.cn", "Boya"],
                ["Li Ming", "LI@a.cn", "Acme Bio"]):  # the same person as on North
        south.append(row)
    notes = book.create_sheet("填写说明")
    notes.append(["字段", "说明"])
    notes.append(["Name", "必填"])
    path = tmp_path / "departments.xlsx"
    book.save(path)
    plan = plan_import(path, ImportOptions(sheet="all"))
    assert [(r.sheet, r.row, r.action) for r in plan.rows] == [
        ("North", 2, "create"), ("North", 3, "create"), ("South", 2, "create"),
        ("South", 3, "skip")]
    assert plan.rows[3].note.startswith("the same record as row 2 (North)")
    assert set(plan.skipped_sheets) == {"填写说明"}
    summary = report(plan, None, dry_run=True)
    assert summary["skips"][0]["sheet"] == "South"
    apply_import(plan)
    assert Contact.select().count() == 3 and Organization.select().count() == 2
    with pytest.raises(ImportFileError, match="no sheet 'West'"):
        plan_import(path, ImportOptions(sheet="North,West"))


def test_department_sheets_kept_by_hand_join_with_a_column_more_or_less(
        db: Path, tmp_path: Path) -> None:
    """One sheet per department, kept by hand: 研发部 has a 备注 column more, 市场部 has no
    邮箱 and its columns in another order. Only sheets with exactly the first one's columns
    joined: 研发部 and 市场部 were left out ("import it on its own") and, without --sheet,
    not even named. A summary sheet (部门, 人数) still stays out."""
    from openpyxl import Workbook

    from tracker.excel.sheets import joins

    book = Workbook()
    layouts = {
        "销售部": (["姓名", "职位", "手机", "邮箱"], [["张伟", "销售经理", "13912345678", "zw@example.cn"]]),
        "市场部": (["姓名", "手机", "职位"], [["李娜", "13912345679", "市场专员"]]),
        "研发部": (["姓名", "职位", "手机", "邮箱", "备注"],
                  [["赵强", "工程师", "13912345671", "zq@example.cn", "博士"]]),
        "汇总": (["部门", "人数"], [["销售部", 1], ["市场部", 1], ["研发部", 1]]),
    }
    for index, (name, (header, rows)) in enumerate(layouts.items()):
        sheet = book.active if index == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = name
        sheet.append([f"{name}通讯录"])  # each sheet's own title row above its header
        for row in (header, *rows):
            sheet.append(row)
    path = tmp_path / "通讯录.xlsx"
    book.save(path)
    first = plan_import(path, ImportOptions())
    assert first.counts["create"] == 1 and set(first.skipped_sheets) == {"市场部", "研发部"}
    plan = plan_import(path, ImportOptions(sheet="all"))
    assert [(r.sheet, r.row, r.action) for r in plan.rows] == [
        ("销售部", 3, "create"), ("市场部", 3, "create"), ("研发部", 3, "create")]
    assert set(plan.skipped_sheets) == {"汇总"}
    apply_import(plan)
    li = contact("李娜")  # her cells under their own headers, not the first sheet's places
    assert (li["title"], li["phones"], li["emails"]) == ("市场专员", ["+8613912345679"], [])
    assert li["notes"] == "工作表: 市场部"
    zhao = contact("赵强")
    assert (zhao["title"], zhao["emails"]) == ("工程师", ["zq@example.cn"])
    assert zhao["notes"].splitlines() == ["博士", "工作表: 研发部"]
    again = plan_import(path, ImportOptions(sheet="all"))
    assert again.counts["unchanged"] == 3 and again.counts["create"] == 0
    # a companies sheet and a contacts sheet share a few columns, and stay apart
    assert not joins(("客户名称", "电话", "地址", "备注"), ("姓名", "客户名称", "电话", "邮箱", "备注"))


def test_staff_list_sharing_an_office_number(db: Path, tmp_path: Path) -> None:
    """Two people on one switchboard are two people; their extensions make their numbers."""
    path = write_xlsx(tmp_path / "staff.xlsx", [
        ["序号", "姓名", "部门", "分机", "办公电话", "手机"],
        [1, "王芳", "商务拓展部", 8021, "021-61234567", "139 0013 9000"],
        [2, "张伟", "研发部", 8035, "021-61234567", None],
        [3, "李娜", "财务部", None, "021-61234567", None]])
    plan = plan_import(path, ImportOptions())
    assert plan.counts["create"] == 3
    apply_import(plan)
    assert contact("王芳")["phones"] == ["+862161234567;ext=8021", "+8613900139000"]
    assert contact("张伟")["phones"] == ["+862161234567;ext=8035"]
    assert contact("李娜")["phones"] == ["+862161234567"]
    assert any("same phone" in s for s in plan.rows[2].suggestions) is False
    again = plan_import(path, ImportOptions())
    assert again.counts["unchanged"] == 3
