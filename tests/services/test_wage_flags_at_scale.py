"""The wage month page's month-scoped reads against the whole-file computation.

The grid works out flags and locks for the month shown only, and the line under it counts the
file's flags in SQL; both must give exactly what ``WagesService.flags()`` (every month of every
employee) and ``locks()`` (every sent application expanded) give, for every month of a
generated 50-employee file varied so that it has every kind of flag.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.domain.date_math import add_months
from kuhina_desktop.domain.wages import FlagKind
from kuhina_desktop.services import Services
from kuhina_desktop.storage.database import open_data_file
from tests.wage_flag_file import flagged_file

TODAY = date(2026, 11, 30)
# The generator's day, a day in the middle of the history, and both sides of a month's end
# (a month's wages are known only once it has ended).
DAYS = (TODAY, date(2021, 3, 15), date(2022, 6, 30), date(2022, 7, 1))


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    path = flagged_file(tmp_path_factory.mktemp("flags") / "g50.kuhina", TODAY)
    opened = Services(open_data_file(path))
    yield opened
    opened.close()


def _every_month() -> list[date]:
    months, month = [], date(2014, 12, 1)
    while month <= date(2027, 3, 1):
        months.append(month)
        month = add_months(month, 1)
    return months


@pytest.mark.parametrize("today", DAYS)
def test_month_scoped_flags_and_locks_equal_the_whole_file_answer(services, today) -> None:
    wages = services.wages
    every_flag = {(f.employee_id, f.month): f.kind for f in wages.flags(today)}
    every_lock = wages.locks()
    assert {FlagKind.MISSING, FlagKind.OUTSIDE_DECISION} <= set(every_flag.values())
    # June 2022 is left out for everyone: known (missing) on its last day's morrow only.
    june = [key for key in every_flag if key[1] == date(2022, 6, 1)]
    assert bool(june) == (today > date(2022, 6, 30))
    seen_flags: dict[tuple[int, date], FlagKind] = {}
    seen_locks: dict[tuple[int, date], list[int]] = {}
    for month in _every_month():
        scoped = wages.month_flags(month, today)
        seen_flags.update({(employee_id, month): kind for employee_id, kind in scoped.items()})
        rows = wages.grid(month, today)
        # The rows read again after a save are those of the whole month.
        some = {row.employee.id for row in rows[::7]}
        assert wages.grid(month, today, some) == [r for r in rows if r.employee.id in some]
        for row in rows:
            key = (row.employee.id, month)
            assert row.flag == every_flag.get(key), key
            if row.locked_by:
                seen_locks[key] = list(row.locked_by)
    # Every flag of the file is found month by month, and nothing else.
    assert seen_flags == every_flag
    # The generator's employees all have contracts, so every lock lands on a grid row.
    assert seen_locks == every_lock and seen_locks


@pytest.mark.parametrize("today", DAYS)
def test_the_flag_summary_counts_and_lists_what_the_whole_file_gives(services, today) -> None:
    wages = services.wages
    flags = wages.flags(today)
    names = wages.employee_names()
    summary = wages.flag_summary(today, limit=20)
    missing = [f for f in flags if f.kind == FlagKind.MISSING]
    assert summary.missing == len(missing) > 20
    assert summary.outside == len(flags) - len(missing) > 0
    assert summary.first == tuple((f.kind, f.employee_id, names[f.employee_id], f.month)
                                  for f in flags[:20])
    assert summary.first_missing == tuple((f.employee_id, names[f.employee_id], f.month)
                                          for f in missing[:20])


def test_an_empty_file_has_no_flags(tmp_path: Path) -> None:
    from kuhina_desktop.demo.association import DEMO_ASSOCIATION
    from kuhina_desktop.services.files import create_association_file

    services = create_association_file(tmp_path / "empty.kuhina", DEMO_ASSOCIATION)
    try:
        summary = services.wages.flag_summary(TODAY)
        assert (summary.missing, summary.outside, summary.first) == (0, 0, ())
        assert services.wages.month_flags(date(2026, 10, 1), TODAY) == {}
    finally:
        services.close()
