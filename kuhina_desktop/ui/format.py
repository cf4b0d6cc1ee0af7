"""Finnish formats on screen: 1 234,50 €, 5.3.2026, 65 %."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kuhina_desktop.domain.dates import format_fi_date

NBSP = "\u00a0"


def money(cents: int | None, with_unit: bool = True) -> str:
    if cents is None:
        return ""
    sign = "−" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", NBSP)
    text = f"{sign}{grouped},{rest:02d}"
    return f"{text}{NBSP}€" if with_unit else text


def day(value: date | None) -> str:
    return format_fi_date(value)


def decimal(value: Decimal | None, places: int = 2) -> str:
    if value is None:
        return ""
    text = f"{value:,.{places}f}".replace(",", NBSP).replace(".", ",")
    return text


def percent(fraction: Decimal | None, places: int = 0) -> str:
    return "" if fraction is None else f"{decimal(fraction * 100, places)}{NBSP}%"
