"""The data-safety steps of opening and working on a file, for the controller.

Opening: a backup copy opened by mistake is noticed; a damaged file is offered its newest
intact copy. Working: a timer takes the periodic copy; warnings about old copies, a missing
backup folder or a network drive are shown once when the file opens.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from kuhina_desktop.domain.errors import DamagedFile, FileLocked, KuhinaError
from kuhina_desktop.services import Services
from kuhina_desktop.storage import drives
from kuhina_desktop.storage.backup import read_backup_marker
from kuhina_desktop.storage.database import DataFile, open_data_file
from kuhina_desktop.ui.errors import show_error, user_message

if TYPE_CHECKING:
    from collections.abc import Callable

    from kuhina_desktop.services.restore import RestoreResult

# Restoring and the backup jobs are imported where they are used: opening a healthy file
# needs neither before the window's first paint.

log = logging.getLogger(__name__)

TIMER_INTERVAL_MS = 5 * 60 * 1000  # the 30-minute rule is checked every 5 minutes
OPEN_WARNINGS = ("backup_old", "backup_folder_missing")



def open_backup_copy(parent: QWidget | None, path: Path,
                     before_asking: Callable[[], None] | None = None) -> DataFile | None | bool:
    """Ask about a file that carries the backup marker; False when it is a working file."""
    marker = read_backup_marker(path)
    if marker is None:
        return False
    if before_asking is not None:
        before_asking()
    from kuhina_desktop.ui.dialogs import backups_damaged  # rare: not loaded at start-up

    choice = backups_damaged.ask_about_backup_copy(parent, path, marker)
    if choice == "read_only":
        data = open_data_file(path, read_only=True)
        data.read_only_reason = "backup_copy"
        return data
    if choice == "restore":
        original = Path(str(marker.get("path")))
        result = restore_with_message(parent, path, original)
        return open_data_file(original) if result else None
    if choice == "edit":
        data = open_data_file(path)
        Services(data).backups.make_working_file()
        return data
    return None


def open_locked(parent: QWidget | None, path: Path, error: FileLocked) -> DataFile | None:
    """Someone else has the file: read-only, cancel, or (lock of another computer) take over.

    A lock of a dead program on this computer never gets here (it is recovered silently); a
    lock of another computer may be a crash there, or a colleague at work: only the user can
    tell, so taking over is offered with a warning and asked twice.
    """
    from PySide6.QtWidgets import QMessageBox

    holder = error.params.get("holder")
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("FileSafety", "The file is in use"),
                      user_message(error), QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("FileLockedQuestion")
    read_only = box.addButton(QCoreApplication.translate("FileSafety", "Open read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    take_over = None
    if holder is not None and not holder.is_this_host:
        take_over = box.addButton(QCoreApplication.translate("FileSafety", "Take over the file…"),
                                  QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(read_only)
    box.exec()
    if box.clickedButton() is read_only:
        return open_data_file(path, read_only=True)
    if take_over is not None and box.clickedButton() is take_over and _confirm_take_over(
            parent, holder):
        return open_data_file(path, break_foreign_lock=True)
    return None


def _confirm_take_over(parent: QWidget | None, holder) -> bool:
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate(
        "FileSafety", "Only take over the file if %1 on the computer %2 is certainly not using "
        "it any more (the program there crashed or the computer was switched off). If both "
        "computers save to the file, changes are lost. Take over the file?").replace(
        "%1", holder.user).replace("%2", holder.host)
    answer = QMessageBox.warning(parent, QCoreApplication.translate("FileSafety", "Take over"),
                                 text, QMessageBox.StandardButton.Yes
                                 | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def recover_damaged(parent: QWidget | None, path: Path, error: DamagedFile) -> DataFile | None:
    """Offer the newest intact copy of a damaged file; the damaged file is only moved aside."""
    from kuhina_desktop.services.restore import newest_good_backup
    from kuhina_desktop.ui.dialogs import backups_damaged
    from kuhina_desktop.ui.dialogs.backups_restore import RestoreDialog

    newest = newest_good_backup(path)
    choice = backups_damaged.ask_about_damaged_file(parent, error, newest)
    backup = newest.path if choice == "restore" and newest else None
    if choice == "choose":
        from kuhina_desktop.services.backups import known_backups

        dialog = RestoreDialog(known_backups(path), path, parent)
        backup = dialog.chosen if dialog.exec() else None
    if backup is None:
        return None
    return open_data_file(path) if restore_with_message(parent, backup, path) else None


def restore_with_message(parent: QWidget | None, backup: Path, target: Path
                         ) -> RestoreResult | None:
    from kuhina_desktop.services.restore import restore_backup

    try:
        result = restore_backup(backup, target)
    except Exception as exc:  # noqa: BLE001 - shown by the one presenter
        show_error(parent, exc)
        return None
    log.info("restored %s -> %s (old file: %s)", backup, target, result.moved_aside)
    return result


def restored_text(result: RestoreResult) -> str:
    if result.moved_aside is None:
        return QCoreApplication.translate("FileSafety", "The copy was restored.")
    text = QCoreApplication.translate(
        "FileSafety", "The copy was restored. The previous file was kept as %1.")
    return text.replace("%1", result.moved_aside.name)


class BackupTimer(QObject):
    """Every 5 minutes: a copy if changes are older than 30 minutes (BackupService.periodic),
    made in the background; and the closing copy, with progress, before the window closes."""

    def __init__(self, window: QMainWindow, services: Services) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.timer = QTimer(self)
        self.timer.setInterval(TIMER_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        window.installEventFilter(self)

    def tick(self) -> None:
        if self.services.data.closed or not self.services.backups.periodic_due():
            return
        from kuhina_desktop.ui.backup_jobs import backup_in_background

        backup_in_background(self.window, self.services, "periodic", self._made, self._failed)

    def _made(self, _result) -> None:
        from kuhina_desktop.ui.dialogs.backups_restore import when_label

        text = QCoreApplication.translate("FileSafety", "Backup copy made %1.")
        self.window.statusBar().showMessage(text.replace("%1", when_label(datetime.now())), 8000)

    def _failed(self, error: BaseException) -> None:
        # Not a dialog every five minutes: the status bar says it, the log keeps it.
        log.warning("periodic backup failed: %s", error)
        if isinstance(error, KuhinaError):
            self.window.statusBar().showMessage(user_message(error), 30000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Before the window's own closeEvent closes the file: then on_close finds nothing left.
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.timer.stop()
            from kuhina_desktop.ui.backup_jobs import backup_before_closing

            backup_before_closing(self.window, self.services)
        return False


def opening_warnings(services: Services) -> list[KuhinaError]:
    """What to tell once when a file opens: old copies, missing folder, network drive."""
    found = [w for w in services.backups.warnings() if w.code in OPEN_WARNINGS]
    if drives.is_network_path(services.path):
        found.insert(0, KuhinaError(code="network_drive", path=str(services.path)))
    return found


def show_opening_warnings(window: QWidget, services: Services) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings = opening_warnings(services)
    if not warnings:
        return
    QMessageBox.warning(window, QCoreApplication.translate("FileSafety", "Backups and safety"),
                        "\n\n".join(user_message(w) for w in warnings))
