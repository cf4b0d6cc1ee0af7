"""Choosing a person, and erasing one: what goes, what the law keeps, which copies still hold it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError, ValidationError
from kuhina_desktop.services import Services
from kuhina_desktop.services.privacy import ErasurePlan, ErasureReport
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.audit_history import table_label
from kuhina_desktop.ui.errors import show_error, user_message


class PersonPickerDialog(QDialog):
    """A searchable list of the people in the file (masked identity codes)."""

    def __init__(self, services: Services, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonPickerDialog")
        self.setWindowTitle(title)
        self.chosen: int | None = None
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("person_search")
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("person_list")
        for person in services.privacy.people():
            former = self.tr(" (former)") if person.archived else ""
            item = QListWidgetItem(f"{person.name}  {person.masked_hetu}{former}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.resize(440, 420)

    def _filter(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(text.lower() not in item.text().lower())

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()


def plan_text(plan: ErasurePlan) -> str:
    removed = ", ".join(f"{table_label(t)} ({n})" for t, n in plan.delete.items()) or "–"
    if plan.removes_everything:
        return QCoreApplication.translate(
            "Erase", "Everything about %1 is removed: %2. Nothing has to be kept any longer.") \
            .replace("%1", plan.name).replace("%2", removed)
    kept = "\n".join(
        QCoreApplication.translate("Erase", "• %1 (%2), kept until %3").replace(
            "%1", table_label(g.table)).replace("%2", str(g.count)).replace(
            "%3", fmt.day(g.ends_on) if g.ends_on else QCoreApplication.translate(
                "Erase", "the employment or support ends")) for g in plan.keep)
    return QCoreApplication.translate(
        "Erase", "Removed at once: %1.\n\nThe law requires keeping these records; the name, "
        "identity code, contact details and notes are removed from them, so that they no "
        "longer identify %2:\n%3").replace("%1", removed).replace("%2", plan.name).replace(
        "%3", kept)


def report_text(report: ErasureReport) -> str:
    text = QCoreApplication.translate("Erase", "The data of %1 was erased.").replace(
        "%1", report.plan.name)
    if report.backups:
        text += " " + QCoreApplication.translate(
            "Erase", "%1 older backup copies still hold the person; the automatic thinning "
            "removes the last of them by %2 at the latest.").replace(
            "%1", str(len(report.backups))).replace("%2", fmt.day(report.horizon))
    if report.unknown_backups:
        text += " " + QCoreApplication.translate(
            "Erase", "%1 copies could not be read; check or delete them by hand.").replace(
            "%1", str(len(report.unknown_backups)))
    return text + " " + QCoreApplication.translate(
        "Erase", "Copies saved elsewhere (Save a copy, USB sticks, e-mail) must be deleted by "
        "hand.")


class EraseDialog(QDialog):
    """Shows the plan; the Erase button works only after the name is typed exactly."""

    def __init__(self, services: Services, employee_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EraseDialog")
        self.setWindowTitle(self.tr("Erase a person's data"))
        self.services = services
        self.employee_id = employee_id
        self.report: ErasureReport | None = None
        self.plan = services.privacy.plan_erasure(employee_id)
        layout = QVBoxLayout(self)
        summary = QLabel(plan_text(self.plan))
        summary.setObjectName("erase_plan")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("To confirm, type the name: %1").replace(
            "%1", self.plan.name)))
        self.confirm = QLineEdit()
        self.confirm.setObjectName("field_confirm_name")
        layout.addWidget(self.confirm)
        self.error = QLabel()
        self.error.setObjectName("error_confirm_name")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("&Erase"),
                                              QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setObjectName("erase_button")
        self.erase_button.clicked.connect(self.erase)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def erase(self) -> None:
        try:
            self.report = self.services.privacy.erase(self.employee_id, self.confirm.text())
        except ValidationError as exc:
            self.error.setText(user_message(exc))
            return
        except KuhinaError as exc:  # busy, disk full…: nothing was erased
            show_error(self, exc)
            return
        self.accept()
