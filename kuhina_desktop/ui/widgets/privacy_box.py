"""Settings → Change history, and Settings → Privacy (access request, erasure, retention review)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop import appdirs
from kuhina_desktop.services import Services
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.audit_history import ChangeHistoryDialog
from kuhina_desktop.ui.dialogs.privacy_erase import EraseDialog, PersonPickerDialog, report_text
from kuhina_desktop.ui.dialogs.privacy_review import RetentionReviewDialog
from kuhina_desktop.ui.errors import show_error


def export_access_request(services: Services, person: int, pdf: Path,
                          include_health: bool) -> tuple[Path, Path]:
    """The same content twice: a PDF to read and a JSON beside it (GDPR Art. 15 and 20)."""
    from kuhina_desktop.reports.builders.access_request import build_from
    from kuhina_desktop.reports.pdf import render_pdf
    from kuhina_desktop.services.access import export_json

    pdf = pdf.with_suffix(".pdf")
    report = services.privacy.access_report(person, include_health)
    language = services.association.get().document_language
    json_path = export_json(report, pdf.with_suffix(".json"))
    render_pdf(build_from(report, language, date.today()), pdf)
    return pdf, json_path


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class ChangeHistoryBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Change history"))
        self.setObjectName("ChangeHistoryBox")
        self.services = services
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Every change is recorded: when, by which computer user, in what and which fields "
            "– never the values themselves. The record is chained so that a change made with "
            "another tool shows."))
        text.setWordWrap(True)
        layout.addWidget(text)
        button = QPushButton(self.tr("Show change history…"))
        button.setObjectName("show_change_history")
        button.clicked.connect(self.show_history)
        layout.addLayout(_row(button))

    def show_history(self) -> None:
        ChangeHistoryDialog(self.services, parent=self).exec()


class PrivacyBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Privacy"))
        self.setObjectName("PrivacyBox")
        self.services = services
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "The rights of the people in this file: a copy of their data on request, erasure "
            "of what need not be kept, and the yearly review of retention times."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.include_health = QCheckBox(self.tr(
            "Include health-related data in the export (only when the person asks for it)"))
        self.include_health.setObjectName("include_health")
        layout.addWidget(self.include_health)
        self.health_note = QLabel(self.tr(
            "Only a named health-data handler may include health-related data. The handlers "
            "are named in the employees view under “Health-data handlers”."))
        self.health_note.setObjectName("health_note")
        self.health_note.setWordWrap(True)
        layout.addWidget(self.health_note)
        access = QPushButton(self.tr("Export a person's data…"))
        access.setObjectName("access_request")
        access.clicked.connect(self.access_request)
        self.erase_button = QPushButton(self.tr("Erase a person…"))
        self.erase_button.setObjectName("erase_person")
        self.erase_button.clicked.connect(self.erase_person)
        self.erase_button.setEnabled(not services.read_only)
        review = QPushButton(self.tr("Retention review…"))
        review.setObjectName("retention_review")
        review.clicked.connect(self.review)
        layout.addLayout(_row(access, self.erase_button, review))
        self.review_label = QLabel()
        self.review_label.setObjectName("review_label")
        layout.addWidget(self.review_label)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.refresh()  # the handlers may have been changed in the employees view meanwhile
        super().showEvent(event)

    def refresh(self) -> None:
        handler = self.services.privacy.can_see_health()
        self.include_health.setEnabled(handler)
        if not handler:
            self.include_health.setChecked(False)
        self.health_note.setVisible(not handler)
        last = self.services.privacy.last_reviewed()
        self.review_label.setText(
            self.tr("Last retention review: %1").replace("%1", fmt.day(last)) if last
            else self.tr("The retention review has not been done yet."))

    def _pick(self, title: str) -> int | None:
        dialog = PersonPickerDialog(self.services, title, self)
        return dialog.chosen if dialog.exec() else None

    def access_request(self) -> None:
        person = self._pick(self.tr("Whose data to export?"))
        if person is None:
            return
        row = self.services.privacy.person(person)
        suggestion = appdirs.documents_dir() / (
            f"tietopyynto-{row['last_name']}-{date.today().isoformat()}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the data export"),
                                                str(suggestion), self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        try:
            written = export_access_request(self.services, person, Path(chosen),
                                            self.include_health.isChecked())
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Data exported"), self.tr(
            "The data was saved to %1 (readable) and %2 (machine-readable). Deliver them to "
            "the person securely, for example in person or as an encrypted attachment.")
            .replace("%1", str(written[0])).replace("%2", str(written[1])))

    def erase_person(self) -> None:
        person = self._pick(self.tr("Whose data to erase?"))
        if person is None:
            return
        dialog = EraseDialog(self.services, person, self)
        if dialog.exec() and dialog.report is not None:
            QMessageBox.information(self, self.tr("Erased"), report_text(dialog.report))

    def review(self) -> None:
        RetentionReviewDialog(self.services, self).exec()
        self.refresh()
