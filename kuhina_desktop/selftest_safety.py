"""Self-test steps of data safety: a backup, a restore and the change history, for real."""

from __future__ import annotations

from pathlib import Path


def check_backup_and_restore(folder: Path) -> str:
    """A verified copy is made with the backup API, restored under a new name and checked."""
    from kuhina_desktop.demo import build_demo
    from kuhina_desktop.services.restore import restore_backup
    from kuhina_desktop.storage.checks import check_file

    source = folder / "selftest-safety.kuhina"
    services = build_demo(source)
    try:
        copy = services.backups.backup_now("manual", folder=folder / "selftest-backups").path
        broken = services.audit.verify()
    finally:
        services.close()
    if broken is not None:
        raise AssertionError(f"the change history of the demo breaks at entry {broken}")
    restored = folder / "selftest-restored.kuhina"
    restore_backup(copy, restored)
    report = check_file(restored)
    if not report.ok:
        raise AssertionError("; ".join(report.problems))
    return f"copy {copy.stat().st_size} bytes, restored and checked"


SAFETY_SELF_TESTS = [check_backup_and_restore]
