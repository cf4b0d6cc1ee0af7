"""What a support decision needs from the rest of the file, read with small queries of its own.

Employees and contracts belong to the employee register; wage months to the wage follow-up.
The decisions capability only reads the few columns it needs (never the henkilötunnus or health
data), so it does not depend on those areas' code. Decision PDFs live in ``attachments``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from kuhina_desktop.domain.subsidy import Employment, WageMonth
from kuhina_desktop.storage import protection
from kuhina_desktop.storage.database import DataFile

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database

PDF_MIME = "application/pdf"


@dataclass(frozen=True)
class EmployeeChoice:
    id: int
    first_name: str
    last_name: str
    archived_on: date | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def sort_name(self) -> str:
        return f"{self.last_name} {self.first_name}".strip()


@dataclass(frozen=True)
class StoredFile:
    id: int
    filename: str
    mime_type: str
    data: bytes


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def employee_choices(data: DataFile) -> list[EmployeeChoice]:
    rows = data.query("SELECT id, first_name, last_name, archived_on FROM employees "
                      "ORDER BY last_name, first_name, id")
    return [EmployeeChoice(r["id"], r["first_name"], r["last_name"], _day(r["archived_on"]))
            for r in rows]


def employee_exists(data: DataFile, employee_id: int) -> bool:
    return bool(data.query("SELECT 1 FROM employees WHERE id = ?", (employee_id,)))


def contracts_of(data: DataFile, employee_id: int) -> list[Employment]:
    """The employee's contracts as the engine sees them, oldest first."""
    rows = data.query("SELECT start_date, end_date, weekly_hours, full_time_weekly_hours "
                      "FROM contracts WHERE employee_id = ? ORDER BY start_date, id",
                      (employee_id,))
    return [Employment(Decimal(r["weekly_hours"]), Decimal(r["full_time_weekly_hours"]),
                       _day(r["start_date"]), _day(r["end_date"])) for r in rows]


_WAGE_COLUMNS = {
    "gross_pay": "gross_pay_cents", "supplements": "supplements_cents",
    "holiday_pay": "holiday_pay_cents", "holiday_bonus": "holiday_bonus_cents",
    "holiday_compensation": "holiday_compensation_cents",
    "tax_free_allowances": "tax_free_allowances_cents",
    "kela_compensated_pay": "kela_compensated_cents",
    "employer_contributions": "contributions_cents",
    "other_public_support": "other_public_support_cents",
}


def wage_months_of(data: DataFile, employee_id: int, first: date, last: date) -> list[WageMonth]:
    """Wage months of ``first``–``last`` (any days of those months), oldest first."""
    columns = ", ".join(_WAGE_COLUMNS.values())
    rows = data.query(f"SELECT month, {columns} FROM wage_months WHERE employee_id = ? "
                      "AND month >= ? AND month <= ? ORDER BY month",
                      (employee_id, first.strftime("%Y-%m"), last.strftime("%Y-%m")))
    out = []
    for row in rows:
        year, month = (int(part) for part in row["month"][:7].split("-"))
        amounts = {name: row[column] for name, column in _WAGE_COLUMNS.items()}
        out.append(WageMonth(month=date(year, month, 1), **amounts))
    return out


def application_count(data: DataFile, decision_id: int) -> int:
    rows = data.query("SELECT count(*) AS n FROM applications WHERE decision_id = ?",
                      (decision_id,))
    return int(rows[0]["n"])


def sent_periods_of(data: DataFile, decision_id: int) -> list[tuple[date, date]]:
    """(start, end) of the decision's payment applications that have left the house (sent,
    partly paid, paid or rejected), oldest first."""
    from kuhina_desktop.domain.wages import SENT_STATES

    sent = tuple(sorted(SENT_STATES))
    rows = data.query("SELECT period_start, period_end FROM applications WHERE decision_id = ? "
                      f"AND status IN ({', '.join('?' for _ in sent)}) ORDER BY period_start",
                      (decision_id, *sent))
    return [(date.fromisoformat(r["period_start"]), date.fromisoformat(r["period_end"]))
            for r in rows]


def decision_number_taken(data: DataFile, payer: str, number: str,
                          except_id: int | None) -> bool:
    """Decision numbers are unique per payer (compared without case)."""
    rows = data.query("SELECT 1 FROM decisions WHERE lower(payer) = lower(?) AND "
                      "lower(decision_number) = lower(?) AND id IS NOT ?",
                      (payer, number, except_id))
    return bool(rows)


def known_payers(data: DataFile) -> list[str]:
    rows = data.query("SELECT payer, count(*) AS n FROM decisions WHERE payer != '' "
                      "GROUP BY payer ORDER BY n DESC, payer")
    return [r["payer"] for r in rows]


def insert_file(db: Database, filename: str, content: bytes, mime_type: str = PDF_MIME, *,
                cipher) -> int:
    """``cipher`` is ``protection.cipher_of(data)``: a protected file stores the PDF sealed."""
    # The bytes go in after the row exists, because the sealed form is bound to the row's id.
    cursor = db.execute(
        "INSERT INTO attachments (filename, mime_type, sha256, data, added_at) "
        "VALUES (?, ?, ?, X'', ?)",
        [filename, mime_type, hashlib.sha256(content).hexdigest(),
         datetime.now().isoformat(timespec="seconds")])
    attachment_id = int(cursor.lastrowid)
    protection.write_attachment(db, cipher, attachment_id, content)
    return attachment_id


def delete_file(db: Database, attachment_id: int) -> None:
    db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])


def get_file(data: DataFile, attachment_id: int) -> StoredFile | None:
    rows = data.query("SELECT id, filename, mime_type, data FROM attachments WHERE id = ?",
                      (attachment_id,))
    if not rows:
        return None
    row = rows[0]
    content = protection.read_attachment(data, row["id"], bytes(row["data"]))
    return StoredFile(row["id"], row["filename"], row["mime_type"], content)


def file_names(data: DataFile) -> dict[int, str]:
    """Names of the stored files, by id (without their contents)."""
    return {r["id"]: r["filename"] for r in data.query("SELECT id, filename FROM attachments")}


def set_decision_file(db: Database, decision_id: int, attachment_id: int | None) -> None:
    db.execute("UPDATE decisions SET attachment_id = ? WHERE id = ?",
               [attachment_id, decision_id])
