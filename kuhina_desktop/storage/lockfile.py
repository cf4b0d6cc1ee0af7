"""A lock file beside the data file that says who has it open (user, host, pid, since).

SQLite's own locks protect single transactions; this protects a whole editing session, and
unlike an OS lock it can tell a second computer on a shared drive *who* holds the file.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from kuhina_desktop.domain.errors import FileLocked


class LockHolder(NamedTuple):  # not a dataclass: one costs a millisecond at start-up
    user: str
    host: str
    pid: int
    since: str

    @property
    def is_this_host(self) -> bool:
        return self.host == host_name()


def lock_path_for(data_path: Path) -> Path:
    return data_path.with_name(data_path.name + ".lock")


def host_name() -> str:
    """The computer's name, as socket.gethostname() gives it (the same uname call on Linux
    and macOS, without loading the socket module at start-up)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not a reason to refuse to work
        return "?"


def _me() -> LockHolder:
    return LockHolder(os_user(), host_name(), os.getpid(),
                      datetime.now().isoformat(timespec="seconds"))


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0 only asks
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except OSError:
        return False
    return True


# On Windows os.kill(pid, 0) does not ask: it sends Ctrl+C to the console process group ``pid``.
# The process is looked up with the Win32 API instead.
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_ERROR_ACCESS_DENIED = 5
_STILL_ACTIVE = 259


def _windows_pid_alive(pid: int, kernel32=None, last_error=None) -> bool:
    import ctypes

    kernel32 = kernel32 or _kernel32()
    last_error = last_error or ctypes.get_last_error
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return last_error() == _ERROR_ACCESS_DENIED  # it runs, but is not ours to look at
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _kernel32():
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    return kernel32


def read_holder(lock_path: Path) -> LockHolder | None:
    try:
        data = json.loads(lock_path.read_text(encoding="utf-8"))
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DataFileLock:
    """Held while a file is open for writing; release() removes the lock file."""

    def __init__(self, data_path: Path) -> None:
        self.data_path = data_path
        self.path = lock_path_for(data_path)
        self.holder = _me()
        self._held = False

    def acquire(self, *, break_foreign: bool = False) -> None:
        """Take the lock; a stale lock of a dead process on this host is recovered silently.

        Raises FileLocked (with the holder) when another live process or another computer
        has the file; ``break_foreign=True`` takes it anyway, after the user confirmed.
        """
        for _attempt in range(3):
            if self._try_create():
                return
            holder = read_holder(self.path)
            if holder and holder.pid == os.getpid() and holder.is_this_host:
                raise self._locked(holder, same_process=True)
            stale = holder is None or (holder.is_this_host and not pid_alive(holder.pid))
            if not (stale or break_foreign):
                raise self._locked(holder)
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        raise self._locked(read_holder(self.path))

    def _locked(self, holder: LockHolder | None, same_process: bool = False) -> FileLocked:
        """The error names the data file (the user never sees the lock file); a file this
        very program has open already is said so, not "open elsewhere"."""
        path = str(self.data_path)
        if same_process:
            return FileLocked(path, code="file_open_here", path=path, holder=holder,
                              same_process=True)
        return FileLocked(path, path=path, holder=holder)

    def _try_create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.holder._asdict(), handle)
        except BaseException:  # a full disk: no half-written lock file is left behind
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise
        self._held = True
        return True

    def release(self) -> None:
        if not self._held:
            return
        holder = read_holder(self.path)
        if holder == self.holder:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        self._held = False
