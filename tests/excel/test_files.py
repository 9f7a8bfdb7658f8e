"""Opening files: real samples from other programs, CSV as Chinese Excel saves it, and
hostile or broken files, each refused with one clear reason before a reader touches it."""

from __future__ import annotations

import os
import re
import shutil
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tracker.errors import ImportFileError
from tracker.excel import safety
from tracker.excel.headers import find_header_row, guess_entity, guess_mapping, header_names
from tracker.excel.reading import open_workbook, read_sheet

from .helpers import rewrite_parts, sample, write_xlsx


def headers_of(path: Path, sheet: str | None = None) -> tuple[int, list[str], int]:
    book = open_workbook(path)
    data = read_sheet(book, sheet)
    row = find_header_row(data.rows)
    return row, header_names(data.rows[row]), len(data.rows)


def test_defusedxml_is_what_openpyxl_uses() -> None:
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True
    safety.require_defusedxml()


def test_chinese_template_header_under_title_and_merged_cells() -> None:
    path = sample("deepsoft-haolifa-fmis__客户及信息备案表.xlsx")
    book = open_workbook(path)
    assert book.sheet_names == ["客户备案表", "信息备案", "项目备案表"]
    row, headers, _ = headers_of(path, "客户备案表")
    assert row == 2  # row 1 merged title, row 2 blank
    assert headers[:3] == ["序号", "初次订货日期", "商务公司代码"]
    assert guess_entity(headers) == "contact"
    mapping = guess_mapping(headers, "contact")
    assert mapping["客户名称"] == "organization" and mapping["联系电话"] == "phones"


def test_chinese_directory_duplicate_and_trailing_space_headers() -> None:
    row, headers, _ = headers_of(sample("deepsoft-haolifa-fmis__客户名录范本.xlsx"), "新客户名录")
    assert row == 2
    assert headers.count("备注") == 1 and "备注 (2)" in headers
    mapping = guess_mapping(headers, "contact")
    assert mapping["联系电话"] == "phones" and mapping["手机"] == "phones"  # lists combine
    assert mapping["备注"] == "notes" and mapping["备注 (2)"] == "note"  # kept in the notes


def test_hubspot_odoo_krayin_headers() -> None:
    _, headers, count = headers_of(sample("Taeg03__QUESTNut-Analysis__all-deals-no PII.csv"))
    assert count == 359
    assert guess_mapping(headers, "opportunity")["Deal Stage"] == "stage"
    _, headers, count = headers_of(sample("Taeg03__QUESTNut-Analysis__all-companies.csv"))
    assert count == 13456 and guess_entity(headers) == "organization"
    _, headers, _ = headers_of(sample("tamam001-ALWAFI_P1__odoo12__base__res_partner.xls"))
    assert headers[:3] == ["Name", "Is a company", "Related company"]
    _, headers, _ = headers_of(sample("krayin__laravel-crm__samples__persons.csv"))
    assert guess_mapping(headers, "contact")["contact_numbers"] == "phones"


def test_ods_without_mimetype_is_repaired_in_memory() -> None:
    path = sample("tamam001-ALWAFI_P1__odoo12__base_import__tests__test.ods")
    book = open_workbook(path)
    assert book.checked.repaired is not None
    rows = read_sheet(book).rows
    assert rows[0] == ["name", "Some Value", "Counter"] and len(rows) == 4


def test_csv_as_chinese_excel_saves_it(tmp_path: Path) -> None:
    text = "公司名称,城市,网址\r\n上海细胞治疗有限公司,上海,https://sct.example\r\n"
    gbk = tmp_path / "客户.csv"
    gbk.write_bytes(text.encode("gbk"))
    book = open_workbook(gbk)
    assert book.encoding == "gb18030"
    assert read_sheet(book).rows[1][0] == "上海细胞治疗有限公司"
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + text.replace(",", ";").encode("utf-8"))
    book = open_workbook(bom)
    rows = read_sheet(book).rows
    assert book.delimiter == ";" and rows[0][0] == "公司名称"
    tabbed = tmp_path / "unicode.txt"
    tabbed.write_bytes(text.replace(",", "\t").encode("utf-16"))
    rows = read_sheet(open_workbook(tabbed)).rows
    assert rows[1] == ["上海细胞治疗有限公司", "上海", "https://sct.example"]


