"""`kuhina-desktop check`: a full, read-only health check of a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kuhina_desktop.domain.errors import DataFileError
from kuhina_desktop.storage.audit_repo import verify_chain
from kuhina_desktop.storage.fileinfo import (
    applied_migrations,
    integrity_check,
    read_header,
    read_only_connection,
)
from kuhina_desktop.storage.migrations import schema_names


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[str, ...]
    schema_version: str

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: Path) -> CheckReport:
    """Integrity and foreign keys, read-only. Raises DataFileError for a file that is not ours."""
    if not path.exists():
        raise DataFileError(str(path), code="file_missing", path=str(path))
    journal = path.with_name(path.name + "-journal")
    read_header(path, check_size=not (journal.exists() and journal.stat().st_size))
    if journal.exists() and journal.stat().st_size:
        # Rolling back would write; `check` only reads. Opening the file finishes the job.
        return CheckReport(("an interrupted save is waiting to be rolled back: open the file "
                            "in Kuhina Desktop once, then check again",), "")
    conn = read_only_connection(path)
    try:
        problems = integrity_check(conn)
        applied = applied_migrations(conn) if not problems else []
        if not problems and _has_audit_log(conn):
            broken = verify_chain(conn)
            if broken is not None:
                problems.append(f"the change history (audit trail) was altered outside the "
                                f"program: first broken entry {broken}")
    finally:
        conn.close()
    unknown = [name for name in applied if name not in schema_names()]
    if unknown:
        problems.append(f"written by a newer version (unknown migrations: {', '.join(unknown)})")
    return CheckReport(tuple(problems), applied[-1] if applied else "")


def _has_audit_log(conn) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
                        ).fetchone() is not None
