"""The support-calculation engine (DOMAIN.md "Calculation rules"). Pure functions, no float.

Per calendar month of the subsidy period:

1. wage costs = taxable pay (gross + supplements + holiday pay + holiday bonus + holiday
   compensation) + employer contributions (entered, or each line of the year's rate table
   rounded half-up). Tax-free allowances are not wage costs.
2. eligible costs = the kind's eligible items minus Kela-compensated pay (and, where
   contributions are eligible, the contributions on it); for 100 % the working-time cap scales
   them down when the agreed hours exceed it.
3. support = min(eligible × percent, monthly cap (pro-rated by calendar days in a partial month),
   wage costs − other public support), never negative, rounded half-up to cents at the end.

Payment periods group 1–3 calendar months from the month the subsidy starts; each has its
application deadline. Money in and out is integer cents; internal figures are exact Decimals.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .date_math import add_months, first_day_of_month
from .deadlines import application_deadline
from .errors import ValidationError
from .money import Cents
from .rates import RateTables
from .subsidy_checks import structural_issues, validate_decision
from .subsidy_model import (
    AMOUNT_FIELDS,
    BASIC_ITEMS,
    DEFAULT_ITEMS,
    FULL_ITEMS,
    PER_DECISION_KINDS,
    STATUTORY_KINDS,
    ContributionMethod,
    CostItem,
    Decision,
    Employment,
    Issue,
    Kind,
    MonthResult,
    PeriodResult,
    Severity,
    SupportResult,
    WageMonth,
    covered_days,
    days_in_month,
    previous_day,
)

__all__ = [
    "AMOUNT_FIELDS", "BASIC_ITEMS", "DEFAULT_ITEMS", "FULL_ITEMS", "PER_DECISION_KINDS", "STATUTORY_KINDS",
    "ContributionMethod", "CostItem", "Decision", "Employment", "Issue", "Kind", "MonthResult",
    "PeriodResult", "Severity", "SupportResult", "WageMonth", "application_deadline",
    "calculate", "calculate_month", "eligible_costs", "errors_only", "month_contributions", "payment_periods",
    "structural_issues", "validate_decision", "wage_costs", "working_time_factor",
]

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)


def calculate(decision: Decision, employment: Employment, months: Sequence[WageMonth],
              tables: RateTables) -> SupportResult:
    """Support per month and per payment period for the given wage months.

    Raises ValidationError (code, field, params of the first structural error) when the values
    cannot be computed with, or when contributions must be computed for a year without rates.
    Business-rule findings are not checked here; see ``validate_decision``.
    """
    problems = structural_issues(decision, employment, months)
    if problems:
        first = problems[0]
        raise ValidationError(first.code, code=first.code, field=first.field, **first.params)
    results = sorted(
        (calculate_month(decision, employment, month, tables, f"months[{i}]")
         for i, month in enumerate(months)),
        key=lambda r: r.month,
    )
    periods = _period_results(decision, results)
    return SupportResult(months=tuple(results), periods=periods,
                         total_support=sum(p.support for p in periods))


def calculate_month(decision: Decision, employment: Employment, wage: WageMonth,
                    tables: RateTables, where: str = "month") -> MonthResult:
    """One month. A month outside the subsidy period gets wage costs but no support."""
    month = first_day_of_month(wage.month)
    length = days_in_month(month)
    covered = covered_days(month, decision.start, decision.end)
    contributions = month_contributions(wage, tables, f"{where}.employer_contributions")
    costs = wage.taxable_pay + contributions
    if covered == 0:
        return MonthResult(month, costs, 0, 0, 0, 0, length)
    eligible = eligible_costs(decision, employment, wage, contributions)
    cap = _month_cap(decision, covered, length)
    amount = eligible * decision.percent / HUNDRED
    # Rounding each candidate before taking the minimum gives the same result as rounding the
    # minimum (half-up rounding is monotonic and the last limit is already whole cents).
    limit = costs - wage.other_public_support
    support = max(0, min(_cents(amount), _cents(cap), limit))
    return MonthResult(month, costs, _cents(eligible), _cents(cap), support, covered, length)


def month_contributions(wage: WageMonth, tables: RateTables,
                        field: str = "employer_contributions") -> Cents:
    """Entered contributions, or the year's table applied line by line to the taxable pay."""
    if wage.employer_contributions is not None:
        return wage.employer_contributions
    rates = tables.contribution_rates_for(wage.month.year)
    if rates is None:
        raise ValidationError(f"no contribution rates for {wage.month.year}",
                              code="contribution_rates_missing", field=field,
                              year=wage.month.year)
    return rates.contributions_on(wage.taxable_pay)


