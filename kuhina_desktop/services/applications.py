"""Payment applications: every decision's periods with status and money, and the steps
prepare → send (locks the figures) → payments (several allowed) or rejection.

The period list is computed, not stored: a row in ``applications`` appears when a period is
prepared, and from sending on its snapshot is what was applied for.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kuhina_desktop.domain.applications import (
    Application,
    Breakdown,
    Correction,
    ListScope,
    Payment,
    build_breakdown,
    find_period,
    period_months,
)
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.funding import DecisionRecord
from kuhina_desktop.domain.rates import RateTables
from kuhina_desktop.domain.wages import (
    SENT_STATES,
    OwedRow,
    PeriodState,
    stored_status_after_payment,
)
from kuhina_desktop.services import application_list
from kuhina_desktop.services.application_list import (  # noqa: F401 - employment_for is shared
    YearRange,
    computed_amounts,
    employment_for,
)
from kuhina_desktop.services.rates import RatesService
from kuhina_desktop.storage import applications_repo, decisions_repo, wages_repo
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile, reading

NOTE_MAX = 2000
OPEN_FOR_PAYMENT = frozenset({"sent", "partly_paid"})


class PeriodReader:
    """The list and the overview, read on a worker thread over a connection of its own."""

    def __init__(self, path: Path, tables: RateTables) -> None:
        self._path = path
        self._tables = tables  # read once on the GUI thread; every decision needs them

    def periods(self, today: date, scope: ListScope) -> list[PeriodState]:
        with reading(self._path) as data:
            return application_list.list_periods(data, self._tables, today, scope)

    def owed(self, today: date) -> tuple[list[OwedRow], OwedRow]:
        with reading(self._path) as data:
            return application_list.owed(data, self._tables, today)


class ApplicationsService:
    def __init__(self, data: DataFile, rates: RatesService) -> None:
        self._data = data
        self._rates = rates
        # Computed period amounts per decision, valid until the file changes (the due list
        # asks for many periods in a row).
        self._amounts: dict[int, tuple[dict[date, int], dict[date, str]]] = {}
        self._amounts_as_of = -1

    def amount_of_period(self, decision_id: int, start: date, end: date) -> int | None:
        """The computed support of an unsent period (for the due list); None until every
        month of it has wage figures."""
        if self._amounts_as_of != self._data.changes_since_open:
            self._amounts, self._amounts_as_of = {}, self._data.changes_since_open
        if decision_id not in self._amounts:
            record = decisions_repo.get_decision(self._data, decision_id)
            self._amounts[decision_id] = computed_amounts(
                record, wages_repo.contracts_of(self._data, record.employee_id),
                wages_repo.months_of_employee(self._data, record.employee_id),
                self._rates.tables()) if record else ({}, {})
        amounts, problems = self._amounts[decision_id]
        return None if start in problems else amounts.get(start)

    # ----- the list -------------------------------------------------------------------------
    def periods(self, today: date | None = None,
                scope: ListScope | None = None) -> list[PeriodState]:
        """The payment periods ``scope`` shows (default: every period of every decision), by
        deadline. See application_list for what is read and computed."""
        return application_list.list_periods(self._data, self._rates.tables(),
                                             today or date.today(), scope or ListScope())

    def periods_of_employee(self, employee_id: int,
                            today: date | None = None) -> list[PeriodState]:
        """Every payment period of one employee's decisions, by deadline."""
        ids = {d.id for d in decisions_repo.decisions_of_employee(self._data, employee_id)}
        return application_list.periods_of_decisions(self._data, self._rates.tables(),
                                                     today or date.today(), ids)

    def period(self, decision_id: int, period_end: date,
               today: date | None = None) -> PeriodState | None:
        """One period as the list shows it, without reading the list."""
        states = application_list.periods_of_decision(self._data, self._rates.tables(),
                                                      today or date.today(), decision_id)
        return next((s for s in states if s.period_end == period_end), None)

    def decisions(self) -> list[DecisionRecord]:
        return decisions_repo.all_decisions(self._data)

    def owed(self, today: date | None = None) -> tuple[list[OwedRow], OwedRow]:
        return application_list.owed(self._data, self._rates.tables(), today or date.today())

    def year_range(self, today: date | None = None) -> YearRange:
        return application_list.year_range(self._data, today or date.today())

    def reader(self) -> PeriodReader:
        """A reader for a worker thread: its own connection, the rate tables read now."""
        return PeriodReader(self._data.path, self._rates.tables())

    # ----- one period -----------------------------------------------------------------------
    def breakdown(self, decision_id: int, period_start: date) -> Breakdown:
        """The form's monthly table from the current wage months (nothing is saved)."""
        record = self._decision(decision_id)
        period = find_period(record, period_start)
        employment = employment_for(wages_repo.contracts_of(self._data, record.employee_id),
                                    record)
        wages = wages_repo.months_of_employee(self._data, record.employee_id, *_month_range(period))
        first = not applications_repo.has_sent_application(self._data, decision_id, period[0])
        name = wages_repo.employee_names(self._data).get(record.employee_id, "")
        return build_breakdown(record, name, employment, wages, period, self._rates.tables(),
                               first_application=first)

    def application(self, application_id: int) -> Application:
        app = applications_repo.get_application(self._data, application_id)
        if app is None:
            raise ValidationError("no application", code="app_unknown", field="payment_application")
        return app

    def find(self, decision_id: int, period_start: date) -> Application | None:
        return applications_repo.find_application(self._data, decision_id, period_start)

    def payments(self, application_id: int) -> list[Payment]:
        return applications_repo.payments_of(self._data, application_id)

    def corrections(self, application_id: int) -> list[Correction]:
        return applications_repo.corrections_of(self._data, application_id)

    # ----- steps ----------------------------------------------------------------------------
    def prepare(self, decision_id: int, period_start: date) -> Application:
        """Save the period's breakdown as a draft (refreshing an earlier draft)."""
        existing = self.find(decision_id, period_start)
        if existing is not None and existing.status in SENT_STATES:
            raise ValidationError("sent", code="app_already_sent", field="payment_application")
        breakdown = self.breakdown(decision_id, period_start)
        draft = Application(decision_id=decision_id, period_start=breakdown.period_start,
                            period_end=breakdown.period_end, amount=breakdown.total_support,
                            snapshot=breakdown.to_json())
        with self._data.write() as db:
            app_id = applications_repo.save_draft(db, draft)
            record_change(db, "applications", app_id, "prepare", ["amount_cents", "snapshot"])
        return self.application(app_id)

    def mark_sent(self, decision_id: int, period_start: date, sent_on: date,
                  today: date | None = None) -> Application:
        """Freeze the current breakdown as what was applied for; its months become locked."""
        today = today or date.today()
        existing = self.find(decision_id, period_start)
        if existing is not None and existing.status in SENT_STATES:
            raise ValidationError("sent", code="app_already_sent", field="payment_application")
        breakdown = self.breakdown(decision_id, period_start)
        if sent_on > today:
            raise ValidationError("future", code="app_date_in_future", field="sent_on")
        if sent_on <= breakdown.period_end:
            raise ValidationError("early", code="app_sent_before_period_end", field="sent_on",
                                  period_end=breakdown.period_end)
        draft = Application(decision_id=decision_id, period_start=breakdown.period_start,
                            period_end=breakdown.period_end, amount=breakdown.total_support,
                            snapshot=breakdown.to_json())
        with self._data.write() as db:
            app_id = applications_repo.save_draft(db, draft)
            applications_repo.set_status(db, app_id, "sent", sent_on=sent_on)
            record_change(db, "applications", app_id, "send",
                          ["status", "sent_on", "amount_cents", "snapshot"])
        return self.application(app_id)

    def record_payment(self, application_id: int, paid_on: date, amount: int, *,
                       final: bool = False, today: date | None = None) -> Application:
        """One payment received; ``final`` closes the application even when less was paid."""
        app = self.application(application_id)
        self._check_payment(app, paid_on, amount, today or date.today())
        new_total = sum(p.amount for p in self.payments(application_id)) + amount
        status = stored_status_after_payment(app.amount, new_total, final)
        with self._data.write() as db:
            payment_id = applications_repo.add_payment(db, Payment(application_id, paid_on, amount))
            applications_repo.set_status(db, application_id, status)
            record_change(db, "application_payments", payment_id, "insert",
                          ["paid_on", "amount_cents"])
            record_change(db, "applications", application_id, "payment", ["status"])
        return self.application(application_id)

    def _check_payment(self, app: Application, paid_on: date, amount: int, today: date) -> None:
        if app.status not in OPEN_FOR_PAYMENT:
            code = "app_not_sent" if app.status == "draft" else "app_closed"
            raise ValidationError(code, code=code, field="payment_application")
        if amount <= 0:
            raise ValidationError("amount", code="app_payment_amount", field="payment_amount")
        if paid_on > today:
            raise ValidationError("future", code="app_date_in_future", field="paid_on")
        if app.sent_on and paid_on < app.sent_on:
            raise ValidationError("before sent", code="app_paid_before_sent", field="paid_on",
                                  sent_on=app.sent_on)
        remaining = app.amount - sum(p.amount for p in self.payments(app.id or 0))
        if amount > remaining:
            raise ValidationError("too much", code="app_payment_exceeds", field="payment_amount",
                                  remaining_cents=remaining)

    def reject(self, application_id: int, note: str) -> Application:
        app = self.application(application_id)
        if app.status not in OPEN_FOR_PAYMENT:
            code = "app_not_sent" if app.status == "draft" else "app_closed"
            raise ValidationError(code, code=code, field="payment_application")
        note = note.strip()
        if not note:
            raise ValidationError("note", code="app_reject_note_required", field="rejection_note")
        if len(note) > NOTE_MAX:
            raise ValidationError("note", code="app_note_too_long", field="rejection_note", max=NOTE_MAX)
        with self._data.write() as db:
            applications_repo.set_status(db, application_id, "rejected", notes=note)
            record_change(db, "applications", application_id, "reject", ["status", "notes"])
        return self.application(application_id)

    def _decision(self, decision_id: int) -> DecisionRecord:
        record = decisions_repo.get_decision(self._data, decision_id)
        if record is None:
            raise ValidationError("no decision", code="app_decision_unknown", field="support_decision")
        return record


def _month_range(period: tuple[date, date]) -> tuple[date, date]:
    months = period_months(*period)
    return months[0], months[-1]
