"""Työmahdollisuudet: tailored tasks the association can offer, for the regional service tray
(palvelutarjotin). Open ones go to the coach export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from kuhina_desktop.domain.training import JobOpportunity
from kuhina_desktop.services import Services
from kuhina_desktop.ui.dialogs.training_opportunity import OpportunityDialog
from kuhina_desktop.ui.models.training import Column, RowsModel, make_table, selected_object
from kuhina_desktop.ui.views.training_common import FUTURE_COLOUR, TrainingTab, reselect
from kuhina_desktop.ui.views.training_labels import hours


class OpportunitiesTab(TrainingTab):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = RowsModel([
            Column(lambda: self.tr("Title"), lambda o: o.title,
                   colour=lambda o: None if o.is_open else FUTURE_COLOUR),
            Column(lambda: self.tr("Hours a week"), lambda o: hours(o.weekly_hours),
                   sort=lambda o: int((o.weekly_hours or 0) * 100), right=True),
            Column(lambda: self.tr("Place"), lambda o: o.place),
            Column(lambda: self.tr("Language requirements"), lambda o: o.language_requirements),
            Column(lambda: self.tr("Status"), lambda o: self.tr("Open", "status") if o.is_open
                   else self.tr("Closed", "status")),
        ], self)
        self.table = make_table(self.model, "opportunities", self)
        self.table.activated.connect(self.open_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.detail = QTextBrowser()
        self.detail.setObjectName("opportunity_detail")
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar(
            self.button(self.tr("&New opportunity…"), "new_opportunity", self.new),
            self.button(self.tr("&Edit"), "edit_opportunity", self.open_selected, writes=False),
            self.button(self.tr("&Remove"), "remove_opportunity", self.remove)))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)

    def refresh(self) -> None:
        chosen = selected_object(self.table)
        items = self.training.coaching.opportunities()
        self.model.set_rows(items)
        reselect(self.table, lambda o: chosen is not None and o.id == chosen.id)
        self.say(self.tr("Open: %1 of %2. Open opportunities go to the job-coach export.")
                 .replace("%1", str(sum(1 for o in items if o.is_open)))
                 .replace("%2", str(len(items))))
        self._show_detail()

    def _show_detail(self, *_args: object) -> None:
        item: JobOpportunity | None = selected_object(self.table)
        if item is None:
            self.detail.clear()
            return
        parts = [(self.tr("Tasks"), item.description),
                 (self.tr("Accessibility"), item.accessibility),
                 (self.tr("Support offered"), item.support_offered),
                 (self.tr("Contact"), item.contact)]
        self.detail.setPlainText("\n\n".join(f"{title}:\n{text}" for title, text in parts
                                             if text))

    def new(self) -> None:
        if self.services.read_only:
            return
        dialog = OpportunityDialog(self.services, None, self)
        if dialog.exec():
            self.refresh()
            reselect(self.table, lambda o: o.id == dialog.saved.id)

    def open_selected(self, *_args: object) -> None:
        item = selected_object(self.table)
        if item is not None and OpportunityDialog(self.services, item, self).exec():
            self.refresh()
            reselect(self.table, lambda o: o.id == item.id)

    def remove(self) -> None:
        item: JobOpportunity | None = selected_object(self.table)
        if item is not None and not self.services.read_only and self.confirm_remove(
                f"“{item.title}”") and self.run(
                lambda: self.training.coaching.delete_opportunity(item.id)):
            self.refresh()