def wage_costs(wage: WageMonth, tables: RateTables) -> Cents:
    return wage.taxable_pay + month_contributions(wage, tables)


def eligible_costs(decision: Decision, employment: Employment, wage: WageMonth,
                   contributions: Cents) -> Decimal:
    """Eligible costs of the month in cents, exact (not yet rounded)."""
    items = decision.items
    pay_items = sum(wage.item(i) for i in items if i != CostItem.EMPLOYER_CONTRIBUTIONS)
    pay = max(0, pay_items - wage.kela_compensated_pay)
    eligible = Decimal(pay)
    if CostItem.EMPLOYER_CONTRIBUTIONS in items:
        eligible += _eligible_contributions(decision, wage, pay, contributions)
    return eligible * working_time_factor(decision, employment)


def _eligible_contributions(decision: Decision, wage: WageMonth, eligible_pay: Cents,
                            contributions: Cents) -> Decimal:
    """Contributions on the eligible pay only.

    The month's contributions also fall on holiday compensation and on Kela-compensated pay,
    which are not eligible; contributions are proportional to pay, so the eligible part is the
    eligible pay's share of the taxable pay. The coefficient method replaces the contributions
    with pay × (coefficient − 1), never more than the actual contributions on that pay.
    """
    taxable = wage.taxable_pay
    actual = Decimal(contributions) * eligible_pay / taxable if taxable else ZERO
    if decision.contribution_method == ContributionMethod.COEFFICIENT:
        coefficient = decision.contribution_coefficient or ONE
        return min(Decimal(eligible_pay) * (coefficient - ONE), actual)
    return actual


def working_time_factor(decision: Decision, employment: Employment) -> Decimal:
    """cap / work fraction when the agreed hours exceed the cap, else 1.

    Written as cap × full time / weekly hours so that no quotient is rounded on the way.
    """
    cap = decision.working_time_cap
    if cap is None or employment.weekly_hours <= 0:
        return ONE
    if employment.weekly_hours <= cap * employment.full_time_weekly_hours:
        return ONE
    return cap * employment.full_time_weekly_hours / employment.weekly_hours


def _month_cap(decision: Decision, covered: int, length: int) -> Decimal:
    cap = Decimal(decision.monthly_cap_cents)
    if decision.prorate_partial_months and covered < length:
        return cap * covered / length
    return cap


def payment_periods(decision: Decision) -> tuple[tuple[date, date], ...]:
    """The decision's payment periods: N calendar months each, from the subsidy start.

    The first period starts on the subsidy's first day and the last ends on its last day, so a
    decision whose length is not a multiple of N ends with a shorter period. Periods follow
    calendar months because wage data (and the payer's breakdown) is per calendar month.
    """
    if decision.end < decision.start:
        raise ValidationError("decision_end_before_start", code="decision_end_before_start",
                              field="decision.end", start=decision.start, end=decision.end)
    if decision.payment_period_months not in (1, 2, 3):
        raise ValidationError("payment_period_invalid", code="payment_period_invalid",
                              field="decision.payment_period_months",
                              value=decision.payment_period_months)
    return _periods(decision)


def _periods(decision: Decision) -> tuple[tuple[date, date], ...]:
    size = decision.payment_period_months
    periods = []
    month = first_day_of_month(decision.start)
    while month <= decision.end:
        following = add_months(month, size)
        periods.append((max(month, decision.start), min(previous_day(following), decision.end)))
        month = following
    return tuple(periods)


def _period_results(decision: Decision,
                    months: Sequence[MonthResult]) -> tuple[PeriodResult, ...]:
    """Periods holding at least one wage month of the subsidy period (others are not due yet)."""
    out = []
    for start, end in _periods(decision):
        inside = [m for m in months if m.in_period and first_day_of_month(start) <= m.month <= end]
        if inside:
            out.append(PeriodResult(start, end, sum(m.support for m in inside),
                                    application_deadline(end, decision.deadline_months_after)))
    return tuple(out)


def _cents(value: Decimal) -> Cents:
    """Exact cents → whole cents, half-up."""
    return int(value.quantize(ONE, rounding=ROUND_HALF_UP))


def errors_only(issues: Sequence[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == Severity.ERROR]
