"""Add or edit a training package of the catalogue."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QWidget

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.training import Funder, PackageKind, TrainingPackage
from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.training_base import (
    HoursField,
    RecordDialog,
    checkbox,
    combo,
    set_combo,
    text_area,
)
from kuhina_desktop.ui.views.training_labels import label
from kuhina_desktop.ui.widgets.fields import DateField, MoneyField


class PackageDialog(RecordDialog):
    def __init__(self, services: Services, package: TrainingPackage | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("New training package") if package is None else self.tr(
            "Training package")
        super().__init__(services, title, parent)
        self.package = package
        self.saved: TrainingPackage | None = None
        self._build()
        if package is not None:
            self._fill(package)
        self.mark_clean()

    def _build(self) -> None:
        self.title = self.add_row("package_title", self.tr("&Title *"), QLineEdit())
        self.kind = self.add_row("package_kind", self.tr("Typ&e"), combo(
            "package_kind", [(label(k), k) for k in PackageKind]))
        self.provider = self.add_row("package_provider", self.tr("&Provider"), QLineEdit())
        self.funder = self.add_row("package_funder", self.tr("&Funder"), combo(
            "package_funder", [(label(f), f) for f in Funder]))
        self.planned_hours = self.add_row("package_planned_hours", self.tr("Planned &hours"),
                                          HoursField("package_planned_hours"))
        self.cost = self.add_row("package_cost_cents", self.tr("&Cost (€)"),
                                 MoneyField("package_cost_cents"))
        self.cost.setMaximumWidth(160)
        self.start = self.add_row("package_start", self.tr("&Start date"),
                                  DateField("package_start"))
        self.end = self.add_row("package_end", self.tr("End &date"), DateField("package_end"))
        types = [(self.tr("(none)"), None)] + [
            (t.name, t.id) for t in self.training.certificate_types()]
        self.certificate = self.add_row("package_certificate_type_id",
                                        self.tr("Completion &grants"),
                                        combo("package_certificate_type_id", types))
        self.unit = self.add_row("package_qualification_unit",
                                 self.tr("&Qualification unit (name or code)"), QLineEdit())
        self.modules = self.add_row("package_modules", self.tr("&Modules"),
                                    text_area("package_modules", 90))
        self.archived = self.add_row("package_archived", "", checkbox(
            "package_archived", self.tr("&Archived (no new enrolments)")))

    def _fill(self, pkg: TrainingPackage) -> None:
        self.title.setText(pkg.title)
        set_combo(self.kind, pkg.kind)
        self.provider.setText(pkg.provider)
        set_combo(self.funder, pkg.funder)
        self.planned_hours.set_value(pkg.planned_hours)
        self.cost.set_value(pkg.cost_cents)
        self.start.set_value(pkg.start)
        self.end.set_value(pkg.end)
        set_combo(self.certificate, pkg.certificate_type_id)
        self.unit.setText(pkg.qualification_unit)
        self.modules.setPlainText(pkg.modules)
        self.archived.setChecked(pkg.archived)

    def collect(self, errors: list[ValidationError]) -> TrainingPackage:
        values = {
            "title": self.title.text(), "kind": self.kind.currentData(),
            "funder": self.funder.currentData(), "provider": self.provider.text(),
            "planned_hours": self.read(errors, self.planned_hours.value) or Decimal(0),
            "cost_cents": self.read(errors, self.cost.value) or 0,
            "start": self.read(errors, self.start.value),
            "end": self.read(errors, self.end.value),
            "certificate_type_id": self.certificate.currentData(),
            "qualification_unit": self.unit.text(), "modules": self.modules.toPlainText(),
            "archived": self.archived.isChecked(),
        }
        if self.package is not None:
            return replace(self.package, **values)
        return TrainingPackage(**values)

    def save(self, record: TrainingPackage) -> None:
        self.saved = self.training.save_package(record)
