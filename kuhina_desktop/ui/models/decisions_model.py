"""The decisions list as a table model, and a proxy that searches, filters by status and sorts."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kuhina_desktop.domain.funding import DecisionStatus
from kuhina_desktop.services.decisions import DecisionRow
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.decision_texts import kind_name, kind_short_name, status_name

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
ENDING_SOON_DAYS = 60  # the renewal must be filed before the period ends (DOMAIN.md)

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    EMPLOYEE = 0
    KIND = 1
    PAYER = 2
    NUMBER = 3
    PERIOD = 4
    PERCENT = 5
    CAP = 6
    PAYMENT_PERIOD = 7
    STATUS = 8


class DecisionsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DecisionRow] = []
        self._today = date.today()

    def set_rows(self, rows: list[DecisionRow], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def row_at(self, row: int) -> DecisionRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Employee"), self.tr("Kind"), self.tr("Payer"), self.tr("Number"),
                self.tr("Subsidy period"), self.tr("%"), self.tr("Cap / month"),
                self.tr("Paid in"), self.tr("Status")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.record.id
        if role == STATUS_ROLE:
            return str(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.PERCENT, Column.CAP):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            return self._status_brush(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _text(self, row: DecisionRow, column: Column) -> str:
        d = row.record.decision
        texts = {
            Column.EMPLOYEE: row.employee_sort_name,
            Column.KIND: kind_short_name(d.kind),
            Column.PAYER: row.record.payer,
            Column.NUMBER: row.record.decision_number,
            Column.PERIOD: f"{fmt.day(d.start)}–{fmt.day(d.end)}",
            Column.PERCENT: fmt.percent(d.percent / 100),
            Column.CAP: fmt.money(d.monthly_cap_cents),
            Column.PAYMENT_PERIOD: self.tr("%n mo", "", d.payment_period_months),
            Column.STATUS: self._status_text(row),
        }
        return texts[column]

    def _status_text(self, row: DecisionRow) -> str:
        left = (row.record.decision.end - self._today).days
        if row.status == DecisionStatus.CURRENT and left <= ENDING_SOON_DAYS:
            return self.tr("Ends in %n day(s)", "", left)
        return status_name(row.status)

    def _sort_key(self, row: DecisionRow, column: Column) -> object:
        d = row.record.decision
        keys = {Column.EMPLOYEE: row.employee_sort_name.casefold(),
                Column.PERIOD: d.start.isoformat(), Column.PERCENT: int(d.percent * 1000),
                Column.CAP: d.monthly_cap_cents, Column.PAYMENT_PERIOD: d.payment_period_months,
                Column.STATUS: ["current", "upcoming", "ended"].index(str(row.status))}
        return keys.get(column, self._text(row, column).casefold())

    def _status_brush(self, row: DecisionRow) -> QBrush | None:
        left = (row.record.decision.end - self._today).days
        if row.status == DecisionStatus.CURRENT and left <= ENDING_SOON_DAYS:
            return QBrush(QColor("#a15c00"))
        if row.status == DecisionStatus.ENDED:
            return QBrush(QColor("#666666"))
        return None

    def _tooltip(self, row: DecisionRow) -> str | None:
        parts = [kind_name(row.record.decision.kind), row.record.payer,
                 row.record.decision_number]
        if row.attachment_name:
            parts.append(self.tr("PDF: %1").replace("%1", row.attachment_name))
        if row.record.warnings:
            parts.append(self.tr("Saved despite %n warning(s)", "", len(row.record.warnings)))
        return "\n".join(p for p in parts if p)


class DecisionsFilter(QSortFilterProxyModel):
    """Search in every column, optionally only one status."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, parent: _Index) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        if self._status and model.index(source_row, 0, parent).data(STATUS_ROLE) != self._status:
            return False
        haystack = " ".join(str(model.index(source_row, c, parent).data() or "")
                            for c in range(model.columnCount())).casefold()
        return all(word in haystack for word in self._words)
