"""Tuonti: a payroll export (CSV or xlsx) → a checked preview → all rows saved, or none.

Reading, checking, the backup copy and saving run off the GUI thread (services.import_job)
behind a busy bar; the column mapping is guessed from the headers and can be changed (and
saved for next month's file). Import is possible only when no row is rejected.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.domain.wage_import import (
    IMPORT_FIELDS,
    RawTable,
    guess_mapping,
    mapping_from_preset,
    mapping_to_preset,
)
from kuhina_desktop.domain.wage_import_rows import ImportPreview
from kuhina_desktop.quiet_gc import collector_paused
from kuhina_desktop.services import Services
from kuhina_desktop.services.import_job import (
    ImportOutcome,
    check_import,
    finish_import,
    run_import,
)
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.models.wage_tables import ImportRowsModel, ProblemsModel
from kuhina_desktop.ui.ops import run_in_background
from kuhina_desktop.ui.views.wages_common import describe, item_label

PAIRS_PER_ROW = 4
NOT_MAPPED = -1
RESIZE_SAMPLE_ROWS = 50


class WageImportPage(QWidget):
    imported = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.path: Path | None = None
        self.table: RawTable | None = None
        self.preview: ImportPreview | None = None
        self.busy = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._preview_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        layout.addLayout(self._busy_row())

    # ----- building -------------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "<p>Import the month's wage figures from the payroll service (for example "
            "Palkka.fi's wage report saved as CSV or Excel). The program recognises the "
            "columns by their names; you can change the choice before anything is saved.</p>"
            "<p>Nothing is saved until every row of the file is in order. Months whose "
            "payment application has been sent are never changed by an import.</p>"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName("choose_import_file")
        self.choose_button.clicked.connect(self.choose_file)
        self.choose_button.setEnabled(not self.services.read_only)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.file_error = QLabel()
        self.file_error.setObjectName("import_file_error")
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet("color: #a4161a;")
        layout.addWidget(self.file_error)
        self.done_label = QLabel()
        self.done_label.setObjectName("import_done")
        self.done_label.setWordWrap(True)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        return page

    def _busy_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(9, 0, 9, 9)  # in line with the pages' own margins
        self.busy_label = QLabel()
        self.busy_label.setObjectName("import_busy")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no steps to count: a moving bar says "working"
        self.busy_bar.setMaximumWidth(200)
        row.addWidget(self.busy_label, 1)
        row.addWidget(self.busy_bar)
        self._set_busy("")
        return row

    def _set_busy(self, text: str) -> None:
        """Working in the background: the page is disabled so nothing starts twice."""
        self.busy = bool(text)
        self.pages.setEnabled(not self.busy)
        self.busy_label.setText(text)
        self.busy_label.setVisible(self.busy)
        self.busy_bar.setVisible(self.busy)

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.file_label = QLabel()
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Saved mapping")))
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("import_preset")
        self.preset_combo.activated.connect(self._preset_chosen)
        top.addWidget(self.preset_combo)
        layout.addLayout(top)
        self.mapping_box = QWidget()
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.mapping_grid.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        for i, name in enumerate(IMPORT_FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.activated.connect(self._mapping_changed)
            self.combos[name] = combo
            label = QLabel(item_label(name))
            label.setBuddy(combo)
            row, column = divmod(i, PAIRS_PER_ROW)
            self.mapping_grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignRight)
            self.mapping_grid.addWidget(combo, row, column * 2 + 1)
        layout.addWidget(self.mapping_box)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._result_tabs(), 1)
        layout.addLayout(self._preview_buttons())
        return page

    def _result_tabs(self) -> QWidget:
        self.rows_model = ImportRowsModel(self)
        self.problems_model = ProblemsModel(self)
        self.results = QTabWidget()
        self.rows_view = _table(self.rows_model, "import_rows")
        self.problems_view = _table(self.problems_model, "import_problems")
        self.problems_view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.results.addTab(self.problems_view, "")
        self.results.addTab(self.rows_view, "")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.results)
        return splitter

    def _preview_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        back = QPushButton(self.tr("Choose another file"))
        back.clicked.connect(self.choose_file)
        row.addWidget(back)
        again = QPushButton(self.tr("Read the file again"))
        again.setObjectName("reread_import_file")
        again.setToolTip(self.tr("After fixing the file, read it again with the same columns"))
        again.clicked.connect(self.reread)
        row.addWidget(again)
        save_preset = QPushButton(self.tr("Save mapping…"))
        save_preset.setObjectName("save_import_preset")
        save_preset.clicked.connect(self.save_preset)
        row.addWidget(save_preset)
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reset)
        row.addWidget(cancel)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_rows_button")
        self.import_button.clicked.connect(self.do_import)
        row.addWidget(self.import_button)
        return row

    # ----- flow -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the payroll file"), str(Path.home()),
            self.tr("Payroll files (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Read the file (off the GUI thread) and show the preview."""
        self.file_error.setText("")
        self.done_label.setText("")
        self._set_busy(self.tr("Reading the file…"))

        def read() -> RawTable:
            return self.services.wages.read_file(path.read_bytes())

        run_in_background(self, collector_paused(read), lambda table: self._file_read(path, table),
                          self._file_failed)

    def reread(self) -> None:
        if self.path is not None:
            self.open_file(self.path)

    def _file_failed(self, error: BaseException) -> None:
        self._set_busy("")
        self.pages.setCurrentIndex(0)
        if isinstance(error, KuhinaError):
            self.file_error.setText(describe(error))
        elif isinstance(error, OSError):
            self.file_error.setText(self.tr("The file cannot be opened: %1")
                                    .replace("%1", error.strerror or str(error)))
        else:
            show_error(self, error)

    def _file_read(self, path: Path, table: RawTable) -> None:
        same = self.table is not None and path == self.path and table.headers == self.table.headers
        kept = self.mapping() if same else None  # read again: keep the columns chosen
        self.path, self.table = path, table
        preset = "" if same else self._matching_preset(table)
        if not same:
            self._fill_presets()
        if kept is not None:
            self._set_mapping(kept)
        else:
            self._set_mapping(mapping_from_preset(self.services.wages.presets()[preset],
                                                  table.headers) if preset else
                              guess_mapping(table.headers))
        if preset:
            self.preset_combo.setCurrentIndex(self.preset_combo.findText(preset))
        kind = "Excel" if table.kind == "xlsx" else "CSV"  # the encoding is no user's concern
        self.file_label.setText(self.tr("<b>%1</b> (%2), header on row %3")
                                .replace("%1", path.name).replace("%2", kind)
                                .replace("%3", str(table.header_row)))
        self.pages.setCurrentIndex(1)
        self.recheck()

    def _fill_presets(self) -> None:
        self.preset_combo.clear()
        self.preset_combo.addItem(self.tr("(guess from the headers)"), "")
        for name in self.services.wages.presets():
            self.preset_combo.addItem(name, name)

    def _matching_preset(self, table: RawTable) -> str:
        """A saved mapping whose every column is in this file: next month's file maps itself."""
        for name, preset in self.services.wages.presets().items():
            if preset and len(mapping_from_preset(preset, table.headers)) == len(preset):
                return name
        return ""

    def _set_mapping(self, mapping: dict[str, int]) -> None:
        assert self.table is not None
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), NOT_MAPPED)
            for column, header in enumerate(self.table.headers):
                combo.addItem(f"{header}" if header else self.tr("column %1")
                              .replace("%1", str(column + 1)), column)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(name, NOT_MAPPED))))

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items()
                if combo.currentData() is not None and combo.currentData() != NOT_MAPPED}

    def _preset_chosen(self) -> None:
        name = self.preset_combo.currentData()
        if self.table is None:
            return
        preset = self.services.wages.presets().get(name) if name else None
        self._set_mapping(mapping_from_preset(preset, self.table.headers) if preset
                          else guess_mapping(self.table.headers))
        self.recheck()

    def _mapping_changed(self) -> None:
        self.recheck()

    def recheck(self) -> None:
        """Check every row again with the current mapping, off the GUI thread."""
        if self.table is None:
            return
        table, mapping, data = self.table, self.mapping(), self.services.data
        self._set_busy(self.tr("Checking the rows…"))
        self.import_button.setEnabled(False)
        run_in_background(self, collector_paused(lambda: check_import(data, table, mapping)),
                          self._show_preview, self._file_failed)

    def _show_preview(self, preview: ImportPreview) -> None:
        self._set_busy("")
        self.preview = preview
        self.rows_model.set_rows(preview.rows)
        self.problems_model.set_rows(preview.problems)
        self.results.setTabText(0, self.tr("Rejected rows (%1)")
                                .replace("%1", str(preview.rejected_rows)))
        self.results.setTabText(1, self.tr("Rows to import (%1)")
                                .replace("%1", str(len(preview.rows))))
        self.results.setCurrentIndex(0 if preview.problems else 1)
        for view in (self.rows_view, self.problems_view):
            view.resizeColumnsToContents()
        replaces = sum(1 for r in preview.rows if r.replaces)
        if preview.clean:
            text = self.tr("All %1 rows are in order.").replace("%1", str(len(preview.rows)))
            if replaces:
                text += " " + self.tr("%1 of them replace figures saved earlier.").replace(
                    "%1", str(replaces))
        else:
            text = self.tr("Nothing can be imported until every row is in order: fix the "
                           "rows listed below in the file (or change the columns above) and "
                           "read the file again.")
        self.summary.setText(text)
        self.import_button.setText(self.tr("Import %1 rows").replace("%1", str(len(preview.rows))))
        self.import_button.setEnabled(preview.clean and not self.services.read_only)

    def do_import(self) -> None:
        """Backup copy, then all rows in one transaction, in the background; all or nothing."""
        if self.preview is None or not self.preview.clean or self.busy:
            return
        try:
            plan = self.services.backups.plan_before("wage_import")
        except KuhinaError as exc:
            show_error(self, exc)
            return
        preview, data = self.preview, self.services.data
        self._set_busy(self.tr("Making a backup copy and importing %1 rows…")
                       .replace("%1", fmt.decimal(Decimal(len(preview.rows)), 0)))
        run_in_background(self, collector_paused(lambda: run_import(data, preview, plan)),
                          lambda outcome: self._imported(plan, outcome), self._import_failed)

    def _imported(self, plan, outcome: ImportOutcome) -> None:
        self._set_busy("")
        finish_import(self.services, plan, outcome)
        name = self.path.name if self.path else ""
        self.reset()
        self.done_label.setText(self.tr("Imported %1 wage months from %2.")
                                .replace("%1", str(outcome.rows)).replace("%2", name))
        self.imported.emit(outcome.rows)

    def _import_failed(self, error: BaseException) -> None:
        self._set_busy("")
        show_error(self, error)
        if isinstance(error, KuhinaError):
            self.recheck()  # the file changed under the preview: show what is wrong now

    def save_preset(self) -> None:
        if self.table is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save the mapping"),
                                        self.tr("Name of the mapping (e.g. Palkka.fi)"),
                                        text=self.preset_combo.currentData() or "")
        if not ok:
            return
        try:
            self.services.wages.save_preset(name, mapping_to_preset(self.mapping(),
                                                                    self.table.headers))
        except KuhinaError as exc:
            show_error(self, exc)
            return
        self._fill_presets()
        self.preset_combo.setCurrentIndex(self.preset_combo.findText(" ".join(name.split())))

    def reset(self) -> None:
        self.table = self.preview = None
        self.path = None
        self.rows_model.set_rows([])
        self.problems_model.set_rows([])
        self.pages.setCurrentIndex(0)


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    # Column widths from the first rows only: measuring all 10,000 rows of a big payroll
    # file (each formatting its money) blocked the window for seconds.
    view.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
    return view
