"""Input fields for Finnish dates and euro amounts, built on the domain parsers.

Each field parses on demand and raises ValidationError naming its field, so a form can
collect every error before it saves anything.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from kuhina_desktop.domain.dates import parse_fi_date
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.money import TooLarge, parse_amount
from kuhina_desktop.reports.formatting import format_money
from kuhina_desktop.ui import format as fmt


class DateField(QLineEdit):
    """d.M.yyyy; ``5.3`` means 5 March this year; empty allowed unless required."""

    def __init__(self, field: str, required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.required = required
        self.setObjectName(f"field_{field}")
        self.setPlaceholderText(self.tr("d.m.yyyy"))
        self.editingFinished.connect(self._normalise)

    def value(self) -> date | None:
        text = self.text().strip()
        if not text:
            if self.required:
                raise ValidationError(f"{self.field} required", code="required", field=self.field)
            return None
        try:
            return parse_fi_date(text)
        except ValueError as exc:
            code = "date_no_such_day" if str(exc) == "no such day" else "date_format"
            raise ValidationError(f"{self.field}: {exc}", code=code, field=self.field,
                                  text=text) from exc

    def set_value(self, value: date | None) -> None:
        self.setText(fmt.day(value))

    def _normalise(self) -> None:
        try:
            value = self.value()
        except ValidationError:
            return  # the form reports it on save; typing is not interrupted
        if value is not None:
            self.set_value(value)


class MoneyField(QLineEdit):
    """Euros and cents as typed in Finland; the numpad's '.' gives the decimal comma."""

    def __init__(self, field: str, required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.required = required
        self.setObjectName(f"field_{field}")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0,00")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Period and event.modifiers() & Qt.KeyboardModifier.KeypadModifier:
            self.insert(",")
            return
        super().keyPressEvent(event)

    def value(self) -> int | None:
        text = self.text().strip()
        if not text:
            if self.required:
                raise ValidationError(f"{self.field} required", code="required", field=self.field)
            return None
        try:
            cents = parse_amount(text)
        except ValueError as exc:
            code = "amount_too_large" if isinstance(exc, TooLarge) else "amount_format"
            raise ValidationError(f"{self.field}: {exc}", code=code, field=self.field,
                                  text=text) from exc
        if cents < 0:
            raise ValidationError(f"{self.field}: negative", code="amount_negative",
                                  field=self.field)
        return cents

    def set_value(self, cents: int | None) -> None:
        # Always the Finnish form: it is what parse_amount reads back, in either UI language.
        self.setText(format_money(cents, "fi", symbol=False) if cents is not None else "")
