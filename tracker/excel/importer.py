"""Plan an import (the dry run) of a sheet: its header row, record type, column mapping,
how its amounts and stage values read; then each row (tracker.excel.planner). Nothing
is written here; `tracker.excel.batches` applies a plan (`tracker.excel.plan` holds what
a plan is made of).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker import messages as m
from tracker.catalogue.fields import IMPORT_ENTITIES
from tracker.catalogue.seeded_names import seeded_names
from tracker.chinese import load_readings
from tracker.errors import ImportFileError
from tracker.excel import values as cells
from tracker.excel.amounts import MoneyColumns, money_columns, require_currency
from tracker.excel.headers import (
    REQUIRED_FIELDS,
    export_header,
    external_system,
    find_header_row,
    guess_entity,
    importable_fields,
    mapping_for,
    naming_fields,
    sheet_headers,
)
from tracker.excel.pausing import collector_paused
from tracker.excel.plan import (
    LINKS,
    MODES,
    ImportOptions,
    ImportPlan,
    NewLink,
    Progress,
    RowPlan,
)
from tracker.excel.planner import Planner
from tracker.excel.reading import Sheet, Workbook, column_name, open_workbook, read_sheet
from tracker.excel.sheets import ALL, plan_sheets, sheets_asked, unasked_sheets
from tracker.excel.skipping import FIRST_ROWS, is_header_again, is_hint_row
from tracker.excel.stages import MAPPED_FIELDS, StageFinder, remembered_values
from tracker.messages import say
from tracker.services.context import new_uid
from tracker.services.entities import remembered_lookups

_EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")  # a value, not a column's name
BEACON_SHEETS = {"opportunity": "Opportunities", "organization": "Organizations",
                 "contact": "Contacts"}


def default_sheet(sheet_names: Sequence[str], entity: str | None) -> str:
    """The sheet to read when none is named: in a Beacon export the record type's sheet
    (not Summary), else the first."""
    wanted = [BEACON_SHEETS[entity]] if entity else list(BEACON_SHEETS.values())
    for name in wanted:
        if name in sheet_names:
            return name
    return sheet_names[0]


def open_checked(path: Path | str, encoding: str | None = None) -> Workbook:
    """The workbook, refused when a CSV file's encoding is not certain (the user says)."""
    book = open_workbook(path, encoding)
    if book.alternatives:  # readings that differ: the user says which
        raise ImportFileError(book.path.name, say(
            m.ENCODING_UNSURE, encoding=book.encoding, others=", ".join(book.alternatives)))
    return book


def load_sheet(path: Path | str, sheet: str | None = None, entity: str | None = None,
               encoding: str | None = None) -> tuple[str, Sheet]:
    book = open_checked(path, encoding)
    return book.file_hash, read_sheet(book, sheet or default_sheet(book.visible_names, entity))


def plan_import(path: Path | str, options: ImportOptions,
                progress: Progress | None = None) -> ImportPlan:
    path = Path(path)
    if options.mode not in MODES:
        raise ImportFileError(path.name, say(m.UNKNOWN_MODE, mode=repr(options.mode),
                                             modes=", ".join(MODES)))
    with collector_paused():
        return _plan(path, options, progress)


def _plan(path: Path, options: ImportOptions, progress: Progress | None) -> ImportPlan:
    book = open_checked(path, options.encoding)
    names = sheets_asked(book, options.sheet)
    if len(names) > 1:  # several sheets of one layout in one batch
        sheets = [read_sheet(book, n, meanwhile=_while_reading) for n in names]
        plan = plan_sheets(path, book.file_hash, sheets, options, progress)
        if str(options.sheet).strip().casefold() == ALL:  # the hidden ones are named
            plan.skipped_sheets.update(unasked_sheets(book, sheets[0], visible=False))
        return plan
    sheet = read_sheet(book, names[0] if names else default_sheet(book.visible_names,
                                                                   options.entity),
                       meanwhile=_while_reading)
    plan = plan_sheet(path, book.file_hash, sheet, options, progress)
    if not names and sheet.name not in BEACON_SHEETS.values():
        plan.skipped_sheets.update(unasked_sheets(book, sheet))  # one sheet per department
    return plan


