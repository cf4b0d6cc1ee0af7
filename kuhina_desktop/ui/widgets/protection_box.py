"""Settings → Password protection: turn it on, change the password, turn it off."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.form_dialog import run
from kuhina_desktop.ui.dialogs.password_dialogs import PasswordChangeDialog
from kuhina_desktop.ui.errors import show_error


class ProtectionBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Password protection"))
        self.setObjectName("ProtectionBox")
        self.services = services
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("protection_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.enable_button = self._button("protection_enable", self.tr("Set a password…"),
                                          "enable", row)
        self.change_button = self._button("protection_change", self.tr("Change the password…"),
                                          "change", row)
        self.disable_button = self._button("protection_disable",
                                           self.tr("Remove password protection…"), "disable", row)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def _button(self, name: str, text: str, mode: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: self.open_dialog(mode))
        row.addWidget(button)
        return button

    def refresh(self) -> None:
        protected = self.services.protection.is_protected()
        self.status.setText(self.tr(
            "On: identity codes, health data and stored documents (decision PDFs, scanned "
            "certificates) are encrypted, and the password is asked when the file is opened. "
            "A forgotten password cannot be recovered.") if protected else
            self.tr("Off. On a shared computer, protect the file with a password: identity "
                    "codes, health data and stored documents are then stored encrypted."))
        writable = not self.services.read_only
        self.enable_button.setVisible(not protected)
        self.change_button.setVisible(protected)
        self.disable_button.setVisible(protected)
        for button in (self.enable_button, self.change_button, self.disable_button):
            button.setEnabled(writable)

    def make_dialog(self, mode: str) -> PasswordChangeDialog:
        """A separate method so that tests can drive the dialog."""
        return PasswordChangeDialog(self.services, mode, self)

    def open_dialog(self, mode: str) -> None:
        dialog = self.make_dialog(mode)
        done = run(dialog)
        result = dialog.result_info
        self.refresh()
        if done and mode == "enable" and result is not None:
            self.after_enable(result)

    def after_enable(self, result) -> None:
        folders = "\n".join(str(folder) for folder in result.older_backups)
        text = self.tr("The file is now protected with the password.")
        if folders:
            text += "\n\n" + self.tr(
                "Backup copies made before this moment still hold the identity codes, "
                "health data and documents unencrypted. They are in:\n%1\n\nDelete them when you no longer "
                "need them, or keep them in a safe place.").replace("%1", folders)
        text += "\n\n" + self.tr("Make a fresh, protected backup copy now?")
        if self.ask(text) == QMessageBox.StandardButton.Yes:
            try:
                self.services.backups.backup_now("manual")
            except KuhinaError as exc:
                show_error(self, exc)

    def ask(self, text: str) -> QMessageBox.StandardButton:
        """A separate method so that tests can answer it."""
        return QMessageBox.question(self, self.tr("Password protection"), text,
                                    QMessageBox.StandardButton.Yes
                                    | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.Yes)
