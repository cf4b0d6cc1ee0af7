"""Validation of a support decision, its employment and its wage months (DOMAIN.md "Validation").

Two layers:
- ``structural_issues``: values the engine cannot compute with (end before start, payment period
  of 4 months, negative pay…). ``subsidy.calculate`` refuses them with a ValidationError.
- ``validate_decision``: those plus the business rules. Errors block saving, warnings are shown
  and logged. Findings are ``Issue`` values with a code, the field path and params; wording is
  the UI's job.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from .date_math import add_months, first_day_of_month
from .rates import RateTables, SupportParameters
from .subsidy_model import (
    AMOUNT_FIELDS,
    STATUTORY_KINDS,
    ContributionMethod,
    CostItem,
    Decision,
    Employment,
    Issue,
    Kind,
    Severity,
    WageMonth,
    covered_days,
    previous_day,
)

REHIRE_QUIET_MONTHS = 36  # same employer, same person: 3 years after the previous period ended


class _Collector:
    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def error(self, code: str, field: str | None, **params: object) -> None:
        self.issues.append(Issue(Severity.ERROR, code, field, params))

    def warning(self, code: str, field: str | None, **params: object) -> None:
        self.issues.append(Issue(Severity.WARNING, code, field, params))


def structural_issues(decision: Decision, employment: Employment,
                      months: Sequence[WageMonth] = ()) -> list[Issue]:
    """Errors that make a calculation impossible or meaningless."""
    out = _Collector()
    _check_decision_values(decision, out)
    _check_employment_values(employment, out)
    _check_month_values(months, out)
    return out.issues


def validate_decision(decision: Decision, employment: Employment,
                      months: Sequence[WageMonth] = (), *, tables: RateTables | None = None,
                      previous: Sequence[Decision] = ()) -> list[Issue]:
    """All findings for a decision; ``previous`` are earlier decisions of the same person with
    the same employer. ``tables`` give the kind's parameters and the contribution rates."""
    tables = tables or RateTables()
    out = _Collector()
    out.issues.extend(structural_issues(decision, employment, months))
    if any(i.severity is Severity.ERROR for i in out.issues):
        return out.issues  # the rules below assume sane values
    parameters = tables.support_parameters_for(decision.kind, decision.start)
    _check_dates(decision, employment, out)
    _check_hours(employment, parameters, out)
    _check_working_time_cap(decision, parameters, out)
    _check_length(decision, parameters, out)
    _check_rehire(decision, previous, out)
    _check_months(decision, months, tables, out)
    return out.issues


def _check_decision_values(decision: Decision, out: _Collector) -> None:
    if decision.end < decision.start:
        out.error("decision_end_before_start", "decision.end", start=decision.start,
                  end=decision.end)
    if decision.payment_period_months not in (1, 2, 3):
        out.error("payment_period_invalid", "decision.payment_period_months",
                  value=decision.payment_period_months)
    if not 1 <= decision.deadline_months_after <= 12:
        out.error("deadline_months_invalid", "decision.deadline_months_after",
                  value=decision.deadline_months_after)
    if not Decimal(0) <= decision.percent <= Decimal(100):
        out.error("percent_out_of_range", "decision.percent", value=decision.percent)
    if decision.monthly_cap_cents < 0:
        out.error("negative_amount", "decision.monthly_cap",
                  value_cents=decision.monthly_cap_cents)
    cap = decision.working_time_cap
    if cap is not None and not Decimal(0) < cap <= Decimal(1):
        out.error("working_time_cap_out_of_range", "decision.working_time_cap", value=cap)
    if decision.eligible_items is not None and decision.kind in STATUTORY_KINDS:
        out.error("eligible_items_not_allowed", "decision.eligible_items", kind=decision.kind)
    _check_coefficient(decision, out)


def _check_coefficient(decision: Decision, out: _Collector) -> None:
    coefficient = decision.contribution_coefficient
    if coefficient is not None and coefficient < 1:
        out.error("contribution_coefficient_out_of_range", "decision.contribution_coefficient",
                  value=coefficient)
    # The coefficient stands in for the contributions, so it is needed only where they count.
    if (coefficient is None and decision.contribution_method == ContributionMethod.COEFFICIENT
            and CostItem.EMPLOYER_CONTRIBUTIONS in decision.items):
        out.error("contribution_coefficient_missing", "decision.contribution_coefficient")


def _check_employment_values(employment: Employment, out: _Collector) -> None:
    if employment.full_time_weekly_hours <= 0:
        out.error("full_time_hours_invalid", "employment.full_time_weekly_hours",
                  value=employment.full_time_weekly_hours)
    if employment.weekly_hours < 0:
        out.error("negative_hours", "employment.weekly_hours", value=employment.weekly_hours)
    if employment.start and employment.end and employment.end < employment.start:
        out.error("employment_end_before_start", "employment.end", start=employment.start,
                  end=employment.end)


