"""Pätevyydet: every certificate with its expiry marked (90 and 30 days), the role
requirements, and the gaps between them."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.training import ExpiryMark, RoleRequirement
from kuhina_desktop.services import Services
from kuhina_desktop.services.training import CertificateRow
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.training_cert_types import CertificateTypesDialog
from kuhina_desktop.ui.dialogs.training_certificate import CertificateDialog
from kuhina_desktop.ui.errors import user_message
from kuhina_desktop.ui.models.training import Column, RowsModel, make_table, selected_object
from kuhina_desktop.ui.views.training_common import TrainingTab
from kuhina_desktop.ui.views.training_labels import MARK_COLOURS, label

GAP_COLOUR = MARK_COLOURS[ExpiryMark.EXPIRED]


class CertificatesTab(TrainingTab):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._types: dict[int, str] = {}
        self.model = RowsModel(self._columns(), self)
        self.table = make_table(self.model, "certificates", self)
        self.table.activated.connect(self.open_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.show_replaced = QCheckBox(self.tr("&Show replaced certificates"))
        self.show_replaced.setObjectName("show_replaced")
        self.show_replaced.toggled.connect(self.refresh)
        self.requirements_model = RowsModel([
            Column(lambda: self.tr("Role"), lambda r: r.job_title),
            Column(lambda: self.tr("Required certificate"),
                   lambda r: self._types.get(r.certificate_type_id, "")),
        ], self)
        self.requirements = make_table(self.requirements_model, "requirements", self,
                                       stretch=1)
        self.gaps_model = RowsModel([
            Column(lambda: self.tr("Employee"), lambda g: g.employee_name),
            Column(lambda: self.tr("Job title"), lambda g: g.job_title),
            Column(lambda: self.tr("Certificate"),
                   lambda g: self._types.get(g.certificate_type_id, "")),
            Column(lambda: self.tr("Problem"), lambda g: label(g.reason),
                   colour=lambda _g: GAP_COLOUR),
        ], self)
        self.gaps = make_table(self.gaps_model, "gaps", self)
        self._layout()

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Employee"), lambda r: r.employee_name),
            Column(lambda: self.tr("Certificate"), lambda r: r.type_name),
            Column(lambda: self.tr("Issued"), lambda r: fmt.day(r.certificate.issued_on),
                   sort=lambda r: r.certificate.issued_on.isoformat()),
            Column(lambda: self.tr("Expires"), lambda r: fmt.day(r.certificate.expires_on),
                   sort=lambda r: str(r.certificate.expires_on or "9999")),
            Column(lambda: self.tr("Status"), self._status_text, colour=self._status_colour),
            Column(lambda: self.tr("Original seen by"), lambda r: r.certificate.verified_by),
            Column(lambda: self.tr("Copy"), lambda r: self.tr("yes")
                   if r.certificate.attachment_id else ""),
        ]

    def _status_text(self, row: CertificateRow) -> str:
        return self.tr("Replaced by a newer one") if row.superseded else label(row.mark)

    @staticmethod
    def _status_colour(row: CertificateRow):
        return None if row.superseded else MARK_COLOURS.get(row.mark)

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar(
            self.button(self.tr("&New certificate…"), "new_certificate", self.new),
            self.button(self.tr("&Edit"), "edit_certificate", self.open_selected, writes=False),
            self.button(self.tr("&Remove"), "remove_certificate", self.remove),
            self.button(self.tr("&Open copy"), "open_scan", self.open_scan, writes=False),
            self.button(self.tr("&Certificate types…"), "certificate_types", self.edit_types,
                        writes=False),
            self.show_replaced, stretch_at=5))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        lower = QWidget()
        row = QHBoxLayout(lower)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._requirements_box(), 2)
        gaps_box = QGroupBox(self.tr("Gaps: required certificates missing or expired"))
        QVBoxLayout(gaps_box).addWidget(self.gaps)
        row.addWidget(gaps_box, 3)
        splitter.addWidget(lower)
        splitter.setSizes([300, 220])
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _requirements_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Roles that require a certificate"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.requirements)
        self.role_edit = QLineEdit()
        self.role_edit.setObjectName("field_requirement_job_title")
        self.role_edit.setPlaceholderText(self.tr("Role, e.g. keittiö"))
        self.role_edit.setToolTip(self.tr("Matches every job title that contains this text."))
        self.role_type = QComboBox()
        self.role_type.setObjectName("field_requirement_certificate_type_id")
        fields = QHBoxLayout()
        fields.addWidget(self.role_edit, 1)
        fields.addWidget(self.role_type, 1)
        layout.addLayout(fields)
        layout.addLayout(self.bar(
            self.button(self.tr("&Add"), "add_requirement", self.add_requirement),
            self.button(self.tr("Re&move"), "remove_requirement", self.remove_requirement)))
        self.role_edit.returnPressed.connect(self.add_requirement)
        return box

    # ----- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        types = self.training.certificate_types()
        self._types = {t.id: t.name for t in types}
        current = self.role_type.currentData()
        self.role_type.clear()
        for cert_type in types:
            self.role_type.addItem(cert_type.name, cert_type.id)
        self.role_type.setCurrentIndex(max(0, self.role_type.findData(current)))
        rows = self.training.certificate_rows()
        if not self.show_replaced.isChecked():
            rows = [r for r in rows if not r.superseded]
        self.model.set_rows(rows)
        self.requirements_model.set_rows(self.training.requirements())
        self.gaps_model.set_rows(self.training.role_gaps())
        self._summarise(rows)

    def _summarise(self, rows: list[CertificateRow]) -> None:
        live = [r for r in rows if not r.superseded]
        expired = sum(1 for r in live if r.mark == ExpiryMark.EXPIRED)
        soon = sum(1 for r in live if r.mark in (ExpiryMark.WITHIN_30, ExpiryMark.WITHIN_90))
        self.say(self.tr("Expired: %1 · expiring within 90 days: %2 · gaps: %3")
                 .replace("%1", str(expired)).replace("%2", str(soon))
                 .replace("%3", str(self.gaps_model.rowCount())))

    # ----- actions --------------------------------------------------------------------------
    def new(self) -> None:
        if not self.services.read_only and CertificateDialog(self.services, None, self).exec():
            self.refresh()

    def open_selected(self, *_args: object) -> None:
        row = selected_object(self.table)
        if row is not None and CertificateDialog(self.services, row.certificate, self).exec():
            self.refresh()

    def remove(self) -> None:
        row: CertificateRow | None = selected_object(self.table)
        if row is None or self.services.read_only:
            return
        what = f"{row.type_name} ({row.employee_name})"
        if self.confirm_remove(what) and self.run(
                lambda: self.training.delete_certificate(row.certificate.id)):
            self.refresh()

    def open_scan(self) -> None:
        row: CertificateRow | None = selected_object(self.table)
        scan = None if row is None else self.training.certificate_scan(row.certificate.id)
        if scan is None:
            self.say(self.tr("The chosen certificate has no scanned copy."))
            return
        name, data = scan
        # A private temporary folder: the copy is personal data and must not linger in a
        # shared place; the operating system's viewer opens it.
        folder = Path(tempfile.mkdtemp(prefix="kuhina-"))
        target = folder / Path(name).name
        target.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def add_requirement(self) -> None:
        if self.services.read_only or self.role_type.currentData() is None:
            return
        requirement = RoleRequirement(job_title=self.role_edit.text(),
                                      certificate_type_id=self.role_type.currentData())
        try:
            self.training.add_requirement(requirement)
        except (ValidationError, ValidationErrors) as exc:
            self.say(user_message(exc))
            self.role_edit.setFocus()
            return
        self.role_edit.clear()
        self.refresh()

    def remove_requirement(self) -> None:
        requirement = selected_object(self.requirements)
        if requirement is not None and self.run(
                lambda: self.training.delete_requirement(requirement.id)):
            self.refresh()

    def edit_types(self) -> None:
        CertificateTypesDialog(self.services, self).exec()
        self.refresh()
