"""One employee: basic details, contracts, consents and (for the handler only) health data.

Ctrl+S saves the basic details (and health data) as one transaction; contracts and consents
are saved by their own dialogs. Esc closes, asking first only when something is unsaved. The
henkilötunnus stays masked unless Reveal is pressed, which the service records.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.employee_records import HealthInfo
from kuhina_desktop.domain.employees import Employee, TargetGroup
from kuhina_desktop.domain.errors import KuhinaError, ValidationErrors
from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.employee_small_dialogs import DateQuestion
from kuhina_desktop.ui.dialogs.employee_tabs import ConsentsTab, ContractsTab
from kuhina_desktop.ui.dialogs.form_dialog import FormDialog, run
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.models.employee_labels import TARGET_GROUPS, label
from kuhina_desktop.ui.widgets.form_errors import FieldErrors
from kuhina_desktop.ui.widgets.hetu_field import HetuField

LINE_FIELDS = ("first_name", "last_name", "street", "postal_code", "city", "phone", "email",
               "languages")
LIST_GROUPS = (TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.IMMIGRANT, TargetGroup.YOUNG)


def _text_edit(name: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(f"field_{name}")
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _form_page() -> tuple[QWidget, QFormLayout]:
    """A tab page whose form rows stay together at the top, however tall the dialog."""
    page = QWidget()
    column = QVBoxLayout(page)
    form = QFormLayout()
    column.addLayout(form)
    column.addStretch(1)
    return page, form


class EmployeeDialog(FormDialog):
    def __init__(self, services: Services, employee_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.employee_id = employee_id
        self.can_see_health = services.employees.can_see_health()
        self.errors = FieldErrors()
        self.resize(940, 640)
        layout = QVBoxLayout(self)
        self.archived_label = QLabel()
        self.archived_label.setObjectName("archived_banner")
        self.archived_label.setStyleSheet("background: #eef0f3; padding: 6px; color: #444;")
        layout.addWidget(self.archived_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._basic_tab(), self.tr("&Basic details"))
        self.contracts_page = self._pending_page()
        self.consents_page = self._pending_page()
        self.tabs.addTab(self.contracts_page, self.tr("Co&ntracts"))
        self.tabs.addTab(self.consents_page, self.tr("C&onsents"))
        if self.can_see_health:
            self.tabs.addTab(self._health_tab(), self.tr("&Health data"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._button_row())
        self._load()
        self.edits["first_name"].setFocus()

    # ----- building ---------------------------------------------------------------------------
    def _basic_tab(self) -> QWidget:
        page, form = _form_page()
        labels = {"first_name": self.tr("First names *"), "last_name": self.tr("Last name *"),
                  "street": self.tr("Street address"), "postal_code": self.tr("Postal code"),
                  "city": self.tr("City"), "phone": self.tr("Phone"),
                  "email": self.tr("E-mail"), "languages": self.tr("Languages")}
        self.edits: dict[str, QLineEdit] = {}
        for name in LINE_FIELDS:
            self.edits[name] = QLineEdit()
            self.edits[name].setObjectName(f"field_{name}")
        self.hetu = HetuField()
        self.edits["languages"].setPlaceholderText(self.tr("e.g. fi, en, ru"))
        self.edits["postal_code"].setMaxLength(5)
        self.errors.add_row(form, labels["first_name"], self.edits["first_name"], "first_name")
        self.errors.add_row(form, labels["last_name"], self.edits["last_name"], "last_name")
        self.errors.add_row(form, self.tr("Henkilötunnus *"), self.hetu, "hetu",
                            focus=self.hetu.edit)
        for name in LINE_FIELDS[2:]:
            self.errors.add_row(form, labels[name], self.edits[name], name)
        groups = QHBoxLayout()
        self.group_boxes: dict[TargetGroup, QCheckBox] = {}
        keyed = {TargetGroup.LONG_TERM_UNEMPLOYED: self.tr("&Long-term unemployed"),
                 TargetGroup.IMMIGRANT: self.tr("&Immigrant"), TargetGroup.YOUNG: self.tr("&Young")}
        for group in LIST_GROUPS:
            box = QCheckBox(keyed.get(group) or label(TARGET_GROUPS, group))
            box.setObjectName(f"group_{group}")
            self.group_boxes[group] = box
            groups.addWidget(box)
        groups.addStretch(1)
        form.addRow(self.tr("Target groups"), groups)
        self.notes = _text_edit("notes", 80)
        self.errors.add_row(form, self.tr("Notes"), self.notes, "notes")
        chain = [self.edits["first_name"], self.edits["last_name"], self.hetu.edit,
                 self.hetu.reveal_button, *[self.edits[n] for n in LINE_FIELDS[2:]],
                 *self.group_boxes.values(), self.notes]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        return page

    def _pending_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(self.tr("Save the basic details first (Ctrl+S); then you can add "
                              "contracts and consents here."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _health_tab(self) -> QWidget:
        page, form = _form_page()
        note = QLabel(self.tr("Only the named health-data handlers see this tab. Health data "
                              "never appears in lists, reports or the job-coach export."))
        note.setWordWrap(True)
        form.addRow(note)
        self.partial_work_ability = QCheckBox(self.tr("&The employee has partial work ability"))
        self.partial_work_ability.setObjectName("field_partial_work_ability")
        form.addRow("", self.partial_work_ability)
        self.health_details = _text_edit("health_details", 120)
        self.errors.add_row(form, self.tr("Details"), self.health_details, "health_details")
        return page

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archive")
        self.archive_button.clicked.connect(self._archive_or_restore)
        row.addWidget(self.archive_button)
        row.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("save_status")
        row.addWidget(self.status)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save_employee")
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Cl&ose"))
        close.setObjectName("close_employee")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        row.addWidget(self.save_button)
        row.addWidget(close)
        read_only = self.services.read_only
        self.save_button.setEnabled(not read_only)
        self.archive_button.setEnabled(not read_only)
        return row

    # ----- loading ----------------------------------------------------------------------------
    def _load(self) -> None:
        employees = self.services.employees
        if self.employee_id is None:
            self.setWindowTitle(self.tr("New employee"))
            self.hetu.set_entry()
            self.archived_label.hide()
            self.archive_button.hide()
            self.mark_clean()
            return
        details = employees.get(self.employee_id)
        e = details.employee
        self.setWindowTitle(self.tr("Employee: %1").replace("%1", e.full_name))
        for name in LINE_FIELDS[:-1]:
            self.edits[name].setText(getattr(e, name))
        self.edits["languages"].setText(", ".join(e.languages))
        self.hetu.set_masked(details.masked_hetu, details.birth_date, self._reveal)
        for group, box in self.group_boxes.items():
            box.setChecked(group in e.target_groups)
        self.notes.setPlainText(e.notes)
        if self.can_see_health:
            health = employees.health(self.employee_id)
            self.partial_work_ability.setChecked(health.partial_work_ability)
            self.health_details.setPlainText(health.details)
        self._show_archive_state(e.archived_on)
        self._open_record_tabs()
        self.mark_clean()

    def _show_archive_state(self, archived_on: date | None) -> None:
        self.archive_button.show()
        if archived_on is None:
            self.archived_label.hide()
            self.archive_button.setText(self.tr("&Archive…"))
        else:
            self.archived_label.setText(self.tr(
                "Archived on %1: the employment has ended. The data is kept.").replace(
                "%1", fmt.day(archived_on)))
            self.archived_label.show()
            self.archive_button.setText(self.tr("Restore from &archive"))

    def _open_record_tabs(self) -> None:
        for page, tab_class in ((self.contracts_page, ContractsTab),
                                (self.consents_page, ConsentsTab)):
            if page.findChild(tab_class) is None:
                layout = page.layout()
                while layout.count():
                    item = layout.takeAt(0)
                    if item.widget():
                        item.widget().deleteLater()
                layout.addWidget(tab_class(self.services, self.employee_id, page))

    def _reveal(self) -> str | None:
        try:
            return self.services.employees.reveal_hetu(self.employee_id)
        except KuhinaError as exc:  # e.g. a read-only file: the reveal could not be recorded
            show_error(self, exc)
            return None

    # ----- values -----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        # A read-only file cannot take changes, so there is nothing to ask about on Esc.
        return not self.services.read_only and super().is_dirty()

    def state(self) -> object:
        values = [edit.text() for edit in self.edits.values()]
        values += [self.hetu.value(), self.notes.toPlainText()]
        values += [box.isChecked() for box in self.group_boxes.values()]
        if self.can_see_health:
            values += [self.partial_work_ability.isChecked(), self.health_details.toPlainText()]
        return tuple(values)

    def employee(self) -> Employee:
        text = {name: edit.text() for name, edit in self.edits.items()}
        languages = tuple(code for code in re.split(r"[,;\s]+", text.pop("languages")) if code)
        groups = frozenset(g for g, box in self.group_boxes.items() if box.isChecked())
        return Employee(**text, hetu=self.hetu.value(), languages=languages,
                        target_groups=groups, notes=self.notes.toPlainText(),
                        id=self.employee_id)

    def health(self) -> HealthInfo | None:
        if not self.can_see_health:
            return None
        return HealthInfo(partial_work_ability=self.partial_work_ability.isChecked(),
                          details=self.health_details.toPlainText())

    def save(self) -> bool:
        if self.services.read_only:
            return False
        employees = self.services.employees
        try:
            if self.employee_id is None:
                self.employee_id = employees.create(self.employee(), self.health())
            else:
                employees.update(self.employee(), self.health())
        except ValidationErrors as errors:
            self.status.clear()
            self.tabs.setCurrentIndex(0)
            for item in self.errors.show(errors):
                show_error(self, item)
            return False
        except KuhinaError as exc:
            show_error(self, exc)
            return False
        self.errors.clear()
        self._load()
        self.status.setText(self.tr("Saved."))
        return True

    def _default_archive_day(self) -> date:
        """The last contract's end when every contract has ended, else today."""
        today = date.today()
        ends = [s.contract.end for s in self.services.employees.contracts.of(self.employee_id)]
        if ends and all(end is not None and end <= today for end in ends):
            return max(ends)
        return today

    def _archive_or_restore(self) -> None:
        employees = self.services.employees
        if employees.get(self.employee_id).employee.archived:
            try:
                employees.unarchive(self.employee_id)
            except KuhinaError as exc:
                show_error(self, exc)
                return
        else:
            question = DateQuestion(
                self.tr("Archive employee"), self.tr("Employment ended on"), "archived_on",
                self._default_archive_day(),
                lambda day: employees.archive(self.employee_id, day), self)
            if not run(question):
                return
        self._show_archive_state(employees.get(self.employee_id).employee.archived_on)
