"""The navigation of the main window: one entry per view, in display order.

A capability adds its view by replacing its placeholder factory here; nothing else in the main
window changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kuhina_desktop.messages import QT_TRANSLATE_NOOP
from kuhina_desktop.services import Services

ViewFactory = Callable[[Services, QWidget], QWidget]


def _nav(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Navigation", text)


@dataclass(frozen=True)
class NavEntry:
    key: str
    title: Callable[[], str]
    factory: ViewFactory


def navigation_entries() -> list[NavEntry]:
    from kuhina_desktop.ui.views.home import HomeView
    from kuhina_desktop.ui.views.placeholder import placeholder
    from kuhina_desktop.ui.views.settings import SettingsView
    from kuhina_desktop.ui.views.training import TrainingView

    return [
        NavEntry("home", _nav(QT_TRANSLATE_NOOP("Navigation", "Home")), HomeView),
        NavEntry("employees", _nav(QT_TRANSLATE_NOOP("Navigation", "Employees")),
                 placeholder("employees")),
        NavEntry("decisions", _nav(QT_TRANSLATE_NOOP("Navigation", "Support decisions")),
                 placeholder("decisions")),
        NavEntry("wages", _nav(QT_TRANSLATE_NOOP("Navigation", "Wage months and applications")),
                 placeholder("wages")),
        NavEntry("training", _nav(QT_TRANSLATE_NOOP("Navigation", "Training and coaching")),
                 TrainingView),
        NavEntry("reports", _nav(QT_TRANSLATE_NOOP("Navigation", "Reports")),
                 placeholder("reports")),
        NavEntry("settings", _nav(QT_TRANSLATE_NOOP("Navigation", "Settings")), SettingsView),
    ]
