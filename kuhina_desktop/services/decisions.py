"""Support decisions: prefill from the parameter tables, validate, save, the PDF, the figures.

Saving follows the house rule: every check first (the record's own fields, then the engine's
``validate_decision`` with the employee's contract and earlier decisions), errors raise
ValidationErrors naming the fields and change nothing, warnings are returned for the UI and kept
in the record; then one transaction writes the decision, its PDF and the audit row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from kuhina_desktop.domain.date_math import add_months, first_day_of_month
from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.funding import (
    CONDITIONS_MAX,
    DECISION_NUMBER_MAX,
    PAYER_MAX,
    DecisionRecord,
    DecisionStatus,
    contract_for,
    decision_status,
    overlap_errors,
    sent_period_errors,
)
from kuhina_desktop.domain.money import Cents
from kuhina_desktop.domain.rates import RateTables, SupportParameters
from kuhina_desktop.domain.subsidy import (
    ContributionMethod,
    Decision,
    Employment,
    Issue,
    Kind,
    Severity,
    SupportResult,
    WageMonth,
    application_deadline,
    calculate,
    payment_periods,
    validate_decision,
)
from kuhina_desktop.domain.support_estimate import Estimate, estimate_month
from kuhina_desktop.services.decision_files import DecisionFiles, read_pdf
from kuhina_desktop.services.rates import RatesService
from kuhina_desktop.storage import decision_inputs, decisions_repo
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile, reading
from kuhina_desktop.storage.decision_inputs import EmployeeChoice

# Without a contract the engine still needs hours; these neutral figures make the working-time
# factor 1, and every finding about the (missing) contract is left out.
_NO_CONTRACT = Employment(Decimal(0), Decimal(1))


@dataclass(frozen=True)
class DecisionRow:
    """A line of the decisions list."""

    record: DecisionRecord
    employee_name: str
    employee_sort_name: str
    status: DecisionStatus
    attachment_name: str | None


@dataclass(frozen=True)
class PeriodPreview:
    start: date
    end: date
    deadline: date
    support: Cents | None  # None until wage months of the period are entered


@dataclass(frozen=True)
class Saved:
    record: DecisionRecord
    warnings: tuple[Issue, ...]


def read_rows(data: DataFile, today: date) -> list[DecisionRow]:
    """Every decision of the file with its employee's name, status and PDF's name."""
    people = {e.id: e for e in decision_inputs.employee_choices(data)}
    names = decision_inputs.file_names(data)
    out = []
    for record in decisions_repo.all_decisions(data):
        person = people.get(record.employee_id)
        out.append(DecisionRow(
            record, person.full_name if person else "", person.sort_name if person else "",
            decision_status(record.decision, today),
            names.get(record.attachment_id) if record.attachment_id else None))
    return out


class DecisionsReader:
    """The decisions list read on a worker thread over a connection of its own: ten years
    of a big file are tens of thousands of decisions, half a second to read."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def rows(self, today: date) -> list[DecisionRow]:
        with reading(self._path) as data:
            return read_rows(data, today)


