"""Files named .xls that are not Excel workbooks, as web CRMs and report tools write them:
an HTML table (often GBK with a <meta charset>), Excel 2003 XML (SpreadsheetML) and CSV or
tab-separated text. Each is read by what it holds and imports as a workbook would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tracker.errors import ImportFileError
from tracker.excel.batches import apply_import, report
from tracker.excel.importer import ImportOptions, plan_import
from tracker.excel.plan import ImportPlan
from tracker.excel.reading import open_workbook, read_sheet
from tracker.models import Contact, Opportunity, Organization
from tracker.services import records
from tracker.storage import Store

# What a PHP/Java web CRM's "导出Excel" button writes (悟空, 纷享销客-style lists): a page
# with a GBK <meta>, a title row across the table, a company cell spanning its two
# contacts, a mobile number Excel would show rounded (kept whole in x:num), &nbsp; for
# empty cells and a <br> inside a remark.
CRM_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<style>td { mso-number-format:"\\@"; }</style>
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>
<x:Name>客户联系人</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml>
<![endif]--></head>
<body>
<table border="1" cellspacing="0">
 <tr><td colspan="6" align="center"><b>客户联系人列表</b></td></tr>
 <tr><th>客户名称</th><th>姓名</th><th>职务</th><th>手机</th><th>邮箱</th><th>备注</th></tr>
 <tr><td rowspan="2">上海细胞治疗有限公司</td><td>李明</td><td>BD 总监</td>
     <td x:num="13812345678">1.38E+10</td><td>liming@sct.example</td>
     <td>2026 CAR-T 大会&nbsp;认识<br>下周回访</td></tr>
 <tr><td>王芳</td><td>采购经理</td><td>139 8765 4321</td><td>wangfang@sct.example</td>
     <td>&nbsp;</td></tr>
 <tr><td>苏州免疫科技有限公司</td><td>张伟</td><td>&nbsp;</td><td>13700001111</td>
     <td>zhangwei@szimmune.example</td><td></td></tr>
</table>
</body></html>
"""

# Excel 2003 XML as older Excel and report tools write it: a title merged across, a blank
# row skipped by ss:Index, a cell left out by ss:Index, numbers, a date, a hidden sheet.
DEALS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
  <Author>报表</Author><Created>2026-05-01T08:00:00Z</Created></DocumentProperties>
 <Styles><Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/></Style>
  <Style ss:ID="d"><NumberFormat ss:Format="yyyy/m/d"/></Style></Styles>
 <Worksheet ss:Name="商机">
  <Table ss:ExpandedColumnCount="6" ss:ExpandedRowCount="6" x:FullColumns="1" x:FullRows="1">
   <Column ss:Width="160"/>
   <Row><Cell ss:MergeAcross="5"><Data ss:Type="String">2026 年商机汇总</Data></Cell></Row>
   <Row ss:Index="3">
    <Cell><Data ss:Type="String">商机名称</Data></Cell><Cell><Data ss:Type="String">客户名称</Data></Cell>
    <Cell><Data ss:Type="String">阶段</Data></Cell>
    <Cell><Data ss:Type="String">预计金额（万元）</Data></Cell>
    <Cell><Data ss:Type="String">预计成交日期</Data></Cell><Cell><Data ss:Type="String">联系人</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">CAR-T 工艺开发</Data></Cell>
    <Cell><Data ss:Type="String">上海细胞治疗有限公司</Data></Cell>
    <Cell><Data ss:Type="String">报价</Data></Cell><Cell><Data ss:Type="Number">680</Data></Cell>
    <Cell ss:StyleID="d"><Data ss:Type="DateTime">2026-06-30T00:00:00.000</Data></Cell>
    <Cell><Data ss:Type="String">李明</Data><Comment ss:Author="x"><ss:Data>不是值</ss:Data></Comment></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">NK 细胞冻存合作</Data></Cell>
    <Cell ss:Index="3"><Data ss:Type="String">线索</Data></Cell>
    <Cell><Data ss:Type="Number">120.5</Data></Cell>
    <Cell ss:Index="6"><Data ss:Type="String">王芳</Data></Cell>
   </Row>
  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Selected/></WorksheetOptions>
 </Worksheet>
 <Worksheet ss:Name="阶段">
  <Table><Row><Cell><Data ss:Type="String">线索</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
   <Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
