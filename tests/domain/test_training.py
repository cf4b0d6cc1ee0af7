"""Certificate expiry (day and month precision), reminders, role requirements, outcome shares."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kuhina_desktop.domain.date_math import last_day_of_month
from kuhina_desktop.domain.training import (
    Certificate,
    CertificateType,
    EmployeeRole,
    ExpiryMark,
    GapReason,
    Outcome,
    OutcomeKind,
    RoleRequirement,
    Share,
    current_certificates,
    expiry_date,
    expiry_for,
    expiry_mark,
    outcome_summary,
    outcomes_between,
    required_types,
    role_gaps,
    role_matches,
    valid_on,
)

CARD = CertificateType(id=1, name="Työturvallisuuskortti", validity_months=60)
TIETURVA = CertificateType(id=2, name="Tieturva 1", validity_months=60, month_precision=True)
HYGIENE = CertificateType(id=3, name="Hygieniapassi", validity_months=None)
FIRST_AID = CertificateType(id=4, name="EA1", validity_months=36)


# --- expiry ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("cert_type", "issued", "expires"), [
    (CARD, date(2021, 3, 15), date(2026, 3, 15)),  # the issue's own example
    (TIETURVA, date(2021, 3, 15), date(2026, 3, 31)),  # month precision: end of the month
    (TIETURVA, date(2021, 3, 1), date(2026, 3, 31)),
    (TIETURVA, date(2021, 3, 31), date(2026, 3, 31)),
    (TIETURVA, date(2023, 2, 10), date(2028, 2, 29)),  # leap year's February
    (TIETURVA, date(2022, 12, 5), date(2027, 12, 31)),
    (FIRST_AID, date(2024, 2, 29), date(2027, 2, 28)),  # missing day → the month's last day
    (FIRST_AID, date(2023, 1, 31), date(2026, 1, 31)),
    (CARD, date(2020, 2, 29), date(2025, 2, 28)),
    (HYGIENE, date(2015, 6, 1), None),  # valid indefinitely
])
def test_expiry_from_type(cert_type, issued, expires) -> None:
    assert expiry_for(issued, cert_type) == expires


def test_expiry_date_without_validity_is_none_in_both_precisions() -> None:
    assert expiry_date(date(2024, 5, 5), None) is None
    assert expiry_date(date(2024, 5, 5), None, month_precision=True) is None


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
       st.integers(min_value=1, max_value=600))
def test_expiry_properties(issued: date, months: int) -> None:
    by_day = expiry_date(issued, months)
    by_month = expiry_date(issued, months, month_precision=True)
    assert by_day > issued
    assert by_month == last_day_of_month(by_day)  # same month, at its end
    assert by_month >= by_day
    assert (by_day.year * 12 + by_day.month) - (issued.year * 12 + issued.month) == months


@pytest.mark.parametrize(("days_left", "mark"), [
    (365, ExpiryMark.VALID), (91, ExpiryMark.VALID), (90, ExpiryMark.WITHIN_90),
    (31, ExpiryMark.WITHIN_90), (30, ExpiryMark.WITHIN_30), (1, ExpiryMark.WITHIN_30),
    (0, ExpiryMark.WITHIN_30),  # the last valid day is still valid
    (-1, ExpiryMark.EXPIRED), (-400, ExpiryMark.EXPIRED),
])
def test_expiry_marks_at_90_and_30_days(days_left: int, mark: ExpiryMark) -> None:
    today = date(2026, 5, 10)
    assert expiry_mark(today + timedelta(days=days_left), today) == mark


def test_no_expiry_mark_for_indefinite_certificates() -> None:
    assert expiry_mark(None, date(2026, 1, 1)) == ExpiryMark.NO_EXPIRY


def test_month_precision_card_is_valid_to_the_end_of_its_month() -> None:
    cert = Certificate(employee_id=1, type_id=2, issued_on=date(2021, 3, 15),
                       expires_on=expiry_for(date(2021, 3, 15), TIETURVA))
    assert valid_on(cert, date(2026, 3, 31))
    assert not valid_on(cert, date(2026, 4, 1))
    assert expiry_mark(cert.expires_on, date(2026, 3, 20)) == ExpiryMark.WITHIN_30


def test_valid_on_counts_issue_and_expiry_days() -> None:
    cert = Certificate(employee_id=1, type_id=1, issued_on=date(2021, 3, 15),
                       expires_on=date(2026, 3, 15))
    assert not valid_on(cert, date(2021, 3, 14))
    assert valid_on(cert, date(2021, 3, 15))
    assert valid_on(cert, date(2026, 3, 15))
    assert not valid_on(cert, date(2026, 3, 16))


def test_current_certificate_is_the_renewal() -> None:
    old = Certificate(id=1, employee_id=7, type_id=1, issued_on=date(2019, 1, 1),
                      expires_on=date(2024, 1, 1))
    new = Certificate(id=2, employee_id=7, type_id=1, issued_on=date(2023, 12, 1),
                      expires_on=date(2028, 12, 1))
    other_person = Certificate(id=3, employee_id=8, type_id=1, issued_on=date(2019, 1, 1),
                               expires_on=date(2024, 1, 1))
    assert current_certificates([new, old, other_person]) == [new, other_person]


def test_indefinite_certificate_outlasts_a_dated_one() -> None:
    dated = Certificate(id=1, employee_id=7, type_id=3, issued_on=date(2024, 1, 1),
                        expires_on=date(2099, 1, 1))
    forever = Certificate(id=2, employee_id=7, type_id=3, issued_on=date(2010, 1, 1))
    assert current_certificates([dated, forever]) == [forever]


# --- role requirements ----------------------------------------------------------------------


@pytest.mark.parametrize(("role", "job_title", "matches"), [
    ("keittiö", "Keittiötyöntekijä", True),
    ("Keittiö", "keittiö- ja siivoustyö", True),
    ("keittiötyöntekijä", "Keittiötyöntekijä", True),
    ("  kierrätys   työ ", "Kierrätys työntekijä", True),
    ("keittiö", "Kierrätystyöntekijä", False),
    ("keittiötyöntekijä", "keittiö", False),
    ("", "Keittiötyöntekijä", False),
    ("   ", "anything", False),
])
def test_role_matches_by_containment_ignoring_case(role, job_title, matches) -> None:
    assert role_matches(role, job_title) is matches


def test_required_types_gathers_every_matching_role() -> None:
    requirements = [RoleRequirement(job_title="keittiö", certificate_type_id=3),
                    RoleRequirement(job_title="keittiö", certificate_type_id=4),
                    RoleRequirement(job_title="kuljet", certificate_type_id=1)]
    assert required_types("Keittiöapulainen", requirements) == {3, 4}
    assert required_types("Toimistotyöntekijä", requirements) == set()


TODAY = date(2026, 5, 10)
KITCHEN = RoleRequirement(job_title="keittiö", certificate_type_id=3)
SAFETY = RoleRequirement(job_title="kierrätys", certificate_type_id=1)


def _role(employee_id: int, title: str) -> EmployeeRole:
    return EmployeeRole(employee_id=employee_id, employee_name=f"Henkilö {employee_id}",
                        job_title=title)


def _cert(employee_id: int, type_id: int, issued: date, expires: date | None) -> Certificate:
    return Certificate(employee_id=employee_id, type_id=type_id, issued_on=issued,
                       expires_on=expires)


def test_missing_certificate_is_a_gap() -> None:
    gaps = role_gaps([_role(1, "Keittiötyöntekijä")], [KITCHEN, SAFETY], [], TODAY)
    assert [(g.employee_id, g.certificate_type_id, g.reason) for g in gaps] == [
        (1, 3, GapReason.MISSING)]


def test_expired_certificate_is_a_gap_of_its_own_kind() -> None:
    certs = [_cert(1, 1, date(2020, 1, 1), date(2025, 1, 1))]
    gaps = role_gaps([_role(1, "Kierrätystyöntekijä")], [SAFETY], certs, TODAY)
    assert [g.reason for g in gaps] == [GapReason.EXPIRED]


def test_valid_renewal_closes_the_gap_and_others_cards_do_not() -> None:
    certs = [_cert(1, 1, date(2020, 1, 1), date(2025, 1, 1)),
             _cert(1, 1, date(2024, 12, 1), date(2029, 12, 1)),
             _cert(2, 3, date(2020, 1, 1), None)]
    roles = [_role(1, "Kierrätystyöntekijä"), _role(3, "Keittiötyöntekijä")]
    gaps = role_gaps(roles, [SAFETY, KITCHEN], certs, TODAY)
    assert [(g.employee_id, g.reason) for g in gaps] == [(3, GapReason.MISSING)]


def test_certificate_valid_on_its_last_day_and_not_before_its_issue() -> None:
    roles = [_role(1, "Kierrätystyöntekijä")]
    on_last_day = [_cert(1, 1, date(2021, 5, 10), TODAY)]
    assert role_gaps(roles, [SAFETY], on_last_day, TODAY) == []
    not_yet = [_cert(1, 1, TODAY + timedelta(days=1), None)]
    assert [g.reason for g in role_gaps(roles, [SAFETY], not_yet, TODAY)] == [GapReason.MISSING]


def test_hygiene_passport_never_expires_so_it_never_becomes_a_gap() -> None:
    certs = [_cert(1, 3, date(2001, 1, 1), None)]
    assert role_gaps([_role(1, "keittiöapulainen")], [KITCHEN], certs, date(2060, 1, 1)) == []


def test_two_contracts_in_force_give_one_gap() -> None:
    roles = [_role(1, "Keittiötyöntekijä"), _role(1, "Keittiö- ja kahvilatyö")]
    assert len(role_gaps(roles, [KITCHEN], [], TODAY)) == 1


def test_no_requirement_for_the_role_no_gap() -> None:
    assert role_gaps([_role(1, "Toimistoapulainen")], [KITCHEN, SAFETY], [], TODAY) == []


# --- outcomes -------------------------------------------------------------------------------


_people = iter(range(1, 1_000_000))


def _outcome(kind: OutcomeKind, start: int | None = None, end: int | None = None,
             period_end: date = date(2025, 12, 31), employee_id: int | None = None,
             outcome_id: int | None = None) -> Outcome:
    """An outcome of a person of its own unless ``employee_id`` is given."""
    return Outcome(employee_id=employee_id or next(_people), period_end=period_end, outcome=kind,
                   readiness_start=start, readiness_end=end, id=outcome_id)


def test_outcome_shares_against_the_project_targets() -> None:
    outcomes = [
        _outcome(OutcomeKind.OPEN_MARKET_JOB, 2, 4),
        _outcome(OutcomeKind.CONTINUES_UNSUPPORTED, 3, 4),
        _outcome(OutcomeKind.EDUCATION, 3, 3),  # same readiness: not improved
        _outcome(OutcomeKind.UNEMPLOYED, 2, 1),
        _outcome(OutcomeKind.OTHER_SERVICE, None, 4),  # not assessed at start: left out
    ]
    summary = outcome_summary(outcomes)
    assert summary.total == 5
    assert summary.by_kind[OutcomeKind.EDUCATION] == 1
    assert summary.by_kind[OutcomeKind.OTHER] == 0
    assert (summary.employed_or_education.count, summary.employed_or_education.total) == (3, 5)
    assert summary.employed_or_education.fraction == Decimal("0.6")
    assert summary.employed_or_education.meets_target is True
    assert (summary.readiness_improved.count, summary.readiness_improved.total) == (2, 4)
    assert summary.readiness_improved.fraction == Decimal("0.5")
    assert summary.readiness_improved.meets_target is False


@pytest.mark.parametrize(("count", "total", "target", "meets"), [
    (9, 20, "0.45", True),  # exactly 45 %
    (8, 20, "0.45", False),
    (7, 10, "0.70", True),  # exactly 70 %
    (69, 100, "0.70", False),
    (1, 3, "0.45", False),
    (2, 3, "0.45", True),
])
def test_target_is_met_at_exactly_the_target(count, total, target, meets) -> None:
    assert Share(count, total, Decimal(target)).meets_target is meets


def test_fraction_rounds_half_up_to_four_places() -> None:
    assert Share(1, 3, Decimal("0.45")).fraction == Decimal("0.3333")
    assert Share(2, 3, Decimal("0.45")).fraction == Decimal("0.6667")


def test_two_supports_of_one_employment_count_as_one_person() -> None:
    """Palkkatuki and a municipal supplement for the same period: two decisions, each with
    its outcome, but one person who ended one support period."""
    end = date(2025, 11, 30)
    outcomes = [
        _outcome(OutcomeKind.UNEMPLOYED, 2, 2, end, employee_id=7, outcome_id=1),
        _outcome(OutcomeKind.OPEN_MARKET_JOB, 2, 4, end, employee_id=7, outcome_id=2),
        _outcome(OutcomeKind.OPEN_MARKET_JOB, 2, 4, date(2024, 5, 31), employee_id=7,
                 outcome_id=3),  # an earlier support period of the same person counts
        _outcome(OutcomeKind.UNEMPLOYED, 3, 3, end),
    ]
    summary = outcome_summary(outcomes)
    assert summary.total == 3
    assert (summary.employed_or_education.count, summary.employed_or_education.total) == (2, 3)
    assert summary.by_kind[OutcomeKind.UNEMPLOYED] == 1  # the one recorded last counts
    assert (summary.readiness_improved.count, summary.readiness_improved.total) == (2, 3)


def test_no_outcomes_no_share() -> None:
    summary = outcome_summary([])
    assert summary.employed_or_education.fraction is None
    assert summary.employed_or_education.meets_target is None
    assert summary.readiness_improved.total == 0


def test_outcomes_between_filters_by_period_end_inclusive() -> None:
    a = _outcome(OutcomeKind.OTHER, period_end=date(2025, 1, 1))
    b = _outcome(OutcomeKind.OTHER, period_end=date(2025, 12, 31))
    c = _outcome(OutcomeKind.OTHER, period_end=date(2026, 1, 1))
    assert outcomes_between([a, b, c], date(2025, 1, 1), date(2025, 12, 31)) == [a, b]
    assert outcomes_between([a, b, c], None, None) == [a, b, c]
    assert outcomes_between([a, b, c], date(2025, 6, 1), None) == [b, c]
