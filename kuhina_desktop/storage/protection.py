"""Password protection of a file: its key header, unlocking, and the protected columns.

Encrypted fields go through this module only: ``employees.hetu`` (with the blind index
``employees.hetu_index``) and ``employee_health`` (both columns as one encrypted JSON value in
``details``; ``partial_work_ability`` is kept at 0 so that the flag does not show) and the stored
documents in ``attachments.data`` (a decision PDF carries the full code). Repos call
``write_hetu`` / ``read_hetu`` / ``health_values`` / ``read_health`` / ``write_attachment`` /
``read_attachment`` and never look at the key.

The key lives on the open DataFile (``data.cipher``) after ``unlock``; it is never written
anywhere. Headless commands install a password source (``set_password_source``) that is asked
the first time a protected value is needed.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.storage.crypto import (
    FieldCipher,
    KeyHeader,
    WrongKey,
    attachment_aad,
    health_aad,
    hetu_aad,
    is_encrypted,
    is_encrypted_blob,
)

T = TypeVar("T")

if TYPE_CHECKING:
    from sqlite_utils import Database

    from kuhina_desktop.storage.database import DataFile

SETTING_KEY = "protection"
ERASED_PREFIX = "POISTETTU-"  # placeholder of an erased person: not a code, stays as it is
MIN_PASSWORD_LENGTH = 8


class PasswordRequired(KuhinaError):
    code = "password_required"


class WrongPassword(KuhinaError):
    code = "password_wrong"


_password_source: Callable[[Path], str] | None = None


def set_password_source(source: Callable[[Path], str] | None) -> None:
    """Headless use: where a password comes from when a protected file is first read."""
    global _password_source
    _password_source = source


# ----- the header ---------------------------------------------------------------------------------


def read_header(data: DataFile) -> KeyHeader | None:
    rows = data.query("SELECT value FROM settings WHERE key = ?", (SETTING_KEY,))
    return KeyHeader.from_json(json.loads(rows[0]["value"])) if rows else None


def header_of_connection(conn) -> KeyHeader | None:
    """The same for a bare (read-only) connection, e.g. before a file is opened for writing."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (SETTING_KEY,)).fetchone()
    except Exception:  # noqa: BLE001 - an older or foreign file simply has no header
        return None
    return KeyHeader.from_json(json.loads(row[0])) if row else None


def header_of_file(path: Path) -> KeyHeader | None:
    """The header of a file that is not open, read-only (None when unreadable or plain)."""
    import sqlite3

    from kuhina_desktop.storage.fileinfo import read_only_connection

    try:
        conn = read_only_connection(path)
    except sqlite3.Error:
        return None  # not readable: the command's own open gives the right message
    try:
        return header_of_connection(conn)
    finally:
        conn.close()


def is_protected(data: DataFile) -> bool:
    return read_header(data) is not None


def is_locked(data: DataFile) -> bool:
    return getattr(data, "cipher", None) is None and is_protected(data)


def unlock(data: DataFile, password: str) -> None:
    """Check the password and keep the key on the open file; WrongPassword changes nothing."""
    header = read_header(data)
    if header is None:
        return
    try:
        data.cipher = FieldCipher.unlock(header, password)
    except WrongKey:
        raise WrongPassword("wrong password", field="password") from None


def check_password(header: KeyHeader, password: str) -> FieldCipher:
    try:
        return FieldCipher.unlock(header, password)
    except WrongKey:
        raise WrongPassword("wrong password", field="password") from None


def cipher_of(data: DataFile) -> FieldCipher | None:
    """The key of a protected file (None for a plain file); asks the password source once."""
    cipher = getattr(data, "cipher", None)
    if cipher is not None or not is_protected(data):
        return cipher
    if _password_source is None:
        raise PasswordRequired("password required", path=str(data.path))
    unlock(data, _password_source(data.path))
    return data.cipher


# ----- the protected columns ---------------------------------------------------------------------


def write_hetu(db: Database, cipher: FieldCipher | None, employee_id: int, hetu: str) -> None:
    """Store a code for an existing row: encrypted with its blind index, or plain."""
    if cipher is None or hetu.startswith(ERASED_PREFIX):
        db.execute("UPDATE employees SET hetu = ?, hetu_index = NULL WHERE id = ?",
                   [hetu, employee_id])
        return
    db.execute("UPDATE employees SET hetu = ?, hetu_index = ? WHERE id = ?",
               [cipher.encrypt(hetu, hetu_aad(employee_id)), cipher.blind_index(hetu),
                employee_id])


def read_hetu(data: DataFile, employee_id: int, stored: str | None) -> str | None:
    if not is_encrypted(stored):
        return stored
    return _decrypted(_key_for_value(data), stored, hetu_aad(employee_id))


def _key_for_value(data: DataFile) -> FieldCipher:
    cipher = cipher_of(data)
    if cipher is None:  # an encrypted value in a file without a key header: altered
        raise KuhinaError("no key header", code="protected_value_damaged", detail="settings")
    return cipher