def _while_reading() -> None:
    """What planning and writing the rows will load, loaded while python-calamine reads the
    sheet on its own thread: pypinyin's tables for the search text (0.15 s), the seeded
    stage names stages are read by, the matcher's rapidfuzz and the uid maker (0.03 s)."""
    load_readings()
    seeded_names()
    new_uid()
    import rapidfuzz.distance
    import rapidfuzz.process  # noqa: F401


def plan_sheet(path: Path, digest: str, sheet: Sheet, options: ImportOptions,
               progress: Progress | None = None) -> ImportPlan:
    """Plan rows already read (from a workbook, or made from another format such as vCard)."""
    if not any(any(not cells.is_blank(c) for c in row) for row in sheet.rows):
        raise ImportFileError(path.name, say(m.EMPTY_SHEET), sheet=sheet.name)
    header_row = options.header_row if options.header_row is not None else (
        find_header_row(sheet.rows))
    headers = sheet_headers(sheet.rows, header_row)
    entity = options.entity or next(
        (e for e, title in BEACON_SHEETS.items() if title == sheet.name), None) or (
        guess_entity(headers, sheet.rows[header_row + 1:header_row + 501]))
    if entity not in IMPORT_ENTITIES:
        raise ImportFileError(path.name, say(m.NOT_IMPORTED_KIND, kinds=", ".join(
            IMPORT_ENTITIES), entity=entity))
    mapping = mapping_for(headers, entity, sheet.rows[header_row + 1:header_row + 501])
    if options.mapping:
        unknown = [h for h in options.mapping if h not in mapping]
        if unknown:
            raise ImportFileError(path.name, say(m.NO_COLUMN_HEADED, header=repr(unknown[0]),
                                                 headers=", ".join(headers)), sheet=sheet.name)
        allowed = set(importable_fields(entity))
        wrong = [t for t in options.mapping.values() if t is not None and t not in allowed]
        if wrong:
            raise ImportFileError(path.name, say(m.NOT_A_FIELD_OF, field=repr(wrong[0]),
                                                 entity=entity,
                                                 fields=", ".join(sorted(allowed))))
        mapping.update(options.mapping)
    required = REQUIRED_FIELDS[entity]
    # Its parts (first and last name), or a Chinese name alone, make the name (tracker.identity
    # completes the other); a contact's email names it when nothing else does.
    if not (naming_fields(entity) & set(mapping.values())) and not (
            options.mode == "update" and "uid" in mapping.values()):
        value = next((h for h in headers if _EMAIL_LIKE.match(h)), None)
        if value is not None and not options.mapping:  # John Doe,John,Doe,john@doe.example
            raise ImportFileError(path.name, say(m.NO_HEADER_ROW, value=repr(value)),
                                  sheet=sheet.name)
        raise ImportFileError(path.name, say(
            m.NO_REQUIRED_COLUMN, header=repr(export_header(entity, required)), entity=entity,
            field=required), sheet=sheet.name)
    plan = ImportPlan(path, digest, sheet.name, entity, options.mode, header_row, headers,
                      mapping, [], sheet.rows)
    plan.source = options.source
    plan.system = options.system or external_system(headers, mapping)
    plan.encoding = sheet.encoding
    data = data_rows(sheet, header_row, options.template_rows)
    money = money_columns(headers, mapping, data, options.currency)
    require_currency(path.name, sheet.name, money)
    plan.currency, plan.currency_from = money.currency, money.currency_from
    if money.value_header and money.unit_text:
        plan.units[money.value_header] = money.unit_text
    plan.value_map = value_map_for(entity, headers, mapping, data, options.value_map)
    with remembered_lookups():
        Planner(plan, options, sheet, money, StageFinder(plan.value_map)).run(progress)
    return plan


