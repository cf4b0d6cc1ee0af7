"""A file with two employees and their contracts for the decision tests, written with plain SQL
so that these tests do not depend on the employee register's own code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from kuhina_desktop.domain.association import Association
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.domain.funding import DecisionRecord
from kuhina_desktop.domain.subsidy import Decision, Kind

ASSOCIATION = Association(name="Testiyhdistys ry", business_id="1234567-1")


def add_employee(services, first: str, last: str, number: int, *contracts: tuple) -> int:
    """contracts: (start, end or None, weekly hours, full-time hours)."""
    hetu = make_test_hetu(date(1980, 1, 1), number)
    with services.data.write() as db:
        cursor = db.execute(
            "INSERT INTO employees (first_name, last_name, hetu, birth_date, created_at, "
            "updated_at) VALUES (?, ?, ?, '1980-01-01', 'x', 'x')", [first, last, hetu])
        employee_id = int(cursor.lastrowid)
        for start, end, weekly, full in contracts:
            db.execute(
                "INSERT INTO contracts (employee_id, start_date, end_date, weekly_hours, "
                "full_time_weekly_hours, pay_basis, pay_cents) VALUES (?, ?, ?, ?, ?, "
                "'monthly', 150000)",
                [employee_id, start.isoformat(), end.isoformat() if end else None, weekly, full])
    return employee_id


def add_wage_month(services, employee_id: int, month: str, gross_cents: int, **cents: int) -> None:
    columns = ["employee_id", "month", "gross_pay_cents", *cents]
    with services.data.write() as db:
        db.execute(f"INSERT INTO wage_months ({', '.join(columns)}) VALUES "
                   f"({', '.join('?' for _ in columns)})",
                   [employee_id, month, gross_cents, *cents.values()])


def record(employee_id: int, kind: Kind = Kind.PALKKATUKI_100, start: date = date(2026, 1, 1),
           end: date = date(2026, 10, 31), decided_on: date = date(2025, 12, 15),
           **changes: object) -> DecisionRecord:
    """A decision with the 2026 parameters of palkkatuki_100 unless changed."""
    decision = Decision(kind=kind, start=start, end=end, percent=Decimal(100),
                        monthly_cap_cents=202000, working_time_cap=Decimal("0.65"),
                        payment_period_months=2, contribution_coefficient=Decimal("1.23"),
                        decided_on=decided_on)
    decision_changes = {k: changes.pop(k) for k in list(changes) if hasattr(decision, k)}
    return DecisionRecord(employee_id=employee_id, decision=replace(decision, **decision_changes),
                          payer=str(changes.pop("payer", "Pohjois-Karjalan työllisyysalue")),
                          decision_number=str(changes.pop("decision_number", "PKTYA/1/2025")),
                          **changes)
