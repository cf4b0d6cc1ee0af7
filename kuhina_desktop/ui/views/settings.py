"""Settings in five tabs: the association's details, the rate tables, backups with the change
history, privacy with the password, and the UI language with practice mode."""

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.prefs import load_preferences, save_preferences
from kuhina_desktop.services import Services
from kuhina_desktop.ui.errors import show_error, user_message
from kuhina_desktop.ui.widgets.access_keys import access_key, give_missing_access_keys
from kuhina_desktop.ui.widgets.association_form import AssociationForm
from kuhina_desktop.ui.widgets.backup_settings import safety_boxes
from kuhina_desktop.ui.widgets.fields import DateField
from kuhina_desktop.ui.widgets.protection_box import ProtectionBox
from kuhina_desktop.ui.widgets.rates_settings import RatesSettings

# The main window's menus (Tiedosto, Näytä, Ohje) hold these access keys in every view.
MENU_KEYS = ("t", "n", "o")


class SettingsView(QTabWidget):
    DUE_ACTIONS = ("confirm_rate_table", "review_retention")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rates = RatesSettings(services)
        backups, history, self.privacy = safety_boxes(services)
        self.protection = ProtectionBox(services)
        tabs = ((self.tr("&Association"), [self._association_box()]),
                (self.tr("&Rates"), [self.rates]),
                (self.tr("&Backups and history"), [backups, history]),
                (self.tr("&Privacy and password"), [self.privacy, self.protection]),
                (self.tr("&Language and practice mode"), [self._language_box(),
                                                          self._practice_box()]))
        for title, boxes in tabs:
            self.addTab(_page(boxes), title)
        taken = [*MENU_KEYS, *(access_key(self.tabText(i)) for i in range(self.count()))]
        for index in range(self.count()):
            give_missing_access_keys(self.widget(index), taken)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_association)

    def reveal(self, widget: QWidget) -> None:
        """Make the tab that holds ``widget`` the current one."""
        for index in range(self.count()):
            if self.widget(index).isAncestorOf(widget):
                self.setCurrentIndex(index)
                return

    def open_due_item(self, item) -> None:
        """A rate table to confirm opens the rates; a retention review, privacy."""
        self.reveal(self.rates if item.action == "confirm_rate_table" else self.privacy)

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

    def _practice_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Practice mode"))
        form = QFormLayout(box)
        note = QLabel(self.tr("See the due list as it will be on a future date, to learn what "
                              "is coming. The file is not changed."))
        note.setWordWrap(True)
        form.addRow(note)
        self.practice_date = DateField("practice_date")
        row = QHBoxLayout()
        row.addWidget(self.practice_date)
        apply_button = QPushButton(self.tr("Show the due list as of this date"))
        apply_button.setObjectName("practice_apply")
        apply_button.clicked.connect(self.apply_practice_date)
        row.addWidget(apply_button)
        clear_button = QPushButton(self.tr("Back to today"))
        clear_button.setObjectName("practice_clear")
        clear_button.clicked.connect(self.clear_practice_date)
        row.addWidget(clear_button)
        form.addRow(self.tr("Date"), row)
        self.practice_error = QLabel()
        self.practice_error.setStyleSheet("color: #b00020;")
        form.addRow("", self.practice_error)
        return box

    def apply_practice_date(self) -> None:
        try:
            chosen = self.practice_date.value()
        except ValidationError as exc:
            self.practice_error.setText(user_message(exc))
            return
        self.practice_error.clear()
        self.services.practice_date = chosen
        self._practice_changed()

    def clear_practice_date(self) -> None:
        self.practice_date.clear()
        self.practice_error.clear()
        self.services.practice_date = None
        self._practice_changed()

    def _practice_changed(self) -> None:
        window = self.window()
        if hasattr(window, "show_view"):
            window.show_view("home")

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


def _page(boxes: list[QWidget]) -> QScrollArea:
    """One tab: its boxes one under the other, scrolled when the window is low."""
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(24, 20, 24, 20)
    for box in boxes:
        layout.addWidget(box)
    layout.addStretch(1)
    page = QScrollArea()
    page.setWidgetResizable(True)
    page.setWidget(inner)
    return page
