"""The audit trail: who changed which record and which fields, hash-chained.

Values are never stored, only field names, so identity codes and health data cannot leak
into it. Each row's hash covers the previous row's hash, so an edited or deleted row breaks
the chain and verify_chain() finds it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from kuhina_desktop.storage.lockfile import os_user

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database

GENESIS = "0" * 64


def _digest(prev_hash: str, at: str, user: str, table: str, row_id: int | None, action: str,
            fields_json: str) -> str:
    payload = "\x1f".join([prev_hash, at, user, table, str(row_id), action, fields_json])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record_change(db: Database, table: str, row_id: int | None, action: str,
                  changed_fields: Iterable[str] = ()) -> None:
    """Append one audit row; call it inside the transaction of the change it describes."""
    last = db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = last[0] if last else GENESIS
    at = datetime.now().isoformat(timespec="seconds")
    user = os_user()
    fields_json = json.dumps(sorted(changed_fields))
    digest = _digest(prev_hash, at, user, table, row_id, action, fields_json)
    db.execute(
        "INSERT INTO audit_log (at, os_user, table_name, row_id, action, fields, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [at, user, table, row_id, action, fields_json, prev_hash, digest],
    )


def verify_chain(db: Database) -> int | None:
    """Return the id of the first row whose chain is broken, or None when all rows agree."""
    prev_hash = GENESIS
    cursor = db.execute(
        "SELECT id, at, os_user, table_name, row_id, action, fields, prev_hash, hash"
        " FROM audit_log ORDER BY id"
    )
    for row_id_, at, user, table, row_id, action, fields_json, stored_prev, stored in cursor:
        expected = _digest(prev_hash, at, user, table, row_id, action, fields_json)
        if stored_prev != prev_hash or stored != expected:
            return row_id_
        prev_hash = stored
    return None
