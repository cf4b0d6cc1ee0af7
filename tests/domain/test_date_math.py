"""Month arithmetic shared by the contract and deadline rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kuhina_desktop.domain.date_math import (
    add_months,
    end_of_months_period,
    first_day_of_month,
    last_day_of_month,
    week_end,
    week_start,
)


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2026, 11, 30), 2, date(2027, 1, 30)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
    (date(2026, 1, 15), -13, date(2024, 12, 15)),
])
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_month_and_week_bounds():
    assert last_day_of_month(date(2028, 2, 3)) == date(2028, 2, 29)
    assert first_day_of_month(date(2028, 2, 29)) == date(2028, 2, 1)
    assert week_start(date(2026, 3, 22)) == date(2026, 3, 16)  # Sunday → its Monday
    assert week_end(date(2026, 3, 16)) == date(2026, 3, 22)


@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)), st.integers(1, 24))
def test_months_period_ends_the_day_before_the_corresponding_day(start, months):
    end = end_of_months_period(start, months)
    target = add_months(start, months)
    assert start <= end
    if target.day == start.day:
        assert end == target - timedelta(days=1)
    else:  # no corresponding day (31.8. + 6 → "31.2."): the month's last day
        assert end == target == last_day_of_month(target)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) in (months - 1, months)
