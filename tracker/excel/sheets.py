"""Several sheets of one workbook in one batch: a LibreOffice workbook with one sheet per
department, all with the same columns.

The sheets asked for (`--sheet "North,South"`, `--sheet all`, the wizard's ticked list)
are read; those with the first one's columns are planned together, as one list of rows,
so a person on two sheets is one record; each row keeps its own sheet and row number.
People keep their lists by hand: one department's sheet has a 备注 column more, another
lacks 邮箱 or has its columns in another order. Such a sheet joins too, each cell under
its own header. A sheet with other columns (an instructions sheet, a summary) or no rows
is left out, and the report says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker import messages as m
from tracker.chinese import has_cjk
from tracker.errors import ImportFileError
from tracker.excel import values as cells
from tracker.excel.headers import find_header_row, fold_header, header_names, sheet_headers
from tracker.excel.plan import ImportOptions, ImportPlan, Progress
from tracker.excel.reading import Sheet, Workbook, read_sheet
from tracker.excel.skipping import sheet_note
from tracker.messages import Message, say

ALL = "all"
# The column that carries each row's sheet name into its notes when sheets are joined.
SHEET_LABEL, SHEET_LABEL_ZH = "Sheet", "工作表"


def sheets_asked(book: Workbook, asked: str | None) -> list[str]:
    """The sheet names `--sheet` asks for: one, several separated by commas, or all."""
    if asked is None:
        return []
    if asked.strip().casefold() == ALL:  # the visible sheets, the record type's first
        from tracker.excel.importer import default_sheet

        names = book.visible_names
        first = default_sheet(names, None)
        return [first, *(n for n in names if n != first)]
    names = [n.strip() for n in asked.split(",") if n.strip()]
    if len(names) > 1 or (names and names[0] not in book.sheet_names and "," in asked):
        missing = [n for n in names if n not in book.sheet_names]
        if missing:
            raise ImportFileError(book.path.name, say(m.NO_SUCH_SHEET, name=repr(missing[0]),
                                                      sheets=", ".join(book.sheet_names)))
        return names
    return names


@dataclass
class SheetCount:
    """A sheet as the wizard lists it: its name, how many rows under its header, and
    whether it has the columns of the sheet being imported."""

    name: str
    rows: int
    headers: tuple[str, ...] = field(default=())


def count_rows(book: Workbook) -> list[SheetCount]:
    found = []
    for name in book.sheet_names:
        try:
            sheet = read_sheet(book, name)
        except ImportFileError:
            found.append(SheetCount(name, 0))
            continue
        if not sheet.rows:
            found.append(SheetCount(name, 0))
            continue
        header = find_header_row(sheet.rows)
        data = [r for r in sheet.rows[header + 1:] if any(not cells.is_blank(c) for c in r)]
        found.append(SheetCount(name, len(data), layout(sheet)))
    return found


def layout(sheet: Sheet, header_row: int | None = None) -> tuple[str, ...]:
    """The sheet's columns, as compared between sheets (folded headers)."""
    if not sheet.rows:
        return ()
    row = header_row if header_row is not None else find_header_row(sheet.rows)
    return tuple(fold_header(h) for h in sheet_headers(sheet.rows, row))


