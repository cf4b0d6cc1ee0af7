"""Who may see health data: the named health-data handlers of this file, by user name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.form_dialog import FormDialog
from kuhina_desktop.ui.errors import show_error


class HealthAccessDialog(FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        employees = services.employees
        self.me = employees.current_user()
        self.setWindowTitle(self.tr("Health-data handlers"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Partial work ability and its details are health data. Only the named "
            "health-data handlers see them, recognised by the user name they use to sign in "
            "to this computer. While nobody is named, nobody sees health data; once someone "
            "is named, only a handler can change this list. Every change is recorded in the "
            "audit trail."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        you = QLabel(self.tr("Your user name: %1").replace("%1", self.me))
        you.setObjectName("current_user")
        layout.addWidget(you)
        self.names = QPlainTextEdit("\n".join(employees.health_handlers()))
        self.names.setObjectName("field_health_data_handlers")
        self.names.setTabChangesFocus(True)
        self.names.setPlaceholderText(self.tr("One user name a line"))
        layout.addWidget(self.names)
        row = QHBoxLayout()
        add_me = QPushButton(self.tr("&Add me"))
        add_me.setObjectName("add_me")
        add_me.clicked.connect(self._add_me)
        row.addWidget(add_me)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for widget in (self.names, add_me, buttons.button(QDialogButtonBox.StandardButton.Save)):
            widget.setEnabled(self._may_edit())
        self.mark_clean()

    def _may_edit(self) -> bool:
        """The service decides too; this only spares a refusal after typing."""
        employees = self.services.employees
        return not self.services.read_only and (
            not employees.health_handlers() or employees.can_see_health())

    def _names(self) -> list[str]:
        return [line.strip() for line in self.names.toPlainText().splitlines() if line.strip()]

    def _add_me(self) -> None:
        names = self._names()
        if self.me.casefold() not in {n.casefold() for n in names}:
            self.names.setPlainText("\n".join([*names, self.me]))

    def state(self) -> object:
        return tuple(self._names())

    def save(self) -> bool:
        try:
            self.services.employees.set_health_handlers(self._names())
        except KuhinaError as exc:
            show_error(self, exc)
            return False
        self.mark_clean()
        self.accept()
        return True
