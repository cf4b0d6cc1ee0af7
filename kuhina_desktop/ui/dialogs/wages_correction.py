"""Correcting a month whose application has been sent: new figures and the reason, logged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kuhina_desktop.domain.applications import Application, period_months
from kuhina_desktop.domain.wages import PAY_ITEMS, WageRecord
from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.wages_payment import _Dialog
from kuhina_desktop.ui.models.wage_grid import parse_cell
from kuhina_desktop.ui.views.wages_common import item_label, month_label
from kuhina_desktop.ui.widgets.access_keys import with_access_keys
from kuhina_desktop.ui.widgets.fields import MoneyField


class CorrectionDialog(_Dialog):
    def __init__(self, services: Services, app: Application, employee_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct the figures of a sent application"), parent)
        self.services, self.app, self.employee_id = services, app, employee_id
        info = QLabel(self.tr("The application has been sent, so its figures are locked. A "
                              "correction is saved with its reason and the figures before and "
                              "after it; what was applied for stays as it was sent."))
        info.setWordWrap(True)
        self.form.addRow(info)
        self.month = QComboBox()
        self.month.setObjectName("correction_month")
        for month in period_months(app.period_start, app.period_end):
            self.month.addItem(month_label(month), month)
        self.month.currentIndexChanged.connect(self._load)
        self.fields: dict[str, QLineEdit] = {}
        for name in (*PAY_ITEMS, "employer_contributions"):
            self.fields[name] = MoneyField(name)
        self.fields["employer_contributions"].setPlaceholderText(self.tr("computed"))
        for name in ("unpaid_absence_days", "hours"):
            self.fields[name] = QLineEdit()
            self.fields[name].setObjectName(f"field_{name}")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("field_correction_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        rows = [(self.tr("Month"), self.month),
                *((item_label(name), field) for name, field in self.fields.items()),
                (self.tr("Reason"), self.reason)]
        for text, widget in zip(with_access_keys(text for text, _ in rows), rows, strict=True):
            self.form.addRow(text, widget[1])
        self._load()
        self.watch_changes()

    def _load(self) -> None:
        record = self.services.wages.month(self.employee_id, self.month.currentData())
        for name in (*PAY_ITEMS, "employer_contributions"):
            self.fields[name].set_value(getattr(record, name) if record else None)
        days = record.unpaid_absence_days if record else 0
        self.fields["unpaid_absence_days"].setText(str(days) if days else "")
        hours = record.hours if record else Decimal(0)
        self.fields["hours"].setText(fmt.decimal(hours) if hours else "")

    def record(self) -> WageRecord:
        month: date = self.month.currentData()
        amounts = {name: self.fields[name].value() for name in PAY_ITEMS}
        days = parse_cell("unpaid_absence_days", self.fields["unpaid_absence_days"].text())
        hours = parse_cell("hours", self.fields["hours"].text())
        return WageRecord(employee_id=self.employee_id, month=month,
                          **{k: v or 0 for k, v in amounts.items()},
                          unpaid_absence_days=days or 0, hours=hours or Decimal(0),
                          employer_contributions=self.fields["employer_contributions"].value())

    def apply(self) -> None:
        self.services.wages.correct_month(self.record(), self.reason.toPlainText())
