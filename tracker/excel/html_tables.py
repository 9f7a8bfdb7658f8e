"""Web page tables saved as .xls: the rows of each `<table>`, read with the standard
library's HTML parser (no scripts run, nothing fetched).

A cell is its text as a person sees it: spaces run together, `<br>` and paragraphs as new
lines, `&nbsp;` as a space. Excel's own web pages keep a long number's digits in `x:num`
while the cell shows `1.89E+10`: the digits are taken. A table inside a cell (a layout
table) is a table of its own; tables holding no text are left out. Several tables are
several sheets, named by their caption, else by the file's name and their place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from tracker import messages as m
from tracker.encodings import Decoded
from tracker.excel.bounds import MAX_CELLS
from tracker.excel.markup import (
    MAX_TABLES,
    Grid,
    ParsedBook,
    ParsedSheet,
    Refuse,
    decode_markup,
    is_blank_table,
)
from tracker.messages import say

_META_OR_XML = re.compile(rb"""(?:<meta[^>]*?charset|<\?xml[^>]*?encoding)\s*=\s*["']?\s*"""
                          rb"""([A-Za-z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\xa0]+")
_SHOWN_ROUNDED = re.compile(r"^-?\d(?:\.\d+)?E[+-]?\d+$|^#+$", re.I)
_BLOCKS = {"p", "div", "li"}
_SKIPPED = {"style", "script", "title", "head", "template"}
MAX_SPAN = 1000  # as browsers cap colspan


class _Table:
    def __init__(self, refuse: Refuse, order: int, page: int = 0) -> None:
        self.grid = Grid(refuse)
        self.order = order
        self.page = page  # which page of several (an MHT's HTML parts) it is on
        self.caption: list[str] = []
        self.in_caption = False
        self.cell: list[str] | None = None
        self.cell_attrs: dict[str, str | None] = {}
        self.row_open = False

    def open_row(self) -> None:
        self.close_cell()
        self.grid.start_row()
        self.row_open = True

    def open_cell(self, attrs: dict[str, str | None]) -> None:
        self.close_cell()
        if not self.row_open:
            self.open_row()
        self.cell = []
        self.cell_attrs = attrs

    def close_cell(self) -> None:
        if self.cell is None:
            return
        text = _cell_text(self.cell)
        number = self.cell_attrs.get("x:num")
        if number and _SHOWN_ROUNDED.match(text):
            text = number
        self.grid.place(text, across=_span(self.cell_attrs.get("colspan")) - 1,
                        down=_span(self.cell_attrs.get("rowspan")) - 1)
        self.cell = None


def _span(value: str | None) -> int:
    digits = re.match(r"\s*(\d+)", value or "")
    return max(1, min(int(digits.group(1)), MAX_SPAN)) if digits else 1


def _cell_text(parts: list[str]) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


class _TableReader(HTMLParser):
    def __init__(self, refuse: Refuse) -> None:
        super().__init__(convert_charrefs=True)
        self.refuse = refuse
        self.open: list[_Table] = []
        self.done: list[_Table] = []
        self.skipping = 0
        self.started = 0
        self.cells = 0
        self.page = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
            return
        if tag == "table":
            self.started += 1
            if self.started > MAX_TABLES:
                raise self.refuse(say(m.TOO_MANY_TABLES, limit=f"{MAX_TABLES:,}"))
            self.open.append(_Table(self.refuse, self.started, self.page))
            return
        if not self.open:
            return
        table = self.open[-1]
        if tag == "tr":
            table.open_row()
        elif tag in ("td", "th"):
            self.cells += 1  # all tables together: a page of many tables is one file
            if self.cells > MAX_CELLS:
                raise self.refuse(say(m.CSV_CELLS, limit=f"{MAX_CELLS:,}"))
            table.open_cell(dict(attrs))
        elif tag == "caption":
            table.in_caption = True
        elif table.cell is not None and (tag == "br" or tag in _BLOCKS):
            table.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        if not self.open:
            return
        table = self.open[-1]
        if tag in ("td", "th"):
            table.close_cell()
        elif tag == "tr":
            table.close_cell()
            table.row_open = False
        elif tag == "caption":
            table.in_caption = False
        elif tag == "table":
            table.close_cell()
            self.done.append(self.open.pop())
        elif table.cell is not None and tag in _BLOCKS:
            table.cell.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skipping or not self.open:
            return
        table = self.open[-1]
        if table.in_caption:
            table.caption.append(data)
        elif table.cell is not None:
            table.cell.append(_SPACES.sub(" ", data))

    def close(self) -> None:
        super().close()
        while self.open:  # a page cut short: its open tables end where it does
            self.open[-1].close_cell()
            self.done.append(self.open.pop())

    def next_page(self) -> None:
        """The next of several pages is read by the same reader (one file, one set of
        limits): what the last one left open ends where it does."""
        self.close()
        self.reset()
        self.skipping = 0
        self.page += 1


@dataclass(frozen=True)
class Page:
    """One HTML document of a file: its bytes, the charset its label names (an MHT part's
    Content-Type), and the sheet name the file gives it (Excel's MHT names each sheet)."""

    data: bytes
    charset: str | None = None
    sheet: str = ""


def read_html_tables(data: bytes, stem: str, chosen: str | None, refuse: Refuse) -> ParsedBook:
    """Each table of the page that holds any text, as a sheet."""
    return read_html_pages([Page(data)], stem, chosen, refuse)


def read_html_pages(pages: list[Page], stem: str, chosen: str | None,
                    refuse: Refuse) -> ParsedBook:
    """Each table of the pages that holds any text, as a sheet (the first page's encoding
    is the one shown)."""
    reader = _TableReader(refuse)
    decoded: Decoded | None = None
    for page in pages:
        text = decode_markup(page.data, chosen, _META_OR_XML, page.charset)
        decoded = decoded or text
        reader.feed(text.text)
        reader.next_page()
    tables = [(t, t.grid.finish()) for t in sorted(reader.done, key=lambda t: t.order)]
    tables = [(t, rows) for t, rows in tables if not is_blank_table(rows)]
    if not tables or decoded is None:
        raise refuse(say(m.WEB_PAGE_NO_TABLE))
    captions = []
    for table, _ in tables:
        caption = " ".join("".join(table.caption).split())
        sheet = pages[table.page].sheet
        alone = sum(t.page == table.page for t, _ in tables) == 1
        captions.append(caption or (sheet if sheet and alone else ""))
    names = _names(captions, stem)
    sheets = [ParsedSheet(name, rows, t.grid.merged) for name, (t, rows) in zip(
        names, tables, strict=True)]
    return ParsedBook(sheets, decoded)


def _names(captions: list[str], stem: str) -> list[str]:
    """A table's caption when it has one of its own, else the file's name (and, among
    several tables, the table's place: "客户列表 2")."""
    names: list[str] = []
    for place, caption in enumerate(captions, start=1):
        name = caption[:31] if caption and captions.count(caption) == 1 else (
            stem if len(captions) == 1 else f"{stem} {place}")
        while name in names:
            name = f"{name} ({place})"
        names.append(name)
    return names
