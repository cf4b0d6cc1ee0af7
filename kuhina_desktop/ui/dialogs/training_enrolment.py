"""Edit one enrolment: status, hours, completion day and result. Completing a package that grants
a certificate creates the certificate in the same save."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.training import Enrolment, EnrolmentStatus
from kuhina_desktop.services import Services
from kuhina_desktop.services.training import EnrolmentRow, SaveResult
from kuhina_desktop.ui.dialogs.training_base import HoursField, RecordDialog, combo, set_combo
from kuhina_desktop.ui.views.training_labels import label
from kuhina_desktop.ui.widgets.fields import DateField


class EnrolmentDialog(RecordDialog):
    def __init__(self, services: Services, row: EnrolmentRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Enrolment"), parent)
        self.enrolment = row.enrolment
        self.result_of_save: SaveResult | None = None
        package = self.training.package(row.enrolment.package_id)
        granted = {t.id: t.name for t in self.training.certificate_types()}.get(
            package.certificate_type_id)
        self.form.addRow(self.tr("Employee"), QLabel(row.employee_name))
        self.form.addRow(self.tr("Training package"), QLabel(row.package_title))
        self.status = self.add_row("enrolment_status", self.tr("&Status"), combo(
            "enrolment_status", [(label(s), s) for s in EnrolmentStatus]))
        self.start = self.add_row("enrolment_start", self.tr("Start &date"),
                                  DateField("enrolment_start"))
        self.hours = self.add_row("enrolment_hours_attended", self.tr("&Hours attended"),
                                  HoursField("enrolment_hours_attended"))
        self.completed_on = self.add_row("enrolment_completed_on",
                                         self.tr("&Completed or interrupted on"),
                                         DateField("enrolment_completed_on"))
        self.result = self.add_row("enrolment_result", self.tr("&Result"), QLineEdit())
        self.grant_note = QLabel()
        self.grant_note.setObjectName("grant_note")
        self.grant_note.setWordWrap(True)
        if granted:
            self.grant_note.setText(self.tr(
                "When the status is “Completed”, the certificate “%1” is recorded on the "
                "completion day.").replace("%1", granted))
        self.form.addRow("", self.grant_note)
        self._fill(row.enrolment)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.mark_clean()

    def _fill(self, enrolment: Enrolment) -> None:
        set_combo(self.status, enrolment.status)
        self.start.set_value(enrolment.start)
        self.hours.set_value(enrolment.hours_attended)
        self.completed_on.set_value(enrolment.completed_on)
        self.result.setText(enrolment.result)

    def _status_changed(self) -> None:
        """Completing today is the common case: offer today's date, which can be changed."""
        if self.status.currentData() == EnrolmentStatus.COMPLETED and not \
                self.completed_on.text().strip():
            self.completed_on.set_value(self.training.today())

    def collect(self, errors: list[ValidationError]) -> Enrolment:
        return replace(self.enrolment, status=self.status.currentData(),
                       start=self.read(errors, self.start.value),
                       hours_attended=self.read(errors, self.hours.value) or Decimal(0),
                       completed_on=self.read(errors, self.completed_on.value),
                       result=self.result.text())

    def save(self, record: Enrolment) -> None:
        self.result_of_save = self.training.save_enrolment(record)
