"""The Wage months page on files of 50, 1,000 and 10,000 employees over ten years.

- ``wages_view_months_open_N``: showing the wages view (its first tab is the month grid, on
  the default month) and then opening the busiest month of the file (the most rows, the worst
  case), each until the grid is filled and the missing-months line under it read; baseline: a bare sqlite3 read of that month's rows (its
  wage months and the employees with a contract in it).
- ``gui_max_block_wage_months_N_ms``: the longest gap of a 10 ms heartbeat on the GUI thread
  meanwhile, and while the month is saved (target ≤ 250 ms).

Each window measurement runs in a fresh process (benchmarks/_common.py).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._common import median_seconds, run_child  # noqa: E402

CHILD = r"""
import json, sys, time
from datetime import date
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from benchmarks._common import Heartbeat, main_window_on, settle

app, window = main_window_on(Path(sys.argv[1]))
busiest = date.fromisoformat(sys.argv[2])
# The home view fills its due list after its first paint: let that finish first, it is not
# this page's work.
idle = QEventLoop(); QTimer.singleShot(1500, idle.quit); idle.exec()

beat = Heartbeat()
beat.start()
started = time.perf_counter()
window.show_view("wages"); app.processEvents()
page = window.view("wages").months
settle(page)
built = time.perf_counter() - started
beat.stop()
build_gap = beat.max_gap_ms
beat.start()
started = time.perf_counter()
page.show_month(busiest)
settle(page)
month_s = time.perf_counter() - started
beat.stop()
opened, open_gap, rows = built + month_s, max(build_gap, beat.max_gap_ms), page.model.rowCount()
month_gap = beat.max_gap_ms
# A save of the shown month as the treasurer makes it: Ctrl+S with nothing changed still
# reads the month again (the pre-fix page also recounted every flag of the file).
beat.start()
started = time.perf_counter()
page.save(); app.processEvents()
settle(page)
saved = time.perf_counter() - started
beat.stop()
print(json.dumps({"open_s": opened, "rows": rows, "open_gap_ms": open_gap,
                  "built_s": built, "build_gap_ms": build_gap, "month_s": month_s,
                  "month_gap_ms": month_gap,
                  "save_s": saved, "save_gap_ms": beat.max_gap_ms}))
"""


def _busiest_month(path: Path) -> date:
    conn = sqlite3.connect(path)
    month = conn.execute("SELECT month FROM wage_months GROUP BY month"
                         " ORDER BY COUNT(*) DESC, month DESC LIMIT 1").fetchone()[0]
    conn.close()
    return date.fromisoformat(f"{month}-01")


def _bare_read(path: Path, month: date) -> None:
    """The physical floor: the month's figures and the people employed in it, nothing on top."""
    first, key = month.isoformat(), month.strftime("%Y-%m")
    conn = sqlite3.connect(path)
    conn.execute("SELECT * FROM wage_months WHERE month = ?", (key,)).fetchall()
    conn.execute("SELECT e.id, e.first_name, e.last_name FROM employees e JOIN contracts c"
                 " ON c.employee_id = e.id WHERE c.start_date <= date(?, '+1 month', '-1 day')"
                 " AND (c.end_date IS NULL OR c.end_date >= ?)", (first, first)).fetchall()
    conn.close()


def main() -> int:
    from benchmarks.generate import generate

    today = date.today()
    sizes = [int(a) for a in sys.argv[1:]] or [50, 1000, 10000]
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KUHINA_HOME"] = folder
        for size in sizes:
            path = generate(size, Path(folder) / f"months-{size}.kuhina", today)
            month = _busiest_month(path)
            result = run_child(CHILD, str(path), month.isoformat())
            _bare_read(path, month)
            floor = median_seconds(lambda p=path, m=month: _bare_read(p, m))
            print(f"FIGURE wages_view_months_open_{size}: {result['open_s']:.3f} s | "
                  f"baseline: {floor:.3f} s bare sqlite3 read of the month's rows | "
                  f"ratio: {result['open_s'] / floor:.2f} | target: -   "
                  f"({result['rows']} rows of {month:%m/%Y})")
            gap = max(result["open_gap_ms"], result["save_gap_ms"])
            print(f"FIGURE gui_max_block_wage_months_{size}_ms: {gap} ms | baseline: 10 ms "
                  f"heartbeat | ratio: {gap / 10:.1f} | target: ≤ 250 ms   (opening: "
                  f"{result['open_gap_ms']} ms; saving the month in {result['save_s']:.2f} s:"
                  f" {result['save_gap_ms']} ms)")
            print(f"  {size}: view built and shown (default month) in {result['built_s']:.2f} s,"
                  f" longest gap {result['build_gap_ms']} ms; then {month:%m/%Y} in "
                  f"{result['month_s']:.2f} s, longest gap {result['month_gap_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
