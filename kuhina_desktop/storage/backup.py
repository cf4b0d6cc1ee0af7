"""Backups with SQLite's online backup API, verified before they count.

A plain file copy of an open database can catch it mid-transaction; the backup API copies a
consistent snapshot. The copy is written under a temporary name, checked with integrity_check
and only then renamed to its final name, so a half backup never looks like a good one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from kuhina_desktop.domain.errors import StorageFault
from kuhina_desktop.storage import faults
from kuhina_desktop.storage.fileinfo import integrity_check


def backup_database(source: sqlite3.Connection, target: Path, pages_per_step: int = 256) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(target.name + ".part")
    try:
        with faults.translated(target):
            dest = sqlite3.connect(str(temp))
            try:
                source.backup(dest, pages=pages_per_step)
                dest.execute("PRAGMA journal_mode = DELETE")
                problems = integrity_check(dest)
            finally:
                dest.close()
            if problems:
                raise StorageFault(str(target), code="backup_unverified", path=str(target),
                                   detail="; ".join(problems[:3]))
            _fsync(temp)
            os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return target


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
