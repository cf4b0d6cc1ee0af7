"""The audit trail: who changed which record and which fields, hash-chained.

Values are never stored, only field names, so identity codes and health data cannot leak
into it. Each row's hash covers the previous row's hash, so an edited or deleted row breaks
the chain and verify_chain() finds it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from kuhina_desktop.storage.lockfile import os_user

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database

    from kuhina_desktop.storage.database import DataFile

GENESIS = "0" * 64
# The newest row's id and hash, kept in settings by every change: removing the last rows
# of the chain (which a chain alone cannot notice) then shows as a mismatch.
HEAD_KEY = "audit_head"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    os_user: str
    table_name: str
    row_id: int | None
    action: str
    fields: tuple[str, ...]


def _digest(prev_hash: str, at: str, user: str, table: str, row_id: int | None, action: str,
            fields_json: str) -> str:
    import hashlib  # loads OpenSSL: not before the window's first paint (imported once)

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
    cursor = db.execute(
        "INSERT INTO audit_log (at, os_user, table_name, row_id, action, fields, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [at, user, table, row_id, action, fields_json, prev_hash, digest],
    )
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               [HEAD_KEY, json.dumps({"id": cursor.lastrowid, "hash": digest})])


def verify_chain(db: Database) -> int | None:
    """Return the id of the first row whose chain is broken, or None when all rows agree.

    Rows removed from the end are reported as the id after the last row that remains.
    """
    prev_hash, last_id = GENESIS, 0
    cursor = db.execute(
        "SELECT id, at, os_user, table_name, row_id, action, fields, prev_hash, hash"
        " FROM audit_log ORDER BY id"
    )
    for row_id_, at, user, table, row_id, action, fields_json, stored_prev, stored in cursor:
        expected = _digest(prev_hash, at, user, table, row_id, action, fields_json)
        if stored_prev != prev_hash or stored != expected:
            return row_id_
        prev_hash, last_id = stored, row_id_
    head = _head(db)
    if head is not None and (head.get("id"), head.get("hash")) != (last_id, prev_hash):
        return last_id + 1
    return None


def _head(db: Database) -> dict | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [HEAD_KEY]).fetchone()
    try:
        value = json.loads(row[0]) if row else None
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def history(db: Database, table: str | None = None, row_id: int | None = None,
            limit: int = 1000) -> list[AuditEntry]:
    """Newest first: the whole file's history, one table's, or one record's."""
    sql = "SELECT id, at, os_user, table_name, row_id, action, fields FROM audit_log"
    where, params = [], []
    if table is not None:
        where.append("table_name = ?")
        params.append(table)
    if row_id is not None:
        where.append("row_id = ?")
        params.append(row_id)
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = db.execute(sql + " ORDER BY id DESC LIMIT ?", [*params, limit]).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], _fields(r[6])) for r in rows]


def _fields(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def audited_tables(data: DataFile) -> list[str]:
    return [r[0] for r in data.query(
        "SELECT DISTINCT table_name FROM audit_log ORDER BY table_name")]
