"""How many values of each column kept in the notes were the exporting program's default
for an empty field (Outlook's "Priority: Normal": tracker.catalogue.placeholders). They are
left out of the notes, and the report says so once per column, never row by row."""

from __future__ import annotations

from typing import Any

from tracker import messages as m
from tracker.catalogue.headers import fold
from tracker.catalogue.placeholders import placeholders_of
from tracker.excel import values as cells
from tracker.excel.plan import ImportPlan
from tracker.messages import Message, say


def data_rows(plan: ImportPlan) -> list[list[Any]]:
    """Every sheet's rows under the header row."""
    sheets = list(plan.sheet_rows.values()) or [plan.raw_rows]
    return [row for rows in sheets for row in rows[plan.header_row + 1:]]


def program_defaults(plan: ImportPlan) -> list[dict[str, Any]]:
    """Per note column holding some: the column, how many values were its program's blank,
    and those values as the file writes them."""
    found: list[dict[str, Any]] = []
    rows: list[list[Any]] | None = None
    for index, header in enumerate(plan.headers):
        blanks = placeholders_of(header) if plan.mapping.get(header) == "note" else None
        if not blanks:
            continue
        rows = data_rows(plan) if rows is None else rows
        values: dict[str, int] = {}
        for row in rows:
            if index < len(row) and not cells.is_blank(row[index]):
                text = cells.clean_text(row[index])
                if fold(text) in blanks:
                    values[text] = values.get(text, 0) + 1
        if values:
            found.append({"column": header, "count": sum(values.values()),
                          "values": list(values)})
    return found


def is_program_default(header: str, value: Any) -> bool:
    blanks = placeholders_of(header)
    return bool(blanks) and fold(cells.clean_text(value)) in blanks


def program_default_messages(entries: list[dict[str, Any]]) -> list[Message]:
    """The report's line for each column: "N values of 'Priority' were ... ('Normal')"."""
    return [say(m.REPORT_PROGRAM_DEFAULTS, count=e["count"], column=repr(e["column"]),
                values=", ".join(map(repr, e["values"]))) for e in entries]
