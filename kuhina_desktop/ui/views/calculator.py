"""Palkkatukilaskuri: before hiring, what one month costs and how much support it brings.

Every keystroke recomputes with the same engine as the payment applications (through
``DecisionsService.estimate``), with this year's rates of the open file.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.rates import CONTRIBUTION_LINES
from kuhina_desktop.domain.subsidy import Employment, Kind, WageMonth
from kuhina_desktop.domain.support_estimate import Estimate
from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.decision_texts import contribution_name, error_text, kind_name
from kuhina_desktop.ui.decision_texts import kinds_in_menu_order as kinds
from kuhina_desktop.ui.widgets.decimal_field import DecimalField
from kuhina_desktop.ui.widgets.fields import MoneyField

_PAY_FIELDS = (("gross_pay", "months.gross_pay"), ("supplements", "months.supplements"),
               ("holiday_pay", "months.holiday_pay"), ("holiday_bonus", "months.holiday_bonus"))


class CalculatorView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.estimate: Estimate | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.addWidget(self._inputs(), 2)
        row.addWidget(self._results(), 3)
        self._kind_changed()

    # ----- building ---------------------------------------------------------------------
    def _inputs(self) -> QGroupBox:
        box = QGroupBox(self.tr("Planned employment"))
        form = QFormLayout(box)
        self.kind = QComboBox(objectName="calc_kind")
        for kind in kinds():
            self.kind.addItem(kind_name(kind), kind)
        form.addRow(self.tr("&Kind of support"), self.kind)
        self.weekly = DecimalField("employment.weekly_hours")
        self.full_time = DecimalField("employment.full_time_weekly_hours")
        self.full_time.set_value(Decimal("37.5"))
        form.addRow(self.tr("&Weekly hours"), self.weekly)
        form.addRow(self.tr("Full-&time weekly hours"), self.full_time)
        self.pay = {name: MoneyField(field)
                    for name, field in _PAY_FIELDS}
        labels = (self.tr("&Gross pay / month"), self.tr("&Supplements"),
                  self.tr("Holiday &pay"), self.tr("Holiday &bonus"))
        for label, field in zip(labels, self.pay.values(), strict=True):
            form.addRow(label, field)
        self.percent = DecimalField("decision.percent")
        self.cap = MoneyField("decision.monthly_cap")
        form.addRow(self.tr("Suppo&rt %"), self.percent)
        form.addRow(self.tr("&Monthly cap €"), self.cap)
        hint = QLabel(self.tr("Percent and cap come from the rate tables; a municipal "
                              "supplement or other support needs them from its decision."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow(hint)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for field in (self.weekly, self.full_time, *self.pay.values(), self.percent, self.cap):
            field.textChanged.connect(self.recalculate)
        return box

    def _results(self) -> QGroupBox:
        box = QGroupBox(self.tr("One month"))
        layout = QVBoxLayout(box)
        self.basis = QLabel(objectName="calc_basis")
        self.basis.setWordWrap(True)
        layout.addWidget(self.basis)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(1, 120)
        self.pay_total = self._row(grid, self.tr("Pay"), "result_pay")
        self.line_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for name in CONTRIBUTION_LINES:
            label = QLabel(contribution_name(name))
            grid.addWidget(label, grid.rowCount(), 0)
            self.line_labels[name] = (label, self._amount(grid, f"result_{name}",
                                                          grid.rowCount() - 1))
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(rule, grid.rowCount(), 0, 1, 2)
        self.wage_costs = self._row(grid, self.tr("Wage costs"), "result_wage_costs", True)
        self.eligible = self._row(grid, self.tr("Eligible costs"), "result_eligible")
        self.support = self._row(grid, self.tr("Support"), "result_support", True, "#1b5e20")
        self.own_cost = self._row(grid, self.tr("The association's own cost"),
                                  "result_own_cost", True)
        # Labels and amounts close together: a figure is read across a short line.
        figures = QWidget()
        figures.setLayout(grid)
        figures.setMaximumWidth(480)
        layout.addWidget(figures)
        self.message = QLabel(objectName="calc_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        return box

    def _row(self, grid: QGridLayout, text: str, name: str, bold: bool = False,
             colour: str | None = None) -> QLabel:
        row = grid.rowCount()
        label = QLabel(text)
        grid.addWidget(label, row, 0)
        amount = self._amount(grid, name, row)
        style = "font-weight: bold;" if bold else ""
        label.setStyleSheet(style)
        amount.setStyleSheet(style + (f" color: {colour};" if colour else ""))
        return amount

    def _amount(self, grid: QGridLayout, name: str, row: int) -> QLabel:
        amount = QLabel("–", objectName=name)
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(amount, row, 1)
        return amount

    # ----- behaviour --------------------------------------------------------------------
    def _kind_changed(self) -> None:
        today = self.services.decisions.today()
        parameters = self.services.decisions.prefill(Kind(self.kind.currentData()), today)
        self.percent.set_value(parameters.percent if parameters else None)
        self.cap.set_value(parameters.monthly_cap_cents if parameters else None)
        self.recalculate()

    def recalculate(self) -> None:
        try:
            estimate = self._estimate()
        except ValidationError as error:
            self._show_nothing(error_text(error))
            return
        if estimate is None:
            self._show_nothing(self.tr("Enter the hours and the gross pay."))
            return
        self._show(estimate)

    def _estimate(self) -> Estimate | None:
        weekly, full_time = self.weekly.value(), self.full_time.value()
        gross = self.pay["gross_pay"].value()
        if weekly is None or full_time is None or gross is None:
            return None
        extras = {name: self.pay[name].value() or 0 for name in list(self.pay)[1:]}
        wage = WageMonth(self.services.decisions.today(), gross, **extras)
        return self.services.decisions.estimate(
            Kind(self.kind.currentData()), Employment(weekly, full_time), wage,
            percent=self.percent.value(), monthly_cap_cents=self.cap.value())

    def _show(self, estimate: Estimate) -> None:
        self.estimate = estimate
        self.pay_total.setText(fmt.money(estimate.taxable_pay))
        lines = {line.name: line for line in estimate.contribution_lines}
        for name, (label, amount) in self.line_labels.items():
            line = lines.get(name)
            label.setText(contribution_name(name) + (
                f" {fmt.percent(line.rate, places=None)}" if line else ""))
            amount.setText(fmt.money(line.amount) if line else "–")
        self.wage_costs.setText(fmt.money(estimate.wage_costs))
        self.eligible.setText(fmt.money(estimate.eligible_costs))
        self.support.setText(fmt.money(estimate.support))
        self.own_cost.setText(fmt.money(estimate.own_cost))
        self.basis.setText(self._basis_text(estimate))
        self.message.setText(self._cap_text(estimate))

    def _basis_text(self, estimate: Estimate) -> str:
        d = estimate.decision
        return (self.tr("Rates of %1, support %2 of the eligible costs, at most %3 a month. "
                        "Working time %4 of full time.")
                .replace("%1", str(d.start.year)).replace("%2", fmt.percent(d.percent / 100))
                .replace("%3", fmt.money(d.monthly_cap_cents))
                .replace("%4", fmt.working_time(estimate.work_fraction)))

    def _cap_text(self, estimate: Estimate) -> str:
        d = estimate.decision
        if estimate.working_time_factor < 1 and d.working_time_cap is not None:
            return self.tr("The hours are above the working-time cap of %1: only that share "
                           "of the costs is eligible.").replace("%1",
                                                                fmt.percent(d.working_time_cap))
        if estimate.support == d.monthly_cap_cents and estimate.support < estimate.eligible_costs:
            return self.tr("The support is limited by the monthly cap.")
        return ""

    def _show_nothing(self, reason: str) -> None:
        self.estimate = None
        amounts = [a for _, a in self.line_labels.values()]
        for label in (self.pay_total, *amounts, self.wage_costs, self.eligible, self.support,
                      self.own_cost):
            label.setText("–")
        for name, (label, _) in self.line_labels.items():
            label.setText(contribution_name(name))
        self.basis.setText("")
        self.message.setText(reason)
