"""Koulutus ja valmennus: training packages, certificates, job coaching, outcomes, job
opportunities and a per-employee timeline, one tab each. Ctrl+N adds to the tab in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kuhina_desktop.services import Services
from kuhina_desktop.ui.views.training_certificates import CertificatesTab
from kuhina_desktop.ui.views.training_coaching import CoachingTab
from kuhina_desktop.ui.views.training_common import TrainingTab
from kuhina_desktop.ui.views.training_opportunities import OpportunitiesTab
from kuhina_desktop.ui.views.training_outcomes import OutcomesTab
from kuhina_desktop.ui.views.training_packages import PackagesTab
from kuhina_desktop.ui.views.training_timeline import TimelineTab


class TrainingView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tabs = QTabWidget()
        self.tabs.setObjectName("training_tabs")
        self.packages = PackagesTab(services, self)
        self.certificates = CertificatesTab(services, self)
        self.coaching = CoachingTab(services, self)
        self.outcomes = OutcomesTab(services, self)
        self.opportunities = OpportunitiesTab(services, self)
        self.timeline = TimelineTab(services, self)
        for tab, title in ((self.packages, self.tr("Training &packages")),
                           (self.certificates, self.tr("Cert&ificates")),
                           (self.coaching, self.tr("&Job coaching")),
                           (self.outcomes, self.tr("&Outcomes")),
                           (self.opportunities, self.tr("Jo&b opportunities")),
                           (self.timeline, self.tr("Time&line"))):
            self.tabs.addTab(tab, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.tabs)
        # Data may change in other views (employees, decisions) or other tabs (a completion
        # records a certificate): a tab reloads whenever it comes into view.
        self.tabs.currentChanged.connect(self._refresh_current)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self, activated=self.new)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def current_tab(self) -> TrainingTab:
        return self.tabs.currentWidget()

    def new(self) -> None:
        self.current_tab().new()

    def show_tab(self, tab: TrainingTab) -> None:
        self.tabs.setCurrentWidget(tab)
        tab.refresh()

    def _refresh_current(self, *_args: object) -> None:
        self.current_tab().refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._refresh_current()
