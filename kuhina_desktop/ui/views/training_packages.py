"""Koulutuspaketit: the catalogue of training packages, and the enrolments of the chosen one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QLabel, QSplitter, QVBoxLayout, QWidget

from kuhina_desktop.domain.training import TrainingPackage
from kuhina_desktop.services import Services
from kuhina_desktop.services.training import EnrolmentRow
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.training_cert_types import CertificateTypesDialog
from kuhina_desktop.ui.dialogs.training_enrol import EnrolDialog
from kuhina_desktop.ui.dialogs.training_enrolment import EnrolmentDialog
from kuhina_desktop.ui.dialogs.training_package import PackageDialog
from kuhina_desktop.ui.models.training import Column, RowsModel, make_table, selected_object
from kuhina_desktop.ui.views.training_common import TrainingTab, reselect
from kuhina_desktop.ui.views.training_labels import hours, label


class PackagesTab(TrainingTab):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._type_names: dict[int, str] = {}
        self.packages_model = RowsModel(self._package_columns(), self)
        self.packages = make_table(self.packages_model, "packages", self)
        self.packages.activated.connect(self.open_selected)
        self.enrolments_model = RowsModel(self._enrolment_columns(), self)
        self.enrolments = make_table(self.enrolments_model, "enrolments", self, stretch=5)
        self.enrolments.activated.connect(self.edit_enrolment)
        QShortcut(QKeySequence.StandardKey.Delete, self.enrolments,
                  activated=self.remove_enrolment,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.show_archived = QCheckBox(self.tr("&Show archived"))
        self.show_archived.setObjectName("show_archived")
        self.show_archived.toggled.connect(self.refresh)
        self._layout()
        self.packages.selectionModel().selectionChanged.connect(self._package_chosen)

    def _package_columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Title"), lambda p: p.title + (
                "  " + self.tr("(archived)") if p.archived else "")),
            Column(lambda: self.tr("Type"), lambda p: label(p.kind)),
            Column(lambda: self.tr("Funder"), lambda p: label(p.funder)),
            Column(lambda: self.tr("Hours"), lambda p: hours(p.planned_hours),
                   sort=lambda p: int(p.planned_hours * 100), right=True),
            Column(lambda: self.tr("Cost"), lambda p: fmt.money(p.cost_cents),
                   sort=lambda p: p.cost_cents, right=True),
            Column(lambda: self.tr("Grants"), lambda p: self._type_names.get(
                p.certificate_type_id, "")),
        ]

    def _enrolment_columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Employee"), lambda r: r.employee_name),
            Column(lambda: self.tr("Status"), lambda r: label(r.enrolment.status)),
            Column(lambda: self.tr("Start"), lambda r: fmt.day(r.enrolment.start),
                   sort=lambda r: str(r.enrolment.start)),
            Column(lambda: self.tr("Hours"), lambda r: hours(r.enrolment.hours_attended),
                   sort=lambda r: int(r.enrolment.hours_attended * 100), right=True),
            Column(lambda: self.tr("Ended"), lambda r: fmt.day(r.enrolment.completed_on),
                   sort=lambda r: str(r.enrolment.completed_on)),
            Column(lambda: self.tr("Result"), lambda r: r.enrolment.result),
            Column(lambda: self.tr("Certificate"), lambda r: self.tr("recorded")
                   if r.certificate_id else ""),
        ]

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar(
            self.button(self.tr("&New package…"), "new_package", self.new),
            self.button(self.tr("&Edit"), "edit_package", self.open_selected, writes=False),
            self.button(self.tr("En&rol employees…"), "enrol", self.enrol),
            self.button(self.tr("&Certificate types…"), "certificate_types", self.edit_types,
                        writes=False),
            self.show_archived, stretch_at=4))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.packages)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        self.enrolments_title = QLabel()
        self.enrolments_title.setStyleSheet("font-weight: bold;")
        lower_layout.addLayout(self.bar(
            self.enrolments_title,
            self.button(self.tr("E&dit enrolment…"), "edit_enrolment", self.edit_enrolment,
                        writes=False),
            self.button(self.tr("Re&move enrolment"), "remove_enrolment", self.remove_enrolment),
            stretch_at=1))
        lower_layout.addWidget(self.enrolments)
        splitter.addWidget(lower)
        splitter.setSizes([260, 260])
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    # ----- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = selected_object(self.packages)
        self._type_names = {t.id: t.name for t in self.training.certificate_types()}
        self.packages_model.set_rows(self.training.packages(
            include_archived=self.show_archived.isChecked()))
        reselect(self.packages, lambda p: chosen is not None and p.id == chosen.id)
        self._package_chosen()

    def _package_chosen(self, *_args: object) -> None:
        pkg: TrainingPackage | None = selected_object(self.packages)
        rows = [] if pkg is None else self.training.enrolment_rows(package_id=pkg.id)
        self.enrolments_model.set_rows(rows)
        self.enrolments_title.setText(self.tr("No package chosen") if pkg is None else self.tr(
            "Enrolled in “%1”: %2").replace("%1", pkg.title).replace("%2", str(len(rows))))

    # ----- actions --------------------------------------------------------------------------
    def new(self) -> None:
        if self.services.read_only:
            return
        dialog = PackageDialog(self.services, None, self)
        if dialog.exec():
            self.refresh()
            reselect(self.packages, lambda p: p.id == dialog.saved.id)

    def open_selected(self, *_args: object) -> None:
        pkg = selected_object(self.packages)
        if pkg is not None and PackageDialog(self.services, pkg, self).exec():
            self.refresh()

    def enrol(self) -> None:
        pkg = selected_object(self.packages)
        if pkg is None:
            self.say(self.tr("Choose a package first."))
            return
        dialog = EnrolDialog(self.services, pkg, self)
        if dialog.exec():
            self._package_chosen()
            self.say(self.tr("%n employee(s) enrolled.", "", len(dialog.enrolled_ids)))

    def edit_enrolment(self, *_args: object) -> None:
        row: EnrolmentRow | None = selected_object(self.enrolments)
        if row is None:
            return
        dialog = EnrolmentDialog(self.services, row, self)
        if not dialog.exec():
            return
        self._package_chosen()
        reselect(self.enrolments, lambda r: r.enrolment.id == row.enrolment.id)
        cert = dialog.result_of_save.certificate if dialog.result_of_save else None
        if cert is not None:
            until = fmt.day(cert.expires_on) if cert.expires_on else self.tr("no expiry")
            self.say(self.tr("Certificate “%1” recorded for %2 (valid until: %3).")
                     .replace("%1", self._type_names.get(cert.type_id, ""))
                     .replace("%2", row.employee_name).replace("%3", until))

    def remove_enrolment(self) -> None:
        row: EnrolmentRow | None = selected_object(self.enrolments)
        if row is None or self.services.read_only:
            return
        if self.confirm_remove(self.tr("the enrolment of %1").replace("%1", row.employee_name)) \
                and self.run(lambda: self.training.delete_enrolment(row.enrolment.id)):
            self._package_chosen()

    def edit_types(self) -> None:
        CertificateTypesDialog(self.services, self).exec()
        self.refresh()