def refused(path: Path, reason: str) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        book = open_workbook(path)
        read_sheet(book)
    assert re.search(reason, str(caught.value)), str(caught.value)
    assert path.name in str(caught.value)
    return caught.value


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    png = tmp_path / "photo.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    refused(png, "not a workbook")
    binary = tmp_path / "program.csv"
    binary.write_bytes(b"MZ\x00\x00" + os.urandom(200))
    refused(binary, "binary data")
    archive = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("a.txt", "hello")
    refused(archive, "not a spreadsheet")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    refused(empty, "empty")


def test_corrupt_workbook(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Acme"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(cut, "damaged")


def test_encrypted_workbook(tmp_path: Path) -> None:
    # An encrypted .xlsx is an OLE2 container holding EncryptionInfo and EncryptedPackage.
    ole = tmp_path / "secret.xlsx"
    ole.write_bytes(safety.OLE2_MAGIC + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le")
                    + b"\x00" * 512)
    refused(ole, "password")


def test_a_workbook_is_read_by_what_it_holds_not_its_name(tmp_path: Path) -> None:
    """An .xls named .xlsx, an .xlsx named .xls, a CSV, a web page table and Excel 2003 XML
    named .xls are read as what they are (tests/excel/test_tagged_files.py: more)."""
    renamed = tmp_path / "partners.xlsx"
    shutil.copy(sample("tamam001-ALWAFI_P1__odoo12__base__res_partner.xls"), renamed)
    assert read_sheet(open_workbook(renamed)).rows[0][:2] == ["Name", "Is a company"]
    modern = tmp_path / "old-name.xls"
    shutil.copy(write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Acme"]]), modern)
    assert read_sheet(open_workbook(modern)).rows == [["Name"], ["Acme"]]
    text = tmp_path / "export.xls"
    text.write_text("Name,Email\nLi Ming,li@a.cn\n", encoding="utf-8")
    assert read_sheet(open_workbook(text)).rows[1] == ["Li Ming", "li@a.cn"]
    web = tmp_path / "客户列表.xls"
    web.write_text('<html><meta charset="utf-8"><table><tr><td>姓名</td></tr></table></html>')
    assert read_sheet(open_workbook(web)).rows == [["姓名"]]
    xml = tmp_path / "report.xls"
    xml.write_text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:'
                   'spreadsheet"><Worksheet><Table><Row><Cell><Data>Name</Data></Cell></Row>'
                   '</Table></Worksheet></Workbook>')
    assert read_sheet(open_workbook(xml)).rows == [["Name"]]


def test_library_words_never_reach_the_user(tmp_path: Path) -> None:
    """Damaged files are refused in Beacon's words (calamine's "Cfb error", zipfile's "File
    is not a zip file" and olefile's words are not shown)."""
    for name, source in (("cut.xls", sample("tamam001-ALWAFI_P1__odoo12__base__res_partner.xls")),
                         ("cut.xlsx", write_xlsx(tmp_path / "g.xlsx", [["Name"], ["Acme"]]))):
        cut = tmp_path / name
        cut.write_bytes(source.read_bytes()[:3000])
        error = refused(cut, "damaged|cannot be read")
        assert not re.search(r"(?i)cfb|zip file|ole|index out of range|error:", str(error))


def test_entity_bomb_refused_and_openpyxl_refuses_too(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Acme"]])
    bomb_dtd = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')

    def add_entities(name: str, data: bytes) -> bytes | None:
        if name == "xl/worksheets/sheet1.xml":
            return bomb_dtd + data.replace(b"Acme", b"&lol2;")
        return None

    bomb = rewrite_parts(good, tmp_path / "bomb.xlsx", add_entities)
    refused(bomb, "entity")
    with pytest.raises(ValueError, match="[Ee]ntit"):
        openpyxl.load_workbook(bomb)


def test_zip_bomb_refused_before_any_reader(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Acme"]])
    padding = b" " * (64 * 1024 * 1024)

    def inflate(name: str, data: bytes) -> bytes | None:
        if name == "xl/worksheets/sheet1.xml":
            return data.replace(b"<sheetData>", b"<sheetData>" + padding, 1)
        return None

    bomb = rewrite_parts(good, tmp_path / "bomb.xlsx", inflate)
    assert bomb.stat().st_size < 1024 * 1024
    refused(bomb, "zip bomb")


def test_zip_bomb_with_lying_sizes(tmp_path: Path) -> None:
    """The central directory claims a small part; the stream is what counts."""
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Acme"]])
    padding = b"<x/>" * (16 * 1024 * 1024)
    bomb = rewrite_parts(good, tmp_path / "liar.xlsx", lambda n, d: d.replace(
        b"<sheetData>", b"<sheetData>" + padding, 1) if n.endswith("sheet1.xml") else None)
    data = bytearray(bomb.read_bytes())
    start = data.rfind(b"PK\x01\x02")
    while start != -1:  # every central directory record: uncompressed size := 1000
        struct.pack_into("<I", data, start + 24, 1000)
        start = data.rfind(b"PK\x01\x02", 0, start)
    bomb.write_bytes(bytes(data))
    with pytest.raises(ImportFileError):
        open_workbook(bomb)


@pytest.mark.parametrize(("find", "replace", "reason"), [
    (b'<dimension ref="A1:A2" />', b'<dimension ref="A1:C1048576"/>', "1,048,576 rows"),
    (b'<dimension ref="A1:A2" />', b'<dimension ref="A1:XFD2"/>', "16,384 columns"),
    (b'<row r="2"', b'<row r="1000000"', "1,000,000 rows"),
    (b'<c r="A2"', b'<c r="XFD2"', "16,384 columns"),
])
def test_sheet_claiming_a_million_rows_or_columns(tmp_path: Path, find: bytes, replace: bytes,
                                                  reason: str) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Acme"]])
    claim = rewrite_parts(good, tmp_path / "claim.xlsx", lambda n, d: d.replace(find, replace)
                          if n.endswith("sheet1.xml") else None)
    error = refused(claim, reason)
    assert error.sheet == "sheet1.xml"


def test_huge_cell_refused(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Acme"]])
    random_text = os.urandom(150_000).hex().encode()  # 300,000 characters, incompressible
    big = rewrite_parts(good, tmp_path / "bigcell.xlsx", lambda n, d: d.replace(
        b"Acme", random_text) if n in ("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml")
        else None)
    refused(big, r"row 2, column .A.: a cell holds 300,000 characters.*32,767")
    csv_file = tmp_path / "big.csv"
    csv_file.write_bytes(b"Name\n" + random_text + b"\n")
    refused(csv_file, "cannot be read|32,767")


def test_hundred_megabyte_cell_refused(tmp_path: Path) -> None:
    hundred = tmp_path / "huge.csv"
    with hundred.open("wb") as out:
        out.write(b"Name\n\"")
        block = os.urandom(512 * 1024).hex().encode()
        for _ in range(101):
            out.write(block)
        out.write(b"\"\n")
    refused(hundred, "MB")
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Acme"]])
    big = rewrite_parts(good, tmp_path / "hugecell.xlsx", lambda n, d: d.replace(
        b"Acme", b"x" * (100 * 1024 * 1024)) if n.endswith("sheet1.xml") else None)
    refused(big, "zip bomb|characters")


@pytest.mark.parametrize("target", ["xlsx", "ods"])
def test_files_libreoffice_writes(tmp_path: Path, target: str) -> None:
    from .helpers import libreoffice_convert

    source = tmp_path / "leads.csv"
    source.write_text("公司名称,城市,金额,日期\n上海细胞治疗有限公司,上海,\"1,200,000\",2024-03-05\n"
                      "Acme,Boston,250000,2024-04-01\n", encoding="utf-8")
    written = libreoffice_convert(source, target, tmp_path)
    rows = read_sheet(open_workbook(written)).rows
    assert len(rows) == 3  # LibreOffice's padding rows are not read as data
    assert rows[1][:3] == ["上海细胞治疗有限公司", "上海", 1200000.0]


def test_ods_claiming_a_million_rows(tmp_path: Path) -> None:
    """OpenDocument repeats rows by attribute; a repeated row holding a value is refused,
    LibreOffice's empty padding rows (up to row 1,048,576) are not."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p>'
        '</table:table-cell></table:table-row>'
        '<table:table-row table:number-rows-repeated="{repeat}"><table:table-cell{value}>'
        '{text}</table:table-cell></table:table-row>'
        '</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                'manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                'opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
                '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>')

    def ods(name: str, repeat: int, filled: bool) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as out:
            out.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
            out.writestr("META-INF/manifest.xml", manifest)
            out.writestr("content.xml", content.format(
                repeat=repeat, value=' office:value-type="string"' if filled else "",
                text="<text:p>Acme</text:p>" if filled else ""))
        return path

    refused(ods("claim.ods", 1_000_000, True), "1,000,001 rows")  # the header row and 1,000,000
    padded = read_sheet(open_workbook(ods("padded.ods", 1_048_575, False))).rows
    assert padded[0] == ["Name"]
