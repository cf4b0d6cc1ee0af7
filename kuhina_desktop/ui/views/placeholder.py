"""A calm page for a part of the program that is not built yet, saying what will be there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kuhina_desktop.messages import QT_TRANSLATE_NOOP
from kuhina_desktop.services import Services
from kuhina_desktop.ui.views import ViewFactory

_DESCRIPTIONS = {
    "employees": QT_TRANSLATE_NOOP(
        "Placeholder", "Employees, their employment contracts and consents will be kept here."),
    "decisions": QT_TRANSLATE_NOOP(
        "Placeholder", "Support decisions (palkkatuki and other supports) and the subsidy "
        "calculator will be here."),
    "wages": QT_TRANSLATE_NOOP(
        "Placeholder", "Monthly wage costs, payment applications and the follow-up of what was "
        "paid will be here."),
    "training": QT_TRANSLATE_NOOP(
        "Placeholder", "Training packages, certificates, job coaching and outcomes will be here."),
    "reports": QT_TRANSLATE_NOOP(
        "Placeholder", "PDF reports for the board and the paying authority, and the job-coach "
        "export, will be here."),
}


class PlaceholderView(QWidget):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(QCoreApplication.translate("Placeholder", _DESCRIPTIONS[key]))
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #555; font-size: 11pt;")
        layout.addWidget(label)


def placeholder(key: str) -> ViewFactory:
    def factory(services: Services, parent: QWidget) -> QWidget:
        return PlaceholderView(key, parent)

    return factory
