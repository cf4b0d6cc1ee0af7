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
from kuhina_desktop.services.wages import FlagSummary
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.models.wage_grid import COLUMNS, WageGridModel
from kuhina_desktop.ui.views.list_loading import ListLoader, LoadsWhenShown
from kuhina_desktop.ui.views.wages_common import describe, flag_text, month_label, short_month

MONTHS_BACK = 36
FLAGS_SHOWN = 6  # in the line under the grid
TOOLTIP_FLAGS = 20  # in its tooltip; the rest are counted


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


class WageMonthsPage(LoadsWhenShown, QWidget):
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
        # The name column is fitted to the rows in view and a hundred more, not to a thousand
        # (Qt's default): the width is clamped anyway, and measuring 1,000 rows took 27 ms.
        header.setResizeContentsPrecision(100)
        layout.addWidget(self.table, 1)
        self.legend = QLabel(self.tr(
            "Contributions in grey italics are computed from the rate table; bold ones are "
            "actual figures typed over them. Tab or Enter moves on; Ctrl+S saves the month."))
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555;")
        layout.addWidget(self.legend)
        self.flags_loading = QLabel(self.tr("Checking for missing months…"))
        self.flags_loading.setObjectName("wage_flags_loading")
        self.flags_loading.setStyleSheet("color: #555;")
        layout.addWidget(self.flags_loading)
        self.flags_label = QLabel()
        self.flags_label.setObjectName("wage_flags")
        self.flags_label.setWordWrap(True)
        layout.addWidget(self.flags_label)
        # The whole file's flags are counted off the GUI thread: a big file takes a second.
        check = services.data.opening_check
        self.loader = ListLoader(self, self.flags_loading, self._show_flags, check)
        # So is the month's rows: a busy month of a big file takes a tenth of a second.
        self.rows_loader = ListLoader(self, self.rows_loading, self._rows_read, check)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        # The first load waits for the first show (WagesView.showEvent asks for it), so that
        # building the view and showing it do not read the month twice.
        self.model.month = add_months(first_day_of_month(self.today), -1)
        self._loaded_as_of: tuple[date, int] | None = None
        self._select_when_read: tuple[date, int] | None = None  # (month, employee) to go to

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
        self.rows_loading = QLabel(self.tr("Reading the month…"))
        self.rows_loading.setObjectName("wage_rows_loading")
        self.rows_loading.setStyleSheet("color: #555;")
        row.addWidget(self.rows_loading)
        self.state_label = QLabel()
        row.addWidget(self.state_label)
        self.save_button = QPushButton(self.tr("&Save month"))
        self.save_button.setObjectName("save_wage_month")
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(not self.services.read_only)
        row.addWidget(self.save_button)
        return row

    # ----- loading --------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """True while the month's rows or the flags under the grid are being read."""
        return self.rows_loader.busy or self.loader.busy

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.rows_loader.shown()

    def load(self, month: date) -> None:
        """Read the month's rows (that month only) and the flag summary, both on a worker.

        The grid empties at once, so nothing of the month left can be typed in meanwhile.
        """
        as_of = (month, self.services.data.changes_since_open)
        if as_of == self._loaded_as_of and month == self.model.month:
            return  # what is shown is what the file has
        self.model.set_rows(month, [], self.services.rates.tables())
        self.rows_loader.forget()  # the grid is empty now, whatever was read before
        self._select_when_read = None
        self.state_label.setText("")
        self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(month.isoformat())))
        today, reader = self.today, self.services.wages.reader()
        self.rows_loader.load(as_of, lambda: (as_of, reader.grid(month, today)))
        self._read_flags()

    def _rows_read(self, read: tuple[tuple[date, int], list]) -> None:
        as_of, rows = read
        month = as_of[0]
        self._loaded_as_of = as_of
        self.model.set_rows(month, rows, self.services.rates.tables())
        self._fit_columns()
        self.state_label.setText("" if rows else self.tr(
            "Nobody is employed in this month. Employees and their contracts are added in "
            "Employees."))
        if rows:
            self.table.setCurrentIndex(self.model.index(0, COLUMNS.index("gross_pay")))
        wanted, self._select_when_read = self._select_when_read, None
        if wanted is not None and wanted[0] == month:
            self._go_to_employee(wanted[1])

    def show_month(self, month: date, employee_id: int | None = None) -> None:
        """Open a month (asking first about unsaved figures) at the employee's row."""
        month = first_day_of_month(month)
        if month != self.model.month or self._loaded_as_of is None:
            if not self.confirm_leave():
                return
            if self.month_combo.findData(month.isoformat()) < 0:
                self.month_combo.addItem(month_label(month), month.isoformat())
            self.load(month)
        if self.rows_loader.busy:
            self._select_when_read = None if employee_id is None else (month, employee_id)
        else:
            self._go_to_employee(employee_id)
        self.table.setFocus()

    def _go_to_employee(self, employee_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.line(row).row.employee.id == employee_id:
                self.table.setCurrentIndex(self.model.index(row, COLUMNS.index("gross_pay")))

    def refresh(self) -> None:
        """Reload the shown month unless it is unsaved or nothing was saved since it was read."""
        as_of = (self.model.month, self.services.data.changes_since_open)
        if not self.model.dirty and as_of != self._loaded_as_of:
            self.load(self.model.month)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(110, min(self.table.columnWidth(0), 170)))
        for column, name in enumerate(COLUMNS[1:-1], start=1):
            narrow = name in ("unpaid_absence_days", "hours")
            self.table.setColumnWidth(column, 56 if narrow else 73)

    def _read_flags(self) -> None:
        today, reader = self.today, self.services.wages.reader()
        self.loader.load((today, self.services.data.changes_since_open),
                         lambda: reader.summary(today, TOOLTIP_FLAGS))

    def _show_flags(self, summary: FlagSummary) -> None:
        """Months missing inside a decision first (they hold up applications), then a count
        of months outside every decision (no support can be applied for them)."""
        parts = []
        if summary.missing:
            listed = ", ".join(f"{name} {short_month(month)}"
                               for _, name, month in summary.first_missing[:FLAGS_SHOWN])
            more = summary.missing - min(FLAGS_SHOWN, len(summary.first_missing))
            parts.append(self.tr("Missing inside a decision: %1").replace("%1", listed)
                         + (self.tr(" and %1 more").replace("%1", str(more)) if more > 0 else ""))
        if summary.outside:
            parts.append(self.tr("%n month(s) entered outside every decision (no support).",
                                 "", summary.outside))
        self.flags_label.setText("\n".join(parts))
        lines = [f"{flag_text(kind)}: {name} {short_month(month)}"
                 for kind, _, name, month in summary.first]
        if summary.total > len(lines):
            lines.append(self.tr("…and %1 more").replace("%1", str(summary.total - len(lines))))
        self.flags_label.setToolTip("\n".join(lines))

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
        if self.rows_loader.busy:
            return True  # the month's rows are still coming: nothing can have been typed
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
        self._saved_rows([record.employee_id for _, record in rows])
        self.state_label.setText(self.tr("Saved %n employee(s)' figures.", "", count) if count
                                 else self.tr("No changes to save."))
        self.saved.emit()
        return True

    def _saved_rows(self, employee_ids: list[int]) -> None:
        """Read again only the rows just saved: other rows' figures, flags and locks do not
        depend on them, and a 4,000-row month takes a while to read."""
        month = self.model.month
        if employee_ids:
            self.model.update_rows(self.services.wages.grid(month, self.today, employee_ids))
        self._loaded_as_of = (month, self.services.data.changes_since_open)
        self._read_flags()

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
