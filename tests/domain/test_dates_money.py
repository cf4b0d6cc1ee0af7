"""Typing dates and amounts the way a hurried Finnish treasurer does."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kuhina_desktop.domain.dates import format_fi_date, parse_fi_date
from kuhina_desktop.domain.money import (
    MAX_AMOUNT_CENTS,
    amount_from_number,
    parse_amount,
    parse_hours,
    parse_number,
)

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


@pytest.mark.parametrize("text", ["99999999999999999999", "92233720368547758,08",
                                  "999 999 999 999,00", "10 000 000,01", "-10000000,01"])
def test_amounts_above_ten_million_euros_are_refused_as_too_large(text: str) -> None:
    with pytest.raises(ValueError, match="too large"):
        parse_amount(text)


def test_the_largest_amount_is_ten_million_euros() -> None:
    assert parse_amount("10 000 000,00") == MAX_AMOUNT_CENTS == 1_000_000_000


def test_numbers_from_cells_are_exact_cents_or_refused() -> None:
    assert amount_from_number(Decimal("123.45")) == 12_345
    assert amount_from_number(2100) == 210_000
    for value in (Decimal("123.456"), Decimal("2100.555"), Decimal("NaN"), Decimal("Infinity")):
        with pytest.raises(ValueError, match="not an amount"):
            amount_from_number(value)
    with pytest.raises(ValueError, match="too large"):
        amount_from_number(Decimal("1E+20"))


@pytest.mark.parametrize(("text", "expected"), [
    ("37,5", Decimal("37.5")), ("37.5", Decimal("37.5")), (" 1 234,5 ", Decimal("1234.5")),
    ("0", Decimal(0)), ("40", Decimal(40)), (",5", Decimal("0.5")),
])
def test_plain_numbers(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["1e30", "1E3", "1e999999999", "NaN", "nan", "Infinity",
                                  "-inf", "1,2,3", "1.2,3", "abc", "", "٣"])
def test_numbers_without_exponents_or_special_values(text: str) -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_number(text)


def test_numbers_of_a_million_or_more_are_too_large() -> None:
    with pytest.raises(ValueError, match="too large"):
        parse_number("99999999999999999999999")
    assert parse_number("999999,99") == Decimal("999999.99")


@pytest.mark.parametrize(("text", "ok"), [("162,5", True), ("162.25", True), ("0", True),
                                          ("1,234", False), ("-3", False), ("1e3", False)])
def test_hours(text: str, ok: bool) -> None:
    if ok:
        assert parse_hours(text) == Decimal(text.replace(",", "."))
    else:
        with pytest.raises(ValueError):
            parse_hours(text)
