"""The headless calculation contract: a JSON case in, the engine's figures out (docs/calc.md).

``run_case`` parses and checks the whole case before computing. Anything malformed (missing
key, unknown key, bad date, negative or float amount, unknown kind, payment period outside 1–3…)
raises ValidationError whose ``field`` is the JSON path of the value (``months[0].gross_pay``);
the CLI turns that into exit code 2. Business-rule findings (for example weekly hours under the
55+ minimum) do not stop the calculation; they are listed under ``issues`` in the output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from .errors import ValidationError
from .money import CENT, Cents, cents_to_decimal, parse_decimal_string, to_cents
from .rates import RateTables, SupportParameters, load_seed_rates
from .subsidy import (
    AMOUNT_FIELDS,
    ContributionMethod,
    CostItem,
    Decision,
    Employment,
    Issue,
    Kind,
    SupportResult,
    WageMonth,
    calculate,
    structural_issues,
    validate_decision,
)

SEED_RATES_DIR = Path(__file__).resolve().parents[2] / "resources" / "rates"

_TOP_KEYS = frozenset({"decision", "employment", "months"})
_DECISION_KEYS = frozenset({
    "kind", "start", "end", "percent", "monthly_cap", "working_time_cap",
    "payment_period_months", "contribution_method", "prorate_partial_months",
    "contribution_coefficient", "eligible_items", "decided_on", "deadline_months_after",
})
_EMPLOYMENT_KEYS = frozenset({"weekly_hours", "full_time_weekly_hours", "start", "end"})
_MONTH_KEYS = frozenset({"month", *AMOUNT_FIELDS})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# Sanity bounds: they keep month arithmetic and Decimal quantising far from their limits.
_FIRST_YEAR, _LAST_YEAR = 1900, 2999
_LARGEST = Decimal("1E12")


@lru_cache(maxsize=1)
def seed_tables() -> RateTables:
    return load_seed_rates(SEED_RATES_DIR)


def run_case(data: object, tables: RateTables | None = None) -> dict[str, object]:
    """Compute a case given as parsed JSON; see docs/calc.md for both shapes."""
    tables = seed_tables() if tables is None else tables
    decision, employment, months = parse_case(data, tables)
    result = calculate(decision, employment, months, tables)
    issues = validate_decision(decision, employment, months, tables=tables)
    return format_result(result, issues)


def parse_case(data: object, tables: RateTables
               ) -> tuple[Decision, Employment, tuple[WageMonth, ...]]:
    top = _Object(data, "", _TOP_KEYS)
    decision = parse_decision(top.child("decision", _DECISION_KEYS), tables)
    employment = parse_employment(top.child("employment", _EMPLOYMENT_KEYS))
    rows = top.array("months")
    months = tuple(parse_month(_Object(row, f"months[{i}]", _MONTH_KEYS))
                   for i, row in enumerate(rows))
    problems = structural_issues(decision, employment, months)
    if problems:
        first = problems[0]
        raise ValidationError(f"{first.field}: {first.code}", code=first.code, field=first.field,
                              **first.params)
    return decision, employment, months


def parse_decision(obj: _Object, tables: RateTables) -> Decision:
    kind = Kind(obj.choice("kind", Kind, code="unknown_kind"))
    start, end = obj.date("start"), obj.date("end")
    # Statutory kinds fall back to the row in force at the subsidy start; per-decision kinds
    # (kuntalisa, tyollistamislisa, other) have no seed rows, so percent and cap are required.
    defaults = tables.support_parameters_for(kind, start)
    percent = obj.decimal("percent", required=False)
    cap = obj.cents("monthly_cap", required=False)
    working_time_cap = obj.decimal("working_time_cap", required=False)
    coefficient = obj.decimal("contribution_coefficient", required=False)
    return Decision(
        kind=kind, start=start, end=end,
        percent=percent if percent is not None else _table_value(obj, "percent", defaults),
        monthly_cap_cents=cap if cap is not None else _table_value(obj, "monthly_cap", defaults),
        working_time_cap=working_time_cap if working_time_cap is not None
        else _optional(defaults, "working_time_cap"),
        payment_period_months=obj.integer("payment_period_months", 1),
        deadline_months_after=obj.integer("deadline_months_after", 2),
        contribution_method=ContributionMethod(
            obj.choice("contribution_method", ContributionMethod, ContributionMethod.ACTUAL)),
        prorate_partial_months=obj.boolean("prorate_partial_months", True),
        contribution_coefficient=coefficient if coefficient is not None
        else _optional(defaults, "contribution_coefficient"),
        eligible_items=obj.items("eligible_items"),
        decided_on=obj.date("decided_on", required=False),
    )


def _table_value(obj: _Object, key: str, defaults: SupportParameters | None) -> object:
    if defaults is None:
        raise obj.fail(key, "missing_field", reason="no_default")
    return defaults.monthly_cap_cents if key == "monthly_cap" else getattr(defaults, key)


def _optional(defaults: SupportParameters | None, name: str) -> Decimal | None:
    return getattr(defaults, name) if defaults is not None else None


def parse_employment(obj: _Object) -> Employment:
    return Employment(
        weekly_hours=obj.decimal("weekly_hours"),
        full_time_weekly_hours=obj.decimal("full_time_weekly_hours"),
        start=obj.date("start", required=False),
        end=obj.date("end", required=False),
    )


def parse_month(obj: _Object) -> WageMonth:
    month = obj.month("month")
    amounts: dict[str, Cents | None] = {}
    for name in AMOUNT_FIELDS:
        value = obj.cents(name, required=name == "gross_pay")
        # Missing contributions stay None: the engine computes them from the year's rates.
        amounts[name] = value if value is not None or name == "employer_contributions" else 0
    return WageMonth(month=month, **amounts)  # type: ignore[arg-type]


def format_result(result: SupportResult, issues: Iterable[Issue]) -> dict[str, object]:
    return {
        "months": [{
            "month": m.month.strftime("%Y-%m"),
            "wage_costs": _euros(m.wage_costs),
            "eligible_costs": _euros(m.eligible_costs),
            "cap": _euros(m.cap),
            "support": _euros(m.support),
        } for m in result.months],
        "periods": [{
            "start": p.start.isoformat(),
            "end": p.end.isoformat(),
            "support": _euros(p.support),
            "deadline": p.deadline.isoformat(),
        } for p in result.periods],
        "total_support": _euros(result.total_support),
        "issues": [format_issue(i) for i in issues],
    }


def format_issue(issue: Issue) -> dict[str, object]:
    params: dict[str, str] = {}
    for key, value in issue.params.items():
        if key.endswith("_cents") and isinstance(value, int):
            params[key.removesuffix("_cents")] = _euros(value)
        elif isinstance(value, date):
            params[key] = value.isoformat()
        else:
            params[key] = str(value)
    return {"severity": str(issue.severity), "code": issue.code, "field": issue.field,
            "params": params}


def _euros(cents: Cents) -> str:
    return str(cents_to_decimal(cents))


_REQUIRED = object()


class _Object:
    """One JSON object of the case, with its path for error messages."""

    def __init__(self, data: object, path: str, allowed: frozenset[str]) -> None:
        if not isinstance(data, dict):
            raise ValidationError(f"{path or 'case'}: expected an object",
                                  code="expected_object", field=path or None)
        self.data, self.path = data, path
        for key in sorted(data, key=str):
            if key not in allowed:
                raise ValidationError(f"unknown field {key}", code="unknown_field",
                                      field=self.field(str(key)))

    def field(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def fail(self, key: str, code: str, **params: object) -> ValidationError:
        return ValidationError(f"{self.field(key)}: {code}", code=code, field=self.field(key),
                               **params)

    def value(self, key: str, default: object = _REQUIRED) -> object:
        value = self.data.get(key)
        if value is None and default is _REQUIRED:
            raise self.fail(key, "missing_field")
        return default if value is None else value

    def child(self, key: str, allowed: frozenset[str]) -> _Object:
        return _Object(self.value(key), self.field(key), allowed)

    def array(self, key: str) -> list[object]:
        value = self.value(key)
        if not isinstance(value, list):
            raise self.fail(key, "expected_list")
        return value

    def number(self, key: str, *, required: bool, negative_code: str) -> Decimal | None:
        value = self.value(key, _REQUIRED if required else None)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
            raise self.fail(key, "expected_string")  # JSON numbers with a point are floats
        try:
            number = parse_decimal_string(str(value))
        except ValueError as exc:
            raise self.fail(key, "invalid_number") from exc
        if number < 0:
            raise self.fail(key, negative_code)
        if number >= _LARGEST:
            raise self.fail(key, "out_of_range")
        return number

    def decimal(self, key: str, *, required: bool = True) -> Decimal | None:
        return self.number(key, required=required, negative_code="negative_value")

    def cents(self, key: str, *, required: bool = True) -> Cents | None:
        value = self.number(key, required=required, negative_code="negative_amount")
        if value is None:
            return None
        if value != value.quantize(CENT):
            raise self.fail(key, "too_many_decimals")
        return to_cents(value)

    def date(self, key: str, *, required: bool = True) -> date:
        value = self.value(key, _REQUIRED if required else None)
        if value is None:
            return None  # type: ignore[return-value]  # only when not required
        try:
            if not isinstance(value, str) or not _ISO_DATE.match(value):
                raise ValueError(value)
            parsed = date.fromisoformat(value)
        except ValueError as exc:
            raise self.fail(key, "invalid_date") from exc
        return self._in_range(key, parsed)

    def _in_range(self, key: str, day: date) -> date:
        if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
            raise self.fail(key, "date_out_of_range")
        return day

    def month(self, key: str) -> date:
        value = self.value(key)
        match = _ISO_MONTH.match(value) if isinstance(value, str) else None
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise self.fail(key, "invalid_month")
        return self._in_range(key, date(max(1, int(match.group(1))), int(match.group(2)), 1))

    def integer(self, key: str, default: int) -> int:
        """Whole numbers; their range is checked with the decision (structural issues)."""
        value = self.value(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, "expected_integer")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.value(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "expected_boolean")
        return value

    def choice(self, key: str, enum: type[StrEnum], default: object = _REQUIRED, *,
               code: str = "invalid_choice") -> StrEnum:
        value = self.value(key, default)
        if isinstance(value, enum):
            return value
        if not isinstance(value, str) or value not in {e.value for e in enum}:
            raise self.fail(key, code, allowed=", ".join(e.value for e in enum))
        return enum(value)

    def items(self, key: str) -> frozenset[CostItem] | None:
        value = self.value(key, None)
        if value is None:
            return None
        if not isinstance(value, list):
            raise self.fail(key, "expected_list")
        allowed = {e.value for e in CostItem}
        for i, name in enumerate(value):
            if not isinstance(name, str) or name not in allowed:
                code = "never_eligible" if name in AMOUNT_FIELDS else "invalid_choice"
                raise ValidationError(f"{self.field(key)}[{i}]: {code}", code=code,
                                      field=f"{self.field(key)}[{i}]")
        return frozenset(CostItem(name) for name in value)
