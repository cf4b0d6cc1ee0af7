"""What the job-coach export reads: only the allowed columns, never the identity code.

Each query names exactly the columns of the export's allow-list (domain.coach_export), so
health data, notes, certificate numbers and outcome details are never even read. Training,
certificates, coaching, outcomes and job opportunities come from tables that an older file may
not have yet; a missing table reads as no rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from kuhina_desktop.domain.coach_export import DataSet, SourceRow
from kuhina_desktop.domain.employees import Consent, ConsentScope
from kuhina_desktop.storage.database import DataFile


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _decimal(text: str | None) -> Decimal | None:
    return Decimal(text) if text not in (None, "") else None


def existing_tables(data: DataFile) -> set[str]:
    rows = data.query("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row["name"] for row in rows}


def people(data: DataFile) -> list[tuple[int, str, str]]:
    """(id, first name, last name) of everyone, archived people too."""
    rows = data.query("SELECT id, first_name, last_name FROM employees ORDER BY id")
    return [(row["id"], row["first_name"], row["last_name"]) for row in rows]


def consents(data: DataFile) -> list[Consent]:
    rows = data.query("SELECT id, employee_id, scope, recipient, given_on, withdrawn_on,"
                      " valid_until FROM consents ORDER BY employee_id, given_on, id")
    known = {str(s) for s in ConsentScope}
    return [Consent(id=row["id"], employee_id=row["employee_id"], scope=ConsentScope(row["scope"]),
                    recipient=row["recipient"], given_on=date.fromisoformat(row["given_on"]),
                    withdrawn_on=_day(row["withdrawn_on"]), valid_until=_day(row["valid_until"]))
            for row in rows if row["scope"] in known]  # a scope from a newer version: not ours


# --- one reader per data set ------------------------------------------------------------------


def _employment(data: DataFile) -> list[SourceRow]:
    rows = data.query("SELECT employee_id, job_title, start_date, end_date FROM contracts")
    return [SourceRow(employee_id=row["employee_id"], start=_day(row["start_date"]),
                      end=_day(row["end_date"]), order=(_day(row["start_date"]),),
                      values={"job_title": row["job_title"],
                              "employment_start": _day(row["start_date"]),
                              "employment_end": _day(row["end_date"])})
            for row in rows]


def _contacts(data: DataFile) -> list[SourceRow]:
    rows = data.query("SELECT id, phone, email FROM employees")
    return [SourceRow(employee_id=row["id"], values={"phone": row["phone"], "email": row["email"]})
            for row in rows]


def _outcomes(data: DataFile) -> list[SourceRow]:
    rows = data.query("SELECT employee_id, period_start, period_end, outcome, readiness_start,"
                      " readiness_end FROM outcomes")
    return [SourceRow(employee_id=row["employee_id"], start=_day(row["period_end"]),
                      end=_day(row["period_end"]), order=(_day(row["period_end"]),),
                      values={"period_start": _day(row["period_start"]),
                              "period_end": _day(row["period_end"]), "outcome": row["outcome"],
                              "readiness_start": row["readiness_start"],
                              "readiness_end": row["readiness_end"]})
            for row in rows]


def _enrolments(data: DataFile) -> list[SourceRow]:
    rows = data.query(
        "SELECT e.employee_id, p.title, p.kind, p.provider, e.status, e.start_date,"
        " e.completed_on, p.planned_hours, e.hours_attended, e.result"
        " FROM enrolments e JOIN training_packages p ON p.id = e.package_id")
    result = []
    for row in rows:
        start, done = _day(row["start_date"]), _day(row["completed_on"])
        result.append(SourceRow(
            employee_id=row["employee_id"], start=start or done, end=done,
            order=(start or done, row["title"]),
            values={"training": row["title"], "training_kind": row["kind"],
                    "provider": row["provider"], "status": row["status"], "start": start,
                    "completed_on": done, "planned_hours": _decimal(row["planned_hours"]),
                    "hours_attended": _decimal(row["hours_attended"]), "result": row["result"]}))
    return result


def _certificates(data: DataFile) -> list[SourceRow]:
    rows = data.query("SELECT c.employee_id, t.name, c.issued_on, c.expires_on, c.issuer"
                      " FROM certificates c JOIN certificate_types t ON t.id = c.type_id")
    return [SourceRow(employee_id=row["employee_id"], start=_day(row["issued_on"]),
                      end=_day(row["expires_on"]), order=(_day(row["issued_on"]), row["name"]),
                      values={"certificate": row["name"], "issued_on": _day(row["issued_on"]),
                              "expires_on": _day(row["expires_on"]), "issuer": row["issuer"]})
            for row in rows]


def _coaching(data: DataFile) -> list[SourceRow]:
    # Only entries marked shareable, and only about a person (employer coaching has none).
    rows = data.query("SELECT id, employee_id, event_date, kind, mode, minutes, summary,"
                      " agreed_actions, next_follow_up FROM coaching_events"
                      " WHERE shareable = 1 AND employee_id IS NOT NULL")
    return [SourceRow(employee_id=row["employee_id"], start=_day(row["event_date"]),
                      end=_day(row["event_date"]), order=(_day(row["event_date"]), row["id"]),
                      values={"date": _day(row["event_date"]), "kind": row["kind"],
                              "mode": row["mode"], "minutes": row["minutes"],
                              "summary": row["summary"], "agreed_actions": row["agreed_actions"],
                              "next_follow_up": _day(row["next_follow_up"])})
            for row in rows]


def _opportunities(data: DataFile) -> list[SourceRow]:
    rows = data.query("SELECT title, description, weekly_hours, place, accessibility,"
                      " language_requirements, support_offered, contact FROM job_opportunities"
                      " WHERE is_open = 1")
    names = ("title", "description", "place", "accessibility", "language_requirements",
             "support_offered", "contact")
    return [SourceRow(employee_id=None, order=(row["title"],),
                      values={**{n: row[n] for n in names},
                              "weekly_hours": _decimal(row["weekly_hours"])})
            for row in rows]


# data set -> (tables it needs, reader)
_READERS: dict[DataSet, tuple[tuple[str, ...], Callable[[DataFile], list[SourceRow]]]] = {
    DataSet.EMPLOYMENT: (("contracts",), _employment),
    DataSet.OUTCOMES: (("outcomes",), _outcomes),
    DataSet.ENROLMENTS: (("enrolments", "training_packages"), _enrolments),
    DataSet.CERTIFICATES: (("certificates", "certificate_types"), _certificates),
    DataSet.COACHING: (("coaching_events",), _coaching),
    DataSet.CONTACTS: (("employees",), _contacts),
    DataSet.JOB_OPPORTUNITIES: (("job_opportunities",), _opportunities),
}


def source_rows(data: DataFile, data_set: DataSet, tables: set[str]) -> list[SourceRow]:
    """The data set's rows, or none when the file does not have its tables yet."""
    needed, reader = _READERS[data_set]
    if not set(needed) <= tables:
        return []
    return reader(data)


def has_tables(data_set: DataSet, tables: set[str]) -> bool:
    return set(_READERS[data_set][0]) <= tables
