"""Which row holds the headers, and which Beacon field each header means.

Fields, their aliases and the reading of a header (marks, numbering, units) are the field
catalogue's (tracker.catalogue); this module applies them to a sheet: it finds the header
row, guesses the record type, maps each column to a field once, and remembers what the
user chose for files with the same headers.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from typing import Any

from tracker.catalogue.aliases import ROW_NUMBER_HEADERS
from tracker.catalogue.fields import (
    IMPORT_ENTITIES,
    field,
    find_field,
    importable,
    required_field,
)
from tracker.catalogue.headers import field_for, fold, read_header
from tracker.catalogue.system_columns import is_system_column
from tracker.catalogue.words import HONORIFICS, word_key
from tracker.models import Setting
from tracker.names import looks_like_company
from tracker.services.settings import put_setting

REQUIRED_FIELDS = {e: required_field(e).key for e in IMPORT_ENTITIES}
# Fields whose pieces in other columns can stand in for them (first + last name).
PARTS_OF: dict[str, dict[str, tuple[str, ...]]] = {
    "contact": {"name": ("first_name", "middle_name", "last_name", "name_en", "name_zh")},
    "organization": {"name": ("name_en", "name_zh")}, "opportunity": {}}
# Fields that name a record when its own name is blank: an address book's entry with only
# an email address is a person known by it (as Outlook and Thunderbird show it).
NAMED_BY: dict[str, tuple[str, ...]] = {"contact": ("emails",)}
HEADER_SCAN_ROWS = 30
MAPPING_KEY = "import_mapping"
# A contact-file column that marks some rows as companies (imported as organizations).
KIND_FIELD = "is_company"
# Odoo 14+ writes "Company Type" with Company / Individual: a kind column when its values say
# so (a list of companies has a "company type" column too, naming hospitals and CROs).
KIND_BY_VALUES = ("company type", "partner type", "客户类型")
KIND_WORDS = {"company", "individual", "person", "公司", "企业", "个人"}
LIST_FIELDS = {"emails", "phones", "tags", "other_names"}
ENTITY_HEADER_HINTS = {
    "opportunity": ("deal", "opportunity", "商机", "项目", "stage", "amount", "阶段"),
    "contact": ("email", "phone", "job title", "邮箱", "电话", "职务", "wechat", "微信"),
    "organization": ("company", "website", "industry", "公司", "网址"),
}
# Headers that name the record type itself: a list of 线索 (leads) is a list of deals.
STRONG_HINTS = {"opportunity": {fold(h) for h in (
    "线索名称", "线索", "Lead title", "商机名称", "Deal name", "Opportunity name",
    "项目名称")}}
_NUMBERED = re.compile(r"\s\(\d+\)$")  # header_names' "备注 (2)"


def fold_header(header: Any) -> str:
    return fold(header)


def naming_fields(entity: str) -> set[str]:
    """Fields whose columns can give a record its name: the required field, its parts (first
    and last name), or what stands in for a blank name (a contact's email)."""
    required = REQUIRED_FIELDS[entity]
    return {required, *PARTS_OF[entity].get(required, ()), *NAMED_BY.get(entity, ())}


def export_header(entity: str, key: str) -> str:
    return field(entity, key).export_header


def _is_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    stripped = value.strip()
    return bool(stripped) and not re.fullmatch(r"[-+]?[\d.,]+", stripped)


def _known(header: Any) -> bool:
    text = str(header or "")
    return any(field_for(text, entity) is not None for entity in IMPORT_ENTITIES)


def find_header_row(rows: Sequence[Sequence[Any]]) -> int:
    """Index of the header row: the row of most text cells, known headers counting triple.

    A merged title above the table fills one cell, a blank row none; the header
    beats both even under frozen panes and merged banners.
    """
    best, best_score = 0, -1
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        cells = [c for c in row if c not in (None, "")]
        if len(cells) < 2:
            continue
        score = sum(1 + 3 * _known(c) for c in cells if _is_text(c))
        if score > best_score:
            best, best_score = index, score
    return best


def header_names(row: Sequence[Any]) -> list[str]:
    """Header texts as shown: trimmed, blanks named by column, duplicates numbered."""
    from tracker.excel.reading import column_name

    names: list[str] = []
    seen: dict[str, int] = {}
    for index, value in enumerate(row):
        text = " ".join(str(value).split()) if value not in (None, "") else ""
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        text = text or f"Column {column_name(index)}"
        count = seen.get(text, 0) + 1
        seen[text] = count
        names.append(text if count == 1 else f"{text} ({count})")
    return names


def sheet_headers(rows: Sequence[Sequence[Any]], header_row: int) -> list[str]:
    """The headers of a sheet's columns: the header row's, and "Column C" for each column
    a row fills beyond it (a CSV row with more values than the header row: a value with an
    unquoted comma, a note added at the end), so no cell is left out unseen."""
    header = list(rows[header_row])
    width = max((len(r) for r in rows), default=0)
    return header_names(header + [None] * (width - len(header)))


def kind_column(headers: Sequence[str], rows: Sequence[Sequence[Any]] = ()) -> int | None:
    """The column telling companies from people in a partners file: "Is a company", or a
    "Company type" column whose values are only Company / Individual (`rows`: the data)."""
    by_values = {fold(h) for h in KIND_BY_VALUES}
    for index, header in enumerate(headers):
        if (field_for(header, "contact") or ("", 0))[0] == KIND_FIELD:
            return index
        if fold(header) in by_values:
            values = {str(r[index]).strip().lower() for r in rows[:500]
                      if index < len(r) and r[index] not in (None, "")}
            if values and values <= KIND_WORDS and values & {"company", "公司", "企业"}:
                return index
    return None


def guess_entity(headers: Sequence[str], rows: Sequence[Sequence[Any]] = ()) -> str:
    """The record type the columns describe best: the most fields named, counting only
    record types whose required field (or its parts, first and last name) has a column."""
    if kind_column(headers, rows) is not None:
        return "contact"  # people and companies in one file (Odoo partners)
    if clearly_deals(guess_mapping(headers, "opportunity")):
        return "opportunity"
    best, best_score = "opportunity", -1.0
    for entity in IMPORT_ENTITIES:
        mapped = {f for f in guess_mapping(headers, entity).values() if f and f != "note"}
        # ways to reach someone do not say what the records are: people have them, and
        # companies, and a leads file names its contact's
        mapped -= {"emails", "phones"} if entity == "organization" else {
            "contact_title", "contact_emails", "contact_phones"}
        folded = [fold(h) for h in headers]
        score = float(len(mapped))
        score += 0.5 * sum(any(fold(hint) in f for hint in ENTITY_HEADER_HINTS[entity])
                           for f in folded)
        score += sum(f in STRONG_HINTS.get(entity, ()) for f in folded)
        if not naming_fields(entity) & mapped:
            score -= 100
        elif not ({REQUIRED_FIELDS[entity], *PARTS_OF[entity].get(REQUIRED_FIELDS[entity], ())}
                  & mapped):
            score = -0.5  # named only by an email: a list of addresses, if nothing else fits
        if score > best_score:
            best, best_score = entity, score
    return best


# Fields only a deal has: a file naming one beside a title column lists deals.
DEAL_ONLY = ("stage", "value", "probability", "expected_close", "closed_on", "is_won",
             "is_closed", "lost_reason", "pipeline")


def clearly_deals(mapping: dict[str, str | None]) -> bool:
    """A file of deals (leads), whatever else its columns say: a title column beside a
    deal-only one (stage, amount, close date...), or a title beside both a company column
    and a contact-name column (Odoo's leads template: Name, Customer Name, Contact Name;
    its Name is neither the person nor the company)."""
    fields = {f for f in mapping.values() if f}
    if "title" not in fields:
        return False
    return bool(fields & set(DEAL_ONLY)) or {"organization", "primary_contact"} <= fields


def guess_mapping(headers: Sequence[str], entity: str,
                  rows: Sequence[Sequence[Any]] = ()) -> dict[str, str | None]:
    """Header -> Beacon field (None: not imported). A field is filled from one column (the
    one whose header names it most specifically), except lists and notes; a column that
    loses a field to a better one, known columns with no field and columns Beacon does not
    know are kept in the notes ("Header: value"); only a column describing another
    (Phone 1 - Type), a row number (序号), another program's bookkeeping (OWNERID,
    Created on: tracker.catalogue.system_columns) or one saying again what another says
    is not."""
    mapping: dict[str, str | None] = {h: None for h in headers}
    best: dict[str, tuple[int, int]] = {}
    losers: list[str] = []
    for index, header in enumerate(headers):
        found = field_for(_NUMBERED.sub("", header), entity)
        if found is None or find_field(entity, found[0]) is None or not field(
                entity, found[0]).imported:
            if _kept_unknown(header):
                mapping[header] = "note"
            continue
        key, rank = found
        if field(entity, key).many:
            mapping[header] = key
            continue
        current = best.get(key)
        if current is None or rank < current[0]:
            if current is not None:
                losers.append(headers[current[1]])
            best[key] = (rank, index)
        else:
            losers.append(header)
    for key, (_, index) in best.items():
        mapping[headers[index]] = key
    if entity == "contact":
        _customer_is_the_person(headers, mapping, losers)
        _companies_under_name(headers, mapping, losers, rows)
    for header in losers:
        found = field_for(_NUMBERED.sub("", header), entity)
        if _kept_in_notes(header, entity, found) or (found is not None and _says_more(
                headers.index(header), best[found[0]][1], rows)):
            mapping[header] = "note"
    title = next((h for h, k in mapping.items() if k == "title"), None)
    if entity == "contact" and title is not None and (
            read_header(_NUMBERED.sub("", title)).folded in SALUTATION_OR_JOB) and (
            _honorifics(headers.index(title), rows)):
        mapping[title] = "note"  # Dr, Mrs: a salutation, not a job title
    return mapping


# Headers that may head either a salutation (Dr, Mrs) or a job title: its values decide.
# 职务, 职位, Job Title, Position always hold the job (经理 there is the job, not a greeting).
SALUTATION_OR_JOB = {fold(h) for h in ("Title", "Titles", "Titel", "头衔")}


# Fields whose second column says what the first does (company and company_name): a column
# losing one of these to a better one is not imported; any other loser is kept in the notes.
SAID_TWICE = ("name", "organization", "organization_id", "primary_contact", "client", "title",
              "external_id", "uid", "version", "pipeline", "stage", "status", "currency")


# WeCom's customer list: 客户名称 is the person, 企业名称 their company.
_CUSTOMER = {fold(h) for h in ("客户名称", "客户", "Customer name", "Customer", "客户姓名")}


def _customer_is_the_person(headers: Sequence[str], mapping: dict[str, str | None],
                            losers: list[str]) -> None:
    """In a contact file with no name column, a "customer" column beside a company column
    names the person (企业微信: 客户名称 + 企业名称); with a 联系人 column it is the company."""
    if any(mapping.get(h) in PARTS_OF["contact"]["name"] + ("name",) for h in headers):
        return
    customer = next((h for h in headers if mapping.get(h) == "organization"), None)
    company = next((h for h in losers if (field_for(_NUMBERED.sub("", h), "contact")
                                          or ("", 0))[0] == "organization"), None)
    if customer is not None and company is not None and fold(customer) in _CUSTOMER:
        mapping[customer], mapping[company] = "name", "organization"
        losers.remove(company)


# Columns that name the person one deals with (联系人) when a 姓名 column names the company.
_PERSON_HEADERS = {fold(h) for h in ("联系人", "联系人姓名", "客户联系人", "Contact",
                                     "Contact person")}


def _companies_under_name(headers: Sequence[str], mapping: dict[str, str | None],
                          losers: list[str], rows: Sequence[Sequence[Any]]) -> None:
    """A leads list whose 姓名 column holds companies (大通互惠集团, 亚讯制造) beside a 联系人
    column of people: the people are the contacts, the 姓名 column their organization."""
    name = next((h for h in headers if mapping.get(h) == "name"), None)
    person = next((h for h in losers if fold(_NUMBERED.sub("", h)) in _PERSON_HEADERS), None)
    if name is None or person is None or "organization" in mapping.values():
        return
    index = headers.index(name)
    values = [str(r[index]).strip() for r in rows[:200]
              if index < len(r) and str(r[index] or "").strip()]
    if values and sum(looks_like_company(v) for v in values) >= 0.5 * len(values):
        mapping[name], mapping[person] = "organization", "name"
        losers.remove(person)


def _kept_in_notes(header: str, entity: str, found: tuple[str, int] | None) -> bool:
    """A column that lost its field to another: kept in the notes if it is a second notes
    column, a salutation ("Title" beside "Job Title") or a second value a person would not
    want lost (a work address's city beside the home one); not imported when it only says
    again what the first says (a second company-name column)."""
    folded = read_header(_NUMBERED.sub("", header)).folded
    if folded in ("notes", "note", "remarks", "备注", "说明", "描述", "comments") or (
            entity == "contact" and folded == "title"):
        return True
    return found is not None and found[0] not in SAID_TWICE


# Fields a second column of the same meaning fills in a row where the first is blank: a
# person's one city is their city whichever address it is written under (Thunderbird's
# Chinese export names both its home and work city 城市; Outlook's Home City beside a blank
# Business City).
STAND_IN_FIELDS = ("city", "country")


def stand_ins(headers: Sequence[str], columns: dict[str, list[int]],
              entity: str) -> dict[str, list[int]]:
    """Field -> the columns kept in the notes that name it too (in the file's order)."""
    found: dict[str, list[int]] = {}
    for index in columns.get("note", []):
        hit = field_for(_NUMBERED.sub("", headers[index]), entity)
        if hit is not None and hit[0] in STAND_IN_FIELDS and hit[0] in columns:
            found.setdefault(hit[0], []).append(index)
    return found


_ROW_NUMBERS = {fold(h) for h in ROW_NUMBER_HEADERS}


def _kept_unknown(header: str) -> bool:
    """A column no field takes is kept in the notes, unless it only says what another
    column holds (Phone 1 - Type), numbers the rows (序号, No.) or is another program's
    bookkeeping (CREATEDBYID, Modified Time, 创建人)."""
    read = read_header(_NUMBERED.sub("", header))
    return not read.describing and read.folded not in _ROW_NUMBERS and not (
        is_system_column(header))


def _says_more(loser: int, winner: int, rows: Sequence[Sequence[Any]]) -> bool:
    """Whether a column that lost its field holds values the winning column does not (a
    leads file's Name, its title, beside Contact Name): then it is kept in the notes."""
    for row in rows[:500]:
        value = str(row[loser]).strip() if loser < len(row) and row[loser] is not None else ""
        other = str(row[winner]).strip() if winner < len(row) and row[winner] is not None else ""
        if value and value != other:
            return True
    return False


def _honorifics(index: int, rows: Sequence[Sequence[Any]]) -> bool:
    values = [word_key(str(r[index])) for r in rows[:200]
              if index < len(r) and str(r[index] or "").strip()]
    return bool(values) and sum(v in HONORIFICS for v in values) >= 0.8 * len(values)


# Headers only one program writes: whose ids a file's id column holds.
SYSTEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("salesforce", ("stagename", "accountid", "isclosed", "iswon", "forecastcategory",
                    "systemmodstamp", "createdbyid", "ownerid", "billingcity", "mailingcity",
                    "currencyisocode")),
    ("zoho", ("accountname", "closingdate", "dealowner", "contactowner")),
    ("hubspot", ("recordid", "dealstage", "companyowner", "associatedcompany",
                 "lifecyclestage", "hsobjectid")),
    ("odoo", ("externalid", "isacompany", "relatedcompany")),
    ("krayin", ("leadpipelinestageid", "contactnumbers", "leadvalue", "leadpipelineid")),
    ("atomic", ("salesid", "nbtasks", "firstseen", "hasnewsletter")),
    ("pipedrive", ("dealid", "personid", "organizationid")),
)


