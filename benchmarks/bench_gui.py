"""The window on big files: peak memory, and how long the GUI thread is ever blocked while a
report is rendered (a 10 ms timer heartbeat measures the longest gap; target ≤ 250 ms).

Each size runs in a fresh process so that peak memory is that of one file. The baseline of the
memory figure is an empty PySide6 window in a process started the same way.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._common import run_child  # noqa: E402

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer, QElapsedTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
mode, path = sys.argv[1], sys.argv[2]
result = {}
if mode == "empty":
    window = QMainWindow(); window.resize(1280, 720); window.show(); app.processEvents()
else:
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage.database import open_data_file
    from kuhina_desktop.ui.main_window import MainWindow
    from kuhina_desktop.ui.printing import print_report, report_options
    services = Services(open_data_file(Path(path)))
    window = MainWindow(services, []); window.show(); app.processEvents()
    def rss_now():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    result["views"] = [("window", rss_now())]
    from kuhina_desktop.ui.ops import jobs_running
    def settle():
        # A view may read its lists in the background: count them once they are shown.
        deadline = time.monotonic() + 300
        app.processEvents()
        while jobs_running() and time.monotonic() < deadline:
            app.processEvents(); time.sleep(0.005)
        app.processEvents()
    from PySide6.QtWidgets import QTabWidget
    for index in range(window.nav.count()):
        window.nav.setCurrentRow(index); settle()
        key = window.current_view_key()
        result["views"].append((key, rss_now()))
        tabs = window.view(key).findChild(QTabWidget)  # every page of a view with tabs
        for tab in range(1, tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(tab); settle()
            result["views"].append((f"{key}/{tab + 1}", rss_now()))
    gaps, clock = [], QElapsedTimer(); clock.start()
    beat = QTimer(); beat.setInterval(10)
    def tick():
        gaps.append(clock.restart())
    beat.timeout.connect(tick); beat.start()
    done = []
    import kuhina_desktop.ui.printing as printing
    out = Path(path).with_suffix(".pdf")
    from kuhina_desktop.ui.ops import run_in_background
    from kuhina_desktop.reports.builders import builders
    from kuhina_desktop.reports.pdf import render_pdf
    report = builders()["due-list"](services, report_options(services))
    clock.restart()
    run_in_background(window, lambda: render_pdf(report, out), lambda pages: done.append(pages))
    deadline = time.monotonic() + 120
    while not done and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    beat.stop()
    result["report_pages"] = done[0] if done else None
    result["max_gap_ms"] = max(gaps) if gaps else None
result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def _child(mode: str, path: str) -> dict:
    return run_child(CHILD, mode, path)


def main() -> int:
    from benchmarks.generate import generate

    baseline = _child("empty", "")["peak_rss_mib"]
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KUHINA_HOME"] = folder
        for size in (50, 1000, 10000):
            path = generate(size, Path(folder) / f"gui-{size}.kuhina")
            result = _child("file", str(path))
            print(f"resident MiB after each view is shown ({size} employees): " + ", ".join(
                f"{key} {mib:.0f}" for key, mib in result.get("views", [])))
            target = " | target: 300 MiB" if size == 10000 else ""
            print(f"FIGURE peak_rss_{size}_mib: {result['peak_rss_mib']:.0f} MiB | baseline: "
                  f"{baseline:.0f} MiB | ratio: {result['peak_rss_mib'] / baseline:.1f}{target}")
            print(f"FIGURE gui_max_block_during_report_{size}_ms: {result['max_gap_ms']} ms | "
                  f"baseline: 10 ms | ratio: {result['max_gap_ms'] / 10:.1f} | target: 250 ms"
                  f"   ({result['report_pages']} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
