"""Records a row names in a column (its organization, client, primary contact): found in
Beacon through tracker.identity by the name written the same way (or a company's id in
the file's system), made by the batch when they are not there yet, or made by a company
row of the same file. A name only near one in Beacon or in the file (equal once legal or
group words are dropped, the same in pinyin, a near spelling) is a suggestion, never
taken for it: Downs PLC and Downs Group stay two companies.

Every distinct name of a link column is looked up once, for the whole file, before the
rows are read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from tracker import messages as m
from tracker.chinese import fold_width
from tracker.excel import values as cells
from tracker.excel.matching import suggestion, text_key
from tracker.excel.plan import LINKS, NewLink, RowPlan
from tracker.identity import (
    CompanyProbe,
    CompanyRoster,
    PersonProbe,
    find_contacts,
    find_organizations,
)
from tracker.identity.external import records_with_ids
from tracker.messages import say
from tracker.models import Contact, ContactOtherName, Organization, Record
from tracker.services.entities import remember_existing

if TYPE_CHECKING:
    from tracker.excel.planner import Planner

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
# A deal row's columns about its contact -> the contact's field.
CONTACT_PARTS = {"contact_title": "title", "contact_emails": "emails",
                 "contact_phones": "phones"}
Found = tuple[int | NewLink | None, list[str], str]


def exact_key(name: str) -> str:
    """A company name with case, width, spaces and punctuation folded away: names with the
    same key are written the same (Acme, Inc. = ACME INC), Downs PLC and Downs Group not."""
    return _NON_WORD.sub("", fold_width(name).casefold())


def _names_of_people(ids: set[int]) -> dict[int, set[str]]:
    """Each person's names as text_key writes them: name, Chinese name and other names."""
    found: dict[int, set[str]] = {}
    listed = sorted(ids)
    for start in range(0, len(listed), 500):
        chunk = listed[start:start + 500]
        for record_id, name, name_zh in Contact.select(
                Contact.id, Contact.name, Contact.name_zh).where(Contact.id.in_(chunk)).tuples():
            found.setdefault(record_id, set()).update(
                text_key(n) for n in (name, name_zh) if n)
        for record_id, other in ContactOtherName.select(
                ContactOtherName.contact, ContactOtherName.name).where(
                ContactOtherName.contact.in_(chunk)).tuples():
            found.setdefault(record_id, set()).add(text_key(other))
    return found


def company_link(name: str) -> NewLink:
    """The organization a batch makes for this name (rows naming it the same way share it)."""
    return NewLink("organization", exact_key(name))


