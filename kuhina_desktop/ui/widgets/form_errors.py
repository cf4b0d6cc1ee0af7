"""Form rows with a message line under each field, as the association form has them.

A form adds its fields through add_row(); show() puts each error's translated sentence under
its field, focuses the first field in error and returns the errors no field here owns (for a
message box), so nothing the user must know about is ever dropped.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kuhina_desktop.domain.errors import KuhinaError, ValidationErrors
from kuhina_desktop.ui.errors import user_message

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"


class FieldErrors:
    def __init__(self) -> None:
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

    def add_row(self, layout: QFormLayout, label: str, widget: QWidget, field: str,
                focus: QWidget | None = None) -> None:
        """Add ``label: widget`` with a hidden message line under the widget for ``field``.

        The message shares the field's cell, so while hidden it takes no room at all.
        """
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = QLabel()
        message.setObjectName(f"error_{field}")
        message.setWordWrap(True)
        # Never squeezed below the height its wrapped lines need.
        message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        message.hide()
        column.addWidget(message)
        layout.addRow(label, cell)
        self.fields[field] = focus or widget
        self.labels[field] = message

    def clear(self) -> None:
        for message in self.labels.values():
            message.clear()
            message.hide()

    def show(self, error: KuhinaError, style: str = ERROR_STYLE) -> list[KuhinaError]:
        """Show each message under its field; return those that belong to no field here."""
        self.clear()
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        elsewhere: list[KuhinaError] = []
        texts: dict[str, list[str]] = {}
        for item in errors:
            if (item.field or "") in self.labels:
                texts.setdefault(item.field or "", []).append(user_message(item))
            else:
                elsewhere.append(item)
        for field, lines in texts.items():
            self.labels[field].setStyleSheet(style)
            self.labels[field].setText("\n".join(lines))
            self.labels[field].show()
        first = next((self.fields[e.field] for e in errors if e.field in self.fields), None)
        if first is not None:
            first.setFocus()
        return elsewhere

