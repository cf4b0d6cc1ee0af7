"""open_data_file() / create_data_file(): the only doors to a .kuhina file.

Order of trust when opening: read the header (not ours → refuse, untouched), open read-only
to look at the migrations (newer → refuse or read-only, untouched) and run quick_check
(damaged → refuse, untouched), take the lock file, back up if migrations are pending, and only
then open for writing.

The window opens a file with ``check_later``: quick_check reads every page, a tenth of a second
or more on a big file, so it runs after the window has appeared (OpeningCheck). Nothing is
written before it has passed: the first write waits for it. A file with migrations pending is
always checked first, because migrating writes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kuhina_desktop.domain.errors import (
    DamagedFile,
    DataFileError,
    FileLocked,
    NewerFileVersion,
)
from kuhina_desktop.storage import faults
from kuhina_desktop.storage.backup import backup_database, file_identity
from kuhina_desktop.storage.fileinfo import (
    APPLICATION_ID,
    applied_migrations,
    check_not_newer,
    quick_check,
    read_header,
    read_only_connection,
)
from kuhina_desktop.storage.lockfile import DataFileLock

if TYPE_CHECKING:
    from sqlite_utils import Database
from kuhina_desktop.storage.migrations import apply_migrations, schema_names

FILE_SUFFIX = ".kuhina"
BUSY_TIMEOUT_MS = 5000


class OpeningCheck:
    """quick_check and foreign_key_check of an open file, run once, on whichever thread asks
    first: the window's worker after the first paint, or the first write, which waits for it.

    Shared by the file's worker connections (open_worker_file), so that a write made on a
    worker waits for the same check.
    """

    def __init__(self, path: Path, problems: list[str] | None = None) -> None:
        self.path = path
        self._problems = problems
        self._lock = threading.Lock()

    @classmethod
    def passed(cls, path: Path) -> OpeningCheck:
        return cls(path, problems=[])

    @property
    def done(self) -> bool:
        return self._problems is not None

    def run(self) -> list[str]:
        """The problems found, empty when the file is healthy. Runs the check if none has."""
        with self._lock:
            if self._problems is None:
                self._problems = _check_file(self.path)
            return self._problems

    def damage(self) -> DamagedFile | None:
        """The error to show when the check found damage, None when the file is healthy."""
        problems = self.run()
        return _damaged(self.path, problems) if problems else None


def _check_file(path: Path) -> list[str]:
    try:
        conn = read_only_connection(path)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    try:
        return quick_check(conn)
    finally:
        conn.close()


def _damaged(path: Path, problems: list[str]) -> DamagedFile:
    return DamagedFile(str(path), path=str(path), reason="; ".join(problems[:5]))


class DataFile:
    """An open association file: its connection, the sqlite-utils Database over it (made on
    first use, so that opening and reading a file does not load sqlite-utils), and how it was
    opened."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool,
                 lock: DataFileLock | None, read_only_reason: str = "") -> None:
        self.path = path
        self._conn = conn
        self._closed = False
        self._db: Database | None = None
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self._lock = lock
        self.changes_since_open = 0
        self.opened_at = datetime.now()
        self._identity = _file_identity(path)
        self.opening_check = OpeningCheck.passed(path)
        # The unlocked key of a password-protected file (storage.protection); memory only.
        self.cipher = None

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = _database(self._conn, self.read_only)
        return self._db

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """One user action = one transaction, taken with BEGIN IMMEDIATE.

        Nested calls become savepoints. Operating-system faults (disk full, read-only, file
        gone) are turned into StorageFault subclasses that the UI can explain.
        """
        if self.read_only:
            raise faults.read_only_error(self.path, self.read_only_reason)
        self._require_checked()
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        if _file_identity(self.path) != self._identity:
            # Deleted, renamed or replaced while open: writing would go to a file nobody sees.
            raise faults.file_moved_error(self.path)
        with self._translated():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        self.changes_since_open += 1

    def _require_checked(self) -> None:
        """Nothing is written to a file before its opening check has passed."""
        damage = self.opening_check.damage()
        if damage is not None:
            self.read_only, self.read_only_reason = True, "damaged"
            raise damage

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        """Faults as KuhinaErrors; damage found while working stops all further writing."""
        try:
            with faults.translated(self.path):
                yield
        except DamagedFile:
            self.read_only, self.read_only_reason = True, "damaged"
            raise

    def query(self, sql: str, params: tuple | list = ()) -> list[sqlite3.Row]:
        with self._translated():
            cursor = self.conn.cursor()
            cursor.row_factory = sqlite3.Row
            return cursor.execute(sql, params).fetchall()

    def schema_version(self) -> str:
        applied = applied_migrations(self.conn)
        return applied[-1] if applied else ""

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None


