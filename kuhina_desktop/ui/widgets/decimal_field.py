"""A field for hours, percents and coefficients typed the Finnish way (37,5 · 65 % · 1,23)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.money import TooLarge, parse_number
from kuhina_desktop.reports.formatting import format_decimal


def parse_fi_decimal(text: str) -> Decimal:
    """``37,5`` / ``37.5`` / ``65 %`` → Decimal; ValueError for anything else.

    ``domain.money.parse_number`` reads it: no exponents, NaN or Infinity, and
    TooLarge from ``MAX_NUMBER`` up.
    """
    value = parse_number(text.strip().rstrip("%"))
    if value.is_signed() and value != 0:
        raise ValueError("negative")
    return value


def decimal_text(value: Decimal | None) -> str:
    """Finnish form without needless zeros: 37,5 · 24,375 · 100."""
    if value is None:
        return ""
    return format_decimal(value.normalize(), "fi")


class DecimalField(QLineEdit):
    """Parses on demand; a bad value raises ValidationError naming the field."""

    def __init__(self, field: str, required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.required = required
        self.setObjectName(f"field_{field}")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # The numpad's "." gives the decimal comma, as in the money fields.
        if event.key() == Qt.Key.Key_Period and event.modifiers() & Qt.KeyboardModifier.KeypadModifier:
            self.insert(",")
            return
        super().keyPressEvent(event)

    def value(self) -> Decimal | None:
        text = self.text().strip()
        if not text:
            if self.required:
                raise ValidationError(f"{self.field} required", code="required", field=self.field)
            return None
        try:
            return parse_fi_decimal(text)
        except ValueError as exc:
            code = "number_too_large" if isinstance(exc, TooLarge) else "dec_number_format"
            raise ValidationError(f"{self.field}: {exc}", code=code, field=self.field,
                                  text=text) from exc

    def set_value(self, value: Decimal | None) -> None:
        self.setText(decimal_text(value))
