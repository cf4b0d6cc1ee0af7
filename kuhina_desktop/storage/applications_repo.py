"""Payment applications, their payments and their logged corrections."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kuhina_desktop.domain.applications import (
    Application,
    Correction,
    DecisionHead,
    ListedApplication,
    Payment,
    period_months,
)
from kuhina_desktop.domain.wages import SENT_STATES
from kuhina_desktop.storage.database import DataFile

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database

_COLUMNS = ("id", "decision_id", "period_start", "period_end", "status", "amount_cents",
            "sent_on", "snapshot", "notes")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM applications"
_SENT = tuple(sorted(SENT_STATES))
_SENT_SQL = ", ".join("?" for _ in _SENT)


def _from_row(row) -> Application:
    return Application(
        id=row["id"], decision_id=row["decision_id"],
        period_start=date.fromisoformat(row["period_start"]),
        period_end=date.fromisoformat(row["period_end"]), status=row["status"],
        amount=row["amount_cents"],
        sent_on=date.fromisoformat(row["sent_on"]) if row["sent_on"] else None,
        snapshot=json.loads(row["snapshot"]) if row["snapshot"] else None, notes=row["notes"])


def all_applications(data: DataFile, *, snapshots: bool = True) -> list[Application]:
    """Every application; the lists leave the (large) snapshots out."""
    select = _SELECT if snapshots else _SELECT.replace("snapshot,", "NULL AS snapshot,")
    return [_from_row(r) for r in data.query(f"{select} ORDER BY period_start, id")]


def _ids_json(ids: Iterable[int]) -> str:
    return json.dumps(sorted(set(ids)))


def listed_applications(data: DataFile, decision_ids: Iterable[int] | None = None,
                        starting: tuple[date, date] | None = None,
                        whole: Iterable[int] = ()) -> dict[tuple[int, date], ListedApplication]:
    """(decision id, period start) → the listed columns of its application, for the given
    decisions (None: all); with ``starting``, only periods starting in that range, except for
    the ``whole`` decisions. One query, and plain tuples: a ten-year file has 100,000."""
    sql = "SELECT decision_id, period_start, id, status, amount_cents, sent_on FROM applications"
    params: list[object] = []
    if decision_ids is not None:
        sql += " WHERE decision_id IN (SELECT value FROM json_each(?))"
        params.append(_ids_json(decision_ids))
        if starting is not None:
            sql += (" AND (period_start BETWEEN ? AND ?"
                    " OR decision_id IN (SELECT value FROM json_each(?)))")
            params += [starting[0].isoformat(), starting[1].isoformat(), _ids_json(whole)]
    return {(r[0], date.fromisoformat(r[1])): ListedApplication(
        r[2], r[3], r[4], date.fromisoformat(r[5]) if r[5] else None)
        for r in data.query(sql, params)}


_HEAD_SELECT = ("SELECT id, employee_id, decision_number, kind, start_date, end_date, percent,"
                " monthly_cap_cents, payment_period_months, deadline_months_after FROM decisions")


def decision_heads(data: DataFile, ids: Iterable[int] | None = None) -> list[DecisionHead]:
    """What the period list needs of the given decisions (None: all), by start and id."""
    where = " WHERE id IN (SELECT value FROM json_each(?))" if ids is not None else ""
    rows = data.query(f"{_HEAD_SELECT}{where} ORDER BY start_date, id",
                      (_ids_json(ids),) if ids is not None else ())
    return [DecisionHead(r[0], r[1], r[2], r[3], date.fromisoformat(r[4]),
                         date.fromisoformat(r[5]), r[6], r[7], r[8], r[9]) for r in rows]


def decision_ids_between(data: DataFile, first: date, last: date) -> set[int]:
    """Decisions whose subsidy period reaches into ``first``…``last`` (their periods may end
    there)."""
    rows = data.query("SELECT id FROM decisions WHERE end_date >= ? AND start_date <= ?",
                      (first.isoformat(), last.isoformat()))
    return {r[0] for r in rows}


def decision_years(data: DataFile) -> tuple[int | None, int | None]:
    """The first and last year any decision's periods reach (None, None without decisions)."""
    row = data.query("SELECT MIN(start_date), MAX(end_date) FROM decisions")[0]
    return (int(row[0][:4]) if row[0] else None, int(row[1][:4]) if row[1] else None)


