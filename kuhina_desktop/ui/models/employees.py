"""The employees list: a table model of list rows and the proxy that filters and sorts it.

Built to stay quick with 10,000 people. Every display string and sort key is computed once in
set_rows(); the proxy decides which rows pass in one Python loop per filter change and answers
Qt's per-row question from a set. Sorting is done by the source model in Python with the
precomputed keys (one layout change) instead of Qt calling back into Python for every
comparison, which took seconds at this size.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
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
MANY_CHANGES = 1000  # rows changing visibility at once; see EmployeesProxy._refilter
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
_FAR = date.max


class _Labels:
    """Translated labels looked up once per distinct value, not once per row (10,000 rows)."""

    def __init__(self) -> None:
        self._groups: dict[frozenset, str] = {}
        self._supports: dict[tuple, str] = {}
        self._statuses = {status: label(STATUSES, status) for status in EmploymentStatus}

    def groups(self, groups: frozenset[TargetGroup]) -> str:
        text = self._groups.get(groups)
        if text is None:
            text = ", ".join(label(TARGET_GROUPS, g) for g in TargetGroup if g in groups)
            self._groups[groups] = text
        return text

    def supports(self, kinds: tuple[str, ...]) -> str:
        text = self._supports.get(kinds)
        if text is None:
            text = self._supports[kinds] = ", ".join(label(SUPPORT_GROUPS, k) for k in kinds)
        return text

    def status(self, row: EmployeeListRow, today: date) -> str:
        status = row.status(today)
        day = row.archived_on if status is EmploymentStatus.ARCHIVED else row.contract_start
        return self._statuses[status].replace("{day}", fmt.day(day))


def _display(row: EmployeeListRow, today: date, labels: _Labels) -> tuple[str, ...]:
    fraction = row.work_fraction
    return (
        row.sort_name, row.masked_hetu, row.job_title, fmt.day(row.contract_start),
        fmt.day(row.contract_end), fmt.percent(fraction, 0) if fraction is not None else "",
        labels.groups(row.target_groups), labels.supports(row.support_kinds),
        labels.status(row, today),
    )


def _primary_keys(column: Column, rows: Sequence[EmployeeListRow],
                  display: Sequence[tuple[str, ...]]) -> list:
    if column == Column.HETU:
        return [r.birth_date or _FAR for r in rows]
    if column == Column.START:
        return [r.contract_start or _FAR for r in rows]
    if column == Column.END:
        return [r.contract_end or _FAR for r in rows]  # open-ended last
    if column == Column.WORK_PERCENT:
        return [r.work_fraction or 0 for r in rows]
    return [finnish_sort_key(d[column]) for d in display]


class EmployeesModel(QAbstractTableModel):
    # Emitted inside set_rows() while the model is being reset, before views ask for rows,
    # so the proxy's filter already knows the new people when Qt asks it about them.
    rows_replaced = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[EmployeeListRow] = []
        self._display: list[tuple[str, ...]] = []
        self.ids: list[int] = []  # reordered in place, so the proxy may keep a reference
        self._keys: dict[int, list] = {}  # sort keys per column, in the current row order
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
        labels = _Labels()
        self._display = [_display(r, self._today, labels) for r in self._rows]
        self.ids[:] = [r.id for r in self._rows]
        self._keys = {}
        self.rows_replaced.emit()
        self.endResetModel()

    @property
    def rows(self) -> list[EmployeeListRow]:
        return self._rows

    def row_of(self, employee_id: int) -> int | None:
        try:
            return self.ids.index(employee_id)
        except ValueError:
            return None

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
            return self.ids[row]
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

    # ----- sorting ----------------------------------------------------------------------------
    def _sort_keys(self, column: Column) -> list:
        """(column key, name key) per row; computed once per column and reordered with rows."""
        if Column.NAME not in self._keys:
            self._keys[Column.NAME] = [finnish_sort_key(r.sort_name) for r in self._rows]
        if column not in self._keys:
            primary = _primary_keys(column, self._rows, self._display)
            self._keys[column] = list(zip(primary, self._keys[Column.NAME], strict=True))
        return self._keys[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder rows in Python with precomputed keys: one layout change, stable ties."""
        if not self._rows or not 0 <= column < len(Column):
            return
        keys = self._sort_keys(Column(column))
        new_order = sorted(range(len(keys)), key=keys.__getitem__,
                           reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        position = {old: new for new, old in enumerate(new_order)}
        self._rows = [self._rows[i] for i in new_order]
        self._display = [self._display[i] for i in new_order]
        self.ids[:] = [self.ids[i] for i in new_order]
        self._keys = {c: [k[i] for i in new_order] for c, k in self._keys.items()}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(position[i.row()], i.column())
                                             for i in old])
        self.layoutChanged.emit()


