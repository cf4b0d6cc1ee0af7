"""Employees, employment contracts and consents, and the rules that guard them.

Rules speak in codes (``ValidationError.code``/``field``/``params``), never in Finnish or English
sentences: the UI and the report catalogue word them. Errors block saving; warnings are shown and
logged. Warnings use the same keyed ValidationError type so one presenter translates both.

Personal identity codes and health-related target groups are left out of ``repr`` so that a
dataclass printed into a log or a traceback does not leak them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from kuhina_desktop.domain import finnish_ids
from kuhina_desktop.domain.date_math import end_of_months_period
from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.money import MAX_AMOUNT_CENTS

NAME_MAX = 100
TEXT_MAX = 200
NOTES_MAX = 10_000
TRIAL_MAX_MONTHS = 6  # Employment Contracts Act 1:4
UNUSUAL_FULL_TIME_HOURS = Decimal(45)  # sector full time is 37.5-40 h; more is likely a typo
PERCENT_PLACES = Decimal("0.01")


class TargetGroup(StrEnum):
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"
    IMMIGRANT = "immigrant"
    PARTIAL_WORK_ABILITY = "partial_work_ability"
    YOUNG = "young"


#: Special-category (health) data: shown only to the health-data handler, never exported.
HEALTH_RELATED_TARGET_GROUPS = frozenset({TargetGroup.PARTIAL_WORK_ABILITY})


class PayBasis(StrEnum):
    MONTHLY = "monthly"
    HOURLY = "hourly"


class ConsentScope(StrEnum):
    PROGRESS = "progress"
    TRAINING = "training"
    COACHING_NOTES = "coaching_notes"
    CONTACT_DETAILS = "contact_details"


@dataclass(frozen=True, kw_only=True)
class Employee:
    first_name: str
    last_name: str
    hetu: str | None = field(default=None, repr=False)
    street: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    languages: tuple[str, ...] = ()  # ISO 639 codes, most fluent first
    target_groups: frozenset[TargetGroup] = field(default=frozenset(), repr=False)
    notes: str = field(default="", repr=False)
    archived_on: date | None = None
    id: int | None = None

    @property
    def archived(self) -> bool:
        return self.archived_on is not None

    @property
    def birth_date(self) -> date | None:
        """Derived from the identity code; never stored separately, so it cannot disagree."""
        if not self.hetu:
            return None
        try:
            return finnish_ids.birth_date_from_hetu(self.hetu)
        except ValidationError:
            return None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def sort_name(self) -> str:
        """``Last First``: Finnish lists are ordered by surname."""
        return f"{self.last_name} {self.first_name}".strip()

    @property
    def masked_hetu(self) -> str:
        return finnish_ids.mask_hetu(self.hetu)


@dataclass(frozen=True, kw_only=True)
class Contract:
    employee_id: int | None
    start: date
    end: date | None = None  # None: open-ended (toistaiseksi voimassa)
    trial_end: date | None = None
    weekly_hours: Decimal
    full_time_weekly_hours: Decimal  # the sector's full time under its collective agreement
    pay_basis: PayBasis = PayBasis.MONTHLY
    pay_cents: int = 0  # per month or per hour, see pay_basis
    collective_agreement: str = ""
    job_title: str = ""
    tailored_tasks: str = ""
    workplace: str = ""
    partner_name: str = ""  # co-employment partner (yhteispalkkaus), if any
    partner_share: Decimal | None = None  # the partner's fraction of the costs, 0 < share < 1
    id: int | None = None

    @property
    def is_fixed_term(self) -> bool:
        return self.end is not None

    @property
    def work_fraction(self) -> Decimal:
        """weekly / full-time hours, unrounded: the subsidy engine compares it with its cap."""
        if self.full_time_weekly_hours <= 0:  # invalid contract; validate_contract reports it
            return Decimal(0)
        return self.weekly_hours / self.full_time_weekly_hours

    @property
    def work_percent(self) -> Decimal:
        """Working time as a percentage for display, two decimals (``65.00``)."""
        return (self.work_fraction * 100).quantize(PERCENT_PLACES)

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, kw_only=True)
class Consent:
    employee_id: int | None
    scope: ConsentScope
    given_on: date
    withdrawn_on: date | None = None
    valid_until: date | None = None  # inclusive; None: until withdrawn
    recipient: str = ""  # with whom it may be shared, e.g. the regional project's job coach
    id: int | None = None


class ContractCheck(NamedTuple):
    """Outcome of validate_contract; unpacks as ``errors, warnings``."""

    errors: tuple[ValidationError, ...]
    warnings: tuple[ValidationError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors

    def raise_for_errors(self) -> None:
        if self.errors:
            raise ValidationErrors(list(self.errors))


def _issue(code: str, field_name: str, **params: object) -> ValidationError:
    return ValidationError(code, code=code, field=field_name, **params)


def without_health_data(employee: Employee) -> Employee:
    """A copy without special-category data, for lists, exports and the audit trail."""
    return replace(employee, target_groups=employee.target_groups - HEALTH_RELATED_TARGET_GROUPS)


def age_on(birth_date: date, day: date) -> int:
    """Completed years on ``day`` (someone born 29.2. turns a year older on 1.3. in common years)."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


