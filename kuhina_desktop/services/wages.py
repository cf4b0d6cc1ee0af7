"""Wage months: the month grid, single months, logged corrections of locked months, imports.

A month whose payment application has been sent is locked: its figures are what was applied
for. Changing it takes an explicit correction with a reason, logged against every sent
application that includes the month. Every save is one transaction with its audit rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from kuhina_desktop.domain.applications import Correction
from kuhina_desktop.domain.employees import Contract
from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.rates import RateTables
from kuhina_desktop.domain.wage_import import RawTable, read_table
from kuhina_desktop.domain.wage_import_rows import ImportEmployee, ImportPreview, build_preview
from kuhina_desktop.domain.wages import (
    FlagKind,
    WageFlag,
    WageRecord,
    changed_fields,
    check_wage_record,
    month_flags,
    normalise_month,
    wage_flags,
)
from kuhina_desktop.services.rates import RatesService
from kuhina_desktop.storage import applications_repo, decisions_repo, wages_repo
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile, reading

REASON_MAX = 1000
PRESET_NAME_MAX = 60


@dataclass(frozen=True)
class GridRow:
    """One employee's line in the month grid."""

    employee: ImportEmployee
    record: WageRecord | None
    locked_by: tuple[int, ...]  # sent applications that include the month
    flag: FlagKind | None  # outside every decision, or missing inside one


@dataclass(frozen=True)
class ImportContext:
    """What checking an import needs from the file, read once on the GUI thread so that the
    rows can be checked in the background without a database connection."""

    employees: tuple[ImportEmployee, ...]
    existing: frozenset[tuple[int, date]]
    locked: frozenset[tuple[int, date]]
    tables: RateTables


@dataclass(frozen=True)
class FlagSummary:
    """The file's wage-month flags in short: how many of each kind, and the first few (by
    employee id and month, as ``WagesService.flags`` orders them) with the employee's name."""

    missing: int
    outside: int
    first: tuple[tuple[FlagKind, int, str, date], ...]  # (kind, employee id, name, month)
    first_missing: tuple[tuple[int, str, date], ...]  # (employee id, name, month)

    @property
    def total(self) -> int:
        return self.missing + self.outside


def flag_summary(data: DataFile, today: date, limit: int = 20) -> FlagSummary:
    """Counted in SQL with at most ``limit`` flags of each kind read: the whole list of a big
    file is hundreds of thousands of flags nobody reads in a tooltip."""
    missing, first_missing = wages_repo.flag_listing(data, "missing", today, limit)
    outside, first_outside = wages_repo.flag_listing(data, "outside_decision", today, limit)
    # wage_flags() lists an employee's months outside every decision before the missing ones.
    merged = sorted([(FlagKind.OUTSIDE_DECISION, *f) for f in first_outside]
                    + [(FlagKind.MISSING, *f) for f in first_missing],
                    key=lambda f: (f[1], f[0] != FlagKind.OUTSIDE_DECISION, f[3]))
    return FlagSummary(missing, outside, tuple(merged[:limit]), tuple(first_missing))


def read_grid(data: DataFile, month: date, today: date,
              employee_ids: Sequence[int] | None = None) -> list[GridRow]:
    """The month's rows; only those of ``employee_ids`` when given (after a save)."""
    people = wages_repo.employees_for_month(data, month)
    if employee_ids is None:
        records = {r.employee_id: r for r in wages_repo.months_in(data, month)}
    else:
        wanted = set(employee_ids)
        people = [e for e in people if e.id in wanted]
        records = {e.id: r for e in people
                   if (r := wages_repo.get_month(data, e.id, month)) is not None}
    locks = wages_repo.locks_in(data, month)
    # An employee's flag depends on their own figures only, so those of the rows left
    # out do not matter here.
    flags = read_month_flags(data, month, today, list(records))
    return [GridRow(e, records.get(e.id), tuple(locks.get(e.id, ())), flags.get(e.id))
            for e in people]


def read_month_flags(data: DataFile, month: date, today: date,
                     entered: Sequence[int] | None = None) -> dict[int, FlagKind]:
    """Employee id → the flag of the month: what ``WagesService.flags`` says about it.

    A month's flags depend only on its own entries and the decisions overlapping it:
    reading ten years of months and applications for one month took 100 MB at 10,000.
    ``entered`` (the ids with figures for the month) saves a read when known.
    """
    if entered is None:
        entered = [r.employee_id for r in wages_repo.months_in(data, month)]
    periods = wages_repo.decision_periods_in(data, month)
    return month_flags(month, entered, periods, today)


