"""Payment applications on files of 50, 1,000 and 10,000 employees over ten years.

- ``applications_year_N``: the periods of one year for all employees (the year with the most
  periods, the worst case), as the service computes them; baseline: a bare sqlite3 read of
  that year's wage months and of the decisions reaching into it.
- ``wages_view_applications_open_N``: from clicking the Payment applications tab to the list
  filled (its default: this and last year with everything open); baseline: the bare read of
  those two years' rows.
- ``gui_max_block_applications_N_ms``: the longest gap of a 10 ms heartbeat on the GUI thread
  while that tab opens and then reads every year (target ≤ 250 ms).

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
from pathlib import Path
from benchmarks._common import Heartbeat, main_window_on, settle

app, window = main_window_on(Path(sys.argv[1]))

beat = Heartbeat()
beat.start()
started = time.perf_counter()
window.show_view("wages"); app.processEvents()
view_built = time.perf_counter() - started
beat.stop()
view_gap = beat.max_gap_ms
page = window.view("wages").applications
beat.start()
started = time.perf_counter()
window.view("wages").tabs.setCurrentWidget(page)
settle(page)
opened = time.perf_counter() - started
beat.stop()
open_gap, rows = beat.max_gap_ms, page.model.rowCount()
beat.start()
started = time.perf_counter()
page.years.setCurrentIndex(page.years.findData("all"))
settle(page)
every_year = time.perf_counter() - started
beat.stop()
print(json.dumps({"open_s": opened, "rows": rows, "open_gap_ms": open_gap,
                  "all_gap_ms": beat.max_gap_ms,
                  "all_years_s": every_year, "all_rows": page.model.rowCount(),
                  "view_built_s": view_built, "view_built_gap_ms": view_gap}))
"""


def _bare_read(path: Path, first: int, last: int) -> None:
    """The physical floor: the rows a year's list is made of, read with nothing on top."""
    conn = sqlite3.connect(path)
    conn.execute("SELECT * FROM wage_months WHERE month BETWEEN ? AND ?",
                 (f"{first}-01", f"{last}-12")).fetchall()
    conn.execute("SELECT * FROM decisions WHERE end_date >= ? AND start_date <= ?",
                 (f"{first}-01-01", f"{last}-12-31")).fetchall()
    conn.close()


def _busiest_year(path: Path) -> int:
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT substr(period_end, 1, 4) AS year, COUNT(*) AS n FROM applications"
                       " GROUP BY year ORDER BY n DESC LIMIT 1").fetchone()
    conn.close()
    return int(row[0])


def _year_figures(size: int, path: Path, today: date) -> None:
    from kuhina_desktop.domain.applications import ListScope
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage.database import open_data_file

    year = _busiest_year(path)
    services = Services(open_data_file(path, read_only=True))
    periods = services.applications.periods
    count = len(periods(today, ListScope.year(year)))  # also the warm-up
    _bare_read(path, year, year)
    value = median_seconds(lambda: periods(today, ListScope.year(year)))
    baseline = median_seconds(lambda: _bare_read(path, year, year))
    print(f"FIGURE applications_year_{size}: {value:.3f} s | baseline: {baseline:.3f} s bare "
          f"sqlite3 read of the year's rows | ratio: {value / baseline:.2f} | target: ≤ 1 s"
          f"   ({count} periods ending in {year})")
    for name, work in (("this and last year + open", lambda: periods(today,
                                                                     ListScope.recent(today))),
                       ("owed overview", lambda: services.applications.owed(today)),
                       ("every year", lambda: periods(today))):
        print(f"  {size}: {name}: {median_seconds(work):.3f} s")
    services.close()


def main() -> int:
    from benchmarks.generate import generate

    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KUHINA_HOME"] = folder
        for size in (50, 1000, 10000):
            path = generate(size, Path(folder) / f"apps-{size}.kuhina", today)
            _year_figures(size, path, today)
            result = run_child(CHILD, str(path))
            floor = median_seconds(lambda p=path: _bare_read(p, today.year - 1, today.year))
            print(f"FIGURE wages_view_applications_open_{size}: {result['open_s']:.3f} s | "
                  f"baseline: {floor:.3f} s bare sqlite3 read of this and last year's rows | "
                  f"ratio: {result['open_s'] / floor:.2f} | target: -   ({result['rows']} rows)")
            gap = max(result["open_gap_ms"], result["all_gap_ms"])
            print(f"FIGURE gui_max_block_applications_{size}_ms: {gap} ms | baseline: 10 ms "
                  f"heartbeat | ratio: {gap / 10:.1f} | target: ≤ 250 ms   (opening the tab: "
                  f"{result['open_gap_ms']} ms; then every year, {result['all_rows']} rows in "
                  f"{result['all_years_s']:.2f} s: {result['all_gap_ms']} ms)")
            print(f"  {size}: wages view built on first show in {result['view_built_s']:.2f} s,"
                  f" longest GUI gap then {result['view_built_gap_ms']} ms (before the tab)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
