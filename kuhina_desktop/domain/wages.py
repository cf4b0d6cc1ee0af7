"""Wage months as the treasurer records them, and the follow-up of payment applications.

Pure rules, no I/O: a wage month's checks and computed contributions, the status of each
payment period (not yet due → ready → draft → sent → paid / partly paid / rejected, or overdue),
applied-versus-paid differences, "how much are we owed, and since when", and the flags for wage
months outside every decision or missing inside one. Money is integer cents throughout.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from .date_math import add_months, first_day_of_month, last_day_of_month
from .deadlines import PAYMENT_READY_AFTER_DAYS
from .errors import ValidationError, ValidationErrors
from .money import MAX_AMOUNT_CENTS, Cents
from .rates import RateTables
from .subsidy_model import WageMonth, covered_days, days_in_month

#: Pay items in the order of the entry grid, the import mapping and the application breakdown.
PAY_ITEMS = ("gross_pay", "supplements", "holiday_pay", "holiday_bonus", "holiday_compensation",
             "tax_free_allowances", "kela_compensated_pay", "other_public_support")
MAX_HOURS_PER_DAY = 24


@dataclass(frozen=True)
class WageRecord:
    """One employee's wage costs of one calendar month (the wage period, not the pay day).

    ``employer_contributions`` None means "computed from the year's rate table"; a number is
    the actual figure typed over it or imported from the payroll service.
    """

    employee_id: int
    month: date  # first day of the month
    gross_pay: Cents = 0
    supplements: Cents = 0
    holiday_pay: Cents = 0
    holiday_bonus: Cents = 0
    holiday_compensation: Cents = 0
    tax_free_allowances: Cents = 0
    kela_compensated_pay: Cents = 0
    other_public_support: Cents = 0
    unpaid_absence_days: int = 0
    hours: Decimal = Decimal(0)
    employer_contributions: Cents | None = None
    source: str = "manual"  # manual / import / correction
    id: int | None = None

    @property
    def taxable_pay(self) -> Cents:
        return (self.gross_pay + self.supplements + self.holiday_pay + self.holiday_bonus
                + self.holiday_compensation)

    @property
    def contributions_typed(self) -> bool:
        return self.employer_contributions is not None

    def to_engine(self) -> WageMonth:
        return WageMonth(month=self.month, gross_pay=self.gross_pay, supplements=self.supplements,
                         holiday_pay=self.holiday_pay, holiday_bonus=self.holiday_bonus,
                         holiday_compensation=self.holiday_compensation,
                         tax_free_allowances=self.tax_free_allowances,
                         kela_compensated_pay=self.kela_compensated_pay,
                         employer_contributions=self.employer_contributions,
                         other_public_support=self.other_public_support)

    def figures(self) -> dict[str, object]:
        """The values that make up the month, for a correction's before/after log (JSON-safe)."""
        out: dict[str, object] = {name: getattr(self, name) for name in PAY_ITEMS}
        out.update(unpaid_absence_days=self.unpaid_absence_days, hours=str(self.hours),
                   employer_contributions=self.employer_contributions)
        return out

    def same_figures(self, other: WageRecord) -> bool:
        return self.figures() == other.figures()


FIGURE_FIELDS = (*PAY_ITEMS, "unpaid_absence_days", "hours", "employer_contributions")


def changed_fields(before: WageRecord | None, after: WageRecord) -> list[str]:
    """Names of the figures that differ (all of them for a new month): for the audit trail."""
    if before is None:
        return list(FIGURE_FIELDS)
    old, new = before.figures(), after.figures()
    return [name for name in FIGURE_FIELDS if old[name] != new[name]]


def normalise_month(day: date) -> date:
    return first_day_of_month(day)


# --- checks ---------------------------------------------------------------------------------

