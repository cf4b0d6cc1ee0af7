"""The navigation of the main window: one entry per view, in display order.

A capability adds its view here with
``lazy("kuhina_desktop.ui.views.<module>", "<Class>")``; nothing else in the main window changes.
Views are imported and built when first shown, so start-up does not pay for all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kuhina_desktop.services import Services
from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ViewFactory = Callable[[Services, QWidget], QWidget]


def _nav(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Navigation", text)


class LazyView:
    """A view class named by module and class, imported on first use."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    @property
    def cls(self) -> type[QWidget]:
        import importlib

        return getattr(importlib.import_module(self.module), self.name)

    def __call__(self, services: Services, parent: QWidget) -> QWidget:
        return self.cls(services, parent)


def lazy(module: str, name: str) -> LazyView:
    return LazyView(module, name)


class NavEntry(NamedTuple):  # not a dataclass: one costs a millisecond at start-up
    key: str
    title: Callable[[], str]
    factory: ViewFactory


def navigation_entries() -> list[NavEntry]:
    return [
        NavEntry("home", _nav(QT_TRANSLATE_NOOP("Navigation", "Home")),
                 lazy("kuhina_desktop.ui.views.home", "HomeView")),
        NavEntry("employees", _nav(QT_TRANSLATE_NOOP("Navigation", "Employees")),
                 lazy("kuhina_desktop.ui.views.employees", "EmployeesView")),
        NavEntry("decisions", _nav(QT_TRANSLATE_NOOP("Navigation", "Support decisions")),
                 lazy("kuhina_desktop.ui.views.decisions", "DecisionsView")),
        NavEntry("wages", _nav(QT_TRANSLATE_NOOP("Navigation", "Wage months and applications")),
                 lazy("kuhina_desktop.ui.views.wages", "WagesView")),
        NavEntry("training", _nav(QT_TRANSLATE_NOOP("Navigation", "Training and coaching")),
                 lazy("kuhina_desktop.ui.views.training", "TrainingView")),
        NavEntry("reports", _nav(QT_TRANSLATE_NOOP("Navigation", "Reports")),
                 lazy("kuhina_desktop.ui.views.reports", "ReportsView")),
        NavEntry("settings", _nav(QT_TRANSLATE_NOOP("Navigation", "Settings")),
                 lazy("kuhina_desktop.ui.views.settings", "SettingsView")),
    ]
