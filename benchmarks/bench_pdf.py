"""Time the PDF renderer on a yearly-summary-shaped report against bare ReportLab.

Run from the repository root: ``python benchmarks/bench_pdf.py [--employees 200] [--repeat 5]``.
Prints ``FIGURE name: value`` lines; the target is pdf_yearly_200_s < 3.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a source tree without installing

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table  # noqa: E402

from kuhina_desktop.reports import model as m  # noqa: E402
from kuhina_desktop.reports.pdf import register_fonts, render_pdf  # noqa: E402
from tests.reports.samples import yearly_summary  # noqa: E402

TARGET_S = 3.0


def timed(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` runs (after one warm-up run)."""
    action()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def plain_rows(report: m.Report) -> list[list[str]]:
    """The summary table as plain strings, formatted before timing starts."""
    table = next(b for b in report.blocks if isinstance(b, m.Table))
    def text(cell: m.Cell) -> str:
        return f"{cell.cents / 100:.2f}" if isinstance(cell, m.Money) else str(cell)
    rows = [[c.header for c in table.columns]]
    rows += [[text(cell) for cell in row] for row in table.rows]
    return rows + [[text(cell) for cell in table.totals or ()]]


def render_plain(rows: list[list[str]]) -> None:
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4))
    doc.build([Table(rows, repeatRows=1)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--employees", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    register_fonts()  # once per process in the app too; not part of a report's cost
    build_s = timed(lambda: yearly_summary("fi", args.employees), args.repeat)
    report = yearly_summary("fi", args.employees)
    pages = render_pdf(report, io.BytesIO())
    ours = timed(lambda: render_pdf(report, io.BytesIO()), args.repeat)
    rows = plain_rows(report)
    baseline = timed(lambda: render_plain(rows), args.repeat)
    print(f"employees: {args.employees}, pages: {pages}, repeats: {args.repeat} (median)")
    print(f"FIGURE pdf_yearly_{args.employees}_s: {ours:.3f}")
    print(f"FIGURE pdf_plain_baseline_s: {baseline:.3f}")
    print(f"FIGURE pdf_yearly_vs_plain_ratio: {ours / baseline:.2f}")
    print(f"FIGURE report_model_build_s: {build_s:.3f}")
    print(f"target < {TARGET_S} s: {'met' if ours < TARGET_S else 'MISSED'}")


if __name__ == "__main__":
    main()
