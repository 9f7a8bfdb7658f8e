"""A person's export (tracker.privacy.export_person) as a workbook a person can read:
one sheet for the person (field, value), one per kind of linked record."""

from __future__ import annotations

import json
from typing import Any, BinaryIO

from openpyxl import Workbook

from tracker.excel.cells import text_cell
from tracker.excel.safety import require_defusedxml

SHEETS = (("activities", "Activities"), ("deals", "Deals"), ("conferences", "Conferences"),
          ("history", "History"), ("imports", "Imports"))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def write_workbook(data: dict[str, Any], handle: BinaryIO) -> None:
    require_defusedxml()
    book = Workbook(write_only=True)
    person = book.create_sheet("Person")
    person.append([text_cell(person, "Field", bold=True), text_cell(person, "Value", bold=True)])
    rows: dict[str, Any] = {**data["person"], **{f"provenance.{k}": v for k, v in
                                                 data["provenance"].items()}}
    if data.get("organization"):
        rows["organization"] = data["organization"].get("name")
    rows["exported_at"], rows["exported_by"] = data["exported_at"], data["exported_by"]
    for name, value in rows.items():
        person.append([text_cell(person, name), text_cell(person, _text(value))])
    for key, title in SHEETS:
        items = data.get(key) or []
        sheet = book.create_sheet(title)
        columns = list(dict.fromkeys(k for item in items for k in item))
        sheet.append([text_cell(sheet, c, bold=True) for c in columns])
        for item in items:
            sheet.append([text_cell(sheet, _text(item.get(c))) for c in columns])
    book.save(handle)
