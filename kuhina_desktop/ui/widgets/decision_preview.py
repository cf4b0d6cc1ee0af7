"""Live preview of a decision: the contract it subsidises and its payment periods with deadlines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.subsidy import Employment
from kuhina_desktop.services.decisions import PeriodPreview
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.widgets.decimal_field import decimal_text


class DecisionPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.contract = QLabel(objectName="contract_info")
        self.contract.setWordWrap(True)
        layout.addWidget(self.contract)
        self.table = QTableWidget(0, 4, objectName="payment_periods")
        self.table.setHorizontalHeaderLabels([
            self.tr("Payment period"), self.tr("Apply by"), self.tr("Days to deadline"),
            self.tr("Support")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)
        self.note = QLabel(objectName="preview_note")
        self.note.setStyleSheet("color: #555;")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def show_contract(self, contract: Employment | None, has_employee: bool) -> None:
        if not has_employee:
            self.contract.setText(self.tr("Choose the employee."))
        elif contract is None:
            self.contract.setText(self.tr(
                "No employment contract covers the subsidy period yet: the hours and dates "
                "are checked once the contract is added."))
        else:
            end = fmt.day(contract.end) if contract.end else self.tr("until further notice")
            share = fmt.percent(contract.work_fraction, 1)
            self.contract.setText(self.tr("Contract %1 – %2, %3 h of %4 h a week (%5).")
                                  .replace("%1", fmt.day(contract.start)).replace("%2", end)
                                  .replace("%3", decimal_text(contract.weekly_hours))
                                  .replace("%4", decimal_text(contract.full_time_weekly_hours))
                                  .replace("%5", share))

    def show_periods(self, periods: Sequence[PeriodPreview], today: date) -> None:
        self.table.setRowCount(len(periods))
        for row, period in enumerate(periods):
            left = (period.deadline - today).days
            cells = [f"{fmt.day(period.start)}–{fmt.day(period.end)}", fmt.day(period.deadline),
                     str(left) if left >= 0 else "–",
                     fmt.money(period.support) if period.support is not None else "–"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.note.setText(self.tr(
            "The application for a payment period is due by the date shown; a late application "
            "is not paid. The support appears once the wage months are entered."))

    def show_unavailable(self, reason: str) -> None:
        self.table.setRowCount(0)
        self.note.setText(reason)
