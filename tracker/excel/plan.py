"""What an import plan is made of: per row what would happen and why, the links to records
the batch creates, and the options it was planned with (tracker.excel.importer plans,
tracker.excel.batches applies).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.errors import ImportProblem

MODES = ("create", "update", "upsert")
LINKS = {"opportunity": {"organization": "organization", "client": "organization",
                         "primary_contact": "contact"},
         "contact": {"organization": "organization"}, "organization": {}}
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class NewLink:
    """A record named in a row that does not exist yet and will be created with the batch.
    (Its hash is worked out once: 100,000 rows look theirs up several times each.)"""

    entity: str
    key: str
    hashed: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "hashed", hash((self.entity, self.key)))

    def __hash__(self) -> int:
        return self.hashed

    def __reduce__(self) -> tuple[type[NewLink], tuple[str, str]]:  # hashed again where read
        return NewLink, (self.entity, self.key)


@dataclass(slots=True)  # 100,000 of them: slots make each smaller and quicker to read
class RowPlan:
    row: int  # as the spreadsheet numbers it (1-based)
    action: str  # create, update, unchanged, skip, error
    record_id: int | None = None
    version: int | None = None
    uid: str | None = None
    values: dict[str, Any] = field(default_factory=dict)  # what the service is given
    clean: dict[str, Any] = field(default_factory=dict)  # validated, for a create
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)  # why it cannot land
    # Values it lands without (kept in its notes): the row is imported all the same.
    warnings: list[ImportProblem] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # "Header: text" lines for the notes
    suggestions: list[str] = field(default_factory=list)
    # Records of Beacon the row may be (a person confirms one in the preview): (id, label,
    # reason).
    candidates: list[tuple[int, str, str]] = field(default_factory=list)
    matched_by: str = ""
    note: str = ""
    sheet: str = ""  # set when the plan covers several sheets
    entity: str = ""  # set when the row is another record type than the plan's (a company)


@dataclass
class ImportOptions:
    entity: str | None = None
    sheet: str | None = None
    header_row: int | None = None  # 0-based index into the sheet's rows
    mode: str = "upsert"
    mapping: dict[str, str | None] | None = None
    create_links: bool = True
    source: str = "import"  # what created records carry: import, vcard
    new_values: dict[str, Any] = field(default_factory=dict)  # set on every record created
    first_row_number: int | None = None  # number of the first data row (None: the sheet's)
    # Rows right under the header may be a template's (a second header, hints); not vCards.
    template_rows: bool = True
    # The currency of amounts that name none (the wizard's question, --currency).
    currency: str | None = None
    # Values the user mapped: field -> value as written -> what it means ("" : keep the
    # value in the notes). Stage values map to stage names, status values to open/won/lost.
    value_map: dict[str, dict[str, str]] = field(default_factory=dict)
    system: str | None = None  # whose ids the id column holds (None: read from the headers)
    encoding: str | None = None  # a CSV file's text encoding (None: detected)
    # Rows the user said are a record of Beacon (the preview's suggestions): row -> id.
    confirmed: dict[int, int] = field(default_factory=dict)


@dataclass
class ImportPlan:
    path: Path
    file_hash: str
    sheet: str
    entity: str
    mode: str
    header_row: int
    headers: list[str]
    mapping: dict[str, str | None]
    rows: list[RowPlan]
    raw_rows: list[list[Any]]
    new_links: dict[NewLink, dict[str, Any]] = field(default_factory=dict)
    blank_rows: int = 0
    source: str = "import"
    unit: str = "row"  # what a report calls a numbered input item: row, card
    # Organizations that company rows of a mixed people/companies file create, by the link
    # people rows use for them -> the row creating it.
    row_links: dict[NewLink, int] = field(default_factory=dict)
    # How amounts were read: the currency of amounts that name none and where it came from
    # (column, header, cells, chosen, chinese), and each amount column's unit as written.
    currency: str | None = None
    currency_from: str = ""
    units: dict[str, str] = field(default_factory=dict)
    # Values the planner could not place (field -> value as written -> rows), and the value
    # mappings it used (field -> value -> meaning).
    unknown_values: dict[str, dict[str, int]] = field(default_factory=dict)
    value_map: dict[str, dict[str, str]] = field(default_factory=dict)
    system: str = "file"  # whose ids the file's id column holds (salesforce, hubspot...)
    encoding: str = ""  # a CSV file's text encoding
    # Several sheets of one layout in one batch: each sheet's rows as read (RowPlan.sheet
    # names the sheet), and the sheets left out (name -> why).
    sheet_rows: dict[str, list[list[Any]]] = field(default_factory=dict)
    skipped_sheets: dict[str, str] = field(default_factory=dict)
    # A contacts file's company line for organizations Beacon holds without it: id ->
    # the rows naming it and the phones they add (tracker.excel.links.company_phones).
    organization_phones: dict[int, tuple[list[int], list[str]]] = field(default_factory=dict)

    def cells(self, row: RowPlan) -> list[Any]:
        """The row as it was read (its sheet's, when the plan covers several)."""
        rows = self.sheet_rows.get(row.sheet, self.raw_rows) if row.sheet else self.raw_rows
        index = row.row - 1
        return rows[index] if 0 <= index < len(rows) else []

    def entity_of(self, row: RowPlan) -> str:
        return row.entity or self.entity

    def created(self) -> dict[str, int]:
        """Records each type the plan's rows create (a mixed file creates two types)."""
        found: dict[str, int] = {}
        for row in self.rows:
            if row.action == "create":
                entity = self.entity_of(row)
                found[entity] = found.get(entity, 0) + 1
        return found

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(("create", "update", "unchanged", "skip", "error"), 0)
        for row in self.rows:  # one pass (100,000 rows), not one a kind
            if row.action in found:
                found[row.action] += 1
        return found

    @property
    def problems(self) -> list[ImportProblem]:
        return [p for r in self.rows if r.action == "error" for p in r.problems]

    @property
    def warnings(self) -> list[ImportProblem]:
        """Values rows land without (kept in their notes), in rows that are imported."""
        return [w for r in self.rows if r.action in ("create", "update", "unchanged")
                for w in r.warnings]
