"""A former employee for the privacy tests: worked 13 years ago, every retention time passed."""

from __future__ import annotations

from datetime import date

from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.services import Services
from kuhina_desktop.storage.audit_repo import record_change


def _insert(db, table: str, row: dict) -> int:
    cursor = db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES "  # noqa: S608
                        f"({', '.join('?' for _ in row)})", list(row.values()))
    record_change(db, table, cursor.lastrowid, "insert", list(row))
    return cursor.lastrowid


def add_former_employee(services: Services, today: date) -> int:
    """Eero Entinen worked 13 years ago: every retention time of his records has passed."""
    year = today.year - 13
    born = date(1961, 4, 12)
    with services.data.write() as db:
        person = _insert(db, "employees", {
            "first_name": "Eero", "last_name": "Entinen", "hetu": make_test_hetu(born, 996),
            "birth_date": born.isoformat(), "city": "Kontiolahti",
            "archived_on": f"{year + 1}-01-15", "created_at": f"{year}-01-02T09:00:00",
            "updated_at": f"{year + 1}-01-15T09:00:00"})
        _insert(db, "contracts", {
            "employee_id": person, "start_date": f"{year}-01-02", "end_date": f"{year}-12-31",
            "weekly_hours": "30", "full_time_weekly_hours": "37.5", "pay_basis": "monthly",
            "pay_cents": 195000, "job_title": "Kiinteistönhoitaja"})
        for month in range(1, 13):
            _insert(db, "wage_months", {"employee_id": person, "month": f"{year}-{month:02d}",
                                        "gross_pay_cents": 195000, "hours": "130"})
        decision = _insert(db, "decisions", {
            "employee_id": person, "kind": "palkkatuki_50", "payer": "TE-toimisto",
            "decision_date": f"{year - 1}-12-12", "start_date": f"{year}-01-02",
            "end_date": f"{year}-12-31", "percent": "50", "monthly_cap_cents": 126000,
            "payment_period_months": 3})
        application = _insert(db, "applications", {
            "decision_id": decision, "period_start": f"{year}-10-01",
            "period_end": f"{year}-12-31", "status": "paid", "amount_cents": 292500,
            "sent_on": f"{year + 1}-01-20"})
        _insert(db, "application_payments", {"application_id": application,
                                             "paid_on": f"{year + 1}-02-14",
                                             "amount_cents": 292500})
    return person
