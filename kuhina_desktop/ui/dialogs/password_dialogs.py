"""The password of a protected file: asking it when the file opens, setting, changing and
removing it (Settings → Password protection)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.domain.passwords import Strength, strength
from kuhina_desktop.services.protection import ProtectionService
from kuhina_desktop.ui.dialogs.form_dialog import FormDialog, run
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.widgets.form_errors import FieldErrors


class PasswordEdit(QWidget):
    """A masked line with a “Show” toggle beside it."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{field}")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMinimumWidth(240)
        self.show_box = QCheckBox(self.tr("Show"))
        self.show_box.setObjectName(f"show_{field}")
        self.show_box.toggled.connect(self._toggle)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_box)

    def _toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                              else QLineEdit.EchoMode.Password)

    def text(self) -> str:
        return self.edit.text()


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class UnlockDialog(QDialog):
    """Asked before the window uses a protected file. A wrong password is explained and the
    dialog stays open for another try; Esc or Cancel leaves the file unopened."""

    def __init__(self, data, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.protection = ProtectionService(data)
        self.setWindowTitle(self.tr("Password-protected file"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr("The file %1 is protected with a password. Type the "
                                       "password to open it.").replace("%1", Path(data.path).name)))
        form = QFormLayout()
        self.errors = FieldErrors()
        self.password = PasswordEdit("password")
        self.errors.add_row(form, self.tr("Password"), self.password, "password",
                            focus=self.password.edit)
        layout.addLayout(form)
        layout.addWidget(_note(self.tr(
            "A forgotten password cannot be recovered. Only a backup copy made before the "
            "protection was turned on can be opened without it.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.edit.setFocus()

    def try_unlock(self) -> None:
        try:
            self.protection.unlock(self.password.text())
        except KuhinaError as exc:
            self.errors.show(exc)
            self.adjustSize()  # room for the message under the field
            self.password.edit.selectAll()
            self.password.edit.setFocus()
            return
        self.accept()


def unlock_or_cancel(parent: QWidget | None, data) -> bool:
    """True when the file can be used: not protected, or unlocked now."""
    if not ProtectionService(data).is_locked():
        return True
    return run(UnlockDialog(data, parent))


class PasswordChangeDialog(FormDialog):
    """Set (``mode="enable"``), change (``"change"``) or remove (``"disable"``) the password."""

    def __init__(self, services, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.mode, self.result_info = services, mode, None
        self.setWindowTitle({"enable": self.tr("Protect the file with a password"),
                             "change": self.tr("Change the password"),
                             "disable": self.tr("Remove password protection")}[mode])
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self._intro()))
        form = QFormLayout()
        self.errors = FieldErrors()
        self.edits: dict[str, PasswordEdit] = {}
        for field in self._fields():
            self.edits[field] = PasswordEdit(field)
            self.errors.add_row(form, self._label(field), self.edits[field], field,
                                focus=self.edits[field].edit)
        self.hint = QLabel()
        self.hint.setObjectName("password_strength")
        if "password" in self.edits:
            form.addRow("", self.hint)
            self.edits["password"].edit.textChanged.connect(self._show_strength)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        next(iter(self.edits.values())).edit.setFocus()
        self.mark_clean()

    def _fields(self) -> list[str]:
        return {"enable": ["password", "password_repeat"],
                "change": ["old_password", "password", "password_repeat"],
                "disable": ["old_password"]}[self.mode]

    def _label(self, field: str) -> str:
        return {"password": self.tr("New password"), "password_repeat": self.tr("Password again"),
                "old_password": self.tr("Current password")}[field]

    def _intro(self) -> str:
        if self.mode == "enable":
            return self.tr(
                "Identity codes and health data in the file are encrypted with the password. "
                "The password is asked every time the file is opened. It cannot be recovered "
                "if it is forgotten: write it down and keep it safe. Use at least 8 characters.")
        if self.mode == "change":
            return self.tr("Type the current password, then the new one twice.")
        return self.tr("Identity codes and health data will be stored unencrypted again. "
                       "Type the password to confirm.")

    def _show_strength(self, text: str) -> None:
        self.hint.setText({
            Strength.TOO_SHORT: self.tr("Too short: at least 8 characters."),
            Strength.WEAK: self.tr("Strength: weak – a longer password is harder to guess."),
            Strength.FAIR: self.tr("Strength: fair."),
            Strength.STRONG: self.tr("Strength: strong."),
        }[strength(text)] if text else "")

    def state(self) -> object:
        return tuple(edit.text() for edit in self.edits.values())

    def save(self) -> bool:
        values = {field: edit.text() for field, edit in self.edits.items()}
        protect = self.services.protection
        try:
            if self.mode == "enable":
                self.result_info = protect.enable(values["password"], values["password_repeat"])
            elif self.mode == "change":
                protect.change_password(values["old_password"], values["password"],
                                        values["password_repeat"])
            else:
                self.result_info = protect.disable(values["old_password"])
        except KuhinaError as exc:
            for other in self.errors.show(exc):
                show_error(self, other)
            self.adjustSize()
            return False
        self.mark_clean()
        self.accept()
        return True
