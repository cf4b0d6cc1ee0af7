"""Backups on 50, 1,000 and 10,000 employees; target ≤ 2× a plain copy of the same file.

`backup_{size}` is the whole backup as the program takes it (BackupService.backup_now): the
backup API copy to a temporary name with the backup marker, integrity_check of the copy (which
refuses a damaged file too: the copy is the file page for page), fsync, rename and thinning.
Its baseline, measured in the same run on the same file, is shutil.copyfile + fsync.

`backup_copy_step_{size}` is the copy alone (backup API in one step, marker, fsync, rename),
so that the cost of the verification the reliability goals ask for (G10: integrity_check of
every copy) is visible on its own line. The file's quick_check, which a backup runs only when
its copy fails, is printed beside it for comparison.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate  # noqa: E402

RUNS = 5


def _plain_copy(path: Path, folder: Path) -> None:
    target = folder / "plain.copy"
    shutil.copyfile(path, target)
    with target.open("rb") as handle:
        os.fsync(handle.fileno())


def _copy_step(conn: sqlite3.Connection, folder: Path) -> None:
    """The backup without its checks: the same calls backup_database makes, minus verification."""
    from kuhina_desktop.storage.backup import (
        _set_setting,
        _without_journal,
        fsync_file,
        fsync_folder,
    )

    temp, target = folder / "step.part", folder / "step.kuhina"
    dest = sqlite3.connect(temp)
    _without_journal(dest)
    conn.backup(dest, pages=-1)
    dest.execute("PRAGMA journal_mode = DELETE")
    _set_setting(dest, "backup_of", {"path": "x", "made_at": "now", "reason": "manual"})
    dest.close()
    fsync_file(temp)
    os.replace(temp, target)
    fsync_folder(folder)


def _checks(conn: sqlite3.Connection, folder: Path) -> tuple[float, float]:
    from kuhina_desktop.storage.fileinfo import integrity_check, quick_check

    start = time.perf_counter()
    quick_check(conn)
    middle = time.perf_counter()
    copy = sqlite3.connect(folder / "step.kuhina")
    integrity_check(copy)
    copy.close()
    return middle - start, time.perf_counter() - middle


def measure(path: Path, folder: Path) -> dict[str, float]:
    """Medians of interleaved runs: plain copy, whole backup, copy step, and the two checks."""
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage.database import open_data_file

    services = Services(open_data_file(path, backup_dir=folder))
    runs: dict[str, list[float]] = {"plain": [], "backup": [], "step": [], "quick": [],
                                    "integrity": []}
    try:
        for _ in range(RUNS):
            for name, work in (("plain", lambda: _plain_copy(path, folder)),
                               ("backup", lambda: services.backups.backup_now(
                                   "manual", folder=folder / "set")),
                               ("step", lambda: _copy_step(services.data.conn, folder))):
                start = time.perf_counter()
                work()
                runs[name].append(time.perf_counter() - start)
            quick, integrity = _checks(services.data.conn, folder)
            runs["quick"].append(quick)
            runs["integrity"].append(integrity)
    finally:
        services.close()
    return {name: statistics.median(values) for name, values in runs.items()}


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KUHINA_HOME"] = folder
        for size in (50, 1000, 10000):
            path = generate(size, Path(folder) / f"backup-{size}.kuhina")
            m = measure(path, Path(folder))
            mib = path.stat().st_size / 2**20
            base = f"baseline: {m['plain']:.3f} s plain copy of the same file ({mib:.1f} MiB)"
            print(f"FIGURE backup_{size}: {m['backup']:.3f} s | {base} | "
                  f"ratio: {m['backup'] / m['plain']:.2f} | target: ≤ 2×")
            print(f"FIGURE backup_copy_step_{size}: {m['step']:.3f} s | {base} | "
                  f"ratio: {m['step'] / m['plain']:.2f} | target: ≤ 2×")
            print(f"  backup_{size}: integrity_check of the copy {m['integrity']:.3f} s; "
                  f"quick_check of the file (only when a copy fails) {m['quick']:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
