"""First-run wizard: the association's details and where to keep its file.

Nothing is written until the last page is accepted; then the file is created and the details
saved in one go, and a failure leaves no file behind.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kuhina_desktop import appdirs
from kuhina_desktop.domain.association import Association, validate_association
from kuhina_desktop.domain.errors import KuhinaError, ValidationErrors
from kuhina_desktop.storage.database import FILE_SUFFIX, check_new_path
from kuhina_desktop.ui.errors import user_message
from kuhina_desktop.ui.widgets.association_form import AssociationForm


class _FormPage(QWizardPage):
    def __init__(self, title: str, subtitle: str, fields: tuple[str, ...], with_language: bool):
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = AssociationForm(self, fields=fields, with_language=with_language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard: NewFileWizard = self.wizard()  # type: ignore[assignment]
        try:
            validate_association(wizard.association())
        except ValidationErrors as errors:
            mine = [e for e in errors.errors if e.field in self.form.edits]
            if mine:
                self.form.show_errors(ValidationErrors(mine))
                return False
        self.form.clear_errors()
        return True


class _LocationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where to keep the file"))
        self.setSubTitle(self.tr("All the association's data is kept in this one file. Keep it "
                                 "in a folder that is backed up; the program also makes its "
                                 "own backup copies."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("field_path")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File")))
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if not self.path_edit.text():
            wizard: NewFileWizard = self.wizard()  # type: ignore[assignment]
            name = _file_name_for(wizard.association().name)
            self.path_edit.setText(str(appdirs.documents_dir() / name))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("New association file"), self.path_edit.text(),
            self.tr("Kuhina files (*.kuhina)"))
        if chosen:
            self.path_edit.setText(chosen)

    def chosen_path(self) -> Path:
        path = Path(self.path_edit.text().strip())
        with contextlib.suppress(RuntimeError):  # "~someone" of no known user: as written
            path = path.expanduser()
        return path if path.suffix == FILE_SUFFIX else path.with_name(path.name + FILE_SUFFIX)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """The place is checked as the file will be created (storage.check_new_path): any
        refusal is said under the field, and nothing is created yet."""
        if not self.path_edit.text().strip():
            self.error.setText(self.tr("Choose where to save the file."))
            return False
        try:
            check_new_path(self.chosen_path())
        except KuhinaError as exc:
            self.error.setText(user_message(exc))
            return False
        self.error.clear()
        return True


# Characters of the association's name kept in the suggested file name: a name has no length
# limit of its own, a file name has (storage.database.FILE_NAME_MAX).
DEFAULT_STEM_MAX = 60


def _file_name_for(name: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip()
    stem = re.sub(r"\s+", " ", stem)
    if len(stem) > DEFAULT_STEM_MAX:
        cut = stem[:DEFAULT_STEM_MAX + 1]
        # at the last whole word, when there is one
        stem = (cut.rsplit(" ", 1)[0] if " " in cut else cut[:DEFAULT_STEM_MAX]).strip()
    return (stem or "yhdistys") + FILE_SUFFIX


class NewFileWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewFileWizard")
        self.setWindowTitle(self.tr("New association file"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.basic = _FormPage(self.tr("The association"),
                               self.tr("The name and Y-tunnus are printed on every report."),
                               ("name", "business_id", "register_number"), False)
        self.contact = _FormPage(self.tr("Address and contact"),
                                 self.tr("These can be changed later in Settings."),
                                 ("street", "postal_code", "city", "iban", "contact_name",
                                  "contact_email", "contact_phone"), True)
        self.location = _LocationPage()
        for page in (self.basic, self.contact, self.location):
            self.addPage(page)
        self.resize(640, 520)

    def association(self) -> Association:
        values = self.basic.form.association()
        contact = self.contact.form.association()
        merged = {**contact._asdict(), **{k: getattr(values, k) for k in self.basic.form.edits}}
        return Association(**merged)

    def chosen_path(self) -> Path:
        return self.location.chosen_path()
