"""Dates as people type them in Finland: 5.3.2026, 05.03.26, and the shortcut 5.3 (this year)."""

from __future__ import annotations

import re
from datetime import date

_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.?(\d{2}|\d{4})?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_fi_date(text: str, today: date | None = None) -> date:
    """Parse ``d.M.yyyy``, ``d.M.yy``, ``d.M.`` / ``d.M`` (this year) or ISO ``yyyy-mm-dd``.

    Raises ValueError("format") for text that is not a date and ValueError("no such day") for
    a day that does not exist, such as 31.2.
    """
    today = today or date.today()
    match = _DATE.match(text)
    if match:
        day, month, year_text = int(match[1]), int(match[2]), match[3]
        year = today.year if year_text is None else int(year_text)
        if year_text is not None and len(year_text) == 2:
            year += 2000 if year <= (today.year % 100) + 20 else 1900
    else:
        iso = _ISO.match(text)
        if not iso:
            raise ValueError("format")
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError("no such day") from exc


def format_fi_date(value: date | None) -> str:
    return "" if value is None else f"{value.day}.{value.month}.{value.year}"
