"""MHT / MHTML "single file web pages" (Excel's "Single File Web Page", a browser's saved
page, a web system's export named .xls): the tables of the HTML parts are read as a web
page's are, quoted-printable or base64, in the charset each part names; Excel's sheets
keep their names and its tab strip is no sheet. The same limits hold."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from tracker.errors import ImportFileError
from tracker.excel.reading import open_workbook, read_sheet
from tracker.storage import Store

from .test_tagged_files import CRM_PAGE, imported, person

BOUNDARY = "----=_NextPart_01DA1B2C.3D4E5F60"


def _part(html: str, charset: str, location: str, encoding: str = "quoted-printable") -> bytes:
    body = html.encode(charset)
    encoded = (quopri.encodestring(body) if encoding == "quoted-printable"
               else base64.encodebytes(body))
    return (f"--{BOUNDARY}\r\nContent-Location: {location}\r\n"
            f"Content-Transfer-Encoding: {encoding}\r\n"
            f"Content-Type: text/html; charset=\"{charset}\"\r\n\r\n").encode() + encoded + b"\r\n"


def mht(*parts: bytes) -> bytes:
    head = ("MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related;"
            f"\r\n\tboundary=\"{BOUNDARY}\"\r\n\r\nThis document is a Single File Web Page, "
            "also known as a Web Archive file.\r\n\r\n").encode()
    picture = (f"--{BOUNDARY}\r\nContent-Location: file:///C:/x/image001.png\r\n"
               "Content-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\n"
               "iVBORw0KGgo=\r\n").encode()
    return head + b"".join(parts) + picture + f"--{BOUNDARY}--\r\n".encode()


def test_a_crm_export_saved_as_a_single_file_web_page(db: Store, tmp_path: Path) -> None:
    """One HTML part, quoted-printable GBK under a charset the part's header names only
    (the page's own <meta> taken out): the contacts land as from the page itself."""
    page = CRM_PAGE.replace('<meta http-equiv="Content-Type" content="text/html; '
                            'charset=gb2312">', "")
    path = tmp_path / "客户联系人导出.xls"
    path.write_bytes(mht(_part(page, "gbk", "file:///C:/export/list.htm")))
    book = open_workbook(path)
    assert (book.kind, book.encoding, book.sheet_names) == ("mht", "gb18030", ["客户联系人导出"])
    plan = imported(path)
    assert plan.counts["create"] == 3 and plan.warnings == []
    li = person("李明")
    assert li["phones"] == ["+8613812345678"] and li["emails"] == ["liming@sct.example"]
    assert "2026 CAR-T 大会 认识\n下周回访" in li["notes"]


def test_excel_s_single_file_web_page_of_two_sheets(tmp_path: Path) -> None:
    main = """<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets>
<x:ExcelWorksheet><x:Name>华东客户</x:Name>
<x:WorksheetSource HRef="Book1_files/sheet001.htm"/></x:ExcelWorksheet>
<x:ExcelWorksheet><x:Name>Partners</x:Name>
<x:WorksheetSource HRef="Book1_files/sheet002.htm"/></x:ExcelWorksheet>
</x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head>
<frameset rows="*,39"><frame src="Book1_files/sheet001.htm" name="frSheet">
<frame src="Book1_files/tabstrip.htm" name="frTabs"></frameset></html>"""
    east = ("<html><body><table><tr><td>公司名称</td><td>城市</td></tr>"
            "<tr><td>上海细胞治疗有限公司</td><td>上海</td></tr></table></body></html>")
    partners = ("<html><body><table><tr><td>Company</td><td>City</td></tr>"
                "<tr><td>Legend Biotech</td><td>Nanjing</td></tr></table></body></html>")
    tabs = ("<html><body><table><tr><td><a href=\"sheet001.htm\">华东客户</a></td>"
            "<td><a href=\"sheet002.htm\">Partners</a></td></tr></table></body></html>")
    path = tmp_path / "Book1.mht"
    path.write_bytes(mht(_part(main, "utf-8", "file:///C:/x/Book1.htm"),
                         _part(east, "utf-8", "file:///C:/x/Book1_files/sheet001.htm", "base64"),
                         _part(partners, "windows-1252", "file:///C:/x/Book1_files/sheet002.htm"),
                         _part(tabs, "utf-8", "file:///C:/x/Book1_files/tabstrip.htm")))
    book = open_workbook(path)
    assert book.sheet_names == ["华东客户", "Partners"]
    assert read_sheet(book).rows == [["公司名称", "城市"], ["上海细胞治疗有限公司", "上海"]]
    assert read_sheet(book, "Partners").rows == [["Company", "City"], ["Legend Biotech", "Nanjing"]]


@pytest.mark.parametrize("content, reason", [
    (mht(_part("<html><body><p>导出失败</p></body></html>", "utf-8", "a.htm")),
     "web page with no table"),
    (mht(*(_part("<table><tr><td>a</td><td>b</td></tr></table>", "utf-8", f"{n}.htm")
           for n in range(1001))), "more than 1,000 tables or sheets"),
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b0\"\r\n\r\n"
     + b"".join(f"--b{n}\r\nContent-Type: multipart/related; boundary=\"b{n + 1}\"\r\n\r\n"
                .encode() for n in range(3000)), "more than 1,000 tables|damaged"),
])
def test_hostile_or_broken_mht_is_refused_in_beacons_words(tmp_path: Path, content: bytes,
                                                          reason: str) -> None:
    path = tmp_path / "export.mht"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=reason) as caught:
        read_sheet(open_workbook(path))
    assert "export.mht" in str(caught.value) and "Traceback" not in str(caught.value)


def test_a_page_a_browser_saved_as_mhtml(tmp_path: Path) -> None:
    """Chrome's "Save as: Webpage, single file": its own headers first, the page
    quoted-printable in UTF-8, no MIME-Version line needed."""
    page = ("<html><head><meta charset=\"utf-8\"></head><body><h1>客户列表</h1><table>"
            "<tr><th>客户名称</th><th>城市</th><th>备注</th></tr>"
            "<tr><td>北京细胞治疗集团</td><td>北京</td><td>=重点客户=</td></tr></table></body></html>")
    body = quopri.encodestring(page.encode("utf-8"))
    data = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://crm.example/list\r\n"
            b"Subject: =?utf-8?Q?=E5=AE=A2=E6=88=B7?=\r\nDate: Thu, 26 Nov 2026 08:00:00 -0000\r\n"
            b"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            b"\tboundary=\"----MultipartBoundary--x1----\"\r\n\r\n"
            b"------MultipartBoundary--x1----\r\nContent-Type: text/html\r\n"
            b"Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            b"Content-Location: https://crm.example/list\r\n\r\n" + body
            + b"\r\n------MultipartBoundary--x1------\r\n")
    path = tmp_path / "客户列表.mhtml"
    path.write_bytes(data)
    book = open_workbook(path)
    assert (book.kind, book.encoding) == ("mht", "utf-8")
    assert read_sheet(book).rows == [["客户名称", "城市", "备注"], ["北京细胞治疗集团", "北京", "=重点客户="]]
