"""Plan an import (the dry run): what each row would create, change or leave, and why a
row cannot be imported. Nothing is written here; `tracker.excel.batches` applies a plan
(`tracker.excel.plan` holds what a plan is made of).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from tracker import messages as m
from tracker.errors import ImportFileError, ImportProblem, ValidationError
from tracker.excel import values as cells
from tracker.excel.converters import DATE_FIELDS, converters
from tracker.excel.headers import (
    FIELDS,
    IMPORT_ENTITIES,
    KIND_FIELD,
    LIST_FIELDS,
    REQUIRED_FIELDS,
    export_header,
    find_header_row,
    fold_header,
    guess_entity,
    guess_mapping,
    header_names,
    importable_fields,
    mapping_for,
)
from tracker.excel.matching import (
    ContactIndex,
    Match,
    OpportunityIndex,
    OrganizationIndex,
    text_key,
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
from tracker.excel.reading import Sheet, column_name, open_workbook, read_sheet
from tracker.messages import say
from tracker.models import Contact, Organization, Pipeline, Record, Stage
from tracker.names import name_key
from tracker.services import money
from tracker.services.entities import (
    remember_contact_children,
    remember_existing,
    remembered_lookups,
)
from tracker.services.records import current_value, spec_for, to_json_value, validate

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


def load_sheet(path: Path | str, sheet: str | None = None,
               entity: str | None = None) -> tuple[str, Sheet]:
    book = open_workbook(path)
    return book.file_hash, read_sheet(book, sheet or default_sheet(book.sheet_names, entity))


def plan_import(path: Path | str, options: ImportOptions,
                progress: Progress | None = None) -> ImportPlan:
    path = Path(path)
    if options.mode not in MODES:
        raise ImportFileError(path.name, f"unknown mode {options.mode!r} ({', '.join(MODES)})")
    with collector_paused():
        return _plan(path, options, progress)


def _plan(path: Path, options: ImportOptions, progress: Progress | None) -> ImportPlan:
    digest, sheet = load_sheet(path, options.sheet, options.entity)
    return plan_sheet(path, digest, sheet, options, progress)


def plan_sheet(path: Path, digest: str, sheet: Sheet, options: ImportOptions,
               progress: Progress | None = None) -> ImportPlan:
    """Plan rows already read (from a workbook, or made from another format such as vCard)."""
    if not any(any(not cells.is_blank(c) for c in row) for row in sheet.rows):
        raise ImportFileError(path.name, say(m.EMPTY_SHEET), sheet=sheet.name)
    header_row = options.header_row if options.header_row is not None else (
        find_header_row(sheet.rows))
    headers = header_names(sheet.rows[header_row])
    entity = options.entity or next(
        (e for e, title in BEACON_SHEETS.items() if title == sheet.name), None) or (
        guess_entity(headers, sheet.rows[header_row + 1:header_row + 501]))
    if entity not in IMPORT_ENTITIES:
        raise ImportFileError(path.name, f"Beacon imports {', '.join(IMPORT_ENTITIES)}; "
                                         f"not {entity}")
    mapping = mapping_for(headers, entity, sheet.rows[header_row + 1:header_row + 501])
    if options.mapping:
        unknown = [h for h in options.mapping if h not in mapping]
        if unknown:
            raise ImportFileError(path.name, f"no column headed {unknown[0]!r} (columns: "
                                             f"{', '.join(headers)})", sheet=sheet.name)
        allowed = set(importable_fields(entity))
        wrong = [t for t in options.mapping.values() if t is not None and t not in allowed]
        if wrong:
            raise ImportFileError(path.name, f"{wrong[0]!r} is not a field of {entity} "
                                             f"(fields: {', '.join(sorted(allowed))})")
        mapping.update(options.mapping)
    required = REQUIRED_FIELDS[entity]
    # Either name alone makes a contact or organization (tracker.identity completes the other).
    names = {required, "name_zh"} if entity in ("contact", "organization") else {required}
    if not names & set(mapping.values()) and not (
            options.mode == "update" and "uid" in mapping.values()):
        raise ImportFileError(
            path.name, f"no column is mapped to {export_header(entity, required)!r}, which "
                       f"every {entity} needs; map one with --map \"HEADER={required}\"",
            sheet=sheet.name)
    plan = ImportPlan(path, digest, sheet.name, entity, options.mode, header_row, headers,
                      mapping, [], sheet.rows)
    plan.source = options.source
    with remembered_lookups():
        _Planner(plan, options, sheet).run(progress)
    return plan


class _Planner:
    def __init__(self, plan: ImportPlan, options: ImportOptions, sheet: Sheet,
                 entity: str | None = None, mapping: dict[str, str | None] | None = None
                 ) -> None:
        self.plan = plan
        self.options = options
        self.entity = entity or plan.entity
        self.spec = spec_for(self.entity)
        self.rows = sheet.rows[plan.header_row + 1:]
        self.columns: dict[str, list[int]] = {}
        for index, header in enumerate(plan.headers):
            target = (mapping or plan.mapping).get(header)
            if target:
                self.columns.setdefault(target, []).append(index)
        # People and companies in one file: company rows are planned as organizations.
        kind = self.columns.pop(KIND_FIELD, None)
        self.kind_index = kind[0] if kind and self.entity == "contact" else None
        self.companies = (_Planner(plan, options, sheet, "organization",
                                  _company_mapping(plan.headers, plan.mapping))
                          if self.kind_index is not None else None)
        self.file_companies = self._file_companies()
        self.header_of = {f: plan.headers[i[0]] for f, i in self.columns.items()}
        self.day_first = {f: cells.day_first_for(r[i[0]] for r in self.rows if len(r) > i[0])
                          for f, i in self.columns.items() if f in DATE_FIELDS}
        self.single = [(f, i[0]) for f, i in self.columns.items()
                       if len(i) == 1 and f not in LIST_FIELDS]
        self.several = [(f, i) for f, i in self.columns.items()
                        if len(i) > 1 or f in LIST_FIELDS]
        self.header_cells = sheet.rows[plan.header_row]
        self.first_index = min((i[0] for i in self.columns.values()), default=0)
        self.organizations = OrganizationIndex.load()
        self.contacts = ContactIndex.load() if self.entity == "contact" or (
            "primary_contact" in self.columns) else ContactIndex()
        self.opportunities = OpportunityIndex.load() if self.entity == "opportunity" else None
        self.by_uid = {uid: (rid, version, deleted) for uid, rid, version, deleted in
                       self.spec.model.select(self.spec.model.uid, self.spec.model.id,
                                              self.spec.model.version,
                                              self.spec.model.deleted_at).tuples()
                       } if "uid" in self.columns else {}
        self.stages = _stage_names()
        self.base_currency = money.base_currency()
        self.claimed: dict[Any, int] = {}  # record id or new key -> first row
        self.seen_rows: dict[tuple[Any, ...], int] = {}
        self.header_key = tuple(fold_header(h) for h in plan.headers)
        self.link_text: dict[tuple[int, str], str] = {}
        self.links_found: dict[tuple[str, str], tuple[int | NewLink | None, list[str],
                                                       str]] = {}
        self.converters = converters(self, {**{f: True for f, _ in self.single},
                                            **{f: False for f, _ in self.several}},
                                     LINKS[self.entity])

    def run(self, progress: Progress | None) -> None:
        total = len(self.rows)
        pending: list[RowPlan] = []
        for offset, raw in enumerate(self.rows):
            number = (self.plan.header_row + offset + 2 if self.options.first_row_number is None
                      else self.options.first_row_number + offset)
            row = self._plan_row(number, raw)
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
        """The row's cells for each mapped field; blank text is None; lists combined."""
        width = len(raw)
        found: dict[str, Any] = {}
        for target, index in self.single:
            value = raw[index] if index < width else None
            if value.__class__ is str:
                value = value.strip(cells.SPACES) or None
            found[target] = value
        for target, indices in self.several:
            present = [raw[i] for i in indices if i < width and not cells.is_blank(raw[i])]
            if target in LIST_FIELDS:
                found[target] = tuple(item for value in present
                                      for item in cells.split_list(value))
            else:
                found[target] = present[0] if present else None
        return found

    def problem(self, row: RowPlan, target: str | None, reason: str) -> None:
        header = self.header_of.get(target or "") if target else None
        if header is None and target in ("value_minor", "pipeline"):
            header = self.header_of.get("value" if target == "value_minor" else "stage")
        row.problems.append(ImportProblem(row.row, header, reason))
        row.action = "error"

    def _plan_row(self, number: int, raw: list[Any]) -> RowPlan | None:
        found = self.mapped_cells(raw)
        mapped = tuple(found.values())
        if all(v is None or v == () for v in mapped):
            self.plan.blank_rows += 1  # blank, or only unmapped cells such as a 序号 counter
            return None
        if self._is_header(raw):
            return RowPlan(number, "skip", note=say(m.REPEATED_HEADER))
        if self.companies is not None and self.kind_index is not None and cells.says_company(
                raw[self.kind_index] if self.kind_index < len(raw) else None):
            return self.companies._plan_company(number, raw, self._people_only(found))
        if mapped in self.seen_rows:
            return RowPlan(number, "skip", note=say(m.SAME_AS_ROW, row=self.seen_rows[mapped]))
        self.seen_rows[mapped] = number
        row = RowPlan(number, "create")
        values = self._values(row, found)
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
        return row

    def _file_companies(self) -> dict[str, tuple[NewLink, str]]:
        """A people file's company rows, by the name key of their English and Chinese names:
        the link its people rows use for each, and its English name."""
        found: dict[str, tuple[NewLink, str]] = {}
        if self.companies is None or self.kind_index is None:
            return found
        columns = self.companies.columns
        name_at = columns.get("name", [None])[0]
        zh_at = columns.get("name_zh", [None])[0]
        kind_at = self.kind_index
        for raw in self.rows:
            if name_at is None or len(raw) <= max(name_at, kind_at) or not cells.says_company(
                    raw[kind_at]):
                continue
            name = cells.clean_text(raw[name_at])
            if not name:
                continue
            link = NewLink("organization", name_key(name))
            chinese = cells.clean_text(raw[zh_at]) if zh_at is not None and zh_at < len(raw) \
                else ""
            for text in (name, chinese):
                if text:
                    found.setdefault(name_key(text), (link, name))
        return found

    def _people_only(self, found: dict[str, Any]) -> list[str]:
        """A company row's cells in columns organizations have no field for (its email,
        phone, parent company), as "Header: value" lines kept in the organization's notes."""
        assert self.companies is not None
        kept = set(self.companies.columns)
        lines = []
        for target, value in found.items():
            if target in kept or value is None or value == ():
                continue
            text = ", ".join(map(cells.clean_text, value)) if isinstance(value, tuple) else (
                cells.clean_text(value))
            if text:
                lines.append(f"{self.header_of[target]}: {text}")
        return lines

    def _plan_company(self, number: int, raw: list[Any], extras: list[str]) -> RowPlan | None:
        """A company row of a people file, planned as an organization; the people rows that
        name it link to the organization it creates."""
        row = self._plan_row(number, raw)
        if row is None:
            return None
        row.entity = self.entity
        if row.action != "create":
            return row
        if extras:
            notes = "\n".join([row.clean.get("notes") or "", *extras]).strip()
            try:
                row.clean["notes"] = row.values["notes"] = self.spec.fields["notes"]("notes",
                                                                                     notes)
            except ValidationError as error:
                for problem in error.problems:
                    self.problem(row, "notes", problem.message)
                return row
        link = NewLink("organization", name_key(row.clean["name"]))
        self.plan.row_links.setdefault(link, number)
        return row

    def _create_key(self, values: dict[str, Any]) -> Any:
        if self.entity == "organization":
            return ("org", name_key(values.get("name") or "")) if values.get("name") else None
        if self.entity == "contact":
            emails = values.get("emails") or []
            return ("email", emails[0].lower()) if emails else None
        return None

    def _validate_new(self, row: RowPlan, values: dict[str, Any]) -> None:
        values = {**self.options.new_values, **values}
        links = {k: values[k] for k in LINKS[self.entity] if isinstance(values.get(k), NewLink)}
        try:
            row.clean = validate(self.spec, {k: v for k, v in values.items()
                                             if k not in links}, None)
        except ValidationError as error:
            for problem in error.problems:
                self.problem(row, problem.field, problem.message)
            return
        row.values = values

    def _is_header(self, raw: list[Any]) -> bool:
        first = self.first_index
        if first >= len(raw) or first >= len(self.header_cells) or (
                raw[first] != self.header_cells[first]):
            return False
        return tuple(fold_header(c) for c in raw[:len(self.header_key)]) == self.header_key

    def _values(self, row: RowPlan, found: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        convert = self.converters
        for target, value in found.items():
            try:
                convert[target](row, target, value, result)
            except ValidationError as error:
                for problem in error.problems:
                    self.problem(row, target, problem.message)
        if result.get("value") and not result.get("currency"):
            result["currency"] = self.base_currency
        return result

    def _stage(self, row: RowPlan, name: str) -> int | None:
        found = self.stages.get(text_key(name))
        if found is None:
            known = ", ".join(sorted({s for s, _ in self.stages.values_named()}))
            self.problem(row, "stage", say(m.NO_STAGE_NAMED, name=repr(name), known=known))
            return None
        return found

    def _link(self, row: RowPlan, target: str, text: str) -> int | NewLink | None:
        self.link_text[(row.row, target)] = text
        known = self.links_found.get((target, text))
        if known is None:  # the same name in every row it appears in: looked up once
            known = self.links_found[(target, text)] = self._find_link(target, text)
        found, suggestions, problem = known
        row.suggestions.extend(suggestions)
        if problem:
            self.problem(row, target, problem)
        return found

    def _find_link(self, target: str, text: str) -> tuple[int | NewLink | None, list[str], str]:
        """The linked record's id or the NewLink to create, suggestions, and a problem."""
        entity = LINKS[self.entity][target]
        if entity == "organization":
            match, key = self.organizations.find(text), name_key(text)
        else:
            match, key = Match(self.contacts.find_name(text), "name"), text_key(text)
        if match.record_id is not None:
            remember_existing(Organization if entity == "organization" else Contact,
                              [match.record_id])
            return match.record_id, [], ""
        if entity == "organization" and key in self.file_companies:
            # a company row of this file makes it (whichever row comes first, and whether
            # or not other linked records may be made)
            link, name = self.file_companies[key]
            self.plan.new_links.setdefault(link, {"name": name})
            return link, [], ""
        label = export_header(self.entity, target)
        suggestions: list[str] = [say(m.DID_YOU_MEAN, column=label, text=repr(text),
                                      suggestion=repr(s)) for s in match.suggestions]
        if not self.options.create_links:
            return None, suggestions, say(m.NO_LINK_NAMED, entity=entity, text=repr(text))
        link = NewLink(entity, key)
        if link not in self.plan.new_links:
            self.plan.new_links[link] = {"name": text}
        return link, suggestions, ""

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
            record = current[row.record_id]  # type: ignore[index]
            values = self._keep_current_links(row, record)
            links = {k for k, v in values.items() if isinstance(v, NewLink)}
            try:
                clean = validate(self.spec, {k: v for k, v in values.items()
                                             if k not in links}, record)
            except ValidationError as error:
                for problem in error.problems:
                    self.problem(row, problem.field, problem.message)
                continue
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
                continue
            row.version = record.version
            row.changes = changes
            row.values = values
            row.action = "update" if changes else "unchanged"

    def _keep_current_links(self, row: RowPlan, record: Record) -> dict[str, Any]:
        """A row naming the record it already links to keeps that link, even when another
        record shares the name."""
        result = dict(row.values)
        for target, entity in LINKS[self.entity].items():
            text = self.link_text.get((row.row, target))
            current = getattr(record, f"{target}_id", None)
            if text is None or current is None or result.get(target) == current:
                continue
            linked = getattr(record, target)
            key = name_key if entity == "organization" else text_key
            if key(text) in {key(linked.name), key(getattr(linked, "name_zh", "") or "")}:
                result[target] = current
        return result


def _company_mapping(headers: Sequence[str], mapping: dict[str, str | None]
                     ) -> dict[str, str | None]:
    """How a mixed file's company rows read as organizations: the people mapping's fields
    that organizations have too (as the user chose them), and organization-only columns
    (country, website) guessed from headers the people mapping leaves out."""
    fields = set(FIELDS["organization"]) | {"uid", "version"}
    guessed = guess_mapping(headers, "organization")
    result: dict[str, str | None] = {}
    for header in headers:
        chosen = mapping.get(header)
        if chosen in fields:
            result[header] = chosen
        elif chosen is None and guessed.get(header) not in (None, *mapping.values()):
            result[header] = guessed[header]
        else:
            result[header] = None
    return result


class _StageNames(dict[str, int]):
    def values_named(self) -> Iterator[tuple[str, int]]:
        yield from self.display.items()

    display: dict[str, int]


def _stage_names() -> _StageNames:
    """Stage name -> id; with several pipelines the first pipeline's stage wins."""
    names = _StageNames()
    names.display = {}
    query = (Stage.select(Stage.id, Stage.name).join(Pipeline)
             .order_by(Pipeline.position, Pipeline.id, Stage.position).tuples())
    for stage_id, name in query:
        names.setdefault(text_key(name), stage_id)
        names.display.setdefault(name, stage_id)
    return names



__all__ = ["LINKS", "MODES", "ImportOptions", "ImportPlan", "NewLink", "Progress", "RowPlan",
           "column_name", "plan_import", "plan_sheet"]