# --- employee -------------------------------------------------------------------------------


def _text_issues(employee: Employee) -> list[ValidationError]:
    issues = []
    for name in ("first_name", "last_name"):
        value = getattr(employee, name).strip()
        if not value:
            issues.append(_issue("required", name))
        elif len(value) > NAME_MAX:
            issues.append(_issue("too_long", name, max=NAME_MAX))
    for name in ("street", "city"):
        if len(getattr(employee, name).strip()) > TEXT_MAX:
            issues.append(_issue("too_long", name, max=TEXT_MAX))
    if len(employee.notes) > NOTES_MAX:
        issues.append(_issue("too_long", "notes", max=NOTES_MAX))
    postal = employee.postal_code.strip()
    if postal and not re.fullmatch(r"\d{5}", postal):
        issues.append(_issue("postal_code_format", "postal_code"))
    return issues


def _normalised(value: str, normalise, issues: list[ValidationError]) -> str:
    """Run an identifier validator on a non-blank value, collecting its error."""
    if not value or not value.strip():
        return ""
    try:
        return normalise(value)
    except ValidationError as exc:
        issues.append(exc)
        return value


def _languages(codes: Iterable[str], issues: list[ValidationError]) -> tuple[str, ...]:
    cleaned: list[str] = []
    for code in codes:
        code = code.strip().lower()
        if not re.fullmatch(r"[a-z]{2,3}", code):
            issues.append(_issue("language_code", "languages", value=code))
        elif code not in cleaned:
            cleaned.append(code)
    return tuple(cleaned)


def _target_groups(groups: Iterable[str], issues: list[ValidationError]) -> frozenset[TargetGroup]:
    result = set()
    for group in groups:
        try:
            result.add(TargetGroup(group))
        except ValueError:
            issues.append(_issue("target_group_unknown", "target_groups", value=str(group)))
    return frozenset(result)


def validate_employee(employee: Employee, *, today: date | None = None) -> Employee:
    """Return a normalised copy (trimmed names, canonical identity code, e-mail and phone) or
    raise ValidationErrors listing every field error at once.

    The identity code is required: the birth date, the payment applications and the
    one-person-one-record rule all hang on it. ``today`` enables the future-birth-date check.
    """
    issues = _text_issues(employee)
    hetu = _normalised(employee.hetu or "",
                       lambda v: finnish_ids.validate_hetu(v, today=today), issues)
    if not hetu:
        issues.append(_issue("required", "hetu"))
    email = _normalised(employee.email, finnish_ids.validate_email, issues)
    phone = _normalised(employee.phone, finnish_ids.normalise_phone, issues)
    languages = _languages(employee.languages, issues)
    groups = _target_groups(employee.target_groups, issues)
    if issues:
        raise ValidationErrors(issues)
    return replace(
        employee, first_name=employee.first_name.strip(), last_name=employee.last_name.strip(),
        hetu=hetu, email=email, phone=phone, languages=languages, target_groups=groups,
        street=employee.street.strip(), postal_code=employee.postal_code.strip(),
        city=employee.city.strip(),
    )


# --- contract -------------------------------------------------------------------------------


def latest_trial_end(start: date, months: int = TRIAL_MAX_MONTHS) -> date:
    """Last allowed day of a trial period of at most ``months`` months from ``start``."""
    return end_of_months_period(start, months)


def _trial_issues(contract: Contract) -> ContractCheck:
    start, trial_end, end = contract.start, contract.trial_end, contract.end
    if trial_end is None:
        return ContractCheck((), ())
    if trial_end < start:
        return ContractCheck((_issue("trial_end_before_start", "trial_end"),), ())
    errors, warnings = [], []
    latest = latest_trial_end(start)
    if trial_end > latest:
        errors.append(_issue("trial_too_long", "trial_end", latest=latest,
                             max_months=TRIAL_MAX_MONTHS))
    if end is not None and trial_end > end:
        errors.append(_issue("trial_after_contract_end", "trial_end", end=end))
    elif end is not None and end >= start:
        # In a fixed-term contract the trial may be at most half of the term (TSL 1:4).
        term_days = (end - start).days + 1
        trial_days = (trial_end - start).days + 1
        if trial_days * 2 > term_days:
            warnings.append(_issue("trial_over_half_of_term", "trial_end",
                                   trial_days=trial_days, term_days=term_days))
    return ContractCheck(tuple(errors), tuple(warnings))


