"""The dry run, row by row: what each row would create, change or leave, and why.

Three passes: each row's cells are read into values (tracker.excel.row_values; rows that
are not records are skipped with their reason); every row is then looked up at once
through tracker.identity (tracker.excel.matching); then each row, in file order, is
decided: update the record it is, create a new one, or skip it as the same record as an
earlier row. Nothing is written here; tracker.excel.batches applies the plan.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from tracker import messages as m
from tracker.catalogue.fields import find_field
from tracker.catalogue.headers import read_header
from tracker.catalogue.placeholders import placeholders_of
from tracker.errors import ImportProblem
from tracker.excel import values as cells
from tracker.excel.amounts import MoneyColumns
from tracker.excel.converters import DATE_FIELDS, LIST_FIELDS, converters
from tracker.excel.headers import KIND_FIELD, fold_header, importable_fields, stand_ins
from tracker.excel.links import Links
from tracker.excel.matching import Match, RowMatcher
from tracker.excel.phones import country_column
from tracker.excel.plan import LINKS, ImportOptions, ImportPlan, NewLink, Progress, RowPlan
from tracker.excel.reading import Sheet
from tracker.excel.row_values import IDENTIFYING, RowValues
from tracker.excel.skipping import (
    FIRST_ROWS,
    footer_start,
    is_header_again,
    is_hint_row,
    sheet_note,
    shortened,
    totals_word,
)
from tracker.excel.stages import StageFinder
from tracker.messages import say
from tracker.services.entities import known_currencies
from tracker.services.records import spec_for

ROW_KEY = "import-row"  # the system of a row's own key, when it has no other
ROW_KEY_ENTITIES = ("opportunity", "contact")  # organizations have their names
Pending = list[tuple[RowPlan, dict[str, Any]]]


class Planner(RowValues):
    def __init__(self, plan: ImportPlan, options: ImportOptions, sheet: Sheet,
                 money: MoneyColumns, stages: StageFinder, entity: str | None = None,
                 mapping: dict[str, str | None] | None = None) -> None:
        self.plan = plan
        self.options = options
        self.entity = entity or plan.entity
        self.spec = spec_for(self.entity)
        self.stages = stages
        self.money = money
        self.unit = money.unit
        at = plan.headers.index(money.value_header) if money.value_header in plan.headers else -1
        self.decimal_comma = at >= 0 and cells.decimal_comma_for(
            r[at] for r in sheet.rows[plan.header_row + 1:][:2000] if len(r) > at)
        self.rows = sheet.rows[plan.header_row + 1:]
        self.columns: dict[str, list[int]] = {}
        for index, header in enumerate(plan.headers):
            target = (mapping or plan.mapping).get(header)
            if target and find_field(self.entity, target) is not None:
                self.columns.setdefault(target, []).append(index)
        # People and companies in one file: company rows are planned as organizations.
        kind = self.columns.pop(KIND_FIELD, None)
        self.kind_index = kind[0] if kind and self.entity == "contact" else None
        self.sheet = sheet
        self.companies = self._company_rows() if self.kind_index is not None else None
        self.header_of = {f: plan.headers[i[0]] for f, i in self.columns.items()}
        self.day_first = {f: cells.day_first_for([r[i[0]] for r in self.rows if len(r) > i[0]])
                          for f, i in self.columns.items() if f in DATE_FIELDS}
        many = {f for f in self.columns if f in LIST_FIELDS or f == "note"}
        # the pipeline before the stage: it says which pipeline's stages a name is read in
        order = sorted(self.columns, key=lambda f: f != "pipeline")
        self.single = [(f, self.columns[f][0]) for f in order if f not in many]
        self.single_targets = tuple(f for f, _ in self.single)
        self.single_reach = max((i for _, i in self.single), default=-1) + 1
        self.single_cells = itemgetter(*(i for _, i in self.single)) if (
            len(self.single) > 1) else None
        self.lists = [(f, self.columns[f]) for f in order if f in many and f != "note"]
        self.note_columns = self.columns.get("note", [])
        self.stand_ins = stand_ins(plan.headers, self.columns, self.entity)
        self.note_placeholders = {i: found for i in self.note_columns
                                  if (found := placeholders_of(plan.headers[i]))}
        self.country_index = country_column(plan.headers, mapping or plan.mapping)
        self.header_cells = sheet.rows[plan.header_row]
        # the row length the file's rows have (a header row missing its last headers: all
        # of them longer); a row longer than that and the header row is warned about
        lengths = Counter(map(len, self.rows))
        usual = min(lengths, key=lambda n: (-lengths[n], n)) if lengths else 0
        self.header_width = max(len(self.header_cells), usual)
        self.footer_from = footer_start(self.rows)  # Salesforce's lines under a report
        self.formulas: dict[int, list[tuple[int, str]]] = {}  # sheet row -> unsaved formulas
        for (at, column), formula in sheet.formulas.items():
            self.formulas.setdefault(at + 1, []).append((column, formula))
        # A template's headers carry required marks (客户名称(必填)): the rows right under
        # them may be its example or defaults.
        self.template_headers = any(read_header(h).required for h in plan.headers)
        self.first_index = min((i[0] for i in self.columns.values()), default=0)
        self.replaced_rows = sheet.replaced_rows
        self.links = Links(self)
        self.matcher = RowMatcher(self.entity, plan.system, options.confirmed)
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
        self.identifying = (self.required, *sorted(IDENTIFYING - {self.required}))
        self.converters = converters(self, {**{f: True for f, _ in self.single},
                                            **{f: False for f, _ in self.lists},
                                            **({"note": False} if self.note_columns else {})},
                                     LINKS[self.entity], set(known_currencies()))
        self.blank_results = self._blank_results()

    # --- rows ------------------------------------------------------------------------------

    def run(self, progress: Progress | None) -> None:
        total = len(self.rows)
        pending: Pending = []
        companies: Pending = []
        for offset, raw in enumerate(self.rows):
            number = (self.plan.header_row + offset + 2 if self.options.first_row_number is None
                      else self.options.first_row_number + offset)
            row, values = self.read_row(number, raw, offset)
            if row is not None:
                self.plan.rows.append(row)
                if values is not None:
                    (companies if row.entity else pending).append((row, values))
            if progress is not None and offset % 2000 == 0:
                progress(offset, total)
        self.decide_all(pending)
        if self.companies is not None:
            self.companies.decide_all(companies)

    def _company_rows(self) -> Planner:
        """The planner of a people file's company rows (they become organizations)."""
        return Planner(self.plan, self.options, self.sheet, self.money, self.stages,
                       "organization", _company_mapping(self.plan.headers, self.plan.mapping))

    def decide_all(self, pending: Pending) -> None:
        # rows with a Beacon ID are that record (or a new one): nothing to look up for them
        self.matcher.prepare([(row.row, values) for row, values in pending if not row.uid])
        for row, values in pending:
            self.decide(row, values)
        self._diff_updates([row for row, _ in pending if row.action == "update"])

    def read_row(self, number: int, raw: list[Any], offset: int = FIRST_ROWS,
                 extras: Sequence[str] = ()) -> tuple[RowPlan | None, dict[str, Any] | None]:
        """The row's plan so far and its values (None: skipped already, or a blank row).
        `extras`: lines for the notes (a company row's cells organizations have no field
        for)."""
        found = self.mapped_cells(raw)
        mapped = tuple(found.values())
        first = mapped[0] if mapped else None  # (filled in most rows: the count not needed)
        if (first is None or first == ()) and (
                mapped.count(None) + mapped.count(()) == len(mapped)):  # nothing mapped
            if any(not cells.is_blank(c) for c in raw):  # a 序号 counter, a month name
                filled = [self.plan.headers[i] for i, c in enumerate(raw)
                          if not cells.is_blank(c) and i < len(self.plan.headers)]
                return RowPlan(number, "skip", note=say(m.NOTHING_TO_IMPORT,
                                                        columns=", ".join(filled[:3]))), None
            self.plan.blank_rows += 1
            return None, None
        if self._is_header(raw):
            return RowPlan(number, "skip", note=say(m.REPEATED_HEADER)), None
        template = offset < FIRST_ROWS and self.options.template_rows
        if template and is_header_again(raw, self.header_cells):
            return RowPlan(number, "skip", note=say(m.REPEATED_HEADER_AGAIN)), None
        if template and is_hint_row(raw):
            return RowPlan(number, "skip", note=say(m.HINT_ROW)), None
        if (word := totals_word(raw)) is not None:
            return RowPlan(number, "skip", note=say(m.TOTALS_ROW, word=word)), None
        if (text := sheet_note(raw)) is not None or offset >= self.footer_from:
            text = text or shortened(next(cells.clean_text(c) for c in raw
                                          if not cells.is_blank(c)))
            return RowPlan(number, "skip", note=say(m.SHEET_NOTE, text=text)), None
        if self.companies is not None and self.kind_index is not None and cells.says_company(
                raw[self.kind_index] if self.kind_index < len(raw) else None):
            company: tuple[RowPlan | None, dict[str, Any] | None] = self.companies.read_row(
                number, raw, offset, self._people_only(found))
            return company
        if self.entity == "contact" and self.plan.entity == "contact" and (
                _names_a_company(found)):
            if self.companies is None:
                self.companies = self._company_rows()
            named = f"{self.header_of['organization']}: {found['organization']}"
            entry: tuple[RowPlan | None, dict[str, Any] | None] = self.companies.read_row(
                number, raw, offset, [line for line in self._people_only(found) if line != named])
            return entry
        first = self.seen_rows.setdefault(mapped, number)
        if first != number and not any(  # "????" rows: lost text, not one record
                isinstance(v, str) and cells.garbled(v) for v in mapped):
            return RowPlan(number, "skip", note=say(m.SAME_AS_ROW, row=first)), None
        row = RowPlan(number, "create", kept=list(extras))
        for column, formula in self.formulas.get(number, ()):
            header = self.plan.headers[column] if column < len(self.plan.headers) else None
            if header and self.plan.mapping.get(header) and (
                    column >= len(raw) or cells.is_blank(raw[column])):
                self.keep(row, header, f"={formula}", say(m.FORMULA_NOT_SAVED))
        if len(raw) > self.header_width and any(
                not cells.is_blank(c) for c in raw[self.header_width:]):
            # a CSV row with more values than the header row: an unquoted comma moves
            # every value after it one column on (kept as read, and said)
            row.warnings.append(ImportProblem(number, None, say(
                m.ROW_LONGER_THAN_HEADER, count=len(raw), columns=len(self.header_cells))))
        if number in self.replaced_rows:
            row.warnings.append(ImportProblem(number, None, say(
                m.BAD_BYTES, encoding=self.plan.encoding or "UTF-8")))
        if self.entity != self.plan.entity:
            row.entity = self.entity  # a company row of a people file
        self._raw = raw
        values = self._values(row, found)
        if not values.get(self.required) and not row.uid and not self.identified and (
                not self.substantive or (template and self.template_headers)):
            # notes alone (a legend under the table), or a template's defaults row
            return RowPlan(number, "skip", note=say(m.NOTHING_TO_KNOW_IT_BY)), None
        if (self.entity in ROW_KEY_ENTITIES and not row.uid and not values.get("external_ids")
                and not any(values.get(k) for k in ("emails", "phones", "wechat_id"))):
            # the row's own key: the same row imported again is the record it made
            digest = hashlib.sha1(repr((self.entity, mapped)).encode()).hexdigest()[:20]
            values["external_ids"] = [f"{ROW_KEY}:{digest}"]
        return row, values

    def decide(self, row: RowPlan, values: dict[str, Any]) -> None:
        """Update the record the row is, create a new one, or skip it (create / update
        modes, an earlier row of the file that is the same record)."""
        number = row.row
        has_uid = bool(row.uid)
        match = self._match(row, values)
        row.suggestions.extend(match.suggestions)
        row.candidates.extend(match.candidates)
        if row.action == "error":
            return
        if match.record_id is not None:
            first = self.claimed.get(match.record_id)
            if first is not None:
                self.problem(row, None, say(m.SAME_RECORD_AS_ROW, row=first))
                return
            self.claimed[match.record_id] = number
            row.record_id, row.matched_by = match.record_id, match.by
            if match.by == "external_id" and _row_key_only(values):
                row.action, row.note = "unchanged", say(m.IMPORTED_BEFORE)
                return
            if self.plan.mode == "create":
                row.action, row.note = "skip", say(m.ALREADY_IN_BEACON, key=match.by)
                return
            row.action = "update"
            if not has_uid:  # a file from elsewhere: an empty cell does not erase
                values = {k: v for k, v in values.items() if v not in (None, "", [])}
            row.values = values
            return
        if self.plan.mode == "update":
            row.action, row.note = "skip", say(m.NO_MATCH)
            return
        same, why, suggestions = self.matcher.in_file(number, values)
        row.suggestions.extend(suggestions)
        if same is not None:
            row.action, row.note = "skip", say(m.SAME_RECORD_IN_FILE, row=same, reason=why)
            return
        if self.entity == "contact" and not values.get("name") and values.get("emails"):
            values["name"] = values["emails"][0]  # known by the email, as address books show it
        self._validate_new(row, values)
        if row.entity and row.action == "create":  # its people rows link to what it makes
            self.plan.row_links.setdefault(self.links.new_link(row.clean["name"]), number)

    def _is_header(self, raw: list[Any]) -> bool:
        first = self.first_index
        if first >= len(raw) or first >= len(self.header_cells) or (
                raw[first] != self.header_cells[first]):
            return False
        return tuple(fold_header(c) for c in raw[:len(self.header_key)]) == self.header_key

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
        return self.matcher.match(row.row, values)


def _row_key_only(values: dict[str, Any]) -> bool:
    """The row was found by its own key (the same row imported before): nothing to change,
    and a later edit in Beacon is not undone by importing the file again."""
    return any(str(i).startswith(f"{ROW_KEY}:") for i in values.get("external_ids") or [])


def _names_a_company(found: dict[str, Any]) -> bool:
    """An address book's entry for a company: an organization, not a person. Thunderbird's
    has Display Name and Organization both "Acer America" and no first or last name;
    Google's and Outlook's have only the company (Organization Name, a phone), no name
    at all and no email to know a person by (it was refused: "is required")."""
    name, organization = found.get("name"), found.get("organization")
    if not isinstance(organization, str) or any(found.get(p) for p in (
            "first_name", "middle_name", "last_name", "name_en", "name_zh")):
        return False
    if isinstance(name, str):
        return name.casefold() == organization.casefold()
    return not found.get("emails")


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
    if "name" not in result.values():  # an entry of only a company: its company column
        company = next((h for h in headers if mapping.get(h) == "organization"), None)
        if company is not None:
            result[company] = "name"
    return result
