"""The PDF of a support decision, kept inside the data file (table ``attachments``).

The file travels with the association's data (backups, a move to another PC) and is never lost
because a folder was renamed. It is read and checked completely before anything is written: a
file that is too big, empty, unreadable or not a PDF changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.funding import DecisionRecord
from kuhina_desktop.storage import decision_inputs, decisions_repo, protection
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile
from kuhina_desktop.storage.decision_inputs import StoredFile

if TYPE_CHECKING:  # the handle of the write transaction (typing only)
    from kuhina_desktop.storage.database import Database

# A scanned decision of a few pages is well under 5 MB; the limit keeps the data file (and
# every backup of it) small enough for a USB stick and an e-mail.
MAX_PDF_BYTES = 20 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
FILENAME_MAX = 200


def read_pdf(path: Path) -> bytes:
    """The file's bytes, or ValidationError (field ``attachment``) saying what is wrong."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError("unreadable", code="dec_pdf_unreadable", field="attachment",
                              path=str(path), reason=exc.strerror or str(exc)) from exc
    if size > MAX_PDF_BYTES:
        raise ValidationError("too big", code="dec_pdf_too_big", field="attachment",
                              path=str(path), size_mb=_megabytes(size),
                              limit_mb=_megabytes(MAX_PDF_BYTES))
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ValidationError("unreadable", code="dec_pdf_unreadable", field="attachment",
                              path=str(path), reason=exc.strerror or str(exc)) from exc
    check_pdf(content, str(path))
    return content


def check_pdf(content: bytes, name: str) -> None:
    if len(content) > MAX_PDF_BYTES:
        raise ValidationError("too big", code="dec_pdf_too_big", field="attachment", path=name,
                              size_mb=_megabytes(len(content)),
                              limit_mb=_megabytes(MAX_PDF_BYTES))
    # A PDF starts with "%PDF-" (a few writers put junk before it, allowed up to 1 KB).
    if PDF_MAGIC not in content[:1024]:
        raise ValidationError("not a pdf", code="dec_pdf_not_pdf", field="attachment",
                              path=name)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


class DecisionFiles:
    def __init__(self, data: DataFile) -> None:
        self._data = data

    def get(self, decision_id: int) -> StoredFile | None:
        record = decisions_repo.get_decision(self._data, decision_id)
        if record is None or record.attachment_id is None:
            return None
        return decision_inputs.get_file(self._data, record.attachment_id)

    def attach(self, decision_id: int, path: Path) -> int:
        """Attach (or replace) the decision's PDF in one transaction; returns the file's id."""
        return self.attach_content(decision_id, path.name, read_pdf(path))

    def attach_content(self, decision_id: int, filename: str, content: bytes) -> int:
        record = self._existing(decision_id)
        check_pdf(content, filename)
        with self._data.write() as db:
            return self.store(db, record, filename, content)

    def remove(self, decision_id: int) -> None:
        record = self._existing(decision_id)
        if record.attachment_id is None:
            return
        with self._data.write() as db:
            self.drop(db, record)

    def drop(self, db: Database, record: DecisionRecord) -> None:
        """Inside the caller's transaction: delete the decision's file, if it has one."""
        if record.id is None or record.attachment_id is None:
            return
        decision_inputs.set_decision_file(db, record.id, None)
        decision_inputs.delete_file(db, record.attachment_id)
        record_change(db, "attachments", record.attachment_id, "delete", ["data"])
        record_change(db, "decisions", record.id, "update", ["attachment"])

    def store(self, db: Database, record: DecisionRecord, filename: str, content: bytes) -> int:
        """Inside the caller's transaction: insert the file, point the decision at it and drop
        the file it replaces."""
        assert record.id is not None
        new_id = decision_inputs.insert_file(db, filename[-FILENAME_MAX:], content,
                                             cipher=protection.cipher_of(self._data))
        decision_inputs.set_decision_file(db, record.id, new_id)
        record_change(db, "attachments", new_id, "insert", ["filename", "data"])
        if record.attachment_id is not None:
            decision_inputs.delete_file(db, record.attachment_id)
            record_change(db, "attachments", record.attachment_id, "delete", ["data"])
        record_change(db, "decisions", record.id, "update", ["attachment"])
        return new_id

    def _existing(self, decision_id: int) -> DecisionRecord:
        record = decisions_repo.get_decision(self._data, decision_id)
        if record is None:
            raise ValidationError("no such decision", code="dec_not_found", field="id",
                                  id=decision_id)
        return record
