"""Money as integer cents; Decimal for rates. Never float.

Formatting for people lives in ui/ and reports/ (Finnish ``1 234,50 €``); this module only
parses and computes.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Cents = int
CENT = Decimal("0.01")


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

    Raises ValueError with a short reason when the text is not an amount of euros and cents.
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
        return to_cents(Decimal(normal))
    except InvalidOperation as exc:  # pragma: no cover - the regexes above make this unreachable
        raise ValueError("not an amount") from exc


def parse_decimal_string(text: str) -> Decimal:
    """Parse a dot-decimal string from a JSON case or a rate table."""
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError) as exc:
        raise ValueError("not a decimal number") from exc
    if not value.is_finite():
        raise ValueError("not a finite number")
    return value
