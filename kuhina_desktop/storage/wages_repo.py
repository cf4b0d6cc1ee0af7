"""Wage months, import presets, and the few employee and contract facts the wage views need.

Employees and contracts belong to the employee register; the queries here only read the
columns wages need (names, the identity code for matching an import, contract hours), so this
module works whatever else the register keeps.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from kuhina_desktop.domain import wages as wage_rules
from kuhina_desktop.domain.date_math import last_day_of_month
from kuhina_desktop.domain.employees import Contract, PayBasis
from kuhina_desktop.domain.wage_import_rows import ImportEmployee
from kuhina_desktop.domain.wages import PAY_ITEMS, WageRecord
from kuhina_desktop.storage import protection
from kuhina_desktop.storage.database import DataFile

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database

_ITEM_COLUMNS = {"gross_pay": "gross_pay_cents", "supplements": "supplements_cents",
                 "holiday_pay": "holiday_pay_cents", "holiday_bonus": "holiday_bonus_cents",
                 "holiday_compensation": "holiday_compensation_cents",
                 "tax_free_allowances": "tax_free_allowances_cents",
                 "kela_compensated_pay": "kela_compensated_cents",
                 "other_public_support": "other_public_support_cents"}
_COLUMNS = ("id", "employee_id", "month", *(_ITEM_COLUMNS[i] for i in PAY_ITEMS),
            "unpaid_absence_days", "hours", "contributions_cents", "source")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM wage_months"


def month_key(month: date) -> str:
    return f"{month.year:04d}-{month.month:02d}"


@lru_cache(maxsize=512)
def _month(text: str) -> date:
    year, month = text.split("-")
    return date(int(year), int(month), 1)


def _from_row(row) -> WageRecord:
    # By position in _COLUMNS order, which is WageRecord's field order after id: a month of
    # 4,000 rows is read each time it is opened, and keywords by name took twice as long.
    (row_id, employee_id, month, *items, unpaid_absence_days, hours, contributions,
     source) = row
    return WageRecord(employee_id, _month(month), *items, unpaid_absence_days, Decimal(hours),
                      contributions, source, row_id)


def _values(record: WageRecord) -> list[object]:
    return [record.employee_id, month_key(record.month),
            *(getattr(record, item) for item in PAY_ITEMS), record.unpaid_absence_days,
            str(record.hours), record.employer_contributions, record.source]


# --- wage months ----------------------------------------------------------------------------

def get_month(data: DataFile, employee_id: int, month: date) -> WageRecord | None:
    rows = data.query(f"{_SELECT} WHERE employee_id = ? AND month = ?",
                      (employee_id, month_key(month)))
    return _from_row(rows[0]) if rows else None


def months_in(data: DataFile, month: date) -> list[WageRecord]:
    return [_from_row(r) for r in data.query(f"{_SELECT} WHERE month = ?", (month_key(month),))]


def months_of_employee(data: DataFile, employee_id: int, first: date | None = None,
                       last: date | None = None) -> list[WageRecord]:
    rows = data.query(f"{_SELECT} WHERE employee_id = ? AND month BETWEEN ? AND ? ORDER BY month",
                      (employee_id, month_key(first or date(1900, 1, 1)),
                       month_key(last or date(2999, 12, 1))))
    return [_from_row(r) for r in rows]


def entered_months(data: DataFile) -> dict[int, list[date]]:
    out: dict[int, list[date]] = {}
    for row in data.query("SELECT employee_id, month FROM wage_months ORDER BY month"):
        out.setdefault(row["employee_id"], []).append(_month(row["month"]))
    return out


def decision_periods_in(data: DataFile, month: date) -> dict[int, list[tuple[date, date]]]:
    """(start, end) of the decisions overlapping the month, by employee id."""
    out: dict[int, list[tuple[date, date]]] = {}
    for employee_id, start, end in data.query(
            "SELECT employee_id, start_date, end_date FROM decisions"
            " WHERE start_date <= ? AND end_date >= ?",
            (last_day_of_month(month).isoformat(), month.isoformat())):
        out.setdefault(employee_id, []).append((date.fromisoformat(start), date.fromisoformat(end)))
    return out


def locks_in(data: DataFile, month: date) -> dict[int, list[int]]:
    """Employee id → the sent applications whose payment period touches the month."""
    sent = tuple(sorted(wage_rules.SENT_STATES))
    out: dict[int, list[int]] = {}
    for app_id, employee_id in data.query(
            "SELECT a.id, d.employee_id FROM applications a JOIN decisions d"
            " ON d.id = a.decision_id WHERE a.period_start <= ? AND a.period_end >= ?"
            f" AND a.status IN ({', '.join('?' for _ in sent)}) ORDER BY a.id",
            (last_day_of_month(month).isoformat(), month.isoformat(), *sent)):
        out.setdefault(employee_id, []).append(app_id)
    return out


def save_month(db: Database, record: WageRecord) -> int:
    """Insert or replace the employee's figures of the month; returns the row id."""
    columns = _COLUMNS[1:]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns[2:])
    cursor = db.execute(
        f"INSERT INTO wage_months ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        f" ON CONFLICT (employee_id, month) DO UPDATE SET {updates} RETURNING id",
        _values(record))
    return int(cursor.fetchone()[0])