def external_system(headers: Sequence[str], mapping: dict[str, str | None]) -> str:
    """Whose ids the file's id column holds: the program whose headers the file has, else the
    id column's own header (ids of one list of customers, "customerid")."""
    folded = {fold(h) for h in headers}
    for system, marks in SYSTEMS:
        if folded & set(marks) and (system != "zoho" or "recordid" in folded):
            return system
    column = next((h for h in headers if mapping.get(h) == "external_id"), "")
    return (fold(column) or "file")[:32]


def importable_fields(entity: str) -> list[str]:
    return [f.key for f in importable(entity)]


def _mapping_key(headers: Sequence[str], entity: str) -> str:
    digest = hashlib.sha1("\x1f".join(fold(h) for h in headers).encode()).hexdigest()
    return f"{MAPPING_KEY}:{entity}:{digest}"


# How a saved mapping says "Ignore": a column saved as null was saved before columns with no
# field were kept in the notes, when null was what every such column got; it follows
# today's default (tracker.excel.headers.guess_mapping), as a column the saved mapping does
# not name does.
IGNORED = "-"


def remember_mapping(headers: Sequence[str], entity: str,
                     mapping: dict[str, str | None]) -> None:
    saved = {h: IGNORED if target is None else target for h, target in mapping.items()}
    put_setting(_mapping_key(headers, entity), json.dumps(saved, ensure_ascii=False))


