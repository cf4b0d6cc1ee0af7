"""The payment-period list and the owed overview, computed for what is shown.

A ten-year file holds tens of thousands of periods, nearly all of them paid long ago. The
list therefore reads only the decisions that reach into the years asked for, or that still
have a period that is not paid or rejected (one SQL query tells which), and runs the engine
only for decisions with an unsent period. The owed overview takes the settled decisions'
money as sums from SQL instead of building their periods.

Everything here reads through the DataFile it is given, so it can run on a worker thread over
that thread's own connection (ui/ops.run_in_background).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kuhina_desktop.domain.applications import (
    DecisionHead,
    ListedApplication,
    ListScope,
    period_months,
)
from kuhina_desktop.domain.date_math import add_months
from kuhina_desktop.domain.deadlines import application_deadline
from kuhina_desktop.domain.employees import Contract
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.funding import DecisionRecord
from kuhina_desktop.domain.rates import RateTables
from kuhina_desktop.domain.subsidy import Employment, calculate, payment_periods
from kuhina_desktop.domain.subsidy_model import covered_days
from kuhina_desktop.domain.wages import (
    SENT_STATES,
    AppStatus,
    OwedRow,
    PeriodState,
    WageRecord,
    application_status,
    owed_overview,
)
from kuhina_desktop.quiet_gc import collector_paused
from kuhina_desktop.storage import applications_repo, decisions_repo, wages_repo
from kuhina_desktop.storage.database import DataFile

CLOSED = frozenset({AppStatus.PAID, AppStatus.REJECTED})
Computed = tuple[dict[date, int], dict[date, str]]


@dataclass(frozen=True)
class YearRange:
    """The years a file's periods can end in, for the year selector."""

    first: int
    last: int


def employment_for(contracts: list[Contract], record: DecisionRecord) -> Employment | None:
    """The contract that covers most of the subsidy period (its hours set the working-time cap)."""
    start, end = record.decision.start, record.decision.end
    best, best_days = None, 0
    for contract in contracts:
        lo = max(start, contract.start)
        hi = min(end, contract.end or end)
        days = (hi - lo).days + 1
        if days > best_days:
            best, best_days = contract, days
    if best is None:
        return None
    return Employment(weekly_hours=best.weekly_hours,
                      full_time_weekly_hours=best.full_time_weekly_hours,
                      start=best.start, end=best.end)


def computed_amounts(record: DecisionRecord, contracts: list[Contract],
                     wages: list[WageRecord], tables: RateTables) -> Computed:
    """Support per period start from the wage months entered, and what stops a period."""
    employment = employment_for(contracts, record)
    entered = {w.month for w in wages}
    problems: dict[date, str] = {}
    amounts: dict[date, int] = {}
    for start, end in payment_periods(record.decision):
        months = [m for m in period_months(start, end)
                  if covered_days(m, record.decision.start, record.decision.end)]
        if any(m not in entered for m in months):
            problems[start] = "app_months_missing"
    if employment is None:
        return amounts, {s: "app_contract_missing" for s, _ in payment_periods(record.decision)}
    relevant = [w for w in wages
                if covered_days(w.month, record.decision.start, record.decision.end)]
    try:
        result = calculate(record.decision, employment, [w.to_engine() for w in relevant], tables)
    except ValidationError as exc:
        return amounts, {s: exc.code for s, _ in payment_periods(record.decision)}
    amounts.update({p.start: p.support for p in result.periods})
    return amounts, problems


@dataclass
class _Facts:
    """What the list reads once for all the decisions it shows."""

    names: dict[int, str]
    apps: dict[tuple[int, date], ListedApplication]
    paid: dict[int, int]
    corrected: set[int]
    today: date
    deadlines: dict[tuple[date, int], date] = field(default_factory=dict)

    def deadline(self, end: date, months_after: int) -> date:
        # Thousands of periods share a few hundred end days: compute each deadline once.
        key = (end, months_after)
        if key not in self.deadlines:
            self.deadlines[key] = application_deadline(end, months_after)
        return self.deadlines[key]


def period_state(record: DecisionHead, period: tuple[date, date], computed: Computed,
                 facts: _Facts) -> PeriodState:
    start, end = period
    app = facts.apps.get((record.id, start))
    deadline = facts.deadline(end, record.deadline_months_after)
    sent = app is not None and app.status in SENT_STATES
    amount = app.amount if sent else computed[0].get(start)
    paid_total = facts.paid.get(app.id, 0) if app else 0
    status = application_status(period_end=end, deadline=deadline, today=facts.today,
                                stored=app.status if app else None, applied=amount or 0,
                                paid=paid_total)
    return PeriodState(
        decision_id=record.id, employee_id=record.employee_id,
        employee_name=facts.names.get(record.employee_id, ""), period_start=start,
        period_end=end, deadline=deadline, status=status, amount=amount, paid=paid_total,
        sent_on=app.sent_on if app else None, application_id=app.id if app else None,
        decision_number=record.decision_number,
        problem=None if sent or status == AppStatus.NOT_DUE else computed[1].get(start),
        corrected=bool(app and app.id in facts.corrected))


@dataclass(frozen=True)
class _Selection:
    """The decisions to read (None: all) and those whose every period is of interest."""

    scope: ListScope
    ids: set[int] | None = None
    open_ids: frozenset[int] = frozenset()

    def wanted(self, record: DecisionHead, end: date) -> bool:
        years = self.scope.years
        return years is None or end.year in years or record.id in self.open_ids


