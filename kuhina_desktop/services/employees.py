"""The employee register: people, their health data, the identity-code reveal and archiving.

Every change is one transaction with its audit row inside it. The audit row names the
changed fields, never their values, so neither the henkilötunnus nor health data reach it.

Health data (partial work ability and its details) is gated here, not only in the UI: the
file setting ``health_data_handlers`` lists the operating-system user names of the named
health-data handlers (DOMAIN.md, Privacy). Only they may read or change health data. While the
list is empty nobody sees health data and anyone may name the first handler; after that only a
handler may change the list. Each change of the list is audited. The name is the same one the
lock file and the audit trail record, so "who" means one thing everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from kuhina_desktop.domain.employee_records import EmployeeDetails, EmployeeListRow, HealthInfo
from kuhina_desktop.domain.employees import (
    HEALTH_RELATED_TARGET_GROUPS,
    NOTES_MAX,
    Employee,
    TargetGroup,
    validate_employee,
    without_health_data,
)
from kuhina_desktop.domain.errors import KuhinaError, ValidationError, ValidationErrors
from kuhina_desktop.services.employee_contracts import (
    ConsentService,
    ContractService,
    RecordNotFound,
    changed_fields,
    filled_fields,
    raise_readable,
    readable,
)
from kuhina_desktop.storage import association_repo, contracts_repo, employees_repo
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile, reading
from kuhina_desktop.storage.lockfile import os_user
from kuhina_desktop.storage.protection import cipher_of

HEALTH_HANDLERS_KEY = "health_data_handlers"


class HealthDataDenied(KuhinaError):
    """The current user is not a named health-data handler of this file."""

    code = "health_data_denied"


class EmployeeListReader:
    """The employee list read on a worker thread over a connection of its own: ten thousand
    people take a fifth of a second, which the window should not wait for. The list never
    decrypts anything, so a protected file's key is not needed."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def list_rows(self, today: date) -> list[EmployeeListRow]:
        with reading(self._path) as data:
            return employees_repo.list_rows(data, today)


