"""Due-date rules for the home view's due list, and Finnish working days.

Every rule is a small function of plain domain values and ``today`` (never the clock), returning
a DueItem or None. When a rule's reminder stages are not reached yet, or its item has stopped
mattering, it returns None. Reminder offsets live in REMINDER_RULES, one table the services can
replace with the association's settings; each rule also takes ``rule=`` to override it.

Deadlines are never moved: when a due date falls on a weekend or a public holiday the item keeps
the legal date and carries a DayNote naming the holiday and the next working day, so the user
decides (acting on the earlier day is always safe).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import IntEnum, StrEnum
from functools import lru_cache
from types import MappingProxyType

from kuhina_desktop.domain.date_math import (
    add_months,
    first_day_of_month,
    last_day_of_month,
    week_end,
)
from kuhina_desktop.domain.employees import Consent, Contract

# --- Finnish working days -------------------------------------------------------------------


@lru_cache(maxsize=64)
def _holidays_of_year(year: int) -> Mapping[date, str]:
    # The library's own object grows lazily when asked about a new year; a frozen per-year copy
    # is safe to share between the GUI thread and background work. language="fi" keeps the
    # names Finnish whatever the OS locale. The list includes Midsummer Eve and Christmas Eve,
    # which are not statutory holidays but banks and offices are closed, so they count as
    # non-working days here. Imported here: the library costs start-up time it need not.
    import holidays

    return MappingProxyType(dict(holidays.country_holidays("FI", years=year, language="fi")))


def holiday_name(day: date) -> str | None:
    """Finnish name of the public holiday on ``day`` (``"Juhannuspäivä"``), or None."""
    return _holidays_of_year(day.year).get(day)


def in_sentence(holiday: str) -> str:
    """A holiday's name inside a sentence, where Finnish writes it in lower case:
    "Pyhäinpäivä" -> "pyhäinpäivä"."""
    return holiday[:1].lower() + holiday[1:]


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and holiday_name(day) is None


def next_working_day(day: date, *, inclusive: bool = False) -> date:
    """First working day after ``day`` (or ``day`` itself when ``inclusive`` and it is one)."""
    candidate = day if inclusive else day + timedelta(days=1)
    while not is_working_day(candidate):
        candidate += timedelta(days=1)
    return candidate


@dataclass(frozen=True)
class DayNote:
    """Why a due date is not a working day; the date itself is not changed."""

    day: date
    reason: str  # "holiday" or "weekend"
    holiday_name: str | None
    next_working_day: date


def day_note(day: date) -> DayNote | None:
    """A note for a weekend or holiday (the holiday's name wins over "weekend"), else None."""
    if is_working_day(day):
        return None
    name = holiday_name(day)
    return DayNote(day=day, reason="holiday" if name else "weekend", holiday_name=name,
                   next_working_day=next_working_day(day))


def application_deadline(period_end: date, months_after: int = 2) -> date:
    """Last day of the second month after the month the payment period ends (31.3. → 31.5.).

    ``months_after`` is a parameter per decision: the rule for post-2023 decisions is not
    confirmed (domain research §2.8).
    """
    return last_day_of_month(add_months(first_day_of_month(period_end), months_after))


def wage_month_due(month: date) -> date:
    """A month's wage data should be entered by the 10th of the next month."""
    return add_months(first_day_of_month(month), 1).replace(day=10)


# --- the due-item model ---------------------------------------------------------------------


class DueKind(StrEnum):
    PAYMENT_APPLICATION = "payment_application"
    SUBSIDY_PERIOD_END = "subsidy_period_end"
    CONTRACT_END = "contract_end"
    TRIAL_END = "trial_end"
    CERTIFICATE_EXPIRY = "certificate_expiry"
    CONSENT_EXPIRY = "consent_expiry"
    WAGE_MONTH_MISSING = "wage_month_missing"
    RATE_TABLE = "rate_table"
    RETENTION_REVIEW = "retention_review"


class Severity(IntEnum):
    INFO = 1  # visible, no hurry
    WARNING = 2  # act soon
    CRITICAL = 3  # money or a right is about to be, or has been, lost (shown in red)


class DueGroup(StrEnum):
    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    NEXT_30_DAYS = "next_30_days"
    LATER = "later"


#: What the one-click action of each kind does; the UI maps the code to a command and a label.
ACTIONS: Mapping[DueKind, str] = MappingProxyType({
    DueKind.PAYMENT_APPLICATION: "send_payment_application",
    DueKind.SUBSIDY_PERIOD_END: "apply_for_renewal",
    DueKind.CONTRACT_END: "decide_contract_continuation",
    DueKind.TRIAL_END: "review_trial_period",
    DueKind.CERTIFICATE_EXPIRY: "renew_certificate",
    DueKind.CONSENT_EXPIRY: "renew_consent",
    DueKind.WAGE_MONTH_MISSING: "enter_wage_month",
    DueKind.RATE_TABLE: "confirm_rate_table",
    DueKind.RETENTION_REVIEW: "review_retention",
})


@dataclass(frozen=True)
class ReminderRule:
    """When an item shows up and how loud it is.

    ``stages``: (days before the due date, severity from that day on); the widest window decides
    when the item appears. ``overdue``: severity after the due date, or None when the item stops
    mattering once the date has passed (a contract simply ends). ``keep_overdue_days``: how long
    an overdue item stays; None keeps it until the user marks it done.
    """

    stages: tuple[tuple[int, Severity], ...]
    overdue: Severity | None
    keep_overdue_days: int | None = None


REMINDER_RULES: Mapping[DueKind, ReminderRule] = MappingProxyType({
    DueKind.PAYMENT_APPLICATION: ReminderRule(
        ((14, Severity.WARNING), (3, Severity.CRITICAL)), Severity.CRITICAL),
    DueKind.SUBSIDY_PERIOD_END: ReminderRule(
        ((60, Severity.WARNING), (30, Severity.CRITICAL)), None),
    DueKind.CONTRACT_END: ReminderRule(((60, Severity.INFO), (30, Severity.WARNING)), None),
    DueKind.TRIAL_END: ReminderRule(((14, Severity.WARNING),), None),
    DueKind.CERTIFICATE_EXPIRY: ReminderRule(
        ((90, Severity.INFO), (30, Severity.WARNING)), Severity.WARNING),
    DueKind.CONSENT_EXPIRY: ReminderRule(((30, Severity.INFO),), Severity.INFO, 30),
    DueKind.WAGE_MONTH_MISSING: ReminderRule((), Severity.WARNING),
    DueKind.RATE_TABLE: ReminderRule(((30, Severity.INFO), (7, Severity.WARNING)),
                                     Severity.WARNING),
    DueKind.RETENTION_REVIEW: ReminderRule(((30, Severity.INFO),), Severity.WARNING),
})

#: A payment application can be made once the Incomes Register holds the period's wages
#: (pay day + 5 days); it is listed as INFO from then on, before the −14 d reminder.
PAYMENT_READY_AFTER_DAYS = 6


@dataclass(frozen=True, kw_only=True)
class DueItem:
    key: str  # stable across runs: snooze and done marks are stored against it
    kind: DueKind
    due_date: date  # the legal date, never moved to a working day
    subject_id: int | None  # employee id; None for association-wide items
    subject_name: str
    action: str
    severity: Severity
    amount_cents: int | None = None  # money at stake, when known
    day_note: DayNote | None = None
    params: Mapping[str, object] = field(default_factory=dict)  # e.g. certificate_type


def _severity(days_left: int, rule: ReminderRule) -> Severity | None:
    if days_left < 0:
        if rule.keep_overdue_days is not None and -days_left > rule.keep_overdue_days:
            return None
        return rule.overdue
    severity = None
    for days_before, stage in sorted(rule.stages, reverse=True):  # widest window first
        if days_left <= days_before:
            severity = stage
    return severity


def _item(kind: DueKind, ref: str, due: date, today: date, *, subject_id: int | None = None,
          subject_name: str = "", amount_cents: int | None = None,
          rule: ReminderRule | None = None, visible_from: date | None = None,
          params: Mapping[str, object] | None = None) -> DueItem | None:
    days_left = (due - today).days
    severity = _severity(days_left, rule or REMINDER_RULES[kind])
    if severity is None and visible_from is not None and visible_from <= today <= due:
        severity = Severity.INFO
    if severity is None:
        return None
    return DueItem(key=f"{kind}:{ref}", kind=kind, due_date=due, subject_id=subject_id,
                   subject_name=subject_name, action=ACTIONS[kind], severity=severity,
                   amount_cents=amount_cents, day_note=day_note(due), params=dict(params or {}))


# --- grouping -------------------------------------------------------------------------------


def due_group(due: date, today: date) -> DueGroup:
    """Overdue / this week (to Sunday) / next 30 days / later, relative to ``today``."""
    if due < today:
        return DueGroup.OVERDUE
    if due <= week_end(today):
        return DueGroup.THIS_WEEK
    if due <= today + timedelta(days=30):
        return DueGroup.NEXT_30_DAYS
    return DueGroup.LATER


def group_due_items(items: Iterable[DueItem], today: date) -> dict[DueGroup, list[DueItem]]:
    """Every group present (possibly empty), in display order; earliest and loudest first."""
    groups: dict[DueGroup, list[DueItem]] = {group: [] for group in DueGroup}
    for item in items:
        groups[due_group(item.due_date, today)].append(item)
    for members in groups.values():
        members.sort(key=lambda i: (i.due_date, -i.severity, i.subject_name, i.key))
    return groups


# --- rules, one per kind --------------------------------------------------------------------


def payment_application_item(*, decision_id: int, period_end: date, today: date,
                             subject_id: int | None, subject_name: str,
                             amount_cents: int | None = None, deadline_months: int = 2,
                             rule: ReminderRule | None = None) -> DueItem | None:
    """A payment period whose application has not been sent. Overdue means the money is lost."""
    return _item(DueKind.PAYMENT_APPLICATION, f"{decision_id}:{period_end.isoformat()}",
                 application_deadline(period_end, deadline_months), today,
                 subject_id=subject_id, subject_name=subject_name, amount_cents=amount_cents,
                 rule=rule, visible_from=period_end + timedelta(days=PAYMENT_READY_AFTER_DAYS),
                 params={"period_end": period_end})


def subsidy_period_end_item(*, decision_id: int, end: date, today: date,
                            subject_id: int | None, subject_name: str,
                            amount_cents: int | None = None,
                            rule: ReminderRule | None = None) -> DueItem | None:
    """A renewal must be filed before the subsidy period ends; pass a not-yet-renewed decision."""
    return _item(DueKind.SUBSIDY_PERIOD_END, f"{decision_id}:{end.isoformat()}", end, today,
                 subject_id=subject_id, subject_name=subject_name, amount_cents=amount_cents,
                 rule=rule)


def contract_end_item(contract: Contract, today: date, subject_name: str, *,
                      rule: ReminderRule | None = None) -> DueItem | None:
    """Fixed-term contracts only; open-ended ones give None."""
    if contract.end is None:
        return None
    return _item(DueKind.CONTRACT_END, f"{contract.id}:{contract.end.isoformat()}",
                 contract.end, today, subject_id=contract.employee_id,
                 subject_name=subject_name, rule=rule)


def trial_end_item(contract: Contract, today: date, subject_name: str, *,
                   rule: ReminderRule | None = None) -> DueItem | None:
    if contract.trial_end is None:
        return None
    return _item(DueKind.TRIAL_END, f"{contract.id}:{contract.trial_end.isoformat()}",
                 contract.trial_end, today, subject_id=contract.employee_id,
                 subject_name=subject_name, rule=rule)


def certificate_expiry_item(*, certificate_id: int, certificate_type: str,
                            expires: date | None, today: date, subject_id: int | None,
                            subject_name: str,
                            rule: ReminderRule | None = None) -> DueItem | None:
    """The latest certificate of a type; ``expires`` None (hygiene passport) never expires."""
    if expires is None:
        return None
    return _item(DueKind.CERTIFICATE_EXPIRY, f"{certificate_id}:{expires.isoformat()}",
                 expires, today, subject_id=subject_id, subject_name=subject_name, rule=rule,
                 params={"certificate_type": certificate_type})


def consent_expiry_item(consent: Consent, today: date, subject_name: str, *,
                        rule: ReminderRule | None = None) -> DueItem | None:
    """Due on the consent's last valid day; a withdrawn consent needs no renewal reminder."""
    if consent.valid_until is None or consent.withdrawn_on is not None:
        return None
    return _item(DueKind.CONSENT_EXPIRY, f"{consent.id}:{consent.valid_until.isoformat()}",
                 consent.valid_until, today, subject_id=consent.employee_id,
                 subject_name=subject_name, rule=rule, params={"scope": consent.scope})


def missing_wage_month_items(*, employee_id: int, subject_name: str, employment_start: date,
                             employment_end: date | None, entered_months: Collection[date],
                             today: date,
                             rule: ReminderRule | None = None) -> list[DueItem]:
    """Months of the employment without wage data once the 10th of the next month has passed."""
    entered = {first_day_of_month(m) for m in entered_months}
    last = min(employment_end or today, today)
    items = []
    month = first_day_of_month(employment_start)
    while month <= last:
        if month not in entered:
            item = _item(DueKind.WAGE_MONTH_MISSING, f"{employee_id}:{month:%Y-%m}",
                         wage_month_due(month), today, subject_id=employee_id,
                         subject_name=subject_name, rule=rule, params={"month": month})
            if item is not None:
                items.append(item)
        month = add_months(month, 1)
    return items


def rate_table_item(*, confirmed_years: Collection[int], today: date,
                    rule: ReminderRule | None = None) -> DueItem | None:
    """In December, next year's rate table must be checked and confirmed; from January on, an
    unconfirmed table of the running year is overdue (calculations may use stale rates)."""
    year = today.year + 1 if today.month == 12 else today.year
    if year in confirmed_years:
        return None
    return _item(DueKind.RATE_TABLE, str(year), date(year - 1, 12, 31), today, rule=rule,
                 params={"year": year})


def retention_review_item(*, last_reviewed_on: date | None, today: date,
                          rule: ReminderRule | None = None) -> DueItem | None:
    """The yearly retention review, due by the end of January.

    A new data file should pass its creation date as ``last_reviewed_on`` so that it is not
    told about a review it had nothing to review for.
    """
    if last_reviewed_on is not None and last_reviewed_on.year == today.year:
        return None
    return _item(DueKind.RETENTION_REVIEW, str(today.year), date(today.year, 1, 31), today,
                 rule=rule, params={"year": today.year})
