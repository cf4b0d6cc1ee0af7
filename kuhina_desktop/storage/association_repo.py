"""The association row (id = 1) and the key/value settings of a file."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING

from kuhina_desktop.domain.association import Association
from kuhina_desktop.storage.database import DataFile

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database

_FIELDS = list(Association._fields)


def get_association(data: DataFile) -> Association | None:
    rows = data.query(f"SELECT {', '.join(_FIELDS)} FROM association WHERE id = 1")
    if not rows:
        return None
    return Association(**{name: rows[0][name] for name in _FIELDS})


def save_association(db: Database, assoc: Association) -> None:
    values = assoc._asdict()
    exists = db.execute("SELECT 1 FROM association WHERE id = 1").fetchone()
    if exists:
        assignments = ", ".join(f"{name} = ?" for name in _FIELDS)
        db.execute(f"UPDATE association SET {assignments} WHERE id = 1",
                   [values[name] for name in _FIELDS])
    else:
        columns = ", ".join(["id", "created_at", *_FIELDS])
        marks = ", ".join("?" for _ in range(len(_FIELDS) + 2))
        db.execute(f"INSERT INTO association ({columns}) VALUES ({marks})",
                   [1, datetime.now().isoformat(timespec="seconds"),
                    *[values[name] for name in _FIELDS]])


def created_on(data: DataFile) -> date | None:
    rows = data.query("SELECT created_at FROM association WHERE id = 1")
    return date.fromisoformat(rows[0]["created_at"][:10]) if rows else None


def get_setting(data: DataFile, key: str, default: object = None) -> object:
    rows = data.query("SELECT value FROM settings WHERE key = ?", (key,))
    return json.loads(rows[0]["value"]) if rows else default


def set_setting(db: Database, key: str, value: object) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value)],
    )


def delete_setting(db: Database, key: str) -> None:
    db.execute("DELETE FROM settings WHERE key = ?", [key])
