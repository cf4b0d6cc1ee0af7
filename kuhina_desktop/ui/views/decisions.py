"""Support decisions: the list (search, status filter, sort) and the wage-subsidy calculator.

Ctrl+N adds a decision, Enter or a double-click opens the selected one, Ctrl+F goes to the
search field, Delete removes the selected decision after asking.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.decision_dialog import DecisionDialog
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.models.decisions_model import (
    ID_ROLE,
    Column,
    DecisionsFilter,
    DecisionsModel,
)
from kuhina_desktop.ui.views.calculator import CalculatorView
from kuhina_desktop.ui.views.list_loading import ListLoader, LoadsWhenShown


class DecisionsView(QTabWidget):
    """Two tabs: the decisions of the file, and the calculator for planning a hire."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = DecisionList(services, self)
        self.calculator = CalculatorView(services, self)
        self.addTab(self.list, self.tr("De&cisions"))
        self.addTab(self.calculator, self.tr("W&age subsidy calculator"))


class DecisionList(LoadsWhenShown, QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self._toolbar())
        self.model = DecisionsModel(self)
        self.proxy = DecisionsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.summary = QLabel(objectName="decisions_summary")
        layout.addWidget(self.summary)
        self._shortcuts()
        # The list is read on a worker when the page is first seen and after each change.
        self.loader = ListLoader(self, self.loading_label, self._rows_read,
                                 services.data.opening_check)
        self._select_when_read: int | None = None
        self.reload()

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit(objectName="decisions_search")
        self.search.setPlaceholderText(self.tr("Search: name, payer, number…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.status = QComboBox(objectName="decisions_status")
        for text, value in ((self.tr("All decisions"), None), (self.tr("In force"), "current"),
                            (self.tr("Upcoming"), "upcoming"), (self.tr("Ended"), "ended")):
            self.status.addItem(text, value)
        self.status.currentIndexChanged.connect(self._filter)
        self.new_button = QPushButton(self.tr("&New decision"), objectName="new_decision")
        self.new_button.setEnabled(not self.services.read_only)
        self.new_button.clicked.connect(self.new_decision)
        self.open_button = QPushButton(self.tr("&Open"), objectName="open_decision")
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_decision")
        self.delete_button.setEnabled(not self.services.read_only)
        self.delete_button.clicked.connect(self.delete_selected)
        self.loading_label = QLabel(self.tr("Loading…"), objectName="decisions_loading")
        self.loading_label.setStyleSheet("color: #555;")
        row.addWidget(self.search, 2)
        row.addWidget(self.status)
        row.addWidget(self.loading_label)
        row.addStretch(1)
        for button in (self.new_button, self.open_button, self.delete_button):
            row.addWidget(button)
        return row

    def _table(self) -> QTableView:
        table = QTableView(objectName="decisions_table")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.PERIOD, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        # Columns are fitted to their contents once, when the list first comes (_fit_columns),
        # and are the user's to resize after that: fitting them on every change of a list of
        # 20,000 decisions held the window for seconds.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Long payer names and numbers are elided (the tooltip has them in full), so the list
        # fits the window of a 1366-pixel laptop without scrolling sideways.
        header.setSectionResizeMode(Column.PAYER, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        # Fitted to the rows in view and a hundred more, not to Qt's default of a thousand.
        header.setResizeContentsPrecision(100)
        table.doubleClicked.connect(self._open_index)
        return table

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_decision)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self.open_selected,
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

    # ----- data -------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Read the list again off the GUI thread (the rows shown stay until the new ones
        come), then select ``select_id``: the decision just saved."""
        decisions = self.services.decisions
        reader, today = decisions.reader(), decisions.today()
        self._select_when_read = select_id
        self.loader.load((self.services.data.changes_since_open, today),
                         lambda: (today, reader.rows(today)))
        if not self.loading and select_id is not None:
            self.select(select_id)  # nothing changed since the list was read

    def _rows_read(self, read: tuple) -> None:
        today, rows = read
        first = self.model.rowCount() == 0
        self.model.set_rows(rows, today)
        if first and rows:
            self._fit_columns()
        current = sum(1 for r in rows if r.status == "current")
        self.summary.setText(self.tr("%n decision(s)", "", len(rows)) + ", "
                             + self.tr("%n in force", "", current))
        wanted, self._select_when_read = self._select_when_read, None
        if wanted is not None:
            self.select(wanted)
        elif self.proxy.rowCount():
            self.table.selectRow(0)

    def _fit_columns(self) -> None:
        for column in Column:
            if column == Column.NUMBER:
                self.table.setColumnWidth(column, 125)
            elif column != Column.PAYER:
                self.table.resizeColumnToContents(column)

    def select(self, decision_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == decision_id:
                self.table.selectRow(row)
                return

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _filter(self) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_status(self.status.currentData())

    # ----- actions ----------------------------------------------------------------------
    def new_decision(self) -> None:
        if self.services.read_only:
            return
        if not self.services.decisions.employees():
            QMessageBox.information(self, self.tr("No employees yet"), self.tr(
                "A support decision belongs to an employee. Add the employee under Employees "
                "first."))
            return
        self._run_dialog(DecisionDialog(self.services, None, self))

    def open_selected(self) -> None:
        decision_id = self.selected_id()
        if decision_id is None:
            return
        try:
            record = self.services.decisions.get(decision_id)
        except KuhinaError as error:
            show_error(self, error)
            self.reload()
            return
        self._run_dialog(DecisionDialog(self.services, record, self))

    def _open_index(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.open_selected()

    def _run_dialog(self, dialog: DecisionDialog) -> None:
        dialog.resize(1040, 700)
        if dialog.exec() and dialog.saved is not None:
            self.reload(dialog.saved.record.id)

    def delete_selected(self) -> None:
        decision_id = self.selected_id()
        if decision_id is None or self.services.read_only:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the decision?"),
            self.tr("The decision and its PDF are deleted from the file. This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.decisions.delete(decision_id)
        except KuhinaError as error:
            show_error(self, error)
            return
        self.reload()
