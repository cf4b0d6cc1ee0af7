"""Palkkakuukaudet: one month × all current employees, typed like a spreadsheet.

Tab and Enter move to the next cell to fill (skipping computed and locked ones), typing
replaces the cell, amounts are Finnish (1 234,50; the numpad's '.' gives ','). Ctrl+S saves
the whole month in one transaction; nothing is saved while any cell is wrong.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.date_math import add_months, first_day_of_month
from kuhina_desktop.domain.errors import KuhinaError, ValidationErrors
from kuhina_desktop.services import Services
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.models.wage_grid import COLUMNS, WageGridModel
from kuhina_desktop.ui.views.wages_common import describe, flag_text, month_label, short_month

MONTHS_BACK = 36
FLAGS_SHOWN = 6


class AmountDelegate(QStyledItemDelegate):
    """A line editor where the numpad's '.' types ',' and Enter goes on to the next cell."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor: QLineEdit | None = None

    def createEditor(self, parent, option, index) -> QWidget:  # noqa: N802 - Qt's name
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setObjectName("grid_editor")
        self.editor = editor
        editor.destroyed.connect(lambda *_: setattr(self, "editor", None))
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Period and event.modifiers() & Qt.KeyboardModifier.KeypadModifier:
                editor.insert(",")
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
                return True
        return super().eventFilter(editor, event)

    def commit_open_editor(self) -> None:
        """Ctrl+S while a cell is being typed saves what is typed, too."""
        if self.editor is not None:
            self.commitData.emit(self.editor)


class GridView(QTableView):
    """Moves to the next cell that can be filled; Enter works like Tab."""

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt's name
        index = super().moveCursor(action, modifiers)
        if action not in (QAbstractItemView.CursorAction.MoveNext,
                          QAbstractItemView.CursorAction.MovePrevious):
            return index
        for _ in range(self.model().columnCount() * max(1, self.model().rowCount())):
            if not index.isValid() or index.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
            self.setCurrentIndex(index)
            index = super().moveCursor(action, modifiers)
        return index

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() != QAbstractItemView.State.EditingState):
            self.setCurrentIndex(self.moveCursor(QAbstractItemView.CursorAction.MoveNext,
                                                 Qt.KeyboardModifier.NoModifier))
            return
        super().keyPressEvent(event)


