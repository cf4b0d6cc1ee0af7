"""The employees list: search as you type, filters, sort by any column, open, add.

Enter or a double-click opens the selected person, Ctrl+N adds one, Ctrl+F goes to the search.
Identity codes are shown masked; health data is never part of the list.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.employees import HEALTH_RELATED_TARGET_GROUPS, TargetGroup
from kuhina_desktop.services import Services
from kuhina_desktop.ui.models.employee_labels import SUPPORT_GROUPS, TARGET_GROUPS, label
from kuhina_desktop.ui.models.employees import (
    NO_SUPPORT,
    Column,
    EmployeesModel,
    EmployeesProxy,
    StatusFilter,
)
from kuhina_desktop.ui.views.list_loading import ListLoader, LoadsWhenShown

# Least widths; a translated header that needs more gets more. (Measuring the contents would
# read every row: too slow with thousands of people.)
COLUMN_WIDTHS = {Column.NAME: 160, Column.HETU: 96, Column.JOB_TITLE: 180, Column.START: 84,
                 Column.END: 84, Column.WORK_PERCENT: 64, Column.TARGET_GROUPS: 140,
                 Column.SUPPORT: 120}


class EmployeesView(LoadsWhenShown, QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = EmployeesModel(self)
        self.proxy = EmployeesProxy(self.model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self._filter_row())
        layout.addWidget(self._table(), 1)
        layout.addLayout(self._bottom_row())
        self._shortcut(QKeySequence.StandardKey.New, self.new_employee)
        self._shortcut(QKeySequence.StandardKey.Find, self.focus_search)
        self.table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        # The list is read on a worker when the view is first seen and after each change.
        self.loader = ListLoader(self, self.loading_label, self._rows_read,
                                 services.data.opening_check)
        self._select_when_read: int | None = None
        self.reload()

    # ----- building ---------------------------------------------------------------------------
    def _shortcut(self, key, slot) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        # Only while this view is the one shown: other views have their own Ctrl+N.
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("employee_search")
        self.search.setPlaceholderText(self.tr("Search by name or job title…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_first_match)
        self.status_filter = self._combo("status_filter", [
            (self.tr("Current"), StatusFilter.CURRENT), (self.tr("Ended (archive)"),
                                                          StatusFilter.ENDED),
            (self.tr("All"), StatusFilter.ALL)])
        # Partial work ability is health data: never a list filter (nor a list column).
        groups = [g for g in TargetGroup if g not in HEALTH_RELATED_TARGET_GROUPS]
        self.group_filter = self._combo("group_filter", [(self.tr("All target groups"), None)]
                                        + [(label(TARGET_GROUPS, g), g) for g in groups])
        self.support_filter = self._combo("support_filter", [
            (self.tr("All supports"), None), (self.tr("No support"), NO_SUPPORT)] + [
            (label(SUPPORT_GROUPS, key), key) for key in SUPPORT_GROUPS])
        self.status_filter.currentIndexChanged.connect(
            lambda: self._filtered(self.proxy.set_status, self.status_filter))
        self.group_filter.currentIndexChanged.connect(
            lambda: self._filtered(self.proxy.set_target_group, self.group_filter))
        self.support_filter.currentIndexChanged.connect(
            lambda: self._filtered(self.proxy.set_support, self.support_filter))
        self.new_button = QPushButton(self.tr("&New employee"))
        self.new_button.setObjectName("new_employee")
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.setEnabled(not self.services.read_only)
        self.new_button.clicked.connect(self.new_employee)
        row.addWidget(self.search, 2)
        for combo in (self.status_filter, self.group_filter, self.support_filter):
            row.addWidget(combo)
        row.addWidget(self.new_button)
        return row

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("employees_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        # Equal, fixed row heights let Qt skip per-row bookkeeping when thousands of rows come
        # and go with each typed letter.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(rows.defaultSectionSize())
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for column, width in COLUMN_WIDTHS.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 20))
        self.table.activated.connect(self._open_index)  # Enter and double-click
        return self.table

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("employee_count")
        row.addWidget(self.count_label)
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setObjectName("employees_loading")
        self.loading_label.setStyleSheet("color: #555;")
        row.addWidget(self.loading_label)
        row.addStretch(1)
        health = QPushButton(self.tr("Health-&data handlers…"))
        health.setObjectName("health_access")
        health.clicked.connect(self.edit_health_access)
        row.addWidget(health)
        return row

    # ----- behaviour --------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Re-read the list (one query, off the GUI thread; the rows shown stay until the
        new ones come) keeping the sort order and the selected person, or ``select``."""
        select = select if select is not None else self.current_id()
        today, reader = date.today(), self.services.employees.list_reader()
        self._select_when_read = select
        self.loader.load((self.services.data.changes_since_open, today),
                         lambda: (today, reader.list_rows(today)))
        if not self.loading:  # nothing changed since the list was read
            self._select(select)

    def _rows_read(self, read: tuple) -> None:
        today, rows = read
        header = self.table.horizontalHeader()
        self.model.set_rows(rows, today)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        wanted, self._select_when_read = self._select_when_read, None
        self._select(wanted)
        self._update_count()

    def current_id(self) -> int | None:
        return self.proxy.employee_id(self.table.currentIndex())

    def _select(self, employee_id: int | None) -> None:
        row = self.model.row_of(employee_id) if employee_id is not None else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _filtered(self, setter, combo: QComboBox) -> None:
        setter(combo.currentData())
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        # Every passing row counts, including those not yet fetched into the table.
        self.count_label.setText(self.tr("%1 of %2 employees shown").replace(
            "%1", str(self.model.passing)).replace("%2", str(self.model.total)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_first_match(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0)
        self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        employee_id = self.proxy.employee_id(index)
        if employee_id is not None:
            self.open_employee(employee_id)

    def open_employee(self, employee_id: int | None) -> None:
        # The dialogs are imported when first opened: with their tabs they took a tenth of
        # the list's first showing on a file of 10,000 people.
        from kuhina_desktop.ui.dialogs.employee_dialog import EmployeeDialog
        from kuhina_desktop.ui.dialogs.form_dialog import run

        dialog = EmployeeDialog(self.services, employee_id, self)
        run(dialog)
        self.reload(dialog.employee_id)
        self.table.setFocus()

    def new_employee(self) -> None:
        if not self.services.read_only:
            self.open_employee(None)

    def edit_health_access(self) -> None:
        from kuhina_desktop.ui.dialogs.form_dialog import run
        from kuhina_desktop.ui.dialogs.health_access_dialog import HealthAccessDialog

        run(HealthAccessDialog(self.services, self))
