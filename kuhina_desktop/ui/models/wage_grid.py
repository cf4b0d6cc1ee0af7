"""One month × all current employees: what is typed, what is computed, what is wrong.

Cells keep the text as typed until Ctrl+S; each cell is parsed as it is left, so a bad amount
turns red at once and saving refuses with the employee and the column named. Contributions
left empty are computed from the rate table (grey italic); a typed figure is shown in bold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.money import TooLarge, parse_amount, parse_hours
from kuhina_desktop.domain.rates import RateTables
from kuhina_desktop.domain.wages import PAY_ITEMS, WageRecord, computed_contributions
from kuhina_desktop.reports.formatting import format_money
from kuhina_desktop.services.wages import GridRow
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.views.wages_common import describe, flag_text, item_label

EDITABLE = (*PAY_ITEMS, "unpaid_absence_days", "hours", "employer_contributions")
COLUMNS = ("employee", *EDITABLE, "wage_costs", "status")
ERROR_BACKGROUND = QColor("#f8d7da")
LOCKED_BACKGROUND = QColor("#eceff3")
MISSING_BACKGROUND = QColor("#fff3cd")
COMPUTED_COLOUR = QColor("#6c757d")
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def _money_text(cents: int | None) -> str:
    return "" if cents is None else format_money(cents, "fi", symbol=False)


def parse_cell(name: str, text: str) -> object:
    """The value of a cell's text; None when empty. Raises ValidationError naming the field."""
    text = text.strip()
    if not text:
        return None
    try:
        if name == "unpaid_absence_days":
            if not re.fullmatch(r"\d{1,3}", text):
                raise ValueError
            return int(text)
        if name == "hours":
            return parse_hours(text)
        return parse_amount(text)
    except ValueError as exc:
        if isinstance(exc, TooLarge):
            code = "number_too_large" if name == "hours" else "amount_too_large"
        else:
            code = "amount_format" if name not in ("unpaid_absence_days", "hours") else "wage_number"
        raise ValidationError(name, code=code, field=name, text=text) from exc


@dataclass
class _Line:
    row: GridRow
    typed: dict[str, str] | None = None  # the cells' texts; None until first needed
    errors: dict[str, str] = field(default_factory=dict)  # field → message
    dirty: bool = False

    @property
    def texts(self) -> dict[str, str]:
        # Formatted when the row is first shown or typed in: formatting every amount of a
        # 4,000-row month up front held the window for 0.4 s.
        if self.typed is None:
            self.typed = _texts(self.row.record)
        return self.typed

    @property
    def locked(self) -> bool:
        return bool(self.row.locked_by)


def _texts(record: WageRecord | None) -> dict[str, str]:
    if record is None:
        return dict.fromkeys(EDITABLE, "")
    # Zeros are left blank: most items are empty most months, and blanks read faster.
    texts = {name: _money_text(getattr(record, name) or None) for name in PAY_ITEMS}
    texts["employer_contributions"] = _money_text(record.employer_contributions)
    texts["unpaid_absence_days"] = str(record.unpaid_absence_days or "")
    texts["hours"] = fmt.decimal(record.hours) if record.hours else ""
    return texts


