"""The pipeline board's data: per-stage columns of open deals, their cards and totals.

The board asks for ordered ids per stage once (one indexed query), rows only
for the cards on screen (`cards_for`), and its column totals from one
`GROUP BY stage, currency` query: 10,000 open deals never pass through a
Python loop. Converting to the base currency happens over the handful of
per-currency sums, each conversion carrying the rate and its date; a currency
with no rate is reported, never added unconverted.

Filters and search are the opportunity list's (`tracker.queries.ListQuery`),
so the board and the list always show the same deals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

import peewee as pw

from tracker import staleness
from tracker.models import Activity, Opportunity, Stage
from tracker.queries import SPECS, ListQuery, OrgOf
from tracker.services import money
from tracker.services.context import today as local_today
from tracker.services.pipelines import stages_of
from tracker.storage import active

PROBABILITY = pw.fn.COALESCE(Opportunity.probability, Stage.probability)


@dataclass(frozen=True)
class BoardFilters:
    """What narrows the board (and the list): empty values mean no filter."""

    owner: str = ""
    business_line: str = ""
    modality: str = ""
    search: str = ""

    def as_list_filters(self) -> dict[str, str]:
        return {k: v for k, v in (("owner", self.owner), ("business_line", self.business_line),
                                  ("modality", self.modality)) if v}


@dataclass(frozen=True)
class StageColumn:
    stage_id: int
    name: str
    position: int
    probability: int
    stale_days: int | None


@dataclass(frozen=True)
class Conversion:
    """One per-currency sum converted: amount in `currency`, rate to base and its date."""

    currency: str
    amount: Decimal
    rate: Decimal
    as_of: dt.date | None  # None for the base currency itself
    converted: Decimal


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    count: int
    total: Decimal
    weighted: Decimal


@dataclass
class MoneyTotals:
    """Sums per currency and, where rates allow, in the base currency."""

    base_currency: str
    by_currency: list[CurrencyTotal] = field(default_factory=list)
    conversions: list[Conversion] = field(default_factory=list)
    weighted_conversions: list[Conversion] = field(default_factory=list)
    missing_rates: list[str] = field(default_factory=list)
    base_total: Decimal = Decimal(0)
    base_weighted: Decimal = Decimal(0)

    @property
    def complete(self) -> bool:
        """True when every currency could be converted, so the base totals are whole."""
        return not self.missing_rates


@dataclass
class ColumnTotals:
    stage_id: int
    count: int
    without_value: int
    money: MoneyTotals


@dataclass(frozen=True)
class Card:
    """What a card shows; `idle_days` and `stale` are in China working days."""

    id: int
    version: int
    title: str
    organization: str
    organization_zh: str
    value: Decimal | None
    currency: str | None
    expected_close: dt.date | None
    owner: str
    next_step: str
    next_step_due: dt.date | None
    stage_id: int
    probability: int
    idle_days: int
    stale_days: int | None
    stale: bool
    next_step_overdue: bool
    task: str = ""  # the deal's most urgent open task with a due date, if any
    task_due: dt.date | None = None
    task_overdue: bool = False

    @property
    def to_do(self) -> tuple[str, dt.date | None, bool]:
        """What to do next on this deal, as (text, due, overdue): its next step, or its most
        urgent open task when there is no next step or the task is due sooner (a card whose
        task is overdue never says "no next step")."""
        if self.task and (not self.next_step or self.next_step_due is None or (
                self.task_due is not None and self.task_due < self.next_step_due)):
            return self.task, self.task_due, self.task_overdue
        return self.next_step, self.next_step_due, self.next_step_overdue


class RateBook:
    """Rates to one base currency and minor units, each looked up once per computation."""

    def __init__(self, base: str) -> None:
        self.base = base
        self._rates: dict[str, tuple[Decimal, dt.date | None] | None] = {}
        self._units = money.all_minor_units()

    def rate(self, currency: str) -> tuple[Decimal, dt.date | None] | None:
        if currency not in self._rates:
            self._rates[currency] = money.rate_for(currency, self.base)
        return self._rates[currency]

    def to_decimal(self, value_minor: int, currency: str) -> Decimal:
        return Decimal(value_minor).scaleb(-self._units.get(currency, 2))

    def quantize(self, amount: Decimal) -> Decimal:
        return amount.quantize(Decimal(1).scaleb(-self._units.get(self.base, 2)))


def money_totals(rows: Iterable[tuple[str, int, int, int]], book: RateBook) -> MoneyTotals:
    """(currency, count, SUM(value_minor), SUM(value_minor * probability)) rows to totals."""
    totals = MoneyTotals(base_currency=book.base)
    for currency, count, total_minor, weighted_minor in sorted(rows):
        amount = book.to_decimal(int(total_minor), currency)
        weighted = book.to_decimal(int(weighted_minor), currency) / 100
        totals.by_currency.append(CurrencyTotal(currency, int(count), amount, weighted))
        rate = book.rate(currency)
        if rate is None:
            totals.missing_rates.append(currency)
            continue
        value, as_of = rate
        converted = book.quantize(amount * value)
        weighted_converted = book.quantize(weighted * value)
        totals.conversions.append(Conversion(currency, amount, value, as_of, converted))
        totals.weighted_conversions.append(
            Conversion(currency, weighted, value, as_of, weighted_converted))
        totals.base_total += converted
        totals.base_weighted += weighted_converted
    return totals


class Board:
    """One pipeline's open deals by stage, narrowed by filters."""

    def __init__(self, pipeline_id: int, filters: BoardFilters | None = None,
                 today: dt.date | None = None) -> None:
        self.pipeline_id = pipeline_id
        self.filters = filters or BoardFilters()
        self.today = today or local_today()

    def list_query(self, **extra: Any) -> ListQuery:
        """The opportunity list showing exactly this board's deals."""
        filters: dict[str, Any] = {"pipeline": self.pipeline_id, "status": "open",
                                   **self.filters.as_list_filters(), **extra}
        return ListQuery("opportunity", search=self.filters.search, filters=filters)

    def columns(self) -> list[StageColumn]:
        return [StageColumn(s.id, s.name, s.position, s.probability, s.stale_days)
                for s in stages_of(self.pipeline_id)]

    def ids_by_stage(self) -> dict[int, list[int]]:
        """Every stage's card ids in board order: soonest expected close first."""
        result: dict[int, list[int]] = {column.stage_id: [] for column in self.columns()}
        query = (self.list_query().select(Opportunity.stage, Opportunity.id, joined=False)
                 .order_by(Opportunity.stage, Opportunity.expected_close.asc(nulls="LAST"),
                           Opportunity.id))
        # Raw rows: 10,000 ids through peewee's row conversion cost more than the query.
        for stage_id, opportunity_id in active().cursor(query).fetchall():
            result.setdefault(stage_id, []).append(opportunity_id)
        return result

    def ids_for(self, stage_id: int) -> list[int]:
        query = (self.list_query(stage=stage_id).select(Opportunity.id, joined=False)
                 .order_by(Opportunity.expected_close.asc(nulls="LAST"), Opportunity.id))
        return [row[0] for row in query.tuples().iterator()]

    def totals(self, book: RateBook | None = None) -> dict[int, ColumnTotals]:
        """Count, per-currency sums and base-currency totals of every column, from SQL."""
        book = book or RateBook(money.base_currency())
        query = (self.list_query()
                 .select(Opportunity.stage, Opportunity.currency,
                         pw.fn.COUNT(Opportunity.id),
                         pw.fn.COUNT(Opportunity.value_minor),
                         pw.fn.COALESCE(pw.fn.SUM(Opportunity.value_minor), 0),
                         pw.fn.COALESCE(pw.fn.SUM(Opportunity.value_minor * PROBABILITY), 0),
                         joined=False)
                 .join_from(Opportunity, Stage, on=(Opportunity.stage == Stage.id))
                 .group_by(Opportunity.stage, Opportunity.currency))
        grouped: dict[int, list[tuple[str | None, int, int, int, int]]] = {}
        for stage_id, currency, count, valued, total, weighted in query.tuples().iterator():
            grouped.setdefault(stage_id, []).append((currency, count, valued, total, weighted))
        result: dict[int, ColumnTotals] = {}
        for column in self.columns():
            rows = grouped.get(column.stage_id, [])
            count = sum(r[1] for r in rows)
            without = sum(r[1] - r[2] for r in rows) + sum(r[2] for r in rows if r[0] is None)
            money_rows = [(str(r[0]), r[2], int(r[3]), int(r[4])) for r in rows
                          if r[0] is not None and r[2]]
            result[column.stage_id] = ColumnTotals(column.stage_id, count, without,
                                                   money_totals(money_rows, book))
        return result

    def cards_for(self, ids: Sequence[int]) -> list[Card]:
        """Cards for these ids, in the same order (ids no longer there are left out)."""
        return cards_for(ids, self.today)


