"""Workbooks that are text with tags: what many systems write under an .xls name.

Web CRMs and "export to Excel" buttons write an HTML table (often GBK, with a
`<meta charset>`) and name it .xls; older Excel and many report tools write Excel 2003 XML
(SpreadsheetML, `<?mso-application progid="Excel.Sheet"?>`). Both are read here, by what
the bytes hold, into the same rows the other readers give (tracker.excel.html_tables,
tracker.excel.spreadsheet_ml); each table or worksheet is a sheet.

The grid is built under the same limits as any workbook: a span or an `ss:Index` that
would reach past them is refused before any room is made for it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tracker import messages as m
from tracker.encodings import Decoded, decode_bytes, utf16_without_bom
from tracker.errors import ImportFileError
from tracker.excel.bounds import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, check_grid
from tracker.messages import say

HTML = "html"
XML_2003 = "xml2003"
MHT = "mht"  # a "single file web page": MIME parts, the table in an HTML part
MAX_TABLES = 1_000  # tables of a page, worksheets of a workbook
SPREADSHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet"
_HTML_TAGS = re.compile(r"<(?:html|table|!doctype\s+html|meta|body|head|tr|td)[\s>/]")
_XML_WORKBOOK = re.compile(r"<(?:\w+:)?workbook[\s>]")
_PROGID = re.compile(r"<\?mso-application\s+progid=[\"']excel\.sheet[\"']")
# MHT / MHTML (Excel's and browsers' "single file web page"): mail headers, then parts.
_MIME_HEADER = re.compile(r"^[a-z][a-z0-9-]*:")
_MULTIPART = re.compile(r"^content-type:\s*multipart/related", re.MULTILINE)
# What a page declares and the codec that reads it: GB2312 and GBK pages hold GB18030's
# characters too (a name with 镕 or 喆), as browsers read them.
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
          "euc-cn": "gb18030", "big5": "big5hkscs", "iso-8859-1": "cp1252",
          "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}

Refuse = Callable[[str], ImportFileError]


def sniff(head: bytes) -> str | None:
    """HTML, XML_2003, MHT or None (not tagged text), from a file's first few KB."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
        head = head.replace(b"\x00", b"")
    text = head.decode("latin-1").lstrip("\ufeff\xef\xbb\xbf\xff\xfe \t\r\n").casefold()
    if _MIME_HEADER.match(text):
        headers = re.split(r"\r?\n\r?\n", text, maxsplit=1)[0]
        unfolded = re.sub(r"\r?\n[ \t]+", " ", headers).replace("\r", "")
        if _MULTIPART.search(unfolded):  # (MIME-Version too, where the writer puts one)
            return MHT
    if not text.startswith("<"):
        return None
    if (_PROGID.search(text) or SPREADSHEET_NS in text) and _XML_WORKBOOK.search(text):
        return XML_2003
    if _HTML_TAGS.search(text):
        return HTML
    return None


@dataclass
class ParsedSheet:
    """One table or worksheet as rows of cell values (None-free: a blank cell is "")."""

    name: str
    rows: list[list[Any]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden: bool = False


@dataclass
class ParsedBook:
    sheets: list[ParsedSheet]
    decoded: Decoded


class Grid:
    """Rows of cells placed one by one, as a table lays them out: a cell spanning rows
    down (rowspan, ss:MergeDown) holds its place in the rows under it, so the next cell
    of those rows moves past it; a position given outright (ss:Index) is taken as it is."""

    def __init__(self, refuse: Refuse) -> None:
        self.refuse = refuse
        self.rows: list[list[Any]] = []
        self.merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.formulas: dict[tuple[int, int], str] = {}
        self._covered: dict[int, int] = {}  # column -> the last row a cell above covers
        self._column = 0
        self._cells = 0

    def start_row(self, index: int | None = None) -> None:
        """A new row; `index` (from 0) when the file names its place (rows skipped before
        it are blank)."""
        target = len(self.rows) if index is None or index < len(self.rows) else index
        if target >= MAX_ROWS:
            raise self.refuse(say(m.SHEET_ROWS, rows=f"{target + 1:,}", limit=f"{MAX_ROWS:,}"))
        while len(self.rows) <= target:
            self.rows.append([])
        self._column = 0

    def place(self, value: Any, column: int | None = None, across: int = 0,
              down: int = 0, formula: str = "") -> None:
        if not self.rows:
            self.start_row()
        row_index = len(self.rows) - 1
        if column is None:
            column = self._column
            while self._covered.get(column, -1) >= row_index:
                column += 1
        if column >= MAX_COLUMNS:
            raise self.refuse(say(m.SHEET_COLUMNS, columns=f"{column + 1:,}",
                                  limit=f"{MAX_COLUMNS:,}"))
        across = max(0, min(across, MAX_COLUMNS - 1 - column))
        down = max(0, min(down, MAX_ROWS))
        self._cells += 1
        if self._cells > MAX_CELLS:
            raise self.refuse(say(m.CSV_CELLS, limit=f"{MAX_CELLS:,}"))
        row = self.rows[row_index]
        if len(row) <= column:
            row.extend([""] * (column + 1 - len(row)))
        row[column] = value
        if formula:
            self.formulas[(row_index, column)] = formula
        for covered in range(column, column + across + 1):
            if down:
                self._covered[covered] = max(self._covered.get(covered, -1), row_index + down)
        if across or down:
            self.merged.append(((row_index, column), (row_index + down, column + across)))
        self._column = column + across + 1

    def finish(self) -> list[list[Any]]:
        """The rows, a merged area's rows long enough to hold it (so a value merged down
        reaches each row it covers), trailing blank rows left out."""
        while self.rows and not any(c not in ("", None) for c in self.rows[-1]):
            self.rows.pop()
        for (top, _), (bottom, right) in self.merged:
            for row in self.rows[top:bottom + 1]:
                if len(row) <= right:
                    check_grid(len(self.rows), right + 1, self.refuse)
                    row.extend([""] * (right + 1 - len(row)))
        return self.rows


def decode_markup(data: bytes, chosen: str | None, declared: re.Pattern[bytes],
                  labelled: str | None = None) -> Decoded:
    """The text of a page or an XML file: a byte-order mark, then UTF-8 when the bytes
    are UTF-8 (pages often declare GB2312 over UTF-8 text, or the other way round), then
    the charset the file declares (else the one its label names: an MHT part's header),
    then detection; `chosen`: the user's encoding."""
    if chosen:
        return Decoded(data.decode(chosen, errors="replace"), codecs.lookup(chosen).name,
                       "chosen")
    found = declared.search(data[:8192])
    name = found.group(1).decode("ascii").casefold() if found else (
        labelled.casefold() if labelled else None)
    if name:
        name = _WIDER.get(name, name)
        try:
            codecs.lookup(name)
        except LookupError:
            name = None
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and (
            utf16_without_bom(data) is None):
        try:
            return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
        except UnicodeDecodeError:
            pass
    return decode_bytes(data, name)


def is_blank_table(rows: list[list[Any]]) -> bool:
    return not any(any(c not in ("", None) for c in row) for row in rows)