def _check_month_values(months: Sequence[WageMonth], out: _Collector) -> None:
    seen: set[date] = set()
    for i, month in enumerate(months):
        for name in AMOUNT_FIELDS:
            value = getattr(month, name)
            if value is not None and value < 0:
                out.error("negative_amount", f"months[{i}].{name}", value_cents=value)
        key = first_day_of_month(month.month)
        if key in seen:
            out.error("duplicate_month", f"months[{i}].month", month=key)
        seen.add(key)


def _check_dates(decision: Decision, employment: Employment, out: _Collector) -> None:
    if decision.decided_on and employment.start and employment.start < decision.decided_on:
        out.error("employment_starts_before_decision", "employment.start",
                  employment_start=employment.start, decided_on=decision.decided_on)
    # A contract may well run before and after the subsidy period; what matters is that every
    # subsidised day is a day of employment.
    if employment.start and decision.start < employment.start:
        out.warning("decision_starts_before_contract", "decision.start",
                    decision_start=decision.start, employment_start=employment.start)
    if employment.end and employment.end < decision.end:
        out.warning("contract_ends_before_decision", "employment.end",
                    employment_end=employment.end, decision_end=decision.end)


def _check_hours(employment: Employment, parameters: SupportParameters | None,
                 out: _Collector) -> None:
    minimum = parameters.min_weekly_hours if parameters else None
    if minimum is not None and employment.weekly_hours < minimum:
        out.error("weekly_hours_below_minimum", "employment.weekly_hours",
                  weekly_hours=employment.weekly_hours, minimum=minimum)


def _check_working_time_cap(decision: Decision, parameters: SupportParameters | None,
                            out: _Collector) -> None:
    # The 100 % association subsidy is paid for at most 65 % of full working time (the table's
    # cap). A decision without that cap, or with a higher one, would pay for more hours than
    # the rule allows; the tables are editable and the decision is the payer's, so this is a
    # warning to check the decision, not an error.
    rule = parameters.working_time_cap if parameters else None
    if rule is None:
        return
    cap = decision.working_time_cap
    if cap is None:
        out.warning("working_time_cap_missing", "decision.working_time_cap",
                    rule_pct=rule * 100)
    elif cap > rule:
        out.warning("working_time_cap_above_rule", "decision.working_time_cap",
                    value_pct=cap * 100, rule_pct=rule * 100)


def _check_length(decision: Decision, parameters: SupportParameters | None,
                  out: _Collector) -> None:
    maximum = parameters.max_months if parameters else None
    if maximum is None:
        return
    latest_end = previous_day(add_months(decision.start, maximum))
    if decision.end > latest_end:
        out.warning("decision_longer_than_maximum", "decision.end", max_months=maximum,
                    latest_end=latest_end)


def _check_rehire(decision: Decision, previous: Sequence[Decision], out: _Collector) -> None:
    # The 3-year rule does not apply to the reduced-work-ability subsidy, and concerns state
    # wage subsidies only (a municipal supplement is not a "new subsidy" in its sense).
    if decision.kind == Kind.PALKKATUKI_70 or decision.kind not in STATUTORY_KINDS:
        return
    for earlier in previous:
        if earlier.kind not in STATUTORY_KINDS or earlier.start >= decision.start:
            continue
        # A renewal continuing the same subsidy without a break is not a new subsidy.
        if earlier.kind == decision.kind and earlier.end == previous_day(decision.start):
            continue
        # Three years have passed at the end of the anniversary of the last subsidised day.
        allowed_from = add_months(earlier.end, REHIRE_QUIET_MONTHS) + timedelta(days=1)
        if decision.start < allowed_from:
            out.warning("rehire_within_three_years", "decision.start",
                        previous_end=earlier.end, allowed_from=allowed_from)


def _check_months(decision: Decision, months: Sequence[WageMonth], tables: RateTables,
                  out: _Collector) -> None:
    for i, month in enumerate(months):
        if covered_days(month.month, decision.start, decision.end) == 0:
            out.warning("wage_month_outside_period", f"months[{i}].month",
                        month=first_day_of_month(month.month))
        contributions = month.employer_contributions
        if contributions is None:
            rates = tables.contribution_rates_for(month.month.year)
            if rates is None:
                out.error("contribution_rates_missing", f"months[{i}].employer_contributions",
                          year=month.month.year)
                continue
            contributions = rates.contributions_on(month.taxable_pay)
        wage_costs = month.taxable_pay + contributions
        if month.other_public_support > wage_costs:
            out.error("public_support_exceeds_wage_costs", f"months[{i}].other_public_support",
                      other_public_support_cents=month.other_public_support,
                      wage_costs_cents=wage_costs)