def joins(wanted: Sequence[str], columns: Sequence[str]) -> bool:
    """Whether a sheet with `columns` (folded headers, as `layout` gives them) can join a
    batch of sheets with `wanted`: the same columns, or nearly (at least two in common and
    at most two, or a quarter, of either's missing from the other). A companies sheet and a
    contacts sheet that share a few columns (客户名称, 电话) differ by more, and stay apart."""
    if not wanted or not columns:
        return False
    if tuple(columns) == tuple(wanted):
        return True
    first, other = set(wanted), set(columns)
    return len(first & other) >= 2 and len(first ^ other) <= max(2, len(first | other) // 4)


def unasked_sheets(book: Workbook, first: Sheet, *, visible: bool = True) -> dict[str, str]:
    """The workbook's other sheets with the imported sheet's columns (one sheet per
    department) that hold rows and were not imported, each with why: a hidden sheet is
    named too (--sheet all leaves it out); `visible`: name visible ones as not asked for."""
    wanted = layout(first)
    found: dict[str, str] = {}
    shown = set(book.visible_names)
    for name in book.sheet_names:
        if name == first.name or (name in shown and not visible):
            continue
        try:
            sheet = read_sheet(book, name)
        except ImportFileError:
            continue
        if not sheet.rows:
            continue
        header = find_header_row(sheet.rows)
        if not joins(wanted, layout(sheet, header)):
            continue
        rows = sum(any(not cells.is_blank(c) for c in r) and sheet_note(r) is None
                   for r in sheet.rows[header + 1:])
        if rows:
            found[name] = say(m.SHEET_NOT_ASKED if name in shown else m.SHEET_HIDDEN_SAME,
                              rows=rows, sheet=name)
    return found


def plan_sheets(path: Path, digest: str, sheets: Sequence[Sheet], options: ImportOptions,
                progress: Progress | None = None) -> ImportPlan:
    """One plan for several sheets that share their columns."""
    from tracker.excel.importer import plan_sheet

    first: Sheet | None = None
    wanted: tuple[str, ...] = ()
    kept: list[tuple[Sheet, int]] = []
    skipped: dict[str, str] = {}
    for sheet in sheets:
        if not any(any(not cells.is_blank(c) for c in r) for r in sheet.rows):
            skipped[sheet.name] = say(m.SHEET_EMPTY_SKIPPED)
            continue
        header = find_header_row(sheet.rows)
        columns = layout(sheet, header)
        if first is None:
            first, wanted = sheet, columns
        elif not joins(wanted, columns):
            skipped[sheet.name] = say(m.SHEET_OTHER_COLUMNS, sheet=repr(first.name))
            continue
        kept.append((sheet, header))
    if first is None:
        raise ImportFileError(path.name, say(m.EMPTY_SHEET), sheet=sheets[0].name)
    origins: list[tuple[str, int]] = []
    header_cells, places = _union_header(kept)
    # Each row keeps the name of its sheet (销售部, North) in its notes: the sheet may be all
    # that says which department or region the row is in.
    label = SHEET_LABEL_ZH if any(has_cjk(str(c or "")) for c in header_cells) else SHEET_LABEL
    named = len(kept) > 1 and label not in header_names(header_cells)
    width = len(header_cells)
    rows: list[list[Any]] = [[*header_cells, label] if named else header_cells]
    for (sheet, header), place in zip(kept, places, strict=True):
        for offset, row in enumerate(sheet.rows[header + 1:]):
            if place is not None:  # its columns in the batch's order
                moved: list[Any] = [None] * width
                for index, value in enumerate(row[:len(place)]):
                    moved[place[index]] = value
                row = moved
            if named and any(not cells.is_blank(c) for c in row):
                row = [*row, *[None] * (width - len(row)), sheet.name]
            rows.append(row)
            origins.append((sheet.name, header + offset + 2))
    if named:
        options = ImportOptions(**{**options.__dict__,
                                   "mapping": {**(options.mapping or {}), label: "note"}})
    combined = Sheet(" + ".join(s.name for s, _ in kept), rows)
    combined.replaced_rows = {position for position, (name, number) in enumerate(
        origins, start=1) for s, _ in kept if s.name == name and number in s.replaced_rows}
    options = ImportOptions(**{**options.__dict__, "header_row": 0, "first_row_number": 1})
    plan = plan_sheet(path, digest, combined, options, progress)
    _renumber(plan, origins)
    plan.header_row = kept[0][1]
    plan.sheet_rows = {s.name: s.rows for s, _ in kept}
    plan.skipped_sheets = skipped
    return plan


def _union_header(kept: Sequence[tuple[Sheet, int]]) -> tuple[list[Any], list[list[int] | None]]:
    """The batch's header: the first sheet's, then each column a later sheet adds; and for
    each sheet where its columns go (None: where they are, the first sheet's order)."""
    first, at = kept[0]
    header_cells = list(first.rows[at])
    position = {name: index for index, name in enumerate(layout(first, at))}
    places: list[list[int] | None] = []
    for sheet, header in kept:
        own = layout(sheet, header)
        if own[:len(position)] == tuple(position)[:len(own)] and len(own) <= len(position):
            places.append(None)
            continue
        # cells right of the header's last name are kept too, under "Column H" as on a sheet
        width = max(len(r) for r in sheet.rows[header:])
        cells_of_header = [*sheet.rows[header], *[None] * (width - len(sheet.rows[header]))]
        place = []
        for index, name in enumerate(fold_header(h) for h in header_names(cells_of_header)):
            if name not in position:
                position[name] = len(header_cells)
                header_cells.append(cells_of_header[index])
            place.append(position[name])
        places.append(place)
    return header_cells, places


def _renumber(plan: ImportPlan, origins: list[tuple[str, int]]) -> None:
    """Rows were numbered by their place among all the sheets' rows: give each its own
    sheet and row, and do the same for the rows a reason names ("same as row 12")."""
    def where(position: Any) -> Any:
        if isinstance(position, int) and 1 <= position <= len(origins):
            name, number = origins[position - 1]
            return f"{number} ({name})"
        return position

    def again(text: str) -> str:
        if isinstance(text, Message) and "row" in text.values:
            return say(text.template, **{**text.values, "row": where(text.values["row"])})
        return text

    for row in plan.rows:
        row.sheet, row.row = origins[row.row - 1]
        row.note = again(row.note)
        row.suggestions = [again(s) for s in row.suggestions]
        for problem in (*row.problems, *row.warnings):
            problem.row = row.row
            problem.reason = again(problem.reason)

