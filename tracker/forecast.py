"""What the dashboard shows: funnel, weighted forecast by month, win rate, top deals, overdue.

Every figure is an SQL aggregate grouped by currency, converted to the base
currency over the handful of per-currency sums (tracker.board.money_totals):
a currency without a rate is reported as missing, never added unconverted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import peewee as pw

from tracker.board import PROBABILITY, Board, BoardFilters, MoneyTotals, RateBook, money_totals
from tracker.models import Activity, Currency, Opportunity, Stage
from tracker.queries import ContactOf, ListQuery, OrgOf
from tracker.services import money
from tracker.services.context import today as local_today
from tracker.storage import active


@dataclass(frozen=True)
class DashboardFilters:
    owner: str = ""
    business_line: str = ""
    pipeline_id: int | None = None

    def list_query(self, **extra: Any) -> ListQuery:
        filters: dict[str, Any] = {"owner": self.owner, "business_line": self.business_line,
                                   "pipeline": self.pipeline_id, **extra}
        return ListQuery("opportunity", filters={k: v for k, v in filters.items()
                                                 if v not in (None, "")})


@dataclass
class FunnelStage:
    stage_id: int
    name: str
    probability: int
    count: int
    money: MoneyTotals


@dataclass
class MonthForecast:
    month: dt.date  # first day of the month
    count: int
    money: MoneyTotals


@dataclass
class Forecast:
    months: list[MonthForecast]
    past_due: MonthForecast  # open deals whose expected close is already behind
    undated: int  # open deals with no expected close: not in any month

    @property
    def missing_rates(self) -> list[str]:
        found = {c for m in [*self.months, self.past_due] for c in m.money.missing_rates}
        return sorted(found)


@dataclass
class WinStats:
    start: dt.date
    end: dt.date
    won: int
    lost: int
    avg_days_to_close: float | None  # won deals: created to closed, calendar days
    won_money: MoneyTotals

    @property
    def win_rate(self) -> float | None:
        closed = self.won + self.lost
        return self.won / closed if closed else None


@dataclass(frozen=True)
class TopDeal:
    id: int
    title: str
    organization: str
    stage: str
    value: Decimal
    currency: str
    base_value: Decimal
    rate: Decimal
    rate_as_of: dt.date | None
    probability: int
    expected_close: dt.date | None


@dataclass(frozen=True)
class OverdueStep:
    id: int | None  # the deal; None for a task on no deal
    title: str
    organization: str
    owner: str
    next_step: str  # the next step, or the task's subject
    due: dt.date
    days_overdue: int
    kind: str = "next_step"  # or the activity's kind (task, call, …)
    activity_id: int | None = None  # the task, for one
    about: str = ""  # for a task on no deal: the contact or organization it is about


@dataclass
class TopDeals:
    deals: list[TopDeal] = field(default_factory=list)
    missing_rates: list[str] = field(default_factory=list)  # these currencies are not ranked


def funnel(pipeline_id: int, filters: DashboardFilters | None = None) -> list[FunnelStage]:
    """Open deals per stage of one pipeline, with their value and weighted value."""
    filters = filters or DashboardFilters()
    board = Board(pipeline_id, BoardFilters(owner=filters.owner,
                                            business_line=filters.business_line))
    totals = board.totals()
    return [FunnelStage(c.stage_id, c.name, c.probability, totals[c.stage_id].count,
                        totals[c.stage_id].money) for c in board.columns()]


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def forecast_by_month(filters: DashboardFilters | None = None, *, start: dt.date | None = None,
                      months: int = 12) -> Forecast:
    """Weighted value of open deals by month of expected close, from `start`'s month on."""
    filters = filters or DashboardFilters()
    first = _month_start(start or local_today())
    end = _add_months(first, months)
    book = RateBook(money.base_currency())
    month_key = active().month_key(Opportunity.expected_close)
    query = (filters.list_query(status="open")
             .select(month_key, Opportunity.currency, pw.fn.COUNT(Opportunity.id),
                     pw.fn.COUNT(Opportunity.value_minor),
                     pw.fn.COALESCE(pw.fn.SUM(Opportunity.value_minor), 0),
                     pw.fn.COALESCE(pw.fn.SUM(Opportunity.value_minor * PROBABILITY), 0))
             .where(Opportunity.expected_close.is_null(False), Opportunity.expected_close < end)
             .group_by(month_key, Opportunity.currency))
    grouped: dict[dt.date, list[tuple[str | None, int, int, int, int]]] = {}
    for key, currency, count, valued, total, weighted in query.tuples().iterator():
        month = dt.date.fromisoformat(f"{key}-01")
        bucket = month if month >= first else dt.date.min
        grouped.setdefault(bucket, []).append((currency, count, valued, total, weighted))

    def month_of(month: dt.date) -> MonthForecast:
        rows = grouped.get(month, [])
        money_rows = [(str(c), v, t, w) for c, _, v, t, w in rows if c is not None and v]
        return MonthForecast(month, sum(r[1] for r in rows), money_totals(money_rows, book))

    undated = filters.list_query(status="open").select(Opportunity.id).where(
        Opportunity.expected_close.is_null()).count()
    return Forecast(months=[month_of(_add_months(first, i)) for i in range(months)],
                    past_due=month_of(dt.date.min), undated=int(undated))


