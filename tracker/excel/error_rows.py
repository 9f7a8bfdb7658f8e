"""The errors workbook: rows that could not be imported, as they were, with a Problems
column, so a user can fix them and import the same file again."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from tracker.excel.cells import text_cell, value_cell
from tracker.excel.plan import ImportPlan
from tracker.excel.safety import require_defusedxml
from tracker.files import owner_only

PROBLEMS_HEADER = "Problems"


def write_errors_workbook(plan: ImportPlan, target: Path | str) -> int:
    """Write the plan's rows in error to `target`; returns how many rows were written."""
    require_defusedxml()
    target = Path(target)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(plan.sheet[:31] or "Errors")
    sheet.freeze_panes = "A2"
    headers = plan.headers
    sheet.append([text_cell(sheet, h, bold=True) for h in headers]
                 + [text_cell(sheet, PROBLEMS_HEADER, bold=True)])
    written = 0
    for row in plan.rows:
        if row.action != "error":
            continue
        raw = plan.cells(row)
        cells = [value_cell(sheet, raw[i] if i < len(raw) else None,
                            "yyyy-mm-dd" if hasattr(raw[i] if i < len(raw) else None, "year")
                            else None) for i in range(len(headers))]
        text = "; ".join(f"{p.column or 'row'}: {p.reason}" for p in row.problems)
        sheet.append([*cells, text_cell(sheet, text)])
        written += 1
    with owner_only(target) as handle:  # the rows' personal data: 0600
        book.save(handle)
    return written
