"""Password protection of the open file: turn on, change the password, turn off.

Each is one transaction with its audit row (field names only, never a value). Turning
protection on or off rewrites every protected value and stored document with ``secure_delete``
on and then VACUUMs the file, so that no earlier plain value stays in free pages or the journal.

On a big file that takes seconds, so each action is also offered as a ``ProtectionJob``: its
checks run at once on the caller's thread, its ``work`` on a worker thread with a connection
of its own (ui/ops.run_in_background), and its ``finish`` back on the caller's thread puts the
key on the open file. The plain methods run the same job in place (headless use, tests).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.domain.passwords import validate_new_password
from kuhina_desktop.storage import person_repo, protection
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.crypto import FieldCipher
from kuhina_desktop.storage.database import DataFile


@dataclass(frozen=True)
class ProtectionResult:
    people: int                      # identity codes rewritten
    older_backups: tuple[Path, ...]  # copies made before: they keep the earlier state
    documents: int = 0               # stored documents (decision PDFs, scans) rewritten


@dataclass(frozen=True)
class ProtectionJob:
    """``work`` may run on any thread (it opens its own connection); ``finish`` must run on the
    thread that owns the open file, with what ``work`` returned."""

    work: Callable[[], Any]
    finish: Callable[[Any], ProtectionResult | None]

    def run_here(self) -> ProtectionResult | None:
        return self.finish(self.work())


class ProtectionService:
    def __init__(self, data: DataFile, backups=None) -> None:
        self._data = data
        self._backups = backups

    def is_protected(self) -> bool:
        return protection.is_protected(self._data)

    def is_locked(self) -> bool:
        return protection.is_locked(self._data)

    def unlock(self, password: str) -> None:
        """WrongPassword when it does not fit; nothing is written either way."""
        protection.unlock(self._data, password)

    # ----- in place -----------------------------------------------------------------------------
    def enable(self, password: str, repeated: str) -> ProtectionResult:
        return self.enable_job(password, repeated).run_here()

    def change_password(self, old: str, new: str, repeated: str) -> None:
        self.change_password_job(old, new, repeated).run_here()

    def disable(self, password: str) -> ProtectionResult:
        return self.disable_job(password).run_here()

    # ----- as jobs ------------------------------------------------------------------------------
    def enable_job(self, password: str, repeated: str) -> ProtectionJob:
        validate_new_password(password, repeated)
        if self.is_protected():
            raise KuhinaError("already protected", code="protection_already_on")

        def work() -> tuple[FieldCipher, tuple[int, int]]:
            cipher = FieldCipher.new()
            header = cipher.header_for(password)  # scrypt: slow on purpose
            return cipher, self._rewrite(None, cipher, "protect",
                                         lambda db: protection.save_header(db, header))

        def finish(outcome: tuple[FieldCipher, tuple[int, int]]) -> ProtectionResult:
            cipher, (people, documents) = outcome
            self._adopt(cipher)
            return ProtectionResult(people, self._older_backups(), documents)

        return ProtectionJob(work, finish)

    def change_password_job(self, old: str, new: str, repeated: str) -> ProtectionJob:
        """Only the wrapping of the data key changes; the protected values stay as they are."""
        header = self._header()
        validate_new_password(new, repeated)

        def work() -> FieldCipher:
            cipher = self._check(header, old, "old_password")
            new_header = cipher.header_for(new)
            with protection.worker_file(self._data) as data, data.write() as db:
                protection.save_header(db, new_header)
                record_change(db, "settings", None, "change_password", ["protection"])
            return cipher

        return ProtectionJob(work, lambda cipher: self._adopt(cipher))

    def disable_job(self, password: str) -> ProtectionJob:
        header = self._header()

        def work() -> tuple[int, int]:
            cipher = self._check(header, password, "password")
            return self._rewrite(cipher, None, "unprotect", protection.drop_header)

        def finish(counts: tuple[int, int]) -> ProtectionResult:
            self._adopt(None)
            return ProtectionResult(counts[0], (), counts[1])

        return ProtectionJob(work, finish)

    # ----- helpers ------------------------------------------------------------------------------
    def _header(self):
        header = protection.read_header(self._data)
        if header is None:
            raise KuhinaError("not protected", code="protection_not_on")
        return header

    @staticmethod
    def _check(header, password: str, field: str) -> FieldCipher:
        try:
            return protection.check_password(header, password)
        except protection.WrongPassword as exc:
            exc.field = field
            raise

    def _adopt(self, cipher: FieldCipher | None) -> None:
        """The open file uses the new key from now on; the write counts as one of its changes
        (the backup service decides from the count whether a closing copy is due)."""
        self._data.cipher = cipher
        self._data.changes_since_open += 1

    def _rewrite(self, old, new, action: str, header_step) -> tuple[int, int]:
        """(people, documents) rewritten, in one transaction on a connection of its own."""
        with protection.worker_file(self._data) as data:
            # secure_delete is per connection: on for the one that overwrites the values.
            person_repo.secure_delete(data, True)
            with data.write() as db:
                people = protection.rewrite_all(db, old, new)
                documents = protection.rewrite_attachments(db, old, new)
                header_step(db)
                record_change(db, "settings", None, action, ["protection"])
            # Rewrites the whole file: no page keeps a value from before.
            person_repo.vacuum(data)
        return people, documents

    def _older_backups(self) -> tuple[Path, ...]:
        if self._backups is None:
            return ()
        return tuple(folder for folder in self._backups.folders() if folder.is_dir()
                     and any(folder.iterdir()))
