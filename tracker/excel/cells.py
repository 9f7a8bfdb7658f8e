"""Cells for openpyxl's write-only sheets that can never turn into formulas or links.

openpyxl makes any string starting with `=` a formula, also in write-only mode
(FACTS.md). Every text Beacon writes is a cell whose data type is set to string
after the value, so `=HYPERLINK(...)`, `+86...`, `-5`, `@SUM` stay the text typed.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

BOLD = Font(bold=True)


def text_cell(sheet: WriteOnlyWorksheet, value: str, *, bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet)
    cell._value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters Excel refuses
    cell.data_type = "s"
    if bold:
        cell.font = BOLD
    return cell


def value_cell(sheet: WriteOnlyWorksheet, value: Any, number_format: str | None = None) -> Any:
    """Numbers and dates as themselves (with a format); any text through text_cell."""
    if value is None:
        return None
    if isinstance(value, str):
        return text_cell(sheet, value)
    if number_format is None:
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell
