"""The association's details as a form: used by the first-run wizard and by Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from kuhina_desktop.domain.association import Association
from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.ui.errors import user_message

TEXT_FIELDS = ("name", "business_id", "register_number", "street", "postal_code", "city",
               "iban", "contact_name", "contact_email", "contact_phone")


class AssociationForm(QWidget):
    """Edits an Association; show_errors() puts each field's message under the field."""

    def __init__(self, parent: QWidget | None = None, fields: tuple[str, ...] = TEXT_FIELDS,
                 with_language: bool = True) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        self.error_labels: dict[str, QLabel] = {}
        labels = self._labels()
        # Error messages name each field as its label says (without the "required" star).
        self._field_names = {name: label.removesuffix("*").strip()
                             for name, label in labels.items()}
        for name in fields:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            self.edits[name] = edit
            self.layout_.addRow(labels[name], edit)
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self.error_labels[name] = error
            self.layout_.addRow("", error)
        self.edits.get("business_id", QLineEdit()).setPlaceholderText("1234567-1")
        self.edits.get("iban", QLineEdit()).setPlaceholderText("FI00 1234 5600 0007 85")
        self.language = QComboBox()
        self.language.setObjectName("field_document_language")
        self.language.addItem(self.tr("Finnish"), "fi")
        self.language.addItem(self.tr("English"), "en")
        if with_language:
            self.layout_.addRow(self.tr("Language of documents"), self.language)
        else:
            self.language.hide()

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name of the association *"),
            "business_id": self.tr("Y-tunnus *"),
            "register_number": self.tr("Register number"),
            "street": self.tr("Street address"),
            "postal_code": self.tr("Postal code"),
            "city": self.tr("City"),
            "iban": self.tr("IBAN"),
            "contact_name": self.tr("Contact person"),
            "contact_email": self.tr("Contact e-mail"),
            "contact_phone": self.tr("Contact phone"),
        }

    def set_association(self, assoc: Association) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(assoc, name))
        self.language.setCurrentIndex(max(0, self.language.findData(assoc.document_language)))

    def association(self, base: Association | None = None) -> Association:
        values = {name: edit.text() for name, edit in self.edits.items()}
        base = base or Association(name="", business_id="")
        merged = {**base._asdict(), **values, "document_language": self.language.currentData()}
        return Association(**merged)

    def clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.hide()

    def show_errors(self, error: ValidationErrors | ValidationError) -> list[str]:
        """Show each message under its field; return the fields this form does not have."""
        self.clear_errors()
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        elsewhere = []
        for item in errors:
            label = self.error_labels.get(item.field or "")
            if label is None:
                elsewhere.append(item.field or "")
                continue
            label.setText(user_message(item, field_name=self._field_names.get(item.field or "")))
            label.show()
        first = next((self.edits[e.field] for e in errors if e.field in self.edits), None)
        if first is not None:
            first.setFocus()
        return elsewhere
