"""Cells for openpyxl's write-only sheets that can never turn into formulas or links.

openpyxl makes a string that starts with `=` a formula and one that reads like
an error code (`#N/A`) an error, also in write-only mode (FACTS.md). Those
strings go in as cells whose data type is set to string after the value; every
other string openpyxl itself stores with data type string, so it is written as
it is (an explicit cell costs a caught exception per cell inside openpyxl).
Either way `=HYPERLINK(...)`, `+86...`, `-5`, `@SUM` stay the text typed;
tests/excel/test_export.py reads every text cell back as a string.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

BOLD = Font(bold=True)


def text_cell(sheet: WriteOnlyWorksheet, value: str, *, bold: bool = False) -> WriteOnlyCell:
    """An explicit string cell (headers, and any text openpyxl would reinterpret)."""
    cell = WriteOnlyCell(sheet)
    cell._value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters Excel refuses
    cell.data_type = "s"
    if bold:
        cell.font = BOLD
    return cell


def safe_text(sheet: WriteOnlyWorksheet, value: str) -> Any:
    """A text as the cheapest thing openpyxl stores as a string: the text itself, unless
    it starts with `=`, names an error code or holds control characters."""
    if value[:1] == "=" or value in ERROR_CODES or ILLEGAL_CHARACTERS_RE.search(value):
        return text_cell(sheet, value)
    return value


def value_cell(sheet: WriteOnlyWorksheet, value: Any, number_format: str | None = None) -> Any:
    """Numbers and dates as themselves (with a format when given); text made safe."""
    if value is None:
        return None
    if isinstance(value, str):
        return safe_text(sheet, value) if value else None
    if number_format is None:
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


class FormattedCells:
    """One styled cell per column and format, reused for every row of a write-only sheet.

    A write-only sheet writes a row out when it is appended, so the same cell can carry
    the next row's value; that saves building a cell and registering its number format
    for each of 100,000 amounts (`python -m bench.bench_excel`'s export)."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self.cells: dict[tuple[int, str], WriteOnlyCell] = {}

    def cell(self, column: int, value: Any, number_format: str) -> WriteOnlyCell:
        found = self.cells.get((column, number_format))
        if found is None:
            found = self.cells[(column, number_format)] = WriteOnlyCell(self.sheet)
            found.number_format = number_format
        found.value = value
        return found
