"""Where a person's data lives: one PersonLink per table that holds rows about an employee.

The privacy tools (access request, erasure, retention review) and the change history's record
names work from this list only, so an area that adds a table about people appends one
PersonLink here and is covered. All SQL fragments are constants of this module.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kuhina_desktop.domain.retention import Category
from kuhina_desktop.storage import protection
from kuhina_desktop.storage.database import DataFile
from kuhina_desktop.storage.fileinfo import read_only_connection

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to, not at start-up
    from sqlite_utils import Database

_VIA_DECISION = "SELECT id FROM decisions WHERE employee_id = ?"
_VIA_APPLICATION = f"SELECT id FROM applications WHERE decision_id IN ({_VIA_DECISION})"


@dataclass(frozen=True)
class PersonLink:
    table: str
    keys_sql: str            # the key values of the person's rows, parameter: employee id
    owner_sql: str           # the employee id of one row, parameter: the row's key
    key: str = "id"
    category: Category | None = None  # None: no duty to keep it once the person is erased
    # (key, reference date) of each row for its retention; only for rows kept on their own.
    retention_sql: str = ""
    follows: str = ""        # kept and removed together with this parent table


PERSON_LINKS: list[PersonLink] = [
    PersonLink("employee_health", "SELECT employee_id FROM employee_health WHERE employee_id = ?",
               "SELECT employee_id FROM employee_health WHERE employee_id = ?", key="employee_id"),
    PersonLink("consents", "SELECT id FROM consents WHERE employee_id = ?",
               "SELECT employee_id FROM consents WHERE id = ?"),
    PersonLink("contracts", "SELECT id FROM contracts WHERE employee_id = ?",
               "SELECT employee_id FROM contracts WHERE id = ?", category=Category.EMPLOYMENT,
               retention_sql="SELECT id, end_date FROM contracts WHERE employee_id = ?"),
    PersonLink("wage_months", "SELECT id FROM wage_months WHERE employee_id = ?",
               "SELECT employee_id FROM wage_months WHERE id = ?", category=Category.PAYROLL,
               retention_sql="SELECT id, month || '-01' FROM wage_months WHERE employee_id = ?"),
    PersonLink("decisions", _VIA_DECISION, "SELECT employee_id FROM decisions WHERE id = ?",
               category=Category.SUPPORT, retention_sql=(
                   "SELECT d.id, coalesce((SELECT max(p.paid_on) FROM applications a JOIN "
                   "application_payments p ON p.application_id = a.id WHERE a.decision_id = d.id),"
                   " d.end_date) FROM decisions d WHERE d.employee_id = ?")),
    PersonLink("applications", _VIA_APPLICATION,
               "SELECT d.employee_id FROM applications a JOIN decisions d ON d.id = a.decision_id "
               "WHERE a.id = ?", category=Category.SUPPORT, follows="decisions"),
    PersonLink("application_payments",
               f"SELECT id FROM application_payments WHERE application_id IN ({_VIA_APPLICATION})",
               "SELECT d.employee_id FROM application_payments p JOIN applications a ON a.id = "
               "p.application_id JOIN decisions d ON d.id = a.decision_id WHERE p.id = ?",
               category=Category.SUPPORT, follows="decisions"),
    PersonLink("application_corrections",
               f"SELECT id FROM application_corrections WHERE application_id IN "
               f"({_VIA_APPLICATION})",
               "SELECT d.employee_id FROM application_corrections c JOIN applications a ON a.id = "
               "c.application_id JOIN decisions d ON d.id = a.decision_id WHERE c.id = ?",
               category=Category.SUPPORT, follows="decisions"),
    PersonLink("attachments",
               "SELECT attachment_id FROM decisions WHERE employee_id = ?1 AND attachment_id "
               "IS NOT NULL UNION SELECT attachment_id FROM certificates WHERE employee_id = ?1 "
               "AND attachment_id IS NOT NULL",
               "SELECT employee_id FROM decisions WHERE attachment_id = ?1 UNION "
               "SELECT employee_id FROM certificates WHERE attachment_id = ?1",
               category=Category.SUPPORT, follows="decisions"),
    # Training, certificates, coaching and outcomes carry no statutory retention time of their
    # own (DOMAIN.md names none): an erasure removes them. A project's archiving condition
    # would be added here as a category.
    PersonLink("enrolments", "SELECT id FROM enrolments WHERE employee_id = ?",
               "SELECT employee_id FROM enrolments WHERE id = ?"),
    PersonLink("certificates", "SELECT id FROM certificates WHERE employee_id = ?",
               "SELECT employee_id FROM certificates WHERE id = ?"),
    PersonLink("coaching_events", "SELECT id FROM coaching_events WHERE employee_id = ?",
               "SELECT employee_id FROM coaching_events WHERE id = ?"),
    PersonLink("outcomes", "SELECT id FROM outcomes WHERE employee_id = ?",
               "SELECT employee_id FROM outcomes WHERE id = ?"),
]

# Identity columns of the employee row that an erasure blanks when records must be kept.
PSEUDONYMISED = {"street": "", "postal_code": "", "city": "", "phone": "", "email": "",
                 "languages": "", "notes": "", "target_long_term_unemployed": 0,
                 "target_immigrant": 0, "target_young": 0}


def _present(conn: sqlite3.Connection, table: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (table,)).fetchone()
    return row is not None


def links(conn: sqlite3.Connection) -> list[PersonLink]:
    """The links whose table exists in this file (older files lack later areas' tables)."""
    return [link for link in PERSON_LINKS if _present(conn, link.table)]


def person_row(data: DataFile, employee_id: int) -> dict | None:
    """The employee row as the person's own data: protected values decrypted, the blind index
    (a key-dependent hash, meaningless to the person) left out."""
    rows = data.query("SELECT * FROM employees WHERE id = ?", (employee_id,))
    if not rows:
        return None
    row = dict(rows[0])
    row.pop("hetu_index", None)
    row["hetu"] = protection.read_hetu(data, employee_id, row["hetu"])
    return row


def people(data: DataFile) -> list[dict]:
    rows = [dict(r) for r in data.query(
        "SELECT id, first_name, last_name, hetu, archived_on FROM employees "
        "ORDER BY last_name, first_name")]
    for row in rows:
        row["hetu"] = protection.read_hetu(data, row["id"], row["hetu"])
    return rows


def rows_of(data: DataFile, link: PersonLink, employee_id: int) -> list[dict]:
    """Every row of ``link.table`` about the person (attachments without their bytes)."""
    columns = "id, filename, mime_type, sha256, added_at" if link.table == "attachments" else "*"
    sql = f"SELECT {columns} FROM {link.table} WHERE {link.key} IN ({link.keys_sql})"  # noqa: S608
    rows = [dict(r) for r in data.query(sql, (employee_id,))]
    if link.table == "employee_health":
        for row in rows:
            row["partial_work_ability"], row["details"] = protection.read_health(
                data, row["employee_id"], row["partial_work_ability"], row["details"])
            row["partial_work_ability"] = int(row["partial_work_ability"])
    return rows


def owner_of(data: DataFile, table: str, key: int) -> int | None:
    """The employee a row belongs to (for names in the change history)."""
    if table == "employees":
        return key
    link = next((lk for lk in links(data.conn) if lk.table == table), None)
    if link is None:
        return None
    rows = data.query(link.owner_sql, (key,))
    return rows[0][0] if rows else None


def retention_references(data: DataFile, link: PersonLink,
                         employee_id: int) -> list[tuple[int, date | None]]:
    found = []
    for key, reference in data.query(link.retention_sql, (employee_id,)):
        found.append((key, date.fromisoformat(reference) if reference else None))
    return found


def delete_rows(db: Database, link: PersonLink, keys: tuple[int, ...]) -> None:
    for key in keys:
        db.execute(f"DELETE FROM {link.table} WHERE {link.key} = ?", [key])  # noqa: S608


# Tables whose rows own an attachment: removing the row removes its attachment too (the
# foreign key only sets it to NULL, which would leave the file's bytes behind).
ATTACHMENT_OWNERS = ("decisions", "certificates")


def attachment_ids(db: Database, table: str, keys: tuple[int, ...]) -> list[int]:
    if table not in ATTACHMENT_OWNERS:
        return []
    found = []
    for key in keys:
        row = db.execute(f"SELECT attachment_id FROM {table} WHERE id = ?", [key]).fetchone()
        if row and row[0] is not None:
            found.append(row[0])
    return found


def person_attachment_ids(db: Database, employee_id: int) -> list[int]:
    found: list[int] = []
    for table in ATTACHMENT_OWNERS:
        keys = tuple(r[0] for r in db.execute(
            f"SELECT id FROM {table} WHERE employee_id = ?", [employee_id]))  # noqa: S608
        found += attachment_ids(db, table, keys)
    return found


def delete_person(db: Database, employee_id: int) -> None:
    """Remove the employee and, by ON DELETE CASCADE, every row that points at them."""
    db.execute("DELETE FROM employees WHERE id = ?", [employee_id])


def pseudonymise_person(db: Database, employee_id: int, birth_year: int, today: date) -> None:
    """Keep the row that retained records hang on, but nothing that identifies the person."""
    values = {**PSEUDONYMISED, "first_name": "Poistettu", "last_name": f"henkilö {employee_id}",
              "hetu": f"{protection.ERASED_PREFIX}{employee_id}", "hetu_index": None,
              "birth_date": f"{birth_year:04d}-01-01",
              "updated_at": today.isoformat()}
    assignments = ", ".join(f"{column} = ?" for column in values)
    db.execute(f"UPDATE employees SET {assignments}, archived_on = coalesce(archived_on, ?) "
               "WHERE id = ?", [*values.values(), today.isoformat(), employee_id])
    db.execute("DELETE FROM employee_health WHERE employee_id = ?", [employee_id])


def vacuum(data: DataFile) -> None:
    """Rewrite the file so that no free page keeps what was deleted (after secure_delete)."""
    data.conn.execute("VACUUM")


def secure_delete(data: DataFile, on: bool | int) -> int:
    """Set secure_delete (overwrite deleted content with zeros); returns the previous value.

    Some SQLite builds have it on by default, the one in the Windows Python does not.
    """
    previous = data.conn.execute("PRAGMA secure_delete").fetchone()[0]
    data.conn.execute(f"PRAGMA secure_delete = {1 if on else 0}")
    return previous


def file_contains_person(path: Path, hetu: str, index: str | None = None) -> bool | None:
    """Does a backup copy still hold this person? Read-only; None when the copy is unreadable.

    ``index`` is the blind index of the code in a protected file: a copy taken while the file
    was protected holds only that, not the code.
    """
    try:
        conn = read_only_connection(path)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT 1 FROM employees WHERE hetu = ?", (hetu,)).fetchone()
        if row is None and index is not None and _has_index(conn):
            row = conn.execute("SELECT 1 FROM employees WHERE hetu_index = ?",
                               (index,)).fetchone()
        return row is not None
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    finally:
        conn.close()


def _has_index(conn: sqlite3.Connection) -> bool:
    return any(r[1] == "hetu_index" for r in conn.execute("PRAGMA table_info(employees)"))


def delete_attachments(db: Database, attachment_ids: list[int]) -> None:
    for attachment_id in attachment_ids:
        db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
