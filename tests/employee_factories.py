"""Shared builders for employee-register tests: a fresh file, people, contracts, decisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from kuhina_desktop.demo.association import DEMO_ASSOCIATION
from kuhina_desktop.domain.employees import Consent, ConsentScope, Contract, Employee
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.services import Services
from kuhina_desktop.services.files import create_association_file

TODAY = date(2026, 3, 16)


def new_file(folder: Path, name: str = "test.kuhina") -> Services:
    return create_association_file(folder / name, DEMO_ASSOCIATION)


def person(number: int = 900, **changes) -> Employee:
    base = Employee(first_name="Aino", last_name="Virtanen",
                    hetu=make_test_hetu(date(1980, 1, 1 + number % 28), number),
                    email="aino.virtanen@example.fi", phone="040 123 4567",
                    languages=("fi", "en"))
    return replace(base, **changes)


def many_people(count: int) -> list[Employee]:
    """``count`` people with distinct test codes (birth dates a day apart)."""
    first = date(1950, 1, 1)
    return [person(first_name=f"Henkilö {i}", hetu=make_test_hetu(
        first + timedelta(days=i // 100), 900 + i % 100)) for i in range(count)]


def contract(employee_id: int, start: date = date(2026, 1, 1), **changes) -> Contract:
    base = Contract(employee_id=employee_id, start=start, weekly_hours=Decimal("30"),
                    full_time_weekly_hours=Decimal("37.5"), pay_cents=205_000,
                    job_title="Kierrätyskeskuksen myymäläavustaja",
                    tailored_tasks="Kierrätyskeskuksen myymälätyöt")
    return replace(base, **changes)


def consent(employee_id: int, scope: ConsentScope = ConsentScope.PROGRESS, **changes) -> Consent:
    base = Consent(employee_id=employee_id, scope=scope, given_on=date(2026, 1, 1),
                   recipient="Kuhina-hankkeen työhönvalmentaja")
    return replace(base, **changes)


def add_decision(services: Services, employee_id: int, kind: str, start: date,
                 end: date) -> None:
    """A support decision row as the decisions capability will store it (for list tests)."""
    with services.data.write() as db:
        db.execute(
            "INSERT INTO decisions (employee_id, kind, decision_date, start_date, end_date,"
            " percent, monthly_cap_cents, payment_period_months) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [employee_id, kind, start.isoformat(), start.isoformat(), end.isoformat(), "1",
             202_000, 1])


def audit_rows(services: Services) -> list[dict]:
    return [dict(row) for row in services.data.query("SELECT * FROM audit_log ORDER BY id")]


def every_stored_text(services: Services, table: str) -> str:
    """All values of a table as one string, to look for things that must not be there."""
    rows = services.data.query(f"SELECT * FROM {table}")  # table names come from tests only
    return "\n".join("|".join(str(value) for value in tuple(row)) for row in rows)
