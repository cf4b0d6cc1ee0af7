"""Log a job-coaching event by keyboard. The summary stays neutral: the form says that health
details do not belong there, and asks before saving text that looks like them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.training import CoachingEvent, CoachingKind, CoachingMode
from kuhina_desktop.domain.training_checks import health_terms
from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.training_base import (
    ERROR_STYLE,
    RecordDialog,
    checkbox,
    combo,
    employee_items,
    set_combo,
    spin,
    text_area,
)
from kuhina_desktop.ui.views.training_labels import label
from kuhina_desktop.ui.widgets.fields import DateField


class CoachingDialog(RecordDialog):
    def __init__(self, services: Services, event: CoachingEvent | None = None,
                 parent: QWidget | None = None, employee_id: int | None = None) -> None:
        super().__init__(services, self.tr("Job coaching entry"), parent)
        self.event = event
        self.saved: CoachingEvent | None = None
        self._person = event.employee_id if event else employee_id
        self._build()
        if event is not None:
            self._fill(event)
        else:
            self._defaults(employee_id)
        self.mark_clean()

    def _build(self) -> None:
        self.day = self.add_row("coaching_day", self.tr("&Date *"),
                                DateField("coaching_day", required=True))
        people = [(self.tr("(employer coaching, no one person)"), None)] + employee_items(
            self.training, keep=self._person)
        self.employee = self.add_row("coaching_employee_id", self.tr("&Employee"),
                                     combo("coaching_employee_id", people))
        self.kind = self.add_row("coaching_kind", self.tr("&Kind"), combo(
            "coaching_kind", [(label(k), k) for k in CoachingKind]))
        self.mode = self.add_row("coaching_mode", self.tr("&How"), combo(
            "coaching_mode", [(label(m), m) for m in CoachingMode]))
        self.minutes = self.add_row("coaching_minutes", self.tr("Du&ration"), spin(
            "coaching_minutes", 1, 1440, self.tr(" min")))
        self.coach = self.add_row("coaching_coach_name", self.tr("&Coach *"), QLineEdit())
        self.organisation = self.add_row("coaching_organisation", self.tr("&Organisation"),
                                         QLineEdit())
        notice = QLabel(self.tr("Write a neutral summary of what was done and agreed. Health "
                                "details do not belong here."))
        notice.setObjectName("health_notice")
        notice.setWordWrap(True)
        notice.setStyleSheet("color: #5a4a00; background: #fff4c2; padding: 4px;")
        self.form.addRow("", notice)
        self.summary = self.add_row("coaching_summary", self.tr("&Summary"),
                                    text_area("coaching_summary", 80))
        self.health_hint = QLabel()
        self.health_hint.setObjectName("health_hint")
        self.health_hint.setStyleSheet(ERROR_STYLE)
        self.health_hint.setWordWrap(True)
        self.health_hint.hide()
        self.form.addRow("", self.health_hint)
        self.actions = self.add_row("coaching_agreed_actions", self.tr("&Agreed actions"),
                                    text_area("coaching_agreed_actions", 60))
        self.follow_up = self.add_row("coaching_next_follow_up", self.tr("&Next follow-up"),
                                      DateField("coaching_next_follow_up"))
        self.shareable = self.add_row("coaching_shareable", "", checkbox(
            "coaching_shareable", self.tr("&May be shared in the job-coach export")))
        self.summary.textChanged.connect(self._check_health_words)
        self.actions.textChanged.connect(self._check_health_words)

    def _defaults(self, employee_id: int | None) -> None:
        self.day.set_value(self.training.today())
        set_combo(self.employee, employee_id)
        if employee_id is None and self.employee.count() > 1:
            self.employee.setCurrentIndex(1)  # most entries concern a person
        self.minutes.setValue(60)
        coach, organisation = self.training.coaching.last_coach()
        self.coach.setText(coach)
        self.organisation.setText(organisation)

    def _fill(self, event: CoachingEvent) -> None:
        self.day.set_value(event.day)
        set_combo(self.employee, event.employee_id)
        set_combo(self.kind, event.kind)
        set_combo(self.mode, event.mode)
        self.minutes.setValue(event.minutes)
        self.coach.setText(event.coach_name)
        self.organisation.setText(event.organisation)
        self.summary.setPlainText(event.summary)
        self.actions.setPlainText(event.agreed_actions)
        self.follow_up.set_value(event.next_follow_up)
        self.shareable.setChecked(event.shareable)

    def _words(self) -> tuple[str, ...]:
        return health_terms(self.summary.toPlainText() + "\n" + self.actions.toPlainText())

    def _check_health_words(self) -> None:
        words = self._words()
        self.health_hint.setText(self.tr("This looks like health details (%1). Leave them out.")
                                 .replace("%1", ", ".join(words)))
        self.health_hint.setVisible(bool(words))

    def collect(self, errors: list[ValidationError]) -> CoachingEvent:
        values = {
            "employee_id": self.employee.currentData(),
            "day": self.read(errors, self.day.value), "kind": self.kind.currentData(),
            "mode": self.mode.currentData(), "minutes": self.minutes.value(),
            "coach_name": self.coach.text(), "organisation": self.organisation.text(),
            "summary": self.summary.toPlainText(), "agreed_actions": self.actions.toPlainText(),
            "next_follow_up": self.read(errors, self.follow_up.value),
            "shareable": self.shareable.isChecked(),
        }
        if self.event is not None:
            return replace(self.event, **values)
        return CoachingEvent(**values)

    def save(self, record: CoachingEvent) -> bool:
        words = self._words()
        if words and not self.confirm(self.tr("Health details?"), self.tr(
                "The text mentions %1. Health details do not belong in coaching notes. Save "
                "anyway?").replace("%1", ", ".join(words))):
            self.summary.setFocus()  # the person chose to edit the text: stay open
            return False
        self.saved = self.training.coaching.save_coaching(record)
        return True
