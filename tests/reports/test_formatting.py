from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kuhina_desktop.domain.money import MAX_AMOUNT_CENTS, parse_amount
from kuhina_desktop.reports import model as m
from kuhina_desktop.reports.formatting import (
    NBSP,
    cell_text,
    clean_text,
    format_date,
    format_decimal,
    format_int,
    format_money,
    format_percent,
    format_period,
    month_name,
)


def nb(text: str) -> str:
    """Test vectors are written with '_' where a no-break space must be."""
    return text.replace("_", NBSP)


@pytest.mark.parametrize(("cents", "fi", "en"), [
    (0, "0,00_€", "€0.00"),
    (5, "0,05_€", "€0.05"),
    (-5, "-0,05_€", "-€0.05"),
    (100, "1,00_€", "€1.00"),
    (123450, "1_234,50_€", "€1,234.50"),
    (-123450, "-1_234,50_€", "-€1,234.50"),
    (99999999, "999_999,99_€", "€999,999.99"),
    (123456789012, "1_234_567_890,12_€", "€1,234,567,890.12"),
    (-100000000000, "-1_000_000_000,00_€", "-€1,000,000,000.00"),
])
def test_money_vectors(cents: int, fi: str, en: str) -> None:
    assert format_money(cents, "fi") == nb(fi)
    assert format_money(cents, "en") == en


@pytest.mark.parametrize(("cents", "fi", "en"), [
    (149, "1_€", "€1"), (150, "2_€", "€2"), (-150, "-2_€", "-€2"), (-40, "0_€", "€0"),
    (123456789, "1_234_568_€", "€1,234,568"),
])
def test_money_whole_euros_rounds_half_up_and_never_prints_minus_zero(cents, fi, en) -> None:
    assert format_money(cents, "fi", with_cents=False) == nb(fi)
    assert format_money(cents, "en", with_cents=False) == en


def test_money_without_symbol() -> None:
    assert format_money(-123450, "fi", symbol=False) == nb("-1_234,50")
    assert format_money(123450, "en", symbol=False) == "1,234.50"


@pytest.mark.parametrize("bad", [1.5, Decimal("1.5"), True, "100"])
def test_money_refuses_anything_but_integer_cents(bad: object) -> None:
    with pytest.raises(TypeError):
        format_money(bad, "fi")  # type: ignore[arg-type]


@given(st.integers(min_value=-MAX_AMOUNT_CENTS, max_value=MAX_AMOUNT_CENTS))
def test_finnish_money_reads_back_with_the_domain_parser(cents: int) -> None:
    """Every amount the parser takes (up to 10 million euros either way) reads back."""
    assert parse_amount(format_money(cents, "fi")) == cents


@given(st.integers(min_value=-10**13, max_value=10**13))
def test_money_uses_no_float_rounding(cents: int) -> None:
    whole, frac = divmod(abs(cents), 100)
    text = format_money(cents, "en", symbol=False)
    assert text == ("-" if cents < 0 else "") + f"{whole:,}.{frac:02d}"


@pytest.mark.parametrize(("value", "places", "fi", "en"), [
    (Decimal("1234.5"), None, "1_234,5", "1,234.5"),
    (Decimal("-1234.5"), None, "-1_234,5", "-1,234.5"),
    (Decimal("0"), None, "0", "0"),
    (Decimal("2.675"), 2, "2,68", "2.68"),  # half-up, not banker's rounding
    (Decimal("2.665"), 2, "2,67", "2.67"),
    (Decimal("-0.004"), 2, "0,00", "0.00"),
    (Decimal("37.5"), 0, "38", "38"),
    (Decimal("7"), 1, "7,0", "7.0"),
    (1234567, None, "1_234_567", "1,234,567"),
])
def test_decimal_vectors(value, places, fi, en) -> None:
    assert format_decimal(value, "fi", places) == nb(fi)
    assert format_decimal(value, "en", places) == en


def test_decimal_refuses_float_and_non_finite() -> None:
    with pytest.raises(TypeError):
        format_decimal(1.5, "fi")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        format_decimal(Decimal("NaN"), "fi")


