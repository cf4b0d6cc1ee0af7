"""The wage grid reads only its own month: its flags and locks must be those the whole-file
computation gives for that month."""

from __future__ import annotations

from datetime import date

from kuhina_desktop.domain.date_math import add_months, first_day_of_month


def test_grid_flags_and_locks_match_the_whole_file_answer(demo_services) -> None:
    wages, today = demo_services.wages, date.today()
    every_flag = {(f.employee_id, f.month): f.kind for f in wages.flags(today)}
    every_lock = wages.locks()
    assert every_flag and every_lock  # the demo has both, so the comparison means something
    seen_flags = seen_locks = 0
    for back in range(-2, 30):
        month = add_months(first_day_of_month(today), -back)
        for row in wages.grid(month, today):
            key = (row.employee.id, month)
            assert row.flag == every_flag.get(key), key
            assert list(row.locked_by) == every_lock.get(key, []), key
            seen_flags += row.flag is not None
            seen_locks += bool(row.locked_by)
    assert seen_flags and seen_locks
