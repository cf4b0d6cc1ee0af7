"""Validation of training, certificate, coaching, outcome and job-opportunity records.

Each ``validate_*`` returns a normalised copy (trimmed texts, enum values) or raises
ValidationErrors listing every problem at once, each naming its field, so that a form can show
them all and nothing is saved. ``today`` is passed in: the rules never read the clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.money import parse_hours as parse_number_of_hours
from kuhina_desktop.domain.training import (
    READINESS_MAX,
    READINESS_MIN,
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

NAME_MAX = 100
TITLE_MAX = 200
TEXT_MAX = 4000
MAX_HOURS = Decimal(2000)  # more than a working year of training is a typing error
MAX_WEEKLY_HOURS = Decimal(40)
MAX_VALIDITY_MONTHS = 600
MAX_COST_CENTS = 100_000_000  # one million euros
MAX_MINUTES = 24 * 60
ROLE_MAX = 100


def parse_hours(text: str) -> Decimal:
    """``12,5`` / ``12.5`` / ``8`` → Decimal; ValueError for anything else (or negative)."""
    try:
        return parse_number_of_hours(text)
    except ValueError as exc:
        raise ValueError("not hours") from exc


def _issue(code: str, field: str, **params: object) -> ValidationError:
    return ValidationError(code, code=code, field=field, **params)


class _Issues(list):
    """Collects problems of one record. Field keys get the record's prefix (``package_title``)
    so that their labels cannot collide with another area's fields of the same name."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def add(self, code: str, field: str, **params: object) -> None:
        self.append(_issue(code, f"{self.prefix}_{field}", **params))

    def text(self, value: str, field: str, limit: int, required: bool = False) -> str:
        cleaned = value.strip()
        if required and not cleaned:
            self.add("required", field)
        elif len(cleaned) > limit:
            self.add("tr_too_long", field, max=limit)
        return cleaned

    def choice(self, enum: type[StrEnum], value: object, field: str) -> StrEnum | object:
        try:
            return enum(value)
        except ValueError:
            self.add("choice", field)
            return value

    def range(self, value: Decimal | int, low: Decimal | int, high: Decimal | int, field: str,
              code: str = "tr_hours_range") -> None:
        if not low <= value <= high:
            self.add(code, field, min=low, max=high)

    def not_future(self, day: date | None, today: date, field: str) -> None:
        if day is not None and day > today:
            self.add("tr_date_in_future", field, date=day)

    def order(self, first: date | None, second: date | None, field: str,
              code: str = "tr_end_before_start") -> None:
        if first is not None and second is not None and second < first:
            self.add(code, field)

    def raise_any(self) -> None:
        if self:
            raise ValidationErrors(list(self))


# --- records --------------------------------------------------------------------------------


def validate_certificate_type(cert_type: CertificateType) -> CertificateType:
    issues = _Issues("cert_type")
    name = issues.text(cert_type.name, "name", NAME_MAX, required=True)
    if cert_type.validity_months is not None:
        issues.range(cert_type.validity_months, 1, MAX_VALIDITY_MONTHS, "validity_months",
                     code="tr_validity_range")
    notes = issues.text(cert_type.notes, "notes", TEXT_MAX)
    issues.raise_any()
    return replace(cert_type, name=name, notes=notes,
                   month_precision=bool(cert_type.month_precision))


def validate_package(package: TrainingPackage) -> TrainingPackage:
    issues = _Issues("package")
    title = issues.text(package.title, "title", TITLE_MAX, required=True)
    kind = issues.choice(PackageKind, package.kind, "kind")
    funder = issues.choice(Funder, package.funder, "funder")
    provider = issues.text(package.provider, "provider", TITLE_MAX)
    unit = issues.text(package.qualification_unit, "qualification_unit", TITLE_MAX)
    modules = issues.text(package.modules, "modules", TEXT_MAX)
    issues.range(package.planned_hours, Decimal(0), MAX_HOURS, "planned_hours")
    issues.range(package.cost_cents, 0, MAX_COST_CENTS, "cost_cents", code="tr_cost_range")
    issues.order(package.start, package.end, "end")
    issues.raise_any()
    return replace(package, title=title, kind=kind, funder=funder, provider=provider,
                   qualification_unit=unit, modules=modules)


def validate_enrolment(enrolment: Enrolment, today: date) -> Enrolment:
    """A completed enrolment needs its completion day; planned and ongoing ones have none.

    An interrupted one may carry the day it was interrupted.
    """
    issues = _Issues("enrolment")
    status = issues.choice(EnrolmentStatus, enrolment.status, "status")
    issues.range(enrolment.hours_attended, Decimal(0), MAX_HOURS, "hours_attended")
    result = issues.text(enrolment.result, "result", TEXT_MAX)
    done = enrolment.completed_on
    if status == EnrolmentStatus.COMPLETED and done is None:
        issues.add("tr_completion_date_needed", "completed_on")
    elif status in (EnrolmentStatus.PLANNED, EnrolmentStatus.ONGOING) and done is not None:
        issues.add("tr_completion_date_not_allowed", "completed_on")
    issues.not_future(done, today, "completed_on")
    issues.order(enrolment.start, done, "completed_on")
    issues.raise_any()
    return replace(enrolment, status=status, result=result)


