"""Palkkatukilaskuri: before hiring, what one month costs and how much support it brings.

Every keystroke recomputes with the same engine as the payment applications (through
``DecisionsService.estimate``), with this year's rates of the open file.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import ValidationError
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
        form.addRow(self.tr("Kind of support"), self.kind)
        self.weekly = DecimalField("employment.weekly_hours", required=True)
        self.full_time = DecimalField("employment.full_time_weekly_hours", required=True)
        self.full_time.set_value(Decimal("37.5"))
        form.addRow(self.tr("Weekly hours"), self.weekly)
        form.addRow(self.tr("Full-time weekly hours"), self.full_time)
        self.pay = {name: MoneyField(field, required=name == "gross_pay")
                    for name, field in _PAY_FIELDS}
        labels = (self.tr("Gross pay / month"), self.tr("Supplements"),
                  self.tr("Holiday pay"), self.tr("Holiday bonus"))
        for label, field in zip(labels, self.pay.values(), strict=True):
            form.addRow(label, field)
        self.percent = DecimalField("decision.percent")
        self.cap = MoneyField("decision.monthly_cap")
        form.addRow(self.tr("Support %"), self.percent)
        form.addRow(self.tr("Monthly cap €"), self.cap)
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
        self.lines = QFormLayout()
        layout.addLayout(self.lines)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(rule)
        totals = QFormLayout()
        self.wage_costs = _figure("result_wage_costs", bold=True)
        self.eligible = _figure("result_eligible")
        self.support = _figure("result_support", bold=True, colour="#1b5e20")
        self.own_cost = _figure("result_own_cost", bold=True)
        totals.addRow(self.tr("Wage costs"), self.wage_costs)
        totals.addRow(self.tr("Eligible costs"), self.eligible)
        totals.addRow(self.tr("Support"), self.support)
        totals.addRow(self.tr("The association's own cost"), self.own_cost)
        layout.addLayout(totals)
        self.message = QLabel(objectName="calc_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        return box

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
        self._clear_lines()
        self.lines.addRow(self.tr("Pay"), _figure("result_pay", text=fmt.money(
            estimate.taxable_pay)))
        for line in estimate.contribution_lines:
            label = f"{contribution_name(line.name)} {fmt.percent(line.rate, places=None)}"
            self.lines.addRow(label, _figure(f"result_{line.name}", text=fmt.money(line.amount)))
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
                .replace("%4", fmt.percent(estimate.work_fraction, 1)))

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
        self._clear_lines()
        for label in (self.wage_costs, self.eligible, self.support, self.own_cost):
            label.setText("–")
        self.basis.setText("")
        self.message.setText(reason)

    def _clear_lines(self) -> None:
        while self.lines.rowCount():
            self.lines.removeRow(0)


def _figure(name: str, text: str = "–", bold: bool = False, colour: str | None = None) -> QLabel:
    label = QLabel(text, objectName=name)
    style = "font-weight: bold;" if bold else ""
    if colour:
        style += f" color: {colour};"
    label.setStyleSheet(style)
    return label
