"""Everything the due list needs, fetched in a handful of set-based queries.

The due list runs on every start and must stay well under half a second with 10,000
employees, so each kind of input is one query over an index, never a query per person.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from kuhina_desktop.domain.employees import Consent, ConsentScope, Contract
from kuhina_desktop.storage.database import DataFile

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database


@dataclass(frozen=True)
class DueMark:
    key: str
    state: str
    until: date | None
    note: str
    marked_at: str


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def contracts_from(data: DataFile, since: date) -> list[Contract]:
    """Contracts still running on or after ``since`` (open-ended ones included)."""
    rows = data.query(
        "SELECT id, employee_id, start_date, end_date, trial_end, weekly_hours,"
        " full_time_weekly_hours FROM contracts WHERE end_date IS NULL OR end_date >= ?",
        (since.isoformat(),))
    return [Contract(id=r["id"], employee_id=r["employee_id"], start=date.fromisoformat(
        r["start_date"]), end=_day(r["end_date"]), trial_end=_day(r["trial_end"]),
        weekly_hours=Decimal(r["weekly_hours"]),
        full_time_weekly_hours=Decimal(r["full_time_weekly_hours"])) for r in rows]


def expiring_consents(data: DataFile, low: date, high: date) -> list[Consent]:
    """Consents not withdrawn whose last valid day is between ``low`` and ``high``."""
    rows = data.query("SELECT id, employee_id, scope, given_on, withdrawn_on, valid_until, "
                      "recipient FROM consents WHERE valid_until BETWEEN ? AND ? "
                      "AND withdrawn_on IS NULL", (low.isoformat(), high.isoformat()))
    consents = []
    for r in rows:
        try:
            scope = ConsentScope(r["scope"])
        except ValueError:
            continue  # a scope this version does not know says nothing about renewal
        consents.append(Consent(id=r["id"], employee_id=r["employee_id"], scope=scope,
                                given_on=date.fromisoformat(r["given_on"]),
                                withdrawn_on=_day(r["withdrawn_on"]),
                                valid_until=_day(r["valid_until"]), recipient=r["recipient"]))
    return consents


def settled_periods(data: DataFile, since: date) -> set[tuple[int, str]]:
    """(decision id, period start) of applications sent, paid or rejected, for the decisions
    that end on or after ``since`` (older ones are not on the list)."""
    rows = data.query("SELECT a.decision_id, a.period_start FROM applications a "
                      "JOIN decisions d ON d.id = a.decision_id "
                      "WHERE d.end_date >= ? AND a.status != 'draft'", (since.isoformat(),))
    return {(row["decision_id"], row["period_start"]) for row in rows}


def draft_amounts(data: DataFile) -> dict[tuple[int, str], int]:
    rows = data.query("SELECT decision_id, period_start, amount_cents FROM applications "
                      "WHERE status = 'draft'")
    return {(row["decision_id"], row["period_start"]): row["amount_cents"] for row in rows}


def entered_months(data: DataFile, since: date) -> dict[int, set[date]]:
    rows = data.query("SELECT employee_id, month FROM wage_months WHERE month >= ?",
                      (since.strftime("%Y-%m"),))
    months: dict[int, set[date]] = defaultdict(set)
    for row in rows:
        months[row["employee_id"]].add(date.fromisoformat(row["month"] + "-01"))
    return months


def certificate_expiries(data: DataFile, high: date) -> list[tuple[int, int, str, date]]:
    """(certificate id, employee id, type name, expires) of each person's latest certificate of a
    type; empty when the file has no certificate register."""
    if not data.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'certificates'"):
        return []
    rows = data.query(
        "SELECT c.id, c.employee_id, t.name, c.expires_on FROM certificates c "
        "JOIN certificate_types t ON t.id = c.type_id "
        "WHERE c.expires_on <= ? AND c.issued_on = (SELECT max(c2.issued_on) "
        "FROM certificates c2 WHERE c2.employee_id = c.employee_id AND c2.type_id = c.type_id)",
        (high.isoformat(),))
    return [(r[0], r[1], r[2], date.fromisoformat(r[3])) for r in rows]


def marks(data: DataFile) -> dict[str, DueMark]:
    rows = data.query("SELECT key, state, until, note, marked_at FROM due_item_marks")
    return {r["key"]: DueMark(r["key"], r["state"], _day(r["until"]), r["note"], r["marked_at"])
            for r in rows}


def put_mark(db: Database, mark: DueMark) -> None:
    db.execute("INSERT INTO due_item_marks (key, state, until, note, marked_at) "
               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET state = excluded.state, "
               "until = excluded.until, note = excluded.note, marked_at = excluded.marked_at",
               [mark.key, mark.state, None if mark.until is None else mark.until.isoformat(),
                mark.note, mark.marked_at])


def delete_mark(db: Database, key: str) -> DueMark | None:
    row = db.execute("SELECT key, state, until, note, marked_at FROM due_item_marks "
                     "WHERE key = ?", [key]).fetchone()
    if row is None:
        return None
    db.execute("DELETE FROM due_item_marks WHERE key = ?", [key])
    return DueMark(row[0], row[1], _day(row[2]), row[3], row[4])
