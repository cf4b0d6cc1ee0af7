"""File → Restore from backup…: choose a copy, see its date and contents, restore it.

The dialog only chooses; the controller closes the file, restores (the current file is moved
aside, never overwritten) and reopens. Each copy's summary is read read-only when selected.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.backups import parse_backup_name
from kuhina_desktop.messages import QT_TRANSLATE_NOOP
from kuhina_desktop.services.backups import BackupEntry
from kuhina_desktop.storage.backup import FileSummary, read_summary
from kuhina_desktop.ui import format as fmt

_REASONS = {
    "manual": QT_TRANSLATE_NOOP("Backups", "Made by hand"),
    "close": QT_TRANSLATE_NOOP("Backups", "On closing"),
    "periodic": QT_TRANSLATE_NOOP("Backups", "Automatic (every 30 min)"),
    "before-migration": QT_TRANSLATE_NOOP("Backups", "Before a program update"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "Before an import"),
    "before-mass-change": QT_TRANSLATE_NOOP("Backups", "Before a mass change"),
    "after-erasure": QT_TRANSLATE_NOOP("Backups", "After erasing a person"),
    "demo": QT_TRANSLATE_NOOP("Backups", "Demo copy"),
}
# "label: count" reads right in Finnish for every number (no singular/plural forms needed).
_TABLES = {
    "employees": QT_TRANSLATE_NOOP("Backups", "employees: %1"),
    "contracts": QT_TRANSLATE_NOOP("Backups", "contracts: %1"),
    "decisions": QT_TRANSLATE_NOOP("Backups", "support decisions: %1"),
    "wage_months": QT_TRANSLATE_NOOP("Backups", "wage months: %1"),
    "applications": QT_TRANSLATE_NOOP("Backups", "payment applications: %1"),
    "enrolments": QT_TRANSLATE_NOOP("Backups", "training enrolments: %1"),
    "coaching_events": QT_TRANSLATE_NOOP("Backups", "coaching events: %1"),
}



def _translate(text: str) -> str:
    """For texts marked with QT_TRANSLATE_NOOP("Backups", …) above."""
    return QCoreApplication.translate("Backups", text)


def reason_label(reason: str) -> str:
    return _translate(_REASONS[reason]) if reason in _REASONS else reason


def when_label(moment: datetime) -> str:
    """5.3.2026 klo 14.07 – Finnish writes times with a dot."""
    text = QCoreApplication.translate("Backups", "%1 at %2")
    return text.replace("%1", fmt.day(moment.date())).replace("%2", f"{moment:%H.%M}")


def size_label(size: int) -> str:
    if size >= 1024 * 1024:
        megabytes = fmt.decimal(Decimal(size) / (1024 * 1024), 1)
        return QCoreApplication.translate("Backups", "%1 MB").replace("%1", megabytes)
    kilobytes = str(max(1, round(size / 1024)))
    return QCoreApplication.translate("Backups", "%1 kB").replace("%1", kilobytes)


def summary_text(summary: FileSummary) -> str:
    if not summary.ok:
        return QCoreApplication.translate("Backups", "This copy is damaged and cannot be restored.")
    counts = ", ".join(
        (_translate(_TABLES[table]) if table in _TABLES else f"{table}: %1").replace("%1", str(n))
        for table, n in summary.counts.items())
    text = QCoreApplication.translate("Backups", "%1 (Y-tunnus %2) – %3")
    return text.replace("%1", summary.association).replace("%2", summary.business_id).replace(
        "%3", counts)


class RestoreDialog(QDialog):
    """Lists copies newest first; ``chosen`` is the copy to restore after exec()."""

    def __init__(self, entries: list[BackupEntry], target: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.target = target
        self.entries = list(entries)
        self.chosen: Path | None = None
        self._summaries: dict[Path, FileSummary] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the copy to restore. The file %1 is not overwritten: it is moved aside "
            "under a name ending in “replaced” with the date, and a copy of it is kept with "
            "the backups.").replace("%1", target.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_table(), 1)
        self.details = QLabel()
        self.details.setObjectName("backup_details")
        self.details.setWordWrap(True)
        self.details.setMinimumHeight(48)
        layout.addWidget(self.details)
        layout.addLayout(self._build_buttons())
        self.resize(760, 440)
        self._fill()

    def _build_table(self) -> QTableWidget:
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backup_list")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._restore_clicked())
        return self.table

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        other = QPushButton(self.tr("Choose another copy…"))
        other.setObjectName("choose_other_copy")
        other.clicked.connect(self._choose_file)
        row.addWidget(other)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore this copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_clicked)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        return row

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            when = QTableWidgetItem(when_label(entry.made_at))
            when.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            when.setToolTip(str(entry.path))
            size = QTableWidgetItem(size_label(entry.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(reason_label(entry.reason)))
            self.table.setItem(row, 2, size)
        if self.entries:
            self.table.selectRow(0)
            self._selection_changed()  # row 0 may have been selected already: no signal then
        else:
            self.details.setText(self.tr("No backup copies of this file were found here. Use "
                                         "“Choose another copy…” to pick one from a USB stick "
                                         "or another folder."))

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def summary(self, path: Path) -> FileSummary:
        if path not in self._summaries:
            self._summaries[path] = read_summary(path)
        return self._summaries[path]

    def _selection_changed(self) -> None:
        path = self.selected_path()
        summary = self.summary(path) if path else None
        text = summary_text(summary) if summary else ""
        if path is not None and self._other_association(path):
            from html import escape

            text = escape(text) + "<br><b style='color:#a4161a'>" + self.tr(
                "This copy is of another association than the file it would replace.") + "</b>"
        self.details.setText(text)
        self.restore_button.setEnabled(bool(summary and summary.ok))

    def _current(self) -> FileSummary | None:
        """What the file to be replaced holds, when it can be read (a damaged one cannot)."""
        if not hasattr(self, "_current_summary"):
            try:
                self._current_summary: FileSummary | None = read_summary(self.target)
            except Exception:  # noqa: BLE001 - a file that cannot be read is simply not compared
                self._current_summary = None
        return self._current_summary

    def _other_association(self, path: Path) -> bool:
        """True when the copy's Y-tunnus is not the current file's: a copy picked from a USB
        stick may be another association's, and restoring it would replace this one's data."""
        current, chosen = self._current(), self.summary(path)
        if current is None or not current.ok or not chosen.ok:
            return False
        if not (current.business_id and chosen.business_id):
            return False
        return current.business_id.replace(" ", "") != chosen.business_id.replace(" ", "")

    def confirm_other_association(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        current, chosen = self._current(), self.summary(path)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Another association's copy"), self.tr(
            "The copy is of %1 (Y-tunnus %2), but the file it would replace is of %3 "
            "(Y-tunnus %4). Restoring it replaces this association's data with the other's "
            "(the current file is kept aside). Restore it all the same?")
            .replace("%1", chosen.association).replace("%2", chosen.business_id)
            .replace("%3", current.association).replace("%4", current.business_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup copy"), str(self.target.parent),
            self.tr("Kuhina files (*.kuhina);;All files (*)"))
        if chosen:
            self.add_file(Path(chosen))

    def add_file(self, path: Path) -> None:
        """Put a copy picked from anywhere at the top of the list and select it."""
        name = parse_backup_name(path.name)
        made_at = name.made_at if name else datetime.fromtimestamp(path.stat().st_mtime)
        entry = BackupEntry(path, made_at, name.reason if name else "manual", path.stat().st_size)
        self.entries.insert(0, entry)
        self._fill()

    def _restore_clicked(self) -> None:
        path = self.selected_path()
        if path is None or not self.summary(path).ok:
            return
        if self._other_association(path) and not self.confirm_other_association(path):
            return
        self.chosen = path
        self.accept()
