"""Demo data for data safety: a backup folder beside the demo file with a few earlier copies.

This step should stay the last one: the copies then hold everything the other steps added.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from kuhina_desktop.services import Services
from kuhina_desktop.services.backups import BackupService

# (days before today, time of day, why): what a treasurer's folder looks like after a month.
DEMO_COPIES = ((35, time(18, 2), "before-migration"), (6, time(15, 41), "close"),
               (1, time(16, 5), "close"))


def demo_backup_folder(services: Services):
    return services.path.with_name(f"{services.path.stem}-varmuuskopiot")


def add_safety(services: Services, today: date) -> None:
    folder = demo_backup_folder(services)
    folder.mkdir(exist_ok=True)
    services.backups.set_folder(folder)
    for days_ago, at, reason in DEMO_COPIES:
        moment = datetime.combine(today - timedelta(days=days_ago), at)
        BackupService(services.data, clock=lambda m=moment: m).backup_now(reason, thin=False)
