"""Backup rules: names, when a copy is due, and the thinning rule (table-driven and simulated)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from kuhina_desktop.domain import backups as rules
from kuhina_desktop.domain.backups import (
    BackupName,
    backup_is_old,
    backups_to_keep,
    latest_expiry,
    parse_backup_name,
    periodic_backup_due,
)

NOW = datetime(2026, 6, 15, 12, 0)


def at(days_ago: int, hour: int = 10, minute: int = 0) -> datetime:
    return (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=minute)


def test_name_round_trip_and_foreign_names() -> None:
    name = BackupName(datetime(2026, 3, 5, 14, 7, 9), "Esimerkki yhdistys", "before-import", 2)
    assert name.file_name() == "Esimerkki yhdistys_2026-03-05_140709_before-import-2.kuhina"
    assert parse_backup_name(name.file_name()) == name
    for foreign in ("Esimerkki.kuhina", "x_2026-03-05_140709_holiday.kuhina",
                    "x_2026-02-31_140709_manual.kuhina", "x_2026-03-05_140709_manual.kuhina.part"):
        assert parse_backup_name(foreign) is None


def test_everything_from_today_and_yesterday_is_kept() -> None:
    made = [at(0, h) for h in range(0, 12)] + [at(1, h) for h in range(0, 24, 2)]
    assert backups_to_keep(made, NOW) == set(made)


def test_newest_of_each_day_in_the_daily_window() -> None:
    today = [at(0, h) for h in (1, 2, 3)]
    made = [at(5, 9), at(5, 17), at(15, 8), at(15, 9), *today]
    assert backups_to_keep(made, NOW) == {at(5, 17), at(15, 9), *today}


def test_newest_of_each_week_then_each_month() -> None:
    # 30 and 32 days ago share an ISO week inside one month; 200 and 210 days ago share a month.
    made = [at(30), at(32), at(200), at(210)] + [at(0, h) for h in (1, 2, 3)]
    kept = backups_to_keep(made, NOW)
    assert at(30) in kept and at(32) not in kept
    assert at(200) in kept and at(210) not in kept


def test_old_copies_go_except_the_newest_three() -> None:
    made = [at(800), at(900), at(1000), at(1100)]
    assert backups_to_keep(made, NOW) == {at(800), at(900), at(1000)}
    made += [at(0, h) for h in (1, 2, 3)]
    assert backups_to_keep(made, NOW) == {at(0, 1), at(0, 2), at(0, 3)}


def test_latest_expiry_is_the_last_day_a_copy_can_be_kept() -> None:
    for days_ago in (0, 3, 20, 80, 300):
        made_at = at(days_ago)
        expiry = latest_expiry(made_at)
        fillers = [datetime.combine(expiry, datetime.min.time()).replace(hour=h) for h in (1, 2, 3)]
        on_expiry = datetime.combine(expiry, datetime.min.time()).replace(hour=23)
        assert made_at in backups_to_keep([made_at, *fillers], on_expiry)
        later = on_expiry + timedelta(days=1)
        later_fillers = [f + timedelta(days=1) for f in fillers]
        assert made_at not in backups_to_keep([made_at, *later_fillers], later)
    # The bound: about two days + 14 days + 8 weeks + 12 months.
    assert 420 <= (latest_expiry(NOW) - NOW.date()).days <= 460


@pytest.mark.parametrize("last, changed, now_minutes, expected", [
    (None, False, 60, False),     # nothing changed: never
    (None, True, 10, False),      # first copy 30 minutes into the session
    (None, True, 31, True),
    (0, True, 29, False),
    (0, True, 30, True),
])
def test_periodic_backup_due(last, changed, now_minutes, expected) -> None:
    start = datetime(2026, 1, 1, 8, 0)
    last_at = None if last is None else start + timedelta(minutes=last)
    now = start + timedelta(minutes=now_minutes)
    assert periodic_backup_due(last_backup_at=last_at, changed=changed, now=now,
                               session_started=start) is expected


def test_old_backup_warning() -> None:
    assert backup_is_old(None, NOW)
    assert not backup_is_old(NOW - timedelta(days=7), NOW, warn_days=7)
    assert backup_is_old(NOW - timedelta(days=8), NOW, warn_days=7)


def test_thinning_step_by_step_equals_thinning_the_whole_history() -> None:
    """400 simulated days of irregular use: thinning after every copy keeps exactly what the
    rule keeps of the whole history, every day and every week of the windows stays covered,
    and the number of copies stays bounded."""
    rnd = random.Random(400)
    history: list[datetime] = []
    kept: set[datetime] = set()
    start = datetime(2025, 3, 1)
    for day in range(400):
        minutes = sorted({rnd.randrange(24 * 60) for _ in range(rnd.choice([0, 0, 1, 1, 2, 5]))})
        for minute in minutes:  # the clock only moves forward
            made = start + timedelta(days=day, minutes=minute)
            history.append(made)
            kept = backups_to_keep(kept | {made}, made)
            assert kept == backups_to_keep(history, made)
        now = start + timedelta(days=day, hours=23, minutes=59)
        kept = backups_to_keep(kept, now)
        _assert_windows_covered(history, kept, now)
        recent = [m for m in kept if m.date() >= now.date() - timedelta(days=1)]
        assert len(kept) - len(recent) <= 14 + 8 + 2 + 12 + 1 + rules.KEEP_NEWEST


def _assert_windows_covered(history: list[datetime], kept: set[datetime], now: datetime) -> None:
    today = now.date()
    for days_ago in range(2, 16):
        day = today - timedelta(days=days_ago)
        that_day = [m for m in history if m.date() == day]
        if that_day:
            assert max(that_day) in kept, day
    for made in kept:
        assert made.date() <= latest_expiry(made) or made in sorted(history)[-rules.KEEP_NEWEST:]
    assert all(m.date() <= today for m in kept)
    assert min(kept, default=now).date() >= date(2000, 1, 1)
