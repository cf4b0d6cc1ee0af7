"""The certificate types (templates): validity in months, or none for a card that never
expires; month precision for cards valid to the end of a month (Tieturva)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.training import CertificateType
from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.training_base import RecordDialog, checkbox, spin, text_area
from kuhina_desktop.ui.models.training import Column, RowsModel, make_table, selected_object


class CertificateTypeDialog(RecordDialog):
    def __init__(self, services: Services, cert_type: CertificateType | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Certificate type"), parent)
        self.cert_type = cert_type
        self.name = self.add_row("cert_type_name", self.tr("Na&me *"), QLineEdit())
        self.never = self.add_row("cert_type_never", "", checkbox(
            "cert_type_never", self.tr("&Never expires")))
        self.months = self.add_row("cert_type_validity_months", self.tr("Valid &for"),
                                   spin("cert_type_validity_months", 1, 600,
                                        self.tr(" months")))
        self.month_precision = self.add_row("cert_type_month_precision", "", checkbox(
            "cert_type_month_precision", self.tr("&Valid to the end of the expiry month")))
        self.notes = self.add_row("cert_type_notes", self.tr("No&tes"), text_area(
            "cert_type_notes"))
        self.never.toggled.connect(self._never_toggled)
        self.months.setValue(60)
        if cert_type is not None:
            self.name.setText(cert_type.name)
            self.never.setChecked(cert_type.validity_months is None)
            self.months.setValue(cert_type.validity_months or 60)
            self.month_precision.setChecked(cert_type.month_precision)
            self.notes.setPlainText(cert_type.notes)
        self._never_toggled(self.never.isChecked())
        self.mark_clean()

    def _never_toggled(self, never: bool) -> None:
        self.months.setEnabled(not never)
        self.month_precision.setEnabled(not never)

    def collect(self, errors: list[ValidationError]) -> CertificateType:
        never = self.never.isChecked()
        values = {"name": self.name.text(),
                  "validity_months": None if never else self.months.value(),
                  "month_precision": False if never else self.month_precision.isChecked(),
                  "notes": self.notes.toPlainText()}
        if self.cert_type is not None:
            return replace(self.cert_type, **values)
        return CertificateType(**values)

    def save(self, record: CertificateType) -> None:
        self.training.save_certificate_type(record)


class CertificateTypesDialog(QDialog):
    """The list of types; Ctrl+N adds, Enter or double-click edits."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Certificate types"))
        self.resize(640, 420)
        self.model = RowsModel([
            Column(lambda: self.tr("Certificate"), lambda t: t.name),
            Column(lambda: self.tr("Validity"), self._validity, sort=lambda t:
                   t.validity_months or 10_000),
            Column(lambda: self.tr("Notes"), lambda t: t.notes.replace("\n", " ")),
        ], self)
        self.table = make_table(self.model, "certificate_types", self, stretch=2)
        self.table.activated.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&New type…"))
        add.setObjectName("new_type")
        add.clicked.connect(self.new)
        add.setEnabled(not services.read_only)
        row.addWidget(add)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new)
        self.refresh()

    def _validity(self, cert_type: CertificateType) -> str:
        if cert_type.validity_months is None:
            return self.tr("no expiry")
        text = self.tr("%n months", "", cert_type.validity_months)
        if cert_type.month_precision:
            text += " " + self.tr("(to the end of the month)")
        return text

    def refresh(self) -> None:
        self.model.set_rows(self.services.training.certificate_types())

    def new(self) -> None:
        if not self.services.read_only and CertificateTypeDialog(self.services, None,
                                                                self).exec():
            self.refresh()

    def edit(self) -> None:
        cert_type = selected_object(self.table)
        if cert_type is not None and CertificateTypeDialog(self.services, cert_type,
                                                           self).exec():
            self.refresh()
