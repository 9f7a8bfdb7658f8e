"""Excel 2003 XML (SpreadsheetML) workbooks, as older Excel, WPS and many report tools
write them under an .xls name: Workbook > Worksheet > Table > Row > Cell > Data.

Read with defusedxml (no DTD, no entities, nothing fetched) as a stream, so a large file
never becomes one tree in memory. A row or cell may name its place (`ss:Index`, counted
from 1): the places skipped are blank. `ss:MergeAcross` widens a cell and `ss:MergeDown`
lowers it over the rows under it, whose cells then start past it. Numbers, dates and
yes/no values come as the readers of other workbooks give them (a float, a date or
datetime, a bool); a formula with no value saved is kept as its formula.
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse

from tracker import messages as m
from tracker.excel.markup import (
    MAX_TABLES,
    SPREADSHEET_NS,
    Grid,
    ParsedBook,
    ParsedSheet,
    Refuse,
    decode_markup,
)
from tracker.messages import say

_XML_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")
_DECLARATION = re.compile(r"^(\ufeff?\s*<\?xml[^>]*?)\s+encoding\s*=\s*[\"'][^\"']*[\"']")
_HIDDEN = {"SheetHidden", "SheetVeryHidden"}


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(element: Element, name: str) -> str | None:
    return element.get(f"{{{SPREADSHEET_NS}}}{name}", element.get(name))


def _whole(element: Element, name: str, refuse: Refuse) -> int:
    text = (_attr(element, name) or "").strip()
    if not text:
        return 0
    try:
        return int(text)
    except ValueError:
        raise refuse(say(m.XML_2003_NOT_A_PLACE, attribute=name, value=text[:20])) from None


def read_spreadsheet_ml(data: bytes, refuse: Refuse) -> ParsedBook:
    """Each worksheet of the workbook as a sheet (hidden ones marked)."""
    decoded = decode_markup(data, None, _XML_ENCODING)
    # The text is decoded already: the parser reads it as UTF-8, whatever it declared.
    text = _DECLARATION.sub(r"\1", decoded.text, count=1).lstrip("\ufeff")
    sheets: list[ParsedSheet] = []
    grid: Grid | None = None
    sheet_name = ""
    hidden = False
    try:
        for event, element in iterparse(io.BytesIO(text.encode("utf-8")),
                                        events=("start", "end"), forbid_dtd=True):
            tag = _local(element.tag)
            if event == "start":
                if tag == "Worksheet":
                    if len(sheets) >= MAX_TABLES:
                        raise refuse(say(m.TOO_MANY_TABLES, limit=f"{MAX_TABLES:,}"))
                    grid, hidden = Grid(refuse), False
                    sheet_name = (_attr(element, "Name") or "").strip()
                elif tag == "Row" and grid is not None:
                    index = _whole(element, "Index", refuse)
                    grid.start_row(index - 1 if index > 0 else None)
                continue
            if grid is None:
                continue
            if tag == "Cell":
                _place(grid, element, refuse)
                element.clear()
            elif tag == "Row":
                element.clear()
            elif tag == "Visible" and (element.text or "").strip() in _HIDDEN:
                hidden = True
            elif tag == "Worksheet":
                sheets.append(ParsedSheet(_unique(sheet_name, sheets), grid.finish(),
                                          grid.merged, grid.formulas, hidden))
                grid = None
                element.clear()
    except DefusedXmlException:
        raise refuse(say(m.ENTITY_BOMB)) from None
    except ParseError as error:
        line = getattr(error, "position", ("?",))[0]
        raise refuse(say(m.XML_2003_DAMAGED, line=line)) from None
    if not sheets:
        raise refuse(say(m.NO_SHEETS))
    return ParsedBook(sheets, decoded)


def _unique(name: str, sheets: list[ParsedSheet]) -> str:
    name = name or f"Sheet{len(sheets) + 1}"
    taken = {s.name for s in sheets}
    base, number = name, 2
    while name in taken:
        name, number = f"{base} ({number})", number + 1
    return name


def _place(grid: Grid, cell: Element, refuse: Refuse) -> None:
    index = _whole(cell, "Index", refuse)
    data = next((c for c in cell if _local(c.tag) == "Data"), None)
    value: Any = "" if data is None else _value(data)
    formula = (_attr(cell, "Formula") or "") if data is None else ""
    grid.place(value, index - 1 if index > 0 else None, across=_whole(cell, "MergeAcross", refuse),
               down=_whole(cell, "MergeDown", refuse), formula=formula)


def _value(data: Element) -> Any:
    """A Data element's value by its ss:Type; text that does not read as its type stays
    text (the import then keeps it in the notes, flagged)."""
    text = "".join(data.itertext())
    kind = _attr(data, "Type") or "String"
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "DateTime":
        try:
            moment = datetime.fromisoformat(text.strip())
        except ValueError:
            return text
        return moment.date() if moment.time() == datetime.min.time() else moment
    if kind == "Boolean":
        return {"1": True, "0": False}.get(text.strip(), text)
    return text
