"""The guards of a decision record: no change to applied-for periods, no double support."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from kuhina_desktop.domain.funding import (
    LOCKED_AFTER_SENDING,
    DecisionRecord,
    overlap_errors,
    sent_period_errors,
)
from kuhina_desktop.domain.subsidy import ContributionMethod, CostItem, Kind

from .factories import decision

# palkkatuki_100 from 1.1. to 31.10.2026 in 2-month periods: Jan–Feb, Mar–Apr, … Sep–Oct.
BASE = DecisionRecord(employee_id=1, decision=replace(decision(), payment_period_months=2),
                      payer="Pohjois-Karjalan työllisyysalue", decision_number="PKTYA/1", id=7)
SENT = [(date(2026, 1, 1), date(2026, 2, 28)), (date(2026, 3, 1), date(2026, 4, 30))]


def _with(**changes) -> DecisionRecord:
    return replace(BASE, decision=replace(BASE.decision, **changes))


def codes(errors) -> list[tuple[str, str | None]]:
    return [(e.code, e.field) for e in errors]


@pytest.mark.parametrize(("changed", "field"), [
    (replace(BASE, employee_id=2), "employee_id"),
    (_with(kind=Kind.PALKKATUKI_50), "decision.kind"),
    (_with(start=date(2026, 2, 1)), "decision.start"),
    (_with(payment_period_months=1), "decision.payment_period_months"),
    (_with(percent=Decimal(50)), "decision.percent"),
    (_with(monthly_cap_cents=100000), "decision.monthly_cap"),
    (_with(working_time_cap=None), "decision.working_time_cap"),
    (_with(contribution_method=ContributionMethod.COEFFICIENT), "decision.contribution_method"),
    (_with(contribution_coefficient=Decimal("1.3")), "decision.contribution_coefficient"),
    (_with(eligible_items=frozenset({CostItem.GROSS_PAY})), "decision.eligible_items"),
    (_with(prorate_partial_months=False), "decision.prorate_partial_months"),
    (_with(deadline_months_after=3), "decision.deadline_months_after"),
])
def test_every_field_of_the_periods_and_the_money_is_locked_once_sent(changed, field):
    errors = sent_period_errors(BASE, changed, SENT)
    assert codes(errors) == [("dec_locked_after_sending", field)]
    assert errors[0].params == {"period_start": date(2026, 1, 1),
                                "period_end": date(2026, 2, 28)}


def test_the_list_of_locked_fields_is_covered():
    assert len(LOCKED_AFTER_SENDING) == 12


def test_several_changes_explain_once_and_list_the_rest():
    errors = sent_period_errors(BASE, _with(start=date(2026, 3, 1), percent=Decimal(50),
                                            payment_period_months=1), SENT)
    assert codes(errors) == [("dec_locked_after_sending", "decision.start"),
                             ("dec_locked_field", "decision.payment_period_months"),
                             ("dec_locked_field", "decision.percent")]


def test_without_sent_periods_everything_may_change():
    assert sent_period_errors(BASE, _with(start=date(2026, 3, 1), percent=Decimal(50)), []) == []


def test_paperwork_fields_stay_editable_after_sending():
    changed = replace(BASE, payer="KEHA-keskus", decision_number="X/2", conditions="ehdot",
                      attachment_id=5, decision=replace(BASE.decision,
                                                        decided_on=date(2025, 12, 1)))
    assert sent_period_errors(BASE, changed, SENT) == []


def test_the_end_may_move_beyond_the_sent_periods():
    assert sent_period_errors(BASE, _with(end=date(2027, 6, 30)), SENT) == []  # extension
    assert sent_period_errors(BASE, _with(end=date(2026, 5, 15)), SENT) == []  # ended early


def test_an_end_that_changes_a_sent_period_is_refused():
    errors = sent_period_errors(BASE, _with(end=date(2026, 4, 15)), SENT)
    assert codes(errors) == [("dec_end_changes_sent_period", "decision.end")]
    assert errors[0].params == {"end": date(2026, 4, 15), "period_start": date(2026, 3, 1),
                                "period_end": date(2026, 4, 30)}


def test_extending_a_sent_short_last_period_is_refused():
    short = _with(end=date(2026, 11, 15))  # the last period is 1.–15.11.
    sent = [(date(2026, 11, 1), date(2026, 11, 15))]
    errors = sent_period_errors(short, replace(short, decision=replace(
        short.decision, end=date(2026, 12, 31))), sent)
    assert codes(errors) == [("dec_end_changes_sent_period", "decision.end")]


# --- overlapping decisions ----------------------------------------------------------------


def _other(kind: Kind, start: date, end: date, payer: str = "Joensuun kaupunki",
           number: str = "JNS/5") -> DecisionRecord:
    return DecisionRecord(employee_id=1, decision=decision(kind, start, end), payer=payer,
                          decision_number=number, id=8)


def test_an_identical_second_decision_is_an_error_naming_the_first():
    new = replace(BASE, id=None, decision_number="PKTYA/2")
    errors = overlap_errors(new, [BASE])
    assert codes(errors) == [("dec_overlaps", "decision.start")]
    assert errors[0].params == {"decision": "PKTYA/1, Pohjois-Karjalan työllisyysalue",
                                "start": date(2026, 1, 1), "end": date(2026, 10, 31)}


def test_a_decision_does_not_overlap_itself():
    assert overlap_errors(BASE, [BASE]) == []


@pytest.mark.parametrize(("new_kind", "other_kind"), [
    (Kind.PALKKATUKI_100, Kind.PALKKATUKI_50),
    (Kind.PALKKATUKI_50, Kind.PALKKATUKI_70),
    (Kind.TYOLLISTAMISTUKI_55, Kind.PALKKATUKI_100),
    (Kind.KUNTALISA, Kind.KUNTALISA),
    (Kind.TYOLLISTAMISLISA, Kind.TYOLLISTAMISLISA),
])
def test_two_state_subsidies_or_two_of_a_kind_may_not_overlap(new_kind, other_kind):
    new = DecisionRecord(employee_id=1, decision=decision(new_kind, date(2026, 6, 1),
                                                          date(2026, 12, 31)))
    other = _other(other_kind, date(2026, 1, 1), date(2026, 6, 1))  # one common day
    assert codes(overlap_errors(new, [other])) == [("dec_overlaps", "decision.start")]


@pytest.mark.parametrize(("new_kind", "other_kind"), [
    (Kind.KUNTALISA, Kind.PALKKATUKI_50),
    (Kind.PALKKATUKI_100, Kind.TYOLLISTAMISLISA),
    (Kind.OTHER, Kind.PALKKATUKI_100),
    (Kind.KUNTALISA, Kind.TYOLLISTAMISLISA),
])
def test_supplements_run_alongside_a_wage_subsidy(new_kind, other_kind):
    new = DecisionRecord(employee_id=1, decision=decision(new_kind))
    assert overlap_errors(new, [_other(other_kind, date(2026, 1, 1), date(2026, 12, 31))]) == []


def test_other_support_overlaps_only_from_the_same_payer():
    new = DecisionRecord(employee_id=1, decision=decision(Kind.OTHER), payer="Säätiö")
    other = _other(Kind.OTHER, date(2026, 1, 1), date(2026, 12, 31), payer="Hanke")
    assert overlap_errors(new, [other]) == []
    assert codes(overlap_errors(new, [replace(other, payer="säätiö")])) == [
        ("dec_overlaps", "decision.start")]


def test_a_renewal_from_the_next_day_does_not_overlap():
    new = DecisionRecord(employee_id=1, decision=decision(start=date(2026, 11, 1),
                                                          end=date(2027, 6, 30)))
    assert overlap_errors(new, [BASE]) == []