def wage_issues(record: WageRecord) -> list[ValidationError]:
    """Every error of one month at once; field names are the record's attribute names."""
    issues: list[ValidationError] = []
    for name in (*PAY_ITEMS, "employer_contributions"):
        value = getattr(record, name)
        if value is not None and value < 0:
            issues.append(ValidationError(name, code="wage_negative", field=name))
        elif value is not None and value > MAX_AMOUNT_CENTS:
            issues.append(ValidationError(name, code="amount_too_large", field=name))
    days = days_in_month(record.month)
    if not 0 <= record.unpaid_absence_days <= days:
        issues.append(ValidationError("absence days", code="wage_absence_days",
                                      field="unpaid_absence_days", days=days))
    if record.hours < 0 or record.hours > days * MAX_HOURS_PER_DAY:
        issues.append(ValidationError("hours", code="wage_hours", field="hours",
                                      max=days * MAX_HOURS_PER_DAY))
    pay_for_days = record.gross_pay + record.supplements + record.holiday_pay
    if record.kela_compensated_pay > max(0, pay_for_days):
        # Kela-compensated pay is the part of the month's pay for days Kela reimburses, so it
        # cannot exceed the pay itself; a larger figure is a typing error or a wrong column.
        issues.append(ValidationError("kela above pay", code="wage_kela_above_pay",
                                      field="kela_compensated_pay"))
    return issues


def check_wage_record(record: WageRecord, tables: RateTables) -> None:
    """Raise ValidationErrors when the month cannot be saved as it is."""
    issues = wage_issues(record)
    if not issues:
        try:
            costs = wage_costs(record, tables)
        except ValidationError as exc:
            issues.append(exc)
        else:
            if record.other_public_support > costs:
                issues.append(ValidationError(
                    "support above costs", code="wage_support_above_costs",
                    field="other_public_support", costs_cents=costs))
    if issues:
        raise ValidationErrors(issues)


# --- contributions --------------------------------------------------------------------------

def contribution_lines(record: WageRecord, tables: RateTables) -> dict[str, Cents]:
    """Each statutory line on the taxable pay, rounded on its own (as payroll software does).

    Raises ValidationError ``wage_rates_missing`` when the month's year has no rate table.
    """
    rates = tables.contribution_rates_for(record.month.year)
    if rates is None:
        raise ValidationError("no rates", code="wage_rates_missing",
                              field="employer_contributions", year=record.month.year)
    return rates.contribution_lines(record.taxable_pay)


def computed_contributions(record: WageRecord, tables: RateTables) -> Cents:
    return sum(contribution_lines(record, tables).values())


def contributions(record: WageRecord, tables: RateTables) -> Cents:
    """The typed figure when there is one, else the computed one."""
    if record.employer_contributions is not None:
        return record.employer_contributions
    return computed_contributions(record, tables)


def wage_costs(record: WageRecord, tables: RateTables) -> Cents:
    return record.taxable_pay + contributions(record, tables)


# --- payment application status -------------------------------------------------------------

class AppStatus(StrEnum):
    NOT_DUE = "not_due"  # the period has not ended (or its wages are not yet reported)
    READY = "ready"  # can be applied for now
    DRAFT = "draft"  # prepared, not sent
    SENT = "sent"
    PAID = "paid"
    PARTLY_PAID = "partly_paid"
    REJECTED = "rejected"
    OVERDUE = "overdue"  # the deadline passed without an application: the money is lost


#: Stored statuses that mean "the application has left the house"; its figures are locked.
SENT_STATES = frozenset({"sent", "paid", "partly_paid", "rejected"})


#: Shown statuses of an application that was sent (whatever became of it since).
LEFT_THE_HOUSE = frozenset({AppStatus.SENT, AppStatus.PAID, AppStatus.PARTLY_PAID,
                            AppStatus.REJECTED})


def ready_from(period_end: date) -> date:
    """The wages of the period are in the Incomes Register a few days after its end."""
    return period_end + timedelta(days=PAYMENT_READY_AFTER_DAYS)


