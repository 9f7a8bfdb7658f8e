"""Per-column cell converters for an import plan, chosen once per import, not per cell.

Each converter turns one mapped cell into what the record service takes (or into a
row's Beacon ID and version), exactly as the planner's field rules say; a cell that
cannot be read raises ValidationError for the planner to report. Conversions that
depend only on the cell (percentages, statuses, currencies, stage names) are
remembered per distinct value: 100,000 rows hold a handful of stages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from tracker import validation as v
from tracker.excel import values as cells
from tracker.excel.headers import LIST_FIELDS

if TYPE_CHECKING:
    from tracker.excel.plan import NewLink, RowPlan

DATE_FIELDS = ("expected_close", "next_step_due", "closed_on")
Converter = Callable[["RowPlan", str, Any, dict[str, Any]], None]


class Planner(Protocol):
    day_first: dict[str, bool]

    def _stage(self, row: RowPlan, name: str) -> int | None: ...

    def _link(self, row: RowPlan, target: str, text: str) -> int | NewLink | None: ...


def _remembered(parse: Callable[[str, Any], Any]) -> Callable[[str, Any], Any]:
    """`parse` (pure) remembered per (field, type, value); failures are not remembered, so
    each bad cell raises its own error. The type is part of the key: 1, 1.0 and True are
    equal as dict keys but not as cells."""
    known: dict[tuple[str, type, Any], Any] = {}

    def remembered(field: str, value: Any) -> Any:
        key = (field, value.__class__, value)
        try:
            return known[key]
        except KeyError:
            result = known[key] = parse(field, value)
            return result
        except TypeError:  # an unhashable cell
            return parse(field, value)
    return remembered


def converters(planner: Planner, targets: Mapping[str, bool],
               links: Mapping[str, str]) -> dict[str, Converter]:
    """target -> converter, for the mapped targets (True: the cell reaches the converter
    already stripped of outer spaces, blank as None: a single column, not a list)."""
    percent = _remembered(cells.parse_percent)
    status = _remembered(cells.parse_status)
    clean = _remembered(lambda field, value: cells.clean_text(value))
    stages: dict[str, int] = {}

    def uid(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        row.uid = cells.clean_text(value) or None

    def version(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        text = cells.clean_text(value)
        row.version = int(text) if v.is_key_number(text) else None

    def listed(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        normalize = v.email if target == "emails" else v.phone
        result[target] = list(dict.fromkeys(normalize(target, item) for item in value))

    def date(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        if value.__class__ is dt.date:  # what parse_date gives back for a date cell
            result[target] = value
        else:
            result[target] = cells.parse_date(target, value,
                                              day_first=planner.day_first[target])

    def money(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        amount, currency = cells.parse_money(target, value)
        result["value"] = cells.money_text(amount) if amount is not None else None
        if currency:
            result.setdefault("currency", currency)

    def currency(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        text = clean(target, value)
        if text:
            result["currency"] = text

    def probability(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        result[target] = percent(target, value)

    def state(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        result[target] = status(target, value) or None

    def stage(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        text = clean(target, value)
        if text:
            found = stages.get(text)
            if found is None:
                found = planner._stage(row, text)  # reports an unknown name on the row
                if found is not None:
                    stages[text] = found
            result["stage"] = found

    def ignored(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        pass  # the pipeline column only narrows the stage

    def link(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        text = cells.clean_text(value)
        result[target] = planner._link(row, target, text) if text else None

    def text(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        result[target] = cells.clean_text(value)

    def stripped_text(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        # clean_text of text already stripped of the same spaces is the text itself
        result[target] = value if value.__class__ is str else cells.clean_text(value)

    fixed: dict[str, Converter] = {"uid": uid, "version": version, "value": money,
                                   "currency": currency, "probability": probability,
                                   "status": state, "stage": stage, "pipeline": ignored}
    table: dict[str, Converter] = {}
    for target, stripped in targets.items():
        if target in ("uid", "version"):
            table[target] = fixed[target]
        elif target in LIST_FIELDS:
            table[target] = listed
        elif target in DATE_FIELDS:
            table[target] = date
        elif target in fixed:
            table[target] = fixed[target]
        elif target in links:
            table[target] = link
        else:
            table[target] = stripped_text if stripped else text
    return table
