"""Is a path on a network drive? SQLite's locking is unreliable there, so the user is warned.

Windows: a UNC path (\\\\server\\share) or a drive letter whose type is DRIVE_REMOTE (a mapped
drive). Elsewhere: the file-system type of the mount the path lives on. Tests replace
``classify`` to pretend any path is remote; callers go through ``is_network_path``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p", "davfs",
    "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.gvfsd-fuse", "afpfs", "webdav",
})
DRIVE_REMOTE = 4


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    import ctypes

    root = os.path.splitdrive(text)[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOTE  # type: ignore[attr-defined]


def _mount_fs_type(path: Path, mounts_text: str) -> str:
    """The file-system type of the longest mount point that contains ``path``."""
    best, best_type = "", ""
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_type = point, parts[2]
    return best_type


def _posix_is_remote(path: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False  # macOS and friends: no cheap answer, assume local
    return _mount_fs_type(path, mounts) in NETWORK_FS_TYPES


def classify(path: Path) -> bool:
    resolved = Path(os.path.abspath(path))
    if sys.platform == "win32":
        return _windows_is_remote(resolved)
    return _posix_is_remote(resolved)


def is_network_path(path: Path) -> bool:
    try:
        return classify(path)
    except (OSError, ValueError, AttributeError):
        return False  # unknown is treated as local: the warning is advice, not a gate
