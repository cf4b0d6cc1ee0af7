"""The employees list: a table model of list rows and the proxy that filters and sorts it.

Built to stay quick with 10,000 people. Every display string and sort key is computed once in
set_rows(); the proxy decides which rows pass in one Python loop per filter change and answers
Qt's per-row question from a set. Sorting is done by the source model in Python with the
precomputed keys (one layout change) instead of Qt calling back into Python for every
comparison, which took seconds at this size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kuhina_desktop.domain.employee_records import EmployeeListRow, EmploymentStatus
from kuhina_desktop.domain.employees import TargetGroup
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.models.employee_labels import (
    STATUSES,
    SUPPORT_GROUPS,
    TARGET_GROUPS,
    finnish_sort_key,
    label,
    search_fold,
)

ID_ROLE = Qt.ItemDataRole.UserRole
SOON_DAYS = 60  # a fixed-term contract ending within this is highlighted (as the due list does)
_SOON = QBrush(QColor("#9a4d00"))
_MUTED = QBrush(QColor("#6b6b6b"))


class Column(IntEnum):
    NAME = 0
    HETU = 1
    JOB_TITLE = 2
    START = 3
    END = 4
    WORK_PERCENT = 5
    TARGET_GROUPS = 6
    SUPPORT = 7
    STATUS = 8


class StatusFilter(IntEnum):
    CURRENT = 0  # not archived
    ENDED = 1    # archived
    ALL = 2


NO_SUPPORT = "none"


def _status_text(row: EmployeeListRow, status: EmploymentStatus) -> str:
    day = row.archived_on if status is EmploymentStatus.ARCHIVED else row.contract_start
    return label(STATUSES, status, day=fmt.day(day))


def _display(row: EmployeeListRow, today: date) -> tuple[str, ...]:
    groups = ", ".join(label(TARGET_GROUPS, g) for g in TargetGroup if g in row.target_groups)
    fraction = row.work_fraction
    return (
        row.sort_name, row.masked_hetu, row.job_title, fmt.day(row.contract_start),
        fmt.day(row.contract_end), fmt.percent(fraction, 0) if fraction is not None else "",
        groups, ", ".join(label(SUPPORT_GROUPS, k) for k in row.support_kinds),
        _status_text(row, row.status(today)),
    )


_FAR = date.max


def _sort_keys(column: Column, rows: Sequence[EmployeeListRow],
               display: Sequence[tuple[str, ...]]) -> list:
    by_column: dict[Column, Callable[[int, EmployeeListRow], object]] = {
        Column.NAME: lambda i, r: finnish_sort_key(r.sort_name),
        Column.HETU: lambda i, r: r.birth_date or _FAR,
        Column.START: lambda i, r: r.contract_start or _FAR,
        Column.END: lambda i, r: r.contract_end or _FAR,  # open-ended last
        Column.WORK_PERCENT: lambda i, r: r.work_fraction or 0,
    }
    key = by_column.get(column, lambda i, r: finnish_sort_key(display[i][column]))
    return [(key(i, r), finnish_sort_key(r.sort_name)) for i, r in enumerate(rows)]


class EmployeesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[EmployeeListRow] = []
        self._display: list[tuple[str, ...]] = []
        self._today = date.today()
        self._headers = {
            Column.NAME: self.tr("Name"), Column.HETU: self.tr("Henkilötunnus"),
            Column.JOB_TITLE: self.tr("Job title"), Column.START: self.tr("Starts"),
            Column.END: self.tr("Ends"), Column.WORK_PERCENT: self.tr("Work time"),
            Column.TARGET_GROUPS: self.tr("Target groups"), Column.SUPPORT: self.tr("Support"),
            Column.STATUS: self.tr("Status"),
        }

    # ----- data in ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[EmployeeListRow], today: date | None = None) -> None:
        self.beginResetModel()
        self._today = today or date.today()
        self._rows = list(rows)
        self._display = [_display(r, self._today) for r in self._rows]
        self.endResetModel()

    @property
    def rows(self) -> list[EmployeeListRow]:
        return self._rows

    def row_of(self, employee_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == employee_id), None)

    # ----- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][column]
        if role == ID_ROLE:
            return self._rows[row].id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(self._rows[row], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.WORK_PERCENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _ends_soon(self, row: EmployeeListRow) -> bool:
        end = row.contract_end
        return (row.archived_on is None and end is not None
                and self._today <= end <= self._today + timedelta(days=SOON_DAYS))

    def _foreground(self, row: EmployeeListRow, column: int) -> QBrush | None:
        if row.archived_on is not None:
            return _MUTED
        if column == Column.END and self._ends_soon(row):
            return _SOON
        return None

    def _tooltip(self, row: int, column: int) -> str | None:
        item = self._rows[row]
        if column == Column.END and self._ends_soon(item):
            return self.tr("The fixed-term contract ends within %1 days.").replace(
                "%1", str(SOON_DAYS))
        if column == Column.HETU:
            return self.tr("Open the person and press Reveal to see the whole code.")
        text = self._display[row][column]
        return text or None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder rows in Python with precomputed keys: one layout change, stable ties."""
        if not self._rows or not 0 <= column < len(Column):
            return
        keys = _sort_keys(Column(column), self._rows, self._display)
        order_ = sorted(range(len(keys)), key=keys.__getitem__,
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        new_position = {old: new for new, old in enumerate(order_)}
        self._rows = [self._rows[i] for i in order_]
        self._display = [self._display[i] for i in order_]
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(new_position[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()


class EmployeesProxy(QSortFilterProxyModel):
    """Search (name, job title), status, target group and support filters; sorting goes to the
    source model (see the module comment)."""

    def __init__(self, model: EmployeesModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._text = ""
        self._status = StatusFilter.CURRENT
        self._group: TargetGroup | None = None
        self._support: str | None = None
        self._passing: set[int] = set()
        self._haystacks: dict[int, str] = {}
        self.setSourceModel(model)
        model.modelReset.connect(self._source_reset)
        self._source_reset()

    def _source_reset(self) -> None:
        self._haystacks = {r.id: search_fold(f"{r.first_name} {r.last_name} {r.job_title}")
                           for r in self._model.rows}
        self._recompute()

    def set_search(self, text: str) -> None:
        self._text = text
        self._refilter()

    def set_status(self, status: StatusFilter) -> None:
        self._status = StatusFilter(status)
        self._refilter()

    def set_target_group(self, group: TargetGroup | None) -> None:
        self._group = group
        self._refilter()

    def set_support(self, support: str | None) -> None:
        self._support = support
        self._refilter()

    def _row_passes(self, row: EmployeeListRow) -> bool:
        if self._status is StatusFilter.CURRENT and row.archived_on is not None:
            return False
        if self._status is StatusFilter.ENDED and row.archived_on is None:
            return False
        if self._group is not None and self._group not in row.target_groups:
            return False
        if self._support == NO_SUPPORT:
            return not row.support_kinds
        return self._support is None or self._support in row.support_kinds

    def _recompute(self) -> None:
        words = search_fold(self._text).split()
        haystacks = self._haystacks
        self._passing = {
            r.id for r in self._model.rows
            if self._row_passes(r) and all(w in haystacks[r.id] for w in words)}

    def _refilter(self) -> None:
        # beginFilterChange/endFilterChange arrived in Qt 6.9; older ones only invalidate.
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()
            self._recompute()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - depends on the installed Qt
            self._recompute()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        return self._model.rows[source_row].id in self._passing

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)

    def employee_id(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        return index.data(ID_ROLE) if index.isValid() else None
