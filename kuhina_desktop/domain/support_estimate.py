"""The wage-subsidy calculator (palkkatukilaskuri): one typical month before hiring.

It runs the engine itself (``subsidy.calculate_month``) on a decision that covers the whole
month with the kind's parameters in force on the given day, so the calculator and the payment
applications can never disagree. The result also lists the contribution lines, because the
treasurer compares them with the payroll service's own figures.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from .date_math import first_day_of_month, last_day_of_month
from .errors import ValidationError
from .money import Cents
from .rates import RateTables
from .subsidy import (
    ContributionMethod,
    Decision,
    Employment,
    Kind,
    WageMonth,
    calculate_month,
    structural_issues,
    working_time_factor,
)


@dataclass(frozen=True)
class ContributionLine:
    name: str  # health_insurance, tyel_employer, … (rates.CONTRIBUTION_LINES)
    rate: Decimal  # fraction of taxable pay
    amount: Cents


@dataclass(frozen=True)
class Estimate:
    decision: Decision
    taxable_pay: Cents
    contribution_lines: tuple[ContributionLine, ...]
    wage_costs: Cents
    eligible_costs: Cents
    support: Cents
    working_time_factor: Decimal  # 1 when the hours are within the working-time cap
    work_fraction: Decimal

    @property
    def contributions(self) -> Cents:
        return sum(line.amount for line in self.contribution_lines)

    @property
    def own_cost(self) -> Cents:
        """What the association pays itself: wage costs not covered by the support."""
        return self.wage_costs - self.support


def estimate_month(kind: Kind, employment: Employment, wage: WageMonth, tables: RateTables,
                   on: date, *, percent: Decimal | None = None,
                   monthly_cap_cents: Cents | None = None,
                   contribution_method: ContributionMethod = ContributionMethod.ACTUAL,
                   ) -> Estimate:
    """Support and costs of one full month of ``on``'s year, with that day's parameters.

    ``percent`` and ``monthly_cap_cents`` override the table (and are required for kinds that
    have no table row, such as a municipal supplement). Raises ValidationError naming the field
    (``decision.percent``, ``employment.full_time_weekly_hours``…) when it cannot compute.
    """
    decision = _month_decision(kind, tables, on, percent, monthly_cap_cents, contribution_method)
    wage = replace(wage, month=decision.start)
    problems = structural_issues(decision, employment, [wage])
    if problems:
        first = problems[0]
        field = (first.field or "").replace("months[0].", "months.")
        raise ValidationError(first.code, code=first.code, field=field, **first.params)
    result = calculate_month(decision, employment, wage, tables, "months")
    rates = tables.contribution_rates_for(on.year)
    lines: tuple[ContributionLine, ...] = ()
    if wage.employer_contributions is None and rates is not None:
        amounts = rates.contribution_lines(wage.taxable_pay)
        lines = tuple(ContributionLine(name, rate, amounts[name]) for name, rate in rates.lines())
    return Estimate(decision=decision, taxable_pay=wage.taxable_pay, contribution_lines=lines,
                    wage_costs=result.wage_costs, eligible_costs=result.eligible_costs,
                    support=result.support,
                    working_time_factor=working_time_factor(decision, employment),
                    work_fraction=_fraction(employment))


def _month_decision(kind: Kind, tables: RateTables, on: date, percent: Decimal | None,
                    cap: Cents | None, method: ContributionMethod) -> Decision:
    parameters = tables.support_parameters_for(kind, on)
    if percent is None and parameters is not None:
        percent = parameters.percent
    if cap is None and parameters is not None:
        cap = parameters.monthly_cap_cents
    if percent is None:
        raise ValidationError("percent missing", code="missing_field", field="decision.percent")
    if cap is None:
        raise ValidationError("cap missing", code="missing_field", field="decision.monthly_cap")
    return Decision(
        kind=kind, start=first_day_of_month(on), end=last_day_of_month(on), percent=percent,
        monthly_cap_cents=cap,
        working_time_cap=parameters.working_time_cap if parameters else None,
        contribution_method=method,
        contribution_coefficient=parameters.contribution_coefficient if parameters else None)


def _fraction(employment: Employment) -> Decimal:
    if employment.full_time_weekly_hours <= 0:
        return Decimal(0)
    return employment.work_fraction
