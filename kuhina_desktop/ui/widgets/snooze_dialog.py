"""Choose until when a due-list item is put aside: quick choices or a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.services.due_list import snooze_presets
from kuhina_desktop.ui.errors import user_message
from kuhina_desktop.ui.widgets.fields import DateField


class SnoozeDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze"))
        self.today = today
        labels = {"tomorrow": self.tr("Tomorrow"), "next_monday": self.tr("Next Monday"),
                  "one_week": self.tr("In a week"), "one_month": self.tr("In a month")}
        self.choice = QComboBox()
        self.choice.setObjectName("snooze_choice")
        for key, day in snooze_presets(today):
            self.choice.addItem(labels[key], day)
        self.choice.addItem(self.tr("Until a date…"), None)
        self.until_field = DateField("until")
        self.choice.currentIndexChanged.connect(
            lambda _i: self.until_field.setEnabled(self.choice.currentData() is None))
        self.until_field.setEnabled(False)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Snooze until"), self.choice)
        form.addRow(self.tr("&Date"), self.until_field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def until(self) -> date:
        preset = self.choice.currentData()
        return preset if preset is not None else self.until_field.value()  # type: ignore[return-value]

    def accept(self) -> None:
        try:
            chosen = self.until()
            if chosen is None or chosen <= self.today:
                raise ValidationError("not in the future", code="snooze_in_past", field="until")
        except ValidationError as exc:
            self.error.setText(user_message(exc))
            return
        super().accept()
