"""Automatic, verified backup copies of the open file, and where they go.

When: on close if anything changed, every 30 minutes of changes (the window's timer calls
``periodic``), and before risky work (``backup_before(reason)``: restore, import, mass changes;
migrations take theirs in storage). Where: the folder the user chose (a USB stick is common),
or the program's local folder; if the chosen folder is not there (stick not plugged in) the copy
goes to the local folder instead and the user is told. Each file's copies live in a subfolder
named after the file and its identity, and are thinned by domain.backups.backups_to_keep.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kuhina_desktop import appdirs
from kuhina_desktop.domain import backups as rules
from kuhina_desktop.domain.errors import DamagedFile, KuhinaError, StorageFault, ValidationError
from kuhina_desktop.storage import association_repo, drives
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.backup import (
    BACKUP_MARKER,
    backup_database,
    file_identity,
    source_connection,
)
from kuhina_desktop.storage.database import DataFile
from kuhina_desktop.storage.fileinfo import quick_check

log = logging.getLogger(__name__)

FOLDER_KEY = "backup_folder"
WARN_DAYS_KEY = "backup_warn_days"
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    made_at: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class BackupResult:
    path: Path
    fell_back: bool               # the chosen folder was not reachable: the copy went local
    removed: tuple[Path, ...] = ()  # older copies the thinning rule let go


def set_folder_name(stem: str, identity: str) -> str:
    return f"{stem}-{identity}"


def list_folder(folder: Path, stem: str | None = None) -> list[BackupEntry]:
    """Our backup files in ``folder`` (of one file stem, if given), newest first."""
    entries = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            name = rules.parse_backup_name(path.name)
            if name is None or (stem is not None and name.stem != stem):
                continue
            with contextlib.suppress(OSError):
                entries.append(BackupEntry(path, name.made_at, name.reason, path.stat().st_size))
    return sorted(entries, key=lambda e: (e.made_at, e.path.name), reverse=True)


def thin_folder(folder: Path, stem: str, now: datetime) -> tuple[Path, ...]:
    """Delete the copies of ``stem`` in ``folder`` that the thinning rule does not keep."""
    entries = list_folder(folder, stem)
    keep = rules.backups_to_keep([e.made_at for e in entries], now)
    removed = []
    for entry in entries:
        if entry.made_at not in keep:
            with contextlib.suppress(OSError):
                entry.path.unlink()
                removed.append(entry.path)
    return tuple(removed)


def free_backup_path(folder: Path, stem: str, now: datetime, reason: str) -> Path:
    for serial in range(1000):
        candidate = folder / rules.BackupName(now.replace(microsecond=0), stem, reason,
                                              serial).file_name()
        if not candidate.exists():
            return candidate
    raise StorageFault(str(folder), code="io_error", path=str(folder), detail="no free name")


@dataclass(frozen=True)
class BackupPlan:
    """One copy, decided on the GUI thread; made by ``make_copy`` on any thread."""

    source: Path
    folder: Path
    reason: str
    now: datetime
    fell_back: bool
    thin: bool
    changes: int  # the file's change count when the copy was decided


# Two copies at once (the timer and "Back up now") would pick the same free name.
_copy_lock = threading.Lock()


def make_copy(plan: BackupPlan, data: DataFile | None = None) -> BackupResult:
    """Backup API copy, integrity_check of the copy, thinning.

    Without ``data`` (on a worker thread: a connection belongs to the thread that made it)
    the file is read through a read-only connection of its own: the copy is the committed
    state. A damaged file is refused: it must not thin out good copies. The copy is the file
    page for page, so its integrity_check has looked at every page of the file as well; the
    file's own quick_check is run only when a copy fails, to tell which of them is damaged.
    """
    with source_connection(plan.source, data.conn if data else None) as source:
        marker = {"path": str(plan.source), "made_at": plan.now.isoformat(timespec="seconds"),
                  "reason": plan.reason}
        with _copy_lock:
            path = free_backup_path(plan.folder, plan.source.stem, plan.now, plan.reason)
            try:
                backup_database(source, path, marker=marker)
            except StorageFault as exc:
                if exc.code == "backup_unverified":
                    _refuse_a_damaged_file(source, plan.source)
                raise
    removed = thin_folder(plan.folder, plan.source.stem, plan.now) if plan.thin else ()
    return BackupResult(path, plan.fell_back, removed)


def _refuse_a_damaged_file(source, path: Path) -> None:
    problems = quick_check(source)
    if problems:
        raise DamagedFile(str(path), path=str(path), reason="; ".join(problems[:3]))


class BackupService:
    def __init__(self, data: DataFile, clock: Clock = datetime.now) -> None:
        self._data = data
        self._clock = clock
        self._session_started = clock()
        self._changes_at_backup = data.changes_since_open
        self._last_result: BackupResult | None = None
        self._set_name: str | None = None

    @classmethod
    def since_open(cls, data: DataFile) -> BackupService:
        """The file's own service, made on first use: as if made when the file was opened,
        so that every change since then counts and the 30-minute rule starts from the open."""
        service = cls(data)
        service._session_started = data.opened_at
        service._changes_at_backup = 0
        return service

    # ----- settings ---------------------------------------------------------------------------
    def chosen_folder(self) -> Path | None:
        value = association_repo.get_setting(self._data, FOLDER_KEY, None)
        return Path(str(value)) if value else None

    def warn_days(self) -> int:
        value = association_repo.get_setting(self._data, WARN_DAYS_KEY, rules.DEFAULT_WARN_DAYS)
        return value if isinstance(value, int) and value > 0 else rules.DEFAULT_WARN_DAYS

    def set_folder(self, folder: Path | None) -> list[KuhinaError]:
        """Choose where copies go (None = the local default); returns warnings to show."""
        if folder is not None:
            folder = folder.expanduser().resolve()
            if not folder.is_dir():
                raise ValidationError("no such folder", code="backup_folder_invalid",
                                      field="backup_folder", path=str(folder))
            if not os.access(folder, os.W_OK):
                raise ValidationError("folder not writable", code="backup_folder_read_only",
                                      field="backup_folder", path=str(folder))
        with self._data.write() as db:
            association_repo.set_setting(db, FOLDER_KEY, str(folder) if folder else None)
            record_change(db, "settings", None, "update", [FOLDER_KEY])
        return self._folder_warnings(folder)

    def set_warn_days(self, days: int) -> None:
        if not 1 <= days <= 365:
            raise ValidationError("out of range", code="backup_warn_days", field="backup_warn_days")
        with self._data.write() as db:
            association_repo.set_setting(db, WARN_DAYS_KEY, days)
            record_change(db, "settings", None, "update", [WARN_DAYS_KEY])

    # ----- folders ----------------------------------------------------------------------------
    def set_name(self) -> str:
        """Computed once per session: it must not change when the file is closed."""
        if self._set_name is None:
            identity = file_identity(self._data.conn, self._data.path)
            self._set_name = set_folder_name(self._data.path.stem, identity)
        return self._set_name

    def local_folder(self) -> Path:
        return appdirs.backups_dir() / self.set_name()

    def target_folder(self) -> tuple[Path, bool]:
        """(folder for the next copy, True when the chosen folder was not reachable)."""
        chosen = self.chosen_folder()
        if chosen is None:
            return self.local_folder(), False
        if chosen.is_dir() and os.access(chosen, os.W_OK):
            return chosen / self.set_name(), False
        return self.local_folder(), True

    def folders(self) -> list[Path]:
        """Every folder that may hold copies of this file: chosen first, then local."""
        chosen = self.chosen_folder()
        found = [chosen / self.set_name()] if chosen else []
        return [*found, self.local_folder()]

    # ----- taking copies ----------------------------------------------------------------------
    @property
    def changed_since_backup(self) -> bool:
        return self._data.changes_since_open > self._changes_at_backup

    def backup_now(self, reason: str = "manual", folder: Path | None = None,
                   thin: bool = True) -> BackupResult:
        """Take one verified copy now, on this thread and this file's connection."""
        plan = self.plan(reason, folder, thin)
        return self.finish(plan, make_copy(plan, self._data))

    def plan(self, reason: str = "manual", folder: Path | None = None,
             thin: bool = True) -> BackupPlan:
        """Everything a copy needs from the open file, read here (on the GUI thread) so that
        ``make_copy`` can run on a worker thread with a connection of its own."""
        target, fell_back = (folder, False) if folder is not None else self.target_folder()
        return BackupPlan(self._data.path, target, reason, self._clock(), fell_back, thin,
                          self._data.changes_since_open)

    def finish(self, plan: BackupPlan, made: BackupResult) -> BackupResult:
        """Note a copy made from ``plan`` (on the GUI thread, after ``make_copy``)."""
        # Changes saved while a background copy ran are not in it: count from the plan.
        self._changes_at_backup = max(self._changes_at_backup, plan.changes)
        remember_folder(self._data.path, plan.folder)
        self._last_result = made
        log.info("backup %s (%s)%s", made.path, plan.reason,
                 " - chosen folder missing" if made.fell_back else "")
        return made

    def save_copy(self, target: Path, in_worker: bool = False) -> Path:
        """File → Save a copy: a verified, marked copy under a name the user chose.

        ``in_worker``: called on a worker thread, so read through a connection of its own.
        """
        now = self._clock()
        marker = {"path": str(self._data.path), "made_at": now.isoformat(timespec="seconds"),
                  "reason": "manual"}
        with source_connection(self._data.path, None if in_worker else self._data.conn) as conn:
            return backup_database(conn, target, marker=marker)

    def make_working_file(self) -> None:
        """The user decided to edit a backup copy as a file of its own: drop the marker."""
        with self._data.write() as db:
            association_repo.delete_setting(db, BACKUP_MARKER)
            record_change(db, "settings", None, "delete", [BACKUP_MARKER])

    def backup_before(self, reason: str) -> BackupResult:
        """A copy before risky work (restore, import, mass change): call it, then do the work.

        ``reason`` names the work: one of domain.backups.REASONS, or an area's own word such
        as "wage_import" (anything with "import" in it counts as an import).
        """
        return self.backup_now(backup_reason(reason))

    def plan_before(self, reason: str) -> BackupPlan:
        """backup_before() for work that runs on a worker thread: see services.import_job."""
        return self.plan(backup_reason(reason))

    def periodic(self) -> BackupResult | None:
        """Called by the window's timer: a copy when changes are older than the interval."""
        return self.backup_now("periodic") if self.periodic_due() else None

    def periodic_due(self) -> bool:
        if self._data.read_only:
            return False
        last = _made_at(self._last_result.path) if self._last_result else None
        return rules.periodic_backup_due(
            last_backup_at=last,
            changed=self.changed_since_backup, now=self._clock(),
            session_started=self._session_started)

    def on_close(self) -> BackupResult | None:
        """The copy taken when the file is closed, if anything changed since the last copy."""
        return self.backup_now("close") if self.close_due() else None

    def close_due(self) -> bool:
        return not self._data.read_only and self.changed_since_backup

    def close_safely(self) -> BackupResult | None:
        """on_close() for the moment the file closes: a failed copy is logged, never blocks closing.

        The failure stays visible: the next open warns that the newest copy is old.
        """
        try:
            return self.on_close()
        except Exception:  # noqa: BLE001 - closing must go on; the reason is in the log
            log.exception("backup on close failed for %s", self._data.path)
            return None

    # ----- looking at copies ------------------------------------------------------------------
    def list_backups(self) -> list[BackupEntry]:
        entries: dict[Path, BackupEntry] = {}
        for folder in self.folders():
            for entry in list_folder(folder, self._data.path.stem):
                entries.setdefault(entry.path.resolve(), entry)
        return sorted(entries.values(), key=lambda e: e.made_at, reverse=True)

    def last_backup_at(self) -> datetime | None:
        """The newest copy where the user expects them (the chosen folder, else the local one)."""
        folder = self.folders()[0]
        newest = list_folder(folder, self._data.path.stem)
        return newest[0].made_at if newest else None

    def warnings(self) -> list[KuhinaError]:
        """What the user should know about backups of this file, as translatable errors."""
        found = self._folder_warnings(self.chosen_folder())
        chosen = self.chosen_folder()
        if chosen is not None and not chosen.is_dir():
            found.append(KuhinaError(code="backup_folder_missing", path=str(chosen)))
        last = self.last_backup_at()
        if rules.backup_is_old(last, self._clock(), self.warn_days()):
            found.append(KuhinaError(code="backup_old" if last else "backup_none",
                                     days=(self._clock() - last).days if last else 0))
        return found

    def _folder_warnings(self, folder: Path | None) -> list[KuhinaError]:
        if folder is not None and drives.is_network_path(folder):
            return [KuhinaError(code="backup_folder_network", path=str(folder))]
        return []


