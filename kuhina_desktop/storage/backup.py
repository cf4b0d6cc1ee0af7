"""Backups with SQLite's online backup API, verified before they count.

A plain file copy of an open database can catch it mid-transaction; the backup API copies a
consistent snapshot. The copy is written under a temporary name, checked with integrity_check
and only then renamed to its final name, so a half backup never looks like a good one.

Every copy carries a marker (the settings row ``backup_of``) that only the copy has, so that
opening a backup by mistake can be noticed and a restored file can be told apart.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from kuhina_desktop.domain.errors import DamagedFile, KuhinaError, StorageFault
from kuhina_desktop.storage import faults
from kuhina_desktop.storage.fileinfo import (
    integrity_check,
    quick_check,
    read_header,
    read_only_connection,
)

BACKUP_MARKER = "backup_of"
RESTORED_MARKER = "restored_from"

# Tables whose row counts describe a file's contents in the restore list. Areas that add
# tables append theirs here (a table missing from a file is simply not counted).
SUMMARY_TABLES: list[str] = ["employees", "contracts", "decisions", "wage_months",
                             "applications", "enrolments", "coaching_events"]


VERIFY_CACHE_KIB = 64 * 1024


def backup_database(source: sqlite3.Connection, target: Path, pages_per_step: int = -1,
                    marker: dict | None = None,
                    adjust: Callable[[sqlite3.Connection], None] | None = None) -> Path:
    """Copy ``source`` to ``target``: temp file, marker, integrity_check, fsync, rename.

    The whole file is copied in one step (``pages_per_step=-1``): the source is read-locked
    only for the copy itself (tenths of a second even for 10,000 employees), and a write by
    another connection between small steps would make SQLite start the copy over.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(target.name + ".part")
    try:
        with faults.translated(target):
            dest = sqlite3.connect(str(temp))
            try:
                _without_journal(dest)
                source.backup(dest, pages=pages_per_step)
                dest.execute("PRAGMA journal_mode = DELETE")
                if marker is not None:
                    _set_setting(dest, BACKUP_MARKER, marker)
                if adjust is not None:
                    adjust(dest)
                # integrity_check visits index pages again and again: with room for the whole
                # file (a file of 10,000 employees is 37 MiB) it reads each from disk once.
                dest.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KIB}")
                problems = integrity_check(dest)
            finally:
                dest.close()
            if problems:
                raise StorageFault(str(target), code="backup_unverified", path=str(target),
                                   detail="; ".join(problems[:3]))
            fsync_file(temp)
            os.replace(temp, target)
            fsync_folder(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return target


def _without_journal(dest: sqlite3.Connection) -> None:
    """The temporary copy is written without a rollback journal or syncs of its own: if the
    program stops half-way, the .part file is thrown away, never used. It is checked with
    integrity_check and synced once (fsync_file) before it takes its real name."""
    dest.execute("PRAGMA journal_mode = OFF")
    dest.execute("PRAGMA synchronous = OFF")


@contextlib.contextmanager
def source_connection(path: Path, conn: sqlite3.Connection | None) -> Iterator[sqlite3.Connection]:
    """``conn`` itself, or a read-only connection of its own to ``path`` (closed after use) for
    a copy taken on a worker thread."""
    if conn is not None:
        yield conn
        return
    with faults.translated(path):
        own = read_only_connection(path)
    try:
        yield own
    finally:
        own.close()


def backup_file(path: Path, target: Path, marker: dict | None = None) -> Path:
    """Back up a file that is not open here; a damaged file is refused, never copied."""
    read_header(path)
    with faults.translated(path):
        conn = read_only_connection(path)
    try:
        problems = quick_check(conn)
        if problems:
            raise DamagedFile(str(path), path=str(path), reason="; ".join(problems[:3]))
        return backup_database(conn, target, marker=marker)
    finally:
        conn.close()


def _set_setting(conn: sqlite3.Connection, key: str, value: object) -> None:
    if not _has_table(conn, "settings"):
        return
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, json.dumps(value)))
    conn.commit()


def clear_backup_marker(conn: sqlite3.Connection, restored_from: dict | None = None) -> None:
    """Make a copy a working file again (after a restore, or when the user says so)."""
    if not _has_table(conn, "settings"):
        return
    conn.execute("DELETE FROM settings WHERE key = ?", (BACKUP_MARKER,))
    conn.commit()
    if restored_from is not None:
        _set_setting(conn, RESTORED_MARKER, restored_from)


def read_backup_marker(path: Path) -> dict | None:
    """The ``backup_of`` marker of a file, read-only; None for a working file or any doubt."""
    try:
        conn = read_only_connection(path)
    except sqlite3.Error:
        return None
    try:
        if not _has_table(conn, "settings"):
            return None
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (BACKUP_MARKER,)).fetchone()
        value = json.loads(row[0]) if row else None
        return value if isinstance(value, dict) else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (name,)).fetchone()
    return row is not None


def file_identity(conn: sqlite3.Connection, path: Path) -> str:
    """A short id that a file and all its copies share: from the association's creation time.

    It names the backup folder of a file, so that two files with the same name never mix
    their copies, and a copy restored under another name still finds its siblings.
    """
    seed = str(path.resolve())
    with contextlib.suppress(sqlite3.Error):
        row = conn.execute("SELECT created_at FROM association WHERE id = 1").fetchone()
        if row and row[0]:
            seed = str(row[0])
    import hashlib  # loads OpenSSL: not before the window's first paint

    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:8]


class FileSummary(NamedTuple):  # not a dataclass: one costs a millisecond at start-up
    """What a copy holds, read without changing it: for the restore list."""

    path: Path
    size: int
    association: str = ""
    business_id: str = ""
    counts: Mapping[str, int] = MappingProxyType({})  # read-only: the default is shared
    backup_of: dict | None = None
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def read_summary(path: Path, full_check: bool = False) -> FileSummary:
    """Association name, row counts and the backup marker of a file; problems instead of raising."""
    size = path.stat().st_size
    try:
        read_header(path)
        conn = read_only_connection(path)
    except KuhinaError as exc:
        return FileSummary(path, size, problems=(exc.code,))
    except (sqlite3.Error, OSError) as exc:
        return FileSummary(path, size, problems=(str(exc),))
    try:
        problems = integrity_check(conn) if full_check else quick_check(conn)
        if problems:
            return FileSummary(path, size, problems=tuple(problems[:3]))
        return _summary_of(conn, path, size)
    except sqlite3.Error as exc:
        return FileSummary(path, size, problems=(str(exc),))
    finally:
        conn.close()


def _summary_of(conn: sqlite3.Connection, path: Path, size: int) -> FileSummary:
    name = business_id = ""
    if _has_table(conn, "association"):
        row = conn.execute("SELECT name, business_id FROM association WHERE id = 1").fetchone()
        if row:
            name, business_id = row
    counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
              for table in SUMMARY_TABLES if _has_table(conn, table)}
    marker = None
    if _has_table(conn, "settings"):
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (BACKUP_MARKER,)).fetchone()
        with contextlib.suppress(ValueError, TypeError):
            marker = json.loads(row[0]) if row else None
    return FileSummary(path, size, name, business_id, counts, marker)


def fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder, nor needs to."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
