"""List queries for every record type: ordered ids first, then rows for a page of ids.

A window shows 100,000 records by asking `ids()` once (one indexed query) and
`rows_for(ids)` for the rows on screen. Filters and sort work on columns, and
search goes through the store's search index (tracker.search).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from tracker import search
from tracker.models import (
    LIVE_INDEXES,
    Activity,
    Conference,
    ConferenceContact,
    Contact,
    ContactEmail,
    ContactPhone,
    IncentiveProgram,
    Opportunity,
    Organization,
    OrganizationEmail,
    OrganizationPhone,
    Pipeline,
    RecordTag,
    Stage,
    Tag,
)
from tracker.services.context import current_user, today
from tracker.storage import active

OrgOf = Organization.alias("org")
ClientOf = Organization.alias("client")
ContactOf = Contact.alias("pc")


@dataclass(frozen=True)
class Column:
    key: str
    expr: Any  # a peewee expression on the entity's query
    kind: str = "text"  # text, date, datetime, money, int, bool, percent


@dataclass(frozen=True)
class EntityQuerySpec:
    model: Any
    columns: tuple[Column, ...]
    default_sort: str
    joins: Callable[[pw.ModelSelect], pw.ModelSelect] = lambda q: q
    filters: dict[str, Callable[[Any], Any]] = field(default_factory=dict)

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)


def _opportunity_joins(query: pw.ModelSelect) -> pw.ModelSelect:
    return (query
            .join_from(Opportunity, OrgOf, pw.JOIN.LEFT_OUTER,
                       on=(Opportunity.organization == OrgOf.id))
            .join_from(Opportunity, ClientOf, pw.JOIN.LEFT_OUTER,
                       on=(Opportunity.client == ClientOf.id))
            .join_from(Opportunity, ContactOf, pw.JOIN.LEFT_OUTER,
                       on=(Opportunity.primary_contact == ContactOf.id))
            .join_from(Opportunity, Stage, on=(Opportunity.stage == Stage.id))
            .join_from(Opportunity, Pipeline, on=(Opportunity.pipeline == Pipeline.id)))


def _tagged(entity: str, model: Any) -> Callable[[Any], Any]:
    def condition(tag_name: Any) -> Any:
        tagged = (RecordTag.select(RecordTag.record_id).join(Tag)
                  .where(RecordTag.entity == entity, Tag.name == tag_name))
        return model.id.in_(tagged)
    return condition


def _due(state: Any) -> Any:
    day = today()
    open_ = Activity.done == False  # noqa: E712  (peewee expression)
    return {
        "overdue": open_ & (Activity.due_on < day),
        "today": open_ & (Activity.due_on == day),
        "upcoming": open_ & (Activity.due_on > day),
        "open": open_,
        "done": Activity.done == True,  # noqa: E712
    }[state]


def _opportunity_due(state: Any) -> Any:
    day = today()
    return {"overdue": Opportunity.next_step_due < day,
            "today": Opportunity.next_step_due == day,
            "upcoming": Opportunity.next_step_due > day}[state]


ME = "@me"  # an owner filter meaning whoever runs Beacon (BEACON_USER or the login name)
CLOSING_PERIODS = ("past", "this_month", "this_quarter", "next_quarter", "this_year")


def owner_named(value: Any) -> Any:
    return current_user() if value == ME else value


def closing_bounds(period: str, day: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a closing period around `day` (None: open-ended)."""
    quarter_start = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)

    def months_on(start: dt.date, months: int) -> dt.date:
        index = start.year * 12 + start.month - 1 + months
        return dt.date(index // 12, index % 12 + 1, 1)

    if period == "past":
        return None, day - dt.timedelta(days=1)
    if period == "this_month":
        return day.replace(day=1), months_on(day.replace(day=1), 1) - dt.timedelta(days=1)
    if period == "this_quarter":
        return quarter_start, months_on(quarter_start, 3) - dt.timedelta(days=1)
    if period == "next_quarter":
        return months_on(quarter_start, 3), months_on(quarter_start, 6) - dt.timedelta(days=1)
    if period == "this_year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    raise KeyError(period)


def _closing(period: Any) -> Any:
    """Deals whose expected close falls in a period counted from today."""
    start, end = closing_bounds(str(period), today())
    if start is None:
        return Opportunity.expected_close <= end
    return Opportunity.expected_close.between(start, end)


def _first_of(value: Any, owner: Any, model_id: Any) -> Any:
    """A record's first email or phone (by position), for a list column."""
    table = value.model
    first = table.select(value).where(owner == model_id).order_by(table.position).limit(1)
    return pw.NodeList((first,))  # an expression: the list sorts by it too


SPECS: dict[str, EntityQuerySpec] = {
    "organization": EntityQuerySpec(
        model=Organization,
        columns=(
            Column("name", Organization.name), Column("name_zh", Organization.name_zh),
            Column("kind", Organization.kind), Column("city", Organization.city),
            Column("country", Organization.country),
            Column("modalities", Organization.modalities),
            Column("website", Organization.website),
            Column("email", _first_of(OrganizationEmail.email, OrganizationEmail.organization,
                                      Organization.id)),
            Column("phone", _first_of(OrganizationPhone.e164, OrganizationPhone.organization,
                                      Organization.id)),
            Column("source", Organization.source),
            Column("updated_at", Organization.updated_at, "datetime"),
        ),
        default_sort="name",
        filters={"kind": lambda x: Organization.kind == x,
                 "city": lambda x: Organization.city == x,
                 "country": lambda x: Organization.country == x,
                 "tag": _tagged("organization", Organization)},
    ),
    "contact": EntityQuerySpec(
        model=Contact,
        columns=(
            Column("name", Contact.name), Column("name_zh", Contact.name_zh),
            Column("title", Contact.title), Column("organization", OrgOf.name),
            Column("email", _first_of(ContactEmail.email, ContactEmail.contact, Contact.id)),
            Column("phone", _first_of(ContactPhone.e164, ContactPhone.contact, Contact.id)),
            Column("wechat_id", Contact.wechat_id), Column("city", Contact.city),
            Column("languages", Contact.languages), Column("source", Contact.source),
            Column("updated_at", Contact.updated_at, "datetime"),
        ),
        default_sort="name",
        joins=lambda q: q.join_from(Contact, OrgOf, pw.JOIN.LEFT_OUTER,
                                    on=(Contact.organization == OrgOf.id)),
        filters={"organization": lambda x: Contact.organization == x,
                 "city": lambda x: Contact.city == x,
                 "conference": lambda x: Contact.id.in_(
                     ConferenceContact.select(ConferenceContact.contact)
                     .where(ConferenceContact.conference == x)),
                 "tag": _tagged("contact", Contact)},
    ),
    "opportunity": EntityQuerySpec(
        model=Opportunity,
        columns=(
            Column("title", Opportunity.title), Column("organization", OrgOf.name),
            Column("client", ClientOf.name), Column("primary_contact", ContactOf.name),
            Column("pipeline", Pipeline.name), Column("stage", Stage.name),
            Column("status", Opportunity.status),
            Column("value", Opportunity.value_minor, "money"),
            Column("currency", Opportunity.currency),
            Column("probability",
                   pw.fn.COALESCE(Opportunity.probability, Stage.probability), "percent"),
            Column("expected_close", Opportunity.expected_close, "date"),
            Column("owner", Opportunity.owner), Column("business_line", Opportunity.business_line),
            Column("approach", Opportunity.approach), Column("modality", Opportunity.modality),
            Column("next_step", Opportunity.next_step),
            Column("next_step_due", Opportunity.next_step_due, "date"),
            Column("source", Opportunity.source),
            Column("updated_at", Opportunity.updated_at, "datetime"),
        ),
        default_sort="expected_close",
        joins=_opportunity_joins,
        filters={"stage": lambda x: Opportunity.stage == x,
                 "pipeline": lambda x: Opportunity.pipeline == x,
                 "status": lambda x: Opportunity.status == x,
                 "owner": lambda x: Opportunity.owner == owner_named(x),
                 "closing": _closing,
                 "business_line": lambda x: Opportunity.business_line == x,
                 "modality": lambda x: Opportunity.modality == x,
                 "approach": lambda x: Opportunity.approach == x,
                 "organization": lambda x: (Opportunity.organization == x)
                 | (Opportunity.client == x),
                 "contact": lambda x: Opportunity.primary_contact == x,
                 "conference": lambda x: Opportunity.conference == x,
                 "city": lambda x: OrgOf.city == x,
                 "next_step": _opportunity_due,
                 "tag": _tagged("opportunity", Opportunity)},
    ),
    "conference": EntityQuerySpec(
        model=Conference,
        columns=(Column("name", Conference.name), Column("city", Conference.city),
                 Column("venue", Conference.venue),
                 Column("starts_on", Conference.starts_on, "date"),
                 Column("ends_on", Conference.ends_on, "date"),
                 Column("website", Conference.website)),
        default_sort="starts_on",
        filters={"city": lambda x: Conference.city == x,
                 "tag": _tagged("conference", Conference)},
    ),
    "incentive": EntityQuerySpec(
        model=IncentiveProgram,
        columns=(Column("name", IncentiveProgram.name), Column("city", IncentiveProgram.city),
                 Column("issuing_body", IncentiveProgram.issuing_body),
                 Column("kinds", IncentiveProgram.kinds),
                 Column("amount", IncentiveProgram.amount),
                 Column("deadline", IncentiveProgram.deadline, "date"),
                 Column("description", IncentiveProgram.description)),
        default_sort="name",
        filters={"city": lambda x: IncentiveProgram.city == x,
                 "kind": lambda x: IncentiveProgram.kinds.contains(x),
                 "tag": _tagged("incentive", IncentiveProgram)},
    ),
    "activity": EntityQuerySpec(
        model=Activity,
        columns=(Column("kind", Activity.kind), Column("subject", Activity.subject),
                 Column("body", Activity.body), Column("due_on", Activity.due_on, "date"),
                 Column("done", Activity.done, "bool"), Column("owner", Activity.owner),
                 Column("organization", OrgOf.name), Column("contact", ContactOf.name),
                 Column("opportunity", Opportunity.title),
                 Column("created_at", Activity.created_at, "datetime")),
        default_sort="due_on",
        joins=lambda q: (q.join_from(Activity, OrgOf, pw.JOIN.LEFT_OUTER,
                                     on=(Activity.organization == OrgOf.id))
                         .join_from(Activity, ContactOf, pw.JOIN.LEFT_OUTER,
                                    on=(Activity.contact == ContactOf.id))
                         .join_from(Activity, Opportunity, pw.JOIN.LEFT_OUTER,
                                    on=(Activity.opportunity == Opportunity.id))),
        filters={"due": _due, "kind": lambda x: Activity.kind == x,
                 "owner": lambda x: Activity.owner == owner_named(x),
                 "organization": lambda x: Activity.organization == x,
                 "contact": lambda x: Activity.contact == x,
                 "opportunity": lambda x: Activity.opportunity == x,
                 "conference": lambda x: Activity.conference == x,
                 "done": lambda x: Activity.done == bool(x)},
    ),
}

ENTITIES = tuple(SPECS)
# Filters whose condition reads a joined table (the organization's city of a deal).
_JOINED_FILTERS = frozenset({("opportunity", "city")})


@dataclass
class ListQuery:
    """What a list shows: entity, search text, filters and sort. Cheap to copy and change."""

    entity: str
    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False
    include_deleted: bool = False

    @property
    def spec(self) -> EntityQuerySpec:
        return SPECS[self.entity]

    def _where(self, query: pw.ModelSelect) -> pw.ModelSelect:
        model = self.spec.model
        if not self.include_deleted:
            query = query.where(model.deleted_at.is_null())
        for key, value in self.filters.items():
            if value in (None, ""):
                continue
            if key == "ids":  # the records a person chose (every list has this filter)
                query = query.where(model.id.in_(list(value)))
                continue
            query = query.where(self.spec.filters[key](value))
        if self.search.strip():
            matching = search.matching_ids(self.entity, self.search)
            if matching is not None:
                query = query.where(model.id.in_(matching))
        return query

    def _base(self, *fields: Any) -> pw.ModelSelect:
        return self.spec.joins(self.spec.model.select(*fields))

    def _needs_joins(self, sort_expr: Any = None) -> bool:
        """Joins cost a full scan on 100k rows; ids and counts skip them when nothing
        they select, filter or sort on lives in a joined table."""
        if sort_expr is not None and getattr(sort_expr, "model", None) is not self.spec.model:
            return True
        return any(value not in (None, "") and (self.entity, key) in _JOINED_FILTERS
                   for key, value in self.filters.items())

    def _ids_base(self, sort_expr: Any = None) -> pw.ModelSelect:
        model = self.spec.model
        if self._needs_joins(sort_expr):
            return self._base(model.id)
        query: pw.ModelSelect = model.select(model.id)
        return query

    def select(self, *fields: Any, joined: bool = True) -> pw.ModelSelect:
        """This list's filters and search over any fields (for aggregates elsewhere).

        `joined=False` leaves out the display joins (organization, contact, ...): faster
        for counts and sums, for filters on the entity's own columns and search.
        """
        base = self._base(*fields) if joined else self.spec.model.select(*fields)
        return self._where(base)

    def ids(self, limit: int | None = None) -> list[int]:
        """Ids in list order; `limit` keeps the first few (a first screen, search anywhere)."""
        model = self.spec.model
        sort_key = self.sort or self.spec.default_sort
        expr = self.spec.column(sort_key).expr
        order = [expr.desc(nulls="LAST") if self.descending else expr.asc(nulls="LAST"),
                 model.id.desc() if self.descending else model.id]
        query = self._where(self._ids_base(expr)).order_by(*order)
        if limit is not None:
            query = query.limit(limit)
        sql, params = query.sql()
        if limit is not None and self.search.strip():
            sql = (self._walk_sort_index(sql, expr) if self._many_matches()
                   else active().dialect.matches_first(sql))
        # 100,000 ids: the raw cursor is 3x faster than peewee's row wrapping.
        return [row[0] for row in self.spec.model._meta.database.execute_sql(sql, params)]

    MANY = 2000  # matches past which walking the sort index beats sorting the matches

    def _many_matches(self) -> bool:
        return search.count_matches(self.entity, self.search, limit=self.MANY) >= self.MANY

    def _walk_sort_index(self, sql: str, expr: Any) -> str:
        """A first screen of a common search term ('l', 'car'): the store may walk the sort
        column's index and keep matches, stopping after the first screen (SQLite would
        otherwise fetch and sort every match: 45 ms against 5-15 ms on 100k)."""
        table = self.spec.model._meta.table_name
        index = LIVE_INDEXES.get((table, getattr(expr, "column_name", "")))
        if index is None or getattr(expr, "model", None) is not self.spec.model:
            return sql
        return active().dialect.walk_sort_index(sql, table, index)

    def count(self) -> int:
        filtered = [k for k, v in self.filters.items() if v not in (None, "")]
        searching = bool(search.query_terms(self.search)) if self.search.strip() else False
        if searching and not filtered and not self.include_deleted:
            # The search index holds live records only (delete unindexes, restore and every
            # create index): counting its matches skips a lookup per match (33 -> 2 ms for
            # "l" on 100,000 deals).
            return search.count_matches(self.entity, self.search)
        return int(self._where(self._ids_base()).count())

    def rows_for(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        """Rows for these ids, in the same order; ids no longer there are left out."""
        if not ids:
            return []
        model = self.spec.model
        fields = [model.id.alias("id"), model.uid.alias("uid"), model.version.alias("version")]
        fields += [column.expr.alias(column.key) for column in self.spec.columns]
        query = self._base(*fields).where(model.id.in_(list(ids)))
        by_id = {row["id"]: row for row in query.dicts().iterator()}
        return [by_id[i] for i in ids if i in by_id]

    def distinct_values(self, column_key: str) -> list[str]:
        """Values a filter can offer (owners, cities, business lines)."""
        expr = self.spec.column(column_key).expr
        own = getattr(expr, "model", None) is self.spec.model  # no joins for own columns
        base = self.spec.model.select(expr) if own else self._base(expr)
        query = (base.where(self.spec.model.deleted_at.is_null())
                 .where(expr.is_null(False) & (expr != "")).distinct().order_by(expr))
        return [row[0] for row in query.tuples()]


def count_all() -> dict[str, int]:
    return {entity: ListQuery(entity).count() for entity in ENTITIES}


def due_counts(day: dt.date | None = None) -> dict[str, int]:
    return {state: ListQuery("activity", filters={"due": state}).count()
            for state in ("overdue", "today", "upcoming")}