def test_int() -> None:
    assert format_int(12345, "fi") == nb("12_345")
    assert format_int(-12345, "en") == "-12,345"


@pytest.mark.parametrize(("fraction", "places", "fi", "en"), [
    (Decimal("0.65"), None, "65_%", "65%"),
    (Decimal("0.5000"), None, "50_%", "50%"),
    (Decimal("1"), None, "100_%", "100%"),
    (Decimal("0"), None, "0_%", "0%"),
    (Decimal("0.1710"), None, "17,1_%", "17.1%"),
    (Decimal("0.17125"), None, "17,125_%", "17.125%"),
    (Decimal("0.17125"), 1, "17,1_%", "17.1%"),
    (Decimal("-0.05"), None, "-5_%", "-5%"),
])
def test_percent_vectors(fraction, places, fi, en) -> None:
    assert format_percent(fraction, "fi", places) == nb(fi)
    assert format_percent(fraction, "en", places) == en


@pytest.mark.parametrize(("day", "fi", "en"), [
    (date(2026, 3, 5), "5.3.2026", "5 Mar 2026"),
    (date(2026, 12, 31), "31.12.2026", "31 Dec 2026"),
    (date(1999, 1, 1), "1.1.1999", "1 Jan 1999"),
    (datetime(2026, 3, 5, 23, 59), "5.3.2026", "5 Mar 2026"),
])
def test_date_vectors(day, fi, en) -> None:
    assert format_date(day, "fi") == fi
    assert format_date(day, "en") == en


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_finnish_dates_are_what_babel_writes(day) -> None:
    from babel.dates import format_date as babel_format_date

    assert format_date(day, "fi") == babel_format_date(day, "d.M.yyyy", locale="fi_FI")


@pytest.mark.parametrize(("start", "end", "fi", "en"), [
    (date(2026, 1, 1), date(2026, 2, 28), "1.1.–28.2.2026", "1 Jan – 28 Feb 2026"),
    (date(2025, 12, 1), date(2026, 2, 28), "1.12.2025–28.2.2026", "1 Dec 2025 – 28 Feb 2026"),
    (date(2026, 3, 5), date(2026, 3, 5), "5.3.2026", "5 Mar 2026"),
    (date(2026, 1, 1), date(2026, 12, 31), "1.1.–31.12.2026", "1 Jan – 31 Dec 2026"),
])
def test_period_vectors(start, end, fi, en) -> None:
    assert format_period(start, end, "fi") == fi
    assert format_period(start, end, "en") == en


def test_period_must_not_run_backwards() -> None:
    with pytest.raises(ValueError):
        format_period(date(2026, 2, 1), date(2026, 1, 1), "fi")


def test_month_names() -> None:
    assert month_name(1, "fi", short=True) == "tammi"
    assert month_name(1, "fi") == "tammikuu"
    assert month_name(3, "en", short=True) == "Mar"
    assert month_name(12, "en") == "December"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        format_money(100, "sv")


def test_cell_text_covers_every_cell_type() -> None:
    assert cell_text(None, "fi") == ""
    assert cell_text("Łukasz", "fi") == "Łukasz"
    assert cell_text(1234, "fi") == nb("1_234")
    assert cell_text(date(2026, 3, 5), "fi") == "5.3.2026"
    assert cell_text(m.Money(123450), "fi") == nb("1_234,50_€")
    assert cell_text(m.Money(123450), "en", money_symbol=False) == "1,234.50"
    assert cell_text(m.Percent(Decimal("0.65")), "fi") == nb("65_%")
    assert cell_text(m.Number(Decimal("37.5"), 1), "en") == "37.5"
    with pytest.raises(TypeError):
        cell_text(True, "fi")
    with pytest.raises(TypeError):
        cell_text(1.5, "fi")  # type: ignore[arg-type]


def test_clean_text_keeps_lines_and_drops_control_characters() -> None:
    assert clean_text("a\r\nb\rc\td\x00e\x07") == "a\nb\nc de"
