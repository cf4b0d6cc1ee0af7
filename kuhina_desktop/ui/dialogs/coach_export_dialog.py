"""The job-coach export: choose the period and the file, see exactly what goes out, write it.

Before anything is written the dialog lists each person who goes out with the consent scopes
in force and the fields (as the column headers of the files say them), and each person left
out with only the reason (no consent, withdrawn, expired). What is listed is the snapshot that
is then written, on a worker thread, so the preview and the file cannot disagree.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.coach_export import (
    ALLOW_LIST,
    DataSet,
    LeftOut,
    PersonStatus,
    data_sets_of,
)
from kuhina_desktop.domain.employees import ConsentScope
from kuhina_desktop.domain.errors import KuhinaError, ValidationError, ValidationErrors
from kuhina_desktop.reports import coach_catalogue as words
from kuhina_desktop.services import Services
from kuhina_desktop.services.coach_export import CoachExport
from kuhina_desktop.ui.dialogs.form_dialog import run
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.models.employee_labels import CONSENT_SCOPES, label
from kuhina_desktop.ui.ops import run_in_background
from kuhina_desktop.ui.widgets.fields import DateField
from kuhina_desktop.ui.widgets.form_errors import FieldErrors


def open_coach_export(parent: QWidget | None, services: Services) -> None:
    """Open the export dialog (the Reports view has a button for it)."""
    run(CoachExportDialog(services, parent=parent))


def default_target(services: Services, today: date) -> Path:
    folder = services.path.parent if services.path else Path.home()
    stem = words.other_file_stem("workbook", services.coach_export.language())
    return folder / f"{stem}-{today.isoformat()}.zip"


class CoachExportDialog(QDialog):
    def __init__(self, services: Services, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today or date.today()
        self.service = services.coach_export
        self.export: CoachExport | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export for the job coach"))
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Only people whose consent is in force today go out, and only what their consent "
            "covers. Never the personal identity code, health data or notes. Check the lists "
            "below before writing."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.recipient_note = QLabel()
        self.recipient_note.setObjectName("recipient_note")
        self.recipient_note.setWordWrap(True)
        layout.addWidget(self.recipient_note)
        layout.addLayout(self._form())
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.people = _browser("people")
        layout.addWidget(self.people, 4)
        self.left_out_title = QLabel()
        layout.addWidget(self.left_out_title)
        self.left_out = _browser("left_out")
        self.left_out.setMinimumHeight(120)
        layout.addWidget(self.left_out, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addWidget(self._buttons())
        self.resize(1000, 660)
        self.refresh()

    # ----- building ---------------------------------------------------------------------------
    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.start = DateField("export_from")
        self.end = DateField("export_to")
        self.start.setPlaceholderText(self.tr("empty = from the start"))
        self.end.setPlaceholderText(self.tr("empty = no end"))
        for field, text in ((self.start, self.tr("Dated rows from")),
                            (self.end, self.tr("Dated rows until"))):
            field.setMaximumWidth(180)
            field.editingFinished.connect(self.refresh)
            self.errors.add_row(form, text, field, field.field)
        self.target = QLineEdit(str(default_target(self.services, self.today)))
        self.target.setObjectName("field_export_file")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        target = QWidget()
        row = QHBoxLayout(target)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        self.errors.add_row(form, self.tr("Save as"), target, "export_file", focus=self.target)
        return form

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = buttons.addButton(self.tr("&Write export"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setObjectName("write")
        self.write_button.setDefault(True)
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        return buttons

    # ----- the preview ------------------------------------------------------------------------
    def _period(self) -> tuple[date | None, date | None]:
        problems, days = [], []
        for field in (self.start, self.end):
            try:
                days.append(field.value())
            except ValidationError as exc:
                problems.append(exc)
                days.append(None)
        if problems:
            raise ValidationErrors(problems)
        return days[0], days[1]

    def refresh(self) -> bool:
        """Gather the export for the period and list it; False when the period is wrong."""
        self.errors.clear()
        try:
            self.export = self.service.prepare(self.today, *self._period())
        except KuhinaError as exc:
            for item in self.errors.show(exc):
                show_error(self, item)
            return False
        self._fill(self.export)
        return True

    def _fill(self, export: CoachExport) -> None:
        self.recipient_note.setText(self.tr(
            "Only consents given to “{recipient}” count. A consent given to anyone else (for "
            "example occupational health), or naming no recipient, never sends anything to the "
            "coach.").format(recipient=export.recipient))
        opportunities = len(export.sheet(DataSet.JOB_OPPORTUNITIES).rows)
        personal = export.row_count - opportunities
        self.summary.setText(self.tr(
            "{people} people go out with {rows} rows of data, and {jobs} open job "
            "opportunities (no personal data).").format(
                people=len(export.people), rows=personal, jobs=opportunities))
        self.people_rows = [(p.name, self._scopes(p), self._fields(p, export.language))
                            for p in export.people]
        self.people.setHtml(table_html(
            [self.tr("Person"), self.tr("Consent covers"),
             self.tr("Fields that go out, as headed in the files")],
            self.people_rows, self.tr("Nobody has a consent in force."), widths=(16, 26),
            bold_heads=2))
        self.left_out_title.setText(self.tr("Left out ({count}): nothing about them goes out")
                                    .format(count=len(export.left_out)))
        self.left_out_rows = [(p.name, self._reason(p)) for p in export.left_out]
        self.left_out.setHtml(table_html([self.tr("Person"), self.tr("Why left out")],
                                         self.left_out_rows, self.tr("Nobody."),
                                         widths=(36,)))

    def _scopes(self, person: PersonStatus) -> str:
        lines = [label(CONSENT_SCOPES, s) for s in ConsentScope if s in person.scopes]
        if person.recipients:  # so the treasurer can see the consents name this recipient
            lines.append(self.tr("Shared with: {recipients}").format(
                recipients=", ".join(person.recipients)))
        for scope, recipient in person.elsewhere:
            lines.append(self.tr("Not for the coach: {scope} (given to {recipient})").format(
                scope=label(CONSENT_SCOPES, scope), recipient=self._named(recipient)))
        return "\n".join(lines)

    def _named(self, recipient: str) -> str:
        return recipient or self.tr("no recipient named")

    @staticmethod
    def _fields(person: PersonStatus, language: str) -> str:
        """One line per data set: its sheet name and the headers of its columns."""
        return "\n".join(
            f"{words.sheet_title(data_set, language)}: "
            + ", ".join(words.headers(ALLOW_LIST[data_set], language))
            for data_set in data_sets_of(person.scopes))

    def _reason(self, person: PersonStatus) -> str:
        reason = person.left_out
        if reason == LeftOut.OTHER_RECIPIENT:
            given = ", ".join(dict.fromkeys(self._named(r) for _, r in person.elsewhere))
            return (self.tr("Consent given to someone else: {recipients}")
                    .format(recipients=given) if given
                    else self.tr("Consent given to someone else, none in force"))
        return {LeftOut.NO_CONSENT: self.tr("No consent"),
                LeftOut.WITHDRAWN: self.tr("Consent withdrawn"),
                LeftOut.EXPIRED: self.tr("Consent expired"),
                LeftOut.NOT_YET_VALID: self.tr("Consent not yet in force")}.get(reason, "")

    # ----- writing ----------------------------------------------------------------------------
    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the export as"),
                                                self.target.text(), self.tr("Zip files (*.zip)"))
        if chosen:
            self.target.setText(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")

    def ask_overwrite(self, path: Path) -> bool:
        """A separate method so tests can answer it."""
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("{path} already exists. Replace it with this export?").format(path=path))
        return answer == QMessageBox.StandardButton.Yes

    def _checked_target(self) -> Path | None:
        from kuhina_desktop.services.coach_export_files import check_target

        text = self.target.text().strip()
        try:
            if not text:
                raise ValidationError("no target", code="export_target_missing",
                                      field="export_file")
            path = Path(text)
            return check_target(path if path.suffix else path.with_suffix(".zip"))
        except KuhinaError as exc:
            exc.field = "export_file"
            self.errors.show(exc)
            return None

    def write(self) -> None:
        """Refresh the lists, then write exactly what they show, off the GUI thread."""
        from kuhina_desktop.services.coach_export_files import write_coach_export

        if not self.refresh():
            return
        path = self._checked_target()
        if path is None or (path.exists() and not self.ask_overwrite(path)):
            return
        self.target.setText(str(path))
        export = self.export
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Writing…"))
        run_in_background(self, lambda: write_coach_export(export, path), self._written,
                          self._failed)

    def _written(self, written) -> None:
        self.written = written.path
        self.write_button.setEnabled(True)
        self.status.setText(self.tr("Saved {path}: {people} people, {files} files.").format(
            path=written.path, people=written.people, files=len(written.files)))

    def _failed(self, error: BaseException) -> None:
        self.write_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was saved."))
        show_error(self, error)


def _browser(name: str) -> QTextBrowser:
    # Rich text rather than a table widget: long field lists wrap to the width they are given
    # and are never cut off, whatever the window size.
    view = QTextBrowser()
    view.setObjectName(name)
    view.setOpenLinks(False)
    return view


_TABLE = '<table width="100%" cellspacing="0" cellpadding="4">'


def _lines_html(text: str, bold_heads: bool) -> str:
    """Escaped text, a line per line; with ``bold_heads`` the "Sheet:" that starts a line is
    set in bold so each data set's fields stand apart."""
    lines = []
    for line in text.split("\n"):
        head, sep, rest = line.partition(": ")
        lines.append(f"<b>{escape(head)}:</b> {escape(rest)}" if bold_heads and sep
                     else escape(line))
    return "<br>".join(lines)


def table_html(headers: list[str], rows: list[tuple[str, ...]], empty: str,
               widths: tuple[int, ...] = (), bold_heads: int | None = None) -> str:
    """An HTML table of plain texts (escaped); striped rows, column widths in per cent."""
    if not rows:
        return f"<p><i>{escape(empty)}</i></p>"

    def width(index: int) -> str:
        return f' width="{widths[index]}%"' if index < len(widths) else ""

    head = "".join(f'<th align="left"{width(i)}>{escape(h)}</th>' for i, h in enumerate(headers))
    body = []
    for number, row in enumerate(rows):
        shade = ' bgcolor="#eef1f4"' if number % 2 else ""
        cells = "".join(f'<td valign="top">{_lines_html(v, i == bold_heads)}</td>'
                        for i, v in enumerate(row))
        body.append(f"<tr{shade}>{cells}</tr>")
    return f"{_TABLE}<tr>{head}</tr>{''.join(body)}</table>"
