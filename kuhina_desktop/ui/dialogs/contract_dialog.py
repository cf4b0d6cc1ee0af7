"""Adding or changing one employment contract."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.employee_records import StoredContract
from kuhina_desktop.domain.employees import Contract, PayBasis
from kuhina_desktop.domain.errors import KuhinaError, ValidationError, ValidationErrors
from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.form_dialog import DecimalField, FormDialog
from kuhina_desktop.ui.errors import show_error, user_message
from kuhina_desktop.ui.models.employee_labels import PAY_BASES, PAY_UNITS, label
from kuhina_desktop.ui.widgets.fields import DateField, MoneyField
from kuhina_desktop.ui.widgets.form_errors import FieldErrors

DEFAULT_FULL_TIME = Decimal("37.5")  # the most common full time of the sector's agreements


def _text_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(f"field_{name}")
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setFixedHeight(72)
    return edit


class ContractDialog(FormDialog):
    def __init__(self, services: Services, employee_id: int,
                 stored: StoredContract | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.employee_id = employee_id
        self.stored = stored
        self.saved: StoredContract | None = None
        self.setWindowTitle(self.tr("Employment contract"))
        self.setMinimumWidth(1000)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        for index, form in enumerate((self._terms_column(), self._work_column())):
            stack = QVBoxLayout()  # rows stay at the top when the other column grows
            stack.addLayout(form)
            stack.addStretch(1)
            if index:
                columns.addSpacing(16)
            columns.addLayout(stack, 1)
        layout.addLayout(columns)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load(stored.contract if stored else None)
        self.mark_clean()

    # ----- building ---------------------------------------------------------------------------
    def _terms_column(self) -> QFormLayout:
        form = QFormLayout()
        self.start = DateField("start", required=True)
        self.end = DateField("end")
        self.end.setPlaceholderText(self.tr("empty = open-ended"))
        self.trial_end = DateField("trial_end")
        self.weekly_hours = DecimalField("weekly_hours", required=True)
        self.full_time = DecimalField("full_time_weekly_hours", required=True)
        self.work_percent = QLabel()
        self.work_percent.setObjectName("work_percent")
        self.pay_basis = QComboBox()
        self.pay_basis.setObjectName("field_pay_basis")
        for basis in PayBasis:
            self.pay_basis.addItem(label(PAY_BASES, basis), str(basis))
        self.pay = MoneyField("pay_cents", required=True)
        self.pay_unit = QLabel()
        pay_row = QHBoxLayout()
        pay_row.addWidget(self.pay, 1)
        pay_row.addWidget(self.pay_unit)
        pay_box = QWidget()
        pay_box.setLayout(pay_row)
        pay_row.setContentsMargins(0, 0, 0, 0)
        e = self.errors
        e.add_row(form, self.tr("Starts *"), self.start, "start")
        e.add_row(form, self.tr("Ends"), self.end, "end")
        e.add_row(form, self.tr("Trial period ends"), self.trial_end, "trial_end")
        e.add_row(form, self.tr("Weekly hours *"), self.weekly_hours, "weekly_hours")
        e.add_row(form, self.tr("Sector's full-time hours a week *"), self.full_time,
                  "full_time_weekly_hours")
        form.addRow(self.tr("Working time percentage"), self.work_percent)
        e.add_row(form, self.tr("Pay basis"), self.pay_basis, "pay_basis")
        e.add_row(form, self.tr("Pay *"), pay_box, "pay_cents", focus=self.pay)
        self.weekly_hours.textChanged.connect(self._update_percent)
        self.full_time.textChanged.connect(self._update_percent)
        self.pay_basis.currentIndexChanged.connect(self._update_unit)
        return form

    def _work_column(self) -> QFormLayout:
        form = QFormLayout()
        self.job_title = QLineEdit()
        self.job_title.setObjectName("field_job_title")
        self.tailored_tasks = _text_edit("tailored_tasks")
        self.workplace = QLineEdit()
        self.workplace.setObjectName("field_workplace")
        self.agreement = QLineEdit()
        self.agreement.setObjectName("field_collective_agreement")
        self.partner_name = QLineEdit()
        self.partner_name.setObjectName("field_partner_name")
        self.partner_share = DecimalField("partner_share", percent=True)
        self.partner_share.setPlaceholderText("%")
        e = self.errors
        e.add_row(form, self.tr("Job title *"), self.job_title, "job_title")
        e.add_row(form, self.tr("Tailored tasks"), self.tailored_tasks, "tailored_tasks")
        e.add_row(form, self.tr("Workplace"), self.workplace, "workplace")
        e.add_row(form, self.tr("Collective agreement"), self.agreement, "collective_agreement")
        e.add_row(form, self.tr("Co-employment partner"), self.partner_name, "partner_name")
        e.add_row(form, self.tr("Partner's share (%)"), self.partner_share, "partner_share")
        return form

    # ----- values -----------------------------------------------------------------------------
    def _load(self, c: Contract | None) -> None:
        c = c or Contract(employee_id=self.employee_id, start=None, weekly_hours=None,
                          full_time_weekly_hours=DEFAULT_FULL_TIME)
        for field, value in ((self.start, c.start), (self.end, c.end),
                             (self.trial_end, c.trial_end)):
            field.set_value(value)
        self.weekly_hours.set_value(c.weekly_hours)
        self.full_time.set_value(c.full_time_weekly_hours)
        self.pay_basis.setCurrentIndex(max(0, self.pay_basis.findData(str(c.pay_basis))))
        self.pay.set_value(c.pay_cents or None)
        self.agreement.setText(c.collective_agreement)
        self.job_title.setText(c.job_title)
        self.tailored_tasks.setPlainText(c.tailored_tasks)
        self.workplace.setText(c.workplace)
        self.partner_name.setText(c.partner_name)
        self.partner_share.set_value(c.partner_share)
        self._update_percent()
        self._update_unit()

    def state(self) -> object:
        return (self.start.text(), self.end.text(), self.trial_end.text(),
                self.weekly_hours.text(), self.full_time.text(), self.pay_basis.currentData(),
                self.pay.text(), self.agreement.text(), self.job_title.text(),
                self.tailored_tasks.toPlainText(), self.workplace.text(),
                self.partner_name.text(), self.partner_share.text())

    def contract(self) -> Contract:
        """The form as a Contract, or ValidationErrors naming every field that cannot be read."""
        problems: list[ValidationError] = []

        def read(field):
            try:
                return field.value()
            except ValidationError as exc:
                problems.append(exc)
                return None

        values = {name: read(field) for name, field in (
            ("start", self.start), ("end", self.end), ("trial_end", self.trial_end),
            ("weekly_hours", self.weekly_hours), ("full_time_weekly_hours", self.full_time),
            ("pay_cents", self.pay), ("partner_share", self.partner_share))}
        if problems:
            raise ValidationErrors(problems)
        base = self.stored.contract if self.stored else None
        return Contract(
            id=base.id if base else None, employee_id=self.employee_id,
            pay_basis=PayBasis(self.pay_basis.currentData()),
            collective_agreement=self.agreement.text(), job_title=self.job_title.text(),
            tailored_tasks=self.tailored_tasks.toPlainText(), workplace=self.workplace.text(),
            partner_name=self.partner_name.text(), **values)

    def save(self) -> bool:
        contracts = self.services.employees.contracts
        try:
            contract = self.contract()
            self.saved = (contracts.update(contract) if contract.id is not None
                          else contracts.add(replace(contract, id=None)))
        except ValidationErrors as errors:
            for item in self.errors.show(errors):
                show_error(self, item)
            self.adjustSize()  # grow to fit the messages instead of clipping them
            return False
        except KuhinaError as exc:
            show_error(self, exc)
            return False
        self.mark_clean()
        if self.saved.warnings:
            self.tell_warnings(self.saved.warnings)
        self.accept()
        return True

    def tell_warnings(self, warnings) -> None:
        QMessageBox.information(self, self.tr("Contract saved – please check"), "\n\n".join(
            user_message(w) for w in warnings))

    def _update_percent(self) -> None:
        try:
            weekly, full = self.weekly_hours.value(), self.full_time.value()
        except ValidationError:
            weekly = full = None
        ok = weekly is not None and full is not None and full > 0
        self.work_percent.setText(fmt.percent(weekly / full, 1) if ok else "")

    def _update_unit(self) -> None:
        self.pay_unit.setText(label(PAY_UNITS, PayBasis(self.pay_basis.currentData())))