class DecisionsService:
    def __init__(self, data: DataFile, rates: RatesService,
                 today: Callable[[], date] = date.today) -> None:
        self._data = data
        self._rates = rates
        self._today = today
        self.files = DecisionFiles(data)

    # ----- reading ----------------------------------------------------------------------
    def get(self, decision_id: int) -> DecisionRecord:
        record = decisions_repo.get_decision(self._data, decision_id)
        if record is None:
            raise ValidationError("no such decision", code="dec_not_found", field="id",
                                  id=decision_id)
        return record

    def rows(self) -> list[DecisionRow]:
        return read_rows(self._data, self._today())

    def reader(self) -> DecisionsReader:
        return DecisionsReader(self._data.path)

    def employees(self) -> list[EmployeeChoice]:
        return decision_inputs.employee_choices(self._data)

    def payers(self) -> list[str]:
        return decision_inputs.known_payers(self._data)

    def today(self) -> date:
        return self._today()

    # ----- the parameter tables ---------------------------------------------------------
    def prefill(self, kind: Kind, on: date) -> SupportParameters | None:
        """The kind's parameters in force on ``on`` (the subsidy start); None for kinds whose
        percent and cap come from each decision."""
        return self._rates.tables().support_parameters_for(kind, on)

    def contracts(self, employee_id: int) -> list[Employment]:
        return decision_inputs.contracts_of(self._data, employee_id)

    def contract(self, record: DecisionRecord) -> Employment | None:
        return contract_for(record.decision, self.contracts(record.employee_id))

    # ----- checking and saving ----------------------------------------------------------
    def sent_periods(self, decision_id: int | None) -> list[tuple[date, date]]:
        """Payment periods of the decision already applied for (sent, paid, rejected): while
        there are any, the fields that define the periods and the money are frozen
        (``domain.funding.LOCKED_AFTER_SENDING``)."""
        if decision_id is None:
            return []
        return decision_inputs.sent_periods_of(self._data, decision_id)

    def review(self, record: DecisionRecord) -> tuple[Issue, ...]:
        """The warnings of a decision that may be saved; raises ValidationErrors otherwise."""
        record = _cleaned(record)
        errors = self._record_errors(record)
        before = (decisions_repo.get_decision(self._data, record.id)
                  if record.id is not None else None)
        if before is not None:
            errors += sent_period_errors(before, record, self.sent_periods(record.id))
        if record.decision.start <= record.decision.end and _placed_anew(before, record):
            errors += overlap_errors(record, decisions_repo.decisions_of_employee(
                self._data, record.employee_id))
        issues = self._engine_issues(record)
        errors += [_as_error(i) for i in issues if i.severity is Severity.ERROR]
        if errors:
            raise ValidationErrors(errors)
        return tuple(i for i in issues if i.severity is Severity.WARNING)

    def save(self, record: DecisionRecord, pdf: Path | None = None,
             remove_pdf: bool = False) -> Saved:
        """Insert or update; ``pdf`` is attached (or the stored one removed) in the same
        transaction."""
        record = _cleaned(record)
        warnings = self.review(record)
        content = read_pdf(pdf) if pdf is not None else None
        before = self.get(record.id) if record.id is not None else None
        record = replace(record, warnings=tuple(w.code for w in warnings))
        with self._data.write() as db:
            if before is None:
                new_id = decisions_repo.insert_decision(db, record)
                record = replace(record, id=new_id)
                record_change(db, "decisions", new_id, "insert", _FIELDS)
            else:
                decisions_repo.update_decision(db, replace(record,
                                                           attachment_id=before.attachment_id))
                record = replace(record, attachment_id=before.attachment_id)
                record_change(db, "decisions", record.id, "update", changed_fields(before, record))
            if content is not None and pdf is not None:
                attachment_id = self.files.store(db, record, pdf.name, content)
                record = replace(record, attachment_id=attachment_id)
            elif remove_pdf:
                self.files.drop(db, record)
                record = replace(record, attachment_id=None)
        return Saved(record, warnings)

    def delete(self, decision_id: int) -> None:
        record = self.get(decision_id)
        if decision_inputs.application_count(self._data, decision_id):
            raise ValidationError("has applications", code="dec_has_applications", field="id")
        with self._data.write() as db:
            decisions_repo.delete_decision(db, decision_id)
            if record.attachment_id is not None:
                decision_inputs.delete_file(db, record.attachment_id)
                record_change(db, "attachments", record.attachment_id, "delete", ["data"])
            record_change(db, "decisions", decision_id, "delete")

    def _record_errors(self, record: DecisionRecord) -> list[ValidationError]:
        errors = []
        if not decision_inputs.employee_exists(self._data, record.employee_id):
            errors.append(ValidationError("employee", code="dec_employee_missing",
                                          field="employee_id"))
        if not record.payer:
            errors.append(ValidationError("payer", code="required", field="payer"))
        for name, value, limit in (("payer", record.payer, PAYER_MAX),
                                   ("decision_number", record.decision_number,
                                    DECISION_NUMBER_MAX),
                                   ("conditions", record.conditions, CONDITIONS_MAX)):
            if len(value) > limit:
                errors.append(ValidationError(name, code="dec_text_too_long", field=name,
                                              limit=limit))
        if record.decision.decided_on is None:
            errors.append(ValidationError("date", code="required", field="decision.decided_on"))
        if record.decision_number and record.payer and decision_inputs.decision_number_taken(
                self._data, record.payer, record.decision_number, record.id):
            errors.append(ValidationError("taken", code="dec_number_taken",
                                          field="decision_number",
                                          number=record.decision_number, payer=record.payer))
        return errors

    def _engine_issues(self, record: DecisionRecord) -> list[Issue]:
        others = decisions_repo.decisions_of_employee(self._data, record.employee_id)
        return engine_issues(record, self.contracts(record.employee_id), others,
                             self._rates.tables())

    # ----- figures ----------------------------------------------------------------------
    def result(self, decision_id: int) -> SupportResult:
        """The support of a saved decision from the wage months entered for its period."""
        record = self.get(decision_id)
        return self._calculate(record, self._wage_months(record))

    def preview(self, record: DecisionRecord) -> tuple[PeriodPreview, ...]:
        """Payment periods and deadlines, with the support of each period whose wage months
        are all entered (a half-entered period would show too little).

        Raises ValidationError when the dates or the payment period are not usable yet.
        """
        decision = record.decision
        periods = payment_periods(decision)
        months = self._wage_months(record) if record.employee_id else []
        supports = self._complete_period_supports(record, months) if months else {}
        return tuple(PeriodPreview(start, end,
                                   application_deadline(end, decision.deadline_months_after),
                                   supports.get(start))
                     for start, end in periods)

    def _complete_period_supports(self, record: DecisionRecord,
                                  months: list[WageMonth]) -> dict[date, Cents]:
        try:
            result = self._calculate(record, months)
        except ValidationError:
            return {}  # an unfinished form: show the dates only
        entered = {first_day_of_month(m.month) for m in months}
        out = {}
        for period in result.periods:
            needed = {first_day_of_month(period.start)}
            month = first_day_of_month(period.start)
            while (month := add_months(month, 1)) <= period.end:
                needed.add(month)
            if needed <= entered:
                out[period.start] = period.support
        return out

    def estimate(self, kind: Kind, employment: Employment, wage: WageMonth, *,
                 on: date | None = None, percent: Decimal | None = None,
                 monthly_cap_cents: Cents | None = None,
                 contribution_method: ContributionMethod = ContributionMethod.ACTUAL,
                 ) -> Estimate:
        """The calculator: one month at this year's rates with this file's tables."""
        return estimate_month(kind, employment, wage, self._rates.tables(), on or self._today(),
                              percent=percent, monthly_cap_cents=monthly_cap_cents,
                              contribution_method=contribution_method)

    def _wage_months(self, record: DecisionRecord) -> list[WageMonth]:
        return decision_inputs.wage_months_of(self._data, record.employee_id,
                                              record.decision.start, record.decision.end)

    def _calculate(self, record: DecisionRecord, months: list[WageMonth]) -> SupportResult:
        employment = self.contract(record) or _NO_CONTRACT
        return calculate(record.decision, employment, months, self._rates.tables())