class EmployeeService:
    def __init__(self, data: DataFile, user: Callable[[], str] = os_user) -> None:
        self._data = data
        self._user = user
        self.contracts = ContractService(data)
        self.consents = ConsentService(data)

    # ----- reading ----------------------------------------------------------------------------
    def list_rows(self, today: date | None = None) -> list[EmployeeListRow]:
        """Every employee, archived ones included, for the list view (one query)."""
        return employees_repo.list_rows(self._data, today or date.today())

    def list_reader(self) -> EmployeeListReader:
        return EmployeeListReader(self._data.path)

    def get(self, employee_id: int) -> EmployeeDetails:
        """The employee without the identity code and health data (see reveal_hetu)."""
        stored = self._stored(employee_id)
        return EmployeeDetails(employee=replace(without_health_data(stored), hetu=None),
                               masked_hetu=stored.masked_hetu, birth_date=stored.birth_date)

    def reveal_hetu(self, employee_id: int) -> str:
        """The full identity code; the audit trail records who asked for whose code and when."""
        stored = self._stored(employee_id)
        with self._data.write() as db:
            record_change(db, "employees", employee_id, "reveal_hetu", ["hetu"])
        return stored.hetu or ""

    # ----- writing ----------------------------------------------------------------------------
    def create(self, employee: Employee, health: HealthInfo | None = None,
               today: date | None = None) -> int:
        health = self._health_input(employee, health)
        clean = self._validated(replace(employee, id=None, archived_on=None), today)
        with self._data.write() as db:
            self._refuse_duplicate(clean)
            new_id = employees_repo.insert_employee(db, clean, cipher_of(self._data))
            record_change(db, "employees", new_id, "insert", filled_fields(clean))
            if health is not None:
                self._write_health(db, new_id, health)
        return new_id

    def update(self, employee: Employee, health: HealthInfo | None = None,
               today: date | None = None) -> list[str]:
        """Save the form's values; ``hetu=None`` keeps the stored code. Returns the changed
        field names (empty when nothing changed: then nothing is written)."""
        before = self._stored(employee.id)
        health = self._health_input(employee, health)
        merged = replace(employee, hetu=employee.hetu or before.hetu,
                         archived_on=before.archived_on)
        clean = self._validated(merged, today)
        changed = changed_fields(before, clean)
        health_changed = health is not None and health != self.health(before.id)
        if not changed and not health_changed:
            return []
        with self._data.write() as db:
            self._refuse_duplicate(clean)
            if changed:
                employees_repo.update_employee(db, clean, cipher_of(self._data))
                record_change(db, "employees", clean.id, "update", changed)
            if health_changed:
                self._write_health(db, clean.id, health)
        return changed + (["health"] if health_changed else [])

    def archive(self, employee_id: int, on_date: date) -> None:
        """File the person away once employment has ended; nothing is ever deleted."""
        stored = self._stored(employee_id)
        open_ = [s.contract for s in contracts_repo.contracts_of(self._data, employee_id)
                 if s.contract.end is None or s.contract.end > on_date]
        if open_:
            last = open_[-1]
            raise_readable([ValidationError(
                "contract in force", code="archive_contract_in_force", field="archived_on",
                job_title=last.job_title, start=last.start, end=last.end, day=on_date)])
        with self._data.write() as db:
            employees_repo.set_archived(db, stored.id, on_date)
            record_change(db, "employees", stored.id, "archive", ["archived_on"])

    def unarchive(self, employee_id: int) -> None:
        stored = self._stored(employee_id)
        with self._data.write() as db:
            employees_repo.set_archived(db, stored.id, None)
            record_change(db, "employees", stored.id, "unarchive", ["archived_on"])

    # ----- health data ------------------------------------------------------------------------
    def health_handlers(self) -> list[str]:
        return health_handlers(self._data)

    def can_see_health(self) -> bool:
        return is_health_handler(self._data, self._user())

    def current_user(self) -> str:
        return self._user()

    def set_health_handlers(self, names: Iterable[str]) -> list[str]:
        if self.health_handlers() and not self.can_see_health():
            raise HealthDataDenied("only a handler may change the handlers",
                                   code="health_handlers_denied", field="health_data_handlers")
        clean: list[str] = []
        for name in (n.strip() for n in names):
            if name and name.casefold() not in {c.casefold() for c in clean}:
                clean.append(name)
        with self._data.write() as db:
            association_repo.set_setting(db, HEALTH_HANDLERS_KEY, clean)
            record_change(db, "settings", None, "update", [HEALTH_HANDLERS_KEY])
        return clean

    def health(self, employee_id: int) -> HealthInfo:
        """Partial work ability and its details; only for a named health-data handler."""
        self._require_health_handler()
        return employees_repo.get_health(self._data, employee_id)

    # ----- helpers ----------------------------------------------------------------------------
    def _stored(self, employee_id: int | None) -> Employee:
        stored = employees_repo.get_employee(self._data, employee_id or 0)
        if stored is None:
            raise RecordNotFound(f"employee {employee_id}", table="employees")
        return stored

    def _require_health_handler(self) -> None:
        if not self.can_see_health():
            raise HealthDataDenied("not a health-data handler", field="partial_work_ability")

    def _health_input(self, employee: Employee, health: HealthInfo | None) -> HealthInfo | None:
        """The health data to write, or None to leave it alone. A partial-work-ability target
        group counts as health data, so it needs the handler role as well."""
        flagged = bool(employee.target_groups & HEALTH_RELATED_TARGET_GROUPS)
        if health is None and not flagged:
            return None
        self._require_health_handler()
        health = health or HealthInfo(partial_work_ability=True)
        if flagged and not health.partial_work_ability:
            health = replace(health, partial_work_ability=True)
        if len(health.details) > NOTES_MAX:
            raise_readable([ValidationError("too long", code="too_long", field="health_details",
                                            max=NOTES_MAX)])
        return replace(health, details=health.details.strip())

    def _validated(self, employee: Employee, today: date | None) -> Employee:
        groups = frozenset(employee.target_groups) - HEALTH_RELATED_TARGET_GROUPS
        employee = replace(employee, target_groups=groups)
        try:
            return validate_employee(employee, today=today or date.today())
        except ValidationErrors as exc:
            raise ValidationErrors([readable(e) for e in exc.errors]) from None

    def _refuse_duplicate(self, employee: Employee) -> None:
        # Checked inside the write transaction: BEGIN IMMEDIATE keeps others out meanwhile.
        other = employees_repo.id_with_hetu(self._data, employee.hetu or "")
        if other is not None and other != employee.id:
            name = self._stored(other).full_name
            raise ValidationErrors([ValidationError(
                "duplicate hetu", code="hetu_duplicate", field="hetu", other_name=name)])

    def _write_health(self, db, employee_id: int, health: HealthInfo) -> None:
        before = employees_repo.get_health(self._data, employee_id)
        employees_repo.save_health(db, employee_id, health, cipher_of(self._data))
        record_change(db, "employee_health", employee_id, "update",
                      changed_fields(before, health, skip=()))


def target_group_choices(include_health: bool) -> list[TargetGroup]:
    """Target groups a form may offer; partial work ability only to a health-data handler."""
    return [g for g in TargetGroup if include_health or g not in HEALTH_RELATED_TARGET_GROUPS]


def health_handlers(data: DataFile) -> list[str]:
    """The computer users named as health-data handlers of the file."""
    value = association_repo.get_setting(data, HEALTH_HANDLERS_KEY, [])
    return [str(name) for name in value] if isinstance(value, list) else []


def is_health_handler(data: DataFile, user: str) -> bool:
    """The one rule of who sees health data: the register, the access request alike."""
    me = user.casefold()  # Windows user names are case-insensitive
    return any(name.casefold() == me for name in health_handlers(data))
