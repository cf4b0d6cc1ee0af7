"""A generated 50-employee file varied so that it has every kind of wage-month flag and lock."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from benchmarks.generate import generate


def flagged_file(path: Path, today: date) -> Path:
    generate(50, path, today)
    _vary(path)
    return path


def _vary(path: Path) -> None:
    """Months left out, decisions shortened and started mid-month, an overlapping decision,
    figures with no decision at all, and a sent application: every flag and lock there is."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM wage_months WHERE id % 7 = 0 OR month = '2022-06'")
        conn.execute("UPDATE decisions SET end_date = date(end_date, '-2 months') WHERE id % 11 = 0")
        conn.execute("UPDATE decisions SET start_date = date(start_date, '+17 days')"
                     " WHERE id % 5 = 0")
        conn.execute("UPDATE decisions SET end_date = date(end_date, '-10 days') WHERE id % 3 = 0")
        conn.execute("INSERT INTO decisions (employee_id, kind, payer, decision_number,"
                     " decision_date, start_date, end_date, percent, monthly_cap_cents,"
                     " working_time_cap, payment_period_months) SELECT employee_id, kind, payer,"
                     " decision_number || '-B', decision_date, start_date, end_date, percent,"
                     " monthly_cap_cents, working_time_cap, payment_period_months"
                     " FROM decisions WHERE id % 13 = 0")
        conn.executemany("INSERT OR IGNORE INTO wage_months (employee_id, month, gross_pay_cents)"
                         " VALUES (?, ?, 100000)", [(2, "2015-01"), (3, "2027-02"), (4, "2020-05")])
        conn.execute("UPDATE applications SET status = 'sent' WHERE id % 17 = 0")
        # June 2022 is left out for everyone and its applications are drafts: open to typing.
        conn.execute("UPDATE applications SET status = 'draft' WHERE period_start <= '2022-06-30'"
                     " AND period_end >= '2022-06-01'")
    conn.close()
