"""Which file is open, and moving between files: the one owner of the main window's lifetime."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kuhina_desktop import appdirs
from kuhina_desktop.domain.errors import FileLocked, KuhinaError, NewerFileVersion
from kuhina_desktop.prefs import Preferences, save_preferences
from kuhina_desktop.services import Services
from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.storage.backup import backup_database
from kuhina_desktop.storage.database import FILE_SUFFIX, open_data_file
from kuhina_desktop.ui.dialogs.new_file_wizard import NewFileWizard
from kuhina_desktop.ui.dialogs.welcome import WelcomeDialog
from kuhina_desktop.ui.errors import show_error, user_message
from kuhina_desktop.ui.help import HelpDialog
from kuhina_desktop.ui.main_window import MainWindow

DEMO_FILE_NAME = "Esimerkkiyhdistys" + FILE_SUFFIX


class AppController(QObject):
    def __init__(self, prefs: Preferences) -> None:
        super().__init__()
        self.prefs = prefs
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
        return False

    # ----- opening --------------------------------------------------------------------------
    def open_demo(self) -> bool:
        folder = appdirs.data_dir() / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / DEMO_FILE_NAME
        try:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()  # the demo is rebuilt fresh on every start
            from kuhina_desktop.demo import build_demo  # only when the demo is asked for

            services = build_demo(path)
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self._parent(), exc)
            return False
        self._show(services, demo=True)
        return True

    def open_path(self, path: Path) -> bool:
        try:
            data = self._open_with_questions(path)
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self._parent(), exc)
            return False
        if data is None:
            return False
        self.prefs.add_recent(path)
        save_preferences(self.prefs)
        self._show(Services(data))
        return True

    def _open_with_questions(self, path: Path):
        try:
            return open_data_file(path)
        except NewerFileVersion as exc:
            if self._ask_read_only(exc):
                return open_data_file(path, allow_newer_read_only=True)
            return None
        except FileLocked as exc:
            if exc.params.get("same_process"):
                raise
            if self._ask_read_only(exc):
                return open_data_file(path, read_only=True)
            return None

    def _ask_read_only(self, error: KuhinaError) -> bool:
        answer = QMessageBox.question(
            self._parent(), self.tr("Open read-only?"),
            user_message(error) + "\n\n" + self.tr("Open the file read-only to look at it?"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Open

    def choose_and_open(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(
            self._parent(), self.tr("Open association file"), str(appdirs.documents_dir()),
            self.tr("Kuhina files (*.kuhina);;All files (*)"))
        return bool(chosen) and self.open_path(Path(chosen))

    def new_file(self) -> bool:
        wizard = NewFileWizard(self._parent())
        if not wizard.exec():
            return False
        path = wizard.chosen_path()
        try:
            services = create_association_file(path, wizard.association())
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self._parent(), exc)
            return False
        self.prefs.add_recent(path)
        save_preferences(self.prefs)
        self._show(services)
        return True

    # ----- the window -----------------------------------------------------------------------
    def _show(self, services: Services, demo: bool = False) -> None:
        old = self.window
        window = MainWindow(services, self.prefs.recent_files, demo=demo)
        window.new_file_requested.connect(self.new_file)
        window.open_file_requested.connect(self.choose_and_open)
        window.open_recent_requested.connect(self.open_path)
        window.backup_requested.connect(self.backup_now)
        window.help_requested.connect(self.show_help)
        self.window = window
        if old is not None:
            old.close()
        screen = window.screen().availableGeometry()
        if screen.width() < 1500 or screen.height() < 900:
            window.showMaximized()  # a 1366×768 laptop: use all of it
        else:
            window.show()

    def _parent(self) -> QWidget | None:
        return self.window

    def show_help(self) -> HelpDialog | None:
        """F1: the guide's chapter for the view in use, beside the window (not modal)."""
        if self.window is None:
            return None
        if self._help is None or self._help[0] is not self.window:
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
        suggestion = appdirs.documents_dir() / f"{services.path.stem}-{stamp}{FILE_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy"), str(suggestion),
            self.tr("Kuhina files (*.kuhina)"))
        if not chosen:
            return
        try:
            backup_database(services.data.conn, Path(chosen))
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self.window, exc)
            return
        self.window.statusBar().showMessage(self.tr("Copy saved and checked: %1")
                                            .replace("%1", chosen), 8000)
