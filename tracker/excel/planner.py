"""The dry run, row by row: what each row would create, change or leave, and why.

A row lands whenever it names its record: a value Beacon cannot use (a mistyped email,
a foreign phone without its country code, an unknown stage) is left out, its text kept
in the record's notes and a warning names the row and column. Rows that are not
records (a second header row, a hint row, a row number alone) are skipped with their
reason. Nothing is written here; tracker.excel.batches applies the plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tracker import messages as m
from tracker.catalogue.fields import find_field
from tracker.catalogue.headers import read_header
from tracker.chinese import has_cjk
from tracker.errors import ImportProblem, ValidationError
from tracker.excel import values as cells
from tracker.excel.amounts import MoneyColumns
from tracker.excel.converters import DATE_FIELDS, LIST_FIELDS, PART_FIELDS, converters
from tracker.excel.headers import KIND_FIELD, PARTS_OF, fold_header, importable_fields
from tracker.excel.matching import ContactIndex, Match, OpportunityIndex
from tracker.excel.phones import region_of_country
from tracker.excel.plan import LINKS, ImportOptions, ImportPlan, NewLink, Progress, RowPlan
from tracker.excel.reading import Sheet
from tracker.excel.skipping import FIRST_ROWS, is_header_again, is_hint_row
from tracker.excel.stages import StageFinder
from tracker.messages import say
from tracker.models import Record
from tracker.services.entities import known_currencies, remember_contact_children
from tracker.services.records import current_value, spec_for, to_json_value, validate

# Fields that tell which record a row is about: a row with none of them and no required
# value is a template's defaults or an empty form, not a record.
IDENTIFYING = {"name", "title", "first_name", "last_name", "middle_name", "name_en", "name_zh",
               "organization", "emails", "phones", "wechat_id", "uid", "external_id"}
MAX_RETRIES = 8


class Planner:
    def __init__(self, plan: ImportPlan, options: ImportOptions, sheet: Sheet,
                 money: MoneyColumns, stages: StageFinder, entity: str | None = None,
                 mapping: dict[str, str | None] | None = None) -> None:
        from tracker.excel.links import Links

        self.plan = plan
        self.options = options
        self.entity = entity or plan.entity
        self.spec = spec_for(self.entity)
        self.stages = stages
        self.money = money
        self.unit = money.unit
        self.rows = sheet.rows[plan.header_row + 1:]
        self.columns: dict[str, list[int]] = {}
        for index, header in enumerate(plan.headers):
            target = (mapping or plan.mapping).get(header)
            if target and find_field(self.entity, target) is not None:
                self.columns.setdefault(target, []).append(index)
        # People and companies in one file: company rows are planned as organizations.
        kind = self.columns.pop(KIND_FIELD, None)
        self.kind_index = kind[0] if kind and self.entity == "contact" else None
        self.companies = (Planner(plan, options, sheet, money, stages, "organization",
                                  _company_mapping(plan.headers, plan.mapping))
                          if self.kind_index is not None else None)
        self.header_of = {f: plan.headers[i[0]] for f, i in self.columns.items()}
        self.day_first = {f: cells.day_first_for(r[i[0]] for r in self.rows if len(r) > i[0])
                          for f, i in self.columns.items() if f in DATE_FIELDS}
        many = {f for f in self.columns if f in LIST_FIELDS or f == "note"}
        # the pipeline before the stage: it says which pipeline's stages a name is read in
        order = sorted(self.columns, key=lambda f: f != "pipeline")
        self.single = [(f, self.columns[f][0]) for f in order if f not in many]
        self.lists = [(f, self.columns[f]) for f in order if f in many and f != "note"]
        self.note_columns = self.columns.get("note", [])
        self.country_index = next((i for i, h in enumerate(plan.headers)
                                   if fold_header(h) in ("country", "countryregion", "国家")),
                                  None)
        self.header_cells = sheet.rows[plan.header_row]
        # A template's headers carry required marks (客户名称(必填)): the rows right under
        # them may be its example or defaults.
        self.template_headers = any(read_header(h).required for h in plan.headers)
        self.first_index = min((i[0] for i in self.columns.values()), default=0)
        self.links = Links(self)
        self.contacts = ContactIndex.load() if self.entity == "contact" or (
            "primary_contact" in self.columns) else ContactIndex()
        self.organizations = self.links.organizations
        self.opportunities = OpportunityIndex.load() if self.entity == "opportunity" else None
        self.by_uid = {uid: (rid, version, deleted) for uid, rid, version, deleted in
                       self.spec.model.select(self.spec.model.uid, self.spec.model.id,
                                              self.spec.model.version,
                                              self.spec.model.deleted_at).tuples()
                       } if "uid" in self.columns else {}
        self.claimed: dict[Any, int] = {}  # record id or new key -> first row
        self.seen_rows: dict[tuple[Any, ...], int] = {}
        self.header_key = tuple(fold_header(h) for h in plan.headers)
        self.service_fields = (set(self.spec.fields) | set(self.spec.virtual)
                               | {"value", "currency"})
        self.required = self.spec.required[0]
        self.converters = converters(self, {**{f: True for f, _ in self.single},
                                            **{f: False for f, _ in self.lists},
                                            **({"note": False} if self.note_columns else {})},
                                     LINKS[self.entity], set(known_currencies()))

    # --- what converters and links report ------------------------------------------------

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
        row.problems.append(ImportProblem(row.row, header, reason))
        row.action = "error"

    # --- rows ------------------------------------------------------------------------------

    def run(self, progress: Progress | None) -> None:
        total = len(self.rows)
        pending: list[RowPlan] = []
        for offset, raw in enumerate(self.rows):
            number = (self.plan.header_row + offset + 2 if self.options.first_row_number is None
                      else self.options.first_row_number + offset)
            row = self.plan_row(number, raw, offset)
            if row is not None:
                self.plan.rows.append(row)
                if row.action == "update":
                    pending.append(row)
            if progress is not None and offset % 2000 == 0:
                progress(offset, total)
        self._diff_updates([r for r in pending if not r.entity])
        if self.companies is not None:
            self.companies._diff_updates([r for r in pending if r.entity])

    def mapped_cells(self, raw: Sequence[Any]) -> dict[str, Any]:
        """The row's cells for each mapped field; blank text is None; lists as (header,
        item) pairs; columns kept in the notes as "Header: text" lines."""
        width = len(raw)
        found: dict[str, Any] = {}
        for target, index in self.single:
            value = raw[index] if index < width else None
            if value.__class__ is str:
                value = value.strip(cells.SPACES) or None
            found[target] = value
        headers = self.plan.headers
        for target, indices in self.lists:
            found[target] = tuple((headers[i], item) for i in indices
                                  if i < width and not cells.is_blank(raw[i])
                                  for item in cells.split_list(raw[i]))
        if self.note_columns:
            found["note"] = tuple(f"{headers[i]}: {cells.clean_text(raw[i])}"
                                  for i in self.note_columns
                                  if i < width and not cells.is_blank(raw[i]))
        return found

    def plan_row(self, number: int, raw: list[Any], offset: int = FIRST_ROWS,
                 extras: Sequence[str] = ()) -> RowPlan | None:
        """One row's plan (None: a blank row). `extras`: lines for the notes (a company row's
        cells that organizations have no field for)."""
        found = self.mapped_cells(raw)
        mapped = tuple(found.values())
        if all(v is None or v == () for v in mapped):
            if any(not cells.is_blank(c) for c in raw):  # a 序号 counter, a month name
                filled = [self.plan.headers[i] for i, c in enumerate(raw)
                          if not cells.is_blank(c) and i < len(self.plan.headers)]
                return RowPlan(number, "skip", note=say(m.NOTHING_TO_IMPORT,
                                                        columns=", ".join(filled[:3])))
            self.plan.blank_rows += 1
            return None
        if self._is_header(raw):
            return RowPlan(number, "skip", note=say(m.REPEATED_HEADER))
        template = offset < FIRST_ROWS and self.options.template_rows
        if template and is_header_again(raw, self.header_cells):
            return RowPlan(number, "skip", note=say(m.REPEATED_HEADER_AGAIN))
        if template and is_hint_row(raw):
            return RowPlan(number, "skip", note=say(m.HINT_ROW))
        if self.companies is not None and self.kind_index is not None and cells.says_company(
                raw[self.kind_index] if self.kind_index < len(raw) else None):
            return self.companies.plan_row(number, raw, offset, self._people_only(found))
        if mapped in self.seen_rows:
            return RowPlan(number, "skip", note=say(m.SAME_AS_ROW, row=self.seen_rows[mapped]))
        self.seen_rows[mapped] = number
        row = RowPlan(number, "create", kept=list(extras))
        if self.entity != self.plan.entity:
            row.entity = self.entity  # a company row of a people file
        self._raw = raw
        values = self._values(row, found)
        if not values.get(self.required) and not row.uid and not self.identified and (
                not self.substantive or (template and self.template_headers)):
            # notes alone (a legend under the table), or a template's defaults row
            return RowPlan(number, "skip", note=say(m.NOTHING_TO_KNOW_IT_BY))
        has_uid = bool(row.uid)
        match = self._match(row, values)
        row.suggestions.extend(match.suggestions)
        if row.action == "error":
            return row
        if match.record_id is not None:
            first = self.claimed.get(match.record_id)
            if first is not None:
                self.problem(row, None, say(m.SAME_RECORD_AS_ROW, row=first))
                return row
            self.claimed[match.record_id] = number
            row.record_id, row.matched_by = match.record_id, match.by
            if self.plan.mode == "create":
                row.action, row.note = "skip", say(m.ALREADY_IN_BEACON, key=match.by)
                return row
            row.action = "update"
            if not has_uid:  # a file from elsewhere: an empty cell does not erase
                values = {k: v for k, v in values.items() if v not in (None, "", [])}
            row.values = values
            return row
        if self.plan.mode == "update":
            row.action, row.note = "skip", say(m.NO_MATCH)
            return row
        key = self._create_key(values)
        if key is not None and key in self.claimed:
            row.action, row.note = "skip", say(m.SAME_AS_ROW, row=self.claimed[key])
            return row
        if key is not None:
            self.claimed[key] = number
        self._validate_new(row, values)
        if row.entity and row.action == "create":  # its people rows link to what it makes
            self.plan.row_links.setdefault(self.links.new_link(row.clean["name"]), number)
        return row

    def _values(self, row: RowPlan, found: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        convert = self.converters
        for target, value in found.items():
            try:
                convert[target](row, target, value, result)
            except ValidationError as error:
                self.keep(row, self.header_of.get(target), cells.clean_text(value),
                          error.problems[0].message)
        self.identified = any(result.get(k) for k in IDENTIFYING)
        self.substantive = any(v not in (None, "", [], ()) for k, v in result.items()
                               if k != "note")
        self.external = result.get("external_id")
        self._compose(row, result)
        return result

    def _compose(self, row: RowPlan, result: dict[str, Any]) -> None:
        """Fields made of several columns: a name from its parts, a status from yes/no
        columns or a closing stage, an amount's currency from the file."""
        parts = [p for p in PARTS_OF[self.entity].get("name", ()) if result.get(p)]
        if parts:
            _compose_name(result)
        for part in PART_FIELDS:
            result.pop(part, None)
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
        if result.get("value") and not result.get("currency"):
            if self.money.currency:
                result["currency"] = self.money.currency
            else:  # an amount the file gives no currency for (the question was not asked)
                self.keep(row, self.header_of.get("value"), str(result.pop("value")),
                          say(m.AMOUNT_WITHOUT_CURRENCY))
        external = result.pop("external_id", None)
        if external:
            row.kept.append(f"{self.header_of['external_id']}: {external}")
        link_key = result.pop("organization_id", None)
        if link_key and not result.get("organization"):
            row.kept.append(f"{self.header_of['organization_id']}: {link_key}")
        notes = result.pop("note", ())
        if notes:
            row.kept.extend(line for line in notes if line not in row.kept)

    def _with_notes(self, row: RowPlan, values: dict[str, Any],
                    current: str = "") -> dict[str, Any]:
        """The values with the row's kept lines added to its notes (lines the notes already
        hold are not added twice: a re-import changes nothing)."""
        if not row.kept:
            return values
        base = values.get("notes")
        text = str(base) if base else current
        missing = [line for line in row.kept if line not in text.splitlines()]
        if not missing:
            return values
        return {**values, "notes": "\n".join([text, *missing]).strip()}

    def _validate_new(self, row: RowPlan, values: dict[str, Any]) -> None:
        values = {**self.options.new_values, **values}
        for _ in range(MAX_RETRIES):
            links = {k for k in LINKS[self.entity] if isinstance(values.get(k), NewLink)}
            given = self._with_notes(row, values)
            try:
                row.clean = validate(self.spec, {k: v for k, v in given.items()
                                                 if k not in links and k in self.service_fields},
                                     None)
            except ValidationError as error:
                if not self._drop_bad(row, values, error):
                    return
                continue
            row.values = {k: v for k, v in given.items() if k in self.service_fields}
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

    def _is_header(self, raw: list[Any]) -> bool:
        first = self.first_index
        if first >= len(raw) or first >= len(self.header_cells) or (
                raw[first] != self.header_cells[first]):
            return False
        return tuple(fold_header(c) for c in raw[:len(self.header_key)]) == self.header_key

    def _create_key(self, values: dict[str, Any]) -> Any:
        """Rows of one file that are the same record: the same id in the other system, else
        an organization's name written the same way or a person's first email."""
        if self.external:
            return ("id", self.entity, self.external)
        if self.entity == "organization":
            return self.links.new_key(values.get("name") or "") if values.get("name") else None
        if self.entity == "contact":
            emails = values.get("emails") or []
            return ("email", emails[0].lower()) if emails else None
        return None

    # --- people and companies in one file ---------------------------------------------------

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

    # --- links and matching -------------------------------------------------------------------

    def _link(self, row: RowPlan, target: str, text: str) -> int | NewLink | None:
        return self.links.link(row, target, text)

    def _match(self, row: RowPlan, values: dict[str, Any]) -> Match:
        if row.uid:
            found = self.by_uid.get(row.uid)
            if found is None:
                return Match(None)  # from another Beacon: created with this ID
            record_id, version, deleted = found
            if deleted is not None:
                self.problem(row, "uid", say(m.DELETED_IN_BEACON))
                return Match(None)
            if row.version is not None and row.version != version:
                row.note = say(m.EDITED_SINCE_EXPORT, version=version, file_version=row.version)
            return Match(record_id, "Beacon ID")
        if self.entity == "organization":
            return self.organizations.find(values.get("name") or "")
        if self.entity == "contact":
            match = self.contacts.find(values)
            if match.record_id is None and self.options.match_name_alone and not any(
                    values.get(k) for k in ("emails", "phones", "wechat_id")):
                same_name = self.contacts.find_name(values.get("name") or "")
                return Match(same_name, "name" if same_name else "")
            return match
        assert self.opportunities is not None
        org = values.get("organization")
        return self.opportunities.find(values.get("title") or "",
                                       org if isinstance(org, int) else None)

    # --- updates --------------------------------------------------------------------------------

    def _diff_updates(self, pending: list[RowPlan]) -> None:
        model = self.spec.model
        ids = [r.record_id for r in pending]
        current: dict[int, Record] = {}
        for start in range(0, len(ids), 900):
            for record in model.select().where(model.id.in_(ids[start:start + 900])):
                current[record.id] = record
        if self.entity == "contact":
            remember_contact_children([i for i in ids if i is not None])
        for row in pending:
            self._diff(row, current[row.record_id])  # type: ignore[index]

    def _diff(self, row: RowPlan, record: Record) -> None:
        values = self.links.keep_current_links(row, record)
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
            if old != to_json_value(value) and name != "stage_entered_at":
                changes[name] = (old, to_json_value(value))
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

    _raw: Sequence[Any] = ()
    identified = False  # the row being planned names something to know its record by
    substantive = False  # it fills a field, not only columns kept in the notes
    external: str | None = None  # the row's id in another system


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


def _company_mapping(headers: Sequence[str], mapping: dict[str, str | None]
                     ) -> dict[str, str | None]:
    """How a mixed file's company rows read as organizations: the people mapping's fields
    that organizations have too (as the user chose them), and organization-only columns
    (country, website) guessed from headers the people mapping leaves out."""
    from tracker.excel.headers import guess_mapping

    fields = set(importable_fields("organization"))
    guessed = guess_mapping(headers, "organization")
    result: dict[str, str | None] = {}
    for header in headers:
        chosen = mapping.get(header)
        if chosen in fields and chosen not in ("note", "external_id"):
            result[header] = chosen
        elif chosen in (None, "note") and guessed.get(header) not in (None, "note",
                                                                      *mapping.values()):
            result[header] = guessed[header]
        else:
            result[header] = None
    return result
