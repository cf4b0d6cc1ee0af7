"""Job-coaching events, outcomes of support periods, job opportunities, and the contract and
decision facts the training area reads (those tables belong to other areas)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from kuhina_desktop.domain.training import (
    CoachingEvent,
    CoachingKind,
    CoachingMode,
    JobOpportunity,
    Outcome,
    OutcomeKind,
)
from kuhina_desktop.domain.training_timeline import PeriodFact
from kuhina_desktop.storage.database import DataFile
from kuhina_desktop.storage.training_repo import day_of, insert_or_update, iso

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database

# --- coaching events ------------------------------------------------------------------------

_COACHING_COLUMNS = ("id, employee_id, event_date, coach_name, organisation, kind, mode, minutes,"
                     " summary, agreed_actions, next_follow_up, shareable")


def _coaching(row) -> CoachingEvent:
    return CoachingEvent(
        id=row["id"], employee_id=row["employee_id"], day=date.fromisoformat(row["event_date"]),
        coach_name=row["coach_name"], organisation=row["organisation"],
        kind=CoachingKind(row["kind"]), mode=CoachingMode(row["mode"]), minutes=row["minutes"],
        summary=row["summary"], agreed_actions=row["agreed_actions"],
        next_follow_up=day_of(row["next_follow_up"]), shareable=bool(row["shareable"]))


def coaching_events(data: DataFile, employee_id: int | None = None) -> list[CoachingEvent]:
    rows = data.query(f"SELECT {_COACHING_COLUMNS} FROM coaching_events"
                      " WHERE ? IS NULL OR employee_id = ? ORDER BY event_date DESC, id DESC",
                      (employee_id, employee_id))
    return [_coaching(r) for r in rows]


def coaching_event(data: DataFile, event_id: int) -> CoachingEvent | None:
    rows = data.query(f"SELECT {_COACHING_COLUMNS} FROM coaching_events WHERE id = ?",
                      (event_id,))
    return _coaching(rows[0]) if rows else None


def save_coaching(db: Database, event: CoachingEvent) -> int:
    return insert_or_update(db, "coaching_events", event.id, {
        "employee_id": event.employee_id, "event_date": event.day.isoformat(),
        "coach_name": event.coach_name, "organisation": event.organisation,
        "kind": str(event.kind), "mode": str(event.mode), "minutes": event.minutes,
        "summary": event.summary, "agreed_actions": event.agreed_actions,
        "next_follow_up": iso(event.next_follow_up), "shareable": int(event.shareable)})


# --- outcomes -------------------------------------------------------------------------------

_OUTCOME_COLUMNS = ("id, employee_id, decision_id, period_start, period_end, outcome,"
                    " readiness_start, readiness_end, details")


def _outcome(row) -> Outcome:
    return Outcome(id=row["id"], employee_id=row["employee_id"], decision_id=row["decision_id"],
                   period_start=day_of(row["period_start"]),
                   period_end=date.fromisoformat(row["period_end"]),
                   outcome=OutcomeKind(row["outcome"]), readiness_start=row["readiness_start"],
                   readiness_end=row["readiness_end"], details=row["details"])


def outcomes(data: DataFile, employee_id: int | None = None) -> list[Outcome]:
    rows = data.query(f"SELECT {_OUTCOME_COLUMNS} FROM outcomes"
                      " WHERE ? IS NULL OR employee_id = ? ORDER BY period_end DESC, id DESC",
                      (employee_id, employee_id))
    return [_outcome(r) for r in rows]


def outcome(data: DataFile, outcome_id: int) -> Outcome | None:
    rows = data.query(f"SELECT {_OUTCOME_COLUMNS} FROM outcomes WHERE id = ?", (outcome_id,))
    return _outcome(rows[0]) if rows else None


def outcome_of_decision(data: DataFile, decision_id: int) -> Outcome | None:
    rows = data.query(f"SELECT {_OUTCOME_COLUMNS} FROM outcomes WHERE decision_id = ?",
                      (decision_id,))
    return _outcome(rows[0]) if rows else None


def save_outcome(db: Database, item: Outcome) -> int:
    return insert_or_update(db, "outcomes", item.id, {
        "employee_id": item.employee_id, "decision_id": item.decision_id,
        "period_start": iso(item.period_start), "period_end": item.period_end.isoformat(),
        "outcome": str(item.outcome), "readiness_start": item.readiness_start,
        "readiness_end": item.readiness_end, "details": item.details})


# --- job opportunities ----------------------------------------------------------------------

_OPPORTUNITY_COLUMNS = ("id, title, description, weekly_hours, place, accessibility,"
                        " language_requirements, support_offered, contact, is_open")


def _opportunity(row) -> JobOpportunity:
    hours = row["weekly_hours"]
    return JobOpportunity(
        id=row["id"], title=row["title"], description=row["description"],
        weekly_hours=None if hours is None else Decimal(hours), place=row["place"],
        accessibility=row["accessibility"], language_requirements=row["language_requirements"],
        support_offered=row["support_offered"], contact=row["contact"],
        is_open=bool(row["is_open"]))


def opportunities(data: DataFile) -> list[JobOpportunity]:
    rows = data.query(f"SELECT {_OPPORTUNITY_COLUMNS} FROM job_opportunities"
                      " ORDER BY is_open DESC, title COLLATE NOCASE, id")
    return [_opportunity(r) for r in rows]


def opportunity(data: DataFile, opportunity_id: int) -> JobOpportunity | None:
    rows = data.query(f"SELECT {_OPPORTUNITY_COLUMNS} FROM job_opportunities WHERE id = ?",
                      (opportunity_id,))
    return _opportunity(rows[0]) if rows else None


def save_opportunity(db: Database, item: JobOpportunity) -> int:
    return insert_or_update(db, "job_opportunities", item.id, {
        "title": item.title, "description": item.description,
        "weekly_hours": None if item.weekly_hours is None else str(item.weekly_hours),
        "place": item.place, "accessibility": item.accessibility,
        "language_requirements": item.language_requirements,
        "support_offered": item.support_offered, "contact": item.contact,
        "is_open": int(item.is_open)})


# --- contracts and decisions, read only -----------------------------------------------------


def contract_facts(data: DataFile, employee_id: int) -> list[PeriodFact]:
    rows = data.query("SELECT id, start_date, end_date, job_title FROM contracts"
                      " WHERE employee_id = ? ORDER BY start_date, id", (employee_id,))
    return [PeriodFact(id=r["id"], start=date.fromisoformat(r["start_date"]),
                       end=day_of(r["end_date"]), label=r["job_title"]) for r in rows]


def decision_facts(data: DataFile, employee_id: int | None = None) -> list[PeriodFact]:
    """Support decisions; ``label`` is the decision's kind code (e.g. ``palkkatuki_100``)."""
    rows = data.query("SELECT id, employee_id, start_date, end_date, kind FROM decisions"
                      " WHERE ? IS NULL OR employee_id = ? ORDER BY start_date, id",
                      (employee_id, employee_id))
    return [PeriodFact(id=r["id"], start=date.fromisoformat(r["start_date"]),
                       end=day_of(r["end_date"]), label=r["kind"]) for r in rows]


def decision_employee(data: DataFile, decision_id: int) -> int | None:
    rows = data.query("SELECT employee_id FROM decisions WHERE id = ?", (decision_id,))
    return rows[0]["employee_id"] if rows else None


def employee_exists(data: DataFile, employee_id: int) -> tuple[bool, bool]:
    """(exists, archived) of one employee."""
    rows = data.query("SELECT archived_on FROM employees WHERE id = ?", (employee_id,))
    return (bool(rows), bool(rows) and rows[0]["archived_on"] is not None)