class MonthReader:
    """The month grid and the flag summary, read on a worker thread over a connection of
    its own: a busy month of a big file takes a tenth of a second to read, which the
    window should not wait for."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def grid(self, month: date, today: date) -> list[GridRow]:
        with reading(self._path) as data:
            return read_grid(data, normalise_month(month), today)

    def summary(self, today: date, limit: int = 20) -> FlagSummary:
        with reading(self._path) as data:
            return flag_summary(data, today, limit)


class WagesService:
    def __init__(self, data: DataFile, rates: RatesService,
                 backup_before: Callable[[str], object] | None = None) -> None:
        self._data = data
        self._rates = rates
        # A backup is taken before every import (ARCHITECTURE.md); the backup service passes
        # its backup_before here when it is wired in.
        self._backup_before = backup_before

    @property
    def tables(self) -> RateTables:
        return self._rates.tables()

    # ----- reading --------------------------------------------------------------------------
    def month(self, employee_id: int, month: date) -> WageRecord | None:
        return wages_repo.get_month(self._data, employee_id, normalise_month(month))

    def months_of_employee(self, employee_id: int) -> list[WageRecord]:
        return wages_repo.months_of_employee(self._data, employee_id)

    def locks(self) -> dict[tuple[int, date], list[int]]:
        return applications_repo.locking_applications(self._data)

    def flags(self, today: date | None = None) -> list[WageFlag]:
        periods: dict[int, list[tuple[date, date]]] = {}
        for record in decisions_repo.all_decisions(self._data):
            periods.setdefault(record.employee_id, []).append(
                (record.decision.start, record.decision.end))
        return wage_flags(wages_repo.entered_months(self._data), periods,
                          today or date.today())

    def flag_summary(self, today: date | None = None, limit: int = 20) -> FlagSummary:
        return flag_summary(self._data, today or date.today(), limit)

    def reader(self) -> MonthReader:
        return MonthReader(self._data.path)

    def month_flags(self, month: date, today: date | None = None,
                    entered: Sequence[int] | None = None) -> dict[int, FlagKind]:
        return read_month_flags(self._data, normalise_month(month), today or date.today(),
                                entered)

    def grid(self, month: date, today: date | None = None,
             employee_ids: Sequence[int] | None = None) -> list[GridRow]:
        """The month's rows; only those of ``employee_ids`` when given (after a save)."""
        return read_grid(self._data, normalise_month(month), today or date.today(),
                         employee_ids)

    def employee_names(self) -> dict[int, str]:
        return wages_repo.employee_names(self._data)

    def contracts_of(self, employee_id: int) -> list[Contract]:
        return wages_repo.contracts_of(self._data, employee_id)

    # ----- saving ---------------------------------------------------------------------------
    def save_month(self, record: WageRecord) -> WageRecord:
        self.save_grid([record])
        saved = self.month(record.employee_id, record.month)
        assert saved is not None
        return saved

    def save_grid(self, records: Sequence[WageRecord]) -> int:
        """Save every changed month in one transaction; returns how many were written.

        Errors carry ``row`` = the 1-based position in ``records`` and the item's field name.
        A changed month that is locked is refused as a whole (use ``correct_month``).
        """
        records = [replace(r, month=normalise_month(r.month)) for r in records]
        changes = self._changes(records)
        if not changes:
            return 0  # nothing to write: the file (and its change counter) stay as they are
        with self._data.write() as db:
            for before, record in changes:
                row_id = wages_repo.save_month(db, record)
                record_change(db, "wage_months", row_id, "insert" if before is None else "update",
                              changed_fields(before, record))
        return len(changes)

    def _changes(self, records: Sequence[WageRecord]) -> list[tuple[WageRecord | None, WageRecord]]:
        # Only the records' own employees and months are looked up: the whole file's locks
        # took a second to expand at 10,000 employees.
        known = wages_repo.existing_employees(self._data, [r.employee_id for r in records])
        locks = {(employee_id, month): apps
                 for month in {r.month for r in records}
                 for employee_id, apps in wages_repo.locks_in(self._data, month).items()}
        errors: list[ValidationError] = []
        changes = []
        for row, record in enumerate(records, start=1):
            before = wages_repo.get_month(self._data, record.employee_id, record.month)
            if before is not None and before.same_figures(record):
                continue
            errors.extend(self._record_errors(record, row, known, locks))
            changes.append((before, record))
        if errors:
            raise ValidationErrors(errors)
        return changes

    def _record_errors(self, record: WageRecord, row: int, known: set[int],
                       locks: Mapping[tuple[int, date], list[int]]) -> list[ValidationError]:
        if record.employee_id not in known:
            return [ValidationError("employee", code="wage_employee_unknown", field="wage_employee",
                                    row=row)]
        if (record.employee_id, record.month) in locks:
            return [ValidationError("locked", code="wage_month_locked", field="wage_month", row=row,
                                    month=f"{record.month.month}/{record.month.year}")]
        try:
            check_wage_record(record, self.tables)
        except ValidationErrors as exc:
            for error in exc.errors:
                error.row = row
            return list(exc.errors)
        return []

    def correct_month(self, record: WageRecord, reason: str) -> WageRecord:
        """Change a locked month; the before and after figures are logged with the reason
        against every sent application that includes the month."""
        record = replace(record, month=normalise_month(record.month), source="correction")
        reason = reason.strip()
        if not reason:
            raise ValidationError("reason", code="correction_reason_required", field="correction_reason")
        if len(reason) > REASON_MAX:
            raise ValidationError("reason", code="correction_reason_too_long", field="correction_reason",
                                  max=REASON_MAX)
        apps = wages_repo.locks_in(self._data, record.month).get(record.employee_id, [])
        if not apps:
            raise ValidationError("not locked", code="correction_not_locked", field="wage_month")
        check_wage_record(record, self.tables)
        before = self.month(record.employee_id, record.month)
        made_at = datetime.now().isoformat(timespec="seconds")
        with self._data.write() as db:
            row_id = wages_repo.save_month(db, record)
            record_change(db, "wage_months", row_id, "correct", changed_fields(before, record))
            for app_id in apps:
                correction_id = applications_repo.add_correction(db, Correction(
                    application_id=app_id, made_at=made_at, reason=reason,
                    before=_logged(before, record), after=_logged(record, record)))
                record_change(db, "application_corrections", correction_id, "insert",
                              ["reason", "before_json", "after_json"])
        saved = self.month(record.employee_id, record.month)
        assert saved is not None
        return saved

    # ----- import ---------------------------------------------------------------------------
    @staticmethod
    def read_file(data: bytes) -> RawTable:
        return read_table(data)

    def import_context(self) -> ImportContext:
        entered = wages_repo.entered_months(self._data)
        return ImportContext(
            employees=tuple(wages_repo.employees_for_import(self._data)),
            existing=frozenset((e, m) for e, months in entered.items() for m in months),
            locked=frozenset(self.locks()), tables=self.tables)

    @staticmethod
    def preview(table: RawTable, mapping: Mapping[str, int],
                context: ImportContext) -> ImportPreview:
        return build_preview(table, mapping, context.employees, context.tables,
                             existing=context.existing, locked=context.locked)

    def import_preview(self, preview: ImportPreview) -> int:
        """Save every row of a clean preview in one transaction; all rows or none."""
        if not preview.clean:
            raise ValidationError("not clean", code="import_not_clean", field="import_file",
                                  rejected=preview.rejected_rows)
        fresh = self.preview(preview.table, preview.mapping, self.import_context())
        if not fresh.clean:  # the file changed under the preview (another save, a lock)
            raise ValidationError("not clean", code="import_not_clean", field="import_file",
                                  rejected=fresh.rejected_rows)
        if self._backup_before is not None:
            self._backup_before("wage_import")
        with self._data.write() as db:
            for row in fresh.rows:
                row_id = wages_repo.save_month(db, row.record)
                record_change(db, "wage_months", row_id, "import",
                              changed_fields(None, row.record))
        return len(fresh.rows)

    def presets(self) -> dict[str, dict[str, str]]:
        return wages_repo.presets(self._data)

    def save_preset(self, name: str, preset: Mapping[str, str]) -> None:
        name = " ".join(name.split())
        if not name:
            raise ValidationError("name", code="preset_name_required", field="preset_name")
        if len(name) > PRESET_NAME_MAX:
            raise ValidationError("name", code="preset_name_too_long", field="preset_name",
                                  max=PRESET_NAME_MAX)
        with self._data.write() as db:
            wages_repo.save_preset(db, name, dict(preset))
            record_change(db, "import_presets", None, "save", ["name", "mapping"])

    def delete_preset(self, name: str) -> None:
        with self._data.write() as db:
            wages_repo.delete_preset(db, name)
            record_change(db, "import_presets", None, "delete", ["name"])


def _logged(record: WageRecord | None, about: WageRecord) -> dict[str, object]:
    """A correction's before/after side: the month and its figures (no personal identifiers)."""
    return {"employee_id": about.employee_id, "month": wages_repo.month_key(about.month),
            "figures": record.figures() if record is not None else None}