@collector_paused
def list_periods(data: DataFile, tables: RateTables, today: date,
                 scope: ListScope) -> list[PeriodState]:
    """The payment periods the scope shows, by deadline, name and start."""
    window = scope.window()
    if window is None:
        return _states(data, tables, today, _Selection(scope))
    open_ids = frozenset(applications_repo.open_decision_ids(data) if scope.open_too else ())
    ids = open_ids | applications_repo.decision_ids_between(data, *window)
    return _states(data, tables, today, _Selection(scope, ids, open_ids))


def periods_of_decision(data: DataFile, tables: RateTables, today: date,
                        decision_id: int) -> list[PeriodState]:
    """Every period of one decision (a row of the list, refreshed at once after a change)."""
    return periods_of_decisions(data, tables, today, {decision_id})


def periods_of_decisions(data: DataFile, tables: RateTables, today: date,
                         decision_ids: set[int]) -> list[PeriodState]:
    """Every period of the given decisions, by deadline (e.g. one employee's)."""
    return _states(data, tables, today, _Selection(ListScope(), decision_ids))


def _read_facts(data: DataFile, today: date,
                selection: _Selection) -> tuple[list[DecisionHead], _Facts]:
    ids, window = selection.ids, selection.scope.window()
    heads = applications_repo.decision_heads(data, ids)
    if ids is None:
        apps = applications_repo.listed_applications(data)
        paid = applications_repo.paid_totals(data)
    else:
        # A period ending in the window starts at most three months before it.
        apps = applications_repo.listed_applications(
            data, ids, starting=window and (add_months(window[0], -3), window[1]),
            whole=selection.open_ids)
        paid = applications_repo.paid_totals_of(data, ids)
    return heads, _Facts(wages_repo.employee_names(data), apps, paid,
                         applications_repo.corrected_ids(data), today)


def _states(data: DataFile, tables: RateTables, today: date,
            selection: _Selection) -> list[PeriodState]:
    heads, facts = _read_facts(data, today, selection)
    known: dict[tuple[date, date, int], tuple[tuple[date, date], ...]] = {}
    spans = [(head, [span for span in _periods_of(head, known)
                     if selection.wanted(head, span[1])]) for head in heads]
    computed = _computed_unsent(data, tables, facts, spans)
    states = []
    for head, chosen in spans:
        for span in chosen:
            state = period_state(head, span, computed.get(head.id, ({}, {})), facts)
            if selection.scope.shows(state.period_end, state.status in CLOSED):
                states.append(state)
    _sort_for_list(states)
    return states


def _computed_unsent(data: DataFile, tables: RateTables, facts: _Facts,
                     spans: list[tuple[DecisionHead, list[tuple[date, date]]]],
                     ) -> dict[int, Computed]:
    """The engine's amounts for decisions with an unsent period on the list: only their
    records, and their people's wage months and contracts, are read."""
    unsent = {head.id for head, chosen in spans if any(
        facts.apps.get((head.id, start)) is None
        or facts.apps[(head.id, start)].status not in SENT_STATES for start, _ in chosen)}
    if not unsent:
        return {}
    records = decisions_repo.decisions_with_ids(data, unsent)
    people = {record.employee_id for record in records}
    wages = wages_repo.months_for_employees(data, people)
    contracts = wages_repo.contracts_for_employees(data, people)
    return {record.id or 0: computed_amounts(record, contracts.get(record.employee_id, []),
                                             wages.get(record.employee_id, []), tables)
            for record in records}


def _sort_for_list(states: list[PeriodState]) -> None:
    """By deadline, name and period start. The keys are whole numbers because the list is
    read on a worker thread: sorting 100,000 tuples of dates and names runs in C without
    letting go of the GIL, and would hold the GUI thread up for a tenth of a second."""
    ranks = {name: rank for rank, name in enumerate(sorted({s.employee_name for s in states}))}
    # 22 bits hold any day number (date.max is 3 652 059) and far more names than a file has.
    states.sort(key=lambda s: (s.deadline.toordinal() << 44) | (ranks[s.employee_name] << 22)
                | s.period_start.toordinal())


def _periods_of(head: DecisionHead,
                known: dict[tuple[date, date, int], tuple[tuple[date, date], ...]],
                ) -> tuple[tuple[date, date], ...]:
    """The decision's payment periods, once per subsidy period: many decisions share dates."""
    key = (head.start, head.end, head.payment_period_months)
    if key not in known:
        known[key] = head.periods()
    return known[key]


@collector_paused
def owed(data: DataFile, tables: RateTables, today: date) -> tuple[list[OwedRow], OwedRow]:
    """What we are owed: open decisions' periods, plus the settled ones' money as sums."""
    settlements = applications_repo.settlements(data)
    open_ids = {s.decision_id for s in settlements if not s.settled}
    states = _states(data, tables, today, _Selection(ListScope(), open_ids))
    names = wages_repo.employee_names(data)
    settled: dict[int, tuple[str, int, int]] = {}
    for s in settlements:
        if s.settled:
            _name, applied, paid = settled.get(s.employee_id, ("", 0, 0))
            settled[s.employee_id] = (names.get(s.employee_id, ""), applied + s.applied,
                                      paid + s.paid)
    return owed_overview(states, settled)


def year_range(data: DataFile, today: date) -> YearRange:
    first, last = applications_repo.decision_years(data)
    return YearRange(min(first or today.year, today.year - 1),
                     max(last or today.year, today.year))
