"""Home: the due list. What must be done, by when, with one click to do it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.errors import show_error

if TYPE_CHECKING:
    from kuhina_desktop.domain.deadlines import DueGroup, DueItem
    from kuhina_desktop.ui.views.list_loading import ListLoader

# The deadline rules and their texts are imported when the list is filled, after the first
# paint (see showEvent). Printing, the calendar export and the snooze dialog are imported where they are used: the
# home view is built before the window's first paint, and they are not needed for it.
RED = QColor("#b00020")
# Qt.ItemDataRole.UserRole by its number: the view is built before the window's first paint,
# and the first use of the Qt namespace builds all its enums (see ui/main_window).
ITEM_ROLE = 0x0100


class HomeView(QWidget):
    open_requested = Signal(object)  # a DueItem: the main window opens the form that resolves it

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._undo_key: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(self._title_row())
        self.tree = QTreeWidget()
        self.tree.setObjectName("DueTree")
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Person"), self.tr("What to do"),
                                   self.tr("Money at stake")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.itemActivated.connect(lambda _item, _col: self.open_selected())
        layout.addWidget(self.tree, 1)
        # What the * beside a date means, and for the chosen row which day it falls on: a
        # tooltip alone is never seen by someone who works with the keyboard.
        self.day_note = QLabel()
        self.day_note.setObjectName("DueDayNote")
        self.day_note.setStyleSheet("color: #555;")
        self.tree.currentItemChanged.connect(lambda _now, _before: self._show_day_note())
        layout.addWidget(self.day_note)
        layout.addLayout(self._button_row())
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_last)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_list)
        # The list is read on a worker (a big file's takes a tenth of a second), first right
        # after the window's first paint; the loader and its thread pool are made then.
        self._loader: ListLoader | None = None
        self._filled = False
        self._starred = False
        self._refresh_after_paint = False

    # ----- building -------------------------------------------------------------------------
    def _title_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(self.tr("Due list"))
        title.setObjectName("HomeTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        row.addWidget(title)
        self.as_of = QLabel()
        self.as_of.setObjectName("DueAsOf")
        row.addWidget(self.as_of)
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setObjectName("DueLoading")
        self.loading_label.setStyleSheet("color: #555;")
        row.addWidget(self.loading_label)
        row.addStretch(1)
        self.show_marked = QCheckBox(self.tr("&Show snoozed and done"))
        self.show_marked.setObjectName("ShowMarked")
        self.show_marked.toggled.connect(lambda _on: self.refresh())
        row.addWidget(self.show_marked)
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        specs = [("open", self.tr("&Open the form"), self.open_selected),
                 ("snooze", self.tr("S&nooze…"), self.snooze_selected),
                 ("done", self.tr("Mark &done…"), self.done_selected),
                 ("restore", self.tr("&Restore"), self.restore_selected)]
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in specs:
            button = QPushButton(text)
            button.setObjectName(f"due_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.undo_note = QLabel()
        row.addWidget(self.undo_note)
        pdf = QPushButton(self.tr("&Print (PDF)"))
        pdf.setObjectName("due_pdf")
        pdf.clicked.connect(self.print_list)
        row.addWidget(pdf)
        ics = QPushButton(self.tr("&Export to calendar (.ics)…"))
        ics.setObjectName("due_ics")
        ics.clicked.connect(self.export_ics)
        row.addWidget(ics)
        return row

    # ----- content --------------------------------------------------------------------------
    def today(self) -> date:
        return self.services.practice_date or date.today()

    @property
    def loaded(self) -> bool:
        """True when the list shown is the file's as of today (nothing left to read)."""
        return (self._filled and not self._refresh_after_paint
                and not (self._loader is not None and self._loader.busy))

    @property
    def loader(self) -> ListLoader:
        if self._loader is None:
            from kuhina_desktop.ui.views.list_loading import ListLoader

            self._loader = ListLoader(self, self.loading_label, self._fill,
                                      self.services.data.opening_check)
        return self._loader

    def refresh(self) -> None:
        """Read the list again on a worker; the list shown stays until the new one comes.

        A read waits for the holiday calendar and for the file's opening check: a file found
        damaged is not read (the controller offers its newest intact copy instead).
        """
        if self.services.data.closed:
            return  # the window closed before the deferred refresh ran
        today, with_marked = self.today(), self.show_marked.isChecked()
        reader = self.services.due_list.reader()
        self.loader.load((today, with_marked, self.services.data.changes_since_open),
                         lambda: (today, _read_with_calendar(reader, today, with_marked)))

    def _fill(self, read) -> None:
        if self.services.data.closed:
            return  # closed while it was read
        from kuhina_desktop.ui.due_texts import group_title

        today, (groups, marked) = read
        practice = self.services.practice_date is not None
        self.as_of.setText((self.tr("Practice mode: as of %1") if practice else
                            self.tr("as of %1")).replace("%1", fmt.day(today)))
        self.as_of.setStyleSheet("color: #8a5a00; font-weight: bold;" if practice else
                                 "color: #555;")
        self.tree.clear()
        shown = [*(i for items in groups.values() for i in items), *(i for i, _m in marked)]
        self._starred = any(item.day_note for item in shown)  # a date marked * in the list
        for group, items in groups.items():
            self._add_group(group_title(group, len(items)), items, today, group)
        if marked:
            self._add_group(self.tr("Snoozed and done (%1)").replace("%1", str(len(marked))),
                            [item for item, _mark in marked], today, None)
        self.tree.expandAll()
        for column in (0, 1, 3):
            self.tree.resizeColumnToContents(column)
        self._select_first()
        self._show_day_note()
        self._filled = True

    def _show_day_note(self) -> None:
        current = self.tree.currentItem()
        note = current.toolTip(0) if current is not None else ""
        starred = self._starred
        if note:
            self.day_note.setText(f"* {note}")
        elif starred:
            self.day_note.setText(self.tr("* The date falls on a weekend or a public holiday; "
                                          "choose the row to see the next working day."))
        self.day_note.setVisible(bool(note or starred))

    def _add_group(self, title: str, items: list[DueItem], today: date,
                   group: DueGroup | None) -> None:
        from PySide6.QtCore import Qt

        from kuhina_desktop.domain.deadlines import DueGroup

        top = QTreeWidgetItem([title])
        font = QFont(top.font(0))
        font.setBold(True)
        top.setFont(0, font)
        top.setFirstColumnSpanned(True)
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if group == DueGroup.OVERDUE and items:
            top.setForeground(0, QBrush(RED))
        self.tree.addTopLevelItem(top)
        for item in items:
            top.addChild(self._row(item, today))

    def _row(self, item: DueItem, today: date) -> QTreeWidgetItem:
        from PySide6.QtCore import Qt

        from kuhina_desktop.domain.deadlines import DueKind, Severity
        from kuhina_desktop.ui.due_texts import day_note_text, what_to_do

        note = day_note_text(item.day_note)
        date_text = fmt.day(item.due_date) + (" *" if note else "")
        money = fmt.money(item.amount_cents) if item.amount_cents is not None else ""
        row = QTreeWidgetItem([date_text, item.subject_name, what_to_do(item, today), money])
        row.setData(0, ITEM_ROLE, item)
        row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if note:
            row.setToolTip(0, note)
        overdue = item.due_date < today
        if item.severity == Severity.CRITICAL or (overdue and item.kind ==
                                                  DueKind.PAYMENT_APPLICATION):
            for column in range(4):
                row.setForeground(column, QBrush(RED))
        return row

    def _select_first(self) -> None:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top.childCount():
                self.tree.setCurrentItem(top.child(0))
                return

    def selected_item(self) -> DueItem | None:
        current = self.tree.currentItem()
        return current.data(0, ITEM_ROLE) if current is not None else None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Read after the view has been painted once: at start-up the window appears first
        # and the list (which loads the holiday calendar and reads every deadline) right
        # after; coming back from a form, what was resolved disappears.
        self._refresh_after_paint = True
        if self._loader is not None:
            self._loader.shown()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._refresh_after_paint:
            self._refresh_after_paint = False
            self.refresh()

    # ----- actions --------------------------------------------------------------------------
    def open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_requested.emit(item)

    def snooze_selected(self) -> None:
        item = self.selected_item()
        if item is None or self.services.read_only:
            return
        from kuhina_desktop.ui.widgets.snooze_dialog import SnoozeDialog

        dialog = SnoozeDialog(self.today(), self)
        if not dialog.exec():
            return
        self._mark(item, lambda: self.services.due_list.snooze(item.key, dialog.until(),
                                                               self.today()))

    def done_selected(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        item = self.selected_item()
        if item is None or self.services.read_only:
            return
        note, ok = QInputDialog.getText(self, self.tr("Mark done"),
                                        self.tr("Note (optional), e.g. how it was handled:"))
        if ok:
            self._mark(item, lambda: self.services.due_list.mark_done(item.key, note))

    def _mark(self, item: DueItem, action) -> None:
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self, exc)
            return
        self._undo_key = item.key
        self.undo_note.setText(self.tr("Marked. Ctrl+Z undoes it."))
        self.refresh()

    def undo_last(self) -> None:
        if self._undo_key is None:
            return
        self.services.due_list.undo(self._undo_key)
        self._undo_key = None
        self.undo_note.setText(self.tr("Undone."))
        self.refresh()

    def restore_selected(self) -> None:
        item = self.selected_item()
        if item is not None and not self.services.read_only:
            self.services.due_list.undo(item.key)
            self.refresh()

    def print_list(self) -> None:
        from kuhina_desktop.ui.printing import print_report, report_options

        try:
            print_report(self, self.services, "due-list", report_options(self.services))
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self, exc)

    def export_ics(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export deadlines"),
                                              "kuhina-maaraajat.ics",
                                              self.tr("Calendar files (*.ics)"))
        if not path:
            return
        from kuhina_desktop.services.ics import calendar_text, write_calendar
        from kuhina_desktop.ui.due_texts import what_to_do

        items = self.services.due_list.items(self.today())
        name = self.services.association.get().name
        try:
            write_calendar(_with_suffix(path), calendar_text(
                items, lambda i: f"{what_to_do(i)} – {i.subject_name}".rstrip(" –"), name))
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self, exc)


def _load_calendar() -> None:
    """Load the holiday calendar on a worker: the library imports the calendars of every
    country it knows (a quarter of a second, the first time), which the window need not
    wait for."""
    from kuhina_desktop.domain.deadlines import holiday_name

    holiday_name(date.today())


def _read_with_calendar(reader, today: date, with_marked: bool):
    """On a worker (after the file's opening check, see ListLoader): the holiday calendar,
    then the list."""
    _load_calendar()
    return reader.read(today, with_marked)


def _with_suffix(path: str):
    from pathlib import Path

    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".ics" else chosen.with_suffix(".ics")
