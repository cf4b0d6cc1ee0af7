"""Small table models of one employee's contracts and consents (for the employee dialog)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from kuhina_desktop.domain.employee_records import StoredContract
from kuhina_desktop.domain.employees import Consent, consent_is_valid
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.errors import user_message
from kuhina_desktop.ui.models.employee_labels import CONSENT_SCOPES, PAY_UNITS, label

ID_ROLE = Qt.ItemDataRole.UserRole


class ContractColumn(IntEnum):
    START = 0
    END = 1
    TRIAL_END = 2
    JOB_TITLE = 3
    WORKING_TIME = 4
    PAY = 5
    PARTNER = 6
    NOTES = 7


class ConsentColumn(IntEnum):
    SCOPE = 0
    RECIPIENT = 1
    GIVEN = 2
    VALID_UNTIL = 3
    WITHDRAWN = 4
    STATUS = 5


class _RowsModel(QAbstractTableModel):
    """Rows of display strings plus an id per row; subclasses say how a record reads."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._display: list[tuple[str, ...]] = []

    def _set(self, ids: list[int], display: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._ids, self._display = ids, display
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._display)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display[index.row()][index.column()] or None
        if role == ID_ROLE:
            return self._ids[index.row()]
        return None


class ContractsModel(_RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Starts"), self.tr("Ends"), self.tr("Trial period ends"),
                        self.tr("Job title"), self.tr("Working time"), self.tr("Pay"),
                        self.tr("Partner"), self.tr("Remarks"))

    def set_rows(self, contracts: Sequence[StoredContract]) -> None:
        self._set([s.contract.id for s in contracts], [self._row(s) for s in contracts])

    def _row(self, stored: StoredContract) -> tuple[str, ...]:
        c = stored.contract
        hours = fmt.decimal(c.weekly_hours, 2).rstrip("0").rstrip(",")
        working = self.tr("%1 h a week (%2)").replace("%1", hours).replace(
            "%2", fmt.working_time(c.work_fraction))
        pay = f"{fmt.money(c.pay_cents, with_unit=False)} {label(PAY_UNITS, c.pay_basis)}"
        partner = ""
        if c.partner_name:
            partner = f"{c.partner_name} ({fmt.percent(c.partner_share, 0)})"
        end = fmt.day(c.end) if c.end else self.tr("open-ended")
        notes = " ".join(user_message(w) for w in stored.warnings)
        return (fmt.day(c.start), end, fmt.day(c.trial_end), c.job_title, working, pay,
                partner, notes)


class ConsentsModel(_RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("What may be shared"), self.tr("Shared with"),
                        self.tr("Given"), self.tr("Valid until"), self.tr("Withdrawn"),
                        self.tr("Status"))

    def set_rows(self, consents: Sequence[Consent], today: date | None = None) -> None:
        today = today or date.today()
        self._set([c.id for c in consents], [self._row(c, today) for c in consents])

    def _row(self, consent: Consent, today: date) -> tuple[str, ...]:
        return (label(CONSENT_SCOPES, consent.scope), consent.recipient,
                fmt.day(consent.given_on), fmt.day(consent.valid_until),
                fmt.day(consent.withdrawn_on), self._status(consent, today))

    def _status(self, consent: Consent, today: date) -> str:
        if consent_is_valid(consent, today):
            return self.tr("In force")
        if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
            return self.tr("Withdrawn")
        if consent.given_on > today:
            return self.tr("Not yet in force")
        return self.tr("Expired")
