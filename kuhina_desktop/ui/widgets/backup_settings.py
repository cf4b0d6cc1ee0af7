"""Settings → Backups: where the automatic copies go, the reminder, and "back up now"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.services import Services
from kuhina_desktop.services.backups import BackupResult
from kuhina_desktop.ui.backup_jobs import backup_in_background
from kuhina_desktop.ui.dialogs.backups_restore import reason_label, when_label
from kuhina_desktop.ui.errors import show_error, user_message


class BackupSettingsBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.setObjectName("BackupSettings")
        self.services = services
        form = QFormLayout(self)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backup_folder_label")
        self.folder_label.setWordWrap(True)
        form.addRow(self.tr("Backup folder"), self.folder_label)
        form.addRow("", self._folder_buttons())
        self.warn_days = QSpinBox()
        self.warn_days.setObjectName("backup_warn_days")
        self.warn_days.setRange(1, 365)
        self.warn_days.setSuffix(self.tr(" days"))
        self.warn_days.setValue(services.backups.warn_days())
        self.warn_days.setMaximumWidth(140)
        self.warn_days.editingFinished.connect(self._save_warn_days)
        form.addRow(self.tr("Remind when the newest copy is older than"), self.warn_days)
        self.last_label = QLabel()
        self.last_label.setObjectName("backup_last_label")
        form.addRow(self.tr("Newest copy"), self.last_label)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("backup_warnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #8a4b00;")
        form.addRow("", self.warning_label)
        form.addRow("", self._action_buttons())
        for widget in (self.choose_button, self.local_button, self.warn_days):
            widget.setEnabled(not services.read_only)
        self.refresh()

    def _folder_buttons(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.setObjectName("choose_backup_folder")
        self.choose_button.clicked.connect(self.choose_folder)
        self.local_button = QPushButton(self.tr("Use this computer's folder"))
        self.local_button.setObjectName("use_local_backup_folder")
        self.local_button.clicked.connect(lambda: self.set_folder(None))
        layout.addWidget(self.choose_button)
        layout.addWidget(self.local_button)
        layout.addStretch(1)
        return row

    def _action_buttons(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        restore = QPushButton(self.tr("Restore from backup…"))
        restore.setObjectName("restore_from_backup")
        restore.clicked.connect(self._restore)
        layout.addWidget(self.backup_button)
        layout.addWidget(restore)
        layout.addStretch(1)
        return row

    def refresh(self) -> None:
        backups = self.services.backups
        chosen = backups.chosen_folder()
        if chosen is None:
            self.folder_label.setText(self.tr("This computer's backup folder"))
        else:
            self.folder_label.setText(str(chosen))
        self.folder_label.setToolTip(str(backups.folders()[0]))
        entries = backups.list_backups()
        if entries:
            self.last_label.setText(f"{when_label(entries[0].made_at)} – "
                                    f"{reason_label(entries[0].reason)}")
        else:
            self.last_label.setText(self.tr("No copies yet: one is made when you close the file "
                                            "after changes."))
        warnings = [user_message(w) for w in backups.warnings() if w.code != "backup_none"]
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))

    def choose_folder(self) -> None:
        start = self.services.backups.chosen_folder() or Path.home()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"),
                                                  str(start))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        try:
            warnings = self.services.backups.set_folder(folder)
        except KuhinaError as exc:
            show_error(self, exc)
            return
        self.refresh()
        if warnings:
            show_error(self, warnings[0], title=self.tr("Backup folder"))

    def _save_warn_days(self) -> None:
        if self.services.read_only or self.warn_days.value() == self.services.backups.warn_days():
            return
        try:
            self.services.backups.set_warn_days(self.warn_days.value())
        except KuhinaError as exc:
            show_error(self, exc)
        self.refresh()

    def backup_now(self) -> None:
        """The copy is made in the background; the button waits for it (no second copy)."""
        if backup_in_background(self, self.services, "manual", self._backed_up,
                                self._backup_failed) is None:
            return
        self.backup_button.setEnabled(False)
        self.backup_button.setText(self.tr("Making a copy…"))

    def _backup_done(self) -> None:
        self.backup_button.setEnabled(True)
        self.backup_button.setText(self.tr("Back up now"))

    def _backed_up(self, result: BackupResult) -> None:
        self._backup_done()
        self.refresh()
        if result.fell_back:
            show_error(self, KuhinaError(code="backup_folder_missing",
                                         path=str(self.services.backups.chosen_folder())))

    def _backup_failed(self, error: BaseException) -> None:
        self._backup_done()
        show_error(self, error)

    def _restore(self) -> None:
        window = self.window()
        if hasattr(window, "restore_requested"):
            window.restore_requested.emit()


def safety_boxes(services: Services, parent: QWidget | None = None) -> list[QGroupBox]:
    """The data-safety parts of Settings: backups, change history, privacy."""
    from kuhina_desktop.ui.widgets.privacy_box import ChangeHistoryBox, PrivacyBox

    return [BackupSettingsBox(services, parent), ChangeHistoryBox(services, parent),
            PrivacyBox(services, parent)]
