"""People, contracts and decisions for the wage tests, written straight into the file.

The employee register and the decision forms belong to other parts of the program; the wage
tests need only their rows, so they are inserted here with plain SQL (and the decision
repository), as the demo of those parts would leave them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from kuhina_desktop.domain.date_math import add_months, first_day_of_month
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.domain.funding import DecisionRecord
from kuhina_desktop.domain.subsidy import Decision, Kind
from kuhina_desktop.storage.decisions_repo import insert_decision


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    born: date
    number: int
    weekly: str
    pay_cents: int
    kind: Kind
    percent: int
    cap_cents: int
    period_months: int
    starts_months_ago: int
    decision_months: int
    working_time_cap: str | None = None


PEOPLE = (
    Person("Aino", "Kettunen", date(1979, 3, 14), 901, "24.375", 149_500, Kind.PALKKATUKI_100,
           100, 202_000, 1, 20, 12, "0.65"),
    Person("Jari", "Pesonen", date(1966, 4, 11), 907, "30", 215_000, Kind.PALKKATUKI_50, 50,
           126_000, 3, 14, 12),
    Person("Olga", "Petrova", date(1969, 5, 8), 904, "25", 170_000, Kind.PALKKATUKI_70, 70,
           177_000, 2, 10, 10),
)


def hetu_of(person: Person) -> str:
    return make_test_hetu(person.born, person.number)


def add_people(services, today: date, people=PEOPLE) -> list[int]:
    """Employees with a contract from N months ago and a decision from the month after."""
    ids = []
    with services.data.write() as db:
        for person in people:
            ids.append(_add(db, person, today))
    return ids


def _add(db, person: Person, today: date) -> int:
    now = today.isoformat()
    cursor = db.execute(
        "INSERT INTO employees (first_name, last_name, hetu, birth_date, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [person.first, person.last, hetu_of(person), person.born.isoformat(), now, now])
    employee_id = int(cursor.lastrowid)
    start = add_months(first_day_of_month(today), -person.starts_months_ago)
    db.execute(
        "INSERT INTO contracts (employee_id, start_date, weekly_hours, full_time_weekly_hours,"
        " pay_basis, pay_cents, job_title) VALUES (?, ?, ?, '37.5', 'monthly', ?, ?)",
        [employee_id, start.isoformat(), person.weekly, person.pay_cents, "Avustaja"])
    decision_start = add_months(start, 1)
    decision = Decision(
        kind=person.kind, start=decision_start,
        end=add_months(decision_start, person.decision_months) - timedelta(days=1),
        percent=Decimal(person.percent), monthly_cap_cents=person.cap_cents,
        working_time_cap=Decimal(person.working_time_cap) if person.working_time_cap else None,
        payment_period_months=person.period_months, decided_on=start - timedelta(days=20))
    insert_decision(db, DecisionRecord(employee_id=employee_id, decision=decision,
                                       payer="Pohjois-Karjalan työllisyysalue",
                                       decision_number=f"PT-{employee_id:04d}"))
    return employee_id
