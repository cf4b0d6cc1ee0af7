"""Formats on screen, in the UI language: 1 234,50 € / €1,234.50, 5.3.2026, 65 %.

The rules themselves live in reports/formatting.py, so a figure reads the same on screen and on
paper; this module only remembers which language the window speaks.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kuhina_desktop.reports import formatting

_language = "fi"


def set_language(language: str) -> None:
    global _language
    _language = language if language in ("fi", "en") else "fi"


def money(cents: int | None, with_unit: bool = True) -> str:
    return "" if cents is None else formatting.format_money(cents, _language, symbol=with_unit)


def day(value: date | None) -> str:
    return "" if value is None else formatting.format_date(value, "fi")


def decimal(value: Decimal | None, places: int = 2) -> str:
    return "" if value is None else formatting.format_decimal(value, _language, places)


def percent(fraction: Decimal | None, places: int = 0) -> str:
    return "" if fraction is None else formatting.format_percent(fraction, _language, places)