def open_worker_file(data: DataFile) -> DataFile:
    """The open file again, for one job on a worker thread (ui/ops.run_in_background).

    Call it in the worker: a connection belongs to the thread that made it. It takes no lock
    file of its own (the open file's lock covers it) and the caller closes it. Its writes are
    ordinary transactions (BEGIN IMMEDIATE, busy timeout) on the same file.
    """
    if data.read_only:
        worker = _read_only_worker(data.path, data.read_only_reason)
    else:
        with faults.translated(data.path):
            conn = sqlite3.connect(str(data.path), timeout=BUSY_TIMEOUT_MS / 1000)
            _apply_pragmas(conn)
        worker = DataFile(data.path, conn, read_only=False, lock=None)
    worker.opening_check = data.opening_check
    # A password-protected file's unlocked key (kept in memory only) goes with it.
    if getattr(data, "cipher", None) is not None:
        worker.cipher = data.cipher
    return worker


@contextlib.contextmanager
def reading(path: Path) -> Iterator[DataFile]:
    """A read-only DataFile of its own for slow reads off the GUI thread, closed after use."""
    data = _read_only_worker(path, "worker")
    try:
        yield data
    finally:
        data.close()


def _read_only_worker(path: Path, reason: str | None) -> DataFile:
    return DataFile(path, read_only_connection(path), read_only=True, lock=None,
                    read_only_reason=reason)


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


# Characters in a new file's name: beside it go "<name>.lock" and "<name>-journal", and its
# backup copies are named "<stem>_<date and time>_<reason>.kuhina"; all must fit in the
# 255 bytes most file systems allow for a name (an ä takes two).
FILE_NAME_MAX = 100


def check_new_path(path: Path) -> Path:
    """The absolute path for a new file at ``path``, or a DataFileError that names what is
    wrong with the place (the name too long, the file already there, no such folder…).

    Only looks: nothing is created. create_data_file checks the same; the new-file wizard
    checks before its last page closes.
    """
    with faults.creating(path):
        path = path.resolve()
        if len(path.name) > FILE_NAME_MAX:
            raise DataFileError(str(path), code="file_name_too_long", path=str(path),
                                max=FILE_NAME_MAX)
        if path.is_dir():
            raise DataFileError(str(path), code="is_folder", path=str(path))
        if path.exists() or path.is_symlink():
            raise DataFileError(str(path), code="file_exists", path=str(path))
        folder = path.parent
        if not folder.exists():
            raise DataFileError(str(path), code="folder_missing", path=str(path),
                                folder=str(folder))
        if not folder.is_dir():
            raise DataFileError(str(path), code="not_a_folder", path=str(path),
                                folder=str(folder))
    return path