class WageGridModel(QAbstractTableModel):
    def __init__(self, tables: RateTables, parent=None) -> None:
        super().__init__(parent)
        self._tables = tables
        self._lines: list[_Line] = []
        self.month = date.today().replace(day=1)

    # ----- contents -------------------------------------------------------------------------
    def set_rows(self, month: date, rows: list[GridRow], tables: RateTables) -> None:
        self.beginResetModel()
        self.month, self._tables = month, tables
        self._lines = [_Line(row) for row in rows]
        self.endResetModel()

    def update_rows(self, rows: list[GridRow]) -> None:
        """Put freshly read rows in place of the same employees' lines (after a save)."""
        fresh = {row.employee.id: row for row in rows}
        for number, line in enumerate(self._lines):
            row = fresh.get(line.row.employee.id)
            if row is not None:
                self._lines[number] = _Line(row)
                self.dataChanged.emit(self.index(number, 0),
                                      self.index(number, len(COLUMNS) - 1))

    @property
    def dirty(self) -> bool:
        return any(line.dirty for line in self._lines)

    def employee_name(self, row: int) -> str:
        employee = self._lines[row].row.employee
        return f"{employee.last_name} {employee.first_name}"

    def line(self, row: int) -> _Line:
        return self._lines[row]

    def record_of(self, row: int) -> WageRecord:
        """The row's figures as typed; raises ValidationError for the first bad cell."""
        line = self._lines[row]
        values = {name: parse_cell(name, line.texts.get(name, "")) for name in EDITABLE}
        figures = {name: values[name] or 0 for name in PAY_ITEMS}
        return WageRecord(employee_id=line.row.employee.id, month=self.month, **figures,
                          unpaid_absence_days=values["unpaid_absence_days"] or 0,
                          hours=values["hours"] or Decimal(0),
                          employer_contributions=values["employer_contributions"])

    def records(self) -> tuple[list[tuple[int, WageRecord]], list[tuple[int, ValidationError]]]:
        """(model row, record) of the rows typed in, and the cells that cannot be read.

        A row nobody typed in holds its saved figures, so saving it would change nothing."""
        out, errors = [], []
        for row, line in enumerate(self._lines):
            if line.locked or not line.dirty or (
                    line.row.record is None and not any(line.texts.values())):
                continue
            try:
                out.append((row, self.record_of(row)))
            except ValidationError as exc:
                errors.append((row, exc))
        return out, errors

    def set_errors(self, errors: list[tuple[int, ValidationError]]) -> None:
        for line in self._lines:
            line.errors.clear()
        for row, error in errors:
            self._lines[row].errors[error.field or "employee"] = describe(error)
        self._changed_all()

    def _changed_all(self) -> None:
        if self._lines:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._lines) - 1, len(COLUMNS) - 1))

    # ----- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        name = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._short_headers().get(name, name)
        if role == Qt.ItemDataRole.ToolTipRole and name in EDITABLE:
            return item_label(name)
        return None

    def _short_headers(self) -> dict[str, str]:
        # Two short lines each, so that thirteen columns fit a 1366-pixel screen; the full
        # names are the header tooltips.
        return {"employee": self.tr("Employee"), "gross_pay": self.tr("Basic\npay"),
                "supplements": self.tr("Supple-\nments"),
                "holiday_pay": self.tr("Holiday\npay"),
                "holiday_bonus": self.tr("Holiday\nbonus"),
                "holiday_compensation": self.tr("Holiday\ncomp."),
                "tax_free_allowances": self.tr("Tax-free\nallow."),
                "kela_compensated_pay": self.tr("Kela-\ncomp. pay"),
                "other_public_support": self.tr("Other\nsupport"),
                "unpaid_absence_days": self.tr("Unpaid\ndays"), "hours": self.tr("Hours"),
                "employer_contributions": self.tr("Contri-\nbutions"),
                "wage_costs": self.tr("Wage\ncosts"), "status": self.tr("Status")}

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in EDITABLE and not self._lines[index.row()].locked:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line, name = self._lines[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return line.texts.get(name, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name not in ("employee", "status"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(line, name)
        if role == Qt.ItemDataRole.ForegroundRole and self._computed(line, name):
            return COMPUTED_COLOUR
        if role == Qt.ItemDataRole.FontRole:
            return self._font(line, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, name)
        return None

    def setData(self, index: Index, value: object,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        name = COLUMNS[index.column()]
        line = self._lines[index.row()]
        if role != Qt.ItemDataRole.EditRole or name not in EDITABLE or line.locked:
            return False
        text = str(value).strip()
        if text == line.texts.get(name, ""):
            return False
        line.texts[name] = text
        line.dirty = True
        line.errors.pop(name, None)
        try:
            parse_cell(name, text)
        except ValidationError as exc:
            line.errors[name] = describe(exc)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        return True

    # ----- cell looks -----------------------------------------------------------------------
    def _computed(self, line: _Line, name: str) -> bool:
        return name == "employer_contributions" and not line.texts.get(name)

    def _figures(self, line: _Line) -> tuple[int | None, int | None]:
        """(contributions computed from the table, wage costs) when the row can be read."""
        try:
            record = self.record_of(self._lines.index(line))
            computed = computed_contributions(record, self._tables)
        except ValidationError:
            return None, None
        actual = record.employer_contributions
        return computed, record.taxable_pay + (computed if actual is None else actual)

    def _display(self, line: _Line, name: str) -> str:
        if name == "employee":
            employee = line.row.employee
            return f"{employee.last_name} {employee.first_name}"
        if name == "status":
            return self._status(line)
        if name == "wage_costs":
            if line.row.record is None and not any(line.texts.values()):
                return ""
            return _money_text(self._figures(line)[1])
        text = line.texts.get(name, "")
        if self._computed(line, name) and any(line.texts.values()):
            return _money_text(self._figures(line)[0])
        if name in PAY_ITEMS or name == "employer_contributions":
            try:
                return _money_text(parse_cell(name, text))
            except ValidationError:
                return text
        return text

    def _status(self, line: _Line) -> str:
        """One short word; the tooltip and the flag list under the grid say more."""
        if line.locked:
            return self.tr("Locked")
        if line.dirty:
            return self.tr("Not saved")
        if line.row.flag == "missing":
            return self.tr("Missing")
        if line.row.flag == "outside_decision":
            return self.tr("No decision")
        return ""

    def _background(self, line: _Line, name: str) -> QColor | None:
        if name in line.errors:
            return ERROR_BACKGROUND
        if line.locked:
            return LOCKED_BACKGROUND
        if line.row.flag == "missing" and not line.dirty:
            return MISSING_BACKGROUND
        return None

    def _font(self, line: _Line, name: str) -> QFont | None:
        if name != "employer_contributions":
            return None
        font = QFont()
        if line.texts.get(name):
            font.setBold(True)  # the actual figure typed over the computed one
        else:
            font.setItalic(True)
        return font

    def _tooltip(self, line: _Line, name: str) -> str | None:
        if name in line.errors:
            return line.errors[name]
        if name == "status" and line.row.flag and not line.locked:
            return flag_text(line.row.flag)
        if line.locked:
            return self.tr("The payment application that includes this month has been sent. "
                           "Change its figures with Correct… in Payment applications.")
        if name == "employer_contributions":
            computed = self._figures(line)[0]
            if line.texts.get(name) and computed is not None:
                return self.tr("Typed over the computed %1").replace("%1", fmt.money(computed))
            return self.tr("Computed from the rate table. Type the actual figure to replace it.")
        return None
