"""Validation of training records: every problem named by its field, all at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kuhina_desktop.domain.errors import ValidationErrors
from kuhina_desktop.domain.training import (
    Certificate,
    CertificateType,
    CoachingEvent,
    CoachingKind,
    CoachingMode,
    Enrolment,
    EnrolmentStatus,
    Funder,
    JobOpportunity,
    Outcome,
    OutcomeKind,
    PackageKind,
    RoleRequirement,
    TrainingPackage,
)
from kuhina_desktop.domain.training_checks import (
    health_terms,
    parse_hours,
    validate_certificate,
    validate_certificate_type,
    validate_coaching,
    validate_enrolment,
    validate_opportunity,
    validate_outcome,
    validate_package,
    validate_requirement,
)

TODAY = date(2026, 5, 10)


def _problems(call) -> list[tuple[str, str]]:
    with pytest.raises(ValidationErrors) as info:
        call()
    return [(e.field, e.code) for e in info.value.errors]


def test_parse_hours_accepts_comma_and_dot() -> None:
    assert parse_hours("12,5") == Decimal("12.5")
    assert parse_hours(" 8 ") == Decimal(8)
    assert parse_hours("7.25") == Decimal("7.25")


@pytest.mark.parametrize("text", ["", "-1", "abc", "1,234", "1e3", "nan", "12,5 h"])
def test_parse_hours_rejects_other_text(text: str) -> None:
    with pytest.raises(ValueError):
        parse_hours(text)


def test_certificate_type_checks() -> None:
    ok = validate_certificate_type(CertificateType(name="  Trukkikortti ", validity_months=60))
    assert ok.name == "Trukkikortti"
    assert _problems(lambda: validate_certificate_type(
        CertificateType(name=" ", validity_months=0))) == [
        ("cert_type_name", "required"), ("cert_type_validity_months", "tr_validity_range")]
    assert _problems(lambda: validate_certificate_type(
        CertificateType(name="x" * 101, validity_months=601))) == [
        ("cert_type_name", "tr_too_long"), ("cert_type_validity_months", "tr_validity_range")]


def _package(**changes) -> TrainingPackage:
    values = {"title": "Perehdytys", "kind": PackageKind.INDUCTION, "funder": Funder.ASSOCIATION}
    return TrainingPackage(**{**values, **changes})


def test_package_is_trimmed_and_enum_values_accepted_as_text() -> None:
    clean = validate_package(_package(title=" Perehdytys ", kind="course", funder="kuhina_esr"))
    assert (clean.title, clean.kind, clean.funder) == ("Perehdytys", PackageKind.COURSE,
                                                       Funder.KUHINA_ESR)


def test_package_reports_every_problem() -> None:
    bad = _package(title="", kind="seminar", funder="bank", planned_hours=Decimal(-1),
                   cost_cents=-5, start=date(2026, 5, 1), end=date(2026, 4, 1))
    assert _problems(lambda: validate_package(bad)) == [
        ("package_title", "required"), ("package_kind", "choice"), ("package_funder", "choice"),
        ("package_planned_hours", "tr_hours_range"), ("package_cost_cents", "tr_cost_range"),
        ("package_end", "tr_end_before_start")]


def _enrolment(**changes) -> Enrolment:
    return Enrolment(**{"employee_id": 1, "package_id": 1, **changes})


def test_completed_enrolment_needs_its_day() -> None:
    assert _problems(lambda: validate_enrolment(
        _enrolment(status=EnrolmentStatus.COMPLETED), TODAY)) == [
        ("enrolment_completed_on", "tr_completion_date_needed")]
    done = validate_enrolment(_enrolment(status="completed", completed_on=TODAY), TODAY)
    assert done.status is EnrolmentStatus.COMPLETED


@pytest.mark.parametrize("status", [EnrolmentStatus.PLANNED, EnrolmentStatus.ONGOING])
def test_unfinished_enrolment_has_no_completion_day(status) -> None:
    assert _problems(lambda: validate_enrolment(
        _enrolment(status=status, completed_on=TODAY), TODAY)) == [
        ("enrolment_completed_on", "tr_completion_date_not_allowed")]


def test_interrupted_enrolment_may_have_a_day_or_not() -> None:
    validate_enrolment(_enrolment(status=EnrolmentStatus.INTERRUPTED), TODAY)
    validate_enrolment(_enrolment(status=EnrolmentStatus.INTERRUPTED, completed_on=TODAY), TODAY)


def test_enrolment_dates_and_hours() -> None:
    bad = _enrolment(status=EnrolmentStatus.COMPLETED, start=date(2026, 5, 20),
                     completed_on=date(2026, 5, 11), hours_attended=Decimal(2001))
    assert _problems(lambda: validate_enrolment(bad, TODAY)) == [
        ("enrolment_hours_attended", "tr_hours_range"),
        ("enrolment_completed_on", "tr_date_in_future"),
        ("enrolment_completed_on", "tr_end_before_start")]


def test_certificate_checks() -> None:
    cert = Certificate(employee_id=1, type_id=1, issued_on=date(2026, 6, 1),
                       expires_on=date(2026, 1, 1), verified_by="x" * 101)
    assert _problems(lambda: validate_certificate(cert, TODAY)) == [
        ("certificate_issued_on", "tr_date_in_future"),
        ("certificate_expires_on", "tr_expires_before_issued"),
        ("certificate_verified_by", "tr_too_long")]
    same_day = Certificate(employee_id=1, type_id=1, issued_on=TODAY, expires_on=TODAY,
                           issuer=" SPR ")
    assert validate_certificate(same_day, TODAY).issuer == "SPR"


def test_requirement_role_is_normalised_and_required() -> None:
    assert validate_requirement(RoleRequirement(job_title="  keittiö   työ ",
                                                certificate_type_id=1)).job_title == "keittiö työ"
    assert _problems(lambda: validate_requirement(
        RoleRequirement(job_title=" ", certificate_type_id=1))) == [
        ("requirement_job_title", "required")]


def _coaching(**changes) -> CoachingEvent:
    values = {"employee_id": 1, "day": TODAY, "coach_name": "Sanna Koutsi",
              "kind": CoachingKind.INDIVIDUAL, "mode": CoachingMode.ON_SITE, "minutes": 60}
    return CoachingEvent(**{**values, **changes})


def test_coaching_checks_every_field() -> None:
    bad = _coaching(employee_id=None, coach_name=" ", kind="therapy", mode="letter", minutes=0,
                    day=date(2026, 5, 11), next_follow_up=date(2026, 5, 1))
    assert _problems(lambda: validate_coaching(bad, TODAY)) == [
        ("coaching_kind", "choice"), ("coaching_mode", "choice"),
        ("coaching_employee_id", "tr_employee_needed"), ("coaching_coach_name", "required"),
        ("coaching_minutes", "tr_minutes_range"), ("coaching_day", "tr_date_in_future"),
        ("coaching_next_follow_up", "tr_follow_up_before_event")]


def test_employer_coaching_may_concern_no_one_person() -> None:
    event = validate_coaching(_coaching(employee_id=None, kind="employer", mode="remote",
                                        minutes=1440, next_follow_up=TODAY), TODAY)
    assert event.kind is CoachingKind.EMPLOYER and event.mode is CoachingMode.REMOTE


def test_outcome_checks() -> None:
    bad = Outcome(employee_id=1, period_start=date(2026, 1, 1), period_end=date(2025, 12, 31),
                  outcome="hired", readiness_start=0, readiness_end=6)
    assert _problems(lambda: validate_outcome(bad)) == [
        ("outcome_outcome", "choice"), ("outcome_readiness_start", "tr_readiness_range"),
        ("outcome_readiness_end", "tr_readiness_range"),
        ("outcome_period_end", "tr_end_before_start")]
    ok = validate_outcome(Outcome(employee_id=1, period_end=TODAY, outcome="education",
                                  readiness_start=1, readiness_end=5))
    assert ok.outcome is OutcomeKind.EDUCATION and ok.readiness_improved is True


@pytest.mark.parametrize(("hours", "ok"), [(None, True), (Decimal("0.5"), True),
                                           (Decimal(40), True), (Decimal(0), False),
                                           (Decimal("40.5"), False)])
def test_opportunity_weekly_hours(hours, ok) -> None:
    item = JobOpportunity(title="Kahvilan apulainen", weekly_hours=hours)
    if ok:
        assert validate_opportunity(item).weekly_hours == hours
    else:
        assert _problems(lambda: validate_opportunity(item)) == [
            ("opportunity_weekly_hours", "tr_weekly_hours_range")]


def test_opportunity_title_required_texts_trimmed() -> None:
    assert _problems(lambda: validate_opportunity(JobOpportunity(title=""))) == [
        ("opportunity_title", "required")]
    clean = validate_opportunity(JobOpportunity(title=" Lajittelija ", place=" Halli "))
    assert (clean.title, clean.place) == ("Lajittelija", "Halli")


@pytest.mark.parametrize(("text", "found"), [
    ("Harjoiteltiin kassan käyttöä ja sovittiin työvuoroista.", ()),
    ("Poissa sairauden takia, lääkäri kirjoitti todistuksen.", ("sairauden", "lääkäri")),
    ("Keskusteltiin masennuksesta. Masennuksesta lisää ensi kerralla.", ("masennuksesta",)),
    ("Diagnoosi tulossa", ("diagnoosi",)),
    ("", ()),
])
def test_health_terms_are_found(text: str, found: tuple[str, ...]) -> None:
    assert health_terms(text) == found
