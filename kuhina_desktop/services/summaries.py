"""Figures of a year for the board and for co-employment partners.

Per employee and month: wage costs (contributions typed or computed line by line) and the
support the engine computes for the months inside a decision; per employee: what was applied
for (applications whose period ends in the year), paid, still owed, and the association's own
cost. Everything is read in a few set-based queries and computed with the same engine as the
payment applications.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.funding import DecisionRecord
from kuhina_desktop.domain.subsidy import calculate
from kuhina_desktop.domain.wages import SENT_STATES, WageRecord, wage_costs
from kuhina_desktop.services.applications import employment_for
from kuhina_desktop.services.rates import RatesService
from kuhina_desktop.storage import (
    applications_repo,
    contracts_repo,
    decisions_repo,
    wages_repo,
)
from kuhina_desktop.storage.database import DataFile

OWED_STATES = frozenset({"sent", "partly_paid"})


@dataclass
class EmployeeYear:
    employee_id: int
    name: str
    costs: dict[date, int] = field(default_factory=dict)  # month → wage costs
    support: dict[date, int] = field(default_factory=dict)  # month → computed support
    applied: int = 0
    paid: int = 0
    owed: int = 0

    @property
    def total_costs(self) -> int:
        return sum(self.costs.values())

    @property
    def total_support(self) -> int:
        return sum(self.support.values())

    @property
    def own_cost(self) -> int:
        return self.total_costs - self.total_support


@dataclass(frozen=True)
class YearSummary:
    year: int
    employees: tuple[EmployeeYear, ...]

    def month_totals(self) -> list[tuple[date, int, int]]:
        """(month, wage costs, support) for each month of the year."""
        rows = []
        for month in range(1, 13):
            day = date(self.year, month, 1)
            rows.append((day, sum(e.costs.get(day, 0) for e in self.employees),
                         sum(e.support.get(day, 0) for e in self.employees)))
        return rows


class SummariesService:
    def __init__(self, data: DataFile, rates: RatesService) -> None:
        self._data = data
        self._rates = rates

    def year(self, year: int, employee_id: int | None = None) -> YearSummary:
        first, last = date(year, 1, 1), date(year, 12, 1)
        names = wages_repo.employee_names(self._data)
        people: dict[int, EmployeeYear] = {}

        def person(employee_id_: int) -> EmployeeYear:
            if employee_id_ not in people:
                people[employee_id_] = EmployeeYear(employee_id_, names.get(employee_id_, ""))
            return people[employee_id_]

        wages = wages_repo.months_between(self._data, first, last)
        tables = self._rates.tables()
        for emp, months in wages.items():
            for record in months:
                person(emp).costs[record.month] = _costs(record, tables)
        self._add_support(year, wages, person)
        self._add_applications(year, person)
        order = {employee: rank for rank, employee in enumerate(names)}  # by surname
        rows = sorted(people.values(), key=lambda e: order.get(e.employee_id, len(order)))
        if employee_id is not None:
            rows = [e for e in rows if e.employee_id == employee_id]
        return YearSummary(year, tuple(rows))

    def partner_contracts(self, year: int) -> list:
        """Contracts shared with a co-employment partner that run during ``year``."""
        return contracts_repo.partner_contracts(self._data, date(year, 1, 1), date(year, 12, 31))

    def _add_support(self, year: int, wages: dict[int, list[WageRecord]], person) -> None:
        contracts = wages_repo.contracts_by_employee(self._data)
        for record in _decisions_in(self._data, year):
            employment = employment_for(contracts.get(record.employee_id, []), record)
            months = [w for w in wages.get(record.employee_id, [])
                      if record.decision.start.replace(day=1) <= w.month <= record.decision.end]
            if employment is None or not months:
                continue
            try:
                result = calculate(record.decision, employment, [w.to_engine() for w in months],
                                   self._rates.tables())
            except ValidationError:
                continue  # the application list shows why; the summary counts what it can
            for month in result.months:
                if month.in_period and month.month.year == year:
                    target = person(record.employee_id).support
                    target[month.month] = target.get(month.month, 0) + month.support

    def _add_applications(self, year: int, person) -> None:
        decisions = {r.id: r for r in decisions_repo.all_decisions(self._data)}
        paid = applications_repo.paid_totals(self._data)
        for app in applications_repo.all_applications(self._data, snapshots=False):
            record = decisions.get(app.decision_id)
            if record is None or app.period_end.year != year or app.status not in SENT_STATES:
                continue
            row = person(record.employee_id)
            row.applied += app.amount
            row.paid += paid.get(app.id, 0)
            if app.status in OWED_STATES:
                row.owed += app.amount - paid.get(app.id, 0)


def _costs(record: WageRecord, tables) -> int:
    try:
        return wage_costs(record, tables)
    except ValidationError:
        return record.taxable_pay + (record.employer_contributions or 0)


def _decisions_in(data: DataFile, year: int) -> list[DecisionRecord]:
    return [r for r in decisions_repo.decisions_ending_after(data, date(year, 1, 1))
            if r.decision.start <= date(year, 12, 31)]
