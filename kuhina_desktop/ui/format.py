"""Formats on screen, in the UI language: 1 234,50 € / €1,234.50, 5.3.2026, 65 %.

The rules themselves live in reports/formatting.py, so a figure reads the same on screen and on
paper; this module only remembers which language the window speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date
    from decimal import Decimal

# The rules (and the decimal module) are imported at the first number shown: the language is
# set before the window's first paint, which shows none.
_language = "fi"


def set_language(language: str) -> None:
    global _language
    _language = language if language in ("fi", "en") else "fi"


def money(cents: int | None, with_unit: bool = True) -> str:
    return "" if cents is None else _rules().format_money(cents, _language, symbol=with_unit)


def day(value: date | None) -> str:
    return "" if value is None else _rules().format_date(value, "fi")


def decimal(value: Decimal | None, places: int = 2) -> str:
    return "" if value is None else _rules().format_decimal(value, _language, places)


def percent(fraction: Decimal | None, places: int = 0) -> str:
    return "" if fraction is None else _rules().format_percent(fraction, _language, places)


def working_time(fraction: Decimal | None) -> str:
    """Working time as a share of full time, the same everywhere: whole percents without
    decimals (80 %), anything else to two places (64,67 %), as the calculation uses it."""
    if fraction is None:
        return ""
    from decimal import Decimal

    hundredths = (Decimal(fraction) * 100).quantize(Decimal("0.01"))
    return percent(Decimal(fraction), 0 if hundredths == hundredths.to_integral_value() else 2)


_formatting = None


def _rules():
    global _formatting
    if _formatting is None:
        from kuhina_desktop.reports import formatting

        _formatting = formatting
    return _formatting