class Links:
    def __init__(self, planner: Planner) -> None:
        self.planner = planner
        self.plan = planner.plan
        self.entity = planner.entity
        self.link_text: dict[tuple[int, str], str] = {}
        self.found: dict[tuple[str, str], Found] = {}
        self.in_beacon: dict[tuple[str, str], tuple[int | None, list[str]]] = {}
        self.external: dict[str, int] = {}
        self.new_names = CompanyRoster()
        self.new_refs: dict[int, str] = {}
        self.held: dict[int, dict[str, list[str]]] = {}
        self.file_companies = self._file_companies()
        self._look_up()

    def new_key(self, name: str) -> tuple[str, str]:
        return ("org", exact_key(name))

    def new_link(self, name: str) -> NewLink:
        return company_link(name)

    def _look_up(self) -> None:
        """Every distinct name (and company id) of the file's link columns, looked up in
        Beacon at once."""
        columns = self.planner.columns
        texts: dict[str, set[str]] = {}
        for target in LINKS[self.entity]:
            for index in columns.get(target, []):
                texts.setdefault(target, set()).update(cells.distinct_texts(
                    [r[index] for r in self.planner.rows if index < len(r)]))
        for target, found in texts.items():
            names = sorted(t for t in found if t)
            if LINKS[self.entity][target] == "organization":
                results = find_organizations([CompanyProbe(name=n) for n in names])
                for name, candidates in zip(names, results, strict=True):
                    exact = [c for c in candidates if c.exact]
                    self.in_beacon[(target, name)] = (
                        exact[0].record_id if exact else None,
                        [suggestion(c.label, c.reasons[0].text) for c in candidates
                         if not c.exact])
            else:
                people = find_contacts([PersonProbe(name=n) for n in names])
                names_of = _names_of_people({c.record_id for found in people for c in found})
                for name, candidates in zip(names, people, strict=True):
                    typed = text_key(name)
                    # written as one of the person's names: 柔柔弱弱 is the contact whose
                    # Chinese name it is, even though the label starts with Rou Rouruoruo
                    written = [c for c in candidates
                               if text_key(c.label.split(" · ")[0]).startswith(typed)
                               or typed in names_of.get(c.record_id, ())]
                    one = written[0].record_id if len(written) == 1 else None
                    self.in_beacon[(target, name)] = (one, [
                        suggestion(c.label, c.reasons[0].text) for c in candidates
                        if c.record_id != one])
        ids = {cells.clean_text(r[i]) for i in columns.get("organization_id", [])
               for r in self.planner.rows if i < len(r)} - {""}
        if ids:
            system = self.plan.system
            held = records_with_ids("organization", [(system, i) for i in ids])
            self.external = {value: record for (_, value), record in held.items()}

    def by_external_id(self, value: str) -> int | None:
        return self.external.get(value)

    def _file_companies(self) -> dict[str, tuple[NewLink, str]]:
        """A people file's company rows, by the key of their English and Chinese names: the
        link its people rows use for each, and its English name."""
        planner = self.planner
        found: dict[str, tuple[NewLink, str]] = {}
        companies = planner.companies
        if companies is None or planner.kind_index is None:
            return found
        name_at = companies.columns.get("name", [None])[0]
        zh_at = companies.columns.get("name_zh", [None])[0]
        kind_at = planner.kind_index
        for raw in planner.rows:
            if name_at is None or len(raw) <= max(name_at, kind_at) or not cells.says_company(
                    raw[kind_at]):
                continue
            name = cells.clean_text(raw[name_at])
            if not name:
                continue
            link = company_link(name)
            chinese = cells.clean_text(raw[zh_at]) if zh_at is not None and zh_at < len(raw) \
                else ""
            for text in (name, chinese):
                if text:
                    found.setdefault(exact_key(text), (link, name))
        return found

    def link(self, row: RowPlan, target: str, text: str) -> int | NewLink | None:
        self.link_text[(row.row, target)] = text
        known = self.found.get((target, text))
        if known is None:  # the same name in every row it appears in: looked up once
            known = self.found[(target, text)] = self._find(target, text)
        record, suggestions, problem = known
        row.suggestions.extend(suggestions)
        if problem:
            self.planner.problem(row, target, problem)
        return record

    def _find(self, target: str, text: str) -> Found:
        """The linked record's id or the NewLink to create, suggestions, and a problem."""
        entity = LINKS[self.entity][target]
        record_id, near = self.in_beacon.get((target, text), (None, []))
        if record_id is not None:
            remember_existing(Organization if entity == "organization" else Contact,
                              [record_id])
            return record_id, [], ""
        key = exact_key(text) if entity == "organization" else text_key(text)
        if entity == "organization" and key in self.file_companies:
            # a company row of this file makes it (whichever row comes first, and whether
            # or not other linked records may be made)
            link, name = self.file_companies[key]
            self.plan.new_links.setdefault(link, {"name": name})
            return link, [], ""
        label = self.planner.header(target) or target
        suggestions: list[str] = [say(m.LINK_MAY_BE, column=label, text=repr(text), reason=s)
                                  for s in near]
        if not self.planner.options.create_links:
            return None, suggestions, say(m.NO_LINK_NAMED, entity=entity, text=repr(text))
        link = NewLink(entity, key)
        if link not in self.plan.new_links:
            self.plan.new_links[link] = {"name": text}
            if entity == "organization":  # new companies of this file that may be one
                probe = CompanyProbe(name=text)
                for other in self.new_names.find(probe):
                    suggestions.append(say(m.NEW_MAY_BE, column=label, text=repr(text),
                                           other=repr(self.new_refs[other.ref]),
                                           reason=other.reasons[0].text))
                ref = len(self.new_refs) + 1
                self.new_refs[ref] = text
                self.new_names.add(ref, probe)
        return link, suggestions, ""

    def contact_details(self, row: RowPlan, result: dict[str, Any]) -> None:
        """A deal row's ways to reach its contact (a leads file's Email, Phone, Job
        Position beside Contact Name) go to the contact the batch makes, with the deal's
        organization; for a contact Beacon has, what it does not hold yet is kept in the
        deal's notes (never written over another record in silence)."""
        if result.keys().isdisjoint(CONTACT_PARTS):  # most files: no such columns
            return
        popped = {field: result.pop(part, None) for part, field in CONTACT_PARTS.items()}
        details = {field: value for field, value in popped.items() if value}
        contact = result.get("primary_contact")
        if not details:
            return
        if isinstance(contact, NewLink):
            values = self.plan.new_links[contact]
            for field in ("emails", "phones"):
                if details.get(field):
                    values[field] = list(dict.fromkeys([*values.get(field, []),
                                                        *details[field]]))
            if details.get("title"):
                values.setdefault("title", details["title"])
            if result.get("organization") is not None:
                values.setdefault("organization", result["organization"])
            return
        held = self._held(contact) if isinstance(contact, int) else {}
        for part, field in CONTACT_PARTS.items():
            header = self.planner.header(part) or part
            items = details.get(field)
            for item in (items if isinstance(items, list) else [items] if items else []):
                if item not in held.get(field, ()):
                    line = f"{header}: {item}"
                    if line not in row.kept:
                        row.kept.append(line)

    def company_phones(self, row: RowPlan, result: dict[str, Any]) -> None:
        """A contact row's company line (Company Main Phone, 单位主要电话) goes to the
        organization the row names: the one the batch makes, or the one Beacon holds under
        that exact name (the report lists what it adds to it); with no organization it is
        kept in the person's notes and said."""
        phones = result.pop("organization_phones", None) or []
        organization = result.get("organization")
        if isinstance(organization, NewLink):
            values = self.plan.new_links[organization]
            values["phones"] = list(dict.fromkeys([*values.get("phones", []), *phones]))
            return
        if isinstance(organization, int):
            held = self._company_phones(organization)
            added = [p for p in phones if p not in held]
            if added:
                rows, adding = self.plan.organization_phones.setdefault(organization, ([], []))
                rows.append(row.row)
                adding.extend(p for p in added if p not in adding)
            return
        header = self.planner.header("organization_phones")
        for phone in phones:
            self.planner.keep(row, header, phone, say(m.ORGANIZATION_PHONE_KEPT))

    def _company_phones(self, organization_id: int) -> list[str]:
        found = self.held.get(-organization_id)  # (contacts' ids are positive)
        if found is None:
            from tracker.services import records

            snapshot = records.snapshot("organization", Organization.get_by_id(organization_id))
            found = self.held[-organization_id] = {"phones": list(snapshot.get("phones") or [])}
        return found["phones"]

    def _held(self, contact_id: int) -> dict[str, list[str]]:
        """A contact's title, emails and phones, read once per contact."""
        found = self.held.get(contact_id)
        if found is None:
            from tracker.services import records

            snapshot = records.snapshot("contact", Contact.get_by_id(contact_id))
            found = self.held[contact_id] = {
                "title": [str(snapshot.get("title") or "")],
                "emails": list(snapshot.get("emails") or []),
                "phones": list(snapshot.get("phones") or [])}
        return found

    def keep_current_links(self, row: RowPlan, record: Record) -> dict[str, Any]:
        """A row naming the record it already links to keeps that link, even when another
        record shares the name."""
        result = dict(row.values)
        for target, entity in LINKS[self.entity].items():
            text = self.link_text.get((row.row, target))
            current = getattr(record, f"{target}_id", None)
            if text is None or current is None or result.get(target) == current:
                continue
            linked = getattr(record, target)
            key = exact_key if entity == "organization" else text_key
            if key(text) in {key(linked.name), key(getattr(linked, "name_zh", "") or "")}:
                result[target] = current
        return result
