"""Export records to a workbook a manager is proud to forward, and that comes back as an
update: one sheet per record type with the import headers, a Summary sheet, frozen
bold headers, auto-filters, widths, real dates and currency formats, a stage drop-down,
and hidden Beacon ID and Version columns.

Written with openpyxl in write-only (streaming) mode; every text is a string cell
(tracker.excel.cells) so nothing a user typed becomes a formula or a link. The file
is written beside the target and renamed into place, so a cancelled or failed
export leaves nothing half-written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from tracker.catalogue.codes import CODE_FIELDS, word_for
from tracker.catalogue.seeded_names import seeded_word
from tracker.errors import BeaconError
from tracker.excel.cells import FormattedCells, safe_text, text_cell, value_cell
from tracker.excel.dropdowns import Lists, add_dropdowns
from tracker.excel.headers import export_header
from tracker.excel.safety import require_defusedxml
from tracker.excel.summary import PipelineSummary, pipeline_summary
from tracker.files import owner_only
from tracker.models import (
    ContactEmail,
    ContactPhone,
    Currency,
    OrganizationEmail,
    OrganizationPhone,
)
from tracker.queries import SPECS as QUERY_SPECS
from tracker.queries import ListQuery

SHEET_TITLES = {"opportunity": "Opportunities", "organization": "Organizations",
                "contact": "Contacts", "conference": "Conferences", "incentive": "Incentives",
                "activity": "Activities"}
ORDER = ("opportunity", "organization", "contact", "conference", "incentive", "activity")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
CHUNK = 900
WIDTHS = {"date": 12, "money": 16, "int": 10, "percent": 11, "currency": 9, "long": 40,
          "text": 22, "name": 30, "id": 38}
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(BeaconError):  # noqa: N818  (named like StaleRecord)
    def __init__(self) -> None:
        super().__init__("the export was cancelled; no file was written")


@dataclass(frozen=True)
class ExportColumn:
    field: str
    header: str
    kind: str = "text"  # text, long, name, date, datetime, money, currency, int, percent, id


# Importable record types: the import field names and headers, so the file comes back.
COLUMNS: dict[str, tuple[ExportColumn, ...]] = {
    "opportunity": tuple(ExportColumn(f, export_header("opportunity", f), k) for f, k in (
        ("title", "name"), ("organization", "name"), ("client", "text"),
        ("primary_contact", "text"), ("pipeline", "text"), ("stage", "text"),
        ("status", "currency"), ("value", "money"), ("currency", "currency"),
        ("probability", "percent"), ("expected_close", "date"), ("owner", "text"),
        ("business_line", "text"), ("approach", "text"), ("modality", "text"),
        ("next_step", "long"), ("next_step_due", "date"), ("lost_reason", "long"),
        ("notes", "long"))),
    "organization": tuple(ExportColumn(f, export_header("organization", f), k) for f, k in (
        ("name", "name"), ("name_zh", "text"), ("kind", "text"), ("country", "text"),
        ("city", "text"), ("modalities", "text"), ("website", "text"), ("phones", "text"),
        ("emails", "name"), ("notes", "long"))),
    "contact": tuple(ExportColumn(f, export_header("contact", f), k) for f, k in (
        ("name", "name"), ("name_zh", "text"), ("title", "text"), ("organization", "name"),
        ("emails", "name"), ("phones", "text"), ("wechat_id", "text"), ("city", "text"),
        ("languages", "text"), ("notes", "long"))),
}
ID_COLUMNS = (ExportColumn("uid", "Beacon ID", "id"), ExportColumn("version", "Version", "int"))


def _display_columns(entity: str) -> tuple[ExportColumn, ...]:
    kinds = {"date": "date", "datetime": "datetime", "bool": "text", "int": "int",
             "percent": "percent", "money": "money"}
    return tuple(ExportColumn(c.key, c.key.replace("_", " ").capitalize(),
                              kinds.get(c.kind, "text"))
                 for c in QUERY_SPECS[entity].columns)


def columns_for(entity: str, only: Sequence[str] | None = None) -> tuple[ExportColumn, ...]:
    columns = COLUMNS.get(entity) or _display_columns(entity)
    if only:
        columns = tuple(c for c in columns if c.field in only)
    return columns + ID_COLUMNS


@dataclass
class ExportRequest:
    """Which lists to write: per record type a ListQuery (search, filters, sort) and
    optionally the columns the user sees."""

    queries: dict[str, ListQuery] = field(default_factory=dict)
    columns: dict[str, list[str]] = field(default_factory=dict)
    summary: bool = True
    language: str = "en"  # kinds and statuses are written as words of this language

    @classmethod
    def everything(cls) -> ExportRequest:
        return cls({entity: ListQuery(entity) for entity in ORDER})

    @classmethod
    def from_list(cls, query: ListQuery, columns: Sequence[str] | None = None) -> ExportRequest:
        """'Export what I see': one list with its search, filters, sort and columns."""
        return cls({query.entity: query}, {query.entity: list(columns)} if columns else {},
                   summary=query.entity == "opportunity")

    @classmethod
    def from_cli(cls, entity: str | None, search: str | None,
                 stage: str | None) -> ExportRequest:
        entities = [entity] if entity else list(ORDER)
        if stage:
            from tracker.services.pipelines import find_stage

            stage_id = find_stage(stage).id
            entities = ["opportunity"]
        queries = {}
        for name in entities:
            query = ListQuery(name, search=search or "")
            if stage and name == "opportunity":
                query.filters["stage"] = stage_id
            queries[name] = query
        return cls(queries, summary="opportunity" in queries)


def export_workbook(target: Path | str, request: ExportRequest | None = None, *,
                    progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> dict[str, int]:
    """Write the workbook; returns rows written per record type."""
    require_defusedxml()
    request = request or ExportRequest.everything()
    target = Path(target)
    ids = {entity: query.ids() for entity, query in request.queries.items()}
    total = sum(len(v) for v in ids.values()) or 1
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total)

    book = Workbook(write_only=True)
    try:
        written = _write_book(book, request, ids, tick)
        tick(0)  # a cancel up to here leaves no file
    except BaseException:
        _discard(book)
        raise
    with owner_only(target) as handle:  # personal data: 0600, whole or not at all
        book.save(handle)
    return written


def _discard(book: Workbook) -> None:
    """Close and delete the temporary files of a workbook that will not be saved."""
    for sheet in book.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        if not sheet.closed:
            sheet.close()
        writer.cleanup()


def _write_book(book: Workbook, request: ExportRequest, ids: dict[str, list[int]],
                tick: Callable[[int], None]) -> dict[str, int]:
    lists = Lists(book, request.language)
    if request.summary and "opportunity" in ids:
        _write_summary(book, pipeline_summary(ids["opportunity"]), request.language)
    written: dict[str, int] = {}
    for entity in ORDER:
        if entity not in ids:
            continue
        columns = columns_for(entity, request.columns.get(entity))
        written[entity] = _write_entity(book, entity, columns, ids[entity], lists, tick)
    lists.write()
    return written


def _write_entity(book: Workbook, entity: str, columns: tuple[ExportColumn, ...],
                  ids: list[int], lists: Lists, tick: Callable[[int], None]) -> int:
    sheet = book.create_sheet(SHEET_TITLES[entity])
    for index, column in enumerate(columns, start=1):
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.width = max(WIDTHS.get(column.kind, 22), len(column.header) + 4)
        if column.kind == "id" or column.field == "version":
            dimension.hidden = True
    sheet.freeze_panes = "A2"
    sheet.append([text_cell(sheet, c.header, bold=True) for c in columns])
    formats = _money_formats()
    fields = [c.field for c in columns]
    kinds = [c.kind for c in columns]
    formatted = FormattedCells(sheet).cell
    worded = [name for name in fields if name in CODE_FIELDS.get(entity, ())]
    # the seeded pipelines' names (Lead: 线索) as the window in the export's language shows them
    seeded = [name for name in fields if name in ("pipeline", "stage")
              ] if entity == "opportunity" and lists.language != "en" else []
    rows = 0
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for values in _rows(entity, fields, chunk):
            for name in worded:  # drug_developer -> Drug developer (药物研发企业)
                if isinstance(values.get(name), str):
                    values[name] = word_for(values[name], lists.language)
            for name in seeded:
                if values.get(name).__class__ is str:
                    values[name] = seeded_word(values[name], lists.language)
            cells: list[Any] = []
            currency = values.get("currency")
            for index, (name, kind) in enumerate(zip(fields, kinds, strict=True)):
                value = values.get(name)
                if value is None or value == "":
                    cells.append(None)
                elif value.__class__ is str:
                    cells.append(safe_text(sheet, value))
                elif kind == "money":
                    cells.append(formatted(index, value, formats.get(currency or "",
                                                                     "#,##0.00")))
                elif kind == "datetime":
                    cells.append(formatted(index, value, DATETIME_FORMAT))
                else:  # numbers; dates take openpyxl's own yyyy-mm-dd
                    cells.append(value)
            sheet.append(cells)
            rows += 1
        tick(len(chunk))
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{rows + 1}"
    add_dropdowns(lists, sheet, entity, fields, rows)
    return rows


def _money_formats() -> dict[str, str]:
    formats = {}
    for code, symbol, minor in Currency.select(Currency.code, Currency.symbol,
                                               Currency.minor_units).tuples():
        decimals = "." + "0" * minor if minor else ""
        mark = symbol.replace('"', "") or code
        formats[code] = f'"{mark}"#,##0{decimals}'
    return formats


# Lists kept in child rows, written as "a; b" in one cell (the import reads them back).
_LISTS: dict[str, tuple[tuple[str, Any, Any, Any], ...]] = {
    "contact": (("emails", ContactEmail, ContactEmail.contact, ContactEmail.email),
                ("phones", ContactPhone, ContactPhone.contact, ContactPhone.e164)),
    "organization": (
        ("emails", OrganizationEmail, OrganizationEmail.organization, OrganizationEmail.email),
        ("phones", OrganizationPhone, OrganizationPhone.organization, OrganizationPhone.e164)),
}


def _rows(entity: str, fields: list[str], ids: list[int]) -> Iterator[dict[str, Any]]:
    """Rows for these ids in their order, with the values the import reads back."""
    if entity not in COLUMNS:
        query = ListQuery(entity)
        for row in query.rows_for(ids):
            yield {k: _plain(v) for k, v in row.items()}
        return
    from tracker.excel.rows import record_rows

    lists: dict[str, dict[int, list[str]]] = {}
    for name, model, owner, column in _LISTS.get(entity, ()):
        if name in fields:
            found: dict[int, list[str]] = {}
            for owner_id, value in (model.select(owner, column).where(owner.in_(ids))
                                    .order_by(owner, model.position).tuples()):
                found.setdefault(owner_id, []).append(value)
            lists[name] = found
    minor = {code: units for code, units in Currency.select(Currency.code,
                                                           Currency.minor_units).tuples()}
    for row in record_rows(entity, ids):
        for name, found in lists.items():
            row[name] = "; ".join(found.get(row["id"], []))
        if entity == "opportunity" and row.get("value_minor") is not None:
            row["value"] = Decimal(row["value_minor"]).scaleb(-minor.get(row["currency"], 2))
        yield row


def _plain(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def _write_summary(book: Workbook, summary: PipelineSummary, language: str) -> None:
    sheet = book.create_sheet("Summary")
    currencies = summary.currencies
    base = summary.base_currency
    headers = ["Pipeline", "Stage", "Deals", *currencies, f"Total ({base})",
               f"Weighted ({base})"]
    for index, width in enumerate([22, 18, 8, *[16] * len(currencies), 18, 18], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    formats = _money_formats()
    base_format = formats.get(base, "#,##0.00")
    sheet.append([text_cell(sheet, "Pipeline by stage", bold=True)])
    sheet.append([text_cell(sheet, h, bold=True) for h in headers])
    for line in summary.stages:
        sheet.append([text_cell(sheet, seeded_word(line.pipeline, language)),
                      text_cell(sheet, seeded_word(line.stage, language)), line.count,
                      *[value_cell(sheet, line.by_currency.get(c), formats.get(c))
                        for c in currencies],
                      value_cell(sheet, line.total_base, base_format),
                      value_cell(sheet, line.weighted_base, base_format)])
    sheet.append([])
    sheet.append([text_cell(sheet, "Forecast by month of expected close (open deals)",
                            bold=True)])
    sheet.append([text_cell(sheet, h, bold=True) for h in
                  ("Month", "", "Deals", f"Total ({base})", f"Weighted ({base})")])
    for month in summary.months:
        sheet.append([text_cell(sheet, month.month), None, month.count,
                      value_cell(sheet, month.total_base, base_format),
                      value_cell(sheet, month.weighted_base, base_format)])
    if summary.missing_rates:
        sheet.append([])
        sheet.append([text_cell(sheet, "No exchange rate to " + base + " for: "
                                + ", ".join(summary.missing_rates)
                                + " (left out of the base-currency totals)")])
    sheet.append([])
    sheet.append([text_cell(sheet, f"Exported {dt.datetime.now():%Y-%m-%d %H:%M}; base "
                                   f"currency {base}")])
