"""The yearly retention review: records past their retention time, and what to do with them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.services import Services
from kuhina_desktop.services.privacy import ReviewItem
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.audit_history import table_label
from kuhina_desktop.ui.dialogs.privacy_erase import EraseDialog, report_text
from kuhina_desktop.ui.errors import show_error


class RetentionReviewDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RetentionReviewDialog")
        self.setWindowTitle(self.tr("Retention review"))
        self.services = services
        self.items: list[ReviewItem] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Once a year, remove what no longer has to be kept: support files 10 years after "
            "the last payment, payroll material 6 years from the end of its year, employment "
            "details 10 years after the employment ended."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("review_table")
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Records"),
                                              self.tr("Keeping ended")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("review_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())
        self.resize(760, 460)
        self.reload()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("&Delete the selected records…"))
        self.delete_button.setObjectName("delete_expired")
        self.delete_button.clicked.connect(self.delete_selected)
        self.erase_button = QPushButton(self.tr("&Erase the person…"))
        self.erase_button.setObjectName("erase_person")
        self.erase_button.clicked.connect(self.erase_selected)
        done = QPushButton(self.tr("&Mark the review done"))
        done.setObjectName("review_done")
        done.clicked.connect(self.mark_done)
        for button in (self.delete_button, self.erase_button, done):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        return row

    def reload(self) -> None:
        self.items = self.services.privacy.retention_review()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            if item.group is None:
                records = self.tr("Former employee: nothing has to be kept any longer")
                ended = ""
            else:
                records = f"{table_label(item.group.table)} ({item.group.count})"
                ended = fmt.day(item.group.ends_on)
            for column, text in enumerate((item.name, records, ended)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        last = self.services.privacy.last_reviewed()
        groups = sum(1 for item in self.items if item.group is not None)
        self.status.setText(self.tr("Nothing is past its retention time.") if not self.items
                            else self.tr("%n group(s) of records past their retention time.",
                                         "", groups))
        if last:
            self.status.setText(self.status.text() + " " + self.tr("Last review: %1.").replace(
                "%1", fmt.day(last)))
        self._selection_changed()

    def selected(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        item = self.selected()
        read_only = self.services.read_only
        self.delete_button.setEnabled(bool(item and item.group) and not read_only)
        self.erase_button.setEnabled(item is not None and not read_only)

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None or item.group is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete records"), self.tr(
            "Delete %1 of %2 for good? Their retention time ended on %3.").replace(
            "%1", f"{table_label(item.group.table)} ({item.group.count})").replace(
            "%2", item.name).replace("%3", fmt.day(item.group.ends_on)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.privacy.delete_expired(item.employee_id, item.group.table)
        except KuhinaError as exc:
            show_error(self, exc)
        self.reload()

    def erase_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = EraseDialog(self.services, item.employee_id, self)
        if dialog.exec() and dialog.report is not None:
            QMessageBox.information(self, self.tr("Erased"), report_text(dialog.report))
        self.reload()

    def mark_done(self) -> None:
        try:
            self.services.privacy.mark_reviewed()
        except KuhinaError as exc:
            show_error(self, exc)
        self.reload()