def application_status(*, period_end: date, deadline: date, today: date,
                       stored: str | None = None, applied: Cents = 0,
                       paid: Cents = 0) -> AppStatus:
    """The status shown for a payment period.

    ``stored`` is the application row's status (None when nothing was prepared). A stored
    ``paid`` is final even when less than applied was paid (the payer decided so);
    otherwise the payments decide between sent, partly paid and paid.
    """
    if stored == "rejected":
        return AppStatus.REJECTED
    if stored in SENT_STATES:
        if stored == "paid" or (paid >= applied and paid > 0):
            return AppStatus.PAID
        return AppStatus.PARTLY_PAID if paid > 0 else AppStatus.SENT
    if today > deadline:
        return AppStatus.OVERDUE
    if stored == "draft":
        return AppStatus.DRAFT
    return AppStatus.READY if today >= ready_from(period_end) else AppStatus.NOT_DUE


def stored_status_after_payment(applied: Cents, paid: Cents, final: bool) -> str:
    """What the row says after a payment: final or fully paid → paid, else partly paid."""
    return "paid" if final or paid >= applied else "partly_paid"


@dataclass(frozen=True)
class PeriodState:
    """One payment period of one decision with its money, as the lists and the overview see it."""

    decision_id: int
    employee_id: int
    employee_name: str
    period_start: date
    period_end: date
    deadline: date
    status: AppStatus
    amount: Cents | None  # applied amount once sent, else the computed one (None: cannot compute)
    paid: Cents = 0
    sent_on: date | None = None
    application_id: int | None = None
    decision_number: str = ""
    problem: str | None = None  # code of what stops the calculation (no contract, no rates…)
    corrected: bool = False

    @property
    def difference(self) -> Cents:
        """Applied minus paid, for an application that has left the house; else 0."""
        if self.status in LEFT_THE_HOUSE:
            return (self.amount or 0) - self.paid
        return 0

    @property
    def owed(self) -> Cents:
        """Still to come in: applied and not (finally) paid or rejected."""
        if self.status in (AppStatus.SENT, AppStatus.PARTLY_PAID):
            return max(0, (self.amount or 0) - self.paid)
        return 0

    @property
    def to_apply(self) -> Cents:
        return (self.amount or 0) if self.status in (AppStatus.READY, AppStatus.DRAFT) else 0

    @property
    def lost(self) -> Cents:
        return (self.amount or 0) if self.status == AppStatus.OVERDUE else 0


# --- what are we owed, and since when -------------------------------------------------------

@dataclass(frozen=True)
class OwedRow:
    employee_id: int | None  # None for the association's total
    employee_name: str
    owed: Cents = 0  # applied, not yet paid
    owed_since: date | None = None  # the oldest unpaid application's sending day
    to_apply: Cents = 0  # earned and ready, not yet applied for
    to_apply_since: date | None = None  # the end of the oldest such period
    lost: Cents = 0  # deadline passed without an application
    applied: Cents = 0
    paid: Cents = 0

    @property
    def difference(self) -> Cents:
        return self.applied - self.paid


def _oldest(days: Iterable[date | None]) -> date | None:
    present = [d for d in days if d is not None]
    return min(present) if present else None


def _owed_row(employee_id: int | None, name: str, states: Sequence[PeriodState],
              settled: tuple[Cents, Cents] = (0, 0)) -> OwedRow:
    sent = [s for s in states if s.status in LEFT_THE_HOUSE]
    return OwedRow(
        employee_id=employee_id, employee_name=name,
        owed=sum(s.owed for s in states),
        owed_since=_oldest(s.sent_on for s in states if s.owed),
        to_apply=sum(s.to_apply for s in states),
        to_apply_since=_oldest(s.period_end for s in states if s.to_apply),
        lost=sum(s.lost for s in states),
        applied=settled[0] + sum(s.amount or 0 for s in sent),
        paid=settled[1] + sum(s.paid for s in sent))


