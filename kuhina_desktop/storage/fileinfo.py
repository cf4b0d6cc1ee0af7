"""Recognise a file before SQLite touches it, so that a file that is not ours stays byte-identical.

Everything here reads; nothing writes. The SQLite header is documented at
https://www.sqlite.org/fileformat2.html#the_database_header (application_id at offset 68,
user_version at offset 60, both big-endian 32-bit).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from kuhina_desktop.domain.errors import (
    DamagedFile,
    EmptyFile,
    ForeignSQLiteFile,
    NewerFileVersion,
    NotSQLiteFile,
)

# "KUHN" in ASCII: the value every Kuhina data file carries in PRAGMA application_id.
APPLICATION_ID = 0x4B55484E
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


class FileHeader(NamedTuple):  # not a dataclass: one costs a millisecond at start-up
    application_id: int
    user_version: int
    page_size: int
    page_count: int
    wal: bool = False  # written in write-ahead-log mode (file format versions at 18–19)


def read_header(path: Path, check_size: bool = True) -> FileHeader:
    """Classify a file by its first 100 bytes; raise the error that names its kind.

    ``check_size=False`` while a crash's journal waits to be rolled back: until then the
    header may count pages the interrupted save never wrote.
    """
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(str(path), path=str(path))
    with path.open("rb") as handle:
        head = handle.read(HEADER_SIZE)
    if not head.startswith(SQLITE_MAGIC):
        raise NotSQLiteFile(str(path), path=str(path))
    if len(head) < HEADER_SIZE:
        raise DamagedFile(str(path), path=str(path), reason="truncated header")
    header = FileHeader(
        application_id=int.from_bytes(head[68:72], "big"),
        user_version=int.from_bytes(head[60:64], "big"),
        page_size=_page_size(head),
        page_count=int.from_bytes(head[28:32], "big"),
        wal=2 in (head[18], head[19]),
    )
    if header.application_id != APPLICATION_ID:
        raise ForeignSQLiteFile(str(path), path=str(path))
    if check_size and header.page_count and header.page_size * header.page_count > size:
        raise DamagedFile(str(path), path=str(path), reason="file shorter than its header says")
    return header


def _page_size(head: bytes) -> int:
    raw = int.from_bytes(head[16:18], "big")
    return 65536 if raw == 1 else raw


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: the URI mode=ro plus query_only for good measure."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=5.0)
    conn.execute("PRAGMA query_only = ON")
    return conn


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid").fetchall()
    return [name for (name,) in rows]


def check_not_newer(path: Path, applied: list[str], known: list[str]) -> None:
    """A file that has migrations this build does not know was written by a newer version."""
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise NewerFileVersion(str(path), path=str(path), unknown=", ".join(unknown))


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """Problems found by PRAGMA quick_check and foreign_key_check (empty list = healthy)."""
    problems: list[str] = []
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        problems += [row[0] for row in rows if row[0] != "ok"]
        fk_rows = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: {row[0]} row {row[1]} -> {row[2]}" for row in fk_rows]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # garbled bytes are damage too
        problems.append(str(exc))
    return problems


def integrity_check(conn: sqlite3.Connection) -> list[str]:
    """The full check (slower than quick_check): used to verify backups before they count."""
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems = [row[0] for row in rows if row[0] != "ok"]
        problems += [f"foreign key: {r[0]} row {r[1]}"
                     for r in conn.execute("PRAGMA foreign_key_check")]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [str(exc)]
    return problems