class WageMonthsPage(QWidget):
    saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today or date.today()
        self.model = WageGridModel(services.rates.tables(), self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._month_row())
        self.table = GridView()
        self.table.setObjectName("wage_grid")
        self.table.setModel(self.model)
        self.delegate = AmountDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        layout.addWidget(self.table, 1)
        self.legend = QLabel(self.tr(
            "Contributions in grey italics are computed from the rate table; bold ones are "
            "actual figures typed over them. Tab or Enter moves on; Ctrl+S saves the month."))
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555;")
        layout.addWidget(self.legend)
        self.flags_label = QLabel()
        self.flags_label.setObjectName("wage_flags")
        self.flags_label.setWordWrap(True)
        layout.addWidget(self.flags_label)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.load(add_months(first_day_of_month(self.today), -1))

    def _month_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Month")))
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("wage_month")
        start = add_months(first_day_of_month(self.today), 1)
        for back in range(MONTHS_BACK + 1):
            month = add_months(start, -back)
            self.month_combo.addItem(month_label(month), month.isoformat())
        self.month_combo.activated.connect(self._month_chosen)
        row.addWidget(self.month_combo)
        row.addStretch(1)
        self.state_label = QLabel()
        row.addWidget(self.state_label)
        self.save_button = QPushButton(self.tr("Save month"))
        self.save_button.setObjectName("save_wage_month")
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(not self.services.read_only)
        row.addWidget(self.save_button)
        return row

    # ----- loading --------------------------------------------------------------------------
    def load(self, month: date) -> None:
        rows = self.services.wages.grid(month, self.today)
        self.model.set_rows(month, rows, self.services.rates.tables())
        self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(month.isoformat())))
        self._fit_columns()
        self._show_flags()
        self.state_label.setText("" if rows else self.tr(
            "Nobody is employed in this month. Employees and their contracts are added in "
            "Employees."))
        if rows:
            self.table.setCurrentIndex(self.model.index(0, COLUMNS.index("gross_pay")))

    def show_month(self, month: date, employee_id: int | None = None) -> None:
        """Open a month (asking first about unsaved figures) at the employee's row."""
        month = first_day_of_month(month)
        if month != self.model.month:
            if not self.confirm_leave():
                return
            if self.month_combo.findData(month.isoformat()) < 0:
                self.month_combo.addItem(month_label(month), month.isoformat())
            self.load(month)
        for row in range(self.model.rowCount()):
            if self.model.line(row).row.employee.id == employee_id:
                self.table.setCurrentIndex(self.model.index(row, COLUMNS.index("gross_pay")))
        self.table.setFocus()

    def refresh(self) -> None:
        if not self.model.dirty:
            self.load(self.model.month)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(110, min(self.table.columnWidth(0), 170)))
        for column, name in enumerate(COLUMNS[1:-1], start=1):
            narrow = name in ("unpaid_absence_days", "hours")
            self.table.setColumnWidth(column, 56 if narrow else 73)

    def _show_flags(self) -> None:
        """Months missing inside a decision first (they hold up applications), then a count
        of months outside every decision (no support can be applied for them)."""
        flags = self.services.wages.flags(self.today)
        names = self.services.wages.employee_names()
        missing = [f for f in flags if f.kind == "missing"]
        outside = [f for f in flags if f.kind == "outside_decision"]
        parts = []
        if missing:
            listed = ", ".join(f"{names.get(f.employee_id, '')} {short_month(f.month)}"
                               for f in missing[:FLAGS_SHOWN])
            more = len(missing) - FLAGS_SHOWN
            parts.append(self.tr("Missing inside a decision: %1").replace("%1", listed)
                         + (self.tr(" and %1 more").replace("%1", str(more)) if more > 0 else ""))
        if outside:
            parts.append(self.tr("%n month(s) entered outside every decision (no support).",
                                 "", len(outside)))
        self.flags_label.setText("\n".join(parts))
        self.flags_label.setToolTip("\n".join(
            f"{flag_text(f.kind)}: {names.get(f.employee_id, '')} {short_month(f.month)}"
            for f in flags))

    def _month_chosen(self) -> None:
        month = date.fromisoformat(self.month_combo.currentData())
        if month == self.model.month or not self.confirm_leave():
            self.month_combo.setCurrentIndex(
                self.month_combo.findData(self.model.month.isoformat()))
            return
        self.load(month)

    def confirm_leave(self) -> bool:
        """Ask before unsaved figures are thrown away; True when it is fine to go on."""
        if not self.model.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved figures"),
            self.tr("The figures of %1 have not been saved. Save them now?")
            .replace("%1", month_label(self.model.month)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ----- saving ---------------------------------------------------------------------------
    def save(self) -> bool:
        if self.services.read_only:
            return False
        self.delegate.commit_open_editor()
        rows, errors = self.model.records()
        if errors:
            return self._refuse(errors)
        try:
            count = self.services.wages.save_grid([record for _, record in rows])
        except ValidationErrors as exc:
            return self._refuse([(rows[e.row - 1][0], e) for e in exc.errors])
        except KuhinaError as exc:
            show_error(self, exc)
            return False
        self.load(self.model.month)
        self.state_label.setText(self.tr("Saved %n employee(s)' figures.", "", count) if count
                                 else self.tr("No changes to save."))
        self.saved.emit()
        return True

    def _refuse(self, errors: list) -> bool:
        self.model.set_errors(errors)
        lines = [f"{self.model.employee_name(row)}: {describe(_without_row(e))}"
                 for row, e in errors]
        QMessageBox.warning(self, self.tr("The month was not saved"),
                            self.tr("Nothing was saved. Fix the red cells:") + "\n\n"
                            + "\n".join(lines))
        first_row, first = errors[0]
        if first.field in COLUMNS:
            self.table.setCurrentIndex(self.model.index(first_row, COLUMNS.index(first.field)))
        self.table.setFocus()
        return False

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()


def _without_row(error):
    error.row = None  # the employee's name says which row
    return error
