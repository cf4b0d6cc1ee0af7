"""What every training dialog shares: a form whose errors appear under their fields, Ctrl+S to
save, Esc to cancel (asking only when something changed), and the small field helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError, ValidationError, ValidationErrors
from kuhina_desktop.domain.training_checks import parse_hours
from kuhina_desktop.services import Services
from kuhina_desktop.ui.errors import show_error, user_message
from kuhina_desktop.ui.views.training_labels import hours as hours_text

ERROR_STYLE = "color: #b00020;"


class HoursField(QLineEdit):
    """Hours with a decimal comma (``12,5``); empty allowed unless required."""

    def __init__(self, field: str, required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.required = required
        self.setObjectName(f"field_{field}")
        self.setPlaceholderText("0")
        self.setMaximumWidth(120)

    def value(self) -> Decimal | None:
        text = self.text().strip()
        if not text:
            if self.required:
                raise ValidationError(f"{self.field} required", code="required", field=self.field)
            return None
        try:
            return parse_hours(text)
        except ValueError as exc:
            raise ValidationError(f"{self.field}: {exc}", code="tr_hours_format",
                                  field=self.field, text=text) from exc

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else hours_text(value))


def text_area(key: str, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(f"field_{key}")
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
    edit.setFixedHeight(height)
    return edit


def combo(key: str, items: Iterable[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(f"field_{key}")
    for text, data in items:
        box.addItem(text, data)
    return box


def employee_items(training, *, archived: bool = False,
                   keep: int | None = None) -> list[tuple[str, int]]:
    """People for a picker, by surname: the current ones, plus the archived ones when asked
    (or the one a stored record already points at), marked as archived."""
    items = []
    for person in training.employees():
        if person.archived and not archived and person.id != keep:
            continue
        suffix = "  " + QCoreApplication.translate("RecordDialog", "(archived)") \
            if person.archived else ""
        items.append((person.sort_name + suffix, person.id))
    return items


def set_combo(box: QComboBox, data: Any) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


class RecordDialog(QDialog):
    """Subclasses build their rows with ``add_row``, and implement ``collect`` (read the form,
    appending field errors) and ``save`` (call the service)."""

    def __init__(self, services: Services, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.training = services.training
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._error_labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._dirty = False
        layout = QVBoxLayout(self)
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setEnabled(not services.read_only)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.try_save)

    # ----- building -------------------------------------------------------------------------
    def add_row(self, key: str, label: str, widget: QWidget) -> QWidget:
        if not widget.objectName():
            widget.setObjectName(f"field_{key}")
        self.form.addRow(label, widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.form.addRow("", error)
        self._error_labels[key] = error
        self._fields[key] = widget
        self.watch(widget)
        return widget

    def watch(self, widget: QWidget) -> None:
        """Any edit marks the form changed, so that Esc asks before throwing it away."""
        for signal in ("textChanged", "currentIndexChanged", "toggled", "valueChanged"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(self._mark_dirty)

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True

    def mark_clean(self) -> None:
        """Called after the form has been filled from a record: nothing is changed yet."""
        self._dirty = False

    # ----- saving ---------------------------------------------------------------------------
    def collect(self, errors: list[ValidationError]) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def save(self, record: Any) -> bool | None:  # pragma: no cover - abstract
        """Call the service; return False to keep the dialog open without an error."""
        raise NotImplementedError

    @staticmethod
    def read(errors: list[ValidationError], getter: Callable[[], Any]) -> Any:
        try:
            return getter()
        except ValidationError as exc:
            errors.append(exc)
            return None

    def try_save(self) -> None:
        if self.services.read_only:
            return
        errors: list[ValidationError] = []
        record = self.collect(errors)
        if errors:
            self.show_errors(ValidationErrors(errors))
            return
        try:
            if self.save(record) is False:
                return
        except (ValidationError, ValidationErrors) as exc:
            self.show_errors(exc)
            return
        except KuhinaError as exc:
            show_error(self, exc)
            return
        self._dirty = False
        self.accept()

    def show_errors(self, error: ValidationError | ValidationErrors) -> None:
        for label in self._error_labels.values():
            label.hide()
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        elsewhere = []
        for item in errors:
            label = self._error_labels.get(item.field or "")
            if label is None:
                elsewhere.append(user_message(item))
                continue
            label.setText(user_message(item))
            label.show()
        self.general_error.setText("\n".join(elsewhere))
        self.general_error.setVisible(bool(elsewhere))
        first = next((self._fields[e.field] for e in errors if e.field in self._fields), None)
        if first is not None:
            first.setFocus()

    def reject(self) -> None:
        if self._dirty and not self.confirm(
                QCoreApplication.translate("RecordDialog", "Discard changes?"),
                QCoreApplication.translate("RecordDialog",
                                           "The changes have not been saved. Discard them?")):
            return
        super().reject()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def checkbox(key: str, text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setObjectName(f"field_{key}")
    return box


def spin(key: str, low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(f"field_{key}")
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setMaximumWidth(120)
    return box
