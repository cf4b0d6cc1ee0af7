"""Putting a backup copy back in place of a data file, without ever overwriting anything.

Order: the copy is checked and written beside the target under a temporary name (backup API,
marker cleared, integrity_check, fsync); only then is the current file moved aside (with its
journal, if a crash left one) and the new file renamed into place. Whatever goes wrong, either
the old file or the restored one is at the target path, and the old one is kept.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from kuhina_desktop.domain.errors import DamagedFile
from kuhina_desktop.storage import faults
from kuhina_desktop.storage.backup import (
    backup_database,
    clear_backup_marker,
    fsync_file,
    fsync_folder,
)
from kuhina_desktop.storage.fileinfo import integrity_check, read_header, read_only_connection

JOURNAL_SUFFIX = "-journal"


def aside_name(path: Path, now: datetime) -> Path:
    """A free name beside ``path`` for the file being replaced: never an existing file."""
    stamp = now.strftime("%Y-%m-%d_%H%M%S")
    for serial in range(1000):
        suffix = f"-{serial}" if serial else ""
        candidate = path.with_name(f"{path.stem}.replaced-{stamp}{suffix}{path.suffix}")
        if not candidate.exists() and not _journal(candidate).exists():
            return candidate
    raise FileExistsError(str(path))


def _journal(path: Path) -> Path:
    return path.with_name(path.name + JOURNAL_SUFFIX)


def move_aside(path: Path, now: datetime) -> Path:
    """Rename ``path`` (and a hot journal next to it, which belongs to it) to a free name."""
    target = aside_name(path, now)
    journal = _journal(path)
    with faults.translated(path):
        if journal.exists():
            # The journal must keep matching its database, or the next open cannot roll back.
            os.rename(journal, _journal(target))
        os.rename(path, target)
        fsync_folder(path.parent)
    return target


def verify_copy(path: Path) -> None:
    """Refuse a backup that is not a healthy Kuhina file (full integrity_check, read-only)."""
    read_header(path)
    with faults.translated(path):
        conn = read_only_connection(path)
    try:
        problems = integrity_check(conn)
    finally:
        conn.close()
    if problems:
        raise DamagedFile(str(path), path=str(path), reason="; ".join(problems[:3]))


def restore_into(backup: Path, target: Path, now: datetime) -> Path | None:
    """Put a verified copy of ``backup`` at ``target``; return where the old file went (or None)."""
    verify_copy(backup)
    temp = target.with_name(target.name + ".restoring")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()  # a leftover of an interrupted restore is never a good file
    source = read_only_connection(backup)
    try:
        marker = {"path": str(backup), "restored_at": now.isoformat(timespec="seconds")}
        backup_database(source, temp, adjust=lambda conn: clear_backup_marker(conn, marker))
    finally:
        source.close()
    try:
        moved = move_aside(target, now) if target.exists() else None
        with faults.translated(target):
            fsync_file(temp)
            os.replace(temp, target)
            fsync_folder(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return moved
