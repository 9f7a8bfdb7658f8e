"""The neighbours of the real files' quirks (../shared/samples/SOURCES.md): other money
units and separators, totals rows, dates and extensions as people write them, UTF-16 text
with no BOM. Each is read as the file means it, or kept in the notes and flagged: never
misread in silence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.catalogue.headers import read_header
from tracker.catalogue.words import money_unit
from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Opportunity

from .helpers import write_xlsx


@pytest.mark.parametrize(("header", "unit", "currency"), [
    ("金额(百万元)", 10 ** 6, "CNY"), ("金额（千万元）", 10 ** 7, "CNY"),
    ("金额（RMB万元）", 10 ** 4, "CNY"), ("预计金额(万元人民币)", 10 ** 4, "CNY"),
    ("合同额(万欧元)", 10 ** 4, "EUR"), ("预计金额(万美元)", 10 ** 4, "USD"),
    ("Amount, $K", 10 ** 3, "USD"), ("Value (USD 000)", 10 ** 3, "USD"),
    ("Amount ($MM)", 10 ** 6, "USD"), ("金额/千元", 10 ** 3, "CNY"),
    ("Amount in millions", 10 ** 6, None),
])
def test_a_header_s_money_unit(header: str, unit: int, currency: str | None) -> None:
    read = read_header(header)
    assert (read.unit, read.currency) == (Decimal(unit), currency)


def test_two_currencies_in_one_unit_are_no_unit() -> None:
    assert money_unit("USD 万元") is None


def test_amounts_in_millions_of_yuan_land_as_yuan(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "商机.xlsx", [
        ["商机名称", "客户名称", "金额(百万元)"], ["细胞治疗合作", "上海细胞", 12.5]])
    apply_import(plan_import(path, ImportOptions()))
    deal = Opportunity.get(Opportunity.title == "细胞治疗合作")
    assert (deal.value_minor, deal.currency) == (12_500_000 * 100, "CNY")


def test_a_totals_row_is_skipped_not_a_deal(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "商机.xlsx", [
        ["序号", "商机名称", "客户名称", "预计金额（万元）"],
        [1, "A项目", "甲公司", 100], [2, "B项目", "乙公司", 50],
        [None, "合计", None, 150], ["Total:", None, None, "1,500,000"]])
    plan = plan_import(path, ImportOptions())
    assert [(r.row, r.action, r.note) for r in plan.rows[2:]] == [
        (4, "skip", "a totals row (合计), not a record"),
        (5, "skip", "a totals row (Total:), not a record")]
    apply_import(plan)
    assert sorted(o.title for o in Opportunity.select()) == ["A项目", "B项目"]


def test_an_amount_naming_another_currency_is_kept_not_converted(db: Path,
                                                                 tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "deals.xlsx", [
        ["Deal name", "Amount", "Currency"], ["A", "$1.2M", "CNY"], ["B", "¥3000", "CNY"],
        ["C", "€5,000", ""]])
    plan = plan_import(path, ImportOptions())
    first, second, third = plan.rows
    assert "value" not in first.values and "Amount: $1.2M" in first.values["notes"]
    assert first.warnings[0].reason.startswith("$1.2M names another currency than the file "
                                               "gives this row (CNY)")
    assert (second.values["value"], second.values["currency"]) == ("3000", "CNY")
    assert (third.values["value"], third.values["currency"]) == ("5000", "EUR")
    header = write_xlsx(tmp_path / "usd.xlsx", [["Deal name", "Amount (USD)"], ["D", "¥800"]])
    row = plan_import(header, ImportOptions()).rows[0]
    assert "value" not in row.values and row.warnings[0].column == "Amount (USD)"


def test_decimal_commas_are_read_as_the_column_writes_them(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    path.write_text("Deal name;Amount;Currency\r\nA;1.234,56;EUR\r\nB;2.500;EUR\r\n"
                    "C;12,5;EUR\r\n", encoding="utf-8")
    plan = plan_import(path, ImportOptions())
    assert [r.values.get("value") for r in plan.rows] == ["1234.56", "2500", "12.5"]
    english = tmp_path / "en.csv"
    english.write_text("Deal name,Amount,Currency\r\nA,\"1,234.56\",USD\r\nB,2.5,USD\r\n")
    plan = plan_import(english, ImportOptions())
    assert [r.values.get("value") for r in plan.rows] == ["1234.56", "2.5"]


def test_dates_as_people_and_other_programs_write_them(db: Path, tmp_path: Path) -> None:
    written = ["2026/5/30 星期六", "May 30, 2026", "30-May-26", "45807", "5/30/2026 10:11 AM",
               "2026年5月30日 下午3:00", "2026-05-30T10:00:00Z", "2026-05-30T18:00:00.000+08:00",
               "20260530", 20260530]
    path = write_xlsx(tmp_path / "deals.xlsx", [["Deal name", "Close date", "Amount (USD)"],
                                                *[[f"D{n}", w, 1] for n, w in enumerate(written)]])
    plan = plan_import(path, ImportOptions())
    may_30 = dt.date(2026, 5, 30)
    assert [r.values.get("expected_close") for r in plan.rows] == [
        may_30, may_30, may_30, dt.date(2025, 5, 30), may_30, may_30, may_30, may_30, may_30,
        may_30]
    bad = write_xlsx(tmp_path / "bad.xlsx", [["Deal name", "Close date", "Amount (USD)"],
                                             ["E", "2026-02-30", 1]])
    row = plan_import(bad, ImportOptions()).rows[0]
    assert row.warnings[0].reason == ("2026-02-30 is not a real date (no such month or day); "
                                      "kept in the notes as written")


def test_chinese_extensions_make_the_number_s_extension(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "联系人.xlsx", [
        ["姓名", "电话"], ["王芳", "021-61234567转8021"], ["张伟", "021-61234567-8035"],
        ["李娜", "(021)61234567 分机 12"]])
    plan = plan_import(path, ImportOptions())
    assert [r.values["phones"] for r in plan.rows] == [
        ["+862161234567;ext=8021"], ["+862161234567;ext=8035"], ["+862161234567;ext=12"]]


def test_utf16_csv_without_a_bom_is_text(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes("Name,Email\r\nJosé Müller,jm@x.de\r\n李明,li@x.cn\r\n".encode("utf-16-le"))
    plan = plan_import(path, ImportOptions())
    assert [r.values["name"] for r in plan.rows] == ["José Müller", "李明"]


def test_a_company_merged_down_beside_its_people_reaches_each(db: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["公司", "姓名", "手机"], ["上海细胞治疗有限公司", "李明", "13800138000"],
                [None, "王芳", "13900139000"], [None, "张伟", "13700137000"],
                ["北京免疫科技", "赵六", "13600136000"]):
        sheet.append(row)
    sheet.merge_cells("A2:A4")
    path = tmp_path / "通讯录.xlsx"
    book.save(path)
    plan = plan_import(path, ImportOptions())
    assert [(r.values["name"], str(r.values["organization"].key)) for r in plan.rows] == [
        ("李明", "上海细胞治疗有限公司"), ("王芳", "上海细胞治疗有限公司"),
        ("张伟", "上海细胞治疗有限公司"), ("赵六", "北京免疫科技")]


def test_hidden_sheets_are_not_imported_with_all(db: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    north = book.active
    assert north is not None
    north.title = "North"
    north.append(["Name", "Email"])
    north.append(["Li Ming", "li@a.cn"])
    lists = book.create_sheet("Lists")
    lists.append(["Name", "Email"])
    lists.append(["Option A", "a@lists.example"])
    lists.sheet_state = "hidden"
    path = tmp_path / "people.xlsx"
    book.save(path)
    plan = plan_import(path, ImportOptions(sheet="all"))
    assert [r.values["name"] for r in plan.rows] == ["Li Ming"]


@pytest.mark.parametrize(("headers", "entity", "expected"), [
    # WeCom's customer list: 客户名称 is the person when 企业名称 names the company
    ("客户名称,备注名,企业名称,职位,手机号,邮箱", "contact",
     {"客户名称": "name", "企业名称": "organization", "职位": "title", "备注名": "note"}),
    # a WPS template: 客户姓名 is the company when 联系人 names the person
    ("客户姓名,联系人,手机号,邮箱", "contact", {"客户姓名": "organization", "联系人": "name"}),
    # Pipedrive's record-type prefix: "Deal - Value" is the amount, not Google's "- Value"
    ("Deal - Title,Deal - Value,Deal - Currency,Deal - Organization", "opportunity",
     {"Deal - Title": "title", "Deal - Value": "value", "Deal - Currency": "currency"}),
    # Odoo's leads template: deals; Name is the title, Contact Name the person, who gets
    # the row's email, phone and job position (tests/excel/test_leads_layout.py)
    ("External ID,Name,Customer Name,Contact Name,Email,Job Position,Phone,Street2",
     "opportunity",
     {"Name": "title", "Customer Name": "organization", "Contact Name": "primary_contact",
      "Email": "contact_emails", "Job Position": "contact_title", "Phone": "contact_phones",
      "Street2": "note"}),
    # a Chinese leads list: the contact's phone and email go to the contact
    ("线索名称,公司名称,联系人,手机,邮箱,下次联系时间", "opportunity",
     {"线索名称": "title", "联系人": "primary_contact", "手机": "contact_phones",
      "邮箱": "contact_emails"}),
    ("ID,NAME,INDUSTRY,BILLINGCITY,NUMBEROFEMPLOYEES,ANNUALREVENUE", "organization",
     {"NUMBEROFEMPLOYEES": "note", "ANNUALREVENUE": "note"}),
])
def test_other_programs_headers(headers: str, entity: str, expected: dict[str, str]) -> None:
    from tracker.excel.headers import guess_entity, guess_mapping

    names = headers.split(",")
    assert guess_entity(names) == entity
    mapping = guess_mapping(names, entity)
    assert {h: mapping[h] for h in expected} == expected


def test_notes_written_under_the_table_are_not_records(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "商机.xlsx", [
        ["商机名称", "客户名称", "预计金额（万元）"], ["A项目", "甲公司", 100], [None, None, None],
        ["注：金额单位为万元，数据截至2026年5月", None, None], ["制表人：张三", None, "审核：李四"],
        ["Source: CRM export 2026-05-30", None, None]])
    plan = plan_import(path, ImportOptions())
    assert [(r.row, r.action) for r in plan.rows] == [(2, "create"), (4, "skip"), (5, "skip"),
                                                      (6, "skip")]
    assert plan.rows[1].note == ("a note written on the sheet (注：金额单位为万元，数据截至2026年5月), "
                                 "not a record")


def test_names_lost_to_question_marks_are_never_one_record(db: Path, tmp_path: Path) -> None:
    """李明 saved in an encoding without Chinese becomes ??: two such rows are two rows in
    error (not one record, not skipped as the same row), and a ???? company is not linked."""
    path = write_xlsx(tmp_path / "客户.xlsx", [
        ["姓名", "公司", "手机"], ["??", "????", "13800138000"], ["??", "????", "13800138000"],
        ["王芳", "????", "13900139000"]])
    plan = plan_import(path, ImportOptions())
    assert [(r.row, r.action) for r in plan.rows] == [(2, "error"), (3, "error"), (4, "create")]
    assert plan.rows[0].problems[0].reason.startswith("?? is text lost before it reached Beacon")
    wang = plan.rows[2]
    assert "organization" not in wang.values and "公司: ????" in wang.values["notes"]
    assert wang.warnings[0].column == "公司"


def test_a_formula_with_no_saved_value_is_kept_and_flagged(db: Path, tmp_path: Path) -> None:
    """openpyxl saves formulas without their values: the amount is not silently empty."""
    path = write_xlsx(tmp_path / "deals.xlsx", [
        ["Deal name", "Amount (USD)", "Notes"], ["A", "=1200*12", "monthly x 12"], ["B", 500, ""]])
    plan = plan_import(path, ImportOptions())
    first, second = plan.rows
    assert first.values.get("value") is None and "Amount (USD): =1200*12" in first.values["notes"]
    assert first.warnings[0].column == "Amount (USD)"
    assert first.warnings[0].reason.startswith("the cell holds a formula with no value saved")
    assert second.values["value"] == "500" and not second.warnings


def test_a_person_named_in_chinese_is_linked_by_that_name_in_the_next_file(
        db: Path, tmp_path: Path) -> None:
    """A deal's contact written 柔柔弱弱 is made once (its English name is its pinyin); the
    next file naming 柔柔弱弱 links its deal to that person, with nothing to confirm."""
    from tracker.models import Contact

    first = write_xlsx(tmp_path / "商机一.xlsx", [
        ["商机名称", "客户名称", "联系人"], ["CAR-T 工艺开发", "上海细胞", "柔柔弱弱"]])
    apply_import(plan_import(first, ImportOptions()))
    person = Contact.get(Contact.name_zh == "柔柔弱弱")
    second = write_xlsx(tmp_path / "商机二.xlsx", [
        ["商机名称", "联系人"], ["TCR-T 授权许可", "柔柔弱弱"]])
    plan = plan_import(second, ImportOptions())
    assert [(r.action, r.suggestions) for r in plan.rows] == [("create", [])]
    apply_import(plan)
    assert Contact.select().where(Contact.name_zh == "柔柔弱弱").count() == 1
    deal = Opportunity.get(Opportunity.title == "TCR-T 授权许可")
    assert deal.primary_contact_id == person.id
