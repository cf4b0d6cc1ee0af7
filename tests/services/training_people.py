"""Employees, contracts and decisions written straight into a file for training tests.

The employees area owns those tables and their services; these tests only need rows to point
at, so they are inserted with plain SQL.
"""

from __future__ import annotations

from datetime import date, datetime

from kuhina_desktop.domain.association import Association
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.storage.database import DataFile

ASSOCIATION = Association(name="Testiyhdistys ry", business_id="1234567-1")


def add_person(data: DataFile, first: str, last: str, *, job_title: str = "",
               start: date = date(2025, 1, 1), end: date | None = None,
               archived_on: date | None = None, born: date = date(1980, 5, 17)) -> int:
    """One employee and, when ``job_title`` is given, one contract."""
    now = datetime.now().isoformat(timespec="seconds")
    hetu = make_test_hetu(born, _free_individual(data))
    with data.write() as db:
        employee_id = db.execute(
            "INSERT INTO employees (first_name, last_name, hetu, birth_date, archived_on,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [first, last, hetu, born.isoformat(),
             archived_on.isoformat() if archived_on else None, now, now]).lastrowid
        if job_title:
            db.execute(
                "INSERT INTO contracts (employee_id, start_date, end_date, weekly_hours,"
                " full_time_weekly_hours, pay_basis, pay_cents, job_title)"
                " VALUES (?, ?, ?, '30', '37.5', 'monthly', 200000, ?)",
                [employee_id, start.isoformat(), end.isoformat() if end else None, job_title])
    return int(employee_id)


def _free_individual(data: DataFile) -> int:
    used = data.query("SELECT COUNT(*) AS n FROM employees")[0]["n"]
    return 900 + used


def add_decision(data: DataFile, employee_id: int, start: date, end: date,
                 kind: str = "palkkatuki_100") -> int:
    with data.write() as db:
        return int(db.execute(
            "INSERT INTO decisions (employee_id, kind, decision_date, start_date, end_date,"
            " percent, monthly_cap_cents, payment_period_months)"
            " VALUES (?, ?, ?, ?, ?, '100', 202000, 1)",
            [employee_id, kind, start.isoformat(), start.isoformat(), end.isoformat()]).lastrowid)
