"""Money as integer cents; Decimal for rates. Never float.

Formatting for people lives in ui/ and reports/ (Finnish ``1 234,50 €``); this module only
parses and computes.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Cents = int
CENT = Decimal("0.01")

#: The largest amount a person or a payroll file may give: 10 000 000,00 €. Far above any
#: monthly wage, contract pay or support decision of an association, and far below what
#: SQLite's INTEGER holds, so a mistyped figure is refused by name instead of being stored.
MAX_AMOUNT_CENTS: Cents = 1_000_000_000
#: The largest plain number (hours, a percentage, a coefficient) a person may type.
MAX_NUMBER = Decimal(1_000_000)


class TooLarge(ValueError):
    """A figure above MAX_AMOUNT_CENTS or MAX_NUMBER: a well-formed number too big to be real,
    told apart from a text that is no number at all."""

    def __init__(self) -> None:
        super().__init__("too large")


def to_cents(value: Decimal) -> Cents:
    """Round a euro amount half-up to whole cents."""
    return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def cents_to_decimal(cents: Cents) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def percent_of(cents: Cents, rate: Decimal) -> Cents:
    """``cents × rate`` rounded half-up to whole cents (rate as a fraction, 0.1710)."""
    return int((Decimal(cents) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP))


_FI_AMOUNT = re.compile(r"^[+-]?\d{1,3}([ \u00a0.]\d{3})*(,\d{1,2})?$|^[+-]?\d+(,\d{1,2})?$")
_DOT_AMOUNT = re.compile(r"^[+-]?\d+(\.\d{1,2})?$")


def parse_amount(text: str) -> Cents:
    """Parse what a person types or a payroll file holds: ``1 234,50``, ``1234.5``, ``1.234,50 €``.

    Raises ValueError("not an amount") when the text is not an amount of euros and cents, and
    TooLarge above ``MAX_AMOUNT_CENTS`` (either sign).
    """
    s = text.strip().replace("€", "").replace("\u202f", " ").strip()
    if not s:
        raise ValueError("empty")
    if _FI_AMOUNT.match(s):
        normal = s.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", ".")
    elif _DOT_AMOUNT.match(s):
        normal = s
    else:
        raise ValueError("not an amount")
    try:
        return amount_from_number(Decimal(normal))
    except InvalidOperation as exc:  # pragma: no cover - the regexes above make this unreachable
        raise ValueError("not an amount") from exc


def amount_from_number(value: Decimal | int) -> Cents:
    """A number of euros read as a number (an xlsx cell), to cents, never through a text.

    Raises ValueError("not an amount") for more than two decimals or a value that is not
    finite, and TooLarge above ``MAX_AMOUNT_CENTS``.
    """
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError("not an amount")
    if abs(number) > Decimal(MAX_AMOUNT_CENTS) / 100:
        raise TooLarge
    if number != number.quantize(CENT):
        raise ValueError("not an amount")
    return to_cents(number)


_FI_NUMBER = re.compile(r"^[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)$")


def parse_number(text: str) -> Decimal:
    """A plain number as typed in Finland: ``37,5`` / ``37.5`` / ``1 234,5`` (hours, percents).

    Only digits with at most one decimal comma or dot: no exponent (``1e30``), no ``NaN`` or
    ``Infinity``. Raises ValueError("not a number"), or TooLarge when its size
    is ``MAX_NUMBER`` or more.
    """
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not _FI_NUMBER.match(cleaned):
        raise ValueError("not a number")
    value = Decimal(cleaned.replace(",", "."))
    if abs(value) >= MAX_NUMBER:
        raise TooLarge
    return value


def parse_hours(text: str) -> Decimal:
    """Hours as typed or exported: ``162,5`` / ``162.5`` / ``8``, at most two decimals.

    Raises ValueError("not hours") for anything else, a negative number included, and
    TooLarge from ``parse_number``.
    """
    value = parse_number(text)
    if value.is_signed() and value != 0 or value != value.quantize(CENT):
        raise ValueError("not hours")
    return value


def parse_decimal_string(text: str) -> Decimal:
    """Parse a dot-decimal string from a JSON case or a rate table."""
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError) as exc:
        raise ValueError("not a decimal number") from exc
    if not value.is_finite():
        raise ValueError("not a finite number")
    return value