def _hours_issues(contract: Contract) -> ContractCheck:
    errors, warnings = [], []
    weekly, full_time = contract.weekly_hours, contract.full_time_weekly_hours
    if weekly <= 0:  # zero-hour contracts cannot be subsidised
        errors.append(_issue("weekly_hours_not_positive", "weekly_hours"))
    if full_time <= 0:
        errors.append(_issue("full_time_hours_not_positive", "full_time_weekly_hours"))
    elif weekly > full_time:
        errors.append(_issue("weekly_hours_over_full_time", "weekly_hours",
                             full_time=full_time))
    elif full_time > UNUSUAL_FULL_TIME_HOURS:
        warnings.append(_issue("full_time_hours_unusual", "full_time_weekly_hours",
                               limit=UNUSUAL_FULL_TIME_HOURS))
    return ContractCheck(tuple(errors), tuple(warnings))


def _other_issues(contract: Contract) -> list[ValidationError]:
    errors = []
    if contract.end is not None and contract.end < contract.start:
        errors.append(_issue("end_before_start", "end"))
    if contract.pay_cents <= 0:
        errors.append(_issue("pay_not_positive", "pay_cents"))
    elif contract.pay_cents > MAX_AMOUNT_CENTS:
        errors.append(_issue("amount_too_large", "pay_cents"))
    if not contract.job_title.strip():
        errors.append(_issue("required", "job_title"))
    share, partner = contract.partner_share, contract.partner_name.strip()
    if share is not None and not Decimal(0) < share < Decimal(1):
        errors.append(_issue("partner_share_out_of_range", "partner_share"))
    elif share is not None and not partner:
        errors.append(_issue("required", "partner_name"))
    elif share is None and partner:
        errors.append(_issue("required", "partner_share"))
    return errors


def periods_overlap(start_a: date, end_a: date | None, start_b: date, end_b: date | None) -> bool:
    """Inclusive date ranges; ``None`` as end means open-ended. 31.3. and 1.4. only touch."""
    return (end_b is None or start_a <= end_b) and (end_a is None or start_b <= end_a)


def _overlap_issues(contract: Contract, others: Iterable[Contract]) -> list[ValidationError]:
    errors = []
    for other in others:
        if other.employee_id != contract.employee_id:
            continue
        if contract.id is not None and other.id == contract.id:
            continue  # the stored version of the contract being edited
        if periods_overlap(contract.start, contract.end, other.start, other.end):
            errors.append(_issue("contract_overlap", "start", other_id=other.id,
                                 other_start=other.start, other_end=other.end))
    return errors


def validate_contract(contract: Contract, other_contracts: Iterable[Contract] = ()) -> ContractCheck:
    """Check one contract against its own fields and the employee's other contracts.

    ``other_contracts`` may include the stored version of ``contract`` (same id) and contracts
    of other employees; both are ignored.
    """
    trial = _trial_issues(contract)
    hours = _hours_issues(contract)
    errors = (*_other_issues(contract), *trial.errors, *hours.errors,
              *_overlap_issues(contract, other_contracts))
    return ContractCheck(errors, (*trial.warnings, *hours.warnings))


# --- consent --------------------------------------------------------------------------------


def validate_consent(consent: Consent) -> None:
    """Raise ValidationErrors when the consent's dates contradict each other."""
    issues = []
    if consent.withdrawn_on is not None and consent.withdrawn_on < consent.given_on:
        issues.append(_issue("withdrawn_before_given", "withdrawn_on"))
    if consent.valid_until is not None and consent.valid_until < consent.given_on:
        issues.append(_issue("valid_until_before_given", "valid_until"))
    if issues:
        raise ValidationErrors(issues)


def consent_is_valid(consent: Consent, on_date: date) -> bool:
    """Given on or before the day, not yet withdrawn, not past its last valid day.

    A withdrawal counts from its own day on: on ``withdrawn_on`` nothing may be shared any more.
    """
    if on_date < consent.given_on:
        return False
    if consent.withdrawn_on is not None and on_date >= consent.withdrawn_on:
        return False
    return consent.valid_until is None or on_date <= consent.valid_until


def scopes_in_force(consents: Iterable[Consent], on_date: date,
                    employee_id: int | None = None) -> frozenset[ConsentScope]:
    """Scopes covered by at least one valid consent on the day (of one employee, if given)."""
    return frozenset(
        c.scope for c in consents
        if (employee_id is None or c.employee_id == employee_id) and consent_is_valid(c, on_date)
    )
