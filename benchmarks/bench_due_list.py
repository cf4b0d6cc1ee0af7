"""Due list computed on files of 50, 1,000 and 10,000 employees (target ≤ 0.5 s at 10,000).

Baseline, measured in the same run: a bare sqlite3 read of the same rows the due list reads
(contracts, decisions, applications, wage months of the look-back window, consents).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._common import median_seconds  # noqa: E402
from benchmarks.generate import generate  # noqa: E402
from kuhina_desktop.services import Services  # noqa: E402
from kuhina_desktop.storage.database import open_data_file  # noqa: E402

TODAY = date(2026, 11, 30)
BASELINE_SQL = [
    "SELECT id, first_name, last_name FROM employees",
    "SELECT * FROM contracts WHERE end_date IS NULL OR end_date >= '2025-11-01'",
    "SELECT * FROM decisions WHERE end_date >= '2025-11-01'",
    "SELECT a.decision_id, a.period_start FROM applications a JOIN decisions d "
    "ON d.id = a.decision_id WHERE d.end_date >= '2025-11-01'",
    "SELECT employee_id, month FROM wage_months WHERE month >= '2025-11'",
    "SELECT * FROM consents WHERE valid_until BETWEEN '2026-10-31' AND '2026-12-30' "
    "AND withdrawn_on IS NULL",
]


def measure(size: int, folder: Path) -> tuple[float, float, int]:
    path = generate(size, folder / f"due-{size}.kuhina", TODAY)
    services = Services(open_data_file(path, backup_dir=folder))
    try:
        count = len(services.due_list.items(TODAY))
        seconds = median_seconds(lambda: services.due_list.items(TODAY))
    finally:
        services.close()
    conn = sqlite3.connect(path)
    baseline = median_seconds(lambda: [conn.execute(sql).fetchall() for sql in BASELINE_SQL])
    conn.close()
    return seconds, baseline, count


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        for size in (50, 1000, 10000):
            seconds, baseline, count = measure(size, Path(folder))
            target = " | target: 0.5 s" if size == 10000 else ""
            print(f"FIGURE due_list_{size}_s: {seconds:.3f} s | baseline: {baseline:.3f} s | "
                  f"ratio: {seconds / baseline:.1f}{target}   ({count} items)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