def cards_for(ids: Sequence[int], today: dt.date | None = None) -> list[Card]:
    if not ids:
        return []
    day = today or local_today()
    units = money.all_minor_units()
    spec = SPECS["opportunity"]
    base: Any = Opportunity.select(
        Opportunity.id, Opportunity.version, Opportunity.title, OrgOf.name, OrgOf.name_zh,
        Opportunity.value_minor, Opportunity.currency, Opportunity.expected_close,
        Opportunity.owner, Opportunity.next_step, Opportunity.next_step_due,
        Opportunity.stage, PROBABILITY, Opportunity.last_activity_at,
        Opportunity.stage_entered_at, Opportunity.created_at, Stage.stale_days)
    query = spec.joins(base).where(Opportunity.id.in_(list(ids)))
    by_id: dict[int, Card] = {}
    for (opportunity_id, version, title, org, org_zh, value_minor, currency, expected_close,
         owner, next_step, next_step_due, stage_id, probability, last_activity, entered,
         created, stale_days) in query.tuples().iterator():
        touched = staleness.last_touch(last_activity, entered, created)
        idle = staleness.idle_working_days(touched, day)
        by_id[opportunity_id] = Card(
            id=opportunity_id, version=version, title=title, organization=org or "",
            organization_zh=org_zh or "",
            value=(Decimal(value_minor).scaleb(-units.get(currency, 2))
                   if value_minor is not None and currency else None),
            currency=currency, expected_close=_date(expected_close), owner=owner,
            next_step=next_step, next_step_due=_date(next_step_due), stage_id=stage_id,
            probability=int(probability), idle_days=idle, stale_days=stale_days,
            stale=stale_days is not None and idle > stale_days,
            next_step_overdue=bool(next_step_due) and _date(next_step_due) < day,  # type: ignore[operator]
        )
    for deal_id, (task, due) in _open_tasks(list(by_id)).items():
        by_id[deal_id] = replace(by_id[deal_id], task=task, task_due=due,
                                 task_overdue=due < day)
    return [by_id[i] for i in ids if i in by_id]


def _open_tasks(ids: list[int]) -> dict[int, tuple[str, dt.date]]:
    """Each deal's open task due soonest (an overdue one first of all)."""
    found: dict[int, tuple[str, dt.date]] = {}
    if not ids:
        return found
    query = (Activity.select(Activity.opportunity, Activity.subject, Activity.body,
                             Activity.due_on)
             .where(Activity.opportunity.in_(ids), Activity.done == False,  # noqa: E712
                    Activity.deleted_at.is_null(), Activity.due_on.is_null(False))
             .order_by(Activity.due_on, Activity.id))
    for deal_id, subject, body, due in query.tuples().iterator():
        if deal_id not in found:
            found[deal_id] = (subject or (body or "").split("\n", 1)[0][:80],
                              _date(due) or dt.date.max)
    return found


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def filter_choices(pipeline_id: int | None = None) -> dict[str, list[str]]:
    """Values the owner, business line and modality filters offer (open deals)."""
    filters: dict[str, Any] = {"status": "open"}
    if pipeline_id is not None:
        filters["pipeline"] = pipeline_id
    query = ListQuery("opportunity", filters=filters)
    return {key: query.distinct_values(key) for key in ("owner", "business_line", "modality")}