def win_stats(start: dt.date, end: dt.date,
              filters: DashboardFilters | None = None) -> WinStats:
    """Deals closed from `start` to `end` (inclusive): won, lost, average days to win."""
    filters = filters or DashboardFilters()
    closed = filters.list_query().select().where(
        Opportunity.closed_on.between(start, end), Opportunity.status.in_(("won", "lost")))
    status_rows: list[Any] = list(closed.select(Opportunity.status,
                                                pw.fn.COUNT(Opportunity.id))
                                  .group_by(Opportunity.status).tuples())
    counts: dict[str, int] = {str(status): int(n) for status, n in status_rows}
    days = active().days_between(Opportunity.closed_on, Opportunity.created_at)
    won = closed.where(Opportunity.status == "won")
    average = won.select(pw.fn.AVG(days)).scalar()
    won_rows: list[Any] = list(
        won.select(Opportunity.currency, pw.fn.COUNT(Opportunity.value_minor),
                   pw.fn.COALESCE(pw.fn.SUM(Opportunity.value_minor), 0))
        .where(Opportunity.value_minor.is_null(False), Opportunity.currency.is_null(False))
        .group_by(Opportunity.currency).tuples())
    money_rows = [(str(c), int(n), int(t), int(t) * 100) for c, n, t in won_rows]
    return WinStats(start, end, int(counts.get("won", 0)), int(counts.get("lost", 0)),
                    float(average) if average is not None else None,
                    money_totals(money_rows, RateBook(money.base_currency())))


def top_opportunities(filters: DashboardFilters | None = None, limit: int = 10) -> TopDeals:
    """The biggest open deals by value in the base currency.

    Ranking converts in SQL with a CASE over the few known rates (a float is
    good enough to order by); the values shown are converted exactly.
    """
    filters = filters or DashboardFilters()
    book = RateBook(money.base_currency())
    factors: list[tuple[str, float]] = []
    missing: list[str] = []
    for currency in Currency.select():
        rate = book.rate(currency.code)
        if rate is None:
            missing.append(currency.code)
        else:
            factors.append((currency.code, float(rate[0]) / 10 ** currency.minor_units))
    result = TopDeals(missing_rates=[])
    if not factors:
        return result
    # Values without a converter: peewee would otherwise cast them to value_minor's integer.
    factor = pw.Case(Opportunity.currency,
                     [(code, pw.Value(value, converter=False)) for code, value in factors], None)
    query = (filters.list_query(status="open")
             .select(Opportunity.id, Opportunity.title, OrgOf.name, Stage.name,
                     Opportunity.value_minor, Opportunity.currency, PROBABILITY,
                     Opportunity.expected_close)
             .where(Opportunity.value_minor.is_null(False), factor.is_null(False))
             .order_by((Opportunity.value_minor * factor).desc(), Opportunity.id)
             .limit(limit))
    rows: list[Any] = list(query.tuples())
    for opp_id, title, org, stage, value_minor, currency, probability, expected in rows:
        value = book.to_decimal(int(value_minor), str(currency))
        factor_rate, as_of = book.rate(str(currency)) or (Decimal(0), None)
        result.deals.append(TopDeal(opp_id, title, org or "", stage, value, currency,
                                    book.quantize(value * factor_rate), factor_rate, as_of,
                                    int(probability), expected))
    unranked = filters.list_query(status="open").select(Opportunity.currency).where(
        Opportunity.value_minor.is_null(False), Opportunity.currency.in_(missing)).distinct()
    unranked_rows: list[Any] = list(unranked.tuples()) if missing else []
    result.missing_rates = sorted(str(row[0]) for row in unranked_rows)
    return result


