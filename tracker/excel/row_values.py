"""A row's cells as the values a record service takes, for the import planner.

A value Beacon cannot use (a mistyped email, a foreign phone without its country code,
an unknown stage, a hostile number) is left out: its text is kept in the record's notes
and a warning names the row and column. Only a missing or wrong required value keeps a
row out. The planner (tracker.excel.planner) decides what each row does.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from tracker import messages as m
from tracker.catalogue.headers import fold
from tracker.chinese import has_cjk
from tracker.errors import ImportProblem, ValidationError
from tracker.excel import values as cells
from tracker.excel.amounts import MoneyColumns
from tracker.excel.converters import PART_FIELDS, Converter, stripped_text
from tracker.excel.headers import PARTS_OF
from tracker.excel.phones import region_of_country
from tracker.excel.plan import LINKS, ImportOptions, ImportPlan, NewLink, RowPlan
from tracker.identity.external import held_ids
from tracker.messages import say
from tracker.models import Record
from tracker.services.entities import remember_contact_children
from tracker.services.records import EntitySpec, current_value, to_json_value, validate

if TYPE_CHECKING:
    from tracker.excel.links import Links

# Fields that tell which record a row is about: a row with none of them and no required
# value is a template's defaults or an empty form, not a record.
IDENTIFYING = {"name", "title", "first_name", "last_name", "middle_name", "name_en", "name_zh",
               "organization", "emails", "phones", "wechat_id", "uid", "external_id"}
MAX_RETRIES = 8


class RowValues:
    """What the planner knows about its sheet, and the conversion of one row's cells."""

    plan: ImportPlan
    options: ImportOptions
    entity: str
    spec: EntitySpec
    money: MoneyColumns
    unit: Decimal
    header_of: dict[str, str]
    required: str  # the field every record of the type needs (name, title)
    identifying: tuple[str, ...]  # IDENTIFYING, the required field first (most rows fill it)
    single: list[tuple[str, int]]
    single_targets: tuple[str, ...]
    single_reach: int  # a row at least this wide holds every single column
    single_cells: Callable[[Sequence[Any]], tuple[Any, ...]] | None  # their cells, in order
    lists: list[tuple[str, list[int]]]
    note_columns: list[int]
    stand_ins: dict[str, list[int]]  # a field -> note columns that fill it when it is blank
    note_placeholders: dict[int, frozenset[str]]  # a note column -> its program's blanks
    country_index: int | None
    converters: dict[str, Converter | None]
    blank_results: dict[str, tuple[tuple[str, Any], ...]]
    service_fields: set[str]
    links: Links
    companies: Any
    _raw: Sequence[Any] = ()
    held_ids: dict[int, list[str]] = {}  # noqa: RUF012  (set per batch of updates)
    identified = False  # the row being planned names something to know its record by
    substantive = False  # it fills a field, not only columns kept in the notes (or is identified)
    external: str | None = None  # the row's id in another system

    def header(self, target: str) -> str | None:
        return self.header_of.get(target)


    def keep(self, row: RowPlan, header: str | None, text: str, reason: str) -> None:
        """A value the row lands without: its text goes to the notes, a warning says why."""
        row.warnings.append(ImportProblem(row.row, header, say(m.KEPT_IN_NOTES,
                                                               reason=reason)))
        line = f"{header}: {text}" if header else text
        if line not in row.kept:
            row.kept.append(line)


    def unknown(self, field: str, text: str) -> None:
        found = self.plan.unknown_values.setdefault(field, {})
        found[text] = found.get(text, 0) + 1


    def region(self, row: RowPlan) -> str | None:
        """The region the row's Country column names, for its phone numbers."""
        raw = self._raw
        if self.country_index is None or self.country_index >= len(raw):
            return None
        return region_of_country(cells.clean_text(raw[self.country_index]))


    def problem(self, row: RowPlan, target: str | None, reason: str) -> None:
        header = self.header_of.get(target or "") if target else None
        if header is None and target in ("value_minor", "pipeline"):
            header = self.header_of.get("value" if target == "value_minor" else "stage")
        if header is None and target == self.required:  # no Name column: its parts' columns
            header = " / ".join(self.header_of[p] for p in PARTS_OF[self.entity].get(
                target, ()) if p in self.header_of) or None
        row.problems.append(ImportProblem(row.row, header, reason))
        row.action = "error"


    def mapped_cells(self, raw: Sequence[Any]) -> dict[str, Any]:
        """The row's cells for each mapped field; blank text is None; lists as (header,
        item) pairs; columns kept in the notes as "Header: text" lines."""
        width = len(raw)
        found: dict[str, Any]
        if self.single_cells is not None and width >= self.single_reach:
            # every single column within the row (the common case): taken at C speed
            spaces = cells.SPACES
            found = {target: (value.strip(spaces) or None) if value.__class__ is str
                     else value for target, value in zip(self.single_targets,
                                                         self.single_cells(raw), strict=True)}
        else:
            found = {}
            for target, index in self.single:
                value = raw[index] if index < width else None
                if value.__class__ is str:
                    value = value.strip(cells.SPACES) or None
                found[target] = value
        standing: set[int] = set()
        for target, indices in self.stand_ins.items():
            if found.get(target) is None:
                filled = next((i for i in indices if i < width
                               and not cells.is_blank(raw[i])), None)
                if filled is not None:
                    found[target] = raw[filled]
                    standing.add(filled)
        headers = self.plan.headers
        for target, indices in self.lists:
            found[target] = tuple((headers[i], item) for i in indices
                                  if i < width and not cells.is_blank(raw[i])
                                  for item in cells.split_list(raw[i]))
        if self.note_columns:
            # one line each (a multi-line address reads as one): notes compare line by line
            # (Outlook's "Priority: Normal" is its blank: tracker.catalogue.placeholders)
            blanks = self.note_placeholders
            found["note"] = tuple(f"{headers[i]}: {cells.one_line(raw[i])}"
                                  for i in self.note_columns
                                  if i < width and i not in standing
                                  and not cells.is_blank(raw[i]) and not (
                                      i in blanks and fold(cells.clean_text(raw[i]))
                                      in blanks[i]))
        return found


    def _blank_results(self) -> dict[str, tuple[tuple[str, Any], ...]]:
        """What each converter makes of a blank cell, where that is the same for every row
        and touches nothing else (no warning, no note, nothing on the row or the plan): a
        blank cell then costs a lookup, not a conversion (a deals sheet is half blank)."""
        found: dict[str, tuple[tuple[str, Any], ...]] = {}
        for target, _ in self.single:  # (a list column is never None: its items, or ())
            convert = self.converters[target]
            if convert is None:  # plain text: a blank cell is ""
                found[target] = ((target, stripped_text(None)),)
                continue
            probe, fresh = RowPlan(0, "create"), RowPlan(0, "create")
            unknown = copy.deepcopy(self.plan.unknown_values)
            result: dict[str, Any] = {}
            try:
                convert(probe, target, None, result)
            except ValidationError:
                continue
            finally:
                touched = self.plan.unknown_values != unknown
                self.plan.unknown_values = unknown  # the probe is no row of the file
            if probe == fresh and not touched and all(
                    v.__class__ in (str, type(None)) for v in result.values()):
                found[target] = tuple(result.items())
        return found


    def _values(self, row: RowPlan, found: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        convert = self.converters
        blank = self.blank_results
        for target, value in found.items():
            if value is None and target in blank:
                made = blank[target]
                if len(made) == 1:
                    result[made[0][0]] = made[0][1]
                else:
                    result.update(made)
                continue
            converter = convert[target]
            if converter is None:  # plain text: the stripped cell is the value
                result[target] = value if value.__class__ is str else stripped_text(value)
                continue
            try:
                converter(row, target, value, result)
            except ValidationError as error:
                self.keep(row, self.header_of.get(target), cells.clean_text(value),
                          error.problems[0].message)
        required = result.get(self.required)
        if isinstance(required, str) and cells.garbled(required):
            self.problem(row, self.required, say(m.GARBLED_TEXT, value=required))
        self.identified = any(map(result.get, self.identifying))
        # (asked only of a row that names nothing to know it by)
        self.substantive = self.identified or any(
            v not in (None, "", [], ()) for k, v in result.items() if k != "note")
        self.external = result.get("external_id")
        self._compose(row, result)
        return result


    def _compose(self, row: RowPlan, result: dict[str, Any]) -> None:
        """Fields made of several columns: a name from its parts, a status from yes/no
        columns or a closing stage, an amount's currency from the file."""
        parts = [p for p in PARTS_OF[self.entity].get("name", ()) if result.get(p)]
        if parts:
            _compose_name(result)
        extension = result.get("phone_extension")
        if extension and result.get("phones"):
            extension = cells.clean_text(extension)
            if extension.isdigit():
                _with_extension(result, extension)
        for part in PART_FIELDS:
            if part in result:
                del result[part]
        if self.entity == "opportunity":
            self.links.contact_details(row, result)
        elif "organization_phones" in result:
            self.links.company_phones(row, result)
        won, closed = result.pop("is_won", None), result.pop("is_closed", None)
        stage_status = result.pop("stage_status", None)
        result.pop("pipeline", None)
        if self.entity == "opportunity" and not result.get("status"):
            if closed is not None:
                result["status"] = ("won" if won else "lost") if closed else "open"
            elif won:
                result["status"] = "won"
            elif stage_status:
                result["status"] = stage_status
        if result.get("status") in ("won", "lost") and not result.get("closed_on"):
            result["closed_on"] = result.get("expected_close")  # the close date it had
        self._named_currency(row, result)
        if result.get("value") and not result.get("currency"):
            if self.money.currency:
                result["currency"] = self.money.currency
            else:  # an amount the file gives no currency for (the question was not asked)
                self.keep(row, self.header_of.get("value"), str(result.pop("value")),
                          say(m.AMOUNT_WITHOUT_CURRENCY))
        external = result.pop("external_id", None)
        if external:
            result["external_ids"] = [f"{self.plan.system}:{external}"]
        link_key = result.pop("organization_id", None)
        if link_key and not result.get("organization"):
            found = self.links.by_external_id(link_key)
            if found is not None:
                result["organization"] = found
            else:  # the organization is not in Beacon (import its file first)
                row.kept.append(f"{self.header_of['organization_id']}: {link_key}")
        elif link_key:  # named as well: its id is kept, not dropped
            row.kept.append(f"{self.header_of['organization_id']}: {link_key}")
        notes = result.pop("note", ())
        if notes:
            row.kept.extend(line for line in notes if line not in row.kept)


    def _named_currency(self, row: RowPlan, result: dict[str, Any]) -> None:
        """An amount naming its own currency ($1.2M, ¥3000) that the row's currency column or
        the column's header contradicts is not guessed at: kept in the notes, flagged."""
        named = result.pop("value_currency", None)
        if named is None or not result.get("value"):
            return
        code, text = named
        header = self.money.currency if "header" in self.money.currency_from else None
        said = result.get("currency") or header
        if said and said != code:
            result.pop("value")
            self.keep(row, self.header_of.get("value"), text,
                      say(m.CURRENCY_DISAGREES, value=text, currency=said))
        else:
            result["currency"] = code

    def _with_notes(self, row: RowPlan, values: dict[str, Any],
                    current: str = "") -> dict[str, Any]:
        """The values with the row's kept lines added to its notes (lines the notes already
        hold are not added twice: a re-import changes nothing; nor is "Header: value" when
        the notes hold that value as a line of its own)."""
        if not row.kept:
            return values
        base = values.get("notes")
        text = str(base) if base else current
        lines = set(text.splitlines())
        missing = [line for line in row.kept if line not in lines
                   and (line.partition(": ")[2] or line) not in lines]
        if not missing:
            return values
        return {**values, "notes": "\n".join([text, *missing]).strip()}


    def _validate_new(self, row: RowPlan, values: dict[str, Any]) -> None:
        given_too = self.options.new_values
        values = {**given_too, **values} if given_too else dict(values)
        # The row's ids in other systems were looked up for the whole file (no record holds
        # them): checked here as text only, not once more a row against the database.
        external = values.pop("external_ids", None)
        links = LINKS[self.entity]
        for _ in range(MAX_RETRIES):
            given = self._with_notes(row, values)
            fields = self.service_fields
            kept = given if given.keys() <= fields else {
                k: v for k, v in given.items() if k in fields}
            # a record this batch makes: no id to check yet (validate copies what it gets)
            checked = kept
            for name in links:
                if kept.get(name).__class__ is NewLink:
                    if checked is kept:
                        checked = kept.copy()
                    del checked[name]
            try:
                row.clean = validate(self.spec, checked, None)
            except ValidationError as error:
                if not self._drop_bad(row, values, error):
                    return
                continue
            row.values = kept
            if external:
                try:
                    ids = self.spec.virtual["external_ids"].normalize("external_ids", external)
                except ValidationError as error:
                    self.keep(row, self.header_of.get("external_id"), ", ".join(external),
                              error.problems[0].message)
                else:
                    row.clean["external_ids"] = row.values["external_ids"] = ids
            return


    def _drop_bad(self, row: RowPlan, values: dict[str, Any], error: ValidationError) -> bool:
        """Leave out each value validation refused, keeping its text in the notes; False
        (and the row in error) when a required value is missing or wrong."""
        for problem in error.problems:
            name = {"value_minor": "value", "phone": "phones",
                    "email": "emails"}.get(problem.field, problem.field)
            if name in self.spec.required or name not in values:
                self.problem(row, problem.field, problem.message)
                return False
            dropped = values.pop(name)
            if name == "value":
                values.pop("currency", None)
            header = self.header_of.get(name) or self.header_of.get(
                "value" if name == "currency" else "")
            text = cells.clean_text(dropped) if not isinstance(dropped, list) else ", ".join(
                map(str, dropped))
            self.keep(row, header, text, problem.message)
        return True


    def _people_only(self, found: dict[str, Any]) -> list[str]:
        """A company row's cells in columns organizations have no field for (its email,
        phone, parent company), as "Header: value" lines kept in the organization's notes."""
        assert self.companies is not None
        used = {self.plan.headers[i] for indices in self.companies.columns.values()
                for i in indices}
        lines: list[str] = []
        for target, value in found.items():
            if value is None or value == ():
                continue
            if target == "note":
                lines.extend(line for line in value if line.split(": ", 1)[0] not in used)
                continue
            if self.header_of[target] in used:
                continue
            if isinstance(value, tuple):
                text = ", ".join(cells.clean_text(item) for _, item in value)
            else:
                text = cells.clean_text(value)
            if text:
                lines.append(f"{self.header_of[target]}: {text}")
        return lines


    def _diff_updates(self, pending: list[RowPlan]) -> None:
        model = self.spec.model
        ids = [r.record_id for r in pending]
        current: dict[int, Record] = {}
        for start in range(0, len(ids), 900):
            for record in model.select().where(model.id.in_(ids[start:start + 900])):
                current[record.id] = record
        if self.entity == "contact":
            remember_contact_children([i for i in ids if i is not None])
        self.held_ids = held_ids(self.entity, [i for i in ids if i is not None])
        for row in pending:
            self._diff(row, current[row.record_id])  # type: ignore[index]


    def _diff(self, row: RowPlan, record: Record) -> None:
        values = self.links.keep_current_links(row, record)
        if values.get("external_ids"):  # ids in other systems are added, never replaced
            held = self.held_ids.get(record.id, [])
            new = [i for i in values["external_ids"] if i not in held]
            if new:
                values["external_ids"] = held + new
            else:
                values.pop("external_ids")  # nothing to change (nor to check)
        for _ in range(MAX_RETRIES):
            links = {k for k, v in values.items() if isinstance(v, NewLink)}
            given = self._with_notes(row, values, record.notes or "")
            try:
                clean = validate(self.spec, {k: v for k, v in given.items()
                                             if k not in links and k in self.service_fields},
                                 record)
            except ValidationError as error:
                if not self._drop_bad(row, values, error):
                    return
                continue
            break
        else:
            return
        changes: dict[str, tuple[Any, Any]] = {}
        for name, value in clean.items():
            old = to_json_value(current_value(self.spec, record, name))
            new = to_json_value(value)
            if name == "tags" and sorted(old or []) == sorted(new or []):
                continue  # kept in Beacon's order
            if old != new and name != "stage_entered_at":
                changes[name] = (old, new)
        for name in links:
            changes[name] = (to_json_value(current_value(self.spec, record, name)),
                             f"new {values[name].entity}")
        if row.version is not None and row.version != record.version and changes:
            self.problem(row, "version", say(m.EXPORT_AGAIN, version=record.version,
                                             file_version=row.version))
            return
        row.version = record.version
        row.changes = changes
        row.values = {k: v for k, v in given.items() if k in self.service_fields}
        row.action = "update" if changes else "unchanged"



def _with_extension(result: dict[str, Any], extension: str) -> None:
    """An extension column (分机 8021) belongs to the office number, not a mobile: a shared
    switchboard with each person's extension is each person's own number."""
    phones = list(result["phones"])
    for index, phone in enumerate(phones):
        if ";ext=" not in phone and not phone.startswith(("+861", "+1")):
            phones[index] = f"{phone};ext={extension}"
            result["phones"] = list(dict.fromkeys(phones))
            return


def _compose_name(result: dict[str, Any]) -> None:
    """A name from its parts: given + middle + family name, or 姓 + 名 without a space;
    an English name beside a Chinese one makes the name, the Chinese one its name_zh."""
    english = result.get("name_en")
    first, middle, last = (result.get(k) or "" for k in ("first_name", "middle_name",
                                                         "last_name"))
    if not result.get("name") and (first or last):
        if has_cjk(first + last):
            result["name"] = f"{last}{first}"
        else:
            result["name"] = " ".join(p for p in (first, middle, last) if p)
    if english:
        name = result.get("name") or ""
        if name and has_cjk(name) and not result.get("name_zh"):
            result["name_zh"] = name
        if not name or has_cjk(name):
            result["name"] = english


