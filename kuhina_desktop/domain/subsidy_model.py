"""Value types of the support engine: decisions, employment, wage months, results, issues.

All money is integer cents, hours and rates are Decimal. Import these from
``kuhina_desktop.domain.subsidy``, which re-exports them together with the engine.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from .date_math import first_day_of_month, last_day_of_month
from .money import Cents


class Kind(StrEnum):
    """Support kinds. The first four are statutory (parameters in the rate tables)."""

    PALKKATUKI_50 = "palkkatuki_50"  # improving professional skills
    PALKKATUKI_70 = "palkkatuki_70"  # reduced work ability
    TYOLLISTAMISTUKI_55 = "tyollistamistuki_55"  # employment subsidy for persons aged 55+
    PALKKATUKI_100 = "palkkatuki_100"  # association, non-business tasks
    KUNTALISA = "kuntalisa"  # municipal employment supplement
    TYOLLISTAMISLISA = "tyollistamislisa"  # employment bonus (e.g. a project's pilot)
    OTHER = "other"


STATUTORY_KINDS = frozenset({Kind.PALKKATUKI_50, Kind.PALKKATUKI_70, Kind.TYOLLISTAMISTUKI_55,
                             Kind.PALKKATUKI_100})
PER_DECISION_KINDS = frozenset(Kind) - STATUTORY_KINDS


class ContributionMethod(StrEnum):
    ACTUAL = "actual"
    COEFFICIENT = "coefficient"  # gross × coefficient (1.23), never above actual costs


class CostItem(StrEnum):
    """Wage-cost items that a support may cover. Holiday compensation and tax-free allowances
    are never eligible, so they are not items one could choose."""

    GROSS_PAY = "gross_pay"
    SUPPLEMENTS = "supplements"
    HOLIDAY_PAY = "holiday_pay"
    HOLIDAY_BONUS = "holiday_bonus"
    EMPLOYER_CONTRIBUTIONS = "employer_contributions"


# From 1.7.2023 the 50/70 % subsidies and the 55+ subsidy cover basic pay only (holiday pay for
# holiday taken counts as pay); the 100 % association subsidy kept supplements, holiday bonus and
# contributions (domain research §2.4).
BASIC_ITEMS = frozenset({CostItem.GROSS_PAY, CostItem.HOLIDAY_PAY})
FULL_ITEMS = frozenset(CostItem)
DEFAULT_ITEMS: Mapping[Kind, frozenset[CostItem]] = {
    Kind.PALKKATUKI_50: BASIC_ITEMS,
    Kind.PALKKATUKI_70: BASIC_ITEMS,
    Kind.TYOLLISTAMISTUKI_55: BASIC_ITEMS,
    Kind.PALKKATUKI_100: FULL_ITEMS,
    # Municipal supplements and bonuses have no statutory list of cost items; their own rules
    # (domain research §2.10) speak of "wage costs" of a work month without listing items. The
    # narrowest statutory list is the safe default: it never claims costs a payer could reject.
    # A decision that says otherwise sets Decision.eligible_items.
    Kind.KUNTALISA: BASIC_ITEMS,
    Kind.TYOLLISTAMISLISA: BASIC_ITEMS,
    Kind.OTHER: BASIC_ITEMS,
}


@dataclass(frozen=True)
class Decision:
    """A support decision as far as the money is concerned.

    ``percent`` is in percent (``Decimal(100)``); ``working_time_cap`` a fraction (``0.65``) or
    None for no cap. ``eligible_items`` None means the kind's statutory list; only per-decision
    kinds may name their own. ``decided_on`` is the decision date (for validation only).
    """

    kind: Kind
    start: date
    end: date
    percent: Decimal
    monthly_cap_cents: Cents
    working_time_cap: Decimal | None = None
    payment_period_months: int = 1
    contribution_method: ContributionMethod = ContributionMethod.ACTUAL
    prorate_partial_months: bool = True
    contribution_coefficient: Decimal | None = None
    eligible_items: frozenset[CostItem] | None = None
    decided_on: date | None = None
    # The application deadline is the last day of the N-th month after the period's last month;
    # 2 is the confirmed rule for older decisions, kept per decision because the post-2023 rule
    # is unconfirmed (domain research §2.8).
    deadline_months_after: int = 2

    @property
    def items(self) -> frozenset[CostItem]:
        return self.eligible_items if self.eligible_items is not None else DEFAULT_ITEMS[self.kind]


@dataclass(frozen=True)
class Employment:
    """The contract figures the engine needs; start/end are used by validation only."""

    weekly_hours: Decimal
    full_time_weekly_hours: Decimal
    start: date | None = None
    end: date | None = None

    @property
    def work_fraction(self) -> Decimal:
        return self.weekly_hours / self.full_time_weekly_hours


@dataclass(frozen=True)
class WageMonth:
    """Wage costs of one calendar month (the wage period, not the pay day), in cents.

    ``month`` is any day of the month (normally the 1st). ``employer_contributions`` None means
    "compute from the year's rate table". ``kela_compensated_pay`` is the pay for days for which
    the employer gets Kela or accident-insurance compensation; it is part of the pay above.
    """

    month: date
    gross_pay: Cents
    supplements: Cents = 0
    holiday_pay: Cents = 0
    holiday_bonus: Cents = 0
    holiday_compensation: Cents = 0
    tax_free_allowances: Cents = 0
    kela_compensated_pay: Cents = 0
    employer_contributions: Cents | None = None
    other_public_support: Cents = 0

    @property
    def taxable_pay(self) -> Cents:
        return (self.gross_pay + self.supplements + self.holiday_pay + self.holiday_bonus
                + self.holiday_compensation)

    def item(self, item: CostItem) -> Cents:
        return getattr(self, item.value)


AMOUNT_FIELDS = ("gross_pay", "supplements", "holiday_pay", "holiday_bonus",
                 "holiday_compensation", "tax_free_allowances", "kela_compensated_pay",
                 "employer_contributions", "other_public_support")


@dataclass(frozen=True)
class MonthResult:
    month: date  # first day of the month
    wage_costs: Cents
    eligible_costs: Cents
    cap: Cents
    support: Cents
    covered_days: int  # days of the month inside the subsidy period
    days_in_month: int

    @property
    def in_period(self) -> bool:
        return self.covered_days > 0


@dataclass(frozen=True)
class PeriodResult:
    start: date
    end: date
    support: Cents
    deadline: date


@dataclass(frozen=True)
class SupportResult:
    months: tuple[MonthResult, ...]
    periods: tuple[PeriodResult, ...]
    total_support: Cents


class Severity(StrEnum):
    ERROR = "error"  # blocks saving
    WARNING = "warning"  # shown and logged


@dataclass(frozen=True)
class Issue:
    """A validation finding, keyed not worded: the UI translates ``code`` with ``params``.

    ``field`` is the path of the offending value as in the calc-case JSON
    (``employment.weekly_hours``, ``months[2].other_public_support``). Param values are dates,
    Decimals, ints and strings; money params end in ``_cents`` and hold integer cents.
    """

    severity: Severity
    code: str
    field: str | None = None
    params: Mapping[str, object] = dataclass_field(default_factory=dict)


# --- calendar helpers the engine adds to date_math -------------------------------------

def days_in_month(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def covered_days(month: date, start: date, end: date) -> int:
    """Days of ``month`` that fall inside ``start``–``end`` (both inclusive)."""
    lo = max(first_day_of_month(month), start)
    hi = min(last_day_of_month(month), end)
    return max(0, (hi - lo).days + 1)


def previous_day(day: date) -> date:
    return day - timedelta(days=1)
