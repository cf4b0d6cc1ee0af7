"""Payment applications (maksatushakemukset): the stored rows and the breakdown a form asks for.

The breakdown is the monthly table the paying authority's form wants (wages, holiday items,
Kela-compensated pay, contributions, costs, eligible costs, cap, support) plus the checklist of
attachments. It is built from the wage months by the support engine and frozen as a snapshot
when the application is sent, so that what was applied for can always be shown as it was.
Pure: no I/O; JSON conversion lives here so storage stays a dumb shelf.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from .date_math import add_months, first_day_of_month
from .errors import ValidationError
from .funding import DecisionRecord
from .money import Cents
from .rates import RateTables
from .subsidy import Employment, calculate, payment_periods
from .subsidy_model import Decision, Kind, covered_days
from .wages import PAY_ITEMS, WageRecord, contribution_lines


@dataclass(frozen=True)
class Application:
    decision_id: int
    period_start: date
    period_end: date
    status: str = "draft"  # stored: draft / sent / paid / partly_paid / rejected
    amount: Cents = 0
    sent_on: date | None = None
    snapshot: Mapping[str, object] | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Payment:
    application_id: int
    paid_on: date
    amount: Cents
    id: int | None = None


@dataclass(frozen=True)
class Correction:
    application_id: int
    made_at: str
    reason: str
    before: Mapping[str, object]
    after: Mapping[str, object]
    id: int | None = None


@dataclass(frozen=True)
class ChecklistItem:
    code: str  # decision_number, employment_contract, payslips, kela_decision, other_support
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class BreakdownMonth:
    month: date
    items: Mapping[str, Cents]  # PAY_ITEMS
    contributions: Cents
    contributions_typed: bool
    lines: Mapping[str, Cents]  # computed contribution lines; empty when typed
    wage_costs: Cents
    eligible: Cents
    cap: Cents
    support: Cents
    unpaid_absence_days: int
    hours: Decimal
    covered_days: int
    days_in_month: int


@dataclass(frozen=True)
class Breakdown:
    decision_id: int
    employee_id: int
    employee_name: str
    decision_number: str
    payer: str
    kind: str
    percent: Decimal
    period_start: date
    period_end: date
    deadline: date
    work_fraction: Decimal | None
    months: tuple[BreakdownMonth, ...]
    total_support: Cents
    checklist: tuple[ChecklistItem, ...]

    def to_json(self) -> dict[str, object]:
        return _jsonable(asdict(self))


def _jsonable(value: object) -> object:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def breakdown_from_json(data: Mapping[str, object]) -> Breakdown:
    months = tuple(BreakdownMonth(
        month=date.fromisoformat(m["month"]), items=dict(m["items"]),
        contributions=m["contributions"], contributions_typed=m["contributions_typed"],
        lines=dict(m["lines"]), wage_costs=m["wage_costs"], eligible=m["eligible"], cap=m["cap"],
        support=m["support"], unpaid_absence_days=m["unpaid_absence_days"],
        hours=Decimal(m["hours"]), covered_days=m["covered_days"],
        days_in_month=m["days_in_month"]) for m in data["months"])
    fraction = data.get("work_fraction")
    return Breakdown(
        decision_id=data["decision_id"], employee_id=data["employee_id"],
        employee_name=data["employee_name"], decision_number=data["decision_number"],
        payer=data["payer"], kind=data["kind"], percent=Decimal(data["percent"]),
        period_start=date.fromisoformat(data["period_start"]),
        period_end=date.fromisoformat(data["period_end"]),
        deadline=date.fromisoformat(data["deadline"]),
        work_fraction=None if fraction is None else Decimal(fraction), months=months,
        total_support=data["total_support"],
        checklist=tuple(ChecklistItem(c["code"], dict(c["params"])) for c in data["checklist"]))


# --- periods and their months ---------------------------------------------------------------

def period_months(start: date, end: date) -> list[date]:
    """First days of the calendar months a payment period touches."""
    out, month = [], first_day_of_month(start)
    while month <= end:
        out.append(month)
        month = add_months(month, 1)
    return out


def find_period(record: DecisionRecord, period_start: date) -> tuple[date, date]:
    for start, end in payment_periods(record.decision):
        if start == period_start:
            return start, end
    raise ValidationError("no such period", code="app_period_unknown", field="payment_period",
                          start=period_start)


def checklist(record: DecisionRecord, months: Sequence[WageRecord],
              first_application: bool) -> tuple[ChecklistItem, ...]:
    """What goes with the application. The first one of a decision needs the contract."""
    items = [ChecklistItem("decision_number", {"number": record.decision_number or "–"})]
    if first_application:
        items.append(ChecklistItem("employment_contract"))
    items.append(ChecklistItem("payslips"))
    if any(m.kela_compensated_pay for m in months):
        items.append(ChecklistItem("kela_decision"))
    if any(m.other_public_support for m in months):
        items.append(ChecklistItem("other_support"))
    return tuple(items)


def build_breakdown(record: DecisionRecord, employee_name: str, employment: Employment | None,
                    wages: Sequence[WageRecord], period: tuple[date, date], tables: RateTables,
                    *, first_application: bool) -> Breakdown:
    """The form's monthly table for one period. Raises ValidationError when it cannot be
    computed: no contract, a month of the period without wage data, no rate table…"""
    if employment is None:
        raise ValidationError("no contract", code="app_contract_missing", field="employment_contract")
    start, end = period
    wanted = [m for m in period_months(start, end)
              if covered_days(m, record.decision.start, record.decision.end)]
    by_month = {w.month: w for w in wages}
    missing = [m for m in wanted if m not in by_month]
    if missing:
        raise ValidationError("months missing", code="app_months_missing", field="payment_period",
                              months=", ".join(f"{m.month}/{m.year}" for m in missing))
    chosen = [by_month[m] for m in wanted]
    result = calculate(record.decision, employment, [w.to_engine() for w in chosen], tables)
    months = tuple(_month_row(w, r, tables) for w, r in zip(chosen, result.months, strict=True))
    deadline = next(p.deadline for p in result.periods if p.start == start)
    cap = record.decision.working_time_cap
    return Breakdown(
        decision_id=record.id or 0, employee_id=record.employee_id, employee_name=employee_name,
        decision_number=record.decision_number, payer=record.payer,
        kind=str(record.decision.kind), percent=record.decision.percent, period_start=start,
        period_end=end, deadline=deadline,
        work_fraction=employment.work_fraction if cap is not None else None, months=months,
        total_support=sum(m.support for m in months),
        checklist=checklist(record, chosen, first_application))


def _month_row(wage: WageRecord, result, tables: RateTables) -> BreakdownMonth:
    typed = wage.employer_contributions is not None
    lines = {} if typed else contribution_lines(wage, tables)
    return BreakdownMonth(
        month=wage.month, items={name: getattr(wage, name) for name in PAY_ITEMS},
        contributions=result.wage_costs - wage.taxable_pay, contributions_typed=typed,
        lines=lines, wage_costs=result.wage_costs, eligible=result.eligible_costs,
        cap=result.cap, support=result.support, unpaid_absence_days=wage.unpaid_absence_days,
        hours=wage.hours, covered_days=result.covered_days,
        days_in_month=result.days_in_month)


# --- which periods a list shows ---------------------------------------------------------------

@dataclass(frozen=True)
class ListScope:
    """Which payment periods a list shows: those ending in ``years`` (None: every year), and
    with ``open_too`` also every period of any year that is not yet paid or rejected.

    A period belongs to the year its application is filed for, the year it ends in.
    """

    years: frozenset[int] | None = None
    open_too: bool = False

    @classmethod
    def recent(cls, today: date) -> ListScope:
        """The treasurer's default: this year and last, and everything still open."""
        return cls(frozenset({today.year - 1, today.year}), open_too=True)

    @classmethod
    def year(cls, year: int) -> ListScope:
        return cls(frozenset({year}))

    def window(self) -> tuple[date, date] | None:
        """First and last day of the years asked for (None: every year)."""
        if self.years is None:
            return None
        return date(min(self.years), 1, 1), date(max(self.years), 12, 31)

    def shows(self, period_end: date, closed: bool) -> bool:
        if self.years is None or period_end.year in self.years:
            return True
        return self.open_too and not closed


class DecisionHead(NamedTuple):
    """What a list of payment periods needs of a decision; the engine needs the whole record,
    and a ten-year list would spend most of its time reading records it never computes."""

    id: int
    employee_id: int
    decision_number: str
    kind: str
    start: date
    end: date
    percent: str
    monthly_cap_cents: Cents
    payment_period_months: int
    deadline_months_after: int

    def periods(self) -> tuple[tuple[date, date], ...]:
        """payment_periods() of the decision (which depend on its dates and period length)."""
        return payment_periods(Decision(
            kind=Kind(self.kind), start=self.start, end=self.end, percent=Decimal(self.percent),
            monthly_cap_cents=self.monthly_cap_cents,
            payment_period_months=self.payment_period_months,
            deadline_months_after=self.deadline_months_after))


class ListedApplication(NamedTuple):
    """The columns of an application a list of periods shows."""

    id: int
    status: str
    amount: Cents
    sent_on: date | None
