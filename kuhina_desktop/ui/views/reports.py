"""Reports: choose a document, its year, person or application and language; open or save it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.printing import print_report, report_options

# Which inputs each report needs: year, employee, application.
NEEDS = {
    "application": {"employee", "application"},  # periods of one person: a big file has 90,000
    "yearly-summary": {"year"},
    "employee-card": {"employee"},
    "training": {"employee_optional"},
    "coaching": {"employee_optional", "year"},
    "due-list": set(),
    "co-employment": {"year"},
}
# Marks the people of the employee choice whose employment has ended (archived).
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportsView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.kinds = QListWidget()
        self.kinds.setObjectName("ReportKinds")
        self.kinds.setFixedWidth(330)
        for kind, title, description in self._catalogue():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(description)
            self.kinds.addItem(item)
        layout.addWidget(self.kinds)
        layout.addWidget(self._options_panel(), 1)
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.kinds.itemActivated.connect(lambda _item: self.open_report())
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.open_report)
        self.kinds.setCurrentRow(0)

    def _catalogue(self) -> list[tuple[str, str, str]]:
        return [
            ("application", self.tr("Payment application calculation"),
             self.tr("The attachment of a payment application: each month's pay items, "
                     "contributions, eligible costs, caps and support.")),
            ("yearly-summary", self.tr("Yearly support summary"),
             self.tr("For the board: wage costs, support, applied, paid, still owed and the "
                     "association's own cost, by employee and month.")),
            ("employee-card", self.tr("Employee card"),
             self.tr("For the personnel file: the person, contracts, decisions and consents.")),
            ("training", self.tr("Training and certificates"),
             self.tr("Training packages, completions and certificates with their expiry dates, "
                     "and the certificates a role requires that are missing.")),
            ("coaching", self.tr("Coaching and outcomes"),
             self.tr("Job coaching, outcomes and the project's two target shares.")),
            ("due-list", self.tr("Due list"), self.tr("Every open deadline, grouped by urgency.")),
            ("co-employment", self.tr("Co-employment statement"),
             self.tr("A partner association's share of the wage costs and support by month, as "
                     "the basis of its invoice.")),
        ]

    def _options_panel(self) -> QWidget:
        panel = QGroupBox(self.tr("Report"))
        column = QVBoxLayout(panel)
        self.description = QLabel()
        self.description.setWordWrap(True)
        column.addWidget(self.description)
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setObjectName("report_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.employee = QComboBox()
        self.employee.setObjectName("report_employee")
        # As wide as a long name, not measured over every name: a list of thousands of
        # people took a tenth of a second to measure each time the view was shown.
        self.employee.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.employee.setMinimumContentsLength(32)
        self.employee.currentIndexChanged.connect(self._employee_changed)
        self.application = QComboBox()
        self.application.setObjectName("report_application")
        self.language = QComboBox()
        self.language.setObjectName("report_language")
        self.language.addItem("suomi", "fi")
        self.language.addItem("English", "en")
        self.show_hetu = QCheckBox(self.tr("Print the full henkilötunnus (the reveal is logged)"))
        self.show_hetu.setObjectName("report_show_hetu")
        self.rows = {"year": (self.tr("Year"), self.year),
                     "employee": (self.tr("&Employee"), self.employee),
                     "application": (self.tr("&Application period"), self.application)}
        for label, widget in self.rows.values():
            form.addRow(label, widget)
        form.addRow(self.tr("&Language of the document"), self.language)
        form.addRow("", self.show_hetu)
        self.form = form
        column.addLayout(form)
        column.addLayout(self._buttons())
        column.addStretch(1)
        return panel

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        open_button = QPushButton(self.tr("&Open PDF (Ctrl+P)"))
        open_button.setObjectName("report_open")
        open_button.clicked.connect(self.open_report)
        save_button = QPushButton(self.tr("&Save PDF…"))
        save_button.setObjectName("report_save")
        save_button.clicked.connect(self.save_report)
        row.addWidget(open_button)
        row.addWidget(save_button)
        row.addStretch(1)
        export = QPushButton(self.tr("E&xport for the job coach…"))
        export.setObjectName("report_coach_export")
        export.clicked.connect(self.coach_export)
        export.setVisible(_coach_export_available())
        row.addWidget(export)
        return row

    # ----- state ----------------------------------------------------------------------------
    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else "due-list"

    def _kind_changed(self, _row: int) -> None:
        kind = self.kind()
        needs = NEEDS.get(kind, set())
        self.description.setText(self.kinds.currentItem().toolTip())
        self._fill_choices(needs)
        for key, (_label, widget) in self.rows.items():
            visible = key in needs or (key == "employee" and "employee_optional" in needs)
            self.form.setRowVisible(widget, visible)
        self.form.setRowVisible(self.show_hetu, kind == "employee-card")
        self.language.setCurrentIndex(max(0, self.language.findData(
            self.services.association.get().document_language)))

    def _fill_choices(self, needs: set[str]) -> None:
        if ("employee" in needs or "employee_optional" in needs) and not self.employee.count():
            if "employee_optional" in needs:
                self.employee.addItem(self.tr("Everyone"), None)
            # Names only, by surname: the employee list's full rows took a sixth of a
            # second to read on a file of 10,000 people.
            for person in self.services.decisions.employees():
                self.employee.addItem(person.sort_name, person.id)  # as in the employees list
                if person.archived_on is not None:
                    self.employee.setItemData(self.employee.count() - 1, True, ARCHIVED_ROLE)
            if "employee" in needs:
                self.employee.setCurrentIndex(self._first_current_person())
        if "employee" in needs and self.employee.currentData() is None and self.employee.count() > 1:
            # "Everyone" is no choice for a personal report: the first person still employed.
            self.employee.setCurrentIndex(self._first_current_person())
        if "application" in needs:
            self._fill_periods()

    def _first_current_person(self) -> int:
        people = [i for i in range(self.employee.count()) if self.employee.itemData(i) is not None]
        current = [i for i in people if not self.employee.itemData(i, ARCHIVED_ROLE)]
        return (current or people)[0]

    def _employee_changed(self, _index: int) -> None:
        if "application" in NEEDS.get(self.kind(), set()):
            self._fill_periods()

    def _fill_periods(self) -> None:
        """The chosen employee's payment periods, newest first."""
        self.application.clear()
        employee_id = self.employee.currentData()
        if employee_id is None:
            return
        states = self.services.applications.periods_of_employee(employee_id)
        for state in sorted(states, key=lambda s: s.period_start, reverse=True):
            text = (f"{fmt.day(state.period_start)}–{fmt.day(state.period_end)} "
                    f"({state.decision_number or '–'})")
            key = (str(state.application_id) if state.application_id else
                   f"{state.decision_id}:{state.period_start.isoformat()}")
            self.application.addItem(text, key)

    def options(self):
        needs = NEEDS.get(self.kind(), set())
        chosen = report_options(
            self.services, year=self.year.value() if "year" in needs else None,
            employee_id=self.employee.currentData() if needs & {"employee",
                                                                 "employee_optional"} else None,
            period=self.application.currentData() if "application" in needs else None,
            show_hetu=self.kind() == "employee-card" and self.show_hetu.isChecked())
        return replace(chosen, language=self.language.currentData())

    def suggested_file_name(self) -> str:
        """The report's name and subject, e.g. "Maksatushakemuksen laskelma Virtanen Aino
        1.1.2026–30.6.2026.pdf": in the UI language, safe on every file system."""
        needs = NEEDS.get(self.kind(), set())
        parts = [self.kinds.currentItem().text() if self.kinds.currentItem() else ""]
        if needs & {"employee", "employee_optional"} and self.employee.currentData() is not None:
            parts.append(self.employee.currentText())  # "Kettunen Aino", as listed
        if "application" in needs and self.application.currentData() is not None:
            parts.append(self.application.currentText().split(" (")[0])
        if "year" in needs:
            parts.append(str(self.year.value()))
        if not needs & {"year", "application"}:
            parts.append(fmt.day(date.today()))  # a list "as of" the day it was made
        return safe_file_name(" ".join(p for p in parts if p)) + ".pdf"

    # ----- actions --------------------------------------------------------------------------
    def open_report(self) -> None:
        self._run(None)

    def save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"),
                                              self.suggested_file_name(),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            chosen = Path(path)
            self._run(chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf"))

    def _run(self, target: Path | None) -> None:
        try:
            print_report(self, self.services, self.kind(), self.options(), target=target,
                         open_after=target is None)
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self, exc)

    def coach_export(self) -> None:
        try:
            from kuhina_desktop.ui.dialogs.coach_export_dialog import open_coach_export
        except ImportError:
            return
        open_coach_export(self, self.services)


def safe_file_name(text: str) -> str:
    """No characters that Windows, macOS or Linux refuse in a file name; letters such as ä and
    ö stay."""
    cleaned = "".join("-" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in text)
    return " ".join(cleaned.split()).strip(" .")


def _coach_export_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("kuhina_desktop.ui.dialogs.coach_export_dialog") is not None
