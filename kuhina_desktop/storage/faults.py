"""Turn what SQLite and the operating system raise into errors the user can act on."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kuhina_desktop.domain.errors import DamagedFile, FileLocked, ReadOnlyFile, StorageFault


def read_only_error(path: Path, reason: str) -> ReadOnlyFile:
    return ReadOnlyFile(str(path), path=str(path), reason=reason)


def classify(path: Path, exc: BaseException) -> Exception:
    """Map one low-level exception to a KuhinaError subclass (or return it unchanged)."""
    text = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return StorageFault(str(path), code="disk_full", path=str(path))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return read_only_error(path, "file_read_only")
        return StorageFault(str(path), code="io_error", path=str(path), detail=str(exc))
    if not isinstance(exc, sqlite3.Error):
        return exc  # type: ignore[return-value]
    if "database or disk is full" in text:
        return StorageFault(str(path), code="disk_full", path=str(path))
    if "readonly" in text or "read-only" in text:
        return read_only_error(path, "file_read_only")
    if "locked" in text or "busy" in text:
        return FileLocked(str(path), holder=None, busy=True)
    if "disk i/o error" in text or "unable to open" in text:
        return StorageFault(str(path), code="io_error", path=str(path), detail=str(exc))
    if "malformed" in text or "not a database" in text:
        return DamagedFile(str(path), path=str(path), reason=str(exc))
    return exc  # a programming error: let it reach the crash dialog


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        mapped = classify(path, exc)
        if mapped is exc:
            raise
        raise mapped from exc
