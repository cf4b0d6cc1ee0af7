"""Add or edit a support decision.

Save checks everything first: unreadable fields and the service's errors are listed at the top
and marked, nothing is saved. Warnings are shown in the same place and the Save button becomes
"Save anyway"; any further edit makes the person look again. The payment periods and their
application deadlines update while typing.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError, ValidationError, ValidationErrors
from kuhina_desktop.domain.funding import DecisionRecord
from kuhina_desktop.domain.subsidy import Decision, Issue
from kuhina_desktop.services import Services
from kuhina_desktop.services.decisions import Saved
from kuhina_desktop.ui.decision_texts import error_text, issue_text
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.widgets.decision_form import DecisionForm
from kuhina_desktop.ui.widgets.decision_pdf import DecisionPdf
from kuhina_desktop.ui.widgets.decision_preview import DecisionPreview

_ERROR_STYLE = "background: #fdecea; color: #8a1c1c; border: 1px solid #e0a5a5; padding: 6px;"
_WARNING_STYLE = "background: #fff6db; color: #5c4400; border: 1px solid #e3c76b; padding: 6px;"
_NOTE_STYLE = "background: #e8f0fb; color: #1d3b63; border: 1px solid #a9c1e3; padding: 6px;"
_MARK = "border: 2px solid #b00020;"


class DecisionDialog(QDialog):
    def __init__(self, services: Services, record: DecisionRecord | None = None,
                 parent: QWidget | None = None, employee_id: int | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.base = record
        self.saved: Saved | None = None
        self._acknowledged: DecisionRecord | None = None
        self._marked: list[QWidget] = []
        self.setWindowTitle(self.tr("Support decision") if record else
                            self.tr("New support decision"))
        self._build(record)
        self._load(record, employee_id)
        self._snapshot = self._state()
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    # ----- building ---------------------------------------------------------------------
    def _build(self, record: DecisionRecord | None) -> None:
        decisions = self.services.decisions
        layout = QVBoxLayout(self)
        self.message = QLabel(objectName="decision_messages")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        # Archived people get no new decisions; an old decision still shows its own person.
        own = record.employee_id if record else None
        people = [e for e in decisions.employees() if e.archived_on is None or e.id == own]
        self.locked_note = QLabel(objectName="decision_locked_note")
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet(_NOTE_STYLE)
        self.locked_note.hide()
        layout.addWidget(self.locked_note)
        self.form = DecisionForm(people, decisions.payers(), self)
        layout.addWidget(self.form)
        self.conditions = QPlainTextEdit(objectName="field_conditions")
        self.conditions.setPlaceholderText(self.tr(
            "Conditions of the decision, e.g. tasks that are not business activity"))
        self.conditions.setFixedHeight(56)
        self.conditions.setTabChangesFocus(True)
        layout.addWidget(self.conditions)
        stored = self._stored_name(record)
        self.pdf = DecisionPdf(decisions, record.id if record else None, stored, self)
        layout.addWidget(self.pdf)
        box = QGroupBox(self.tr("Payment periods and application deadlines"))
        inner = QVBoxLayout(box)
        self.preview = DecisionPreview(box)
        inner.addWidget(self.preview)
        layout.addWidget(box, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_decision")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setEnabled(True)
        self.save_button.setEnabled(not self.services.read_only)

    def _stored_name(self, record: DecisionRecord | None) -> str | None:
        if record is None or record.attachment_id is None:
            return None
        stored = self.services.decisions.files.get(record.id) if record.id else None
        return stored.filename if stored else None

    def _load(self, record: DecisionRecord | None, employee_id: int | None) -> None:
        if record is not None:
            self.form.set_record(record)
            self.conditions.setPlainText(record.conditions)
            if self.services.decisions.sent_periods(record.id):
                self._lock_after_sending()
        self.form.changed.connect(self._changed)
        self.form.prefill_wanted.connect(self._prefill)
        self.conditions.textChanged.connect(self._changed)
        self.pdf.changed.connect(self._changed)
        if record is None:
            self.form.select_employee(employee_id)
            self.form.kind_changed()  # the default kind's cost items and table values
        self._refresh_preview()

    def _lock_after_sending(self) -> None:
        note = self.tr(
            "Payment applications of this decision have been sent, so the fields that set its "
            "payment periods and money are locked. The end date can still be moved beyond the "
            "periods applied for (an extension). If the payer changed the decision, end this "
            "decision the day before the change, enter the change as a new decision from that "
            "day, and record a correction to the sent application.")
        self.locked_note.setText(note)
        self.locked_note.show()
        self.form.lock_after_sending(self.tr("Locked: payment applications of this decision "
                                             "have been sent."))

    # ----- live behaviour ---------------------------------------------------------------
    def _prefill(self) -> None:
        start, _ = self.form.period_dates()
        on = start or self.services.decisions.today()
        self.form.apply_prefill(self.services.decisions.prefill(self.form.current_kind(), on))

    def _changed(self) -> None:
        if self._acknowledged is not None:
            self._acknowledged = None
            self.save_button.setText(self.tr("Save"))
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        start, end = self.form.period_dates()
        employee_id = self.form.employee.currentData()
        if start is None or end is None:
            self.preview.show_contract(None, employee_id is not None)
            self.preview.show_unavailable(self.tr(
                "Fill in the subsidy period to see its payment periods."))
            return
        draft = self._draft(start, end, employee_id)
        decisions = self.services.decisions
        self.preview.show_contract(decisions.contract(draft) if employee_id else None,
                                   employee_id is not None)
        try:
            self.preview.show_periods(decisions.preview(draft), decisions.today())
        except ValidationError as error:
            self.preview.show_unavailable(error_text(error))

    def _draft(self, start, end, employee_id: int | None) -> DecisionRecord:
        # Only the dates, the period and the deadline rule matter for the preview; the money
        # fields may still be half-typed.
        try:
            return self.form.record(self.base, self.conditions.toPlainText())
        except ValidationErrors:
            decision = Decision(kind=self.form.current_kind(), start=start, end=end,
                                percent=Decimal(0), monthly_cap_cents=0,
                                payment_period_months=self.form.period.currentData(),
                                deadline_months_after=self.form.deadline.value())
            return DecisionRecord(employee_id=employee_id or 0, decision=decision)

    # ----- saving -----------------------------------------------------------------------
    def save(self) -> None:
        if self.services.read_only:
            return
        try:
            record = self.form.record(self.base, self.conditions.toPlainText())
            if record != self._acknowledged:
                warnings = self.services.decisions.review(record)
                if warnings:
                    self._show_warnings(record, warnings)
                    return
            self.saved = self.services.decisions.save(record, pdf=self.pdf.pending,
                                                      remove_pdf=self.pdf.remove_stored)
        except ValidationErrors as errors:
            self._show_errors(errors.errors)
            return
        except ValidationError as error:
            self._show_errors([error])
            return
        except KuhinaError as error:
            show_error(self, error)
            return
        self._snapshot = self._state()
        self.accept()

    def _show_errors(self, errors: list[ValidationError]) -> None:
        self._unmark()
        lines = [self.tr("Nothing was saved. Correct these first:")]
        lines += [f"• {error_text(e)}" for e in errors]
        self._show_message("\n".join(lines), _ERROR_STYLE)
        for error in errors:
            widget = self.form.widget_for(error.field) or self._other_widget(error.field)
            if widget is not None:
                widget.setStyleSheet(_MARK)
                self._marked.append(widget)
        if self._marked:
            self._marked[0].setFocus()

    def _other_widget(self, field: str | None) -> QWidget | None:
        return {"conditions": self.conditions, "attachment": self.pdf}.get(field or "")

    def _show_warnings(self, record: DecisionRecord, warnings: tuple[Issue, ...]) -> None:
        self._unmark()
        lines = [self.tr("Check these before saving:")]
        lines += [f"• {issue_text(w)}" for w in warnings]
        lines.append(self.tr("If the decision is right as it is, choose “Save anyway”; the "
                             "warnings are kept with the decision."))
        self._show_message("\n".join(lines), _WARNING_STYLE)
        self._acknowledged = record
        self.save_button.setText(self.tr("Save anyway"))
        self.save_button.setFocus()

    def _show_message(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.show()

    def _unmark(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()

    # ----- closing ----------------------------------------------------------------------
    def _state(self) -> tuple:
        form = self.form
        texts = [w.text() for w in (form.number, form.decided_on, form.start, form.end,
                                    form.percent, form.cap, form.working_time_cap,
                                    form.coefficient)]
        choices = [c.currentIndex() for c in (form.employee, form.kind, form.period, form.method)]
        return (*texts, *choices, form.payer.currentText(), form.prorate.isChecked(),
                form.deadline.value(), tuple(b.isChecked() for b in form.items.values()),
                self.conditions.toPlainText(), self.pdf.pending, self.pdf.remove_stored)

    def reject(self) -> None:
        """Esc / Cancel: ask only when something was changed."""
        if self._state() != self._snapshot:
            answer = QMessageBox.question(
                self, self.tr("Discard changes?"),
                self.tr("The decision has unsaved changes. Close without saving?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
