"""Settings → Rates: employer contribution rates per year and support parameters by date.

The tables are edited in place, in the Finnish way of writing numbers, and saved together with
one button: every cell is read and checked first, so a typo changes nothing and the message
names the row and the column. "Copy the previous year" starts a new year as an unconfirmed
copy; "Confirm the year" marks the rates of the selected year as checked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError, ValidationError
from kuhina_desktop.domain.rates import CONTRIBUTION_LINES, RateTables
from kuhina_desktop.services import Services
from kuhina_desktop.ui.decision_texts import contribution_name, error_text, kind_name
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.widgets.rates_cells import (
    SUPPORT_COLUMNS,
    CellError,
    contribution_cells,
    read_contributions,
    read_supports,
    support_cells,
)


class RatesSettings(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rates"), parent)
        self.services = services
        self._confirmed: set[int] = set()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Every calculation uses these tables. Check the contribution rates every January "
            "against your pension and accident insurers' figures, and confirm the year."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Employer contributions, % of pay")))
        self.contributions = self._table("contribution_table", [
            self.tr("Year"), *[contribution_name(n) for n in CONTRIBUTION_LINES],
            self.tr("Status")], stretch=len(CONTRIBUTION_LINES) + 1)
        layout.addWidget(self.contributions)
        layout.addLayout(self._contribution_buttons())
        layout.addWidget(QLabel(self.tr("Support parameters, in force from the date given")))
        self.supports = self._table("support_table", [
            self.tr("Kind"), self.tr("Valid from"), self.tr("Support %"),
            self.tr("Cap €/month"), self.tr("Working-time cap %"), self.tr("Min. h/week"),
            self.tr("Max. months"), self.tr("Coefficient")], stretch=0)
        layout.addWidget(self.supports)
        layout.addLayout(self._support_buttons())
        self.message = QLabel(objectName="rates_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.setEnabled(not services.read_only)
        self.load()

    def _table(self, name: str, headers: list[str], stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers), objectName=name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(26)
        table.itemChanged.connect(lambda _item: self.message.setText(""))
        return table

    def _contribution_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy the previous year"), objectName="copy_year")
        self.copy_button.clicked.connect(self.copy_year)
        self.confirm_button = QPushButton(self.tr("Confirm the year"), objectName="confirm_year")
        self.confirm_button.clicked.connect(self.confirm_year)
        row.addWidget(self.copy_button)
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        return row

    def _support_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("New validity date for the kind"),
                                      objectName="add_support_row")
        self.add_button.clicked.connect(self.add_support_row)
        self.remove_button = QPushButton(self.tr("Remove the row"),
                                         objectName="remove_support_row")
        self.remove_button.clicked.connect(self.remove_support_row)
        self.save_button = QPushButton(self.tr("Save rates"), objectName="save_rates")
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        return row

    # ----- showing ----------------------------------------------------------------------
    def load(self) -> None:
        tables = self.services.rates.tables()
        self._confirmed = self.services.rates.confirmed_years()
        rows = sorted(tables.contribution_rates, key=lambda r: r.year)
        self._fill(self.contributions, [contribution_cells(r) + [self._status(r.year)]
                                        for r in rows], read_only_columns={0, 6})
        supports = sorted(tables.support_parameters, key=lambda p: (p.kind, p.valid_from))
        self._fill(self.supports, [support_cells(p) for p in supports], read_only_columns={0})
        for row, parameters in enumerate(supports):
            self.supports.item(row, 0).setText(kind_name(parameters.kind))
            self.supports.item(row, 0).setData(Qt.ItemDataRole.UserRole, parameters.kind)

    def _status(self, year: int) -> str:
        return self.tr("Confirmed") if year in self._confirmed else self.tr("Not confirmed")

    def _fill(self, table: QTableWidget, rows: list[list[str]],
              read_only_columns: set[int]) -> None:
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in read_only_columns:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                elif c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.blockSignals(False)
        # Tall enough for every row: the settings page scrolls, the tables should not.
        height = (table.horizontalHeader().sizeHint().height()
                  + table.verticalHeader().defaultSectionSize() * max(2, len(rows))
                  + 2 * table.frameWidth() + 2)
        table.setFixedHeight(height)

    # ----- actions ----------------------------------------------------------------------
    def read_tables(self) -> RateTables:
        """Both tables as RateTables; CellError names the row and column that is wrong."""
        contributions = read_contributions(self.contributions)
        supports = read_supports(self.supports)
        try:
            return RateTables.from_dicts(contributions, supports)
        except ValidationError as error:
            raise CellError.from_path(error, self.contributions, self.supports) from error

    def save(self, confirmed: set[int] | None = None) -> bool:
        try:
            tables = self.read_tables()
            self.services.rates.save(tables, self._confirmed if confirmed is None else confirmed)
        except CellError as error:
            self._show_cell_error(error)
            return False
        except KuhinaError as error:
            show_error(self, error)
            return False
        self.load()
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("Rates saved."))
        return True

    def _show_cell_error(self, error: CellError) -> None:
        table = self.contributions if error.table == "contribution_rates" else self.supports
        table.setCurrentCell(error.table_row, error.column)
        table.item(error.table_row, error.column).setBackground(QBrush(QColor("#fdecea")))
        table.setFocus()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(self.tr("Nothing was saved: %1").replace(
            "%1", error_text(error.error)))

    def copy_year(self) -> None:
        years = sorted(r.year for r in self.services.rates.tables().contribution_rates)
        if not years:
            return
        try:
            self.services.rates.copy_year(years[-1], years[-1] + 1)
        except KuhinaError as error:
            show_error(self, error)
            return
        self.load()
        self.message.setStyleSheet("")
        self.message.setText(self.tr(
            "The rates of %1 were copied to %2. Correct them to the new year's rates and "
            "confirm the year.").replace("%1", str(years[-1])).replace("%2", str(years[-1] + 1)))

    def confirm_year(self) -> None:
        row = self.contributions.currentRow()
        if row < 0:
            self.message.setText(self.tr("Select the year to confirm."))
            return
        year = int(self.contributions.item(row, 0).text())
        self.save(self._confirmed | {year})

    def add_support_row(self) -> None:
        """A copy of the selected row; the person sets the date it applies from."""
        row = self.supports.currentRow()
        if row < 0:
            self.message.setText(self.tr("Select the row of the kind first."))
            return
        cells = [self.supports.item(row, c).text() for c in range(len(SUPPORT_COLUMNS))]
        kind = self.supports.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.supports.insertRow(row + 1)
        for column, text in enumerate(cells):
            item = QTableWidgetItem("" if column == 1 else text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, kind)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.supports.setItem(row + 1, column, item)
        self.supports.setCurrentCell(row + 1, 1)
        self.supports.setFocus()  # typing fills in the date the new values apply from

    def remove_support_row(self) -> None:
        row = self.supports.currentRow()
        if row >= 0:
            self.supports.removeRow(row)
