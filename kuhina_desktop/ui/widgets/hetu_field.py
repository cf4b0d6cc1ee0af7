"""The henkilötunnus field: the one place the full code may be on screen (the Reveal view).

Three modes. *Entry* for a new person: the treasurer types the code. *Masked* for a saved
person: ``DDMMYY-****``, read-only, with a Reveal button. *Revealed* after Reveal: the service
has written an audit row and handed over the code, which is shown and may be corrected. The
birth date derived from the code is shown beside it in every mode.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from kuhina_desktop.domain import finnish_ids
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.ui import format as fmt

ENTRY, MASKED, REVEALED = "entry", "masked", "revealed"


class HetuField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = ENTRY
        self._reveal: Callable[[], str | None] | None = None
        self._birth: date | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("field_hetu")
        self.edit.setPlaceholderText("DDMMYYCNNNT")
        self.edit.setMaxLength(20)
        self.edit.textEdited.connect(self._typed)
        self.reveal_button = QPushButton(self.tr("&Reveal"))
        self.reveal_button.setObjectName("reveal_hetu")
        self.reveal_button.setToolTip(self.tr(
            "Shows the whole code. Who revealed whose code, and when, is recorded in the "
            "audit trail."))
        self.reveal_button.clicked.connect(self.reveal)
        self.birth_label = QLabel()
        self.birth_label.setObjectName("birth_date")
        row.addWidget(self.edit, 1)
        row.addWidget(self.reveal_button)
        row.addSpacing(12)
        row.addWidget(self.birth_label)
        self.set_entry()

    # ----- modes ------------------------------------------------------------------------------
    def set_entry(self) -> None:
        self.mode = ENTRY
        self._reveal = None
        self.edit.setReadOnly(False)
        self.edit.clear()
        self.reveal_button.hide()
        self._show_birth(None)

    def set_masked(self, masked: str, birth: date | None,
                   reveal: Callable[[], str | None]) -> None:
        self.mode = MASKED
        self._reveal = reveal
        self.edit.setText(masked)  # setText also clears the undo history of a revealed code
        self.edit.setReadOnly(True)
        self.reveal_button.show()
        self.reveal_button.setEnabled(True)
        self._show_birth(birth)

    def reveal(self) -> None:
        """Ask the service for the code (it audits the request) and show it for editing."""
        if self.mode != MASKED or self._reveal is None:
            return
        code = self._reveal()  # None when the reveal could not be recorded: nothing is shown
        if code is None:
            return
        self.mode = REVEALED
        self.edit.setText(code)
        self.edit.setReadOnly(False)
        self.reveal_button.setEnabled(False)

    # ----- value ------------------------------------------------------------------------------
    def value(self) -> str | None:
        """The typed or revealed code; None while masked (meaning: keep the stored code)."""
        return None if self.mode == MASKED else self.edit.text()

    def birth_date(self) -> date | None:
        return self._birth

    def _typed(self, text: str) -> None:
        try:
            birth = finnish_ids.birth_date_from_hetu(text)
        except ValidationError:
            birth = None
        self._show_birth(birth)
        self.changed.emit()

    def _show_birth(self, birth: date | None) -> None:
        self._birth = birth
        text = self.tr("Born %1").replace("%1", fmt.day(birth)) if birth else ""
        self.birth_label.setText(text)
