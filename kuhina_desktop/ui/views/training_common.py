"""The shape every tab of the training view shares: a row of buttons, a status line, one way to
run a write and show its error, and a confirmation before removing anything."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.services import Services
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.models.training import select_first

FUTURE_COLOUR = QColor("#6b7280")

# The texts of these shared methods carry an explicit context: the methods run for every tab
# subclass, and each text is translated once.
_CONTEXT = "TrainingTab"


class TrainingTab(QWidget):
    """A tab: ``refresh()`` reloads it, ``new()`` is Ctrl+N, ``open_selected()`` is Enter."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.training = services.training
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def refresh(self) -> None:  # pragma: no cover - every tab has its own
        raise NotImplementedError

    def new(self) -> None:
        """Ctrl+N; a tab without anything to add ignores it."""

    def button(self, text: str, name: str, slot: Callable[[], object],
               writes: bool = True) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        if writes and self.services.read_only:
            button.setEnabled(False)
            button.setToolTip(QCoreApplication.translate(_CONTEXT, "The file is open read-only."))
        return button

    @staticmethod
    def bar(*widgets: QWidget, stretch_at: int | None = None) -> QHBoxLayout:
        row = QHBoxLayout()
        for i, widget in enumerate(widgets):
            if stretch_at == i:
                row.addStretch(1)
            row.addWidget(widget)
        if stretch_at is None or stretch_at >= len(widgets):
            row.addStretch(1)
        return row

    def run(self, action: Callable[[], object]) -> bool:
        """Run one write; an expected error is shown and nothing changed."""
        try:
            action()
        except KuhinaError as exc:
            show_error(self, exc)
            return False
        return True

    def confirm_remove(self, what: str) -> bool:
        answer = QMessageBox.question(
            self, QCoreApplication.translate(_CONTEXT, "Remove"),
            QCoreApplication.translate(_CONTEXT, "Remove %1? This cannot be undone.")
            .replace("%1", what), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def say(self, text: str) -> None:
        self.status.setText(text)


def reselect(table: QTableView, predicate: Callable[[object], bool]) -> None:
    """Select the row whose record matches (after a refresh), else the first row."""
    from kuhina_desktop.ui.models.training import ObjectRole

    model = table.model()
    for row in range(model.rowCount()):
        if predicate(model.index(row, 0).data(ObjectRole)):
            table.selectRow(row)
            return
    select_first(table)
