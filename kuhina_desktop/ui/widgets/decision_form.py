"""The fields of a support decision in two columns: who and when on the left, money on the right.

The form only turns text into values; the checks that need the file (the contract, earlier
decisions, the decision number) are the service's. ``record()`` collects every field error at
once so the person sees them all.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.funding import DecisionRecord
from kuhina_desktop.domain.rates import SupportParameters
from kuhina_desktop.domain.subsidy import (
    DEFAULT_ITEMS,
    STATUTORY_KINDS,
    ContributionMethod,
    CostItem,
    Decision,
    Kind,
)
from kuhina_desktop.storage.decision_inputs import EmployeeChoice
from kuhina_desktop.ui.decision_texts import cost_item_name, kind_name, kinds_in_menu_order
from kuhina_desktop.ui.widgets.decimal_field import DecimalField
from kuhina_desktop.ui.widgets.fields import DateField, MoneyField

HUNDRED = Decimal(100)
_READ_ONLY_STYLE = "background: palette(window);"
USUAL_PAYERS = ("Pohjois-Karjalan työllisyysalue", "KEHA-keskus", "Joensuun kaupunki")


class DecisionForm(QWidget):
    changed = Signal()
    prefill_wanted = Signal()  # the kind or the subsidy start changed

    def __init__(self, employees: list[EmployeeChoice], payers: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_fields(employees, payers)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.addLayout(self._left_column(), 0, 0)
        grid.addLayout(self._right_column(), 0, 1)
        self._connect()

    # ----- building ---------------------------------------------------------------------
    def _build_fields(self, employees: list[EmployeeChoice], payers: list[str]) -> None:
        self.employee = QComboBox(objectName="field_employee_id")
        for person in employees:
            label = person.sort_name
            if person.archived_on:
                label += " " + self.tr("(archived)")
            self.employee.addItem(label, person.id)
        self.employee.setPlaceholderText(self.tr("Choose the employee"))
        self.employee.setCurrentIndex(-1)  # a conscious choice, never a default person
        self.kind = QComboBox(objectName="field_decision.kind")
        for kind in kinds_in_menu_order():
            self.kind.addItem(kind_name(kind), kind)
        self.payer = QComboBox(objectName="field_payer")
        self.payer.setEditable(True)
        self.payer.addItems(list(dict.fromkeys([*payers, *USUAL_PAYERS])))
        self.payer.setCurrentIndex(-1)
        self.number = QLineEdit(objectName="field_decision_number")
        self.number.setPlaceholderText("PKTYA/1234/2026")
        self.decided_on = DateField("decision.decided_on", required=True)
        self.start = DateField("decision.start", required=True)
        self.end = DateField("decision.end", required=True)
        self.period = QComboBox(objectName="field_decision.payment_period_months")
        for months in (1, 2, 3):
            self.period.addItem(self.tr("%n month(s)", "", months), months)
        self._build_money_fields()

    def _build_money_fields(self) -> None:
        self.percent = DecimalField("decision.percent", required=True)
        self.cap = MoneyField("decision.monthly_cap", required=True)
        self.working_time_cap = DecimalField("decision.working_time_cap")
        self.working_time_cap.setPlaceholderText(self.tr("no cap"))
        self.method = QComboBox(objectName="field_decision.contribution_method")
        self.method.addItem(self.tr("Actual contributions"), ContributionMethod.ACTUAL)
        self.method.addItem(self.tr("Coefficient × gross pay"), ContributionMethod.COEFFICIENT)
        self.coefficient = DecimalField("decision.contribution_coefficient")
        self.prorate = QCheckBox(self.tr("Pro-rate &the cap in partial months"),
                                 objectName="field_decision.prorate_partial_months")
        self.prorate.setChecked(True)
        self.deadline = QSpinBox(objectName="field_decision.deadline_months_after")
        self.deadline.setRange(1, 12)
        self.deadline.setValue(2)
        self.deadline.setSuffix(" " + self.tr("months after the period"))
        self.items = {item: QCheckBox(self._keyed_item_names().get(item, cost_item_name(item)),
                                      objectName=f"item_{item}")
                      for item in CostItem}

    def _keyed_item_names(self) -> dict[CostItem, str]:
        """The cost items with access keys of this form (the plain names serve the lists and
        messages, where an & would show)."""
        return {CostItem.GROSS_PAY: self.tr("&Gross pay"),
                CostItem.SUPPLEMENTS: self.tr("&Supplements"),
                CostItem.HOLIDAY_PAY: self.tr("H&oliday pay"),
                CostItem.HOLIDAY_BONUS: self.tr("Holiday &bonus"),
                CostItem.EMPLOYER_CONTRIBUTIONS: self.tr("Employer's con&tributions")}

    def _left_column(self) -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.addRow(self.tr("E&mployee *"), self.employee)
        form.addRow(self.tr("&Kind of support *"), self.kind)
        form.addRow(self.tr("Pa&yer *"), self.payer)
        form.addRow(self.tr("&Decision number"), self.number)
        form.addRow(self.tr("De&cision date *"), self.decided_on)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        form.addRow(self.tr("Subsidy period *"), period)
        form.addRow(self.tr("Payme&nt period"), self.period)
        return form

    def _right_column(self) -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.addRow(self.tr("S&upport % *"), self.percent)
        form.addRow(self.tr("Monthly &cap € *"), self.cap)
        form.addRow(self.tr("&Working-time cap %"), self.working_time_cap)
        method = QHBoxLayout()
        method.addWidget(self.method, 1)
        method.addWidget(self.coefficient)
        self.coefficient.setMaximumWidth(70)
        # A row whose field is a layout gets no buddy from addRow: without one the label
        # would show its '&' instead of underlining the key.
        method_label = QLabel(self.tr("&Employer contributions"))
        method_label.setBuddy(self.method)
        form.addRow(method_label, method)
        form.addRow("", self.prorate)
        form.addRow(self.tr("Appl&ication deadline"), self.deadline)
        items = QGridLayout()
        for index, box in enumerate(self.items.values()):
            items.addWidget(box, index // 2, index % 2)
        form.addRow(self.tr("Eligible costs"), items)
        return form

    def _connect(self) -> None:
        for edit in (self.number, self.decided_on, self.start, self.end, self.percent, self.cap,
                     self.working_time_cap, self.coefficient):
            edit.textChanged.connect(self.changed)
        for combo in (self.employee, self.payer, self.period, self.method):
            combo.currentIndexChanged.connect(self.changed)
        self.payer.editTextChanged.connect(self.changed)
        self.prorate.toggled.connect(self.changed)
        self.deadline.valueChanged.connect(self.changed)
        for box in self.items.values():
            box.toggled.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.kind_changed)
        self.start.editingFinished.connect(self.prefill_wanted)
        self.method.currentIndexChanged.connect(self._method_changed)

    # ----- state ------------------------------------------------------------------------
    def current_kind(self) -> Kind:
        return Kind(self.kind.currentData())

    def kind_changed(self) -> None:
        statutory = self.current_kind() in STATUTORY_KINDS
        for item, box in self.items.items():
            box.setEnabled(not statutory)
            if statutory:
                box.setChecked(item in DEFAULT_ITEMS[self.current_kind()])
        self.prefill_wanted.emit()
        self.changed.emit()

    def _method_changed(self) -> None:
        self.coefficient.setEnabled(self.method.currentData() == ContributionMethod.COEFFICIENT)

    def apply_prefill(self, parameters: SupportParameters | None) -> None:
        """Fill percent, cap, working-time cap and coefficient from the table (editable)."""
        if parameters is None:
            return
        self.percent.set_value(parameters.percent)
        self.cap.set_value(parameters.monthly_cap_cents)
        cap = parameters.working_time_cap
        self.working_time_cap.set_value(None if cap is None else cap * HUNDRED)
        self.coefficient.set_value(parameters.contribution_coefficient)

    def select_employee(self, employee_id: int | None) -> None:
        if employee_id is not None:
            self.employee.setCurrentIndex(self.employee.findData(employee_id))

    def set_record(self, record: DecisionRecord) -> None:
        d = record.decision
        self.select_employee(record.employee_id)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(d.kind))))
        self.kind.blockSignals(False)
        self.payer.setEditText(record.payer)
        self.number.setText(record.decision_number)
        self.decided_on.set_value(d.decided_on)
        self.start.set_value(d.start)
        self.end.set_value(d.end)
        self.period.setCurrentIndex(max(0, self.period.findData(d.payment_period_months)))
        self.percent.set_value(d.percent)
        self.cap.set_value(d.monthly_cap_cents)
        cap = d.working_time_cap
        self.working_time_cap.set_value(None if cap is None else cap * HUNDRED)
        self.method.setCurrentIndex(max(0, self.method.findData(d.contribution_method)))
        self.coefficient.set_value(d.contribution_coefficient)
        self.prorate.setChecked(d.prorate_partial_months)
        self.deadline.setValue(d.deadline_months_after)
        for item, box in self.items.items():
            box.setChecked(item in d.items)
            box.setEnabled(d.kind not in STATUTORY_KINDS)
        self._method_changed()

    def lock_after_sending(self, reason: str) -> None:
        """Payment applications of the decision have been sent: the fields that set its
        periods and money (``domain.funding.LOCKED_AFTER_SENDING``) become read-only, with
        ``reason`` as their tooltip. The number, payer, dates of decision and end stay open."""
        for edit in (self.start, self.percent, self.cap, self.working_time_cap,
                     self.coefficient):
            edit.setReadOnly(True)
            edit.setStyleSheet(_READ_ONLY_STYLE)
        self.deadline.setReadOnly(True)
        widgets = [self.employee, self.kind, self.period, self.method, self.prorate,
                   *self.items.values()]
        for widget in widgets:
            widget.setEnabled(False)
        for widget in (*widgets, self.start, self.percent, self.cap, self.working_time_cap,
                       self.coefficient, self.deadline):
            widget.setToolTip(reason)

    # ----- reading ----------------------------------------------------------------------
    def record(self, base: DecisionRecord | None, conditions: str) -> DecisionRecord:
        """The form as a record; ValidationErrors listing every unreadable field."""
        values, errors = self._read_fields()
        if self.employee.currentData() is None:
            errors.append(ValidationError("employee", code="dec_employee_missing",
                                          field="employee_id"))
        if errors:
            raise ValidationErrors(errors)
        decision = self._decision(values)
        fresh = DecisionRecord(employee_id=self.employee.currentData(), decision=decision,
                               payer=self.payer.currentText(), decision_number=self.number.text(),
                               conditions=conditions)
        if base is None:
            return fresh
        return replace(base, employee_id=fresh.employee_id, decision=decision, payer=fresh.payer,
                       decision_number=fresh.decision_number, conditions=conditions)

    def _read_fields(self) -> tuple[dict[str, object], list[ValidationError]]:
        values: dict[str, object] = {}
        errors: list[ValidationError] = []
        for name, widget in (("decided_on", self.decided_on), ("start", self.start),
                             ("end", self.end), ("percent", self.percent), ("cap", self.cap),
                             ("working_time_cap", self.working_time_cap),
                             ("coefficient", self.coefficient)):
            try:
                values[name] = widget.value()
            except ValidationError as error:
                errors.append(error)
        return values, errors

    def _decision(self, values: dict[str, object]) -> Decision:
        kind = self.current_kind()
        cap = values["working_time_cap"]
        items = None
        if kind not in STATUTORY_KINDS:
            items = frozenset(i for i, box in self.items.items() if box.isChecked())
        return Decision(
            kind=kind, start=values["start"], end=values["end"], percent=values["percent"],
            monthly_cap_cents=values["cap"],
            working_time_cap=None if cap is None else cap / HUNDRED,
            payment_period_months=self.period.currentData(),
            contribution_method=ContributionMethod(self.method.currentData()),
            prorate_partial_months=self.prorate.isChecked(),
            contribution_coefficient=values["coefficient"], eligible_items=items,
            decided_on=values["decided_on"], deadline_months_after=self.deadline.value())

    def period_dates(self) -> tuple[date | None, date | None]:
        """Start and end when both can be read now (for the live preview), else Nones."""
        try:
            return self.start.value(), self.end.value()
        except ValidationError:
            return None, None

    def widget_for(self, field: str | None) -> QWidget | None:
        return self.findChild(QWidget, f"field_{field}") if field else None
