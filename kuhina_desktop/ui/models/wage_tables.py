"""Read-only lists of the wage pages: applications, money owed, import rows and problems."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kuhina_desktop.domain.date_math import last_day_of_month
from kuhina_desktop.domain.deadlines import REMINDER_RULES, DueKind
from kuhina_desktop.domain.wage_import_rows import RowProblem
from kuhina_desktop.domain.wages import AppStatus, OwedRow, PeriodState
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.views.wages_common import (
    describe,
    problem_text,
    short_month,
    status_colour,
    status_text,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
REMINDER_DAYS = max(days for days, _ in REMINDER_RULES[DueKind.PAYMENT_APPLICATION].stages)


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[object], str]
    right: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of plain values shown through columns; subclasses colour and explain rows."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[object] = []

    def set_rows(self, rows: Sequence[object]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> object:
        return self._rows[number]

    def rows(self) -> list[object]:
        return list(self._rows)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == Qt.ItemDataRole.FontRole and self.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def background(self, row: object) -> QColor | None:
        return None

    def tooltip(self, row: object) -> str | None:
        return None

    def foreground(self, row: object, column: int) -> QColor | None:
        return None

    def bold(self, row: object) -> bool:
        return False


def _money(cents: int | None) -> str:
    return fmt.money(cents) if cents is not None else "–"


def _blank(cents: int) -> str:
    """Zero as an empty cell: the columns with money in them stand out."""
    return fmt.money(cents) if cents else ""


def _period(state: PeriodState) -> str:
    """Whole months as months (8/2026–9/2026); a period that starts or ends inside a month
    (the first or the last of a subsidy) with its days, so that it is not read as whole."""
    start, end = state.period_start, state.period_end
    if start.day != 1 or end != last_day_of_month(end):
        return f"{fmt.day(start)}–{fmt.day(end)}"
    if (start.year, start.month) == (end.year, end.month):
        return short_month(start)
    return f"{short_month(start)}–{short_month(end)}"


class ApplicationsModel(RowsModel):
    """Every payment period; red rows are money about to be, or already, lost."""

    DEADLINE_COLUMN = 5

    def __init__(self, parent=None, today: date | None = None) -> None:
        super().__init__((), parent)
        self.today = today or date.today()
        self._columns = [
            Column(self.tr("Employee"), lambda s: s.employee_name),
            Column(self.tr("Decision"), lambda s: s.decision_number),
            Column(self.tr("Period"), _period),
            Column(self.tr("Status"), lambda s: status_text(s.status)
                   + (" *" if s.corrected else "")),
            Column(self.tr("Amount"), lambda s: _money(s.amount), right=True),
            Column(self.tr("Deadline"), lambda s: fmt.day(s.deadline), right=True),
            Column(self.tr("Sent"), lambda s: fmt.day(s.sent_on), right=True),
            Column(self.tr("Paid"), lambda s: _money(s.paid) if s.paid else "", right=True),
            Column(self.tr("Difference"), lambda s: _money(s.difference) if s.difference else "",
                   right=True),
        ]

    def background(self, row: PeriodState) -> QColor | None:
        return status_colour(row.status)

    def bold(self, row: PeriodState) -> bool:
        return row.status == AppStatus.OVERDUE

    def foreground(self, row: PeriodState, column: int) -> QColor | None:
        """A deadline within the due list's reminder window (14 days) is written in red."""
        if (column == self.DEADLINE_COLUMN and row.status in (AppStatus.READY, AppStatus.DRAFT)
                and (row.deadline - self.today).days <= REMINDER_DAYS):
            return QColor("#a4161a")
        return None

    def tooltip(self, row: PeriodState) -> str | None:
        parts = []
        if row.status == AppStatus.OVERDUE:
            parts.append(self.tr("The deadline has passed: %1 is lost unless the payer accepts "
                                 "a late application.").replace("%1", _money(row.amount)))
        if row.problem:
            parts.append(problem_text(row.problem))
        if row.corrected:
            parts.append(self.tr("* Figures corrected after sending; see the corrections."))
        return "\n".join(parts) or None


class OwedModel(RowsModel):
    """Per employee: applied and unpaid (since when), ready to apply, lost; the total last."""

    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        total = self.tr("Association total")
        self._columns = [
            Column(self.tr("Employee"), lambda r: r.employee_name or total),
            Column(self.tr("Owed to us"), lambda r: _blank(r.owed), right=True),
            Column(self.tr("Owed since"), lambda r: fmt.day(r.owed_since), right=True),
            Column(self.tr("Ready to apply"), lambda r: _blank(r.to_apply), right=True),
            Column(self.tr("Earned since"), lambda r: fmt.day(r.to_apply_since), right=True),
            Column(self.tr("Lost (late)"), lambda r: _blank(r.lost), right=True),
            Column(self.tr("Applied"), lambda r: _blank(r.applied), right=True),
            Column(self.tr("Paid"), lambda r: _blank(r.paid), right=True),
            Column(self.tr("Difference"), lambda r: _blank(r.difference), right=True),
        ]

    def bold(self, row: OwedRow) -> bool:
        return row.employee_id is None

    def background(self, row: OwedRow) -> QColor | None:
        return QColor("#eef2f7") if row.employee_id is None else None


class ImportRowsModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        computed, replaces = self.tr("computed"), self.tr("replaces the saved figures")
        self._columns = [
            Column(self.tr("Row"), lambda r: str(r.row), right=True),
            Column(self.tr("Employee"), lambda r: r.employee_name),
            Column(self.tr("Month"), lambda r: short_month(r.record.month), right=True),
            Column(self.tr("Basic pay"), lambda r: _money(r.record.gross_pay), right=True),
            Column(self.tr("Other pay"), lambda r: _money(r.record.taxable_pay - r.record.gross_pay),
                   right=True),
            Column(self.tr("Contributions"), lambda r: _money(r.record.employer_contributions)
                   if r.record.employer_contributions is not None else computed,
                   right=True),
            Column(self.tr("Hours"), lambda r: fmt.decimal(r.record.hours), right=True),
            Column(self.tr("Note"), lambda r: replaces if r.replaces else ""),
        ]


class ProblemsModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        self._columns = [
            Column(self.tr("Row"), lambda p: str(p.row) if p.row is not None else "", right=True),
            Column(self.tr("Column"), lambda p: p.column),
            Column(self.tr("Reason"), lambda p: _capitalised(describe(_without_row(p)))),
        ]

    def background(self, row: RowProblem) -> QColor | None:
        return QColor("#f8d7da")


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _without_row(problem: RowProblem):
    error = problem.as_error()
    error.row = None  # the row has a column of its own here
    return error
