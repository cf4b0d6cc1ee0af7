"""Training packages, certificates, job coaching and outcomes: the values and the rules.

Pure: no clock (callers pass ``today``), no SQL, no Qt. Words for people live in the UI; the
rules speak in enum values and codes. Validation of each record (and the health-word hint) is
in ``training_checks``; the per-employee timeline in ``training_timeline``.

Certificate validity (domain research §5.1): ``expires = issued + validity``, and ``expires`` is
the last day the certificate is valid (a 5-year card issued 15.3.2021 is valid through
15.3.2026 and expired on 16.3.2026). A month-precision type (Tieturva: "5 years from the month
of the online course") is valid to the end of the month, so issued 15.3.2021 → 31.3.2026.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from kuhina_desktop.domain.date_math import add_months, first_day_of_month, last_day_of_month


class PackageKind(StrEnum):
    INDUCTION = "induction"
    EMPLOYER_SPECIFIC = "employer_specific"
    COURSE = "course"
    QUALIFICATION_UNIT = "qualification_unit"  # opinnollistaminen


class Funder(StrEnum):
    ASSOCIATION = "association"
    KUHINA_ESR = "kuhina_esr"
    OTHER = "other"


class EnrolmentStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"


#: Statuses in which a person is still on the way through a package (one at a time per package).
ACTIVE_STATUSES = frozenset({EnrolmentStatus.PLANNED, EnrolmentStatus.ONGOING})


class CoachingKind(StrEnum):
    INDIVIDUAL = "individual"
    EMPLOYER = "employer"
    START_SUPPORT = "start_support"
    TASK_TAILORING = "task_tailoring"
    FOLLOW_UP = "follow_up"


class CoachingMode(StrEnum):
    ON_SITE = "on_site"
    PHONE = "phone"
    REMOTE = "remote"


class OutcomeKind(StrEnum):
    OPEN_MARKET_JOB = "open_market_job"
    CONTINUES_UNSUPPORTED = "continues_unsupported"
    EDUCATION = "education"
    OTHER_SERVICE = "other_service"
    UNEMPLOYED = "unemployed"
    OTHER = "other"


#: Outcomes that count as "employed or in education" for the regional project's target. Staying
#: with the association without support is a job without subsidy, so it counts as employed.
EMPLOYED_OR_EDUCATION = frozenset({OutcomeKind.OPEN_MARKET_JOB,
                                   OutcomeKind.CONTINUES_UNSUPPORTED, OutcomeKind.EDUCATION})
TARGET_EMPLOYED_OR_EDUCATION = Decimal("0.45")
TARGET_READINESS_IMPROVED = Decimal("0.70")
READINESS_MIN, READINESS_MAX = 1, 5

SOON_DAYS = 90  # the first reminder (§5.1, §7 row 12)
URGENT_DAYS = 30  # the second one


# --- records --------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class CertificateType:
    name: str
    validity_months: int | None = None  # None: valid indefinitely
    month_precision: bool = False  # valid to the end of the expiry month (Tieturva)
    code: str | None = None  # stable key of a seeded template; None for the association's own
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, kw_only=True)
class TrainingPackage:
    title: str
    kind: PackageKind
    funder: Funder
    provider: str = ""
    planned_hours: Decimal = Decimal(0)
    cost_cents: int = 0
    modules: str = ""
    qualification_unit: str = ""  # name or code of the vocational qualification unit, if any
    certificate_type_id: int | None = None  # the certificate a completed package grants
    start: date | None = None
    end: date | None = None
    archived: bool = False
    id: int | None = None


@dataclass(frozen=True, kw_only=True)
class Enrolment:
    employee_id: int
    package_id: int
    status: EnrolmentStatus = EnrolmentStatus.PLANNED
    start: date | None = None
    hours_attended: Decimal = Decimal(0)
    completed_on: date | None = None  # the completion day, or the day an interruption happened
    result: str = ""
    id: int | None = None


@dataclass(frozen=True, kw_only=True)
class Certificate:
    employee_id: int
    type_id: int
    issued_on: date
    expires_on: date | None = None
    issuer: str = ""
    number: str = ""
    verified_by: str = ""  # who saw the original (a copy is kept only when needed)
    attachment_id: int | None = None
    enrolment_id: int | None = None  # the completed enrolment that granted it
    id: int | None = None


@dataclass(frozen=True, kw_only=True)
class RoleRequirement:
    job_title: str  # matches every job title that contains this text (case-insensitive)
    certificate_type_id: int
    id: int | None = None


@dataclass(frozen=True, kw_only=True)
class CoachingEvent:
    employee_id: int | None  # None: employer coaching that concerns no one person
    day: date
    coach_name: str
    kind: CoachingKind
    mode: CoachingMode
    minutes: int
    organisation: str = ""
    summary: str = ""  # neutral: what was done, never health details
    agreed_actions: str = ""
    next_follow_up: date | None = None
    shareable: bool = False  # may go to the coach export (with a valid consent)
    id: int | None = None


@dataclass(frozen=True, kw_only=True)
class Outcome:
    employee_id: int
    period_end: date  # the last day of the support period
    outcome: OutcomeKind
    decision_id: int | None = None
    period_start: date | None = None
    readiness_start: int | None = None  # job-seeking readiness self-assessment, 1-5
    readiness_end: int | None = None
    details: str = ""
    id: int | None = None

    @property
    def readiness_improved(self) -> bool | None:
        if self.readiness_start is None or self.readiness_end is None:
            return None
        return self.readiness_end > self.readiness_start


@dataclass(frozen=True, kw_only=True)
class JobOpportunity:
    title: str
    description: str = ""
    weekly_hours: Decimal | None = None
    place: str = ""
    accessibility: str = ""
    language_requirements: str = ""
    support_offered: str = ""
    contact: str = ""
    is_open: bool = True
    id: int | None = None


# --- certificate validity -------------------------------------------------------------------


class ExpiryMark(StrEnum):
    NO_EXPIRY = "no_expiry"
    VALID = "valid"
    WITHIN_90 = "within_90"
    WITHIN_30 = "within_30"
    EXPIRED = "expired"


def expiry_date(issued: date, validity_months: int | None,
                month_precision: bool = False) -> date | None:
    """Last valid day of a certificate issued on ``issued``; None when it never expires.

    Day precision: the same day ``validity_months`` later (29.2.2024 + 3 years → 28.2.2027, the
    missing day moving to the month's end). Month precision: the end of that month.
    """
    if validity_months is None:
        return None
    if month_precision:
        return last_day_of_month(add_months(first_day_of_month(issued), validity_months))
    return add_months(issued, validity_months)


def expiry_for(issued: date, cert_type: CertificateType) -> date | None:
    return expiry_date(issued, cert_type.validity_months, cert_type.month_precision)


def expiry_mark(expires: date | None, today: date) -> ExpiryMark:
    """Expired after the last valid day; marked 90 and 30 days ahead (inclusive)."""
    if expires is None:
        return ExpiryMark.NO_EXPIRY
    days_left = (expires - today).days
    if days_left < 0:
        return ExpiryMark.EXPIRED
    if days_left <= URGENT_DAYS:
        return ExpiryMark.WITHIN_30
    if days_left <= SOON_DAYS:
        return ExpiryMark.WITHIN_90
    return ExpiryMark.VALID


def valid_on(certificate: Certificate, day: date) -> bool:
    return certificate.issued_on <= day and (
        certificate.expires_on is None or day <= certificate.expires_on)


def current_certificates(certificates: Iterable[Certificate]) -> list[Certificate]:
    """The newest certificate of each (employee, type): the one that decides reminders.

    An older card that a renewal replaced must not raise an "expired" reminder.
    """
    newest: dict[tuple[int, int], Certificate] = {}
    for cert in certificates:
        key = (cert.employee_id, cert.type_id)
        held = newest.get(key)
        if held is None or _later(cert, held):
            newest[key] = cert
    return sorted(newest.values(), key=lambda c: (c.employee_id, c.type_id))


def _later(a: Certificate, b: Certificate) -> bool:
    if (a.expires_on is None) != (b.expires_on is None):
        return a.expires_on is None  # an indefinite certificate outlasts every dated one
    return (a.expires_on, a.issued_on, a.id or 0) > (b.expires_on, b.issued_on, b.id or 0)


# --- role requirements ----------------------------------------------------------------------


class GapReason(StrEnum):
    MISSING = "missing"
    EXPIRED = "expired"


@dataclass(frozen=True, kw_only=True)
class EmployeeRole:
    """An employee's job title under a contract in force on the day of the check."""

    employee_id: int
    employee_name: str
    job_title: str


@dataclass(frozen=True, kw_only=True)
class RoleGap:
    employee_id: int
    employee_name: str
    job_title: str
    certificate_type_id: int
    reason: GapReason


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def role_matches(requirement_title: str, job_title: str) -> bool:
    """A role matches every job title containing it, case-insensitively: ``keittiö`` matches
    ``Keittiötyöntekijä`` and ``keittiö- ja siivoustyö``. A blank role matches nothing."""
    wanted = _normal(requirement_title)
    return bool(wanted) and wanted in _normal(job_title)


def required_types(job_title: str, requirements: Iterable[RoleRequirement]) -> set[int]:
    return {r.certificate_type_id for r in requirements if role_matches(r.job_title, job_title)}


def role_gaps(roles: Iterable[EmployeeRole], requirements: Iterable[RoleRequirement],
              certificates: Iterable[Certificate], today: date) -> list[RoleGap]:
    """Required certificates that an employee lacks (or holds only expired) on ``today``."""
    requirements = list(requirements)
    certificates = list(certificates)
    gaps: dict[tuple[int, int], RoleGap] = {}
    for role in roles:
        for type_id in sorted(required_types(role.job_title, requirements)):
            key = (role.employee_id, type_id)
            if key in gaps:
                continue  # two contracts in force: one gap is enough
            held = [c for c in certificates if c.employee_id == role.employee_id
                    and c.type_id == type_id and c.issued_on <= today]
            if any(valid_on(c, today) for c in held):
                continue
            gaps[key] = RoleGap(employee_id=role.employee_id, employee_name=role.employee_name,
                                job_title=role.job_title, certificate_type_id=type_id,
                                reason=GapReason.EXPIRED if held else GapReason.MISSING)
    return sorted(gaps.values(), key=lambda g: (g.employee_name, g.certificate_type_id))


# --- outcomes -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Share:
    """``count`` of ``total`` against a target fraction; exact (no float, no rounding)."""

    count: int
    total: int
    target: Decimal

    @property
    def fraction(self) -> Decimal | None:
        if self.total == 0:
            return None
        return (Decimal(self.count) / Decimal(self.total)).quantize(
            Decimal("0.0001"), rounding=ROUND_HALF_UP)

    @property
    def meets_target(self) -> bool | None:
        """Compared in integers, so 9 of 20 is exactly 45 % and meets a 45 % target."""
        if self.total == 0:
            return None
        return Decimal(self.count) >= self.target * self.total


@dataclass(frozen=True)
class OutcomeSummary:
    total: int
    by_kind: Mapping[OutcomeKind, int]
    employed_or_education: Share
    readiness_improved: Share


def outcomes_between(outcomes: Iterable[Outcome], start: date | None,
                     end: date | None) -> list[Outcome]:
    """Outcomes whose support period ended within [start, end] (either bound may be open)."""
    return [o for o in outcomes if (start is None or o.period_end >= start)
            and (end is None or o.period_end <= end)]


def one_per_person_and_period(outcomes: Iterable[Outcome]) -> list[Outcome]:
    """A person whose employment had two supports at once (palkkatuki and a municipal
    supplement, each a decision with its outcome) ended one support period, not two: outcomes
    of the same person ending on the same day count once, the one recorded last."""
    latest: dict[tuple[int, date], Outcome] = {}
    for outcome in sorted(outcomes, key=lambda o: o.id or 0):
        latest[(outcome.employee_id, outcome.period_end)] = outcome
    return list(latest.values())


def outcome_summary(outcomes: Iterable[Outcome]) -> OutcomeSummary:
    """The two shares of the regional project: employed or in education (target 45 %), and
    readiness improved (target 70 %) among those whose readiness was assessed at both ends.
    People are counted, not decisions (one_per_person_and_period)."""
    outcomes = one_per_person_and_period(outcomes)
    by_kind = Counter(o.outcome for o in outcomes)
    employed = sum(1 for o in outcomes if o.outcome in EMPLOYED_OR_EDUCATION)
    assessed = [o for o in outcomes if o.readiness_improved is not None]
    improved = sum(1 for o in assessed if o.readiness_improved)
    return OutcomeSummary(
        total=len(outcomes),
        by_kind={kind: by_kind.get(kind, 0) for kind in OutcomeKind},
        employed_or_education=Share(employed, len(outcomes), TARGET_EMPLOYED_OR_EDUCATION),
        readiness_improved=Share(improved, len(assessed), TARGET_READINESS_IMPROVED),
    )