def validate_certificate(certificate: Certificate, today: date) -> Certificate:
    issues = _Issues("certificate")
    issues.not_future(certificate.issued_on, today, "issued_on")
    issues.order(certificate.issued_on, certificate.expires_on, "expires_on",
                 code="tr_expires_before_issued")
    issuer = issues.text(certificate.issuer, "issuer", TITLE_MAX)
    number = issues.text(certificate.number, "number", NAME_MAX)
    verified_by = issues.text(certificate.verified_by, "verified_by", NAME_MAX)
    issues.raise_any()
    return replace(certificate, issuer=issuer, number=number, verified_by=verified_by)


def validate_requirement(requirement: RoleRequirement) -> RoleRequirement:
    issues = _Issues("requirement")
    title = issues.text(requirement.job_title, "job_title", ROLE_MAX, required=True)
    issues.raise_any()
    return replace(requirement, job_title=" ".join(title.split()))


def validate_coaching(event: CoachingEvent, today: date) -> CoachingEvent:
    """A log of what happened: no future dates (a planned meeting is the next follow-up)."""
    issues = _Issues("coaching")
    kind = issues.choice(CoachingKind, event.kind, "kind")
    mode = issues.choice(CoachingMode, event.mode, "mode")
    if event.employee_id is None and kind != CoachingKind.EMPLOYER:
        issues.add("tr_employee_needed", "employee_id")
    coach = issues.text(event.coach_name, "coach_name", NAME_MAX, required=True)
    organisation = issues.text(event.organisation, "organisation", TITLE_MAX)
    summary = issues.text(event.summary, "summary", TEXT_MAX)
    actions = issues.text(event.agreed_actions, "agreed_actions", TEXT_MAX)
    issues.range(event.minutes, 1, MAX_MINUTES, "minutes", code="tr_minutes_range")
    issues.not_future(event.day, today, "day")
    issues.order(event.day, event.next_follow_up, "next_follow_up",
                 code="tr_follow_up_before_event")
    issues.raise_any()
    return replace(event, kind=kind, mode=mode, coach_name=coach, organisation=organisation,
                   summary=summary, agreed_actions=actions, shareable=bool(event.shareable))


def validate_outcome(outcome: Outcome) -> Outcome:
    issues = _Issues("outcome")
    kind = issues.choice(OutcomeKind, outcome.outcome, "outcome")
    for field in ("readiness_start", "readiness_end"):
        value = getattr(outcome, field)
        if value is not None:
            issues.range(value, READINESS_MIN, READINESS_MAX, field, code="tr_readiness_range")
    issues.order(outcome.period_start, outcome.period_end, "period_end")
    details = issues.text(outcome.details, "details", TEXT_MAX)
    issues.raise_any()
    return replace(outcome, outcome=kind, details=details)


def validate_opportunity(opportunity: JobOpportunity) -> JobOpportunity:
    issues = _Issues("opportunity")
    values = {
        "title": issues.text(opportunity.title, "title", TITLE_MAX, required=True),
        "place": issues.text(opportunity.place, "place", TITLE_MAX),
        "contact": issues.text(opportunity.contact, "contact", TITLE_MAX),
    }
    for field in ("description", "accessibility", "language_requirements", "support_offered"):
        values[field] = issues.text(getattr(opportunity, field), field, TEXT_MAX)
    hours = opportunity.weekly_hours
    if hours is not None and not Decimal(0) < hours <= MAX_WEEKLY_HOURS:
        issues.add("tr_weekly_hours_range", "weekly_hours", max=MAX_WEEKLY_HOURS)
    issues.raise_any()
    return replace(opportunity, **values, is_open=bool(opportunity.is_open))


# --- health words in free text --------------------------------------------------------------

#: Word stems that suggest health details. A hint for a warning, never a block: the person
#: writing knows best, and a false alarm must not stop a neutral note from being saved.
HEALTH_STEMS = ("sairau", "sairas", "sairaus", "diagno", "lääk", "terveyd", "terveys", "masenn",
                "ahdist", "mielenterv", "psykiat", "päihte", "alkoholi", "leikkau", "hoitojakso",
                "kuntoutusjakso", "burnout", "uupum", "migreen", "epilep", "diabet")


def health_terms(text: str) -> tuple[str, ...]:
    """The words of ``text`` that contain a health stem, in order, without repeats."""
    found: list[str] = []
    for raw in text.split():
        word = raw.strip(".,;:!?()\"'”“").casefold()
        if word and word not in found and any(stem in word for stem in HEALTH_STEMS):
            found.append(word)
    return tuple(found)