def engine_issues(record: DecisionRecord, contracts: list[Employment],
                  others: list[DecisionRecord], tables: RateTables) -> list[Issue]:
    """The engine's findings on a decision with the person's contracts and other decisions."""
    previous = [r.decision for r in others if r.id != record.id]
    contract = contract_for(record.decision, contracts)
    issues = validate_decision(record.decision, contract or _NO_CONTRACT, tables=tables,
                               previous=previous)
    if _is_renewal(record.decision, previous):
        # A renewal (jatkopäätös) is decided while the subsidised employment goes on; the
        # rule "no employment before the decision" concerns the first decision only.
        issues = [i for i in issues if i.code != "employment_starts_before_decision"]
    if contract is None:
        issues = [i for i in issues if not (i.field or "").startswith("employment.")]
        issues.append(Issue(Severity.WARNING, "dec_no_contract", "employee_id"))
    return issues


def contract_conflicts(data: DataFile, tables: RateTables, employee_id: int,
                       before: list[Employment], after: list[Employment],
                       ) -> list[tuple[DecisionRecord, Issue]]:
    """The contract errors (``employment.*``) that a change of the person's contracts from
    ``before`` to ``after`` would bring to their decisions: a decision saved before its
    contract existed, or a contract edited later, is held to the same rules as a decision
    saved with the contract (DOMAIN.md "Validation"). Errors a decision already had are not
    the change's doing and are left out."""
    decisions = decisions_repo.decisions_of_employee(data, employee_id)
    out = []
    for record in decisions:
        def errors(contracts: list[Employment], record: DecisionRecord = record) -> list[Issue]:
            return [i for i in engine_issues(record, contracts, decisions, tables)
                    if i.severity is Severity.ERROR and (i.field or "").startswith("employment.")]
        old = {(i.code, i.field) for i in errors(before)}
        out += [(record, i) for i in errors(after) if (i.code, i.field) not in old]
    return out