def backup_reason(reason: str) -> str:
    """An area's own word for its risky work ("wage_import") as one of the known reasons."""
    if reason in rules.REASONS:
        return reason
    return "before-import" if "import" in reason else "before-mass-change"


def _made_at(path: Path) -> datetime | None:
    name = rules.parse_backup_name(path.name)
    return name.made_at if name else None


# ----- which folders hold a file's copies (also when the file itself is unreadable) ----------
def _index_path() -> Path:
    return appdirs.config_dir() / "backup_folders.json"


def _read_index() -> dict[str, list[str]]:
    try:
        data = json.loads(_index_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remember_folder(data_path: Path, folder: Path) -> None:
    """Note where copies of a file went, so a damaged file can still find them."""
    index = _read_index()
    key = str(data_path.resolve())
    folders = [str(folder), *[f for f in index.get(key, []) if f != str(folder)]][:8]
    if index.get(key) == folders:
        return
    index[key] = folders
    temp = _index_path().with_suffix(".tmp")
    with contextlib.suppress(OSError):
        temp.write_text(json.dumps(index, indent=1), encoding="utf-8")
        os.replace(temp, _index_path())


def known_backups(data_path: Path) -> list[BackupEntry]:
    """Copies of a file found through the index and the local backup folder, newest first."""
    folders = [Path(f) for f in _read_index().get(str(data_path.resolve()), [])]
    with contextlib.suppress(OSError):
        folders += sorted(p for p in appdirs.backups_dir().iterdir()
                          if p.is_dir() and p.name.startswith(f"{data_path.stem}-"))
    entries: dict[Path, BackupEntry] = {}
    for folder in folders:
        for entry in list_folder(folder, data_path.stem):
            entries.setdefault(entry.path.resolve(), entry)
    return sorted(entries.values(), key=lambda e: e.made_at, reverse=True)
