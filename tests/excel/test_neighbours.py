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
               "2026年5月30日 下午3:00"]
    path = write_xlsx(tmp_path / "deals.xlsx", [["Deal name", "Close date", "Amount (USD)"],
                                                *[[f"D{n}", w, 1] for n, w in enumerate(written)]])
    plan = plan_import(path, ImportOptions())
    may_30 = dt.date(2026, 5, 30)
    assert [r.values.get("expected_close") for r in plan.rows] == [
        may_30, may_30, may_30, dt.date(2025, 5, 30), may_30, may_30]
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