def get_application(data: DataFile, application_id: int) -> Application | None:
    rows = data.query(f"{_SELECT} WHERE id = ?", (application_id,))
    return _from_row(rows[0]) if rows else None


def find_application(data: DataFile, decision_id: int, period_start: date) -> Application | None:
    rows = data.query(f"{_SELECT} WHERE decision_id = ? AND period_start = ?",
                      (decision_id, period_start.isoformat()))
    return _from_row(rows[0]) if rows else None


def has_sent_application(data: DataFile, decision_id: int, before: date) -> bool:
    rows = data.query(f"SELECT 1 FROM applications WHERE decision_id = ? AND period_start < ?"
                      f" AND status IN ({_SENT_SQL}) LIMIT 1",
                      (decision_id, before.isoformat(), *_SENT))
    return bool(rows)


def save_draft(db: Database, app: Application) -> int:
    """Insert or refresh the unsent application of a period (its figures and snapshot)."""
    cursor = db.execute(
        "INSERT INTO applications (decision_id, period_start, period_end, status, amount_cents,"
        " snapshot) VALUES (?, ?, ?, 'draft', ?, ?) ON CONFLICT (decision_id, period_start)"
        " DO UPDATE SET period_end = excluded.period_end, amount_cents = excluded.amount_cents,"
        " snapshot = excluded.snapshot RETURNING id",
        [app.decision_id, app.period_start.isoformat(), app.period_end.isoformat(), app.amount,
         json.dumps(app.snapshot, ensure_ascii=False) if app.snapshot is not None else None])
    return int(cursor.fetchone()[0])


def set_status(db: Database, application_id: int, status: str, *, sent_on: date | None = None,
               notes: str | None = None) -> None:
    db.execute("UPDATE applications SET status = ?, sent_on = COALESCE(?, sent_on),"
               " notes = COALESCE(?, notes) WHERE id = ?",
               [status, sent_on.isoformat() if sent_on else None, notes, application_id])


# --- payments -------------------------------------------------------------------------------

def payments_of(data: DataFile, application_id: int) -> list[Payment]:
    rows = data.query("SELECT id, application_id, paid_on, amount_cents FROM application_payments"
                      " WHERE application_id = ? ORDER BY paid_on, id", (application_id,))
    return [Payment(id=r["id"], application_id=r["application_id"],
                    paid_on=date.fromisoformat(r["paid_on"]), amount=r["amount_cents"])
            for r in rows]


def paid_totals(data: DataFile) -> dict[int, int]:
    rows = data.query("SELECT application_id, SUM(amount_cents) AS total"
                      " FROM application_payments GROUP BY application_id")
    return {r["application_id"]: r["total"] for r in rows}


def paid_totals_of(data: DataFile, decision_ids: Iterable[int]) -> dict[int, int]:
    """paid_totals() of the given decisions' applications only."""
    rows = data.query("SELECT p.application_id, SUM(p.amount_cents) AS total"
                      " FROM application_payments p JOIN applications a ON a.id = p.application_id"
                      " WHERE a.decision_id IN (SELECT value FROM json_each(?))"
                      " GROUP BY p.application_id", (_ids_json(decision_ids),))
    return {r["application_id"]: r["total"] for r in rows}


def add_payment(db: Database, payment: Payment) -> int:
    cursor = db.execute("INSERT INTO application_payments (application_id, paid_on, amount_cents)"
                        " VALUES (?, ?, ?)",
                        [payment.application_id, payment.paid_on.isoformat(), payment.amount])
    return int(cursor.lastrowid)


# --- corrections and locks ------------------------------------------------------------------

def add_correction(db: Database, correction: Correction) -> int:
    cursor = db.execute(
        "INSERT INTO application_corrections (application_id, made_at, reason, before_json,"
        " after_json) VALUES (?, ?, ?, ?, ?)",
        [correction.application_id, correction.made_at, correction.reason,
         json.dumps(correction.before, ensure_ascii=False, sort_keys=True),
         json.dumps(correction.after, ensure_ascii=False, sort_keys=True)])
    return int(cursor.lastrowid)


