"""The Contracts and Consents tabs of the employee dialog.

Each change here is saved at once by its own small dialog (one transaction each), so these
tabs never hold unsaved changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.contract_dialog import ContractDialog
from kuhina_desktop.ui.dialogs.employee_small_dialogs import ConsentDialog, DateQuestion
from kuhina_desktop.ui.dialogs.form_dialog import run
from kuhina_desktop.ui.models.employee_parts import (
    ID_ROLE,
    ConsentColumn,
    ConsentsModel,
    ContractColumn,
    ContractsModel,
)


def _table(model, name: str, stretch: int) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class _RecordsTab(QWidget):
    def __init__(self, services: Services, employee_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        self.employee_id = employee_id
        self.layout_ = QVBoxLayout(self)
        self.buttons = QHBoxLayout()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        button.setEnabled(not self.services.read_only)
        self.buttons.addWidget(button)
        return button

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _select(self, record_id: int | None) -> None:
        model = self.table.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == record_id:
                self.table.selectRow(row)
                return
        if model.rowCount():
            self.table.selectRow(model.rowCount() - 1)


class ContractsTab(_RecordsTab):
    def __init__(self, services: Services, employee_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, employee_id, parent)
        self.model = ContractsModel(self)
        self.table = _table(self.model, "contracts_table", ContractColumn.NOTES)
        self.table.activated.connect(lambda _index: self.edit_contract())
        self.layout_.addWidget(self.table, 1)
        self._button(self.tr("&Add contract…"), "add_contract", self.add_contract)
        self._button(self.tr("&Change…"), "edit_contract", self.edit_contract)
        self._button(self.tr("&End contract…"), "end_contract", self.end_contract)
        self.buttons.addStretch(1)
        self.layout_.addLayout(self.buttons)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.model.set_rows(self.services.employees.contracts.of(self.employee_id))
        self._select(select)

    def add_contract(self) -> None:
        dialog = ContractDialog(self.services, self.employee_id, parent=self)
        if run(dialog) and dialog.saved:
            self.reload(dialog.saved.contract.id)

    def edit_contract(self, _index: QModelIndex | None = None) -> None:
        contract_id = self.current_id()
        if contract_id is None:
            return
        stored = self.services.employees.contracts.get(contract_id)
        dialog = ContractDialog(self.services, self.employee_id, stored, parent=self)
        if run(dialog):
            self.reload(contract_id)

    def end_contract(self) -> None:
        contract_id = self.current_id()
        if contract_id is None:
            return
        contracts = self.services.employees.contracts
        dialog = DateQuestion(self.tr("End contract"), self.tr("Last day of employment"), "end",
                              date.today(), lambda day: contracts.end(contract_id, day), self)
        if run(dialog):
            self.reload(contract_id)


class ConsentsTab(_RecordsTab):
    def __init__(self, services: Services, employee_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, employee_id, parent)
        note = QLabel(self.tr("What the employee has agreed may be shared with the job coach. "
                              "The job-coach export includes only what a consent in force "
                              "covers, and never the henkilötunnus or health data."))
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.model = ConsentsModel(self)
        self.table = _table(self.model, "consents_table", ConsentColumn.RECIPIENT)
        self.layout_.addWidget(self.table, 1)
        self._button(self.tr("&Add consent…"), "add_consent", self.add_consent)
        self._button(self.tr("&Withdraw consent…"), "withdraw_consent", self.withdraw)
        self.buttons.addStretch(1)
        self.layout_.addLayout(self.buttons)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.model.set_rows(self.services.employees.consents.of(self.employee_id))
        self._select(select)

    def add_consent(self) -> None:
        dialog = ConsentDialog(self.services, self.employee_id, parent=self)
        if run(dialog) and dialog.saved:
            self.reload(dialog.saved.id)

    def withdraw(self) -> None:
        consent_id = self.current_id()
        if consent_id is None:
            return
        consents = self.services.employees.consents
        dialog = DateQuestion(self.tr("Withdraw consent"), self.tr("Withdrawn on"),
                              "withdrawn_on", date.today(),
                              lambda day: consents.withdraw(consent_id, day), self)
        if run(dialog):
            self.reload(consent_id)

