"""Add or edit a certificate: the expiry follows the type and the issue day until it is edited
by hand; a scanned copy is optional (keep one only when it is needed)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.training import Certificate
from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.training_base import (
    RecordDialog,
    combo,
    employee_items,
    set_combo,
)
from kuhina_desktop.ui.widgets.fields import DateField


class CertificateDialog(RecordDialog):
    def __init__(self, services: Services, certificate: Certificate | None = None,
                 parent: QWidget | None = None, employee_id: int | None = None) -> None:
        super().__init__(services, self.tr("Certificate"), parent)
        self.certificate = certificate
        self.saved: Certificate | None = None
        self.scan_path: Path | None = None
        self.remove_scan = False
        self._auto_expiry = certificate is None  # a stored expiry may have been set by hand
        self._build()
        if certificate is not None:
            self._fill(certificate)
        elif employee_id is not None:
            set_combo(self.employee, employee_id)
        self.mark_clean()

    def _build(self) -> None:
        people = employee_items(self.training, keep=self.certificate.employee_id
                                if self.certificate else None)
        self.employee = self.add_row("certificate_employee_id", self.tr("&Employee"),
                                     combo("certificate_employee_id", people))
        types = [(t.name, t.id) for t in self.training.certificate_types()]
        self.type = self.add_row("certificate_type_id", self.tr("Cer&tificate"),
                                 combo("certificate_type_id", types))
        self.issued = self.add_row("certificate_issued_on", self.tr("&Issued *"),
                                   DateField("certificate_issued_on", required=True))
        self.expires = self.add_row("certificate_expires_on", self.tr("E&xpires"),
                                    DateField("certificate_expires_on"))
        self.expires.setToolTip(self.tr("Filled in from the type; empty means it never expires."))
        self.issuer = self.add_row("certificate_issuer", self.tr("I&ssuer"), QLineEdit())
        self.number = self.add_row("certificate_number", self.tr("Certificate &number"),
                                   QLineEdit())
        self.verified_by = self.add_row("certificate_verified_by", self.tr("&Original seen by"),
                                        QLineEdit())
        self.add_row("certificate_scan", self.tr("Scanned copy"), self._scan_row())
        self.type.currentIndexChanged.connect(self._update_expiry)
        self.issued.editingFinished.connect(self._update_expiry)
        self.expires.textEdited.connect(self._expiry_edited)

    def _scan_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scan_label = QLabel(self.tr("none"))
        self.scan_label.setObjectName("scan_label")
        choose = QPushButton(self.tr("&Choose file…"))
        choose.setObjectName("choose_scan")
        choose.clicked.connect(self._choose_scan)
        self.remove_button = QPushButton(self.tr("&Remove copy"))
        self.remove_button.setObjectName("remove_scan")
        self.remove_button.clicked.connect(self._remove_scan)
        self.remove_button.setEnabled(False)
        layout.addWidget(self.scan_label, 1)
        layout.addWidget(choose)
        layout.addWidget(self.remove_button)
        return row

    def _fill(self, cert: Certificate) -> None:
        set_combo(self.employee, cert.employee_id)
        self.employee.setEnabled(False)  # a certificate belongs to the person who earned it
        set_combo(self.type, cert.type_id)
        self.issued.set_value(cert.issued_on)
        self.expires.set_value(cert.expires_on)
        self.issuer.setText(cert.issuer)
        self.number.setText(cert.number)
        self.verified_by.setText(cert.verified_by)
        if cert.attachment_id is not None:
            self.scan_label.setText(self.tr("kept in the file"))
            self.remove_button.setEnabled(True)

    def _expiry_edited(self) -> None:
        self._auto_expiry = False

    def _update_expiry(self) -> None:
        if not self._auto_expiry or self.type.currentData() is None:
            return
        try:
            issued = self.issued.value()
        except ValidationError:
            return  # reported when saving
        if issued is not None:
            self.expires.set_value(self.training.expected_expiry(self.type.currentData(), issued))

    def _choose_scan(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Scanned copy"), "", self.tr("PDF or image (*.pdf *.jpg *.jpeg *.png)"))
        if name:
            self.set_scan(Path(name))

    def set_scan(self, path: Path) -> None:
        self.scan_path = path
        self.remove_scan = False
        self.scan_label.setText(path.name)
        self.remove_button.setEnabled(True)
        self._mark_dirty()

    def _remove_scan(self) -> None:
        self.scan_path = None
        self.remove_scan = True
        self.scan_label.setText(self.tr("none"))
        self.remove_button.setEnabled(False)
        self._mark_dirty()

    def collect(self, errors: list[ValidationError]) -> Certificate:
        values = {"type_id": self.type.currentData(),
                  "issued_on": self.read(errors, self.issued.value),
                  "expires_on": self.read(errors, self.expires.value),
                  "issuer": self.issuer.text(), "number": self.number.text(),
                  "verified_by": self.verified_by.text()}
        if self.employee.currentData() is None:
            errors.append(ValidationError("employee", code="required",
                                          field="certificate_employee_id"))
        if self.certificate is not None:
            return replace(self.certificate, **values)
        return Certificate(employee_id=self.employee.currentData(), **values)

    def save(self, record: Certificate) -> None:
        self.saved = self.training.save_certificate(record, scan=self.scan_path,
                                                    remove_scan=self.remove_scan)
