"""Record where a person went at the end of a support period, with the job-seeking readiness
self-assessment (1–5) at the start and at the end."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.training import Outcome, OutcomeKind
from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.training_base import (
    RecordDialog,
    combo,
    employee_items,
    set_combo,
    text_area,
)
from kuhina_desktop.ui.views.training_labels import decision_kind, label
from kuhina_desktop.ui.widgets.fields import DateField


class OutcomeDialog(RecordDialog):
    def __init__(self, services: Services, outcome: Outcome | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Outcome of a support period"), parent)
        self.outcome = outcome
        self.saved: Outcome | None = None
        # Outcomes are recorded when a support period ends, often for someone already archived.
        people = employee_items(self.training, archived=True)
        self.employee = self.add_row("outcome_employee_id", self.tr("&Employee"),
                                     combo("outcome_employee_id", people))
        self.decision = self.add_row("outcome_decision_id", self.tr("&Support decision"),
                                     combo("outcome_decision_id", []))
        self.period_start = self.add_row("outcome_period_start", self.tr("Support &period start"),
                                         DateField("outcome_period_start"))
        self.period_end = self.add_row("outcome_period_end", self.tr("Suppo&rt period end *"),
                                       DateField("outcome_period_end", required=True))
        self.kind = self.add_row("outcome_outcome", self.tr("&Outcome"), combo(
            "outcome_outcome", [(label(k), k) for k in OutcomeKind]))
        scale = [(self.tr("(not assessed)"), None)] + [(str(n), n) for n in range(1, 6)]
        self.readiness_start = self.add_row("outcome_readiness_start",
                                            self.tr("Readiness &at start (1–5)"),
                                            combo("outcome_readiness_start", scale))
        self.readiness_end = self.add_row("outcome_readiness_end",
                                          self.tr("Readiness at end (&1–5)"),
                                          combo("outcome_readiness_end", scale))
        self.details = self.add_row("outcome_details", self.tr("&Details"),
                                    text_area("outcome_details"))
        self.employee.currentIndexChanged.connect(self._load_decisions)
        self.decision.activated.connect(self._decision_chosen)
        self._load_decisions()
        if outcome is not None:
            self._fill(outcome)
        self.mark_clean()

    def _load_decisions(self) -> None:
        self.decision.clear()
        self.decision.addItem(self.tr("(no decision)"), None)
        self._periods = {}
        if self.employee.currentData() is None:
            return
        for fact in self.training.coaching.decisions_of(self.employee.currentData()):
            self._periods[fact.id] = fact
            self.decision.addItem(f"{decision_kind(fact.label)} {fmt.day(fact.start)}–"
                                  f"{fmt.day(fact.end)}", fact.id)
        if self.decision.count() > 1:
            self.decision.setCurrentIndex(self.decision.count() - 1)  # the latest
            self._decision_chosen()

    def _decision_chosen(self) -> None:
        fact = self._periods.get(self.decision.currentData())
        if fact is not None:
            self.period_start.set_value(fact.start)
            self.period_end.set_value(fact.end)

    def _fill(self, outcome: Outcome) -> None:
        set_combo(self.employee, outcome.employee_id)
        set_combo(self.decision, outcome.decision_id)
        self.period_start.set_value(outcome.period_start)
        self.period_end.set_value(outcome.period_end)
        set_combo(self.kind, outcome.outcome)
        set_combo(self.readiness_start, outcome.readiness_start)
        set_combo(self.readiness_end, outcome.readiness_end)
        self.details.setPlainText(outcome.details)

    def collect(self, errors: list[ValidationError]) -> Outcome:
        if self.employee.currentData() is None:
            errors.append(ValidationError("employee", code="required",
                                          field="outcome_employee_id"))
        values = {
            "employee_id": self.employee.currentData(),
            "decision_id": self.decision.currentData(),
            "period_start": self.read(errors, self.period_start.value),
            "period_end": self.read(errors, self.period_end.value),
            "outcome": self.kind.currentData(),
            "readiness_start": self.readiness_start.currentData(),
            "readiness_end": self.readiness_end.currentData(),
            "details": self.details.toPlainText(),
        }
        if self.outcome is not None:
            return replace(self.outcome, **values)
        return Outcome(**values)

    def save(self, record: Outcome) -> None:
        self.saved = self.training.coaching.save_outcome(record)
