"""A job opportunity (työmahdollisuus): a tailored task the association can offer, for the
regional service tray. Open ones go to the coach export."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLineEdit, QWidget

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.training import JobOpportunity
from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.training_base import HoursField, RecordDialog, checkbox, text_area


class OpportunityDialog(RecordDialog):
    def __init__(self, services: Services, opportunity: JobOpportunity | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Job opportunity"), parent)
        self.opportunity = opportunity
        self.saved: JobOpportunity | None = None
        self.title_edit = self.add_row("opportunity_title", self.tr("&Title *"), QLineEdit())
        self.description = self.add_row("opportunity_description", self.tr("Ta&sks"),
                                        text_area("opportunity_description", 80))
        self.hours = self.add_row("opportunity_weekly_hours", self.tr("&Hours a week"),
                                  HoursField("opportunity_weekly_hours"))
        self.place = self.add_row("opportunity_place", self.tr("&Place"), QLineEdit())
        self.accessibility = self.add_row("opportunity_accessibility", self.tr("&Accessibility"),
                                          text_area("opportunity_accessibility", 50))
        self.languages = self.add_row("opportunity_language_requirements",
                                      self.tr("&Language requirements"), QLineEdit())
        self.support = self.add_row("opportunity_support_offered", self.tr("Suppo&rt offered"),
                                    text_area("opportunity_support_offered", 50))
        self.contact = self.add_row("opportunity_contact", self.tr("&Contact"), QLineEdit())
        self.is_open = self.add_row("opportunity_is_open", "", checkbox(
            "opportunity_is_open", self.tr("&Open (shown to the regional project)")))
        self.is_open.setChecked(True)
        if opportunity is not None:
            self._fill(opportunity)
        self.mark_clean()

    def _fill(self, item: JobOpportunity) -> None:
        self.title_edit.setText(item.title)
        self.description.setPlainText(item.description)
        self.hours.set_value(item.weekly_hours)
        self.place.setText(item.place)
        self.accessibility.setPlainText(item.accessibility)
        self.languages.setText(item.language_requirements)
        self.support.setPlainText(item.support_offered)
        self.contact.setText(item.contact)
        self.is_open.setChecked(item.is_open)

    def collect(self, errors: list[ValidationError]) -> JobOpportunity:
        values = {
            "title": self.title_edit.text(), "description": self.description.toPlainText(),
            "weekly_hours": self.read(errors, self.hours.value), "place": self.place.text(),
            "accessibility": self.accessibility.toPlainText(),
            "language_requirements": self.languages.text(),
            "support_offered": self.support.toPlainText(), "contact": self.contact.text(),
            "is_open": self.is_open.isChecked(),
        }
        if self.opportunity is not None:
            return replace(self.opportunity, **values)
        return JobOpportunity(**values)

    def save(self, record: JobOpportunity) -> None:
        self.saved = self.training.coaching.save_opportunity(record)