# --- employees and contracts ----------------------------------------------------------------

def employees_for_month(data: DataFile, month: date) -> list[ImportEmployee]:
    """Employees with a contract in the month (not archived before it) or figures for it,
    by surname. The identity code is left out: the grid has no use for it."""
    first, last = month.isoformat(), last_day_of_month(month).isoformat()
    rows = data.query(
        # IN (subquery) reads contracts and the month's wage rows once each; EXISTS per
        # employee probed them 10,000 times on a big file (34 ms against 14 ms).
        "SELECT id, first_name, last_name FROM employees e WHERE"
        " (id IN (SELECT employee_id FROM contracts WHERE start_date <= ?"
        "         AND (end_date IS NULL OR end_date >= ?))"
        "  AND (archived_on IS NULL OR archived_on >= ?))"
        " OR id IN (SELECT employee_id FROM wage_months WHERE month = ?)"
        " ORDER BY last_name, first_name, id", (last, first, first, month_key(month)))
    return [ImportEmployee(r["id"], r["first_name"], r["last_name"]) for r in rows]


def employees_for_import(data: DataFile) -> list[ImportEmployee]:
    """Every employee with the identity code, for matching the rows of a payroll file only."""
    rows = data.query("SELECT id, first_name, last_name, hetu FROM employees ORDER BY id")
    # In a protected file the codes are decrypted here, in memory, for this matching only.
    return [ImportEmployee(r["id"], r["first_name"], r["last_name"],
                           protection.read_hetu(data, r["id"], r["hetu"])) for r in rows]


def existing_employees(data: DataFile, employee_ids: Iterable[int]) -> set[int]:
    """Those of the ids that are employees of the file (one query)."""
    rows = data.query("SELECT id FROM employees WHERE id IN (SELECT value FROM json_each(?))",
                      (json.dumps(sorted(set(employee_ids))),))
    return {r["id"] for r in rows}


def employee_names(data: DataFile) -> dict[int, str]:
    """Names as written ("Aino Kettunen"), in the order of the employees list (by surname)."""
    rows = data.query("SELECT id, first_name, last_name FROM employees"
                      " ORDER BY last_name, first_name, id")
    return {r["id"]: f"{r['first_name']} {r['last_name']}".strip() for r in rows}


_CONTRACT_SELECT = ("SELECT id, employee_id, start_date, end_date, weekly_hours,"
                    " full_time_weekly_hours, pay_basis, pay_cents, job_title FROM contracts")


def _contract(r) -> Contract:
    return Contract(id=r["id"], employee_id=r["employee_id"],
                    start=date.fromisoformat(r["start_date"]),
                    end=date.fromisoformat(r["end_date"]) if r["end_date"] else None,
                    weekly_hours=Decimal(r["weekly_hours"]),
                    full_time_weekly_hours=Decimal(r["full_time_weekly_hours"]),
                    pay_basis=PayBasis(r["pay_basis"]), pay_cents=r["pay_cents"],
                    job_title=r["job_title"])


def contracts_of(data: DataFile, employee_id: int) -> list[Contract]:
    rows = data.query(f"{_CONTRACT_SELECT} WHERE employee_id = ? ORDER BY start_date",
                      (employee_id,))
    return [_contract(r) for r in rows]


def contracts_by_employee(data: DataFile) -> dict[int, list[Contract]]:
    out: dict[int, list[Contract]] = {}
    for row in data.query(f"{_CONTRACT_SELECT} ORDER BY employee_id, start_date"):
        out.setdefault(row["employee_id"], []).append(_contract(row))
    return out