def owed_overview(states: Sequence[PeriodState],
                  settled: Mapping[int, tuple[str, Cents, Cents]] | None = None,
                  ) -> tuple[list[OwedRow], OwedRow]:
    """Per employee (oldest unpaid money first, then the most to apply for) and in total.

    ``settled`` adds, per employee id, (name, applied, paid) of decisions whose every period
    is paid or rejected: they owe nothing, so a big file need not build their periods.
    """
    by_employee: dict[int, list[PeriodState]] = {}
    names: dict[int, str] = {}
    for state in states:
        by_employee.setdefault(state.employee_id, []).append(state)
        names[state.employee_id] = state.employee_name
    settled = settled or {}
    rows = [_owed_row(eid, names[eid], group, settled.get(eid, ("", 0, 0))[1:])
            for eid, group in by_employee.items()]
    rows += [OwedRow(eid, name, applied=applied, paid=paid)
             for eid, (name, applied, paid) in settled.items() if eid not in by_employee]
    rows = [r for r in rows if r.owed or r.to_apply or r.lost or r.applied]
    rows.sort(key=lambda r: (r.owed_since or r.to_apply_since or date.max, -r.owed,
                             r.employee_name, r.employee_id))
    return rows, _owed_row(None, "", states, (sum(s[1] for s in settled.values()),
                                              sum(s[2] for s in settled.values())))


# --- flags: months outside every decision, months missing inside one -----------------------

class FlagKind(StrEnum):
    OUTSIDE_DECISION = "outside_decision"
    MISSING = "missing"


@dataclass(frozen=True)
class WageFlag:
    kind: FlagKind
    employee_id: int
    month: date


def wage_flags(entered: Mapping[int, Iterable[date]],
               decision_periods: Mapping[int, Sequence[tuple[date, date]]],
               today: date) -> list[WageFlag]:
    """Entered months no decision of the employee covers, and ended decision months without
    wage data. ``entered`` and ``decision_periods`` are keyed by employee id.

    month_flags() gives the same answer for one month; keep the two rules alike."""
    flags: list[WageFlag] = []
    for employee_id in sorted(set(entered) | set(decision_periods)):
        months = {first_day_of_month(m) for m in entered.get(employee_id, ())}
        periods = decision_periods.get(employee_id, ())
        for month in sorted(months):
            if not any(covered_days(month, start, end) for start, end in periods):
                flags.append(WageFlag(FlagKind.OUTSIDE_DECISION, employee_id, month))
        for month in sorted(_decision_months(periods, today) - months):
            flags.append(WageFlag(FlagKind.MISSING, employee_id, month))
    return flags


def month_flags(month: date, entered: Iterable[int],
                decision_periods: Mapping[int, Sequence[tuple[date, date]]],
                today: date) -> dict[int, FlagKind]:
    """wage_flags() of one month only, by employee id, without expanding any decision into
    its months: the grid of a 10,000-employee file asks this for thousands of people."""
    month = first_day_of_month(month)
    known = last_day_of_month(month) < today  # an ended month's wages are known
    flags: dict[int, FlagKind] = {}
    entered = set(entered)
    for employee_id in entered:
        periods = decision_periods.get(employee_id, ())
        if not any(covered_days(month, start, end) for start, end in periods):
            flags[employee_id] = FlagKind.OUTSIDE_DECISION
    if known:
        for employee_id, periods in decision_periods.items():
            if employee_id not in entered and any(
                    first_day_of_month(start) <= month <= end for start, end in periods):
                flags[employee_id] = FlagKind.MISSING
    return flags


def _decision_months(periods: Sequence[tuple[date, date]], today: date) -> set[date]:
    """Months of the decisions that have ended by ``today`` (their wages are known)."""
    out: set[date] = set()
    for start, end in periods:
        month = first_day_of_month(start)
        while month <= end and last_day_of_month(month) < today:
            out.add(month)
            month = add_months(month, 1)
    return out