def create_data_file(path: Path) -> DataFile:
    """Create a new, empty association file at the current schema. Never overwrites."""
    path = check_new_path(path)
    lock = DataFileLock(path)
    with faults.creating(path):
        lock.acquire()
    try:
        with faults.creating(path):
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
            _apply_pragmas(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _migrate(_database(conn, False))
    except BaseException:
        lock.release()
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return DataFile(path, conn, read_only=False, lock=lock)


def open_data_file(path: Path, *, read_only: bool = False, allow_newer_read_only: bool = False,
                   break_foreign_lock: bool = False, backup_dir: Path | None = None,
                   check_later: bool = False) -> DataFile:
    """Open an existing file, refusing anything that is not a healthy Kuhina file.

    ``check_later``: leave quick_check to the returned file's ``opening_check`` (see the
    module's docstring); without it a damaged file raises DamagedFile here.
    """
    path = path.resolve()
    try:
        if not path.exists():
            raise DataFileError(str(path), code="file_missing", path=str(path))
        if path.is_dir():  # a folder handed on the command line or left in the recent list
            raise DataFileError(str(path), code="is_folder", path=str(path))
        if _journal_waiting(path):
            read_header(path, check_size=False)  # ours? only then may SQLite roll back into it
            _finish_interrupted_save(path)
        if read_header(path).wal or path.with_name(path.name + "-wal").exists():
            # Opened for writing, a WAL file is switched to DELETE mode (and a -wal file beside
            # it is copied in): a write, so such a file is checked first.
            check_later = False
    except OSError as exc:  # a name too long, a device, no permission to read…
        raise faults.opening_error(path, exc) from exc
    pending, newer, check = _inspect(path, check_later)
    if newer and not allow_newer_read_only:
        raise newer
    if read_only or newer:
        return _open_read_only(path, "newer" if newer else "requested", check)
    lock = DataFileLock(path)
    try:
        lock.acquire(break_foreign=break_foreign_lock)
    except PermissionError:
        return _open_read_only(path, "folder_read_only", check)
    except FileLocked:
        raise
    except OSError as exc:  # the lock file's name is too long, the folder went away…
        raise faults.opening_error(path, exc) from exc
    try:
        data = _open_writable(path, lock, pending, backup_dir)
    except BaseException:
        lock.release()
        raise
    data.opening_check = check
    return data


def _journal_waiting(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _finish_interrupted_save(path: Path) -> None:
    """Roll back a save that a crash or power cut interrupted, as SQLite promises.

    The half-written transaction is undone from the "hot" journal beside the file, but only
    a read-write connection may do it: the read-only inspection below would see a file it
    cannot read. So any connection that can write reads once here, and SQLite rolls back.
    The journal itself is never deleted or renamed by us (that is what corrupts files).
    """
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


def _inspect(path: Path, check_later: bool
             ) -> tuple[bool, NewerFileVersion | None, OpeningCheck]:
    """Read-only look inside: (are migrations pending, newer-version error or None, the
    opening check: done and passed, or left for later when ``check_later`` allows it)."""
    try:
        conn = read_only_connection(path)
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(str(path), path=str(path), reason=str(exc)) from exc
    try:
        try:
            applied = applied_migrations(conn)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise DamagedFile(str(path), path=str(path), reason=str(exc)) from exc
        pending = len(applied) < len(schema_names())
        check = OpeningCheck(path)
        if not check_later or pending:  # migrating writes: only a checked file is migrated
            problems = quick_check(conn)
            if problems:
                raise _damaged(path, problems)
            check = OpeningCheck.passed(path)
    finally:
        conn.close()
    try:
        check_not_newer(path, applied, schema_names())
    except NewerFileVersion as exc:
        return False, exc, check
    return pending, None, check


def _open_read_only(path: Path, reason: str, check: OpeningCheck | None = None) -> DataFile:
    data = DataFile(path, read_only_connection(path), read_only=True, lock=None,
                    read_only_reason=reason)
    if check is not None:
        data.opening_check = check
    return data


def _open_writable(path: Path, lock: DataFileLock, pending: bool,
                   backup_dir: Path | None) -> DataFile:
    if not _can_write(path):
        lock.release()
        return _open_read_only(path, reason="file_read_only")
    with faults.translated(path):
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        _apply_pragmas(conn)
        if pending:
            backup_before_migration(path, conn, backup_dir)
            _migrate(_database(conn, False))
    return DataFile(path, conn, read_only=False, lock=lock)


def _database(conn: sqlite3.Connection, read_only: bool) -> Database:
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False, recursive_triggers=not read_only)


def _can_write(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    # DELETE journal, never WAL: the file may live on a network drive or a synced folder,
    # where WAL's shared memory does not work and a -wal file can be left behind.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _migrate(db: Database) -> None:
    apply_migrations(db)
    db.execute(f"PRAGMA user_version = {len(schema_names())}")
    db.conn.commit()


def backup_before_migration(path: Path, conn: sqlite3.Connection, backup_dir: Path | None) -> Path:
    """A verified copy in the file's local backup set before its schema changes."""
    from kuhina_desktop import appdirs
    from kuhina_desktop.domain.backups import BackupName

    folder = backup_dir or appdirs.backups_dir() / f"{path.stem}-{file_identity(conn, path)}"
    now = datetime.now().replace(microsecond=0)
    target = folder / BackupName(now, path.stem, "before-migration").file_name()
    marker = {"path": str(path), "made_at": now.isoformat(), "reason": "before-migration"}
    backup_database(conn, target, marker=marker)
    return target
