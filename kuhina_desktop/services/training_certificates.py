"""Writing certificates, with an optional scanned copy kept in the attachments table.

A copy is kept only when the association needs one (data minimisation), so the scan is
optional, limited in size and type, and removed together with its certificate.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.training import Certificate
from kuhina_desktop.domain.training_checks import validate_certificate
from kuhina_desktop.services.training_common import changed_fields, not_found
from kuhina_desktop.storage import protection
from kuhina_desktop.storage import training_repo as repo
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile

SCAN_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
              ".png": "image/png"}
SCAN_MAX_BYTES = 10 * 1024 * 1024


def read_scan(path: Path) -> tuple[str, str, bytes]:
    """(file name, MIME type, bytes) of a scanned copy, or a ValidationError naming the file."""
    mime = SCAN_TYPES.get(path.suffix.lower())
    if mime is None:
        raise ValidationError("scan type", code="tr_scan_type", field="certificate_scan",
                              file=path.name)
    try:
        size = path.stat().st_size
        if size > SCAN_MAX_BYTES:
            raise ValidationError("scan size", code="tr_scan_too_big", field="certificate_scan",
                                  file=path.name, max_mb=SCAN_MAX_BYTES // (1024 * 1024))
        return path.name, mime, path.read_bytes()
    except OSError as exc:
        raise ValidationError("scan unreadable", code="tr_scan_unreadable",
                              field="certificate_scan",
                              file=path.name, detail=exc.strerror or str(exc)) from exc


class CertificateWrites:
    """Mixin of TrainingService: the certificate writes."""

    _data: DataFile
    _today: Callable[[], date]

    def save_certificate(self, certificate: Certificate, *, scan: Path | None = None,
                         remove_scan: bool = False) -> Certificate:
        """Insert or update a certificate; ``scan`` replaces the copy, ``remove_scan`` drops it."""
        clean = validate_certificate(certificate, self._today())
        problems = []
        if repo.certificate_type(self._data, clean.type_id) is None:
            problems.append(ValidationError("type", code="choice", field="certificate_type_id"))
        if not any(e.id == clean.employee_id for e in repo.employees(self._data)):
            problems.append(ValidationError("employee", code="choice",
                                            field="certificate_employee_id"))
        if problems:
            raise ValidationErrors(problems)
        scan_file = read_scan(scan) if scan is not None else None  # before writing anything
        before = None if clean.id is None else repo.certificate(self._data, clean.id)
        if clean.id is not None and before is None:
            not_found("certificates")
        with self._data.write() as db:
            clean = self._write_certificate(db, clean, before, scan_file, remove_scan)
        return clean

    def _write_certificate(self, db, clean: Certificate, before: Certificate | None,
                           scan_file: tuple[str, str, bytes] | None,
                           remove_scan: bool) -> Certificate:
        old_attachment = before.attachment_id if before else None
        attachment_id = None if remove_scan else old_attachment
        if scan_file is not None:
            name, mime, data = scan_file
            attachment_id = repo.add_attachment(db, name, mime, hashlib.sha256(data).hexdigest(),
                                                data, datetime.now().isoformat(timespec="seconds"),
                                                cipher=protection.cipher_of(self._data))
            record_change(db, "attachments", attachment_id, "insert",
                          ["filename", "mime_type", "data"])
        keep_link = before.enrolment_id if before else clean.enrolment_id
        clean = replace(clean, attachment_id=attachment_id, enrolment_id=keep_link)
        cert_id = repo.save_certificate(db, clean)
        clean = replace(clean, id=cert_id)
        record_change(db, "certificates", cert_id, "insert" if before is None else "update",
                      changed_fields(before, clean))
        if old_attachment is not None and old_attachment != attachment_id:
            repo.delete_row(db, "attachments", old_attachment)
            record_change(db, "attachments", old_attachment, "delete")
        return clean

    def delete_certificate(self, certificate_id: int) -> None:
        cert = repo.certificate(self._data, certificate_id) or not_found("certificates")
        with self._data.write() as db:
            repo.delete_row(db, "certificates", certificate_id)
            record_change(db, "certificates", certificate_id, "delete")
            if cert.attachment_id is not None:
                repo.delete_row(db, "attachments", cert.attachment_id)
                record_change(db, "attachments", cert.attachment_id, "delete")

    def certificate_scan(self, certificate_id: int) -> tuple[str, bytes] | None:
        cert = repo.certificate(self._data, certificate_id) or not_found("certificates")
        if cert.attachment_id is None:
            return None
        return repo.attachment(self._data, cert.attachment_id)
