"""The real yearly summary (builder + PDF) of a 200-employee file; target < 3 s. The same for
50 and 1,000 employees, so that growth is visible.

Baseline in the same run: ReportLab rendering a plain table of the same employee rows (names
and twelve monthly amounts as plain strings, no styling), as bench_pdf.py measures it.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate  # noqa: E402
from kuhina_desktop.reports.builders import ReportOptions, builders  # noqa: E402
from kuhina_desktop.reports.pdf import render_pdf  # noqa: E402
from kuhina_desktop.services import Services  # noqa: E402
from kuhina_desktop.storage.database import open_data_file  # noqa: E402


def _plain(rows: list[list[str]], out: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    SimpleDocTemplate(str(out), pagesize=landscape(A4)).build([Table(rows, repeatRows=1)])


def _employ_everyone_in_2026(path: Path, size: int) -> None:
    """Every one of the people works all of 2026 with a decision: a full-size summary."""
    import sqlite3

    conn = sqlite3.connect(path)
    with conn:
        for employee_id in range(1, size + 1):
            conn.execute("DELETE FROM decisions WHERE employee_id = ? AND end_date >= "
                         "'2026-01-01' AND start_date <= '2026-12-31'", (employee_id,))
            conn.execute("DELETE FROM contracts WHERE employee_id = ? AND (end_date IS NULL OR "
                         "end_date >= '2026-01-01') AND start_date <= '2026-12-31'",
                         (employee_id,))
            conn.execute("INSERT INTO contracts (employee_id, start_date, end_date, weekly_hours,"
                         " full_time_weekly_hours, pay_basis, pay_cents) VALUES (?, '2026-01-01',"
                         " '2026-12-31', '24.375', '37.5', 'monthly', 149500)", (employee_id,))
            conn.execute("INSERT INTO decisions (employee_id, kind, decision_date, start_date, "
                         "end_date, percent, monthly_cap_cents, working_time_cap, "
                         "payment_period_months) VALUES (?, 'palkkatuki_100', '2025-12-15', "
                         "'2026-01-01', '2026-12-31', '100', 202000, '0.65', 2)", (employee_id,))
            conn.executemany("INSERT OR REPLACE INTO wage_months (employee_id, month, "
                             "gross_pay_cents) VALUES (?, ?, 149500)",
                             [(employee_id, f"2026-{m:02d}") for m in range(1, 12)])
    conn.close()


def measure(size: int, folder: Path) -> tuple[float, float, int]:
    """(seconds for the real summary, seconds for the plain table, pages) of ``size`` people."""
    path = generate(size, folder / f"r{size}.kuhina", date(2026, 11, 30))
    _employ_everyone_in_2026(path, size)
    services = Services(open_data_file(path, read_only=True))
    options = ReportOptions(language="fi", today=date(2026, 11, 30), year=2026)
    out = folder / f"summary-{size}.pdf"
    times, pages = [], 0
    for _ in range(3):
        start = time.perf_counter()
        report = builders()["yearly-summary"](services, options)
        pages = render_pdf(report, out)
        times.append(time.perf_counter() - start)
    summary = services.summaries.year(2026)
    rows = [["Työntekijä", *[str(m) for m in range(1, 13)]]]
    rows += [[e.name, *[str(e.costs.get(date(2026, m, 1), 0)) for m in range(1, 13)]]
             for e in summary.employees]
    base = []
    for _ in range(3):
        start = time.perf_counter()
        _plain(rows, folder / f"plain-{size}.pdf")
        base.append(time.perf_counter() - start)
    services.close()
    return statistics.median(times), statistics.median(base), pages


def main() -> int:
    for size in (50, 200, 1000):
        with tempfile.TemporaryDirectory() as folder:
            seconds, baseline, pages = measure(size, Path(folder))
        target = "< 3 s" if size == 200 else "-"
        print(f"FIGURE yearly_summary_{size}_file_s: {seconds:.3f} s | baseline: {baseline:.3f} s "
              f"(plain ReportLab table of the same rows) | ratio: {seconds / baseline:.2f} | "
              f"target: {target}   ({pages} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
