"""When a deal has gone quiet for too long: idle working days on China's calendar.

A stage's `stale_days` counts *working days* on the mainland calendar, not
calendar days. The issue says public holidays do not count; counting weekends
while skipping holidays would make the National Day golden week (1-7 October,
two of whose days are an ordinary weekend) count two days of silence that no
one in China works, and would not count the Saturdays and Sundays the State
Council turns into working days around each holiday ("调休"), when BD staff are
in the office and a deal's silence is real. So a day counts exactly when it is a
working day in China: Monday to Friday unless it is a public holiday or a day
off in lieu, plus the adjusted weekend working days. The `holidays` package
carries both lists (`China.is_working_day`).

Counting is done with a per-year running total, so the board can mark
thousands of cards without walking their days one by one.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

# Stamps are stored in UTC; the working day they fall on is Beijing's (UTC+8, no DST).
CHINA_UTC_OFFSET = dt.timedelta(hours=8)


@lru_cache(maxsize=64)
def _year_prefix(year: int) -> tuple[int, ...]:
    """prefix[i] = working days in `year` before day-of-year i (0-based), length days+1."""
    calendar = holidays.country_holidays("CN", years=year)
    start = dt.date(year, 1, 1)
    days = (dt.date(year + 1, 1, 1) - start).days
    prefix = [0]
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        prefix.append(prefix[-1] + (1 if calendar.is_working_day(day) else 0))
    return tuple(prefix)


def _working_days_before(day: dt.date) -> int:
    """Working days in `day`'s year strictly before `day`."""
    return _year_prefix(day.year)[day.timetuple().tm_yday - 1]


def is_working_day(day: dt.date) -> bool:
    prefix = _year_prefix(day.year)
    index = day.timetuple().tm_yday
    return prefix[index] > prefix[index - 1]


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start).

    The day of the last activity itself is not idle; the day the board is looked
    at is, once it is a working day.
    """
    if end <= start:
        return 0
    if start.year == end.year:
        return _working_days_before(end) - _working_days_before(start) + (
            1 if is_working_day(end) else 0) - (1 if is_working_day(start) else 0)
    total = _year_prefix(start.year)[-1] - _working_days_before(start) - (
        1 if is_working_day(start) else 0)
    for year in range(start.year + 1, end.year):
        total += _year_prefix(year)[-1]
    total += _working_days_before(end) + (1 if is_working_day(end) else 0)
    return total


def last_touch(last_activity_at: dt.datetime | dt.date | None,
               stage_entered_at: dt.datetime | dt.date | None,
               created_at: dt.datetime | dt.date | None) -> dt.date | None:
    """The last time anything happened on a deal: an activity, else entering its stage."""
    for stamp in (last_activity_at, stage_entered_at, created_at):
        if stamp is None:
            continue
        if isinstance(stamp, str):
            stamp = dt.datetime.fromisoformat(stamp)
        if isinstance(stamp, dt.datetime):
            return (stamp + CHINA_UTC_OFFSET).date()
        return stamp
    return None


def idle_working_days(touched: dt.date | None, today: dt.date) -> int:
    return 0 if touched is None else working_days_between(touched, today)


def is_stale(touched: dt.date | None, stale_days: int | None, today: dt.date) -> bool:
    """Stale once idle for longer than the stage allows; a stage without a limit never is."""
    if stale_days is None or touched is None:
        return False
    return idle_working_days(touched, today) > stale_days
