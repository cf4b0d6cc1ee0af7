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
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.domain.passwords import Strength, strength
from kuhina_desktop.services.protection import ProtectionService
from kuhina_desktop.ui.dialogs.form_dialog import FormDialog, run
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.ops import run_in_background
from kuhina_desktop.ui.widgets.form_errors import FieldErrors


class PasswordEdit(QWidget):
    """A masked line with a “Show” toggle beside it (``toggle=False``: the dialog has one
    toggle for all its passwords, so that each access key is used once)."""

    def __init__(self, field: str, parent: QWidget | None = None, toggle: bool = True) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{field}")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMinimumWidth(240)
        row.addWidget(self.edit, 1)
        if toggle:
            self.show_box = QCheckBox(self.tr("&Show"))
            self.show_box.setObjectName(f"show_{field}")
            self.show_box.toggled.connect(self._toggle)
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
            self.edits[field] = PasswordEdit(field, toggle=False)
            self.errors.add_row(form, self._label(field), self.edits[field], field,
                                focus=self.edits[field].edit)
        self.show_box = QCheckBox(self.tr("&Show the passwords") if len(self.edits) > 1
                                  else self.tr("&Show the password"))
        self.show_box.setObjectName("show_passwords")
        self.show_box.toggled.connect(
            lambda shown: [edit._toggle(shown) for edit in self.edits.values()])
        form.addRow("", self.show_box)
        self.hint = QLabel()
        self.hint.setObjectName("password_strength")
        if "password" in self.edits:
            form.addRow("", self.hint)
            self.edits["password"].edit.textChanged.connect(self._show_strength)
        layout.addLayout(form)
        self._add_busy_row(layout)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        next(iter(self.edits.values())).edit.setFocus()
        self.mark_clean()

    def _add_busy_row(self, layout: QVBoxLayout) -> None:
        """What shows while the file is being rewritten: a line of text and a moving bar."""
        self.busy = False
        row = QHBoxLayout()
        self.working = QLabel()
        self.working.setObjectName("protection_working")
        self.working.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # no percentage to show: it moves while the work runs
        self.progress.setTextVisible(False)
        row.addWidget(self.working)
        row.addWidget(self.progress, 1)
        for widget in (self.working, self.progress):
            # The row keeps its room while hidden: the dialog does not grow (and squeeze its
            # wrapped text) when the work starts.
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
            widget.hide()
        layout.addLayout(row)

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
                "Identity codes, health data and stored documents in the file are encrypted "
                "with the password. "
                "The password is asked every time the file is opened. It cannot be recovered "
                "if it is forgotten: write it down and keep it safe. Use at least 8 characters.")
        if self.mode == "change":
            return self.tr("Type the current password, then the new one twice.")
        return self.tr("Identity codes, health data and stored documents will be stored "
                       "unencrypted again. Type the password to confirm.")

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
        """Check at once, then do the slow part off the GUI thread; the dialog closes when it
        is done. Returns False until then (an unsaved-changes Save keeps the dialog open)."""
        if self.busy:
            return False
        values = {field: edit.text() for field, edit in self.edits.items()}
        try:
            job = self._job(values)
        except KuhinaError as exc:
            self._show_error(exc)
            return False
        self._set_busy(True)
        run_in_background(self, job.work, lambda outcome: self._done(job, outcome),
                          self._failed)
        return False

    def _job(self, values: dict[str, str]):
        protect = self.services.protection
        if self.mode == "enable":
            return protect.enable_job(values["password"], values["password_repeat"])
        if self.mode == "change":
            return protect.change_password_job(values["old_password"], values["password"],
                                               values["password_repeat"])
        return protect.disable_job(values["old_password"])

    def _done(self, job, outcome) -> None:
        try:
            self.result_info = job.finish(outcome)
        except KuhinaError as exc:
            self._failed(exc)
            return
        self._set_busy(False)
        self.mark_clean()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, KuhinaError):
            self._show_error(error)
        else:
            show_error(self, error)

    def _show_error(self, exc: KuhinaError) -> None:
        if self.mode == "disable" and exc.field == "password":
            exc.field = "old_password"  # the one password this dialog asks is the current one
        for other in self.errors.show(exc):
            show_error(self, other)
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for edit in self.edits.values():
            edit.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.working.setVisible(busy)
        self.working.setText({"enable": self.tr("Encrypting…"),
                              "change": self.tr("Changing the password…"),
                              "disable": self.tr("Removing encryption…")}[self.mode])
        if busy:
            # The fields are disabled: the keyboard stays in the dialog on the busy line.
            self.working.setFocus()
        else:
            next(iter(self.edits.values())).edit.setFocus()

    def reject(self) -> None:
        if self.busy:
            return  # half-way through: the work finishes (or is undone) before the dialog closes
        super().reject()
