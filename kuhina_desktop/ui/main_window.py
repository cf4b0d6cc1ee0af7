"""The main window: the association header, navigation on the left, one view at a time.

Nothing built before the first paint touches PySide6's ``Qt`` namespace: its first use builds
the Python enums of the whole namespace (a hundred of them, some 20 ms), which the window
need not wait for. Shortcuts are set with setShortcuts(), whose overloads do not need it.
"""

from __future__ import annotations

import linecache
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop import __version__
from kuhina_desktop.services import Services
from kuhina_desktop.ui.first_paint import after_first_paint
from kuhina_desktop.ui.views import NavEntry, navigation_entries

# Where each kind of due-list action is done, for views that do not take the item themselves.
DUE_ACTION_VIEWS = {
    "send_payment_application": "wages",
    "enter_wage_month": "wages",
    "apply_for_renewal": "decisions",
    "decide_contract_continuation": "employees",
    "review_trial_period": "employees",
    "renew_consent": "employees",
    "renew_certificate": "training",
    "confirm_rate_table": "settings",
    "review_retention": "settings",
}


class MainWindow(QMainWindow):
    """Shows one open file. File-level actions are signalled to the app, which owns files."""

    new_file_requested = Signal()
    open_file_requested = Signal()
    open_recent_requested = Signal(Path)
    backup_requested = Signal()
    restore_requested = Signal()
    help_requested = Signal()

    def __init__(self, services: Services, recent_files: list[str],
                 demo: bool = False) -> None:
        super().__init__()
        self.services = services
        self.demo = demo
        self.setObjectName("MainWindow")
        self.resize(1280, 720)
        self.setMinimumSize(960, 600)
        self._views: dict[str, QWidget] = {}  # built on first use, so start-up stays quick
        self._entries: dict[str, NavEntry] = {}
        self._build_menus(recent_files)
        self._build_body()
        self.refresh_header()
        self.statusBar().showMessage(self._status_text())
        after_first_paint(self, self._finish_after_first_paint)

    # ----- building -------------------------------------------------------------------------
    def _build_menus(self, recent_files: list[str]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_action(file_menu, self.tr("&New association file…"), self.new_file_requested.emit,
                         QKeySequence("Ctrl+Shift+N"))
        self._add_action(file_menu, self.tr("&Open…"), self.open_file_requested.emit,
                         QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.set_recent_files(recent_files)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("Save a &copy / Backup now…"),
                         self.backup_requested.emit, QKeySequence("Ctrl+Shift+S"))
        self._add_action(file_menu, self.tr("&Restore from backup…"), self.restore_requested.emit)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))
        help_menu = self._help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_action(help_menu, self.tr("User &guide"), self.help_requested.emit,
                         QKeySequence.StandardKey.HelpContents)
        self._add_action(help_menu, self.tr("&About Kuhina Desktop"), self.show_about)

    def _add_action(self, menu, text: str, slot: Callable[[], object],
                    shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if isinstance(shortcut, QKeySequence):
            action.setShortcuts([shortcut])
        elif shortcut is not None:
            action.setShortcuts(shortcut)  # every key the platform has for it, e.g. F1 for help
        return action

    def set_recent_files(self, recent_files: list[str]) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(recent_files, start=1):
            action = self.recent_menu.addAction(f"&{number} {path}")
            action.triggered.connect(lambda _c=False, p=path: self.open_recent_requested.emit(Path(p)))
        self.recent_menu.setEnabled(bool(recent_files))

    def _build_body(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("Navigation")
        self.nav.setFixedWidth(264)  # the longest Finnish entry in bold still fits
        self.nav.setStyleSheet(
            "#Navigation { border: none; background: #f3f5f8; font-size: 10.5pt; }"
            "#Navigation::item { padding-left: 14px; }"
            "#Navigation::item:selected { background: #d6e4f0; color: #10324f;"
            " border-left: 4px solid #1f4e79; font-weight: bold; }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("ViewStack")
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        layout.addLayout(row, 1)
        self.setCentralWidget(body)
        for entry in navigation_entries():
            self._add_view(entry)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)

    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("AssociationHeader")
        header.setStyleSheet("#AssociationHeader { background: #1f4e79; }"
                             "#AssociationHeader QLabel { color: white; }")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        self.name_label = QLabel()
        self.name_label.setObjectName("AssociationName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name_label.setFont(font)
        self.business_id_label = QLabel()
        self.file_label = QLabel()  # selectable after the first paint
        row.addWidget(self.name_label)
        row.addSpacing(16)
        row.addWidget(self.business_id_label)
        row.addStretch(1)
        row.addWidget(self.file_label)
        return header

    def _add_view(self, entry: NavEntry) -> None:
        self._entries[entry.key] = entry
        self.stack.addWidget(QWidget())  # stands in until the view is first shown
        item = QListWidgetItem(entry.title())
        item.setSizeHint(QSize(200, 38))
        self.nav.addItem(item)

    def _finish_after_first_paint(self) -> None:
        from PySide6.QtCore import Qt

        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_view_menu()

    def _build_view_menu(self) -> None:
        """Ctrl+1 … Ctrl+7 go to the views in the navigation's order, listed in a View menu
        so that they can be found (built after the first paint, which does not need it)."""
        menu = QMenu(self.tr("&View"), self)
        self.menuBar().insertMenu(self._help_menu.menuAction(), menu)
        for number, (key, entry) in enumerate(self._entries.items(), start=1):
            keys = QKeySequence(f"Ctrl+{number}")
            self._add_action(menu, f"&{number} {entry.title()}",
                             lambda k=key: self.show_view(k), keys)
            self.nav.item(number - 1).setToolTip(
                keys.toString(QKeySequence.SequenceFormat.NativeText))

    # ----- state ----------------------------------------------------------------------------
    def refresh_header(self) -> None:
        assoc = self.services.association.get()
        self.name_label.setText(assoc.name)
        self.business_id_label.setText(self.tr("Y-tunnus %1").replace("%1", assoc.business_id))
        file_text = self.services.path.name
        if self.services.read_only:
            file_text += "  " + self.tr("(read-only)")
        if self.demo:
            file_text += "  " + self.tr("(demo data)")
        self.file_label.setText(file_text)
        self.file_label.setToolTip(str(self.services.path))
        self.setWindowTitle(f"{assoc.name} – {self.services.path.name} – Kuhina Desktop")

    def _status_text(self) -> str:
        if self.services.read_only:
            return self.tr("The file is open read-only: changes cannot be saved.")
        return self.tr("Every change is saved at once.")

    def view(self, key: str) -> QWidget:
        """The view for ``key``, built on first use."""
        if key not in self._views:
            index = self.view_keys().index(key)
            view = self._entries[key].factory(self.services, self)
            view.setObjectName(f"view_{key}")
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, view)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._views[key] = view
            if hasattr(view, "open_requested"):
                view.open_requested.connect(self.open_due_item)
            release_source_lines()
        return self._views[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.view(self.view_keys()[row])
        self.stack.setCurrentIndex(row)

    def view_keys(self) -> list[str]:
        """The views' keys in the order of the navigation."""
        return list(self._entries)

    def current_view_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.view_keys()[row] if row >= 0 else None

    def show_view(self, key: str) -> None:
        self.nav.setCurrentRow(self.view_keys().index(key))

    def open_due_item(self, item) -> None:
        """Open the form that resolves a due-list item: the view that says it handles the
        item's action gets it; otherwise the view where such things are done is shown."""
        for key, entry in self._entries.items():
            view_class = getattr(entry.factory, "cls", entry.factory)
            if item.action in getattr(view_class, "DUE_ACTIONS", ()):
                self.show_view(key)
                self.view(key).open_due_item(item)
                return
        self.show_view(DUE_ACTION_VIEWS.get(item.action, "home"))

    def about_text(self) -> str:
        """Version of the program and of the open file's structure, for support questions."""
        import html
        import platform

        return (self.tr("<h3>Kuhina Desktop %1</h3><p>Wage subsidies, payment applications, "
                        "training and coaching for associations.</p>"
                        "<p>Data file schema version: %2<br>File: %3</p>"
                        "<p>Qt %4, Python %5</p>")
                .replace("%1", __version__)
                .replace("%2", schema_label(self.services.data.schema_version()))
                .replace("%3", html.escape(str(self.services.path)))
                .replace("%4", qVersion())
                .replace("%5", platform.python_version()))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Kuhina Desktop"), self.about_text())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.services.close()
        super().closeEvent(event)


def release_source_lines() -> None:
    """Forget the source lines PySide6 read of the modules a view just imported.

    PySide6 reads the whole source of every module imported after it (to see whether the
    module uses its optional "feature" syntax), and Python's linecache keeps those lines for
    good: some 16 MiB once every view is open. Tracebacks read them again when needed.
    """
    linecache.clearcache()


def schema_label(name: str) -> str:
    """'m003_wages' → '3 (m003_wages)': the number for the reader, the name for support."""
    match = re.match(r"m(\d+)_", name)
    return f"{int(match.group(1))} ({name})" if match else (name or "–")