def contracts_for_employees(data: DataFile,
                            employee_ids: Iterable[int]) -> dict[int, list[Contract]]:
    """contracts_by_employee() of the given employees only (one query)."""
    out: dict[int, list[Contract]] = {}
    for row in data.query(f"{_CONTRACT_SELECT} WHERE employee_id IN (SELECT value FROM"
                          " json_each(?)) ORDER BY employee_id, start_date",
                          (json.dumps(sorted(set(employee_ids))),)):
        out.setdefault(row["employee_id"], []).append(_contract(row))
    return out


# --- import presets -------------------------------------------------------------------------

def presets(data: DataFile) -> dict[str, dict[str, str]]:
    rows = data.query("SELECT name, mapping FROM import_presets ORDER BY name")
    return {r["name"]: json.loads(r["mapping"]) for r in rows}


def save_preset(db: Database, name: str, mapping: dict[str, str]) -> None:
    db.execute("INSERT INTO import_presets (name, mapping, updated_at) VALUES (?, ?, ?)"
               " ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping,"
               " updated_at = excluded.updated_at",
               [name, json.dumps(mapping, ensure_ascii=False, sort_keys=True),
                datetime.now().isoformat(timespec="seconds")])


def delete_preset(db: Database, name: str) -> None:
    db.execute("DELETE FROM import_presets WHERE name = ?", [name])


def months_between(data: DataFile, first: date, last: date) -> dict[int, list[WageRecord]]:
    """Wage months from ``first`` to ``last`` (inclusive), by employee."""
    out: dict[int, list[WageRecord]] = {}
    for row in data.query(f"{_SELECT} WHERE month BETWEEN ? AND ? ORDER BY employee_id, month",
                          (month_key(first), month_key(last))):
        out.setdefault(row["employee_id"], []).append(_from_row(row))
    return out


def months_for_employees(data: DataFile, employee_ids: Iterable[int]) -> dict[int, list[WageRecord]]:
    """Wage months of the given employees only, by employee (one query)."""
    ids = sorted(set(employee_ids))
    if not ids:
        return {}
    out: dict[int, list[WageRecord]] = {}
    for row in data.query(f"{_SELECT} WHERE employee_id IN (SELECT value FROM json_each(?)) "
                          "ORDER BY employee_id, month", (json.dumps(ids),)):
        out.setdefault(row["employee_id"], []).append(_from_row(row))
    return out


# --- flags of the whole file, counted in SQL --------------------------------------------------

# The rules of domain.wages.wage_flags, in SQL: a file of 10,000 employees has some 300,000
# decision months, too many to expand in Python while the treasurer waits.
_MISSING = """
WITH RECURSIVE spans(employee_id, month, end_date) AS (
    SELECT employee_id, substr(start_date, 1, 7) || '-01', end_date FROM decisions
    UNION ALL
    SELECT employee_id, date(month, '+1 month'), end_date FROM spans
    WHERE date(month, '+1 month') <= end_date AND date(month, '+2 months', '-1 day') < ?1
), ended AS (
    SELECT DISTINCT employee_id, substr(month, 1, 7) AS month FROM spans
    WHERE month <= end_date AND date(month, '+1 month', '-1 day') < ?1
)
SELECT 'missing' AS kind, employee_id, month FROM ended e
WHERE NOT EXISTS (SELECT 1 FROM wage_months w
                  WHERE w.employee_id = e.employee_id AND w.month = e.month)"""
_OUTSIDE = """
SELECT 'outside_decision' AS kind, employee_id, month FROM wage_months w
WHERE NOT EXISTS (SELECT 1 FROM decisions d WHERE d.employee_id = w.employee_id
                  AND d.start_date <= date(w.month || '-01', '+1 month', '-1 day')
                  AND d.end_date >= w.month || '-01')"""


def flag_listing(data: DataFile, kind: str, today: date,
                 limit: int) -> tuple[int, list[tuple[int, str, date]]]:
    """How many flags of the kind the file has, and the first ``limit`` of them by employee
    id and month as (employee id, name, month)."""
    inner = _MISSING if kind == "missing" else _OUTSIDE
    rows = data.query(
        f"SELECT f.employee_id, f.month, COUNT(*) OVER () AS total,"
        f" trim(coalesce(e.first_name, '') || ' ' || coalesce(e.last_name, '')) AS name"
        f" FROM ({inner}) f LEFT JOIN employees e ON e.id = f.employee_id"
        f" ORDER BY f.employee_id, f.month LIMIT ?2",
        (today.isoformat(), limit))
    total = rows[0]["total"] if rows else 0
    return total, [(r["employee_id"], r["name"], _month(r["month"])) for r in rows]
