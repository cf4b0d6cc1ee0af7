"""Employment contracts and consents of an employee: each change one audited transaction.

Reached through ``services.employees.contracts`` and ``services.employees.consents``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import fields, replace
from datetime import date
from decimal import Decimal

from kuhina_desktop.domain.dates import format_fi_date
from kuhina_desktop.domain.employee_records import StoredContract
from kuhina_desktop.domain.employees import (
    TEXT_MAX,
    Consent,
    ConsentScope,
    Contract,
    scopes_in_force,
    validate_consent,
    validate_contract,
)
from kuhina_desktop.domain.errors import KuhinaError, ValidationError, ValidationErrors
from kuhina_desktop.storage import contracts_repo, employees_repo
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile


class RecordNotFound(KuhinaError):
    """The record was removed or never existed (another window, an old link)."""

    code = "record_not_found"


# --- shared helpers ---------------------------------------------------------------------------


def _readable_value(value: object) -> object:
    if isinstance(value, date):
        return format_fi_date(value)
    if isinstance(value, Decimal):
        return f"{value.normalize():f}".replace(".", ",")
    return "" if value is None else value


def readable(error: ValidationError) -> ValidationError:
    """A copy whose parameters read well in a sentence: 31.7.2026, 37,5, and "" for an
    open end (``1.1.2026–`` is how Finnish writes "from 1.1.2026 on")."""
    params = {key: _readable_value(value) for key, value in error.params.items()}
    return ValidationError(error.message, code=error.code, field=error.field, row=error.row,
                           **params)


def raise_readable(errors: Iterable[ValidationError]) -> None:
    errors = [readable(e) for e in errors]
    if errors:
        raise ValidationErrors(errors)


def changed_fields(before: object, after: object, skip: Iterable[str] = ("id",)) -> list[str]:
    """Names of the dataclass fields whose values differ (names only, never values)."""
    skipped = set(skip)
    return [f.name for f in fields(after) if f.name not in skipped
            and getattr(before, f.name) != getattr(after, f.name)]


def filled_fields(record: object, skip: Iterable[str] = ("id",)) -> list[str]:
    """Names of the fields an insert actually sets (empty and absent values left out)."""
    skipped = set(skip)
    return [f.name for f in fields(record) if f.name not in skipped
            and getattr(record, f.name) not in (None, "", (), frozenset())]


def _error(code: str, field: str, **params: object) -> ValidationError:
    return ValidationError(code, code=code, field=field, **params)


# --- contracts --------------------------------------------------------------------------------


class ContractService:
    def __init__(self, data: DataFile) -> None:
        self._data = data

    def of(self, employee_id: int) -> list[StoredContract]:
        return contracts_repo.contracts_of(self._data, employee_id)

    def get(self, contract_id: int) -> StoredContract:
        stored = contracts_repo.get_contract(self._data, contract_id)
        if stored is None:
            raise RecordNotFound(f"contract {contract_id}", table="contracts")
        return stored

    def add(self, contract: Contract) -> StoredContract:
        """Validate against the employee's other contracts, then insert; warnings are kept."""
        clean, warnings = self._checked(replace(contract, id=None))
        with self._data.write() as db:
            new_id = contracts_repo.insert_contract(db, clean, warnings)
            record_change(db, "contracts", new_id, "insert", filled_fields(clean))
        return StoredContract(contract=replace(clean, id=new_id), warnings=warnings)

    def update(self, contract: Contract) -> StoredContract:
        before = self.get(contract.id).contract
        clean, warnings = self._checked(replace(contract, employee_id=before.employee_id))
        changed = changed_fields(before, clean)
        with self._data.write() as db:
            contracts_repo.update_contract(db, clean, warnings)
            record_change(db, "contracts", clean.id, "update", changed)
        return StoredContract(contract=clean, warnings=warnings)

    def end(self, contract_id: int, end: date) -> StoredContract:
        """Set the last day of a contract (termination, or a fixed term cut short)."""
        return self.update(replace(self.get(contract_id).contract, end=end))

    def _checked(self, contract: Contract) -> tuple[Contract, tuple[ValidationError, ...]]:
        employee = employees_repo.get_employee(self._data, contract.employee_id or 0)
        if employee is None:
            raise RecordNotFound(f"employee {contract.employee_id}", table="employees")
        clean = replace(contract, job_title=contract.job_title.strip(),
                        collective_agreement=contract.collective_agreement.strip(),
                        workplace=contract.workplace.strip(),
                        partner_name=contract.partner_name.strip(),
                        tailored_tasks=contract.tailored_tasks.strip())
        others = [s.contract for s in self.of(employee.id)]
        errors, warnings = validate_contract(clean, others)
        extra = [_error("too_long", name, max=TEXT_MAX) for name in
                 ("job_title", "collective_agreement", "workplace", "partner_name")
                 if len(getattr(clean, name)) > TEXT_MAX]
        extra += self._decision_conflicts(clean)
        archived_on = employee.archived_on
        if archived_on is not None and (clean.end is None or clean.end > archived_on):
            # An archived person's old contracts may be corrected, but not run past the archive.
            extra.append(_error("employee_archived", "end", archived_on=archived_on))
        raise_readable([*errors, *extra])
        return clean, tuple(readable(w) for w in warnings)


    def _decision_conflicts(self, contract: Contract) -> list[ValidationError]:
        """The support decisions' contract rules, checked when the contract changes as when a
        decision is saved: a contract added or edited after its decision must not make the
        decision break them (employment before the decision date, too few weekly hours)."""
        from kuhina_desktop.services.decisions import contract_conflicts
        from kuhina_desktop.services.rates import RatesService

        stored = [s.contract for s in self.of(contract.employee_id or 0)]
        after = [c for c in stored if c.id != contract.id] + [contract]
        found = contract_conflicts(self._data, RatesService(self._data).tables(),
                                   contract.employee_id or 0, _engine_view(stored),
                                   _engine_view(after))
        return [_conflict_error(record, issue) for record, issue in found]