def overdue_next_steps(filters: DashboardFilters | None = None, *,
                       today: dt.date | None = None, limit: int = 50) -> list[OverdueStep]:
    """Open deals whose next step is past due, the longest overdue first."""
    filters = filters or DashboardFilters()
    day = today or local_today()
    query = (filters.list_query(status="open")
             .select(Opportunity.id, Opportunity.title, OrgOf.name, Opportunity.owner,
                     Opportunity.next_step, Opportunity.next_step_due)
             .where(Opportunity.next_step_due < day)
             .order_by(Opportunity.next_step_due, Opportunity.id).limit(limit))
    rows: list[Any] = list(query.tuples())
    return [OverdueStep(i, title, org or "", owner, step, due, (day - due).days)
            for i, title, org, owner, step, due in rows]


def overdue_to_dos(filters: DashboardFilters | None = None, *,
                   today: dt.date | None = None, limit: int = 50) -> list[OverdueStep]:
    """Overdue next steps and overdue open tasks, the longest overdue first.

    Tasks on deals follow the deals' filters (owner, business line, pipeline); a task on no
    deal shows unless an owner filter names someone else or a business line is chosen.
    """
    filters = filters or DashboardFilters()
    day = today or local_today()
    found = overdue_next_steps(filters, today=day, limit=limit)
    deals = filters.list_query().select(Opportunity.id, joined=False)
    on_no_deal = Activity.opportunity.is_null()
    if filters.owner:
        on_no_deal &= Activity.owner.in_((filters.owner, ""))
    wanted = Activity.opportunity.in_(deals)
    if not filters.business_line:
        wanted |= on_no_deal
    query = (Activity.select(Activity.id, Activity.kind, Activity.subject, Activity.body,
                             Activity.due_on, Activity.owner, Opportunity.id, Opportunity.title,
                             OrgOf.name, ContactOf.name)
             .join_from(Activity, Opportunity, pw.JOIN.LEFT_OUTER,
                        on=(Activity.opportunity == Opportunity.id))
             .join_from(Activity, OrgOf, pw.JOIN.LEFT_OUTER,
                        on=(pw.fn.COALESCE(Opportunity.organization, Activity.organization)
                            == OrgOf.id))
             .join_from(Activity, ContactOf, pw.JOIN.LEFT_OUTER,
                        on=(Activity.contact == ContactOf.id))
             .where(Activity.deleted_at.is_null(), Activity.done == False,  # noqa: E712
                    Activity.due_on < day, wanted)
             .order_by(Activity.due_on, Activity.id).limit(limit))
    for (activity_id, kind, subject, body, due, owner, deal_id, deal, org,
         contact) in query.tuples().iterator():
        due_on = due if isinstance(due, dt.date) else dt.date.fromisoformat(str(due))
        found.append(OverdueStep(deal_id, deal or "", org or "", owner,
                                 subject or (body or "").split("\n", 1)[0][:80], due_on,
                                 (day - due_on).days, kind, activity_id,
                                 "" if deal_id else contact or org or ""))
    found.sort(key=lambda s: (s.due, s.kind != "next_step", s.id or 0))
    return found[:limit]