class EmployeesProxy(QSortFilterProxyModel):
    """Search (name, job title), status, target group and support filters.

    Each change computes the set of passing ids in one pass over precomputed search texts;
    while the user keeps typing, only the previous matches are searched again. Qt's per-row
    question is then a set look-up. Sorting is handed to the source model (module comment).
    """

    def __init__(self, model: EmployeesModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._ids = model.ids
        self._text = ""
        self._status = StatusFilter.CURRENT
        self._group: TargetGroup | None = None
        self._support: str | None = None
        self._entries: list[tuple[EmployeeListRow, str]] = []
        self._candidates: list[tuple[int, str]] = []  # passing the choice filters
        self._matched: list[tuple[int, str]] = []     # … and the search text
        self._passing: set[int] = set()
        self._changed = 0
        model.rows_replaced.connect(self._source_replaced)
        self.setSourceModel(model)
        self._source_replaced()

    # ----- criteria ---------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        narrowing = bool(self._text) and text.startswith(self._text)
        self._text = text
        self._match(narrowing)
        self._refilter()

    def set_status(self, status: StatusFilter) -> None:
        self._status = StatusFilter(status)
        self._choose()

    def set_target_group(self, group: TargetGroup | None) -> None:
        self._group = group
        self._choose()

    def set_support(self, support: str | None) -> None:
        self._support = support
        self._choose()

    # ----- computing who passes ---------------------------------------------------------------
    def _source_replaced(self) -> None:
        self._entries = [(r, search_fold(f"{r.first_name} {r.last_name} {r.job_title}"))
                         for r in self._model.rows]
        self._choose(refilter=False)

    def _passes_choices(self, row: EmployeeListRow) -> bool:
        if self._status is StatusFilter.CURRENT and row.archived_on is not None:
            return False
        if self._status is StatusFilter.ENDED and row.archived_on is None:
            return False
        if self._group is not None and self._group not in row.target_groups:
            return False
        if self._support == NO_SUPPORT:
            return not row.support_kinds
        return self._support is None or self._support in row.support_kinds

    def _choose(self, refilter: bool = True) -> None:
        self._candidates = [(r.id, text) for r, text in self._entries if self._passes_choices(r)]
        self._match(narrowing=False)
        if refilter:
            self._refilter()

    def _match(self, narrowing: bool) -> None:
        words = search_fold(self._text).split()
        pool = self._matched if narrowing else self._candidates
        if not words:
            self._matched = self._candidates
        elif len(words) == 1:
            word = words[0]
            self._matched = [(i, text) for i, text in pool if word in text]
        else:
            self._matched = [(i, text) for i, text in pool if all(w in text for w in words)]
        before, self._passing = self._passing, {i for i, _ in self._matched}
        self._changed = len(before ^ self._passing)

    def _refilter(self) -> None:
        if self._changed > MANY_CHANGES:
            # Thousands of rows coming or going: Qt's row-by-row removal works range by range
            # (slow for scattered rows); a layout change rebuilds the mapping in one pass.
            self.invalidate()
            return
        # beginFilterChange/endFilterChange arrived in Qt 6.9; older ones only invalidate.
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - depends on the installed Qt
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        return self._ids[source_row] in self._passing

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)

    def employee_id(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        return index.data(ID_ROLE) if index.isValid() else None
