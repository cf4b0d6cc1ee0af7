"""Multi-table saves on the m001 schema, each one transaction with its audit rows.

Used by the kill -9 driver (run as a subprocess: ``python -m tests.reliability.workload FILE``)
and to fill files for the mutant and privacy tests. Each operation leaves a recognisable shape,
so a check after a crash can tell a whole save from a half one.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile, open_data_file

SAVE_PREFIX, IMPORT_PREFIX = "Tallennus", "Tuonti"
WAGE_MONTHS_PER_SAVE, ROWS_PER_IMPORT = 3, 200


def _insert(db: Database, table: str, row: dict) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    record_change(db, table, cursor.lastrowid, "insert", list(row))
    return cursor.lastrowid


def _employee(db: Database, n: int, last_name: str) -> int:
    # Unique codes for n < 2 000 000: the day from n, the individual number from n's range.
    born = date(1950, 1, 1) + timedelta(days=n % 20000)
    now = "2026-01-01T10:00:00"
    return _insert(db, "employees", {
        "first_name": f"Testi{n}", "last_name": last_name,
        "hetu": make_test_hetu(born, 900 + n // 20000 % 100), "birth_date": born.isoformat(),
        "city": "Joensuu", "created_at": now, "updated_at": now})


def save_person(db: Database, n: int) -> int:
    """A person with health row, contract, decision, wage months and a paid application."""
    employee = _employee(db, n, f"{SAVE_PREFIX}{n}")
    _insert(db, "employee_health", {"employee_id": employee, "partial_work_ability": 1,
                                    "details": "terveystieto"})
    _insert(db, "contracts", {"employee_id": employee, "start_date": "2024-01-01",
                              "end_date": "2024-12-31", "weekly_hours": "30",
                              "full_time_weekly_hours": "37.5", "pay_basis": "monthly",
                              "pay_cents": 230000, "job_title": "Kiinteistöhuolto"})
    decision = _insert(db, "decisions", {
        "employee_id": employee, "kind": "palkkatuki_50", "decision_date": "2023-12-15",
        "start_date": "2024-01-01", "end_date": "2024-12-31", "percent": "50",
        "monthly_cap_cents": 126000, "payment_period_months": 3})
    for month in range(1, WAGE_MONTHS_PER_SAVE + 1):
        _insert(db, "wage_months", {"employee_id": employee, "month": f"2024-{month:02d}",
                                    "gross_pay_cents": 230000, "hours": "130"})
    application = _insert(db, "applications", {
        "decision_id": decision, "period_start": "2024-01-01", "period_end": "2024-03-31",
        "status": "paid", "amount_cents": 378000, "sent_on": "2024-04-15"})
    _insert(db, "application_payments", {"application_id": application,
                                         "paid_on": "2024-05-20", "amount_cents": 378000})
    return employee


def import_rows(db: Database, n: int) -> int:
    """An import: one person and many wage months in one transaction."""
    employee = _employee(db, n, f"{IMPORT_PREFIX}{n}")
    for index in range(ROWS_PER_IMPORT):
        month = f"{2000 + index // 12}-{index % 12 + 1:02d}"
        db.execute("INSERT INTO wage_months (employee_id, month, gross_pay_cents, source) "
                   "VALUES (?, ?, ?, 'import')", [employee, month, 100000 + index])
    record_change(db, "wage_months", None, "import", ["employee_id", "month", "gross_pay_cents"])
    return employee


def delete_person(db: Database, rnd: random.Random) -> None:
    ids = [row[0] for row in db.execute("SELECT id FROM employees")]
    if ids:
        employee = rnd.choice(ids)
        db.execute("DELETE FROM employees WHERE id = ?", [employee])
        record_change(db, "employees", employee, "delete")


def edit_person(db: Database, rnd: random.Random) -> None:
    ids = [row[0] for row in db.execute("SELECT id FROM employees")]
    if ids:
        employee = rnd.choice(ids)
        db.execute("UPDATE employees SET city = ?, updated_at = ? WHERE id = ?",
                   [rnd.choice(["Joensuu", "Lieksa", "Outokumpu"]), "2026-02-02T10:00:00",
                    employee])
        record_change(db, "employees", employee, "update", ["city"])


def one_operation(data: DataFile, n: int, rnd: random.Random) -> None:
    kind = rnd.choices(["save", "import", "delete", "edit"], weights=[5, 2, 2, 2])[0]
    with data.write() as db:
        if kind == "save":
            save_person(db, n)
        elif kind == "import":
            import_rows(db, n)
        elif kind == "delete":
            delete_person(db, rnd)
        else:
            edit_person(db, rnd)


def fill(data: DataFile, people: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    for n in range(people):
        with data.write() as db:
            save_person(db, n) if n % 4 else import_rows(db, n)
        if n % 5 == 4:
            one_operation(data, 10_000 + n, rnd)


def main(path: Path) -> None:
    """Write forever (until killed); "ready" after the first commit."""
    data = open_data_file(path)
    start = data.query("SELECT coalesce(max(id), 0) + 1 AS n FROM employees")[0]["n"]
    rnd = random.Random(start)
    n = start * 1000
    while True:
        one_operation(data, n, rnd)
        if n == start * 1000:
            print("ready", flush=True)
        n += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
