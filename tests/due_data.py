"""A small file whose data produces due-list items of several kinds."""

from __future__ import annotations

from pathlib import Path

from kuhina_desktop.domain.association import Association
from kuhina_desktop.services.files import create_association_file


def make_due_file(path: Path):
    """A file with one employee whose contract, decision, wages and consent make due items."""
    services = create_association_file(path,
                                       Association(name="Testi ry", business_id="1234567-1"))
    with services.data.write() as db:
        db.execute("UPDATE association SET created_at = '2026-01-02T10:00:00'")
        db.execute("INSERT INTO employees (id, first_name, last_name, hetu, birth_date, "
                   "created_at, updated_at) VALUES (1, 'Aino', 'Virtanen', '010594Y9032', "
                   "'1994-05-01', 'x', 'x')")
        db.execute("INSERT INTO contracts (employee_id, start_date, end_date, trial_end, "
                   "weekly_hours, full_time_weekly_hours, pay_basis, pay_cents) VALUES "
                   "(1, '2026-01-01', '2026-12-31', '2026-06-30', '24.375', '37.5', "
                   "'monthly', 149500)")
        db.execute("INSERT INTO decisions (id, employee_id, kind, decision_date, start_date, "
                   "end_date, percent, monthly_cap_cents, working_time_cap, "
                   "payment_period_months) VALUES (7, 1, 'palkkatuki_100', '2025-12-15', "
                   "'2026-01-01', '2026-10-31', '100', 202000, '0.65', 2)")
        for month in ("2026-01", "2026-02", "2026-03", "2026-04", "2026-05"):
            db.execute("INSERT INTO wage_months (employee_id, month, gross_pay_cents) "
                       "VALUES (1, ?, 149500)", [month])
        db.execute("INSERT INTO applications (decision_id, period_start, period_end, status, "
                   "amount_cents) VALUES (7, '2026-01-01', '2026-02-28', 'paid', 358478)")
        db.execute("INSERT INTO consents (employee_id, scope, given_on, valid_until) "
                   "VALUES (1, 'progress', '2026-01-01', '2026-06-20')")
    return services
