"""Restoring a backup copy, and backing up a file that is not open (the headless commands).

Restore never overwrites: the current file is first copied into the backup set (if it is
healthy) and then moved aside under a ``.replaced-<time>`` name, with its journal. The copy
put in place is a working file again: its backup marker is cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kuhina_desktop.domain.errors import DamagedFile, DataFileError, KuhinaError
from kuhina_desktop.services.backups import (
    BackupEntry,
    BackupResult,
    BackupService,
    known_backups,
)
from kuhina_desktop.storage.backup import read_summary
from kuhina_desktop.storage.database import open_data_file
from kuhina_desktop.storage.lockfile import DataFileLock
from kuhina_desktop.storage.restore import restore_into, verify_copy

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    moved_aside: Path | None     # where the replaced file went (None: there was no file)
    safety_copy: Path | None     # the verified copy of the replaced file, when it was healthy


def backup_file_now(path: Path, to: Path | None = None, clock: Clock = datetime.now,
                    thin: bool = True) -> BackupResult:
    """`kuhina-desktop backup F [--to DIR]`: one verified copy of a file that may be open elsewhere.

    Reading needs no lock (the backup API takes a consistent snapshot); a damaged file or a file
    from a newer version is refused with its own message.
    """
    data = open_data_file(path, read_only=True)
    try:
        return BackupService(data, clock).backup_now("manual", folder=to, thin=thin)
    finally:
        data.close()


def _safety_copy(target: Path, clock: Clock) -> Path | None:
    """A copy of the file about to be replaced, if healthy; a damaged one is only moved aside."""
    try:
        data = open_data_file(target, read_only=True)
    except (DamagedFile, DataFileError):
        return None
    try:
        # Not thinned now: thinning could remove the very copy that is being restored.
        return BackupService(data, clock).backup_now("before-restore", thin=False).path
    except KuhinaError:
        return None  # it is still moved aside below, so nothing is lost
    finally:
        data.close()


def restore_backup(backup: Path, target: Path, clock: Clock = datetime.now) -> RestoreResult:
    """Put ``backup`` in place of ``target`` (which must not be open anywhere)."""
    backup, target = backup.resolve(), target.resolve()
    if backup == target:
        raise DataFileError(str(target), code="restore_same_file", path=str(target))
    if not backup.exists():
        raise DataFileError(str(backup), code="file_missing", path=str(backup))
    verify_copy(backup)  # refuse a bad copy before touching anything
    lock = DataFileLock(target)
    lock.acquire()
    try:
        safety = _safety_copy(target, clock) if target.exists() else None
        moved = restore_into(backup, target, clock())
    finally:
        lock.release()
    return RestoreResult(target, moved, safety)


def good_backups(path: Path, limit: int | None = None) -> list[BackupEntry]:
    """Known copies of ``path`` that pass the full integrity check, newest first."""
    found = []
    for entry in known_backups(path):
        if read_summary(entry.path, full_check=True).ok:
            found.append(entry)
            if limit is not None and len(found) >= limit:
                break
    return found


def newest_good_backup(path: Path) -> BackupEntry | None:
    """What a user with a damaged file is offered first."""
    found = good_backups(path, limit=1)
    return found[0] if found else None