def corrections_of(data: DataFile, application_id: int) -> list[Correction]:
    rows = data.query("SELECT id, application_id, made_at, reason, before_json, after_json"
                      " FROM application_corrections WHERE application_id = ? ORDER BY id",
                      (application_id,))
    return [Correction(id=r["id"], application_id=r["application_id"], made_at=r["made_at"],
                       reason=r["reason"], before=json.loads(r["before_json"]),
                       after=json.loads(r["after_json"])) for r in rows]


def corrected_ids(data: DataFile) -> set[int]:
    return {r[0] for r in data.query("SELECT DISTINCT application_id FROM application_corrections")}


def sent_periods(data: DataFile) -> list[tuple[int, int, date, date]]:
    """(application id, employee id, period start, period end) of every sent application."""
    rows = data.query(
        "SELECT a.id, d.employee_id, a.period_start, a.period_end FROM applications a"
        f" JOIN decisions d ON d.id = a.decision_id WHERE a.status IN ({_SENT_SQL})", _SENT)
    return [(r[0], r[1], date.fromisoformat(r[2]), date.fromisoformat(r[3])) for r in rows]


def locking_applications(data: DataFile) -> dict[tuple[int, date], list[int]]:
    """(employee id, month) → the sent applications whose figures include that month."""
    out: dict[tuple[int, date], list[int]] = {}
    for app_id, employee_id, start, end in sent_periods(data):
        for month in period_months(start, end):
            out.setdefault((employee_id, month), []).append(app_id)
    return out


# --- settled decisions ----------------------------------------------------------------------

@dataclass(frozen=True)
class Settlement:
    """A decision's money once every one of its payment periods is paid or rejected."""

    decision_id: int
    employee_id: int
    settled: bool
    applied: int  # the closed applications' amounts
    paid: int  # and their payments


def _month_number(column: str) -> str:
    return f"(CAST(substr({column}, 1, 4) AS INTEGER) * 12 + CAST(substr({column}, 6, 2) AS INTEGER))"


# An application fills a payment period when it starts where one of the decision's periods
# starts: on the subsidy's first day, or on the first of every N-th calendar month after it
# (domain.subsidy.payment_periods). A decision is settled when each of its
# (months spanned − 1) // N + 1 periods holds a paid or rejected application; the unique
# (decision_id, period_start) key means no period is counted twice.
_SETTLED = (f"d.payment_period_months IN (1, 2, 3) AND d.end_date >= d.start_date"
            f" AND COALESCE(c.closed, 0) = ({_month_number('d.end_date')}"
            f" - {_month_number('d.start_date')}) / d.payment_period_months + 1")
_CLOSED_SQL = f"""
    SELECT a.decision_id, COUNT(*) AS closed, SUM(a.amount_cents) AS applied{{paid}}
    FROM applications a JOIN decisions o ON o.id = a.decision_id
    WHERE a.status IN ('paid', 'rejected')
      AND (a.period_start = o.start_date
           OR (a.period_start > o.start_date AND a.period_start <= o.end_date
               AND substr(a.period_start, 9, 2) = '01'
               AND ({_month_number("a.period_start")} - {_month_number("o.start_date")})
                   % o.payment_period_months = 0))
    GROUP BY a.decision_id"""
_PAID = (", SUM((SELECT COALESCE(SUM(p.amount_cents), 0) FROM application_payments p"
         " WHERE p.application_id = a.id)) AS paid")
_SETTLEMENT_SQL = (f"SELECT d.id, d.employee_id, {_SETTLED} AS settled,"
                   " COALESCE(c.applied, 0) AS applied, COALESCE(c.paid, 0) AS paid"
                   f" FROM decisions d LEFT JOIN ({_CLOSED_SQL.format(paid=_PAID)}) c"
                   " ON c.decision_id = d.id")
_OPEN_SQL = (f"SELECT d.id FROM decisions d LEFT JOIN ({_CLOSED_SQL.format(paid='')}) c"
             f" ON c.decision_id = d.id WHERE NOT ({_SETTLED})")


def open_decision_ids(data: DataFile) -> set[int]:
    """Decisions with a payment period that is not yet paid or rejected."""
    return {r[0] for r in data.query(_OPEN_SQL)}


def settlements(data: DataFile) -> list[Settlement]:
    """Every decision: settled or not, with the money of its closed applications."""
    return [Settlement(r["id"], r["employee_id"], bool(r["settled"]), r["applied"], r["paid"])
            for r in data.query(_SETTLEMENT_SQL)]
