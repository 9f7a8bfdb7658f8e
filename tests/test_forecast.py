"""Dashboard figures: funnel, weighted forecast by month, win rate, top deals, overdue steps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tracker import forecast
from tracker.forecast import DashboardFilters
from tracker.models import Opportunity
from tracker.services import money, records
from tracker.services.opportunities import mark_lost, mark_won
from tracker.services.pipelines import default_pipeline, stages_of


def new_deal(title: str, stage_index: int = 0, value: str | None = None,
             currency: str | None = None, **extra: object) -> int:
    stage = stages_of(default_pipeline().id)[stage_index]
    values: dict[str, object] = {"title": title, "stage": stage.id, **extra}
    if value is not None:
        values.update(value=value, currency=currency)
    return records.create("opportunity", values).first_created


@pytest.fixture
def rated(db: Path) -> Path:
    money.set_base_currency("CNY")
    money.set_rate("USD", "CNY", "7", dt.date(2026, 11, 1))
    return db


def test_funnel_counts_and_values_each_stage(rated: Path) -> None:
    new_deal("a", 0, "100", "USD")
    new_deal("b", 0, "300", "CNY")
    new_deal("c", 3, "1000", "CNY", owner="Li")
    stages = forecast.funnel(default_pipeline().id)
    assert [s.count for s in stages][:4] == [2, 0, 0, 1]
    assert stages[0].money.base_total == Decimal("1000")
    assert stages[0].money.base_weighted == Decimal("100")
    assert stages[3].money.base_weighted == Decimal("500")
    only_li = forecast.funnel(default_pipeline().id, DashboardFilters(owner="Li"))
    assert [s.count for s in only_li][:4] == [0, 0, 0, 1]


def test_forecast_by_month_weights_and_converts(rated: Path) -> None:
    new_deal("Nov USD", 3, "1000", "USD", expected_close="2026-11-20")  # 50 %
    new_deal("Nov CNY", 0, "1000", "CNY", expected_close="2026-11-02", probability=40)
    new_deal("Jan", 4, "2000", "CNY", expected_close="2027-01-15")  # 75 %
    new_deal("Behind", 0, "100", "CNY", expected_close="2026-06-01")
    new_deal("Undated", 0, "100", "CNY")
    new_deal("Beyond", 0, "100", "CNY", expected_close="2028-01-01")
    won = new_deal("Won", 0, "999", "CNY", expected_close="2026-11-10")
    mark_won(won, None)
    result = forecast.forecast_by_month(start=dt.date(2026, 11, 5), months=3)
    assert [m.month for m in result.months] == [dt.date(2026, 11, 1), dt.date(2026, 12, 1),
                                                dt.date(2027, 1, 1)]
    november, december, january = result.months
    assert november.count == 2
    assert november.money.base_weighted == Decimal("500") * 7 + Decimal("400")
    assert november.money.base_total == Decimal("7000") + Decimal("1000")
    assert december.count == 0 and december.money.base_weighted == 0
    assert january.money.base_weighted == Decimal("1500")
    assert result.past_due.count == 1 and result.undated == 1
    assert result.missing_rates == []


def test_forecast_reports_currencies_without_rate(db: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(money, "DEFAULT_TO_CNY", {})  # nothing shipped for EUR
    money.set_base_currency("CNY")
    new_deal("Euro", 0, "100", "EUR", expected_close="2026-12-01")
    result = forecast.forecast_by_month(start=dt.date(2026, 12, 1), months=1)
    assert result.missing_rates == ["EUR"]
    assert result.months[0].money.base_total == 0


def test_win_rate_and_days_to_close_over_a_period(rated: Path) -> None:
    deals = [new_deal(f"d{i}", 0, "100", "USD", owner="Wang" if i < 3 else "Li")
             for i in range(5)]
    for deal in deals:
        Opportunity.update(created_at=dt.datetime(2026, 1, 1, 9)).where(
            Opportunity.id == deal).execute()
    mark_won(deals[0], None, closed_on=dt.date(2026, 1, 11))
    mark_won(deals[1], None, closed_on=dt.date(2026, 1, 21))
    mark_lost(deals[2], None, "went with a competitor", closed_on=dt.date(2026, 2, 1))
    mark_lost(deals[3], None, "no budget", closed_on=dt.date(2026, 2, 1))
    mark_won(deals[4], None, closed_on=dt.date(2025, 6, 1))  # outside the period
    stats = forecast.win_stats(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert (stats.won, stats.lost) == (2, 2)
    assert stats.win_rate == pytest.approx(0.5)
    assert stats.avg_days_to_close == pytest.approx(15.0)
    assert stats.won_money.base_total == Decimal("1400")
    wang = forecast.win_stats(dt.date(2026, 1, 1), dt.date(2026, 3, 31),
                              DashboardFilters(owner="Wang"))
    assert (wang.won, wang.lost) == (2, 1)
    empty = forecast.win_stats(dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert empty.win_rate is None and empty.avg_days_to_close is None


def test_top_opportunities_rank_in_the_base_currency(rated: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(money, "DEFAULT_TO_CNY", {"USD": Decimal("7.1072")})  # none for EUR
    small_usd = new_deal("USD 100", 0, "100", "USD")  # 700 CNY
    big_cny = new_deal("CNY 5000", 0, "5000", "CNY")
    big_usd = new_deal("USD 1000", 0, "1000", "USD")  # 7000 CNY
    new_deal("EUR unranked", 0, "1000000", "EUR")
    new_deal("No value", 0)
    top = forecast.top_opportunities(limit=3)
    assert [d.id for d in top.deals] == [big_usd, big_cny, small_usd]
    assert top.deals[0].base_value == Decimal("7000")
    assert top.deals[0].rate == Decimal("7")
    assert top.missing_rates == ["EUR"]


def test_overdue_next_steps_oldest_first(rated: Path) -> None:
    older = new_deal("Older", 0, next_step="Send NDA", next_step_due="2026-10-01")
    newer = new_deal("Newer", 0, next_step="Call", next_step_due="2026-11-01")
    new_deal("Future", 0, next_step="Visit", next_step_due="2026-12-01")
    closed = new_deal("Closed", 0, next_step="Old", next_step_due="2026-01-01")
    mark_lost(closed, None, "lost")
    steps = forecast.overdue_next_steps(today=dt.date(2026, 11, 10))
    assert [s.id for s in steps] == [older, newer]
    assert steps[0].days_overdue == 40 and steps[0].next_step == "Send NDA"


def test_overdue_to_dos_hold_overdue_tasks_too(rated: Path) -> None:
    from tracker.services.activities import add_activity

    day = dt.date(2026, 11, 10)
    stepped = new_deal("Stepped", 0, next_step="Send NDA", next_step_due="2026-11-01")
    tasked = new_deal("No step, late task", 0)
    late = add_activity("task", subject="Send the CDA", due_on="2026-10-20",
                        opportunity=tasked).first_created
    add_activity("task", subject="Not yet", due_on="2026-11-20", opportunity=tasked)
    org = records.create("organization", {"name": "Ruijin Hospital"}).first_created
    alone = add_activity("call", subject="Call Dr Wang", due_on="2026-11-05",
                         organization=org).first_created
    items = forecast.overdue_to_dos(today=day)
    assert [(i.next_step, i.kind, i.days_overdue) for i in items] == [
        ("Send the CDA", "task", 21), ("Send NDA", "next_step", 9),
        ("Call Dr Wang", "call", 5)]
    assert (items[0].id, items[0].activity_id, items[0].title) == (tasked, late,
                                                                  "No step, late task")
    assert (items[1].id, items[1].activity_id) == (stepped, None)
    assert (items[2].id, items[2].activity_id, items[2].about) == (
        None, alone, "Ruijin Hospital")
    # A business line narrows to deals of that line: their tasks and steps only.
    narrowed = forecast.overdue_to_dos(forecast.DashboardFilters(business_line="CDMO"),
                                       today=day)
    assert narrowed == []