def _saved(headers: Sequence[str], entity: str) -> dict[str, Any] | None:
    row = Setting.get_or_none(Setting.key == _mapping_key(headers, entity))
    if row is None:
        return None
    stored = json.loads(row.value)
    return stored if isinstance(stored, dict) else None


def remembered_mapping(headers: Sequence[str], entity: str) -> dict[str, str | None] | None:
    """What the user chose last time for these headers (None: nothing saved); a column the
    saved choice does not name reads None here (mapping_for gives it today's default)."""
    stored = _saved(headers, entity)
    if stored is None:
        return None
    allowed = set(importable_fields(entity))
    return {h: (stored.get(h) if stored.get(h) in allowed else None) for h in headers}


def mapping_for(headers: Sequence[str], entity: str,
                rows: Sequence[Sequence[Any]] = ()) -> dict[str, str | None]:
    """The remembered mapping for these exact headers over the guess (a "Company type"
    column of Company / Individual values marks companies in a contact file). A column the
    saved mapping does not name, or names with a field Beacon no longer has, follows
    today's guess; one saved as null before unknown columns were kept follows it when the
    guess keeps it in the notes or leaves it out (a system column), so a mapping saved
    then drops no column the user never chose to drop."""
    mapping = guess_mapping(headers, entity, rows)
    kind = kind_column(headers, rows) if entity == "contact" else None
    if kind is not None and KIND_FIELD not in mapping.values():
        mapping[headers[kind]] = KIND_FIELD
    stored = _saved(headers, entity)
    if stored is None:
        return mapping
    allowed = set(importable_fields(entity))
    for header in headers:
        target = stored.get(header)
        if target == IGNORED or (target is None and header in stored
                                 and mapping[header] not in (None, "note")):
            mapping[header] = None  # the user's "Ignore"
        elif target in allowed:
            mapping[header] = target
    return mapping
