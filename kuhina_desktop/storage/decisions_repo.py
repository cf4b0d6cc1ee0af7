"""Support decisions: rows of `decisions` ↔ DecisionRecord."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from kuhina_desktop.domain.funding import DecisionRecord
from kuhina_desktop.domain.subsidy import ContributionMethod, CostItem, Decision, Kind
from kuhina_desktop.storage.database import DataFile

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database

_COLUMNS = ("id", "employee_id", "kind", "payer", "decision_number", "decision_date",
            "start_date", "end_date", "percent", "monthly_cap_cents", "working_time_cap",
            "payment_period_months", "contribution_method", "prorate_partial_months",
            "conditions", "attachment_id", "warnings", "contribution_coefficient",
            "eligible_items", "deadline_months_after")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM decisions"


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _from_row(row) -> DecisionRecord:
    items = row["eligible_items"]
    decision = Decision(
        kind=Kind(row["kind"]), start=date.fromisoformat(row["start_date"]),
        end=date.fromisoformat(row["end_date"]), percent=Decimal(row["percent"]),
        monthly_cap_cents=row["monthly_cap_cents"],
        working_time_cap=_decimal(row["working_time_cap"]),
        payment_period_months=row["payment_period_months"],
        contribution_method=ContributionMethod(row["contribution_method"]),
        prorate_partial_months=bool(row["prorate_partial_months"]),
        contribution_coefficient=_decimal(row["contribution_coefficient"]),
        eligible_items=None if items is None else frozenset(CostItem(i) for i in json.loads(items)),
        decided_on=date.fromisoformat(row["decision_date"]),
        deadline_months_after=row["deadline_months_after"],
    )
    return DecisionRecord(id=row["id"], employee_id=row["employee_id"], decision=decision,
                          payer=row["payer"], decision_number=row["decision_number"],
                          conditions=row["conditions"], attachment_id=row["attachment_id"],
                          warnings=tuple(json.loads(row["warnings"])))


def _values(record: DecisionRecord) -> list[object]:
    d = record.decision
    items = None if d.eligible_items is None else json.dumps(sorted(d.eligible_items))
    return [record.employee_id, str(d.kind), record.payer, record.decision_number,
            (d.decided_on or d.start).isoformat(), d.start.isoformat(), d.end.isoformat(),
            str(d.percent), d.monthly_cap_cents,
            None if d.working_time_cap is None else str(d.working_time_cap),
            d.payment_period_months, str(d.contribution_method), int(d.prorate_partial_months),
            record.conditions, record.attachment_id, json.dumps(list(record.warnings)),
            None if d.contribution_coefficient is None else str(d.contribution_coefficient),
            items, d.deadline_months_after]


def get_decision(data: DataFile, decision_id: int) -> DecisionRecord | None:
    rows = data.query(f"{_SELECT} WHERE id = ?", (decision_id,))
    return _from_row(rows[0]) if rows else None


def decisions_of_employee(data: DataFile, employee_id: int) -> list[DecisionRecord]:
    rows = data.query(f"{_SELECT} WHERE employee_id = ? ORDER BY start_date", (employee_id,))
    return [_from_row(row) for row in rows]


def all_decisions(data: DataFile) -> list[DecisionRecord]:
    return [_from_row(row) for row in data.query(f"{_SELECT} ORDER BY start_date, id")]


def decisions_with_ids(data: DataFile, ids: Iterable[int]) -> list[DecisionRecord]:
    """all_decisions() of the given ids only (one query), in the same order."""
    rows = data.query(f"{_SELECT} WHERE id IN (SELECT value FROM json_each(?))"
                      " ORDER BY start_date, id", (json.dumps(sorted(set(ids))),))
    # sqlite3.Row looks names up one by one; plain dicts make thousands of rows cheap.
    return [_from_row(dict(zip(_COLUMNS, row, strict=True))) for row in rows]


def insert_decision(db: Database, record: DecisionRecord) -> int:
    columns = _COLUMNS[1:]
    cursor = db.execute(
        f"INSERT INTO decisions ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
        _values(record))
    return int(cursor.lastrowid)


def update_decision(db: Database, record: DecisionRecord) -> None:
    assignments = ", ".join(f"{name} = ?" for name in _COLUMNS[1:])
    db.execute(f"UPDATE decisions SET {assignments} WHERE id = ?", [*_values(record), record.id])


def delete_decision(db: Database, decision_id: int) -> None:
    db.execute("DELETE FROM decisions WHERE id = ?", [decision_id])


def decisions_ending_after(data: DataFile, since: date) -> list[DecisionRecord]:
    rows = data.query(f"{_SELECT} WHERE end_date >= ? ORDER BY start_date, id",
                      (since.isoformat(),))
    return [_from_row(row) for row in rows]


def latest_starts(data: DataFile) -> dict[int, date]:
    """Each employee's latest decision start: a decision is renewed when a later one exists."""
    rows = data.query("SELECT employee_id, max(start_date) AS latest FROM decisions "
                      "GROUP BY employee_id")
    return {row["employee_id"]: date.fromisoformat(row["latest"]) for row in rows}
