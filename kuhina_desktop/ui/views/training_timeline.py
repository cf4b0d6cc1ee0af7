"""Aikajana: one employee's contracts, decisions, trainings, certificates, coaching and outcome
in date order; the kinds can be switched off. Upcoming entries are greyed."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kuhina_desktop.domain.training_timeline import TimelineEntry, TimelineKind
from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.models.training import Column, RowsModel, make_table
from kuhina_desktop.ui.views.training_common import FUTURE_COLOUR, TrainingTab
from kuhina_desktop.ui.views.training_labels import entry_kind, label, timeline_text


class TimelineTab(TrainingTab):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._today = self.training.today()
        self.model = RowsModel([
            Column(lambda: self.tr("Date"), lambda e: fmt.day(e.day),
                   sort=lambda e: e.day.isoformat(), colour=self._colour),
            Column(lambda: self.tr("Kind"), lambda e: entry_kind(e.kind), colour=self._colour),
            Column(lambda: self.tr("Event"), self._text, colour=self._colour),
        ], self)
        self.table = make_table(self.model, "timeline", self, stretch=2)
        self.table.setSortingEnabled(False)  # the timeline's own order is the point
        self.table.model().sort(-1)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.employee = QComboBox()
        self.employee.setObjectName("timeline_employee")
        self.employee.setMinimumWidth(220)
        self.employee.currentIndexChanged.connect(self._load)
        self.kinds: dict[TimelineKind, QCheckBox] = {}
        filters = QHBoxLayout()
        employee_label = QLabel(self.tr("&Employee:"))
        employee_label.setBuddy(self.employee)
        filters.addWidget(employee_label)
        filters.addWidget(self.employee)
        filters.addSpacing(16)
        keyed = {TimelineKind.CONTRACT: self.tr("&Contracts"),
                 TimelineKind.DECISION: self.tr("&Support decisions"),
                 TimelineKind.TRAINING: self.tr("T&rainings"),
                 TimelineKind.CERTIFICATE: self.tr("Certi&ficates"),
                 TimelineKind.COACHING: self.tr("Coachi&ng"),
                 TimelineKind.OUTCOME: self.tr("O&utcome")}
        for kind in TimelineKind:
            box = QCheckBox(keyed.get(kind) or label(kind))
            box.setObjectName(f"timeline_{kind}")
            box.setChecked(True)
            box.toggled.connect(self._load)
            self.kinds[kind] = box
            filters.addWidget(box)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def _colour(self, entry: TimelineEntry):
        return FUTURE_COLOUR if entry.day > self._today else None

    def _text(self, entry: TimelineEntry) -> str:
        text = timeline_text(entry)
        return text + " " + self.tr("(upcoming)") if entry.day > self._today else text

    def refresh(self) -> None:
        self._today = self.training.today()
        chosen = self.employee.currentData()
        self.employee.blockSignals(True)
        self.employee.clear()
        people = self.training.employees()
        # Current employees first: they are the ones whose timeline is looked at most.
        for person in sorted(people, key=lambda p: p.archived):
            text = person.sort_name + ("  " + self.tr("(archived)") if person.archived else "")
            self.employee.addItem(text, person.id)
        self.employee.setCurrentIndex(max(0, self.employee.findData(chosen)))
        self.employee.blockSignals(False)
        self._load()

    def show_employee(self, employee_id: int) -> None:
        self.employee.setCurrentIndex(max(0, self.employee.findData(employee_id)))

    def _load(self, *_args: object) -> None:
        employee_id = self.employee.currentData()
        kinds = [kind for kind, box in self.kinds.items() if box.isChecked()]
        entries = [] if employee_id is None else self.training.coaching.timeline(
            employee_id, kinds)
        self.model.set_rows(entries)
        if employee_id is None:
            self.say(self.tr("No employees yet."))
        else:
            self.say(self.tr("%n event(s)", "", len(entries)))
