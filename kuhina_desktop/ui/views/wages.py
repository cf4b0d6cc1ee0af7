"""Wage months and applications: the treasurer's monthly routine in four tabs.

Palkkakuukaudet (enter the month), Tuonti (import from payroll), Maksatushakemukset (prepare,
send, follow) and Saatavat (what is still owed). A change in one tab refreshes the others.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kuhina_desktop.services import Services
from kuhina_desktop.ui.views.wage_applications import ApplicationsPage, OwedPage
from kuhina_desktop.ui.views.wage_import import WageImportPage
from kuhina_desktop.ui.views.wage_months import WageMonthsPage


class WagesView(QWidget):
    # Due-list actions this view resolves (MainWindow.open_due_item hands them over).
    DUE_ACTIONS = ("send_payment_application", "enter_wage_month")

    def __init__(self, services: Services, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.services = services
        today = today or date.today()
        self.months = WageMonthsPage(services, self, today)
        self.importer = WageImportPage(services, self)
        self.applications = ApplicationsPage(services, self, today)
        self.owed = OwedPage(services, self, today)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("wage_tabs")
        self.tabs.addTab(self.months, self.tr("&Wage months"))
        self.tabs.addTab(self.importer, self.tr("&Import"))
        self.tabs.addTab(self.applications, self.tr("&Payment applications"))
        self.tabs.addTab(self.owed, self.tr("Owed to &us"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.tabs)
        self.months.saved.connect(self.refresh)
        # No refresh after an import: the other tabs are hidden and reload when shown (below);
        # reloading them all at once blocked the window for seconds on a big file.
        self.applications.changed.connect(self.refresh)
        # Only the page coming into view is reloaded: reading every page of a big file on
        # each tab change would hold up the window.
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Employees, contracts and decisions are edited in other views: show the current ones.
        self.refresh()
        super().showEvent(event)

    def open_due_item(self, item) -> None:
        """One click from the due list: the application's dialog, or the month to fill in."""
        if item.action == "send_payment_application":
            decision_id = int(item.key.split(":")[1])
            self.tabs.setCurrentWidget(self.applications)
            self.applications.open_period(decision_id, item.params["period_end"])
        elif item.action == "enter_wage_month":
            self.tabs.setCurrentWidget(self.months)
            self.months.show_month(item.params["month"], item.subject_id)

    def _refresh_current(self) -> None:
        page = self.tabs.currentWidget()
        if page in (self.months, self.applications, self.owed):
            page.refresh()

    def refresh(self) -> None:
        """Figures may have changed elsewhere: reload every page but unsaved grid typing."""
        self.months.refresh()
        self.applications.refresh()
        self.owed.refresh()
