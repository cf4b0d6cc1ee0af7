"""Tulokset: outcomes of ended support periods and the two shares the regional project follows
(employed or in education, target 45 %; readiness improved, target 70 %)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from kuhina_desktop.domain.training import OutcomeKind, Share
from kuhina_desktop.services import Services
from kuhina_desktop.services.coaching import OutcomeRow
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.training_outcome import OutcomeDialog
from kuhina_desktop.ui.models.training import Column, RowsModel, make_table, selected_object
from kuhina_desktop.ui.views.training_common import TrainingTab, reselect
from kuhina_desktop.ui.views.training_labels import label, readiness_change

MET, NOT_MET = "#1b7f3b", "#b00020"


class OutcomesTab(TrainingTab):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = RowsModel([
            Column(lambda: self.tr("Employee"), lambda r: r.employee_name),
            Column(lambda: self.tr("Support period"), self._period,
                   sort=lambda r: r.outcome.period_end.isoformat()),
            Column(lambda: self.tr("Outcome"), lambda r: label(r.outcome.outcome)),
            Column(lambda: self.tr("Readiness"), lambda r: readiness_change(
                r.outcome.readiness_start, r.outcome.readiness_end)),
            Column(lambda: self.tr("Details"), lambda r: r.outcome.details.replace("\n", " ")),
        ], self)
        self.table = make_table(self.model, "outcomes", self, stretch=4)
        self.table.activated.connect(self.open_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.year = QComboBox()
        self.year.setObjectName("outcome_year")
        self.year.currentIndexChanged.connect(self._summarise)
        self.employed = QLabel()
        self.employed.setObjectName("share_employed")
        self.improved = QLabel()
        self.improved.setObjectName("share_improved")
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar(
            self.button(self.tr("&New outcome…"), "new_outcome", self.new),
            self.button(self.tr("&Edit"), "edit_outcome", self.open_selected, writes=False),
            self.button(self.tr("&Remove"), "remove_outcome", self.remove),
            QLabel(self.tr("Support periods ended in:")), self.year, stretch_at=3))
        layout.addWidget(self._summary_box())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Targets of the regional project"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Employed or in education")), 0, 0)
        grid.addWidget(self.employed, 0, 1)
        grid.addWidget(QLabel(self.tr("Job-seeking readiness improved")), 1, 0)
        grid.addWidget(self.improved, 1, 1)
        grid.addWidget(self.counts, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _period(self, row: OutcomeRow) -> str:
        start = fmt.day(row.outcome.period_start)
        return f"{start}–{fmt.day(row.outcome.period_end)}" if start else fmt.day(
            row.outcome.period_end)

    def refresh(self) -> None:
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in self.training.coaching.outcome_years():
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        self.model.set_rows(self.training.coaching.outcome_rows())
        self._summarise()

    def _summarise(self, *_args: object) -> None:
        year = self.year.currentData()
        start, end = (None, None) if year is None else (date(year, 1, 1), date(year, 12, 31))
        summary = self.training.coaching.outcome_summary(start, end)
        self._show_share(self.employed, summary.employed_or_education)
        self._show_share(self.improved, summary.readiness_improved)
        parts = [f"{label(kind)}: {summary.by_kind[kind]}" for kind in OutcomeKind
                 if summary.by_kind[kind]]
        self.counts.setText(self.tr("Support periods ended: %1").replace("%1", str(summary.total))
                            + ("  ·  " + "  ·  ".join(parts) if parts else ""))

    def _show_share(self, target_label: QLabel, share: Share) -> None:
        target = fmt.percent(share.target)
        if share.fraction is None:
            target_label.setText(self.tr("no data yet (target %1)").replace("%1", target))
            target_label.setStyleSheet("")
            return
        met = share.meets_target
        verdict = self.tr("target %1 met") if met else self.tr("target %1 not met")
        target_label.setText(f"<b>{fmt.percent(share.fraction, 1)}</b> "
                             f"({share.count}/{share.total}) – " + verdict.replace("%1", target))
        target_label.setStyleSheet(f"color: {MET if met else NOT_MET};")

    def new(self) -> None:
        if self.services.read_only:
            return
        dialog = OutcomeDialog(self.services, None, self)
        if dialog.exec():
            self.refresh()
            reselect(self.table, lambda r: r.outcome.id == dialog.saved.id)

    def open_selected(self, *_args: object) -> None:
        row = selected_object(self.table)
        if row is not None and OutcomeDialog(self.services, row.outcome, self).exec():
            self.refresh()

    def remove(self) -> None:
        row: OutcomeRow | None = selected_object(self.table)
        if row is None or self.services.read_only:
            return
        what = self.tr("the outcome of %1").replace("%1", row.employee_name)
        if self.confirm_remove(what) and self.run(
                lambda: self.training.coaching.delete_outcome(row.outcome.id)):
            self.refresh()
