"""Idle time counts China's working days: holidays and their days off do not count."""

from __future__ import annotations

import datetime as dt

from tracker import staleness


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_national_day_golden_week_does_not_count() -> None:
    # Last touched Monday 30 Sept 2024; 1-7 Oct is National Day (with its weekend):
    # Tuesday 8 Oct is the first working day after.
    assert staleness.working_days_between(d("2024-09-30"), d("2024-10-07")) == 0
    assert staleness.working_days_between(d("2024-09-30"), d("2024-10-08")) == 1


def test_adjusted_working_weekend_day_counts() -> None:
    # Saturday 12 Oct 2024 was a working day in lieu of the holiday; Sunday 13 was not.
    assert staleness.is_working_day(d("2024-10-12"))
    assert not staleness.is_working_day(d("2024-10-13"))
    assert staleness.working_days_between(d("2024-10-11"), d("2024-10-13")) == 1
    # An ordinary weekend does not count.
    assert staleness.working_days_between(d("2024-10-18"), d("2024-10-20")) == 0


def test_counts_across_years_match_a_day_by_day_walk() -> None:
    start, end = d("2023-12-20"), d("2025-01-10")
    walked = sum(1 for n in range(1, (end - start).days + 1)
                 if staleness.is_working_day(start + dt.timedelta(days=n)))
    assert staleness.working_days_between(start, end) == walked
    assert staleness.working_days_between(end, start) == 0


def test_stale_only_past_the_stage_limit() -> None:
    touched = d("2024-10-08")  # Tuesday
    # 9, 10, 11, 12 (adjusted Saturday), 14 October: five working days later.
    assert staleness.idle_working_days(touched, d("2024-10-14")) == 5
    assert not staleness.is_stale(touched, 5, d("2024-10-14"))
    assert staleness.is_stale(touched, 4, d("2024-10-14"))
    assert not staleness.is_stale(touched, None, d("2030-01-01"))


def test_last_touch_prefers_activity_and_uses_beijing_day() -> None:
    late_utc = dt.datetime(2024, 9, 30, 20, 0)  # 04:00 on 1 October in Shanghai
    assert staleness.last_touch(late_utc, None, None) == d("2024-10-01")
    assert staleness.last_touch(None, dt.datetime(2024, 5, 1, 1), dt.datetime(2024, 1, 1)) == (
        d("2024-05-01"))
    assert staleness.last_touch(None, None, None) is None
