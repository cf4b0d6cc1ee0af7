"""Builders for engine tests: decisions from the seed tables, wage months in euros."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

from kuhina_desktop.domain.money import parse_decimal_string, to_cents
from kuhina_desktop.domain.rates import load_seed_rates
from kuhina_desktop.domain.subsidy import Decision, Employment, Kind, WageMonth

SEED = load_seed_rates(Path(__file__).resolve().parents[2] / "resources" / "rates")


def eur(text: str) -> int:
    """'1495.00' → 149500 cents."""
    return to_cents(parse_decimal_string(text))


def decision(kind: Kind | str = Kind.PALKKATUKI_100, start: date = date(2026, 1, 1),
             end: date = date(2026, 10, 31), **changes: object) -> Decision:
    """A decision with the seed parameters of its kind (per-decision kinds: 100 %, 1 000 €)."""
    kind = Kind(kind)
    params = SEED.support_parameters_for(kind, start)
    base = Decision(
        kind=kind, start=start, end=end,
        percent=params.percent if params else Decimal(100),
        monthly_cap_cents=params.monthly_cap_cents if params else 100000,
        working_time_cap=params.working_time_cap if params else None,
        contribution_coefficient=params.contribution_coefficient if params else None,
    )
    return dataclasses.replace(base, **changes)


def employment(weekly: str = "24.375", full_time: str = "37.5", **changes: object) -> Employment:
    return dataclasses.replace(Employment(Decimal(weekly), Decimal(full_time)), **changes)


def month(ym: str, gross: str = "0", **amounts: str | None) -> WageMonth:
    year, mon = (int(x) for x in ym.split("-"))
    cents = {k: (None if v is None else eur(v)) for k, v in amounts.items()}
    return WageMonth(month=date(year, mon, 1), gross_pay=eur(gross), **cents)