</Workbook>
"""


def imported(path: Path, **options: Any) -> ImportPlan:
    """Import the file, then plan it again: nothing to create or change, no errors."""
    plan = plan_import(path, ImportOptions(**options))
    assert plan.problems == [], report(plan, None, dry_run=True)["errors"][:3]
    apply_import(plan)
    again = plan_import(path, ImportOptions(**options))
    assert again.counts["create"] == again.counts["update"] == again.counts["error"] == 0
    return plan


def person(name: str) -> dict[str, Any]:
    return records.snapshot("contact", Contact.get(Contact.name_zh == name))


def company(id_: int) -> str:
    return str(Organization.get_by_id(id_).name)


def test_a_web_crm_export_named_xls_imports_its_people(db: Store, tmp_path: Path) -> None:
    path = tmp_path / "客户联系人导出.xls"
    path.write_bytes(CRM_PAGE.encode("gbk"))
    book = open_workbook(path)
    assert (book.kind, book.encoding, book.sheet_names) == ("html", "gb18030", ["客户联系人导出"])
    plan = imported(path)
    assert plan.counts["create"] == 3 and plan.warnings == []
    li = person("李明")
    assert li["phones"] == ["+8613812345678"] and li["emails"] == ["liming@sct.example"]
    assert li["title"] == "BD 总监" and company(li["organization"]) == "上海细胞治疗有限公司"
    assert "2026 CAR-T 大会 认识\n下周回访" in li["notes"]
    wang = person("王芳")  # the company cell spans her row too
    assert company(wang["organization"]) == "上海细胞治疗有限公司"
    assert wang["phones"] == ["+8613987654321"] and wang["title"] == "采购经理"
    assert company(person("张伟")["organization"]) == "苏州免疫科技有限公司"
    assert Organization.select().count() == 2


def test_a_page_declaring_gb2312_over_utf8_text_reads_right(tmp_path: Path) -> None:
    """Pages often declare one charset and hold another: UTF-8 bytes read as UTF-8."""
    path = tmp_path / "list.xls"
    path.write_bytes(CRM_PAGE.encode("utf-8"))
    book = open_workbook(path)
    assert book.encoding == "utf-8"
    assert read_sheet(book).rows[2][:2] == ["上海细胞治疗有限公司", "李明"]
    plain = tmp_path / "plain.xls"  # no <meta> at all, GBK: found from the text
    plain.write_bytes("<table><tr><td>客户名称</td><td>城市</td></tr><tr><td>北京细胞治疗集团"
                      "</td><td>北京</td></tr></table>".encode("gbk"))
    book = open_workbook(plain)
    assert book.encoding == "gb18030"
    assert read_sheet(book).rows == [["客户名称", "城市"], ["北京细胞治疗集团", "北京"]]


def test_tables_of_one_page_are_sheets_and_layout_tables_are_not(tmp_path: Path) -> None:
    page = """<html><body><table width="100%"><tr><td>
      <table><caption>华东 客户</caption><tr><th>公司名称</th><th>城市</th></tr>
        <tr><td>上海细胞治疗有限公司</td><td>上海</td></tr></table>
      </td></tr><tr><td><table><caption>华北 客户</caption>
        <tr><th>公司名称</th><th>城市</th></tr>
        <tr><td>北京细胞治疗集团</td><td>北京</td></tr></table></td></tr></table>
      <table><tr><td></td></tr></table></body></html>"""
    path = tmp_path / "客户.xls"
    path.write_text(page, encoding="utf-8")
    book = open_workbook(path)
    assert book.sheet_names == ["华东 客户", "华北 客户"]  # the empty and layout tables: none
    assert read_sheet(book, "华北 客户").rows == [["公司名称", "城市"], ["北京细胞治疗集团", "北京"]]


def test_excel_2003_xml_named_xls_imports_its_deals(db: Store, tmp_path: Path) -> None:
    path = tmp_path / "商机汇总.xls"
    path.write_text(DEALS_XML, encoding="utf-8")
    book = open_workbook(path)
    assert book.kind == "xml2003" and book.visible_names == ["商机"]
    rows = read_sheet(book).rows
    assert rows[0][0] == "2026 年商机汇总" and rows[1] == []  # the row ss:Index skipped
    assert rows[4] == ["NK 细胞冻存合作", "", "线索", 120.5, "", "王芳"]  # ss:Index gaps
    plan = imported(path)
    assert plan.counts["create"] == 2 and plan.warnings == []
    first = Opportunity.get(Opportunity.title == "CAR-T 工艺开发")
    assert (first.value_minor, first.currency) == (680 * 10_000 * 100, "CNY")
    assert first.expected_close == dt.date(2026, 6, 30) and first.stage.name == "Proposal"
    assert first.organization.name == "上海细胞治疗有限公司"
    assert first.primary_contact.name_zh == "李明"
    second = Opportunity.get(Opportunity.title == "NK 细胞冻存合作")
    assert (second.value_minor, second.stage.name, second.organization) == (
        1_205_000 * 100, "Lead", None)
    assert second.primary_contact.name_zh == "王芳"


def test_excel_2003_xml_merged_down_and_written_by_hand(tmp_path: Path) -> None:
    """Cells under a MergeDown are left out of the rows below, so their next cell starts
    past it; the merged value reaches each row it covers; a formula with no saved value
    is kept as its formula; an encoding other than UTF-8 is read as declared."""
    xml = """<?xml version="1.0" encoding="GB2312"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="联系人"><Table>
