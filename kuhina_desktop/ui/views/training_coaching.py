"""Työhönvalmennus: the job-coaching log, newest first, filterable by employee."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from kuhina_desktop.services import Services
from kuhina_desktop.services.coaching import CoachingRow
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.training_coaching import CoachingDialog
from kuhina_desktop.ui.models.training import (
    Column,
    RowsModel,
    make_table,
    select_first,
    selected_object,
)
from kuhina_desktop.ui.views.training_common import TrainingTab, reselect
from kuhina_desktop.ui.views.training_labels import label


class CoachingTab(TrainingTab):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = RowsModel([
            Column(lambda: self.tr("Date"), lambda r: fmt.day(r.event.day),
                   sort=lambda r: f"{r.event.day.isoformat()}:{r.event.id:09d}"),
            Column(lambda: self.tr("Employee"), self._who),
            Column(lambda: self.tr("Kind"), lambda r: label(r.event.kind)),
            Column(lambda: self.tr("How"), lambda r: label(r.event.mode)),
            Column(lambda: self.tr("Min"), lambda r: str(r.event.minutes),
                   sort=lambda r: r.event.minutes, right=True),
            Column(lambda: self.tr("Coach"), lambda r: r.event.coach_name),
            Column(lambda: self.tr("Shared"), lambda r: self.tr("yes") if r.event.shareable
                   else ""),
            Column(lambda: self.tr("Next follow-up"), lambda r: fmt.day(r.event.next_follow_up),
                   sort=lambda r: str(r.event.next_follow_up)),
        ], self)
        self.table = make_table(self.model, "coaching", self, stretch=1)
        self.table.activated.connect(self.open_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.employee = QComboBox()
        self.employee.setObjectName("coaching_filter")
        self.employee.currentIndexChanged.connect(self._load)
        self.detail = QTextBrowser()
        self.detail.setObjectName("coaching_detail")
        self._layout()
        self.table.selectionModel().selectionChanged.connect(self._show_detail)

    def _who(self, row: CoachingRow) -> str:
        return row.employee_name or self.tr("(employer)")

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar(
            self.button(self.tr("&New entry…"), "new_coaching", self.new),
            self.button(self.tr("&Edit"), "edit_coaching", self.open_selected, writes=False),
            self.button(self.tr("&Remove"), "remove_coaching", self.remove),
            QLabel(self.tr("Employee:")), self.employee, stretch_at=3))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 140])
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        chosen = self.employee.currentData()
        self.employee.blockSignals(True)
        self.employee.clear()
        self.employee.addItem(self.tr("Everyone"), None)
        for person in self.training.employees():
            self.employee.addItem(person.sort_name, person.id)
        self.employee.setCurrentIndex(max(0, self.employee.findData(chosen)))
        self.employee.blockSignals(False)
        self._load()

    def _load(self, *_args: object) -> None:
        rows = self.training.coaching.coaching_rows(self.employee.currentData())
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        minutes = sum(r.event.minutes for r in rows)
        self.say(self.tr("%n entries", "", len(rows)) + " · " + self.tr("%1 h %2 min in total")
                 .replace("%1", str(minutes // 60)).replace("%2", str(minutes % 60)))
        select_first(self.table)
        self._show_detail()

    def _show_detail(self, *_args: object) -> None:
        row: CoachingRow | None = selected_object(self.table)
        if row is None:
            self.detail.clear()
            return
        parts = [(self.tr("Summary"), row.event.summary),
                 (self.tr("Agreed actions"), row.event.agreed_actions)]
        self.detail.setPlainText("\n\n".join(f"{title}:\n{text}" for title, text in parts
                                             if text))

    def new(self) -> None:
        if self.services.read_only:
            return
        dialog = CoachingDialog(self.services, None, self,
                                employee_id=self.employee.currentData())
        if dialog.exec():
            self._load()
            reselect(self.table, lambda r: r.event.id == dialog.saved.id)

    def open_selected(self, *_args: object) -> None:
        row = selected_object(self.table)
        if row is None:
            return
        if CoachingDialog(self.services, row.event, self).exec():
            self._load()
            reselect(self.table, lambda r: r.event.id == row.event.id)

    def remove(self) -> None:
        row: CoachingRow | None = selected_object(self.table)
        if row is None or self.services.read_only:
            return
        what = self.tr("the coaching entry of %1").replace("%1", fmt.day(row.event.day))
        if self.confirm_remove(what) and self.run(
                lambda: self.training.coaching.delete_coaching(row.event.id)):
            self._load()
