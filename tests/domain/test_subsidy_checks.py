"""validate_decision: the DOMAIN.md validation list, as structured issues."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from kuhina_desktop.domain.subsidy import (
    Issue,
    Kind,
    Severity,
    errors_only,
    validate_decision,
)

from .factories import SEED, decision, employment, eur, month

ERROR, WARNING = Severity.ERROR, Severity.WARNING


def codes(issues: list[Issue]) -> list[tuple[str, str, str | None]]:
    return [(i.severity.value, i.code, i.field) for i in issues]


def check(dec=None, emp=None, months=(), previous=()):
    return validate_decision(dec or decision(), emp or employment(), months, tables=SEED,
                             previous=previous)


def test_a_clean_decision_has_no_issues():
    emp = employment(start=date(2026, 1, 1), end=date(2026, 12, 31))
    dec = decision(decided_on=date(2025, 12, 15))
    assert check(dec, emp, [month("2026-01", "1495.00")]) == []


# --- employment before the decision -----------------------------------------------------------

def test_employment_starting_before_the_decision_date_is_an_error():
    issues = check(decision(decided_on=date(2026, 1, 2)), employment(start=date(2026, 1, 1)))
    assert codes(issues) == [("error", "employment_starts_before_decision", "employment.start")]
    assert issues[0].params == {"employment_start": date(2026, 1, 1),
                                "decided_on": date(2026, 1, 2)}


def test_employment_starting_on_the_decision_date_is_fine():
    assert check(decision(decided_on=date(2026, 1, 1)), employment(start=date(2026, 1, 1))) == []


# --- 55+ minimum hours ------------------------------------------------------------------------

@pytest.mark.parametrize(("weekly", "expected"), [("24.99", 1), ("25", 0), ("37.5", 0)])
def test_weekly_hours_under_25_for_tyollistamistuki_55(weekly, expected):
    issues = check(decision(Kind.TYOLLISTAMISTUKI_55), employment(weekly))
    assert codes(issues) == [("error", "weekly_hours_below_minimum",
                              "employment.weekly_hours")] * expected
    if expected:
        assert issues[0].params == {"weekly_hours": Decimal("24.99"), "minimum": Decimal(25)}


@pytest.mark.parametrize("kind", [Kind.PALKKATUKI_50, Kind.PALKKATUKI_70, Kind.PALKKATUKI_100])
def test_other_kinds_have_no_minimum_hours(kind):
    assert check(decision(kind), employment("10")) == []


# --- three years between subsidies ------------------------------------------------------------

EARLIER = decision(Kind.PALKKATUKI_100, start=date(2023, 9, 1), end=date(2024, 6, 30))


@pytest.mark.parametrize(("kind", "start", "warned"), [
    (Kind.PALKKATUKI_100, date(2026, 1, 1), True),
    (Kind.PALKKATUKI_50, date(2027, 6, 30), True),
    (Kind.TYOLLISTAMISTUKI_55, date(2027, 7, 1), False),  # 3 years after 30.6.2024
    (Kind.PALKKATUKI_70, date(2026, 1, 1), False),  # the rule does not apply to 70 %
    (Kind.KUNTALISA, date(2026, 1, 1), False),  # not a state wage subsidy
])
def test_new_decision_within_three_years_of_the_previous(kind, start, warned):
    dec = decision(kind, start=start, end=start + timedelta(days=150))
    issues = check(dec, employment("30"), previous=[EARLIER])
    assert [i.code for i in issues] == ["rehire_within_three_years"] * warned
    if warned:
        assert issues[0].severity is WARNING
        assert issues[0].params == {"previous_end": date(2024, 6, 30),
                                    "allowed_from": date(2027, 7, 1)}


def test_a_renewal_without_a_break_is_not_a_new_subsidy():
    renewal = decision(Kind.PALKKATUKI_100, start=date(2024, 7, 1), end=date(2024, 12, 31))
    assert check(renewal, previous=[EARLIER]) == []


def test_earlier_municipal_supplements_do_not_count():
    supplement = decision(Kind.KUNTALISA, start=date(2025, 1, 1), end=date(2025, 6, 30))
    assert check(decision(), previous=[supplement]) == []


# --- contract and decision dates --------------------------------------------------------------

def test_subsidy_starting_before_the_contract_is_a_warning():
    issues = check(decision(), employment(start=date(2026, 2, 1)))
    assert codes(issues) == [("warning", "decision_starts_before_contract", "decision.start")]


def test_contract_ending_before_the_subsidy_is_a_warning():
    issues = check(decision(), employment(start=date(2025, 6, 1), end=date(2026, 6, 30)))
    assert codes(issues) == [("warning", "contract_ends_before_decision", "employment.end")]
    assert issues[0].params["decision_end"] == date(2026, 10, 31)


def test_open_ended_contract_covering_the_subsidy_is_fine():
    assert check(decision(), employment(start=date(2025, 6, 1))) == []


def test_employment_end_before_its_start_is_an_error():
    issues = check(decision(), employment(start=date(2026, 1, 1), end=date(2025, 1, 1)))
    assert codes(issues) == [("error", "employment_end_before_start", "employment.end")]


# --- wage months ------------------------------------------------------------------------------

def test_wage_month_outside_the_subsidy_period_is_a_warning():
    issues = check(months=[month("2026-01", "1000.00"), month("2026-11", "1000.00")])
    assert codes(issues) == [("warning", "wage_month_outside_period", "months[1].month")]
    assert issues[0].params == {"month": date(2026, 11, 1)}


def test_public_support_above_wage_costs_is_an_error():
    issues = check(months=[month("2026-01", "1000.00", employer_contributions="100.00",
                                 other_public_support="1100.01")])
    assert codes(issues) == [("error", "public_support_exceeds_wage_costs",
                              "months[0].other_public_support")]
    assert issues[0].params == {"other_public_support_cents": eur("1100.01"),
                                "wage_costs_cents": eur("1100.00")}


def test_public_support_equal_to_wage_costs_is_allowed():
    assert check(months=[month("2026-01", "1000.00", employer_contributions="100.00",
                               other_public_support="1100.00")]) == []


def test_missing_rates_are_reported_not_raised():
    dec = decision(start=date(2026, 6, 1), end=date(2027, 3, 31))
    issues = check(dec, months=[month("2027-01", "1000.00")])
    assert codes(issues) == [("error", "contribution_rates_missing",
                              "months[0].employer_contributions")]
    assert issues[0].params == {"year": 2027}


# --- decision length --------------------------------------------------------------------------

@pytest.mark.parametrize(("end", "warned"), [
    (date(2026, 10, 31), False),  # exactly 10 months
    (date(2026, 11, 1), True),
    (date(2027, 12, 31), True),
])
def test_decision_longer_than_the_kind_allows(end, warned):
    issues = check(decision(end=end))
    assert codes(issues) == [("warning", "decision_longer_than_maximum", "decision.end")] * warned
    if warned:
        assert issues[0].params == {"max_months": 10, "latest_end": date(2026, 10, 31)}


def test_per_decision_kinds_have_no_maximum():
    dec = decision(Kind.OTHER, end=date(2028, 12, 31))
    assert check(dec) == []


# --- structural errors ------------------------------------------------------------------------

def test_structural_errors_are_reported_together_and_stop_the_rule_checks():
    dec = decision(Kind.TYOLLISTAMISTUKI_55, end=date(2025, 1, 1), payment_period_months=5)
    issues = check(dec, employment("1", "0"), [month("2026-01", "-5.00")])
    assert codes(issues) == [
        ("error", "decision_end_before_start", "decision.end"),
        ("error", "payment_period_invalid", "decision.payment_period_months"),
        ("error", "full_time_hours_invalid", "employment.full_time_weekly_hours"),
        ("error", "negative_amount", "months[0].gross_pay"),
    ]  # no weekly-hours error yet: the values are not sane enough to judge


def test_errors_only_filters_warnings():
    issues = check(decision(decided_on=date(2026, 2, 1), end=date(2027, 1, 31)),
                   employment(start=date(2026, 1, 1)))
    assert {i.severity for i in issues} == {ERROR, WARNING}
    assert [i.code for i in errors_only(issues)] == ["employment_starts_before_decision"]


def test_validate_without_tables_skips_table_rules():
    issues = validate_decision(decision(Kind.TYOLLISTAMISTUKI_55, end=date(2030, 1, 1)),
                               employment("10"), [month("2026-01", "1.00",
                                                        employer_contributions="0")])
    assert issues == []


# --- the working-time cap of the 100 % subsidy ------------------------------------------------

def test_a_100_percent_decision_without_a_working_time_cap_is_warned():
    issues = check(decision(working_time_cap=None))
    assert codes(issues) == [("warning", "working_time_cap_missing", "decision.working_time_cap")]
    assert issues[0].params == {"rule_pct": Decimal("65.00")}


def test_a_working_time_cap_above_the_rule_is_warned():
    issues = check(decision(working_time_cap=Decimal(1)))
    assert codes(issues) == [("warning", "working_time_cap_above_rule",
                              "decision.working_time_cap")]
    assert issues[0].params == {"value_pct": Decimal(100), "rule_pct": Decimal("65.00")}


def test_a_working_time_cap_at_or_below_the_rule_is_fine():
    assert check(decision(working_time_cap=Decimal("0.65"))) == []
    assert check(decision(working_time_cap=Decimal("0.5"))) == []


@pytest.mark.parametrize("kind", [Kind.PALKKATUKI_50, Kind.KUNTALISA])
def test_kinds_without_a_working_time_rule_need_no_cap(kind):
    assert check(decision(kind, working_time_cap=None)) == []
