"""G10–G12: 400 simulated days of real backup files, thinned as they go; then every kept copy
is restored into the live location (the current file moved aside each time) and checked.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import datetime, timedelta
from pathlib import Path

from kuhina_desktop.demo.association import DEMO_ASSOCIATION
from kuhina_desktop.domain.backups import KEEP_NEWEST, backups_to_keep, latest_expiry
from kuhina_desktop.services.backups import BackupService, list_folder
from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.services.restore import newest_good_backup, restore_backup
from kuhina_desktop.storage.backup import read_summary
from kuhina_desktop.storage.database import open_data_file

DAYS = 400


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def simulate(path: Path) -> tuple[BackupService, dict[str, int], list[datetime], Clock]:
    """Irregular use for 400 days; each session changes the file and is backed up on close."""
    services = create_association_file(path, DEMO_ASSOCIATION)
    clock = Clock(datetime(2025, 1, 6, 8, 0))
    backups = BackupService(services.data, clock)
    rnd = random.Random(12)
    expected: dict[str, int] = {}
    made: list[datetime] = []
    for day in range(DAYS):
        start = datetime(2025, 1, 6) + timedelta(days=day)
        for session in range(rnd.choice([0, 0, 1, 1, 1, 2, 3])):
            clock.now = start + timedelta(hours=8 + 3 * session, minutes=rnd.randrange(60))
            value = day * 10 + session
            services.association.set_setting("drill_value", value)
            result = backups.on_close()
            expected[result.path.name] = value
            made.append(clock.now)
    services.data.close()
    return backups, expected, made, clock


def test_400_days_of_backups_then_restore_every_kept_copy(tmp_path: Path) -> None:
    live = tmp_path / "yhdistys.kuhina"
    backups, expected, made, clock = simulate(live)
    kept = list_folder(backups.local_folder(), live.stem)
    assert {e.made_at for e in kept} == backups_to_keep(made, clock.now)
    oldest = min(e.made_at for e in kept)
    newest_three = sorted(made)[-KEEP_NEWEST:]
    assert all(latest_expiry(e.made_at) >= clock.now.date() or e.made_at in newest_three
               for e in kept)
    print(f"FIGURE backup_days_simulated: {DAYS}")
    print(f"FIGURE backups_made: {len(made)}")
    print(f"FIGURE backups_kept_after_400_days: {len(kept)}")
    print(f"FIGURE oldest_backup_age_days: {(clock.now - oldest).days}")

    timings, successes = [], 0
    for entry in kept:
        started = time.perf_counter()
        result = restore_backup(entry.path, live)
        timings.append(time.perf_counter() - started)
        assert result.moved_aside is not None and result.moved_aside.exists()
        data = open_data_file(live)
        try:
            value = data.query("SELECT value FROM settings WHERE key = 'drill_value'")[0]["value"]
            marker = data.query("SELECT count(*) AS n FROM settings WHERE key = 'backup_of'")
            assert int(value) == expected[entry.path.name]
            assert marker[0]["n"] == 0  # a restored file is a working file, not a copy
            successes += 1
        finally:
            data.close()
    print(f"FIGURE restores: {len(kept)}")
    print(f"FIGURE restore_successes: {successes}")
    print(f"FIGURE restore_median_seconds: {statistics.median(timings):.3f}")
    assert successes == len(kept)


def test_a_damaged_live_file_is_offered_the_newest_good_copy(tmp_path: Path) -> None:
    live = tmp_path / "yhdistys.kuhina"
    services = create_association_file(live, DEMO_ASSOCIATION)
    first = services.backups.backup_now("manual").path
    services.association.set_setting("x", 1)
    services.close()
    newest = next(services.backups.local_folder().glob("*_close.kuhina"))
    bad = bytearray(newest.read_bytes())
    bad[len(bad) // 2:] = bytes(len(bad) - len(bad) // 2)
    newest.write_bytes(bytes(bad))  # the newest copy itself is damaged: it must be skipped
    data = bytearray(live.read_bytes())
    data[100:4096] = bytes(3996)
    live.write_bytes(bytes(data))
    offered = newest_good_backup(live)
    assert offered is not None and offered.path == first
    assert read_summary(offered.path, full_check=True).ok
