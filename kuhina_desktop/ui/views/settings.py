"""Settings: the association's details (saved in the file) and the user's UI language."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import ValidationErrors
from kuhina_desktop.prefs import load_preferences, save_preferences
from kuhina_desktop.services import Services
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.widgets.association_form import AssociationForm
from kuhina_desktop.ui.widgets.rates_settings import RatesSettings


class SettingsView(QScrollArea):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self._association_box())
        layout.addWidget(RatesSettings(services, inner))
        layout.addWidget(self._language_box())
        layout.addStretch(1)
        self.setWidget(inner)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_association)

    def _association_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Association"))
        layout = QVBoxLayout(box)
        self.form = AssociationForm(box)
        self.form.set_association(self.services.association.get())
        self.form.setEnabled(not self.services.read_only)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.saved_label = QLabel()
        row.addWidget(self.saved_label)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_association")
        self.save_button.setEnabled(not self.services.read_only)
        self.save_button.clicked.connect(self.save_association)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("User interface"))
        form = QFormLayout(box)
        self.ui_language = QComboBox()
        self.ui_language.setObjectName("ui_language")
        self.ui_language.addItem("Suomi", "fi")
        self.ui_language.addItem("English", "en")
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(
            load_preferences().language)))
        self.ui_language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language"), self.ui_language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        return box

    def save_association(self) -> None:
        if self.services.read_only:
            return
        try:
            saved = self.services.association.save(self.form.association())
        except ValidationErrors as errors:
            self.form.show_errors(errors)
            self.saved_label.setText("")
            return
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self, exc)
            return
        self.form.clear_errors()
        self.form.set_association(saved)
        self.saved_label.setText(self.tr("Saved."))
        window = self.window()
        if hasattr(window, "refresh_header"):
            window.refresh_header()

    def _language_changed(self) -> None:
        prefs = load_preferences()
        prefs.language = self.ui_language.currentData()
        save_preferences(prefs)
        self.language_note.setText(self.tr("The new language is used after a restart."))
