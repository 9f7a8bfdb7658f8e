"""Per-column cell converters for an import plan, chosen once per import, not per cell.

Each converter turns one mapped cell into what the record service takes (or into a
row's Beacon ID, version or ids in other systems), exactly as the planner's field rules
say. A cell that cannot be read raises ValidationError; the planner then lands the row
without it, keeps the cell's text in the record's notes and warns (`Planner.keep`).
Conversions that depend only on the cell (percentages, statuses, currencies, stage
names) are remembered per distinct value: 100,000 rows hold a handful of stages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from tracker import messages as m
from tracker import validation as v
from tracker.catalogue.headers import fold
from tracker.catalogue.words import EVERY_CONTACTS_GROUP, currency_of
from tracker.errors import ImportProblem, ValidationError
from tracker.excel import values as cells
from tracker.excel.phones import import_phone
from tracker.excel.stages import StageFinder, yes_no
from tracker.messages import say

if TYPE_CHECKING:
    from tracker.excel.plan import NewLink, RowPlan

DATE_FIELDS = ("expected_close", "next_step_due", "closed_on")
LIST_FIELDS = ("emails", "phones", "tags", "other_names", "contact_emails", "contact_phones",
               "organization_phones")
PART_FIELDS = ("first_name", "middle_name", "last_name", "name_en", "phone_extension")
Converter = Callable[["RowPlan", str, Any, dict[str, Any]], None]
_PLAIN_KEYS = frozenset({str, float})  # cells whose equality as dict keys is sameness
# Below this a whole-number float's repr is its exact digits (every integer is a float
# there); above it repr may round (72057594037927952.0 -> 7.205759403792795e+16).
EXACT_FLOATS = 2.0 ** 53
_UNSEEN: Any = object()


class Planner(Protocol):
    day_first: dict[str, bool]
    stages: StageFinder
    unit: Decimal
    decimal_comma: bool

    def region(self, row: RowPlan) -> str | None: ...

    def _link(self, row: RowPlan, target: str, text: str) -> int | NewLink | None: ...

    def keep(self, row: RowPlan, header: str | None, text: str, reason: str) -> None: ...

    def unknown(self, field: str, text: str) -> None: ...

    def header(self, target: str) -> str | None: ...


# Mail providers whose names get mistyped (qq.ocm, gmial.com): a near miss is flagged.
PROVIDERS = ("qq.com", "163.com", "126.com", "sina.com", "sohu.com", "foxmail.com",
             "aliyun.com", "yeah.net", "139.com", "gmail.com", "hotmail.com", "outlook.com",
             "yahoo.com", "icloud.com", "live.com", "msn.com")


def provider_typo(email: str) -> str:
    """The provider an email's domain is one slip away from, or "": the name right and the
    ending one slip off (qq.ocm, 163.cm), or two letters of the name swapped (gmial.com).
    Another name altogether (email.com, not gmail.com) is not a slip."""
    from rapidfuzz.distance import DamerauLevenshtein

    domain = email.rpartition("@")[2]
    if not domain or domain in PROVIDERS:
        return ""
    label, _, ending = domain.partition(".")
    for provider in PROVIDERS:
        name, _, right = provider.partition(".")
        if label == name and ending != right and DamerauLevenshtein.distance(ending, right) == 1:
            return provider
        if ending == right and label != name and sorted(label) == sorted(name) and (
                DamerauLevenshtein.distance(label, name) == 1):
            return provider
    return ""


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


def converters(planner: Planner, targets: Mapping[str, bool], links: Mapping[str, str],
               known_currencies: set[str]) -> dict[str, Converter | None]:
    """target -> converter, for the mapped targets (True: the cell reaches the converter
    already stripped of outer spaces, blank as None: a single column, not a list). None:
    plain text in a single column, taken as it is (`stripped_text`)."""
    percent = _remembered(cells.parse_percent)
    clean = _remembered(lambda field, value: cells.clean_text(value))
    stages = planner.stages
    unit = planner.unit
    whole_units = unit == 1

    def uid(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        row.uid = cells.clean_text(value) or None

    versions: dict[Any, int | None] = {}  # a file's rows hold a few versions

    def version(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        if value.__class__ in _PLAIN_KEYS:  # (1, 1.0 and True are one key, not one cell)
            found = versions.get(value, _UNSEEN)
            if found is _UNSEEN:
                text = cells.clean_text(value)
                found = versions[value] = int(text) if v.is_key_number(text) else None
            row.version = found
            return
        text = cells.clean_text(value)
        row.version = int(text) if v.is_key_number(text) else None

    def listed(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        """Items of one or several columns ((header, text) pairs); a bad one is kept in the
        notes, the others land."""
        found: list[str] = []
        for header, item in value:
            try:
                if target in ("emails", "contact_emails"):
                    clean_item = v.email(target, item)
                    typo = provider_typo(clean_item)
                    if typo:  # lands as written, flagged: qq.ocm is surely qq.com
                        row.warnings.append(ImportProblem(row.row, header, say(
                            m.EMAIL_TYPO, value=clean_item, domain=typo)))
                elif target in ("phones", "contact_phones", "organization_phones"):
                    clean_item = import_phone(target, item, planner.region(row))
                elif item.startswith("* "):  # Google's own groups: * Friends, * starred
                    group = item[2:].strip()
                    if group and fold(group) not in EVERY_CONTACTS_GROUP:
                        found.append(v.text(target, group, max_length=64))
                    continue
                else:
                    clean_item = v.text(target, item, max_length=64 if target == "tags" else 255)
            except ValidationError as error:
                planner.keep(row, header, item, error.problems[0].message)
                continue
            if clean_item:
                found.append(clean_item)
        result[target] = list(dict.fromkeys(found))

    def date(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        if value.__class__ is dt.date:  # what parse_date gives back for a date cell
            result[target] = value
        else:
            result[target] = cells.parse_date(target, value,
                                              day_first=planner.day_first[target])

    def money(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        if value.__class__ is float and whole_units and value.is_integer() and (
                0 < value < EXACT_FLOATS):  # a number cell of whole units, as most are
            result["value"] = str(int(value))  # (what money_text makes of repr(value))
            return
        amount, currency = cells.parse_money(target, value, unit,
                                             decimal_comma=planner.decimal_comma)
        result["value"] = cells.money_text(amount) if amount is not None else None
        if currency:  # checked against a currency column and the header in row_values
            result["value_currency"] = (currency, cells.clean_text(value))

    def read_currency(target: str, text: str) -> str:
        code = currency_of(text) or text.upper()
        if code not in known_currencies:
            raise ValidationError.single("currency", say(
                m.UNKNOWN_CURRENCY, value=text, known=", ".join(sorted(known_currencies))),
                text)
        return code

    currency_code = _remembered(read_currency)

    def currency(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        text = clean(target, value)
        if text:
            result["currency"] = currency_code(target, text)

    def probability(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        result[target] = percent(target, value)

    def status(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        text = clean(target, value)
        if not text:
            return
        found = stages.status(text)
        if found is None:
            planner.unknown("status", text)
            raise ValidationError.single(target, say(m.NOT_STATUS, value=text), value)
        result["status"] = found

    def flag(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        said = yes_no(value)
        if said is None:
            raise ValidationError.single(target, say(m.NOT_YES_NO, value=clean(target, value)),
                                         value)
        result[target] = said

    def stage(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        text = clean(target, value)
        if not text:
            return
        answer = stages.stage(text, result.get("pipeline"))
        if not answer.known:
            planner.unknown("stage", text)
            raise ValidationError.single(target, say(m.STAGE_KEPT, value=text), value)
        if answer.stage is not None:
            result["stage"] = answer.stage
        if answer.status:
            result["stage_status"] = answer.status

    known_pipelines: dict[str, bool] = {}

    def pipeline(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        text = clean(target, value)
        known = known_pipelines.get(text)
        if known is None:
            known = known_pipelines[text] = not text or stages.pipeline(text) is not None
        if not known:
            planner.unknown("pipeline", text)
            planner.keep(row, planner.header(target), text, say(m.PIPELINE_KEPT, value=text))
        result["pipeline"] = text or None  # narrows the stage; not stored itself

    def link(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        if value is None:  # a blank cell links to nothing
            result[target] = None
            return
        text = cells.clean_text(value)
        if cells.garbled(text):  # "????": never linked to another "????" as the same one
            raise ValidationError.single(target, say(m.GARBLED_TEXT, value=text), text)
        result[target] = planner._link(row, target, text) if text else None

    def external(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        text = cells.clean_text(value)
        if text:
            result[target] = text

    def text(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        result[target] = cells.clean_text(value)

    def note(row: RowPlan, target: str, value: Any, result: dict[str, Any]) -> None:
        result[target] = value  # "Header: text" lines, made by the planner

    fixed: dict[str, Converter] = {
        "uid": uid, "version": version, "value": money, "currency": currency,
        "probability": probability, "status": status, "stage": stage, "pipeline": pipeline,
        "is_won": flag, "is_closed": flag, "external_id": external, "organization_id": external,
        "note": note}
    table: dict[str, Converter | None] = {}
    for target, stripped in targets.items():
        if target in fixed:
            table[target] = fixed[target]
        elif target in LIST_FIELDS:
            table[target] = listed
        elif target in DATE_FIELDS:
            table[target] = date
        elif target in links:
            table[target] = link
        else:
            # None: a text cell already stripped is the value itself (no call a cell)
            table[target] = None if stripped else text
    return table


def stripped_text(value: Any) -> Any:
    """A single column's cell (already stripped of outer spaces when it is text) as text:
    clean_text of such text is the text itself."""
    return value if value.__class__ is str else cells.clean_text(value)
