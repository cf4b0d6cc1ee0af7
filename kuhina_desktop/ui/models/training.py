"""A thin table model for the training area's lists: columns are declared, rows are records.

ObjectRole gives the record behind a row (so selection survives sorting), SortRole a value that
sorts right (ISO dates, numbers) while the display shows Finnish formats.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]  # called when the header is drawn, so it follows the language
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    right: bool = False
    colour: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ObjectRole:
            return row
        if role == SortRole:
            return column.sort(row) if column.sort else column.text(row).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            return column.colour(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        return None


def make_table(model: RowsModel, name: str, parent: QWidget | None = None,
               stretch: int = 0) -> QTableView:
    """A read-only, row-selecting table sorted by its first column; Enter and double-click emit
    ``activated``. Column ``stretch`` takes the spare width, the others fit their contents."""
    from PySide6.QtCore import QSortFilterProxyModel

    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicatorShown(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return table


def selected_object(table: QTableView) -> Any:
    rows = table.selectionModel().selectedRows()
    return rows[0].data(ObjectRole) if rows else None


def select_first(table: QTableView) -> None:
    if table.model().rowCount() > 0:
        table.selectRow(0)
