"""Turn what SQLite and the operating system raise into errors the user can act on."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kuhina_desktop.domain.errors import (
    DamagedFile,
    DataFileError,
    FileLocked,
    ReadOnlyFile,
    StorageFault,
)

# Each cause of read-only has its own message: what to do differs (GnuCash's list).
_READ_ONLY_CODES = {"requested": "read_only_requested", "newer": "read_only_newer",
                    "file_read_only": "read_only_file", "folder_read_only": "read_only_folder",
                    "damaged": "read_only_damaged", "backup_copy": "read_only_backup_copy"}


# The operating system refused to write (a file-size limit, a quota, a failing drive):
# unlike a read error, the data on disk is intact and the remedy is another place to write.
_WRITE_ERRORS = {"SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_TRUNCATE",
                 "SQLITE_IOERR_DIR_FSYNC"}


def read_only_error(path: Path, reason: str) -> ReadOnlyFile:
    return ReadOnlyFile(str(path), code=_READ_ONLY_CODES.get(reason, "read_only"),
                        path=str(path), reason=reason)


def file_moved_error(path: Path) -> StorageFault:
    return StorageFault(str(path), code="file_moved", path=str(path))


# Windows' ERROR_FILENAME_EXCED_RANGE, which Python reports as "file not found".
_WINERROR_PATH_TOO_LONG = 206


def path_error(path: Path, exc: OSError) -> DataFileError | None:
    """What the operating system said about the path itself (not the disk or the file's
    contents): a name too long for the file system, a file where a folder should be, a
    folder where a file should be. None for any other fault."""
    if exc.errno == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == _WINERROR_PATH_TOO_LONG:
        return DataFileError(str(path), code="path_too_long", path=str(path))
    if exc.errno == errno.ENOTDIR:
        return DataFileError(str(path), code="not_a_folder", path=str(path),
                             folder=str(path.parent))
    if exc.errno == errno.EISDIR:
        return DataFileError(str(path), code="is_folder", path=str(path))
    return None


def creation_error(path: Path, exc: OSError) -> Exception:
    """An operating-system error while creating a new file at ``path``, said as a problem of
    the chosen place: nothing existed there before, so nothing was changed."""
    mapped = path_error(path, exc)
    if mapped is not None:
        return mapped
    if exc.errno == errno.ENOENT:
        return DataFileError(str(path), code="folder_missing", path=str(path),
                             folder=str(path.parent))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DataFileError(str(path), code="folder_not_writable", path=str(path),
                             folder=str(path.parent))
    return classify(path, exc)


def opening_error(path: Path, exc: OSError) -> Exception:
    """An operating-system error while looking at an existing file before opening it."""
    mapped = path_error(path, exc)
    if mapped is not None:
        return mapped
    if exc.errno in (errno.EACCES, errno.EPERM):
        return DataFileError(str(path), code="file_unreadable", path=str(path))
    return classify(path, exc)


def classify(path: Path, exc: BaseException) -> Exception:
    """Map one low-level exception to a KuhinaError subclass (or return it unchanged)."""
    text = str(exc).lower()
    if isinstance(exc, UnicodeDecodeError):
        # SQLite handed back bytes that are not text: a record or the schema was garbled.
        return DamagedFile(str(path), code="damaged_in_use", path=str(path), reason=str(exc))
    if isinstance(exc, OSError):
        mapped = path_error(path, exc)
        if mapped is not None:
            return mapped
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return StorageFault(str(path), code="disk_full", path=str(path))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return read_only_error(path, "file_read_only")
        if exc.errno == errno.EFBIG:
            return StorageFault(str(path), code="write_failed", path=str(path), detail=str(exc))
        return StorageFault(str(path), code="io_error", path=str(path), detail=str(exc))
    if not isinstance(exc, sqlite3.Error):
        return exc  # type: ignore[return-value]
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_DBMOVED":
        return file_moved_error(path)
    if "database or disk is full" in text:
        return StorageFault(str(path), code="disk_full", path=str(path))
    if "readonly" in text or "read-only" in text:
        return read_only_error(path, "file_read_only")
    if "locked" in text or "busy" in text:
        return FileLocked(str(path), code="file_busy", holder=None, busy=True, path=str(path))
    if getattr(exc, "sqlite_errorname", "") in _WRITE_ERRORS:
        return StorageFault(str(path), code="write_failed", path=str(path), detail=str(exc))
    if "disk i/o error" in text or "unable to open" in text:
        return StorageFault(str(path), code="io_error", path=str(path), detail=str(exc))
    if "malformed" in text or "not a database" in text or "could not decode" in text:
        return DamagedFile(str(path), code="damaged_in_use", path=str(path), reason=str(exc))
    return exc  # a programming error: let it reach the crash dialog


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    try:
        yield
    except (sqlite3.Error, OSError, UnicodeDecodeError) as exc:
        mapped = classify(path, exc)
        if mapped is exc:
            raise
        raise mapped from exc


@contextlib.contextmanager
def creating(path: Path) -> Iterator[None]:
    """As ``translated``, for the creation of a new file: a missing or read-only folder is
    named as such (see ``creation_error``)."""
    try:
        yield
    except OSError as exc:
        raise creation_error(path, exc) from exc
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        mapped = classify(path, exc)
        if mapped is exc:
            raise
        raise mapped from exc