def _decrypted(cipher: FieldCipher, stored: str, aad: str) -> str:
    return _unsealed(cipher.decrypt, stored, aad)


def _unsealed(decrypt: Callable[[Any, str], T], stored: Any, aad: str) -> T:
    """A value or document that does not decrypt with the file's own key was altered."""
    try:
        return decrypt(stored, aad)
    except WrongKey:
        raise KuhinaError("protected value does not decrypt", code="protected_value_damaged",
                          detail=aad) from None


def hetu_lookup(data: DataFile, hetu: str) -> tuple[str, str]:
    """(column, value) to find a code with: the blind index in a protected file."""
    cipher = cipher_of(data)
    return ("hetu_index", cipher.blind_index(hetu)) if cipher else ("hetu", hetu)


def health_values(cipher: FieldCipher | None, employee_id: int, partial: bool,
                  details: str) -> tuple[int, str]:
    """The (partial_work_ability, details) columns to store for one person."""
    if cipher is None:
        return int(partial), details
    return 0, cipher.encrypt_json({"partial": bool(partial), "details": details},
                                  health_aad(employee_id))


def read_health(data: DataFile, employee_id: int, partial: int, details: str) -> tuple[bool, str]:
    if not is_encrypted(details):
        return bool(partial), details
    value = json.loads(_decrypted(_key_for_value(data), details,
                                  health_aad(employee_id)))
    return bool(value["partial"]), str(value["details"])


def write_attachment(db: Database, cipher: FieldCipher | None, attachment_id: int,
                     content: bytes) -> None:
    """Store a document's bytes in an existing ``attachments`` row: sealed, or plain."""
    stored = content if cipher is None else cipher.encrypt_bytes(content,
                                                                  attachment_aad(attachment_id))
    db.execute("UPDATE attachments SET data = ? WHERE id = ?", [stored, attachment_id])


def read_attachment(data: DataFile, attachment_id: int, stored: bytes) -> bytes:
    if not is_encrypted_blob(stored):
        return stored
    return _unsealed(_key_for_value(data).decrypt_bytes, stored, attachment_aad(attachment_id))


# ----- turning protection on and off -------------------------------------------------------------


@contextlib.contextmanager
def worker_file(data: DataFile) -> Iterator[DataFile]:
    """The open file again, on a connection of its own, for work on another thread (a SQLite
    connection belongs to the thread that made it). It takes no lock file: the open file's
    lock covers it. Its writes are ordinary BEGIN IMMEDIATE transactions on the same file."""
    from kuhina_desktop.storage import faults
    from kuhina_desktop.storage.database import open_worker_file

    if data.read_only:
        raise faults.read_only_error(data.path, data.read_only_reason)
    worker = open_worker_file(data)
    try:
        yield worker
    finally:
        worker.close()


def save_header(db: Database, header: KeyHeader) -> None:
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
               " SET value = excluded.value", [SETTING_KEY, json.dumps(header.to_json())])


def drop_header(db: Database) -> None:
    db.execute("DELETE FROM settings WHERE key = ?", [SETTING_KEY])


def rewrite_all(db: Database, old: FieldCipher | None, new: FieldCipher | None) -> int:
    """Re-store every protected value under ``new`` (None = plain); returns the people done.

    Reads through ``db`` so that it sees the caller's transaction.
    """
    people = db.execute("SELECT id, hetu FROM employees").fetchall()
    for employee_id, stored in people:
        plain = _decrypted(old, stored, hetu_aad(employee_id)) if old else stored
        write_hetu(db, new, employee_id, plain)
    health = db.execute(
        "SELECT employee_id, partial_work_ability, details FROM employee_health").fetchall()
    for employee_id, partial, details in health:
        if old is not None and is_encrypted(details):
            value = json.loads(_decrypted(old, details, health_aad(employee_id)))
            partial, details = value["partial"], value["details"]
        columns = health_values(new, employee_id, bool(partial), details)
        db.execute("UPDATE employee_health SET partial_work_ability = ?, details = ?"
                   " WHERE employee_id = ?", [*columns, employee_id])
    return len(people)


def rewrite_attachments(db: Database, old: FieldCipher | None, new: FieldCipher | None) -> int:
    """Re-store every document under ``new`` (None = plain); returns the documents done.

    One document at a time, so that memory holds one file however many there are.
    """
    ids = [row[0] for row in db.execute("SELECT id FROM attachments ORDER BY id").fetchall()]
    for attachment_id in ids:
        stored = bytes(db.execute("SELECT data FROM attachments WHERE id = ?",
                                  [attachment_id]).fetchone()[0])
        plain = stored
        if old is not None and is_encrypted_blob(stored):
            plain = _unsealed(old.decrypt_bytes, stored, attachment_aad(attachment_id))
        write_attachment(db, new, attachment_id, plain)
    return len(ids)
