"""Calendar arithmetic the rules share (month steps, month ends). No clock: callers pass dates."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def last_day_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def first_day_of_month(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later; clamped to the month's last day (31.1. + 1 → 28./29.2.)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def end_of_months_period(start: date, months: int) -> date:
    """Last day of a period of whole months beginning on ``start`` (inclusive end).

    1.3. + 6 months → 31.8.; 15.1. → 14.7. When the corresponding day does not exist
    (31.8. + 6 months → "31.2."), the period runs to the end of that month (28./29.2.):
    Finnish time-limit counting moves a missing day to the month's last day.
    """
    target = add_months(start, months)
    if target.day != start.day:  # clamped: the corresponding day does not exist
        return target
    return target - timedelta(days=1)


def week_start(day: date) -> date:
    """Monday of the day's week (Finnish weeks start on Monday)."""
    return day - timedelta(days=day.weekday())


def week_end(day: date) -> date:
    """Sunday of the day's week."""
    return week_start(day) + timedelta(days=6)
