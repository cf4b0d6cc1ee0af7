"""Password protection of the open file: turn on, change the password, turn off.

Each is one transaction with its audit row (field names only, never a value). Turning
protection on or off rewrites every protected value with ``secure_delete`` on and then
VACUUMs the file, so that no earlier plain value stays in free pages or the journal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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

    def enable(self, password: str, repeated: str) -> ProtectionResult:
        validate_new_password(password, repeated)
        if self.is_protected():
            raise KuhinaError("already protected", code="protection_already_on")
        cipher = FieldCipher.new()
        header = cipher.header_for(password)
        people = self._rewrite(None, cipher, "protect",
                               lambda db: protection.save_header(db, header))
        self._data.cipher = cipher
        return ProtectionResult(people, self._older_backups())

    def change_password(self, old: str, new: str, repeated: str) -> None:
        """Only the wrapping of the data key changes; the protected values stay as they are."""
        header = self._header()
        cipher = self._check(header, old, "old_password")
        validate_new_password(new, repeated)
        with self._data.write() as db:
            protection.save_header(db, cipher.header_for(new))
            record_change(db, "settings", None, "change_password", ["protection"])
        self._data.cipher = cipher

    def disable(self, password: str) -> ProtectionResult:
        cipher = self._check(self._header(), password, "password")
        people = self._rewrite(cipher, None, "unprotect", protection.drop_header)
        self._data.cipher = None
        return ProtectionResult(people, ())

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

    def _rewrite(self, old, new, action: str, header_step) -> int:
        previous = person_repo.secure_delete(self._data, True)
        try:
            with self._data.write() as db:
                people = protection.rewrite_all(db, old, new)
                header_step(db)
                record_change(db, "settings", None, action, ["protection"])
            # Rewrites the whole file: no page keeps a value from before.
            person_repo.vacuum(self._data)
        finally:
            person_repo.secure_delete(self._data, previous)
        return people

    def _older_backups(self) -> tuple[Path, ...]:
        if self._backups is None:
            return ()
        return tuple(folder for folder in self._backups.folders() if folder.is_dir()
                     and any(folder.iterdir()))
