"""One payment period: the monthly breakdown the payer's form asks for, the attachments, and
the step to take next (save a draft, mark it sent, or look at what was sent and paid)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.applications import Breakdown, breakdown_from_json
from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.domain.wages import PAY_ITEMS, SENT_STATES, PeriodState
from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.views.wages_common import (
    checklist_text,
    describe,
    item_label,
    short_month,
    status_text,
)
from kuhina_desktop.ui.widgets.fields import DateField


class PrepareDialog(QDialog):
    def __init__(self, services: Services, state: PeriodState, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.services, self.state = services, state
        self.today = today or date.today()
        self.app = services.applications.find(state.decision_id, state.period_start)
        self.sent = self.app is not None and self.app.status in SENT_STATES
        self._error = ""
        self.setWindowTitle(self.tr("Payment application – %1").replace(
            "%1", state.employee_name))
        self.resize(900, 680)
        layout = QVBoxLayout(self)
        self.breakdown = self._breakdown()
        layout.addLayout(self._header())
        self.problem = QLabel()
        self.problem.setObjectName("prepare_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4161a;")
        layout.addWidget(self.problem)
        if self.breakdown is not None:
            layout.addWidget(self._table(self.breakdown), 1)
            layout.addWidget(QLabel(self.tr("Attachments and checks")))
            layout.addWidget(self._checklist(self.breakdown))
        layout.addLayout(self._actions())

    def _breakdown(self) -> Breakdown | None:
        """The frozen snapshot once sent; else the figures as they are now."""
        if self.sent and self.app and self.app.snapshot:
            return breakdown_from_json(self.app.snapshot)
        try:
            return self.services.applications.breakdown(self.state.decision_id,
                                                        self.state.period_start)
        except KuhinaError as exc:
            self._error = describe(exc)
            return None

    def _header(self) -> QHBoxLayout:
        """Who and what on the left, when and how much on the right: side by side they
        leave the monthly table room for all its rows on a 768-pixel screen."""
        who, money = QFormLayout(), QFormLayout()
        state = self.state
        who.addRow(self.tr("Employee"), QLabel(state.employee_name))
        number = self.breakdown.decision_number if self.breakdown else state.decision_number
        payer = self.breakdown.payer if self.breakdown else ""
        who.addRow(self.tr("Decision"), QLabel(f"{number}  {payer}".strip()))
        who.addRow(self.tr("Period"), QLabel(f"{fmt.day(state.period_start)}–"
                                             f"{fmt.day(state.period_end)}"))
        if self.breakdown is not None and self.breakdown.work_fraction is not None:
            who.addRow(self.tr("Working time"),
                       QLabel(fmt.working_time(self.breakdown.work_fraction)))
        deadline = QLabel(fmt.day(state.deadline))
        if state.status == "overdue":
            deadline.setStyleSheet("color: #a4161a; font-weight: bold;")
        money.addRow(self.tr("Deadline"), deadline)
        money.addRow(self.tr("Status"), QLabel(status_text(state.status)))
        if self.breakdown is not None:
            total = QLabel(fmt.money(self.breakdown.total_support))
            total.setObjectName("prepare_total")
            total.setStyleSheet("font-weight: bold;")
            money.addRow(self.tr("Support applied for") if self.sent
                         else self.tr("Support to apply for"), total)
        header = QHBoxLayout()
        header.addLayout(who, 3)
        header.addSpacing(24)
        header.addLayout(money, 2)
        return header

    def _table(self, breakdown: Breakdown) -> QTableWidget:
        rows = [(item_label(name), lambda m, n=name: fmt.money(m.items[n])) for name in PAY_ITEMS]
        rows += [
            (self.tr("Employer contributions"), lambda m: fmt.money(m.contributions)
             + ("" if not m.contributions_typed else " " + self.tr("(actual)"))),
            (self.tr("Wage costs"), lambda m: fmt.money(m.wage_costs)),
            (self.tr("Eligible costs"), lambda m: fmt.money(m.eligible)),
            (self.tr("Monthly cap"), lambda m: fmt.money(m.cap)),
            (self.tr("Support"), lambda m: fmt.money(m.support)),
            (item_label("unpaid_absence_days"), lambda m: str(m.unpaid_absence_days)),
            (item_label("hours"), lambda m: fmt.decimal(m.hours)),
            (self.tr("Days in the support period"),
             lambda m: f"{m.covered_days}/{m.days_in_month}"),
        ]
        table = QTableWidget(len(rows), len(breakdown.months))
        table.setObjectName("breakdown")
        table.setHorizontalHeaderLabels([short_month(m.month) for m in breakdown.months])
        table.setVerticalHeaderLabels([label for label, _ in rows])
        table.verticalHeader().setDefaultSectionSize(22)
        for column, month in enumerate(breakdown.months):
            for row, (_, value) in enumerate(rows):
                item = QTableWidgetItem(value(month))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount()):
            table.setColumnWidth(column, max(110, table.columnWidth(column)))
        return table

    def _checklist(self, breakdown: Breakdown) -> QListWidget:
        checklist = QListWidget()
        checklist.setObjectName("checklist")
        for entry in breakdown.checklist:
            item = QListWidgetItem(checklist_text(entry.code, dict(entry.params)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if self.sent else Qt.CheckState.Unchecked)
            checklist.addItem(item)
        checklist.setMaximumHeight(22 * max(2, len(breakdown.checklist)) + 8)
        return checklist

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        if self.breakdown is None:
            self.problem.setText(self._error)
        if self.sent and self.app:
            history = QLabel(self._history())
            history.setObjectName("application_history")
            history.setWordWrap(True)
            row.addWidget(history, 1)
        elif not self.services.read_only and self.breakdown is not None:
            draft = QPushButton(self.tr("Save as draft"))
            draft.setObjectName("save_draft")
            draft.clicked.connect(self.save_draft)
            row.addWidget(draft)
            row.addSpacing(24)
            row.addWidget(QLabel(self.tr("Sent on")))
            self.sent_on = DateField("sent_on", required=True)
            self.sent_on.set_value(self.today)
            row.addWidget(self.sent_on)
            send = QPushButton(self.tr("Mark sent"))
            send.setObjectName("mark_sent")
            send.clicked.connect(self.mark_sent)
            row.addWidget(send)
        row.addStretch(1)
        if self.breakdown is not None:
            sheet = QPushButton(self.tr("&Calculation sheet (PDF)"))
            sheet.setObjectName("print_sheet")
            sheet.setToolTip(self.tr("The attachment of the application: Ctrl+P"))
            sheet.clicked.connect(self.print_sheet)
            QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_sheet)
            row.addWidget(sheet)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        return row

    def print_sheet(self) -> None:
        """The calculation sheet of this period: the frozen figures once sent."""
        from kuhina_desktop.ui.printing import print_report, report_options

        period = (str(self.app.id) if self.app is not None and self.app.id is not None else
                  f"{self.state.decision_id}:{self.state.period_start.isoformat()}")
        try:
            print_report(self, self.services, "application",
                         report_options(self.services, period=period))
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self, exc)

    def _history(self) -> str:
        """Sent, each payment, a rejection and the corrections made since."""
        assert self.app is not None and self.app.id is not None
        lines = [self.tr("Sent on %1.").replace("%1", fmt.day(self.app.sent_on))]
        for payment in self.services.applications.payments(self.app.id):
            lines.append(self.tr("Paid %1 on %2.").replace("%1", fmt.money(payment.amount))
                         .replace("%2", fmt.day(payment.paid_on)))
        if self.app.status == "rejected":
            lines.append(self.tr("Rejected: %1").replace("%1", self.app.notes))
        for correction in self.services.applications.corrections(self.app.id):
            year, month = str(correction.after.get("month", "0-0")).split("-")
            lines.append(self.tr("Corrected %1 (%2): %3").replace(
                "%1", f"{int(month)}/{year}").replace(
                "%2", fmt.day(date.fromisoformat(correction.made_at[:10]))).replace(
                "%3", correction.reason))
        return "\n".join(lines)

    def save_draft(self) -> None:
        self._run(lambda: self.services.applications.prepare(self.state.decision_id,
                                                             self.state.period_start))

    def mark_sent(self) -> None:
        self._run(lambda: self.services.applications.mark_sent(
            self.state.decision_id, self.state.period_start, self.sent_on.value(), self.today))

    def _run(self, step) -> None:
        try:
            step()
        except KuhinaError as exc:
            self.problem.setText(describe(exc))
            return
        self.accept()
