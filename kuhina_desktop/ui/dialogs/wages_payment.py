"""Small dialogs of a sent application: a payment received, a rejection."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.applications import Application
from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.views.wages_common import describe
from kuhina_desktop.ui.widgets.fields import DateField, MoneyField


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("dialog_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4161a;")
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def watch_changes(self) -> None:
        """Call when the form is filled in: from then on Esc asks before throwing typing away."""
        self.changed = False

        def mark(*_args) -> None:
            self.changed = True

        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(mark)
        for edit in self.findChildren(QPlainTextEdit):
            edit.textChanged.connect(mark)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(mark)

    def reject(self) -> None:
        if getattr(self, "changed", False) and QMessageBox.question(
                self, self.tr("Discard the changes?"),
                self.tr("What you typed in this window has not been saved. Close it anyway?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        ) != QMessageBox.StandardButton.Discard:
            return
        super().reject()

    def _accept(self) -> None:
        try:
            self.apply()
        except KuhinaError as exc:
            self.error.setText(describe(exc))
            return
        self.accept()

    def apply(self) -> None:
        raise NotImplementedError


class PaymentDialog(_Dialog):
    """What the payer paid and when; several payments may come for one application."""

    def __init__(self, services: Services, app: Application, remaining: int,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(self.tr("Record a payment"), parent)
        self.services, self.app, self.today = services, app, today or date.today()
        self.form.addRow(self.tr("Applied"), QLabel(fmt.money(app.amount)))
        self.form.addRow(self.tr("Still unpaid"), QLabel(fmt.money(remaining)))
        self.paid_on = DateField("paid_on", required=True)
        self.paid_on.set_value(self.today)
        self.form.addRow(self.tr("&Paid on"), self.paid_on)
        self.amount = MoneyField("payment_amount", required=True)
        self.amount.set_value(remaining)
        self.form.addRow(self.tr("&Amount paid"), self.amount)
        self.final = QCheckBox(self.tr("&The payer will pay no more for this period"))
        self.final.setObjectName("payment_final")
        self.form.addRow("", self.final)
        self.amount.setFocus()
        self.amount.selectAll()
        self.watch_changes()

    def apply(self) -> None:
        self.services.applications.record_payment(
            self.app.id or 0, self.paid_on.value(), self.amount.value(),
            final=self.final.isChecked(), today=self.today)


class RejectDialog(_Dialog):
    def __init__(self, services: Services, app: Application,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The application was rejected"), parent)
        self.services, self.app = services, app
        info = QLabel(self.tr("Write down the reason from the payer's decision. The amount of "
                              "a rejected application is no longer counted as owed."))
        info.setWordWrap(True)
        self.form.addRow(info)
        self.note = QPlainTextEdit()
        self.note.setObjectName("field_rejection_note")
        self.note.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Reason"), self.note)
        self.note.setFocus()
        self.watch_changes()

    def apply(self) -> None:
        self.services.applications.reject(self.app.id or 0, self.note.toPlainText())
