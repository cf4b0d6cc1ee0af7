"""Typing dates and amounts the way a hurried Finnish treasurer does."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kuhina_desktop.domain.dates import format_fi_date, parse_fi_date
from kuhina_desktop.domain.money import parse_amount

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize("text, expected", [
    ("5.3.2026", date(2026, 3, 5)),
    ("05.03.2026", date(2026, 3, 5)),
    ("5.3.26", date(2026, 3, 5)),
    ("5.3.", date(2026, 3, 5)),
    ("5.3", date(2026, 3, 5)),
    (" 29.2.2028 ", date(2028, 2, 29)),
    ("2026-03-05", date(2026, 3, 5)),
    ("1.1.70", date(1970, 1, 1)),
])
def test_dates_people_type(text: str, expected: date) -> None:
    assert parse_fi_date(text, TODAY) == expected


@pytest.mark.parametrize("text, reason", [
    ("31.2.2026", "no such day"),
    ("29.2.2026", "no such day"),
    ("31.4.", "no such day"),
    ("0.1.2026", "no such day"),
    ("5/3/2026", "format"),
    ("maaliskuu", "format"),
    ("", "format"),
    ("5.3.20266", "format"),
])
def test_impossible_or_garbled_dates_are_refused(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_fi_date(text, TODAY)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_formatted_dates_read_back(value: date) -> None:
    assert parse_fi_date(format_fi_date(value), TODAY) == value


@pytest.mark.parametrize("text, cents", [
    ("1234,50", 123450), ("1 234,50", 123450), ("1\u00a0234,50 €", 123450),
    ("1.234,5", 123450), ("1234.5", 123450), ("0,05", 5), ("12", 1200), ("-3,10", -310),
])
def test_amounts_people_type(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "1,234.50", "12,345", "1 23,00", "€", "1e5"])
def test_garbled_amounts_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)
