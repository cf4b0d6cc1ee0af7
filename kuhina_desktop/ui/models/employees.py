"""The employees list: one table model that filters, sorts and hands rows out in batches.

Built to stay quick and small with 10,000 people. The model keeps the list rows it was given
(compact slotted records) and, per row, only a folded search text; the nine display strings of
a row are formatted when Qt first asks for them, so opening the view formats the rows on screen
rather than every person (formatting dates with babel was most of a second at this size).

Filtering and sorting work on every row, fetched or not; Qt is then offered the passing rows
BATCH at a time through canFetchMore/fetchMore, so each change of the search text resets a
model of a few hundred rows instead of adding and removing thousands one range at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
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
BATCH = 500  # rows handed to the view per fetchMore(): a few screenfuls
SOON_DAYS = 60  # a fixed-term contract ending within this is highlighted (as the due list does)
_SOON = QBrush(QColor("#9a4d00"))
_MUTED = QBrush(QColor("#6b6b6b"))
_Index = QModelIndex | QPersistentModelIndex


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
        fmt.day(row.contract_end), fmt.working_time(fraction),
        labels.groups(row.target_groups), labels.supports(row.support_kinds),
        labels.status(row, today),
    )


def _primary_key(column: Column, row: EmployeeListRow, model: EmployeesModel) -> object:
    if column == Column.HETU:
        return row.birth_date or _FAR
    if column == Column.START:
        return row.contract_start or _FAR
    if column == Column.END:
        return row.contract_end or _FAR  # open-ended last
    if column == Column.WORK_PERCENT:
        return row.work_fraction or 0
    if column == Column.JOB_TITLE:
        return finnish_sort_key(row.job_title)
    if column == Column.TARGET_GROUPS:
        return finnish_sort_key(model.labels.groups(row.target_groups))
    if column == Column.SUPPORT:
        return finnish_sort_key(model.labels.supports(row.support_kinds))
    if column == Column.STATUS:
        return finnish_sort_key(model.labels.status(row, model.today))
    return ""  # the name: the tie-breaker below is the name already


class _Memo(dict):
    """``fold(text)`` of each distinct text, computed once: first names, last names and job
    titles repeat across thousands of people, and folding costs a str.translate per call.
    Folding works letter by letter, so the parts may be folded apart and joined."""

    def __init__(self, fold) -> None:
        super().__init__()
        self._fold = fold

    def __missing__(self, text: str) -> str:
        value = self[text] = self._fold(text)
        return value


class _Criteria:
    """What the user asked to see: status, target group, support and the typed words."""

    def __init__(self) -> None:
        self.status = StatusFilter.CURRENT
        self.group: TargetGroup | None = None
        self.support: str | None = None
        self.text = ""

    def passes_choices(self, row: EmployeeListRow) -> bool:
        if self.status is StatusFilter.CURRENT and row.archived_on is not None:
            return False
        if self.status is StatusFilter.ENDED and row.archived_on is None:
            return False
        if self.group is not None and self.group not in row.target_groups:
            return False
        if self.support == NO_SUPPORT:
            return not row.support_kinds
        return self.support is None or self.support in row.support_kinds


class EmployeesModel(QAbstractTableModel):
    """Every list row in the current sort order; the passing ones offered BATCH at a time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.labels = _Labels()
        self.criteria = _Criteria()
        self._entries: list[tuple[EmployeeListRow, str]] = []  # (row, folded search text)
        self._candidates: list[tuple[EmployeeListRow, str]] = []  # passing the choices
        self._shown: list[tuple[EmployeeListRow, str]] = []  # … and the typed words
        self._fetched = 0  # rows of _shown that Qt has been told about
        self._display: dict[int, tuple[str, ...]] = {}  # formatted on first request, by id
        self._name_keys: dict[int, str] = {}
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
        self.today = today or date.today()
        self.labels = _Labels()
        fold = _Memo(search_fold)
        self._entries = [(r, f"{fold[r.first_name]} {fold[r.last_name]} {fold[r.job_title]}")
                         for r in rows]
        self._display, self._name_keys = {}, {}
        self._choose()
        self._fetched = min(BATCH, len(self._shown))
        self.endResetModel()

    @property
    def rows(self) -> list[EmployeeListRow]:
        """The rows passing the filters, in the order shown (fetched or not)."""
        return [row for row, _text in self._shown]

    @property
    def total(self) -> int:
        """Everyone in the list, whatever the filters."""
        return len(self._entries)

    @property
    def passing(self) -> int:
        """Rows passing the filters, fetched or not."""
        return len(self._shown)

    def row_of(self, employee_id: int) -> int | None:
        """The shown row of the person (fetching up to it), or None if filtered out."""
        for position, (row, _text) in enumerate(self._shown):
            if row.id == employee_id:
                self._fetch_to(position + 1)
                return position
        return None

    def employee_at(self, row: int) -> EmployeeListRow:
        return self._shown[row][0]

    # ----- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._fetched < len(self._shown)

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if not parent.isValid():
            self._fetch_to(self._fetched + BATCH)

    def _fetch_to(self, count: int) -> None:
        count = min(count, len(self._shown))
        if count > self._fetched:
            self.beginInsertRows(QModelIndex(), self._fetched, count - 1)
            self._fetched = count
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._fetched:
            return None
        row, column = self._shown[index.row()][0], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(row)[column]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.WORK_PERCENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _texts(self, row: EmployeeListRow) -> tuple[str, ...]:
        texts = self._display.get(row.id)
        if texts is None:
            texts = self._display[row.id] = _display(row, self.today, self.labels)
        return texts

    def _ends_soon(self, row: EmployeeListRow) -> bool:
        end = row.contract_end
        return (row.archived_on is None and end is not None
                and self.today <= end <= self.today + timedelta(days=SOON_DAYS))

    def _foreground(self, row: EmployeeListRow, column: int) -> QBrush | None:
        if row.archived_on is not None:
            return _MUTED
        if column == Column.END and self._ends_soon(row):
            return _SOON
        return None

    def _tooltip(self, row: EmployeeListRow, column: int) -> str | None:
        if column == Column.END and self._ends_soon(row):
            return self.tr("The fixed-term contract ends within %1 days.").replace(
                "%1", str(SOON_DAYS))
        if column == Column.HETU:
            return self.tr("Open the person and press Reveal to see the whole code.")
        return self._texts(row)[column] or None

    # ----- filtering --------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        # While the user keeps typing, only the previous matches are searched again.
        narrowing = bool(self.criteria.text) and text.startswith(self.criteria.text)
        self.criteria.text = text
        self._relayout(lambda: self._match(narrowing))

    def set_choices(self, **choices: object) -> None:
        """status=, group= and/or support=: the choice filters."""
        for name, value in choices.items():
            setattr(self.criteria, name, value)
        self._relayout(self._choose)

    def _choose(self) -> None:
        passes = self.criteria.passes_choices
        self._candidates = [entry for entry in self._entries if passes(entry[0])]
        self._match(narrowing=False)

    def _match(self, narrowing: bool) -> None:
        words = search_fold(self.criteria.text).split()
        pool = self._shown if narrowing else self._candidates
        if not words:
            self._shown = self._candidates
        elif len(words) == 1:
            word = words[0]
            self._shown = [entry for entry in pool if word in entry[1]]
        else:
            self._shown = [entry for entry in pool if all(w in entry[1] for w in words)]

    # ----- sorting ----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Every row, fetched or not, by (column, name); ties keep their order."""
        if not self._entries or not 0 <= column < len(Column):
            return
        which = Column(column)
        if not self._name_keys:
            part = _Memo(finnish_sort_key)
            self._name_keys = {r.id: f"{part[r.last_name]} {part[r.first_name]}".strip()
                               for r, _ in self._entries}
        names = self._name_keys

        def key(entry: tuple[EmployeeListRow, str]) -> tuple:
            row = entry[0]
            return _primary_key(which, row, self), names[row.id]

        def reorder() -> None:
            self._entries.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
            self._choose()

        self._relayout(reorder)

    # ----- telling the views ------------------------------------------------------------------
    def _relayout(self, change) -> None:
        """Apply ``change`` as one layout change: the selected person stays selected (and
        fetched) if still shown, however far down the list they moved."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._shown[i.row()][0].id if i.row() < self._fetched else None for i in old]
        change()
        targets = set(ids) - {None}
        position = {row.id: n for n, (row, _text) in enumerate(self._shown)
                    if row.id in targets} if targets else {}
        wanted = [position.get(i) for i in ids]
        self._fetched = min(len(self._shown),
                            max([BATCH] + [p + 1 for p in wanted if p is not None]))
        self.changePersistentIndexList(old, [
            self.index(p, i.column()) if p is not None else QModelIndex()
            for i, p in zip(old, wanted, strict=True)])
        self.layoutChanged.emit()


class EmployeesProxy(QIdentityProxyModel):
    """The view's model: the filter and sort calls of the list, handed to EmployeesModel.

    A proxy in name only (rows map one to one), kept so that views and tests talk to one
    object whatever the model does inside.
    """

    def __init__(self, model: EmployeesModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self.setSourceModel(model)

    def set_search(self, text: str) -> None:
        self._model.set_search(text)

    def set_status(self, status: StatusFilter) -> None:
        self._model.set_choices(status=StatusFilter(status))

    def set_target_group(self, group: TargetGroup | None) -> None:
        self._model.set_choices(group=group)

    def set_support(self, support: str | None) -> None:
        self._model.set_choices(support=support)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)

    def employee_id(self, index: _Index) -> int | None:
        return index.data(ID_ROLE) if index.isValid() else None
