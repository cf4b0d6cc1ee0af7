"""The decision's PDF in the form: attach (kept until Save), open in the PDF viewer, remove."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.services.decision_files import read_pdf
from kuhina_desktop.services.decisions import DecisionsService
from kuhina_desktop.ui.errors import show_error


class DecisionPdf(QWidget):
    changed = Signal()

    def __init__(self, decisions: DecisionsService, decision_id: int | None,
                 stored_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._decisions = decisions
        self._decision_id = decision_id
        self._stored_name = stored_name
        self.pending: Path | None = None
        self.remove_stored = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.name = QLabel(objectName="attachment_name")
        row.addWidget(self.name, 1)
        self.attach_button = QPushButton(self.tr("&Attach PDF…"), objectName="attach_pdf")
        self.open_button = QPushButton(self.tr("&Open"), objectName="open_pdf")
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="remove_pdf")
        for button, slot in ((self.attach_button, self.choose), (self.open_button, self.open),
                             (self.remove_button, self.remove)):
            button.clicked.connect(slot)
            row.addWidget(button)
        self._refresh()

    def _refresh(self) -> None:
        if self.pending is not None:
            text = self.tr("%1 (saved with the decision)").replace("%1", self.pending.name)
        elif self._stored_name and not self.remove_stored:
            text = self._stored_name
        else:
            text = self.tr("No PDF attached.")
        self.name.setText(text)
        has_file = self.pending is not None or (bool(self._stored_name) and not self.remove_stored)
        self.open_button.setEnabled(has_file)
        self.remove_button.setEnabled(has_file)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach the decision PDF"), "",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Check the file now, so a wrong file is refused before the person saves."""
        try:
            read_pdf(path)
        except KuhinaError as error:
            show_error(self, error)
            return
        self.pending = path
        self._refresh()
        self.changed.emit()

    def remove(self) -> None:
        if self.pending is not None:
            self.pending = None
        else:
            self.remove_stored = True
        self._refresh()
        self.changed.emit()

    def open(self) -> None:
        if self.pending is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pending)))
            return
        stored = self._decisions.files.get(self._decision_id) if self._decision_id else None
        if stored is None:
            return
        # The viewer needs a real file; a private temporary folder keeps the name readable.
        folder = Path(tempfile.mkdtemp(prefix="kuhina-pdf-"))
        target = folder / Path(stored.filename).name
        target.write_bytes(stored.data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
