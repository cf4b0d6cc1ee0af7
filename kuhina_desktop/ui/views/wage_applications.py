"""Maksatushakemukset and Saatavat: every payment period with its status and money, and the
answer to "how much support are we still owed, and since when?"."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.applications import ListScope
from kuhina_desktop.domain.wages import AppStatus, OwedRow, PeriodState
from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.wages_correction import CorrectionDialog
from kuhina_desktop.ui.dialogs.wages_payment import PaymentDialog, RejectDialog
from kuhina_desktop.ui.dialogs.wages_prepare import PrepareDialog
from kuhina_desktop.ui.models.wage_tables import ApplicationsModel, OwedModel
from kuhina_desktop.ui.views.list_loading import ListLoader, LoadsWhenShown

FILTERS = {
    "todo": (AppStatus.OVERDUE, AppStatus.READY, AppStatus.DRAFT),
    "waiting": (AppStatus.SENT, AppStatus.PARTLY_PAID),
    "closed": (AppStatus.PAID, AppStatus.REJECTED),
    "not_due": (AppStatus.NOT_DUE,),
    "all": tuple(AppStatus),
}
OPEN_FOR_MONEY = (AppStatus.SENT, AppStatus.PARTLY_PAID)
# The list reads like a due list: what needs doing first, what is closed last.
ORDER = {AppStatus.OVERDUE: 0, AppStatus.READY: 1, AppStatus.DRAFT: 1, AppStatus.SENT: 2,
         AppStatus.PARTLY_PAID: 2, AppStatus.NOT_DUE: 3, AppStatus.PAID: 4,
         AppStatus.REJECTED: 4}


class _Loaded(NamedTuple):
    """The periods in list order with their totals, prepared off the GUI thread."""

    ordered: list[PeriodState]
    applied: int
    paid: int
    owed: int  # sent and still waiting for its money: the same figure as Saatavat
    not_paid: int  # rejected, or closed paid at less than was applied for
    lost: int


def _prepared(states: list[PeriodState]) -> _Loaded:
    """What needs doing first, what is closed last (newest first); and the money."""
    closed = [s for s in states if ORDER[s.status] == 4]
    ordered = sorted((s for s in states if ORDER[s.status] < 4),
                     key=lambda s: (ORDER[s.status], s.deadline)) + closed[::-1]
    owed = sum(s.owed for s in states)
    return _Loaded(ordered, applied=sum(s.amount or 0 for s in states if s.sent_on),
                   paid=sum(s.paid for s in states), owed=owed,
                   not_paid=sum(s.difference for s in states) - owed,
                   lost=sum(s.lost for s in states))


def _list_view(model, name: str, stretch: int = 0) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Widths from the rows in sight: measuring all of a ten-year list takes seconds.
    header.setResizeContentsPrecision(0)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class ApplicationsPage(LoadsWhenShown, QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today or date.today()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        self.filter = QComboBox()
        self.filter.setObjectName("application_filter")
        for key, text in (("todo", self.tr("To do: apply")),
                          ("waiting", self.tr("Waiting for the money")),
                          ("closed", self.tr("Paid and closed")),
                          ("not_due", self.tr("Not yet due")), ("all", self.tr("All periods"))):
            self.filter.addItem(text, key)
        self.filter.setCurrentIndex(self.filter.findData("all"))
        self.filter.currentIndexChanged.connect(self._show_states)
        top.addWidget(self.filter)
        self.years = QComboBox()
        self.years.setObjectName("application_years")
        self.years.currentIndexChanged.connect(self.refresh)
        top.addWidget(self.years)
        top.addWidget(self._loading_label())
        top.addStretch(1)
        layout.addLayout(top)
        # The money of the years shown, on a line of its own so that it is never cut short.
        self.totals = QLabel()
        self.totals.setObjectName("application_totals")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.model = ApplicationsModel(self, self.today)
        self.table = _list_view(self.model, "applications")
        self.table.activated.connect(lambda _index: self.open_current())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        self._loaded_list = _prepared([])
        self._pending: tuple[int, date] | None = None  # a period to select once loaded
        self.loader = ListLoader(self, self.loading_label, self._loaded,
                                 services.data.opening_check)
        self.refresh()

    def _loading_label(self) -> QLabel:
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setObjectName("application_loading")
        self.loading_label.setStyleSheet("color: #555;")
        return self.loading_label

    def _fill_years(self) -> None:
        """This and last year with everything open (the default), each year, or all."""
        span = self.services.applications.year_range(self.today)
        chosen = self.years.currentData()
        self.years.blockSignals(True)
        self.years.clear()
        self.years.addItem(self.tr("This and last year, and all open"), "recent")
        for year in range(span.last, span.first - 1, -1):
            self.years.addItem(str(year), year)
        self.years.addItem(self.tr("All years"), "all")
        self.years.setCurrentIndex(max(0, self.years.findData(chosen)))
        self.years.blockSignals(False)

    def scope(self) -> ListScope:
        chosen = self.years.currentData()
        if chosen == "all":
            return ListScope()
        return ListScope.year(chosen) if isinstance(chosen, int) else ListScope.recent(self.today)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        writable = not self.services.read_only
        for name, text, slot in (
                ("open_application", self.tr("&Open / prepare…"), self.open_current),
                ("record_payment", self.tr("&Record payment…"), self.record_payment),
                ("reject_application", self.tr("Reje&cted…"), self.reject_current),
                ("correct_application", self.tr("Correc&t figures…"), self.correct_current)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setEnabled(writable or name == "open_application")
            row.addWidget(button)
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        """Reload the list off the GUI thread (the shown rows stay until the new ones come)."""
        self._fill_years()  # a new decision may reach a new year
        scope, today = self.scope(), self.today
        reader = self.services.applications.reader()
        self.loader.load((scope, today, self.services.data.changes_since_open),
                         lambda: _prepared(reader.periods(today, scope)))

    def _loaded(self, loaded: _Loaded) -> None:
        self._loaded_list = loaded
        self._show_states()
        if self._pending is not None:
            self.select(*self._pending)
            self._pending = None

    def _show_states(self) -> None:
        """Show the loaded periods the status filter lets through, keeping the selection."""
        selected = self.current()
        wanted = FILTERS[self.filter.currentData() or "all"]
        loaded = self._loaded_list
        self.model.set_rows([s for s in loaded.ordered if s.status in wanted])
        # Applied − paid splits into what is still coming and what never will, so that the
        # first figure matches Saatavat and a rejection is not read as money still owed.
        text = self.tr("Applied %1, paid %2, waiting for payment %3.").replace(
            "%1", fmt.money(loaded.applied)).replace("%2", fmt.money(loaded.paid)).replace(
            "%3", fmt.money(loaded.owed))
        if loaded.not_paid:
            text += " " + self.tr("Rejected or left unpaid: %1.").replace(
                "%1", fmt.money(loaded.not_paid))
        if loaded.lost:
            text += " " + self.tr("<span style='color:#a4161a'><b>Overdue: %1</b></span>") \
                .replace("%1", fmt.money(loaded.lost))
        self.totals.setText(text)
        kept = selected is not None and self.select(selected.decision_id, selected.period_start)
        if not kept and self.model.rowCount():
            self.table.selectRow(0)

    def current(self) -> PeriodState | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select(self, decision_id: int, period_start: date) -> bool:
        for number, state in enumerate(self.model.rows()):
            if (state.decision_id, state.period_start) == (decision_id, period_start):
                self.table.selectRow(number)
                return True
        return False

    def open_period(self, decision_id: int, period_end: date) -> None:
        """Open the period's form at once (it needs no list) and select it when the list
        comes, showing every status so that the filter cannot hide it."""
        state = self.services.applications.period(decision_id, period_end, self.today)
        if state is None:
            return
        if state.status not in FILTERS[self.filter.currentData() or "all"]:
            self.filter.setCurrentIndex(self.filter.findData("all"))
        if not self.scope().shows(state.period_end, closed=False):
            self.years.setCurrentIndex(0)  # the default scope holds every open period
        if not self.select(state.decision_id, state.period_start):
            self._pending = (state.decision_id, state.period_start)
        self._after(PrepareDialog(self.services, state, self, self.today), state)

    def _after(self, dialog: QDialog, state: PeriodState | None = None) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if state is not None:
                self._update_row(state)
            self.refresh()
            self.changed.emit()

    def _update_row(self, state: PeriodState) -> None:
        """Show the changed period at once; the rest of the list follows from the worker."""
        fresh = self.services.applications.period(state.decision_id, state.period_end,
                                                  self.today)
        if fresh is None:
            return
        self._loaded_list = _prepared([
            fresh if (s.decision_id, s.period_start) == (fresh.decision_id, fresh.period_start)
            else s for s in self._loaded_list.ordered])
        self._show_states()

    def open_current(self) -> None:
        state = self.current()
        if state is not None:
            self._after(PrepareDialog(self.services, state, self, self.today), state)

    def _sent_app(self, state: PeriodState | None):
        if state is None:
            return None
        app = self.services.applications.find(state.decision_id, state.period_start)
        if app is None or state.status not in (*OPEN_FOR_MONEY, AppStatus.PAID,
                                               AppStatus.REJECTED):
            QMessageBox.information(self, self.tr("Not sent yet"), self.tr(
                "This application has not been marked sent. Open it and mark it sent first."))
            return None
        return app

    def record_payment(self) -> None:
        state = self.current()
        app = self._sent_app(state)
        if app is None:
            return
        if state.status not in OPEN_FOR_MONEY:
            QMessageBox.information(self, self.tr("Closed"), self.tr(
                "This application is already paid in full or rejected."))
            return
        self._after(PaymentDialog(self.services, app, state.owed, self, self.today), state)

    def reject_current(self) -> None:
        state = self.current()
        app = self._sent_app(state)
        if app is not None and state.status in OPEN_FOR_MONEY:
            self._after(RejectDialog(self.services, app, self), state)

    def correct_current(self) -> None:
        state = self.current()
        app = self._sent_app(state)
        if app is not None:
            self._after(CorrectionDialog(self.services, app, state.employee_id, self), state)


class OwedPage(LoadsWhenShown, QWidget):
    """Saatavat: money applied for and not yet paid, per employee and in total, oldest first."""

    def __init__(self, services: Services, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today or date.today()
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setObjectName("owed_headline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.headline)
        self.model = OwedModel(self)
        self.table = _list_view(self.model, "owed")
        layout.addWidget(self.table, 1)
        note = QLabel(self.tr(
            "Owed to us: sent applications not yet paid. Ready to apply: periods that have "
            "ended but whose application has not been sent. Lost: the deadline passed without "
            "an application."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setObjectName("owed_loading")
        self.loading_label.setStyleSheet("color: #555;")
        layout.insertWidget(1, self.loading_label)
        self.loader = ListLoader(self, self.loading_label, self._loaded,
                                 services.data.opening_check)
        self.refresh()

    def refresh(self) -> None:
        """Reload the overview off the GUI thread."""
        today, reader = self.today, self.services.applications.reader()
        self.loader.load((today, self.services.data.changes_since_open),
                         lambda: reader.owed(today))

    def _loaded(self, result: tuple[list[OwedRow], OwedRow]) -> None:
        rows, total = result
        self.model.set_rows([*rows, total])
        if total.owed:
            text = self.tr("We are owed <b>%1</b> of support, the oldest since %2.").replace(
                "%1", fmt.money(total.owed)).replace("%2", fmt.day(total.owed_since))
        else:
            text = self.tr("No support is waiting to be paid.")
        if total.to_apply:
            text += " " + self.tr("A further %1 can be applied for now.").replace(
                "%1", fmt.money(total.to_apply))
        if total.lost:
            text += " " + self.tr("<span style='color:#a4161a'>%1 was lost to missed "
                                  "deadlines.</span>").replace("%1", fmt.money(total.lost))
        self.headline.setText(text)