<Row><Cell><Data ss:Type="String">公司</Data></Cell><Cell><Data ss:Type="String">姓名</Data></Cell>
<Cell><Data ss:Type="String">手机</Data></Cell><Cell><Data ss:Type="String">合计</Data></Cell></Row>
<Row><Cell ss:MergeDown="1"><Data ss:Type="String">上海细胞治疗有限公司</Data></Cell>
<Cell><Data ss:Type="String">李明</Data></Cell><Cell><Data ss:Type="Number">13812345678</Data></Cell>
<Cell ss:Formula="=SUM(R[-1]C:R[1]C)"/></Row>
<Row><Cell><Data ss:Type="String">王芳</Data></Cell><Cell><Data ss:Type="Boolean">1</Data></Cell></Row>
</Table></Worksheet></Workbook>"""
    path = tmp_path / "联系人.xls"
    path.write_bytes(xml.encode("gbk"))
    sheet = read_sheet(open_workbook(path))
    assert sheet.rows[1][:3] == ["上海细胞治疗有限公司", "李明", 13812345678.0]
    assert sheet.rows[2][:3] == ["上海细胞治疗有限公司", "王芳", True]
    assert sheet.formulas == {(1, 3): "=SUM(R[-1]C:R[1]C)"}


def test_text_named_xls_is_read_as_the_text_it_is(db: Store, tmp_path: Path) -> None:
    path = tmp_path / "通讯录.xls"  # tab-separated, as "Unicode text" or a web CRM writes it
    path.write_bytes("姓名\t手机\t公司\r\n李明\t13812345678\t上海细胞治疗有限公司\r\n".encode("gbk"))
    imported(path)
    assert person("李明")["phones"] == ["+8613812345678"]


@pytest.mark.parametrize(("content", "reason"), [
    ('<?xml version="1.0"?><!DOCTYPE Workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row>'
     "<Cell><Data>&x;</Data></Cell></Row></Table></Worksheet></Workbook>", "entities"),
    ('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
     "<Worksheet><Table><Row><Cell><Data>Name</Data></Row>", "XML is broken at line 1"),
    ('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-'
     'microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell ss:Index="9000000">'
     "<Data>x</Data></Cell></Row></Table></Worksheet></Workbook>", "9,000,000 columns"),
    ('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-'
     'microsoft-com:office:spreadsheet"><Worksheet><Table><Row ss:Index="99999999"/>'
     "</Table></Worksheet></Workbook>", "99,999,999 rows"),
    ('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-'
     'microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell ss:Index="B2"/>'
     "</Row></Table></Worksheet></Workbook>", 'ss:Index="B2" is not a number'),
    ("<html><body><p>导出失败，请重新登录</p></body></html>", "web page with no table"),
    ("<table>" * 1001, "more than 1,000 tables or sheets"),  # nested a thousand deep
    ('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
     + "<Worksheet/>" * 1001 + "</Workbook>", "more than 1,000 tables or sheets"),
])
def test_hostile_or_broken_tagged_files_are_refused_in_beacons_words(
        tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "export.xls"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=reason) as caught:
        read_sheet(open_workbook(path))
    assert "export.xls" in str(caught.value)
    assert "Traceback" not in str(caught.value) and "expat" not in str(caught.value)


def test_other_xml_is_refused_not_read_as_text(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0"?><rss><channel><title>News</title></channel></rss>',
                    encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"named \.xml but is not a workbook"):
        open_workbook(feed)
