"""Employees and their health data: parameterised SQL to domain dataclasses.

Reads take the open DataFile (``data.query``), writes the Database of the caller's transaction.
The list query reads only the first six characters of the identity code and never touches
``employee_health``, so nothing a list shows can carry more.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING
from uuid import uuid4

from kuhina_desktop.domain.employee_records import (
    EmployeeListRow,
    HealthInfo,
    list_support_group,
)
from kuhina_desktop.domain.employees import Employee, TargetGroup
from kuhina_desktop.storage import protection
from kuhina_desktop.storage.database import DataFile

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database

#: Target groups kept as columns of ``employees``; partial work ability lives in
#: ``employee_health`` because it is health data.
TARGET_COLUMNS = {
    TargetGroup.LONG_TERM_UNEMPLOYED: "target_long_term_unemployed",
    TargetGroup.IMMIGRANT: "target_immigrant",
    TargetGroup.YOUNG: "target_young",
}

_PLAIN_COLUMNS = ("first_name", "last_name", "hetu", "street", "postal_code", "city", "phone",
                  "email", "notes")
_WRITE_COLUMNS = (*_PLAIN_COLUMNS, "birth_date", "languages", *TARGET_COLUMNS.values(),
                  "archived_on")
_READ_SQL = (f"SELECT id, {', '.join(_WRITE_COLUMNS)} FROM employees")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


# --- reading --------------------------------------------------------------------------------


def _employee(data: DataFile, row) -> Employee:
    groups = frozenset(group for group, column in TARGET_COLUMNS.items() if row[column])
    plain = {name: row[name] for name in _PLAIN_COLUMNS}
    plain["hetu"] = protection.read_hetu(data, row["id"], row["hetu"])
    return Employee(
        **plain,
        languages=tuple(code for code in row["languages"].split(",") if code),
        target_groups=groups, archived_on=_day(row["archived_on"]), id=row["id"])


def get_employee(data: DataFile, employee_id: int) -> Employee | None:
    """The stored employee, identity code included, without health data."""
    rows = data.query(_READ_SQL + " WHERE id = ?", (employee_id,))
    return _employee(data, rows[0]) if rows else None


def id_with_hetu(data: DataFile, hetu: str) -> int | None:
    column, value = protection.hetu_lookup(data, hetu)
    rows = data.query(f"SELECT id FROM employees WHERE {column} = ?", (value,))  # noqa: S608
    return rows[0]["id"] if rows else None


def get_health(data: DataFile, employee_id: int) -> HealthInfo:
    rows = data.query("SELECT partial_work_ability, details FROM employee_health"
                      " WHERE employee_id = ?", (employee_id,))
    if not rows:
        return HealthInfo()
    partial, details = protection.read_health(data, employee_id, rows[0]["partial_work_ability"],
                                              rows[0]["details"])
    return HealthInfo(partial_work_ability=partial, details=details)


# --- writing --------------------------------------------------------------------------------


def _values(employee: Employee, cipher=None) -> list[object]:
    values: list[object] = [getattr(employee, name) for name in _PLAIN_COLUMNS]
    if cipher is not None:
        # A unique stand-in until write_hetu seals the code under the row's id (same
        # transaction): the plain code never reaches the file.
        values[_PLAIN_COLUMNS.index("hetu")] = f"pending:{uuid4().hex}"
    birth = employee.birth_date
    values.append(birth.isoformat() if birth else "")
    values.append(",".join(employee.languages))
    values.extend(int(group in employee.target_groups) for group in TARGET_COLUMNS)
    values.append(_iso(employee.archived_on))
    return values


def insert_employee(db: Database, employee: Employee, cipher=None) -> int:
    """Insert a validated employee and an empty health row; return the new id.

    Every employee gets a health row, so the existence of one says nothing about the person.
    ``cipher`` is the file's key when it is password-protected (protection.cipher_of).
    """
    return insert_many(db, [employee], cipher)[0]


def insert_many(db: Database, employees: Sequence[Employee], cipher=None) -> list[int]:
    """Bulk insert inside the caller's transaction (imports, benchmarks); returns the new ids."""
    now = _now()
    columns = ", ".join((*_WRITE_COLUMNS, "created_at", "updated_at"))
    marks = ", ".join("?" for _ in range(len(_WRITE_COLUMNS) + 2))
    sql = f"INSERT INTO employees ({columns}) VALUES ({marks}) RETURNING id"
    ids = [db.execute(sql, [*_values(e, cipher), now, now]).fetchone()[0] for e in employees]
    db.conn.executemany("INSERT INTO employee_health (employee_id, partial_work_ability, details)"
                        " VALUES (?, ?, ?)",
                        [(i, *protection.health_values(cipher, i, False, "")) for i in ids])
    if cipher is not None:
        # The associated data names the row, so the code is sealed once the id is known.
        for employee_id, employee in zip(ids, employees, strict=True):
            protection.write_hetu(db, cipher, employee_id, employee.hetu or "")
    return ids


