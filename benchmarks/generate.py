"""Synthetic association files of 50, 1,000 and 10,000 employees over ten years.

    python benchmarks/generate.py 10000 /tmp/bench-10000.kuhina

Every employee has one to three employment periods within the ten years (about 30 wage months
in all), a support decision per period with its payment applications (older ones paid), a
consent, and, where the file has a training register, certificates and coaching entries.
Identity codes use the test range 900–999. The data is deterministic for a given size.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kuhina_desktop.domain.association import Association  # noqa: E402
from kuhina_desktop.domain.date_math import add_months, last_day_of_month  # noqa: E402
from kuhina_desktop.domain.finnish_ids import make_test_hetu  # noqa: E402
from kuhina_desktop.services.files import create_association_file  # noqa: E402

FIRST = ["Aino", "Eero", "Helmi", "Juha", "Kaisa", "Lauri", "Mervi", "Niko", "Olga", "Pekka",
         "Riikka", "Sami", "Tuula", "Ville", "Łukasz", "Gülşen", "Nguyễn", "Fatima", "Ahmed"]
LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen",
        "Koskinen", "Järvinen", "Lehtonen", "Nowak", "Yılmaz", "Petrova", "Hassan", "Tran"]
TITLES = ["Kierrätysavustaja", "Keittiöapulainen", "Kiinteistöhuoltaja", "Myymälätyöntekijä",
          "Ohjaaja-avustaja", "Puutarhatyöntekijä"]


def generate(size: int, path: Path, today: date | None = None) -> Path:
    today = today or date(2026, 11, 30)
    services = create_association_file(path, Association(
        name=f"Synteettinen yhdistys {size} ry", business_id="1234567-1"))
    services.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    rng = random.Random(size)
    with conn:  # one transaction for the whole file
        _employees(conn, size, rng)
        for employee_id in range(1, size + 1):
            _employment_history(conn, employee_id, rng, today)
    conn.close()
    return path


def _employees(conn: sqlite3.Connection, size: int, rng: random.Random) -> None:
    rows = []
    for i in range(size):
        born = date(1962, 1, 1) + timedelta(days=i % 15000)
        hetu = make_test_hetu(born, 900 + i // 15000)
        rows.append((i + 1, rng.choice(FIRST), rng.choice(LAST), hetu, born.isoformat(),
                     int(rng.random() < 0.6), int(rng.random() < 0.3), int(born.year > 1995),
                     "2016-01-01T00:00:00", "2016-01-01T00:00:00"))
    conn.executemany(
        "INSERT INTO employees (id, first_name, last_name, hetu, birth_date, "
        "target_long_term_unemployed, target_immigrant, target_young, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO consents (employee_id, scope, recipient, given_on, valid_until)"
                     " VALUES (?, 'progress', 'Kuhina-hanke', '2016-01-01', ?)",
                     [(i, f"{2025 + i % 3}-{1 + i % 12:02d}-15") for i in range(1, size + 1)])


def _employment_history(conn: sqlite3.Connection, employee_id: int, rng: random.Random,
                        today: date) -> None:
    start = add_months(date(today.year - 10, today.month, 1), rng.randrange(0, 24))
    for _period in range(rng.randint(1, 3)):
        months = rng.choice([6, 10, 12])
        if start > today:
            return
        end = last_day_of_month(add_months(start, months - 1))
        _one_period(conn, employee_id, start, end, rng, today)
        start = add_months(start, months + rng.randrange(6, 30))


def _one_period(conn: sqlite3.Connection, employee_id: int, start: date, end: date,
                rng: random.Random, today: date) -> None:
    conn.execute(
        "INSERT INTO contracts (employee_id, start_date, end_date, trial_end, weekly_hours, "
        "full_time_weekly_hours, pay_basis, pay_cents, job_title) "
        "VALUES (?, ?, ?, ?, '24.375', '37.5', 'monthly', ?, ?)",
        (employee_id, start.isoformat(), end.isoformat(),
         add_months(start, 4).isoformat(), 149500 + rng.randrange(0, 30000, 100),
         rng.choice(TITLES)))
    decision_id = conn.execute(
        "INSERT INTO decisions (employee_id, kind, payer, decision_number, decision_date, "
        "start_date, end_date, percent, monthly_cap_cents, working_time_cap, "
        "payment_period_months) VALUES (?, 'palkkatuki_100', 'Pohjois-Karjalan "
        "työllisyysalue', ?, ?, ?, ?, '100', 202000, '0.65', 2)",
        (employee_id, f"PKTYA/{employee_id}/{start.year}",
         (start - timedelta(days=14)).isoformat(), start.isoformat(), end.isoformat()),
    ).lastrowid
    month = start
    wage_rows, applications = [], []
    while month <= min(end, today):
        wage_rows.append((employee_id, month.strftime("%Y-%m"), 149500, 0,
                          60000 if month.month == 7 else 0))
        month = add_months(month, 1)
    period_start = start
    while period_start <= end:
        period_end = min(last_day_of_month(add_months(period_start, 1)), end)
        if period_end < today - timedelta(days=90):
            applications.append((decision_id, period_start.isoformat(), period_end.isoformat(),
                                 "paid", 358478, period_end.isoformat()))
        period_start = period_end + timedelta(days=1)
    conn.executemany("INSERT INTO wage_months (employee_id, month, gross_pay_cents, "
                     "supplements_cents, holiday_pay_cents) VALUES (?, ?, ?, ?, ?)", wage_rows)
    conn.executemany("INSERT INTO applications (decision_id, period_start, period_end, status, "
                     "amount_cents, sent_on) VALUES (?, ?, ?, ?, ?, ?)", applications)


def main(argv: list[str]) -> int:
    size, path = int(argv[0]), Path(argv[1])
    if path.exists():
        path.unlink()
    generate(size, path)
    print(f"wrote {path} ({path.stat().st_size / 2**20:.1f} MiB, {size} employees)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
