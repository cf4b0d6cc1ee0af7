"""Enrol employees in a training package: tick the people (Space), choose the status, save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.training import EnrolmentStatus, TrainingPackage
from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.training_base import RecordDialog, combo
from kuhina_desktop.ui.views.training_labels import label
from kuhina_desktop.ui.widgets.fields import DateField


class EnrolDialog(RecordDialog):
    def __init__(self, services: Services, package: TrainingPackage,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Enrol in “%1”").replace("%1", package.title),
                         parent)
        self.package = package
        self.enrolled_ids: list[int] = []
        self.people = QListWidget()
        self.people.setObjectName("field_enrolment_employee_id")
        self.people.setMinimumHeight(200)
        busy = {r.enrolment.employee_id for r in self.training.enrolment_rows(
            package_id=package.id) if r.enrolment.status in (EnrolmentStatus.PLANNED,
                                                             EnrolmentStatus.ONGOING)}
        titles = {role.employee_id: role.job_title for role in self.training.roles()}
        for person in self.training.employees(include_archived=False):
            text = person.sort_name
            if titles.get(person.id):
                text += f" – {titles[person.id]}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            if person.id in busy:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(text + "  " + self.tr("(already enrolled)"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.add_row("enrolment_employee_id", self.tr("&Employees"), self.people)
        self.people.itemChanged.connect(self._mark_dirty)
        self.status = self.add_row("enrolment_status", self.tr("&Status"), combo(
            "enrolment_status", [(label(s), s) for s in (EnrolmentStatus.PLANNED,
                                                         EnrolmentStatus.ONGOING)]))
        self.start = self.add_row("enrolment_start", self.tr("Start &date"),
                                  DateField("enrolment_start"))
        self.start.set_value(package.start)
        self.mark_clean()

    def checked_ids(self) -> list[int]:
        items = (self.people.item(i) for i in range(self.people.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def collect(self, errors: list[ValidationError]) -> tuple[list[int], object]:
        start = self.read(errors, self.start.value)
        return self.checked_ids(), start

    def save(self, record: tuple[list[int], object]) -> None:
        ids, start = record
        self.enrolled_ids = self.training.enrol(self.package.id, ids,
                                                status=self.status.currentData(), start=start)
