"""Parameter tables the support engine reads: employer contribution rates and support parameters.

Rates and caps change by law and by budget, so they are data keyed by validity (a year for
contribution rates, a start date for support parameters), seeded from ``resources/rates`` and
editable later in Settings. This module holds the value types, the look-ups and the conversion
from and to plain dicts (the JSON seed files and the database rows use the same shape).

Plain-dict shape: amounts and rates are strings (never JSON numbers, which would be floats);
contribution rates are written as percents (``"17.10"``) because that is how every published
table states them, and held here as fractions (``Decimal("0.1710")``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from .errors import ValidationError
from .money import CENT, Cents, cents_to_decimal, parse_decimal_string, percent_of, to_cents

HUNDRED = Decimal(100)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

CONTRIBUTION_RATES_FILE = "contribution_rates.json"
SUPPORT_PARAMETERS_FILE = "support_parameters.json"

# The order is the order of the lines on a payslip summary and in reports.
CONTRIBUTION_LINES = ("health_insurance", "tyel_employer", "unemployment", "accident", "group_life")


@dataclass(frozen=True)
class ContributionRates:
    """Employer's statutory contributions of one calendar year, as fractions of taxable pay."""

    year: int
    health_insurance: Decimal
    tyel_employer: Decimal
    unemployment: Decimal
    accident: Decimal
    group_life: Decimal

    def lines(self) -> tuple[tuple[str, Decimal], ...]:
        return tuple((name, getattr(self, name)) for name in CONTRIBUTION_LINES)

    def contribution_lines(self, taxable_cents: Cents) -> dict[str, Cents]:
        """Each line is rounded half-up to cents on its own, as payroll software does."""
        return {name: percent_of(taxable_cents, rate) for name, rate in self.lines()}

    def contributions_on(self, taxable_cents: Cents) -> Cents:
        return sum(self.contribution_lines(taxable_cents).values())

    @classmethod
    def from_dict(cls, data: Mapping[str, object], where: str = "") -> ContributionRates:
        year = _int(data, "year", where)
        rates = {name: _decimal(data, f"{name}_percent", where) / HUNDRED
                 for name in CONTRIBUTION_LINES}
        for name, rate in rates.items():
            if not Decimal(0) <= rate < 1:
                raise ValidationError(f"rate out of range: {name}", code="rate_out_of_range",
                                      field=f"{where}{name}_percent")
        return cls(year=year, **rates)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"year": self.year}
        for name, rate in self.lines():
            data[f"{name}_percent"] = _plain(rate * HUNDRED)
        return data


@dataclass(frozen=True)
class SupportParameters:
    """The statutory parameters of one support kind from ``valid_from`` until the next row.

    ``percent`` is in percent (``Decimal(70)``); ``working_time_cap`` is a fraction of the
    sector's full working time (``Decimal("0.65")``).
    """

    kind: str
    valid_from: date
    percent: Decimal
    monthly_cap_cents: Cents
    working_time_cap: Decimal | None = None
    min_weekly_hours: Decimal | None = None
    max_months: int | None = None
    contribution_coefficient: Decimal | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, object], where: str = "") -> SupportParameters:
        kind = data.get("kind")
        if not isinstance(kind, str) or not kind:
            raise ValidationError("kind missing", code="missing_field", field=f"{where}kind")
        return cls(
            kind=kind,
            valid_from=_date(data, "valid_from", where),
            percent=_decimal(data, "percent", where),
            monthly_cap_cents=_cents(data, "monthly_cap", where),
            working_time_cap=_optional_decimal(data, "working_time_cap", where),
            min_weekly_hours=_optional_decimal(data, "min_weekly_hours", where),
            max_months=_int(data, "max_months", where) if data.get("max_months") is not None
            else None,
            contribution_coefficient=_optional_decimal(data, "contribution_coefficient", where),
        )

    def to_dict(self) -> dict[str, object]:
        def opt(value: Decimal | None) -> str | None:
            return None if value is None else _plain(value)

        return {
            "kind": self.kind,
            "valid_from": self.valid_from.isoformat(),
            "percent": _plain(self.percent),
            "monthly_cap": str(cents_to_decimal(self.monthly_cap_cents)),
            "working_time_cap": opt(self.working_time_cap),
            "min_weekly_hours": opt(self.min_weekly_hours),
            "max_months": self.max_months,
            "contribution_coefficient": opt(self.contribution_coefficient),
        }


