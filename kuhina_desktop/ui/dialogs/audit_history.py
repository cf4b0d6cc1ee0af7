"""Settings → Change history: who changed what and when, for the file or for one record.

Other views open the history of one record with ``show_record_history(parent, services, table,
row_id)``. Values are never shown (the trail holds field names only).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.messages import QT_TRANSLATE_NOOP
from kuhina_desktop.services import Services
from kuhina_desktop.storage.audit_repo import AuditEntry
from kuhina_desktop.ui.dialogs.audit_fields import history_field_label
from kuhina_desktop.ui.dialogs.backups_restore import when_label
from kuhina_desktop.ui.errors import user_message

TABLES = {
    "association": QT_TRANSLATE_NOOP("History", "Association details"),
    "settings": QT_TRANSLATE_NOOP("History", "Settings"),
    "employees": QT_TRANSLATE_NOOP("History", "Employee"),
    "employee_health": QT_TRANSLATE_NOOP("History", "Health-related data"),
    "consents": QT_TRANSLATE_NOOP("History", "Consent"),
    "contracts": QT_TRANSLATE_NOOP("History", "Employment contract"),
    "decisions": QT_TRANSLATE_NOOP("History", "Support decision"),
    "wage_months": QT_TRANSLATE_NOOP("History", "Wage month"),
    "applications": QT_TRANSLATE_NOOP("History", "Payment application"),
    "application_payments": QT_TRANSLATE_NOOP("History", "Payment received"),
    "application_corrections": QT_TRANSLATE_NOOP("History", "Correction"),
    "attachments": QT_TRANSLATE_NOOP("History", "Attachment"),
    "enrolments": QT_TRANSLATE_NOOP("History", "Training enrolment"),
    "certificates": QT_TRANSLATE_NOOP("History", "Certificate"),
    "coaching_events": QT_TRANSLATE_NOOP("History", "Coaching event"),
    "outcomes": QT_TRANSLATE_NOOP("History", "Outcome"),
    "training_packages": QT_TRANSLATE_NOOP("History", "Training package"),
    "certificate_types": QT_TRANSLATE_NOOP("History", "Certificate type"),
    "job_opportunities": QT_TRANSLATE_NOOP("History", "Job opportunity"),
    "role_requirements": QT_TRANSLATE_NOOP("History", "Certificate required for a role"),
    "due_item_marks": QT_TRANSLATE_NOOP("History", "Due list"),
    "import_presets": QT_TRANSLATE_NOOP("History", "Import settings"),
    "contribution_rates": QT_TRANSLATE_NOOP("History", "Contribution rates"),
    "support_parameters": QT_TRANSLATE_NOOP("History", "Support parameters"),
    "rates": QT_TRANSLATE_NOOP("History", "Rates"),
}
ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("History", "added"),
    "update": QT_TRANSLATE_NOOP("History", "changed"),
    "delete": QT_TRANSLATE_NOOP("History", "removed"),
    "import": QT_TRANSLATE_NOOP("History", "imported"),
    "erase": QT_TRANSLATE_NOOP("History", "erased (privacy)"),
    "pseudonymise": QT_TRANSLATE_NOOP("History", "pseudonymised (privacy)"),
    "protect": QT_TRANSLATE_NOOP("History", "password protection turned on"),
    "change_password": QT_TRANSLATE_NOOP("History", "password changed"),
    "unprotect": QT_TRANSLATE_NOOP("History", "password protection removed"),
    "archive": QT_TRANSLATE_NOOP("History", "archived"),
    "unarchive": QT_TRANSLATE_NOOP("History", "returned from the archive"),
    "reveal_hetu": QT_TRANSLATE_NOOP("History", "identity code shown"),
    "withdraw": QT_TRANSLATE_NOOP("History", "withdrawn"),
    "prepare": QT_TRANSLATE_NOOP("History", "prepared"),
    "send": QT_TRANSLATE_NOOP("History", "sent"),
    "payment": QT_TRANSLATE_NOOP("History", "payment recorded"),
    "reject": QT_TRANSLATE_NOOP("History", "rejected"),
    "correct": QT_TRANSLATE_NOOP("History", "corrected"),
    "save": QT_TRANSLATE_NOOP("History", "saved"),
    "snoozed": QT_TRANSLATE_NOOP("History", "snoozed"),
    "done": QT_TRANSLATE_NOOP("History", "marked done"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("History", text)


def table_label(table: str) -> str:
    return _translate(TABLES[table]) if table in TABLES else table


def action_label(action: str) -> str:
    return _translate(ACTIONS[action]) if action in ACTIONS else action


def _when(text: str) -> str:
    try:
        return when_label(datetime.fromisoformat(text))
    except ValueError:
        return text


class ChangeHistoryDialog(QDialog):
    def __init__(self, services: Services, table: str | None = None, row_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangeHistoryDialog")
        self.setWindowTitle(self.tr("Change history"))
        self.services = services
        self.row_id = row_id
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row(table))
        layout.addWidget(self._build_table(), 1)
        self.verdict = QLabel()
        self.verdict.setObjectName("audit_verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(920, 520)
        self.reload()

    def _filter_row(self, table: str | None) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show")))
        self.filter = QComboBox()
        self.filter.setObjectName("audit_filter")
        self.filter.addItem(self.tr("Every change in the file"), None)
        for name in self.services.audit.tables():
            self.filter.addItem(table_label(name), name)
        if table is not None:
            self.filter.setCurrentIndex(max(0, self.filter.findData(table)))
        self.filter.currentIndexChanged.connect(self._filter_changed)
        row.addWidget(self.filter, 1)
        self.record_button = QPushButton(self.tr("&History of the selected record"))
        self.record_button.setObjectName("record_history")
        self.record_button.clicked.connect(self._selected_record)
        row.addWidget(self.record_button)
        verify = QPushButton(self.tr("&Check the history"))
        verify.setObjectName("verify_history")
        verify.clicked.connect(self.verify)
        row.addWidget(verify)
        return row

    def _build_table(self) -> QTableWidget:
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("By"), self.tr("What"), self.tr("Person"),
            self.tr("Change"), self.tr("Fields")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        return self.table

    def _filter_changed(self) -> None:
        self.row_id = None
        self.reload()

    def reload(self) -> None:
        entries = self.services.audit.history(self.filter.currentData(), self.row_id)
        names = self.services.audit.person_names(entries)
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            fields = ", ".join(history_field_label(name, entry.table_name)
                               for name in entry.fields)
            values = [_when(entry.at), entry.os_user, table_label(entry.table_name),
                      names.get((entry.table_name, entry.row_id), ""),
                      action_label(entry.action), fields]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)

    def _selected_record(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry: AuditEntry = self.entries[rows[0].row()]
        self.filter.blockSignals(True)
        self.filter.setCurrentIndex(max(0, self.filter.findData(entry.table_name)))
        self.filter.blockSignals(False)
        self.row_id = entry.row_id
        self.reload()

    def verify(self) -> None:
        broken = self.services.audit.verify()
        if broken is None:
            self.verdict.setStyleSheet("color: #1b5e20;")
            self.verdict.setText(self.tr("The change history is intact: no entry has been "
                                         "altered or removed outside the program."))
        else:
            self.verdict.setStyleSheet("color: #b00020;")
            self.verdict.setText(user_message(KuhinaError(
                code="audit_broken", path=self.services.path.name, row=None, entry=broken)))


def show_record_history(parent: QWidget | None, services: Services, table: str,
                        row_id: int) -> None:
    """For other views: the history of one record (an employee, a decision, …)."""
    ChangeHistoryDialog(services, table, row_id, parent).exec()
