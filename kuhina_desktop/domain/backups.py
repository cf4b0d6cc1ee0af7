"""Rules for automatic backup copies: when one is due, which ones to keep, how they are named.

Pure functions on datetimes, so that a year of backups can be simulated in a test.

Thinning keeps, counted back from today:
  * every backup of today and yesterday,
  * the newest backup of each of the 14 days before that,
  * the newest backup of each ISO week of the 8 weeks before that (a week that spans two
    months counts as two),
  * the newest backup of each month of the 12 months before that,
  * and, whatever their age, the newest KEEP_NEWEST backups, so that a file opened once a year
    still has its last copies.
The windows are calendar windows (not "the 14 newest days that have a backup") so that the
time a backup can survive is bounded: that bound is what an erased person is told (G22).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kuhina_desktop.domain.date_math import add_months, last_day_of_month, week_end

RECENT_DAYS = 2          # today and yesterday: everything
DAILY_DAYS = 14
WEEKLY_WEEKS = 8
MONTHLY_MONTHS = 12
KEEP_NEWEST = 3
PERIODIC_INTERVAL = timedelta(minutes=30)
DEFAULT_WARN_DAYS = 7

# The reasons a copy was taken; part of the file name so that a person can read it too.
REASONS = ("manual", "close", "periodic", "before-migration", "before-restore", "before-import",
           "before-mass-change", "after-erasure", "demo")

_NAME = re.compile(r"^(?P<stem>.+)_(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})_(?P<reason>[a-z-]+)"
                   r"(?:-(?P<n>\d+))?\.kuhina$")
_STAMP = "%Y-%m-%d_%H%M%S"


@dataclass(frozen=True, order=True)
class BackupName:
    made_at: datetime
    stem: str
    reason: str
    serial: int = 0

    def file_name(self) -> str:
        suffix = f"-{self.serial}" if self.serial else ""
        return f"{self.stem}_{self.made_at.strftime(_STAMP)}_{self.reason}{suffix}.kuhina"


def parse_backup_name(name: str) -> BackupName | None:
    """The parts of a backup file name, or None for any file that is not one of ours."""
    match = _NAME.match(name)
    if not match or match["reason"] not in REASONS:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupName(made_at, match["stem"], match["reason"], int(match["n"] or 0))


def _windows(today: date) -> tuple[date, date, date]:
    """First day of the daily, weekly and monthly windows for ``today``."""
    daily_start = today - timedelta(days=RECENT_DAYS - 1 + DAILY_DAYS)
    weekly_start = daily_start - timedelta(weeks=WEEKLY_WEEKS)
    monthly_start = add_months(weekly_start, -MONTHLY_MONTHS)
    return daily_start, weekly_start, monthly_start


def _bucket(day: date, today: date, windows: tuple[date, date, date] | None = None) -> tuple | None:
    """The period a backup of ``day`` represents: None = recent (all kept), ("expired",) = none."""
    daily_start, weekly_start, monthly_start = windows or _windows(today)
    if day >= today - timedelta(days=RECENT_DAYS - 1):
        return None  # handled by the caller: every recent backup is kept
    if day >= daily_start:
        return ("day", day)
    # Weeks (split at a month's end so that they nest inside months) move to the monthly
    # window as a whole: then thinning after every copy keeps the same copies as thinning the
    # whole history at once, and no month loses its last copy on the way.
    week_part_end = min(week_end(day), last_day_of_month(day))
    if week_part_end >= weekly_start:
        return ("week", day.year, day.month, day.isocalendar()[1])
    if day >= monthly_start:
        return ("month", day.year, day.month)
    return ("expired",)


def backups_to_keep(made: Iterable[datetime], now: datetime) -> set[datetime]:
    """The subset of backup times the thinning rule keeps at ``now``."""
    ordered = sorted(set(made), reverse=True)
    today = now.date()
    recent_start = today - timedelta(days=RECENT_DAYS - 1)
    kept: set[datetime] = set(ordered[:KEEP_NEWEST])
    seen: set[tuple] = set()
    windows = _windows(today)
    for made_at in ordered:  # newest first: the newest backup of each period wins
        day = made_at.date()
        if day >= recent_start:
            kept.add(made_at)
            continue
        bucket = _bucket(day, today, windows)
        if bucket is None or bucket == ("expired",) or bucket in seen:
            continue
        seen.add(bucket)
        kept.add(made_at)
    return kept


def latest_expiry(made_at: datetime) -> date:
    """The last day the thinning rule can still keep this backup (apart from KEEP_NEWEST).

    After this day its month has left the monthly window. Newer backups in the same period can
    make it go earlier, never later, so this is the honest "until when" for an erased person.
    """
    return _latest_expiry(made_at.date())


@functools.lru_cache(maxsize=4096)
def _latest_expiry(day: date) -> date:
    candidate = day
    while _bucket(day, candidate + timedelta(days=1)) != ("expired",):
        candidate += timedelta(days=1)
    return candidate


def periodic_backup_due(*, last_backup_at: datetime | None, changed: bool, now: datetime,
                        interval: timedelta = PERIODIC_INTERVAL,
                        session_started: datetime | None = None) -> bool:
    """A periodic copy is due when something changed and the last copy is older than the interval.

    Without any earlier copy the interval is counted from the start of the session, so that
    the first periodic copy comes half an hour into the work, not at the first keystroke.
    """
    if not changed:
        return False
    reference = last_backup_at or session_started
    return reference is None or now - reference >= interval


def backup_is_old(last_backup_at: datetime | None, now: datetime,
                  warn_days: int = DEFAULT_WARN_DAYS) -> bool:
    """True when the user should be reminded that the newest copy is old (or missing)."""
    return last_backup_at is None or now - last_backup_at > timedelta(days=warn_days)