def _engine_view(contracts: list[Contract]) -> list:
    """Contracts as the support engine reads them, in the order decisions choose by."""
    from kuhina_desktop.domain.subsidy import Employment

    ordered = sorted(contracts, key=lambda c: (c.start, c.id is None, c.id or 0))
    return [Employment(c.weekly_hours, c.full_time_weekly_hours, c.start, c.end)
            for c in ordered]


# The engine's contract findings as errors of the contract form: its own field, and a text that
# names the decision that sets the rule.
_CONFLICT_CODES = {"employment_starts_before_decision": "contract_starts_before_decision",
                   "weekly_hours_below_minimum": "contract_hours_below_decision_minimum"}


def _conflict_error(record, issue) -> ValidationError:
    d = record.decision
    name = ", ".join(part for part in (record.decision_number, record.payer) if part)
    code = _CONFLICT_CODES.get(issue.code, "contract_conflicts_decision")
    field = (issue.field or "").removeprefix("employment.")
    return ValidationError(code, code=code, field=field, decision=name, decision_start=d.start,
                           decision_end=d.end, **dict(issue.params))


# --- consents ---------------------------------------------------------------------------------


class ConsentService:
    """Consents, and their withdrawal on the day the person says so.

    A withdrawal cannot be dated ahead (``withdrawn_in_future``): a mistyped year would keep
    data going to the coach for a year. A file written before that rule may still hold a
    withdrawal dated ahead; while that day has not come, it may be recorded again on an
    earlier day, with a second ``withdraw`` row in the audit trail. A withdrawal already in
    effect stays as it is (``consent_already_withdrawn``).
    """

    def __init__(self, data: DataFile, today: Callable[[], date] = date.today) -> None:
        self._data = data
        self._today = today

    def of(self, employee_id: int) -> list[Consent]:
        return contracts_repo.consents_of(self._data, employee_id)

    def get(self, consent_id: int) -> Consent:
        consent = contracts_repo.get_consent(self._data, consent_id)
        if consent is None:
            raise RecordNotFound(f"consent {consent_id}", table="consents")
        return consent

    def scopes_in_force(self, employee_id: int, on_date: date) -> frozenset[ConsentScope]:
        """What may be shared with the job coach on the day: the coach export reads only this."""
        return scopes_in_force(self.of(employee_id), on_date, employee_id)

    def add(self, consent: Consent) -> Consent:
        if consent.withdrawn_on is not None:  # recorded as already withdrawn: the same rule
            self._refuse_ahead(consent.withdrawn_on)
        clean = replace(consent, id=None, recipient=consent.recipient.strip())
        self._validate(clean)
        with self._data.write() as db:
            new_id = contracts_repo.insert_consent(db, clean)
            record_change(db, "consents", new_id, "insert", filled_fields(clean))
        return replace(clean, id=new_id)

    def withdraw(self, consent_id: int, on_date: date) -> Consent:
        """Record the withdrawal; from that day on nothing under the consent may be shared."""
        self._refuse_ahead(on_date)
        before = self.get(consent_id)
        pending = before.withdrawn_on is not None and before.withdrawn_on > self._today()
        if before.withdrawn_on is not None and not pending:
            raise_readable([_error("consent_already_withdrawn", "withdrawn_on",
                                   withdrawn_on=before.withdrawn_on)])
        after = replace(before, withdrawn_on=on_date)  # a pending one: brought forward
        self._validate(after)
        with self._data.write() as db:
            contracts_repo.update_consent(db, after)
            record_change(db, "consents", consent_id, "withdraw", ["withdrawn_on"])
        return after

    def _refuse_ahead(self, on_date: date) -> None:
        today = self._today()
        if on_date > today:
            raise_readable([ValidationError("withdrawal dated ahead", code="withdrawn_in_future",
                                            field="withdrawn_on", today=today)])

    def _validate(self, consent: Consent) -> None:
        if employees_repo.get_employee(self._data, consent.employee_id or 0) is None:
            raise RecordNotFound(f"employee {consent.employee_id}", table="employees")
        errors: list[ValidationError] = []
        try:
            validate_consent(consent)
        except ValidationErrors as exc:
            errors.extend(exc.errors)
        if not consent.recipient:
            errors.append(_error("required", "recipient"))
        elif len(consent.recipient) > TEXT_MAX:
            errors.append(_error("too_long", "recipient", max=TEXT_MAX))
        raise_readable(errors)
