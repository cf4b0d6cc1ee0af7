"""A dialog that edits something: Ctrl+S saves, Esc cancels and asks only if something changed.

Subclasses return their fields' values from state() and save from save(); whether there are
unsaved changes is the difference from the state recorded by mark_clean().
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.money import TooLarge, parse_number


def run(dialog: QDialog) -> bool:
    """exec() the dialog, then let Qt delete it. A closed dialog is never reused, and left as
    a hidden child of its parent each opening would keep another one alive."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean_state: object = None
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)

    def state(self) -> object:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def mark_clean(self) -> None:
        self._clean_state = self.state()

    def is_dirty(self) -> bool:
        return self.state() != self._clean_state

    def ask_discard(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel; a separate method so tests can answer it."""
        return QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("You have changes that are not saved. Save them before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def reject(self) -> None:
        if self.is_dirty():
            choice = self.ask_discard()
            if choice == QMessageBox.StandardButton.Cancel:
                return
            if choice == QMessageBox.StandardButton.Save and not self.save():
                return
            if self.result() == QDialog.DialogCode.Accepted and not self.isVisible():
                return  # save() already closed the dialog
        super().reject()


class DecimalField(QLineEdit):
    """A decimal number as typed in Finland (``37,5``); the numpad's '.' gives the comma.

    With ``percent=True`` the value is a fraction: ``40`` → ``Decimal("0.40")``.
    """

    def __init__(self, field: str, required: bool = False, percent: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.required = required
        self.percent = percent
        self.setObjectName(f"field_{field}")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if (event.key() == Qt.Key.Key_Period
                and event.modifiers() & Qt.KeyboardModifier.KeypadModifier):
            self.insert(",")
            return
        super().keyPressEvent(event)

    def value(self) -> Decimal | None:
        text = self.text().strip().replace("%", "")
        if not text.strip():
            if self.required:
                raise ValidationError(f"{self.field} required", code="required",
                                      field=self.field)
            return None
        try:
            number = parse_number(text)  # no exponents, NaN or Infinity; a bounded size
        except ValueError as exc:
            if isinstance(exc, TooLarge):
                code = "number_too_large"
            else:
                code = "percent_format" if self.percent else "number_format"
            raise ValidationError(f"{self.field}: {exc}", code=code, field=self.field,
                                  text=self.text().strip()) from exc
        return number / 100 if self.percent else number

    def set_value(self, value: Decimal | None) -> None:
        if value is None:
            self.clear()
            return
        shown = value * 100 if self.percent else value
        self.setText(f"{shown.normalize():f}".replace(".", ","))