def update_employee(db: Database, employee: Employee, cipher=None) -> None:
    assignments = ", ".join(f"{name} = ?" for name in (*_WRITE_COLUMNS, "updated_at"))
    db.execute(f"UPDATE employees SET {assignments} WHERE id = ?",
               [*_values(employee, cipher), _now(), employee.id])
    if cipher is not None:
        protection.write_hetu(db, cipher, employee.id, employee.hetu or "")


def set_archived(db: Database, employee_id: int, archived_on: date | None) -> None:
    db.execute("UPDATE employees SET archived_on = ?, updated_at = ? WHERE id = ?",
               [_iso(archived_on), _now(), employee_id])


def save_health(db: Database, employee_id: int, health: HealthInfo, cipher=None) -> None:
    partial, details = protection.health_values(cipher, employee_id, health.partial_work_ability,
                                                health.details)
    db.execute(
        "INSERT INTO employee_health (employee_id, partial_work_ability, details) VALUES (?, ?, ?)"
        " ON CONFLICT (employee_id) DO UPDATE SET partial_work_ability ="
        " excluded.partial_work_ability, details = excluded.details",
        [employee_id, partial, details])


# --- the list -------------------------------------------------------------------------------

# One statement for the whole list. In a protected file the six digits come from birth_date
# (the code's first six characters are its DDMMYY), so the list never decrypts anything. The "current" contract is the one covering the day, else
# the next one to start, else the latest one; each look-up is a search of the
# contracts_employee / decisions_employee indexes, not a scan.
LIST_SQL = """
SELECT e.id, e.first_name, e.last_name,
       CASE WHEN e.hetu LIKE 'enc1:%' OR e.hetu LIKE 'pending:%'
            THEN substr(e.birth_date, 9, 2) || substr(e.birth_date, 6, 2) || substr(e.birth_date, 3, 2)
            ELSE substr(e.hetu, 1, 6) END AS birth_digits, e.birth_date,
       e.archived_on,
       e.target_long_term_unemployed, e.target_immigrant, e.target_young,
       c.job_title, c.start_date, c.end_date, c.weekly_hours, c.full_time_weekly_hours,
       COALESCE(
           (SELECT group_concat(kind) FROM (
               SELECT DISTINCT d.kind AS kind FROM decisions d
               WHERE d.employee_id = e.id AND d.end_date >= :today)),
           (SELECT d.kind FROM decisions d WHERE d.employee_id = e.id
            ORDER BY d.end_date DESC LIMIT 1)) AS kinds
FROM employees e
LEFT JOIN contracts c ON c.id = (
    SELECT c2.id FROM contracts c2 WHERE c2.employee_id = e.id
    ORDER BY CASE WHEN c2.start_date <= :today
                       AND (c2.end_date IS NULL OR c2.end_date >= :today) THEN 0
                  WHEN c2.start_date > :today THEN 1 ELSE 2 END,
             CASE WHEN c2.start_date > :today THEN c2.start_date END,
             c2.start_date DESC
    LIMIT 1)
"""


def _list_row(row: Sequence) -> EmployeeListRow:
    (id_, first, last, digits, born, archived, long_term, immigrant, young, title, start, end,
     weekly, full_time, kinds) = row
    groups = [g for g, flag in zip(TARGET_COLUMNS, (long_term, immigrant, young), strict=True)
              if flag]
    support = sorted({list_support_group(k) for k in kinds.split(",")}) if kinds else ()
    return EmployeeListRow(
        id=id_, first_name=first, last_name=last, birth_digits=digits, birth_date=_day(born),
        archived_on=_day(archived), target_groups=frozenset(groups), job_title=title or "",
        contract_start=_day(start), contract_end=_day(end),
        weekly_hours=Decimal(weekly) if weekly else None,
        full_time_weekly_hours=Decimal(full_time) if full_time else None,
        support_kinds=tuple(support))


def list_rows(data: DataFile, today: date) -> list[EmployeeListRow]:
    return [_list_row(row) for row in data.query(LIST_SQL, {"today": today.isoformat()})]