def data_rows(sheet: Sheet, header_row: int, template_rows: bool = True) -> list[list[Any]]:
    """The rows under the header, without a template's second header or hint rows (what
    amounts and values are read from before the rows are planned)."""
    rows = sheet.rows[header_row + 1:]
    if not template_rows:
        return rows
    header = sheet.rows[header_row]
    head = [r for r in rows[:FIRST_ROWS] if not is_header_again(r, header)
            and not is_hint_row(r)]
    return head + rows[FIRST_ROWS:]


def value_map_for(entity: str, headers: Sequence[str], mapping: dict[str, str | None],
                  data: Sequence[Sequence[Any]],
                  given: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """What stage, status and pipeline values mean: what the user said now (`given`, the
    wizard's value step or --map-value) over what they said for the same values before."""
    if entity != "opportunity":
        return {}
    found = distinct_values(headers, mapping, data)
    result = remembered_values(entity, found)
    for field_name, values in given.items():
        result.setdefault(field_name, {}).update(values)
    return result


def distinct_values(headers: Sequence[str], mapping: dict[str, str | None],
                    data: Sequence[Sequence[Any]]) -> dict[str, list[str]]:
    """The values written in the stage, status and pipeline columns, each once."""
    found: dict[str, list[str]] = {}
    for index, header in enumerate(headers):
        target = mapping.get(header)
        if target not in MAPPED_FIELDS:
            continue
        found[target] = [v for v in cells.distinct_texts([r[index] for r in data
                                                          if index < len(r)]) if v]
    return found


@dataclass(frozen=True)
class ValueReading:
    """How one distinct value of a stage, status or pipeline column will be read."""

    field: str  # stage, status, pipeline
    header: str  # its column
    text: str  # as written
    rows: int  # how many rows hold it
    meaning: str  # a stage or pipeline name, open / won / lost; "" : not understood
    chosen: bool  # the meaning is the user's (now or remembered), not Beacon's reading


@dataclass(frozen=True)
class SheetValues:
    """What the wizard asks before its dry run: the amounts' currency when the file says
    none, and what the stage, status and pipeline values mean."""

    money: MoneyColumns
    values: list[ValueReading]
    stages: list[str]  # the stage names a value may mean
    pipelines: list[str]

    @property
    def unknown(self) -> list[ValueReading]:
        return [v for v in self.values if not v.meaning and not v.chosen]


def sheet_values(sheet: Sheet, options: ImportOptions, limit: int = 200) -> SheetValues:
    """How a sheet's amounts and stage, status and pipeline values read with these options
    (the column mapping chosen, the currency and value meanings given so far)."""
    header_row = options.header_row if options.header_row is not None else (
        find_header_row(sheet.rows))
    headers = sheet_headers(sheet.rows, header_row)
    entity = options.entity or "opportunity"
    mapping = options.mapping or mapping_for(headers, entity)
    data = data_rows(sheet, header_row)
    money = money_columns(headers, mapping, data, options.currency)
    value_map = value_map_for(entity, headers, mapping, data, options.value_map)
    finder = StageFinder(value_map)
    readings: list[ValueReading] = []
    for index, header in enumerate(headers):
        target = mapping.get(header)
        if entity != "opportunity" or target not in MAPPED_FIELDS:
            continue
        counts: dict[str, int] = {}
        for row in data:
            text = cells.clean_text(row[index]) if index < len(row) else ""
            if text:
                counts[text] = counts.get(text, 0) + 1
        for text, count in list(counts.items())[:limit]:
            chosen = value_map.get(target, {}).get(text)
            readings.append(ValueReading(target, header, text, count,
                                         _meaning(finder, target, text), chosen is not None))
    return SheetValues(money, readings, finder.stage_names(),
                       [p.name for p in finder.pipelines])


def _meaning(finder: StageFinder, field_name: str, text: str) -> str:
    if field_name == "status":
        return finder.status(text) or ""
    if field_name == "pipeline":
        found = finder.pipeline(text)
        return found.name if found else ""
    answer = finder.stage(text)
    if answer.status:
        return answer.status
    return finder.suggested_stage(text)


__all__ = ["LINKS", "MODES", "ImportOptions", "ImportPlan", "NewLink", "Progress", "RowPlan",
           "column_name", "plan_import", "plan_sheet"]
