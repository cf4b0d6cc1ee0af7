"""Which file is open, and moving between files: the one owner of the main window's lifetime."""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kuhina_desktop import appdirs
from kuhina_desktop.domain.errors import DamagedFile, FileLocked, KuhinaError, NewerFileVersion
from kuhina_desktop.prefs import Preferences, save_preferences
from kuhina_desktop.quiet_gc import collector_paused, end_of_start_up
from kuhina_desktop.services import Services
from kuhina_desktop.storage.database import FILE_SUFFIX, open_data_file
from kuhina_desktop.ui import file_safety
from kuhina_desktop.ui.errors import show_error, user_message
from kuhina_desktop.ui.first_paint import after_first_paint
from kuhina_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from kuhina_desktop.ui.help import HelpDialog
    from kuhina_desktop.ui.single_instance import Claim

# Dialogs and the new-file code are imported where they are used: a start-up that opens the
# last file needs none of them, and every module imported before the first paint delays it.
# So are Qt's dialog classes: PySide6 builds each class (with its enums) on first use.
log = logging.getLogger(__name__)
DEMO_FILE_NAME = "Esimerkkiyhdistys" + FILE_SUFFIX


class AppController(QObject):
    def __init__(self, prefs: Preferences, instance: Claim | None = None) -> None:
        super().__init__()
        self.prefs = prefs
        self._instance = instance  # listens for second starts once a window is up
        self.window: MainWindow | None = None
        self._help: tuple[MainWindow, HelpDialog] | None = None

    # ----- start ----------------------------------------------------------------------------
    def start(self, demo: bool = False, path: Path | None = None) -> bool:
        if demo:
            return self.open_demo()
        if path is not None:
            return self.open_path(path)
        last = next((Path(p) for p in self.prefs.recent_files if Path(p).exists()), None)
        if last is not None and self.open_path(last):
            return True
        return self.welcome()

    def welcome(self) -> bool:
        from kuhina_desktop.ui.dialogs.welcome import WelcomeDialog

        self._listen_for_second_starts()
        end_of_start_up()
        dialog = WelcomeDialog(self.prefs.recent_files)
        if not dialog.exec():
            return False
        choice = dialog.choice
        if choice == "new":
            return self.new_file() or self.welcome()
        if choice == "open":
            return self.choose_and_open() or self.welcome()
        if choice == "demo":
            return self.open_demo()
        if choice == "recent" and dialog.recent_path is not None:
            return self.open_path(dialog.recent_path) or self.welcome()
        return self.window is not None  # a second start may have handed a file meanwhile

    # ----- opening --------------------------------------------------------------------------
    def open_demo(self) -> bool:
        folder = appdirs.data_dir() / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / DEMO_FILE_NAME
        try:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()  # the demo is rebuilt fresh on every start
            import shutil

            shutil.rmtree(path.with_name(f"{path.stem}-varmuuskopiot"), ignore_errors=True)
            from kuhina_desktop.demo import build_demo  # only when the demo is asked for

            services = build_demo(path)
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self._parent(), exc)
            return False
        self._show(services, demo=True)
        return True

    def open_path(self, path: Path) -> bool:
        if self._shows(path):  # File → Open or the recent list on the file in the window
            self._come_forward()
            self.window.statusBar().showMessage(
                self.tr("The file %1 is already open in this window.").replace("%1", str(path)),
                8000)
            return True
        try:
            data = self._open_with_questions(path)
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self._parent(), exc)
            return False
        if data is None:
            return False
        try:
            if not _unlocked(self._parent(), data, self._listen_for_second_starts):
                data.close()  # Cancel: the file was not used and nothing was written
                return False
            self.prefs.add_recent(path)
            save_preferences(self.prefs)
            self._show(Services(data))
        except DamagedFile as exc:  # a read found damage before the opening check did
            data.close()
            # Said as on opening ("damaged, not opened"), not as damage met while working.
            damage = DamagedFile(str(path), path=str(path), reason=exc.params.get("reason", ""))
            return self._offer_intact_copy(self._parent(), path, damage)
        except KuhinaError as exc:  # another fault while the window reads the file
            data.close()
            show_error(self._parent(), exc)
            return False
        return True

    def _open_with_questions(self, path: Path):
        """Open ``path``, asking what to do with a backup copy, a damaged, newer or locked file.

        A start that asks before its window appears listens for second starts first: they
        are handed to this program while the question waits, not opened beside it.
        """
        copy = file_safety.open_backup_copy(self._parent(), path,
                                            before_asking=self._listen_for_second_starts)
        if copy is not False:
            return copy
        try:
            # quick_check runs after the first paint (_after_first_paint).
            return open_data_file(path, check_later=True)
        except DamagedFile as exc:
            self._listen_for_second_starts()
            return file_safety.recover_damaged(self._parent(), path, exc)
        except NewerFileVersion as exc:
            self._listen_for_second_starts()
            if self._ask_read_only(exc):
                return open_data_file(path, allow_newer_read_only=True, check_later=True)
            return None
        except FileLocked as exc:
            if exc.params.get("same_process"):
                raise
            self._listen_for_second_starts()
            return file_safety.open_locked(self._parent(), path, exc)

    def _ask_read_only(self, error: KuhinaError) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self._parent(), self.tr("Open read-only?"),
            user_message(error) + "\n\n" + self.tr("Open the file read-only to look at it?"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Open

    def choose_and_open(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self._parent(), self.tr("Open association file"), str(appdirs.documents_dir()),
            self.tr("Kuhina files (*.kuhina);;All files (*)"))
        return bool(chosen) and self.open_path(Path(chosen))

    def new_file(self) -> bool:
        from kuhina_desktop.ui.dialogs.new_file_wizard import NewFileWizard

        wizard = NewFileWizard(self._parent())
        if not wizard.exec():
            return False
        path = wizard.chosen_path()
        try:
            from kuhina_desktop.services.files import create_association_file

            services = create_association_file(path, wizard.association())
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self._parent(), exc)
            return False
        self.prefs.add_recent(path)
        save_preferences(self.prefs)
        self._show(services)
        return True

    def receive_hand_off(self, message: dict) -> None:
        """A second start of the program sent its file: open it here (or just come forward)."""
        file = message.get("file")
        if file and not self._shows(Path(file)):
            self.open_path(Path(file))
        elif message.get("demo") and not (self.window and self.window.demo):
            self.open_demo()
        self._come_forward()

    def _shows(self, path: Path) -> bool:
        """Whether the window shows this very file (which this program has open, locked)."""
        if self.window is None or self.window.services.data.closed:
            return False
        try:
            return path.resolve() == self.window.services.path
        except (OSError, RuntimeError):
            return False

    def _come_forward(self) -> None:
        if self.window is not None:
            if self.window.isMinimized():
                self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    # ----- the window -----------------------------------------------------------------------
    def _show(self, services: Services, demo: bool = False) -> None:
        old = self.window
        log.info("showing %s", services.path)
        window = MainWindow(services, self.prefs.recent_files, demo=demo)
        window.new_file_requested.connect(self.new_file)
        window.open_file_requested.connect(self.choose_and_open)
        window.open_recent_requested.connect(self.open_path)
        window.backup_requested.connect(self.backup_now)
        window.restore_requested.connect(self.restore_from_backup)
        self.backup_timer = file_safety.BackupTimer(window, services)
        window.help_requested.connect(self.show_help)
        self.window = window
        if old is not None:
            old.close()
        screen = window.screen().availableGeometry()
        if screen.width() < 1500 or screen.height() < 900:
            window.showMaximized()  # a 1366×768 laptop: use all of it
        else:
            window.show()
        after_first_paint(window, lambda: self._after_first_paint(window))

    def _listen_for_second_starts(self) -> None:
        if self._instance is not None:
            self._instance.start_server(self.receive_hand_off)

    def _after_first_paint(self, window: MainWindow) -> None:
        """What the window need not wait for: listening for second starts, the file's
        opening check (a big file's takes a moment), then the backup warnings; and the
        number formats' locale data, read ahead so the first amount shown does not wait.

        Until the check has passed nothing is written: a save made meanwhile waits for it.
        """
        from kuhina_desktop.reports.formatting import load_locale_data
        from kuhina_desktop.ui.ops import prepare_in_background, run_in_background

        end_of_start_up()  # the cycle collector was paused for the start-up (quiet_gc)
        self._listen_for_second_starts()
        check = window.services.data.opening_check
        if check.done:
            self._file_checked(window, check.damage())
        else:
            run_in_background(window, check.damage,
                              lambda damage: self._file_checked(window, damage))
        prepare_in_background(load_locale_data)

    def _file_checked(self, window: MainWindow, damage: DamagedFile | None) -> None:
        if window is not self.window or window.services.data.closed:
            return  # another file was opened meanwhile
        if damage is not None:
            self._recover_after_check(window, damage)
        elif not window.demo:
            file_safety.show_opening_warnings(window, window.services)

    def _recover_after_check(self, window: MainWindow, damage: DamagedFile) -> None:
        """As when damage is found on opening: the newest intact copy is offered. The file
        was never written to; it is closed first so that it can be moved aside."""
        path = window.services.path
        window.services.close()
        if self._offer_intact_copy(window, path, damage):
            return  # _show closed the damaged file's window
        window.close()
        self.window = None
        self.welcome()

    def _offer_intact_copy(self, parent: QWidget | None, path: Path,
                           damage: DamagedFile) -> bool:
        """Offer the newest intact copy of the (closed) damaged file; True when it is open."""
        try:
            data = file_safety.recover_damaged(parent, path, damage)
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(parent, exc)
            return False
        if data is None:
            return False
        if not _unlocked(parent, data):
            data.close()
            return False
        self._show(Services(data))
        return True

    def _parent(self) -> QWidget | None:
        return self.window

    def show_help(self) -> HelpDialog | None:
        """F1: the guide's chapter for the view in use, beside the window (not modal)."""
        if self.window is None:
            return None
        if self._help is None or self._help[0] is not self.window:
            from kuhina_desktop.ui.help import HelpDialog

            self._help = (self.window, HelpDialog(parent=self.window))
        dialog = self._help[1]
        dialog.show_for_view(self.window.current_view_key())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def backup_now(self) -> None:
        if self.window is None:
            return
        services = self.window.services
        stamp = datetime.now().strftime("%Y-%m-%d_%H%M")
        from PySide6.QtWidgets import QFileDialog

        suggestion = appdirs.documents_dir() / f"{services.path.stem}-{stamp}{FILE_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy"), str(suggestion),
            self.tr("Kuhina files (*.kuhina)"))
        if not chosen:
            return
        window = self.window
        window.statusBar().showMessage(self.tr("Saving a copy…"))
        # A verified copy of a big file takes seconds: made off the GUI thread (ui/ops).
        from kuhina_desktop.ui.ops import run_in_background

        run_in_background(window, collector_paused(
            lambda: services.backups.save_copy(Path(chosen), in_worker=True)),
            lambda _path: window.statusBar().showMessage(
                self.tr("Copy saved and checked: %1").replace("%1", chosen), 8000),
            lambda exc: (window.statusBar().clearMessage(), show_error(window, exc)))

    def restore_from_backup(self) -> None:
        """File → Restore from backup…: close the file, restore (old file moved aside), reopen."""
        if self.window is None:
            return
        services, demo = self.window.services, self.window.demo
        if services.read_only:
            show_error(self.window, KuhinaError(code="restore_read_only"))
            return
        from kuhina_desktop.ui.dialogs.backups_restore import RestoreDialog

        dialog = RestoreDialog(services.backups.list_backups(), services.path, self.window)
        if not dialog.exec() or dialog.chosen is None:
            return
        path = services.path
        services.close()  # takes the closing copy of any changes first
        result = file_safety.restore_with_message(self.window, dialog.chosen, path)
        try:
            data = open_data_file(path)
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self.window, exc)
            self.window.close()  # its file is closed: nothing in it may be used any more
            self.window = None
            self.welcome()
            return
        if not _unlocked(self.window, data):
            data.close()
            self.window.close()
            self.window = None
            self.welcome()
            return
        self._show(Services(data), demo=demo)
        if result is not None:
            self.window.statusBar().showMessage(file_safety.restored_text(result), 15000)


def _unlocked(parent: QWidget | None, data,
              before_asking: Callable[[], None] | None = None) -> bool:
    """True when the file can be used: not password-protected, or unlocked now."""
    from kuhina_desktop.storage.protection import is_locked

    if not is_locked(data):
        return True  # the usual case: the dialog and the protection service are not loaded
    if before_asking is not None:
        before_asking()
    from kuhina_desktop.ui.dialogs.password_dialogs import unlock_or_cancel

    return unlock_or_cancel(parent, data)
