"""Job coaching log, outcomes of support periods, job opportunities and the per-employee
timeline. Reached as ``services.training.coaching``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date

from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.training import (
    CoachingEvent,
    JobOpportunity,
    Outcome,
    OutcomeSummary,
    outcome_summary,
    outcomes_between,
)
from kuhina_desktop.domain.training_checks import (
    validate_coaching,
    validate_opportunity,
    validate_outcome,
)
from kuhina_desktop.domain.training_timeline import (
    PeriodFact,
    TimelineEntry,
    TimelineKind,
    TimelineSources,
    employee_timeline,
)
from kuhina_desktop.services.training_common import changed_fields, not_found
from kuhina_desktop.storage import coaching_repo as repo
from kuhina_desktop.storage import training_repo
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile


@dataclass(frozen=True)
class CoachingRow:
    event: CoachingEvent
    employee_name: str  # "" for employer coaching that concerns no one person


@dataclass(frozen=True)
class OutcomeRow:
    outcome: Outcome
    employee_name: str


class CoachingService:
    def __init__(self, data: DataFile, today: Callable[[], date] = date.today) -> None:
        self._data = data
        self._today = today

    def _names(self) -> dict[int, str]:
        return {e.id: e.full_name for e in training_repo.employees(self._data)}

    def _check_employee(self, employee_id: int | None, problems: list, field: str) -> None:
        if employee_id is None:
            return
        exists, _archived = repo.employee_exists(self._data, employee_id)
        if not exists:
            problems.append(ValidationError("employee", code="choice", field=field))

    # ----- coaching -----------------------------------------------------------------------
    def coaching_rows(self, employee_id: int | None = None) -> list[CoachingRow]:
        names = self._names()
        return [CoachingRow(e, names.get(e.employee_id, "") if e.employee_id else "")
                for e in repo.coaching_events(self._data, employee_id)]

    def save_coaching(self, event: CoachingEvent) -> CoachingEvent:
        clean = validate_coaching(event, self._today())
        problems: list[ValidationError] = []
        self._check_employee(clean.employee_id, problems, "coaching_employee_id")
        if problems:
            raise ValidationErrors(problems)
        before = None if clean.id is None else repo.coaching_event(self._data, clean.id)
        if clean.id is not None and before is None:
            not_found("coaching_events")
        with self._data.write() as db:
            event_id = repo.save_coaching(db, clean)
            record_change(db, "coaching_events", event_id,
                          "insert" if before is None else "update", changed_fields(before, clean))
        return replace(clean, id=event_id)

    def delete_coaching(self, event_id: int) -> None:
        self._delete("coaching_events", event_id)

    def last_coach(self) -> tuple[str, str]:
        """(coach, organisation) of the latest entry: the usual defaults of a new one."""
        events = repo.coaching_events(self._data)
        return (events[0].coach_name, events[0].organisation) if events else ("", "")

    # ----- outcomes -----------------------------------------------------------------------
    def outcome_rows(self) -> list[OutcomeRow]:
        names = self._names()
        return [OutcomeRow(o, names.get(o.employee_id, "")) for o in repo.outcomes(self._data)]

    def decisions_of(self, employee_id: int) -> list[PeriodFact]:
        return repo.decision_facts(self._data, employee_id)

    def contracts_of(self, employee_id: int) -> list[PeriodFact]:
        """The employee's contracts (job title as the label), oldest first."""
        return repo.contract_facts(self._data, employee_id)

    def save_outcome(self, item: Outcome) -> Outcome:
        clean = validate_outcome(item)
        problems: list[ValidationError] = []
        self._check_employee(clean.employee_id, problems, "outcome_employee_id")
        if clean.decision_id is not None:
            owner = repo.decision_employee(self._data, clean.decision_id)
            other = repo.outcome_of_decision(self._data, clean.decision_id)
            if owner != clean.employee_id:
                problems.append(ValidationError("decision", code="choice",
                                                field="outcome_decision_id"))
            elif other is not None and other.id != clean.id:
                problems.append(ValidationError("dup", code="tr_outcome_exists",
                                                field="outcome_decision_id"))
        if problems:
            raise ValidationErrors(problems)
        before = None if clean.id is None else repo.outcome(self._data, clean.id)
        if clean.id is not None and before is None:
            not_found("outcomes")
        with self._data.write() as db:
            outcome_id = repo.save_outcome(db, clean)
            record_change(db, "outcomes", outcome_id, "insert" if before is None else "update",
                          changed_fields(before, clean))
        return replace(clean, id=outcome_id)

    def delete_outcome(self, outcome_id: int) -> None:
        self._delete("outcomes", outcome_id)

    def outcome_summary(self, start: date | None = None,
                        end: date | None = None) -> OutcomeSummary:
        return outcome_summary(outcomes_between(repo.outcomes(self._data), start, end))

    def outcome_years(self) -> list[int]:
        return sorted({o.period_end.year for o in repo.outcomes(self._data)}, reverse=True)

    # ----- job opportunities --------------------------------------------------------------
    def opportunities(self) -> list[JobOpportunity]:
        return repo.opportunities(self._data)

    def save_opportunity(self, item: JobOpportunity) -> JobOpportunity:
        clean = validate_opportunity(item)
        before = None if clean.id is None else repo.opportunity(self._data, clean.id)
        if clean.id is not None and before is None:
            not_found("job_opportunities")
        with self._data.write() as db:
            new_id = repo.save_opportunity(db, clean)
            record_change(db, "job_opportunities", new_id,
                          "insert" if before is None else "update", changed_fields(before, clean))
        return replace(clean, id=new_id)

    def delete_opportunity(self, opportunity_id: int) -> None:
        self._delete("job_opportunities", opportunity_id)

    # ----- timeline -----------------------------------------------------------------------
    def timeline(self, employee_id: int,
                 kinds: Iterable[TimelineKind] | None = None) -> list[TimelineEntry]:
        data = self._data
        sources = TimelineSources(
            contracts=tuple(repo.contract_facts(data, employee_id)),
            decisions=tuple(repo.decision_facts(data, employee_id)),
            enrolments=tuple(training_repo.enrolments(data, employee_id=employee_id)),
            package_titles={p.id: p.title for p in training_repo.packages(data)},
            certificates=tuple(training_repo.certificates(data, employee_id)),
            type_names={t.id: t.name for t in training_repo.certificate_types(data)},
            coaching=tuple(repo.coaching_events(data, employee_id)),
            outcomes=tuple(repo.outcomes(data, employee_id)),
        )
        return employee_timeline(sources, kinds)

    def _delete(self, table: str, row_id: int) -> None:
        with self._data.write() as db:
            if not training_repo.delete_row(db, table, row_id):
                not_found(table)
            record_change(db, table, row_id, "delete")
