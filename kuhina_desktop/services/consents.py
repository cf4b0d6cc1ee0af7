"""Withdrawing a consent: the day it happens, and correcting one recorded ahead of time.

A withdrawal happens when the person says so; it cannot be dated ahead. A day after today is
refused (``withdrawn_in_future``), so a mistyped year cannot keep data going to the coach for
a year. A file written before that rule may still hold a withdrawal dated ahead: as long as that
day has not come, the withdrawal may be recorded again on an earlier day (today or before), and
the audit trail gets a second ``withdraw`` row. A withdrawal already in effect stays as it is
(``consent_already_withdrawn``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kuhina_desktop.domain.employees import Consent
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.services.employee_contracts import ConsentService, raise_readable
from kuhina_desktop.storage import contracts_repo
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile


class ConsentRecords(ConsentService):
    def __init__(self, data: DataFile, today: Callable[[], date] = date.today) -> None:
        super().__init__(data)
        self._today = today

    def add(self, consent: Consent) -> Consent:
        """A consent recorded as already withdrawn keeps the same rule as a withdrawal."""
        if consent.withdrawn_on is not None:
            self._refuse_ahead(consent.withdrawn_on)
        return super().add(consent)

    def _refuse_ahead(self, on_date: date) -> None:
        today = self._today()
        if on_date > today:
            raise_readable([ValidationError("withdrawal dated ahead", code="withdrawn_in_future",
                                            field="withdrawn_on", today=today)])

    def withdraw(self, consent_id: int, on_date: date) -> Consent:
        today = self._today()
        self._refuse_ahead(on_date)
        before = self.get(consent_id)
        pending = before.withdrawn_on is not None and before.withdrawn_on > today
        if not pending:
            return super().withdraw(consent_id, on_date)
        after = replace(before, withdrawn_on=on_date)  # earlier than the recorded day
        self._validate(after)
        with self._data.write() as db:
            contracts_repo.update_consent(db, after)
            record_change(db, "consents", consent_id, "withdraw", ["withdrawn_on"])
        return after
