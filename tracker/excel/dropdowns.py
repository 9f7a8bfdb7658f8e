"""Drop-downs in an exported sheet, so a manager editing it picks valid values: each row's
stage from its own pipeline's stages, the pipeline, status and currency, and every kind
(organization kind, approach, basis, activity kind) as words of the export's language.

The lists live on a hidden "Lists" sheet: one row per pipeline (its name, then its
stages), and one column per other list. A stage cell's list is found from the pipeline
cell of its row with MATCH and OFFSET, which Excel and LibreOffice both evaluate.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet as Worksheet
from openpyxl.worksheet.datavalidation import DataValidation

from tracker.catalogue.codes import words_of
from tracker.catalogue.seeded_names import seeded_word
from tracker.excel.cells import text_cell
from tracker.models import (
    ACTIVITY_KINDS,
    APPROACHES,
    CONTACT_BASES,
    OPPORTUNITY_STATUSES,
    ORGANIZATION_KINDS,
    Currency,
    Pipeline,
    Stage,
)

LISTS = "Lists"
MAX_STAGES = 40  # a pipeline's stages read across at most this many cells
FIRST_LIST_COLUMN = MAX_STAGES + 3  # the other lists start to the right of the pipelines
# (entity, field) -> the codes whose words fill its drop-down
CODE_LISTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("organization", "kind"): ORGANIZATION_KINDS,
    ("opportunity", "status"): OPPORTUNITY_STATUSES,
    ("opportunity", "approach"): APPROACHES,
    ("contact", "basis"): CONTACT_BASES,
    ("activity", "kind"): ACTIVITY_KINDS,
}


class Lists:
    """The lists of one export, gathered while its sheets are written and put on the
    hidden sheet at the end (a write-only workbook writes each sheet's rows once, in
    order). Ranges are known as soon as a list is asked for."""

    def __init__(self, book: Workbook, language: str) -> None:
        self.book = book
        self.language = language
        self.pipelines: list[list[str]] | None = None  # [name, stage, stage...] per row
        self.values: dict[str, list[str]] = {}  # list name -> its values, in columns
        self.ranges: dict[str, str] = {}  # list name -> its range on the Lists sheet

    @property
    def used(self) -> bool:
        return self.pipelines is not None or bool(self.values)

    def _pipelines(self) -> list[list[str]]:
        if self.pipelines is None:
            stages: dict[int, list[str]] = {}
            for pipeline_id, name in (Stage.select(Stage.pipeline, Stage.name)
                                      .order_by(Stage.position, Stage.id).tuples()):
                stages.setdefault(pipeline_id, []).append(self.word(name))
            self.pipelines = [[self.word(name), *stages.get(pipeline_id, [])[:MAX_STAGES]]
                              for pipeline_id, name in
                              Pipeline.select(Pipeline.id, Pipeline.name)
                              .order_by(Pipeline.position, Pipeline.id).tuples()]
        return self.pipelines

    def word(self, name: str) -> str:
        """A pipeline's or stage's name as the rows write it (a seeded one translated)."""
        return seeded_word(name, self.language)

    def column(self, name: str, values: Sequence[str]) -> str:
        """A list written down a column of its own: its absolute range."""
        if name not in self.ranges:
            letter = get_column_letter(FIRST_LIST_COLUMN + len(self.values))
            self.values[name] = list(values)
            self.ranges[name] = f"{LISTS}!${letter}$1:${letter}${max(len(values), 1)}"
        return self.ranges[name]

    def pipeline_range(self) -> str:
        return f"{LISTS}!$A$1:$A${max(len(self._pipelines()), 1)}"

    def write(self) -> None:
        """The hidden sheet, after every visible one."""
        if not self.used:
            return
        sheet = self.book.create_sheet(LISTS)
        sheet.sheet_state = "hidden"
        pipelines = self.pipelines or []
        columns = list(self.values.values())
        height = max([len(pipelines), *(len(c) for c in columns)])
        for row in range(height):
            cells: list[Any] = [None] * (FIRST_LIST_COLUMN - 1 + len(columns))
            if row < len(pipelines):
                cells[:len(pipelines[row])] = pipelines[row]
            for index, values in enumerate(columns):
                if row < len(values):
                    cells[FIRST_LIST_COLUMN - 1 + index] = values[row]
            while cells and cells[-1] is None:
                cells.pop()
            sheet.append([None if c is None else text_cell(sheet, c) for c in cells])


def _validate(sheet: Worksheet, column: int, rows: int, formula: str) -> None:
    letter = get_column_letter(column)
    validation = DataValidation(type="list", formula1=formula, allow_blank=True,
                                showErrorMessage=False)
    validation.add(f"{letter}2:{letter}{max(rows + 1, 2)}")
    sheet.data_validations.append(validation)


def add_dropdowns(lists: Lists, sheet: Worksheet, entity: str, fields: Sequence[str],
                  rows: int) -> None:
    """Drop-downs on the columns of `fields` that have a list (rows 2 to rows + 1)."""
    position = {name: index for index, name in enumerate(fields, start=1)}
    for (list_entity, field), codes in CODE_LISTS.items():
        if list_entity == entity and field in position:
            words = words_of(codes, lists.language)
            _validate(sheet, position[field], rows, lists.column(f"{entity}.{field}", words))
    if entity != "opportunity":
        return
    if "currency" in position:
        currencies = [code for (code,) in Currency.select(Currency.code)
                      .order_by(Currency.code).tuples()]
        _validate(sheet, position["currency"], rows, lists.column("currency", currencies))
    if "pipeline" in position:
        _validate(sheet, position["pipeline"], rows, lists.pipeline_range())
    if "stage" in position:
        names = lists.pipeline_range()
        if "pipeline" in position:
            # This row's pipeline, found among the pipelines: its stages, read across.
            pipeline = f"${get_column_letter(position['pipeline'])}2"
            row_of = f"MATCH({pipeline},{names},0)-1"
            formula = (f"OFFSET({LISTS}!$B$1,{row_of},0,1,"
                       f"COUNTA(OFFSET({LISTS}!$B$1,{row_of},0,1,{MAX_STAGES})))")
        else:  # no pipeline column: every stage of every pipeline
            every = [lists.word(name) for (name,) in Stage.select(Stage.name).join(Pipeline)
                     .order_by(Pipeline.position, Stage.position).tuples()]
            formula = lists.column("stages", list(dict.fromkeys(every)))
        _validate(sheet, position["stage"], rows, formula)