@dataclass(frozen=True)
class RateTables:
    """All parameter tables together: what the engine and the validation need."""

    contribution_rates: tuple[ContributionRates, ...] = ()
    support_parameters: tuple[SupportParameters, ...] = ()

    def contribution_rates_for(self, year_or_date: int | date) -> ContributionRates | None:
        return contribution_rates_in_force(self.contribution_rates, year_or_date)

    def support_parameters_for(self, kind: str, on: date) -> SupportParameters | None:
        return support_parameters_in_force(self.support_parameters, kind, on)

    @classmethod
    def from_dicts(cls, contribution_rates: Iterable[Mapping[str, object]],
                   support_parameters: Iterable[Mapping[str, object]]) -> RateTables:
        contributions = tuple(ContributionRates.from_dict(row, f"contribution_rates[{i}].")
                              for i, row in enumerate(contribution_rates))
        supports = tuple(SupportParameters.from_dict(row, f"support_parameters[{i}].")
                         for i, row in enumerate(support_parameters))
        _reject_duplicates([str(r.year) for r in contributions], "contribution_rates", "year")
        _reject_duplicates([f"{p.kind}@{p.valid_from}" for p in supports], "support_parameters",
                           "valid_from")
        return cls(contribution_rates=contributions, support_parameters=supports)

    def to_dicts(self) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
        return ([r.to_dict() for r in self.contribution_rates],
                [p.to_dict() for p in self.support_parameters])


def contribution_rates_in_force(tables: Iterable[ContributionRates],
                                year_or_date: int | date) -> ContributionRates | None:
    """The table of exactly that year, or None.

    No fallback to an earlier year: the rates change every January, and computing a new year's
    wage costs with last year's rates silently would be wrong money. The due list asks the user
    to confirm the new year's table instead.
    """
    year = year_or_date.year if isinstance(year_or_date, date) else year_or_date
    return next((t for t in tables if t.year == year), None)


def support_parameters_in_force(tables: Iterable[SupportParameters], kind: str,
                                on: date) -> SupportParameters | None:
    """The row of ``kind`` with the latest ``valid_from`` on or before ``on``."""
    candidates = [p for p in tables if p.kind == kind and p.valid_from <= on]
    return max(candidates, key=lambda p: p.valid_from, default=None)


def load_seed_rates(resources_dir: Path) -> RateTables:
    """Read the seed tables shipped in ``resources/rates`` (the folder or its parent).

    The only file access in the domain package; kept here so that the CLI and tests can run
    without Qt and without a data file. The storage layer seeds a new data file from it.
    """
    folder = resources_dir / "rates" if (resources_dir / "rates").is_dir() else resources_dir
    contributions = _read_json(folder / CONTRIBUTION_RATES_FILE, "contribution_rates")
    supports = _read_json(folder / SUPPORT_PARAMETERS_FILE, "support_parameters")
    return RateTables.from_dicts(contributions, supports)


def _read_json(path: Path, key: str) -> list[Mapping[str, object]]:
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    rows = data.get(key) if isinstance(data, dict) else None
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValidationError(f"{path.name}: expected a list under {key!r}",
                              code="malformed_rate_table", field=key)
    return rows


def _reject_duplicates(keys: list[str], table: str, column: str) -> None:
    seen: set[str] = set()
    for i, key in enumerate(keys):
        if key in seen:
            raise ValidationError(f"duplicate row {key}", code="duplicate_rate_row",
                                  field=f"{table}[{i}].{column}", key=key)
        seen.add(key)


def _plain(value: Decimal) -> str:
    """``Decimal('17.1000')`` → ``'17.1'``, without exponent notation (``100`` not ``1E+2``)."""
    return format(value.normalize(), "f")


def _decimal(data: Mapping[str, object], key: str, where: str) -> Decimal:
    value = data.get(key)
    if value is None:
        raise ValidationError(f"{key} missing", code="missing_field", field=f"{where}{key}")
    if not isinstance(value, str):
        raise ValidationError(f"{key} must be a string", code="expected_string",
                              field=f"{where}{key}")
    try:
        number = parse_decimal_string(value)
    except ValueError as exc:
        raise ValidationError(f"{key}: {exc}", code="invalid_number",
                              field=f"{where}{key}") from exc
    if number < 0:
        raise ValidationError(f"{key} is negative", code="negative_value", field=f"{where}{key}")
    return number


def _cents(data: Mapping[str, object], key: str, where: str) -> Cents:
    value = _decimal(data, key, where)
    if value != value.quantize(CENT):
        raise ValidationError(f"{key} has more than two decimals", code="too_many_decimals",
                              field=f"{where}{key}")
    return to_cents(value)


def _optional_decimal(data: Mapping[str, object], key: str, where: str) -> Decimal | None:
    return None if data.get(key) is None else _decimal(data, key, where)


def _int(data: Mapping[str, object], key: str, where: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(f"{key} must be a whole number", code="expected_integer",
                              field=f"{where}{key}")
    return value


def _date(data: Mapping[str, object], key: str, where: str) -> date:
    value = data.get(key)
    try:
        if not isinstance(value, str) or not _ISO_DATE.match(value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError(f"{key} must be an ISO date", code="invalid_date",
                              field=f"{where}{key}") from exc
