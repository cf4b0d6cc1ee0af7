"""Small dialogs of the employee register: a consent, and "on which day?" questions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.employees import Consent, ConsentScope
from kuhina_desktop.domain.errors import KuhinaError, ValidationError, ValidationErrors
from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.form_dialog import FormDialog
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.models.employee_labels import CONSENT_SCOPES, label
from kuhina_desktop.ui.widgets.fields import DateField
from kuhina_desktop.ui.widgets.form_errors import FieldErrors

DEFAULT_RECIPIENT = "Kuhina-hankkeen työhönvalmentaja"  # the regional project's job coach


def _buttons(dialog: FormDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class DateQuestion(FormDialog):
    """Asks for one day and hands it to ``action``; errors appear under the field.

    Used to end a contract, withdraw a consent and archive a person: each action is one
    audited transaction in the service.
    """

    def __init__(self, title: str, question: str, field: str, default: date,
                 action: Callable[[date], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.action = action
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.day = DateField(field, required=True)
        self.day.set_value(default)
        self.errors.add_row(form, question, self.day, field)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.mark_clean()
        self.day.selectAll()

    def state(self) -> object:
        return self.day.text()

    def save(self) -> bool:
        try:
            self.action(self.day.value())
        except ValidationErrors as errors:
            for item in self.errors.show(errors):
                show_error(self, item)
            return False
        except ValidationError as error:
            self.errors.show(error)
            return False
        except KuhinaError as exc:
            show_error(self, exc)
            return False
        self.mark_clean()
        self.accept()
        return True


class ConsentDialog(FormDialog):
    """A new consent: what may be shared, with whom, from when and until when."""

    def __init__(self, services: Services, employee_id: int, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.employee_id = employee_id
        self.saved: Consent | None = None
        self.setWindowTitle(self.tr("New consent"))
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Record only what the employee has agreed to in writing. The "
                               "job-coach export reads nothing else."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.scope = QComboBox()
        self.scope.setObjectName("field_scope")
        for scope in ConsentScope:
            self.scope.addItem(label(CONSENT_SCOPES, scope), str(scope))
        self.recipient = QLineEdit(DEFAULT_RECIPIENT)
        self.recipient.setObjectName("field_recipient")
        self.given_on = DateField("given_on", required=True)
        self.given_on.set_value(today or date.today())
        self.valid_until = DateField("valid_until")
        self.valid_until.setPlaceholderText(self.tr("empty = until withdrawn"))
        self.errors.add_row(form, self.tr("What may be shared"), self.scope, "scope")
        self.errors.add_row(form, self.tr("Shared with *"), self.recipient, "recipient")
        self.errors.add_row(form, self.tr("Given on *"), self.given_on, "given_on")
        self.errors.add_row(form, self.tr("Valid until"), self.valid_until, "valid_until")
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.setMinimumWidth(520)
        self.mark_clean()

    def state(self) -> object:
        return (self.scope.currentData(), self.recipient.text(), self.given_on.text(),
                self.valid_until.text())

    def save(self) -> bool:
        problems: list[ValidationError] = []
        days = {}
        for name, field in (("given_on", self.given_on), ("valid_until", self.valid_until)):
            try:
                days[name] = field.value()
            except ValidationError as exc:
                problems.append(exc)
        try:
            if problems:
                raise ValidationErrors(problems)
            self.saved = self.services.employees.consents.add(Consent(
                employee_id=self.employee_id, scope=ConsentScope(self.scope.currentData()),
                recipient=self.recipient.text(), **days))
        except ValidationErrors as errors:
            for item in self.errors.show(errors):
                show_error(self, item)
            return False
        except KuhinaError as exc:
            show_error(self, exc)
            return False
        self.mark_clean()
        self.accept()
        return True