_FIELDS = ("employee_id", "kind", "payer", "decision_number", "decided_on", "start", "end",
           "percent", "monthly_cap", "working_time_cap", "payment_period_months",
           "contribution_method", "contribution_coefficient", "prorate_partial_months",
           "eligible_items", "deadline_months_after", "conditions", "warnings")


def _values(record: DecisionRecord) -> dict[str, object]:
    d = record.decision
    return {"employee_id": record.employee_id, "kind": d.kind, "payer": record.payer,
            "decision_number": record.decision_number, "decided_on": d.decided_on,
            "start": d.start, "end": d.end, "percent": d.percent,
            "monthly_cap": d.monthly_cap_cents, "working_time_cap": d.working_time_cap,
            "payment_period_months": d.payment_period_months,
            "contribution_method": d.contribution_method,
            "contribution_coefficient": d.contribution_coefficient,
            "prorate_partial_months": d.prorate_partial_months,
            "eligible_items": d.eligible_items, "deadline_months_after": d.deadline_months_after,
            "conditions": record.conditions, "warnings": record.warnings}


def changed_fields(before: DecisionRecord, after: DecisionRecord) -> list[str]:
    old, new = _values(before), _values(after)
    return [name for name in _FIELDS if old[name] != new[name]]


def _cleaned(record: DecisionRecord) -> DecisionRecord:
    return replace(record, payer=" ".join(record.payer.split()),
                   decision_number=record.decision_number.strip(),
                   conditions=record.conditions.strip())


def _is_renewal(decision: Decision, previous: list[Decision]) -> bool:
    """Continues an earlier decision of the same person without a break."""
    day_before = decision.start - timedelta(days=1)
    return any(p.end == day_before for p in previous)


def _as_error(issue: Issue) -> ValidationError:
    return ValidationError(issue.code, code=issue.code, field=issue.field, **issue.params)


def _placed_anew(before: DecisionRecord | None, after: DecisionRecord) -> bool:
    """Whether a save puts the decision somewhere it was not: a new decision, or another
    person, kind or period. Only then is it checked against the others, so that a file that
    already holds two overlapping decisions can still have their numbers or PDFs corrected."""
    if before is None:
        return True
    old, new = before.decision, after.decision
    return (before.employee_id, old.kind, old.start, old.end) != (
        after.employee_id, new.kind, new.start, new.end)
