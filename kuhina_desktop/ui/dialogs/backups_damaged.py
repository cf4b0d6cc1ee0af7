"""Two questions asked while opening: the file is damaged, or the file is a backup copy.

A damaged file is never written to: the user is offered the newest intact copy (or another
one). A backup copy opened by mistake is shown read-only unless the user says otherwise.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from kuhina_desktop.domain.errors import DamagedFile, KuhinaError
from kuhina_desktop.services.backups import BackupEntry
from kuhina_desktop.storage.backup import read_summary
from kuhina_desktop.ui.dialogs.backups_restore import reason_label, summary_text, when_label
from kuhina_desktop.ui.errors import user_message


class DamagedFileDialog(QDialog):
    """``choice`` after exec(): "restore" (the newest good copy), "choose" or ""."""

    def __init__(self, error: DamagedFile, newest: BackupEntry | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DamagedFileDialog")
        self.setWindowTitle(self.tr("The file is damaged"))
        self.choice = ""
        self.newest = newest
        layout = QVBoxLayout(self)
        message = QLabel(user_message(error))
        message.setWordWrap(True)
        layout.addWidget(message)
        offer = QLabel(self._offer_text(newest))
        offer.setObjectName("newest_backup")
        offer.setWordWrap(True)
        layout.addWidget(offer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if newest is not None:
            restore = buttons.addButton(self.tr("Restore this copy"),
                                        QDialogButtonBox.ButtonRole.AcceptRole)
            restore.setObjectName("restore_newest")
            restore.setDefault(True)
            restore.clicked.connect(lambda: self._choose("restore"))
        other = buttons.addButton(self.tr("Choose another copy…"),
                                  QDialogButtonBox.ButtonRole.ActionRole)
        other.setObjectName("choose_other_copy")
        other.clicked.connect(lambda: self._choose("choose"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def _offer_text(self, newest: BackupEntry | None) -> str:
        if newest is None:
            return self.tr("No intact backup copy of this file was found on this computer. If "
                           "you keep copies on a USB stick, plug it in and choose “Choose "
                           "another copy…”.")
        return self.tr("The newest intact backup copy was made %1 (%2):\n%3\n\nRestoring it "
                       "moves the damaged file aside; it is not deleted.").replace(
            "%1", when_label(newest.made_at)).replace("%2", reason_label(newest.reason)).replace(
            "%3", summary_text(read_summary(newest.path)))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_about_damaged_file(parent: QWidget | None, error: DamagedFile,
                           newest: BackupEntry | None) -> str:
    dialog = DamagedFileDialog(error, newest, parent)
    dialog.exec()
    return dialog.choice


def ask_about_backup_copy(parent: QWidget | None, path: Path, marker: dict) -> str:
    """"read_only", "restore" (over the original), "edit" (use the copy itself) or ""."""
    made_at = str(marker.get("made_at", "")).replace("T", " ")
    original = str(marker.get("path", ""))
    text = user_message(KuhinaError(code="backup_copy_opened", path=path.name, made_at=made_at,
                                    original=original or "?"))
    title = QCoreApplication.translate("BackupCopy", "Backup copy")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName("BackupCopyQuestion")
    box.setInformativeText(QCoreApplication.translate(
        "BackupCopy", "Open it read-only to look at it, restore it in place of the original "
        "file, or edit this copy as a file of its own."))
    accept, action = QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.ActionRole
    read_only = box.addButton(QCoreApplication.translate("BackupCopy", "Open read-only"), accept)
    answers = {read_only: "read_only"}
    if original:
        restore = box.addButton(
            QCoreApplication.translate("BackupCopy", "Restore over the original…"), action)
        answers[restore] = "restore"
    edit = box.addButton(QCoreApplication.translate("BackupCopy", "Edit this copy"), action)
    answers[edit] = "edit"
    box.setDefaultButton(read_only)
    box.exec()
    return answers.get(box.clickedButton(), "")
