"""Child process of bench_gui_jobs.py: one job through the real widgets, with a heartbeat.

    python benchmarks/_gui_jobs_child.py import|backup FILE

A 10 ms QTimer records the gaps between its beats; the longest gap is how long the GUI thread
was ever blocked. Prints one JSON line: the longest gap per phase of the job, in ms.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

TIMEOUT_S = 300


class Heartbeat:
    def __init__(self) -> None:
        self.gaps: list[int] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.gaps.append(self.clock.restart()))

    def phase(self, app: QApplication, start, done) -> int:
        """Run ``start()``, then the event loop until ``done()``; the longest gap in ms."""
        self.gaps.clear()
        self.clock.start()
        self.timer.start()
        start()
        deadline = time.monotonic() + TIMEOUT_S
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("the job did not finish")
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()  # a job that blocked shows its gap at the next beat
        time.sleep(0.011)
        app.processEvents()
        self.timer.stop()
        return max(self.gaps, default=0)


def settle(app: QApplication) -> None:
    """Let the window finish what showing a view queued (deferred layouts, lazy loads), so
    that a phase measures its own job and not the view opened before it."""
    quiet, deadline = 0, time.monotonic() + 60
    while quiet < 5 and time.monotonic() < deadline:
        start = time.monotonic()
        app.processEvents()
        quiet = quiet + 1 if time.monotonic() - start < 0.02 else 0
        time.sleep(0.01)


def payroll_csv(path: Path) -> Path:
    """One row per employee for the current month, as a payroll service would export it."""
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT hetu, first_name, last_name FROM employees").fetchall()
    conn.close()
    month = datetime.now().strftime("%m/%Y")
    lines = ["Henkilötunnus;Nimi;Palkkakausi;Bruttopalkka"]
    lines += [f"{hetu};{last} {first};{month};1 495,00" for hetu, first, last in rows]
    csv = path.with_suffix(".csv")
    csv.write_bytes("\n".join(lines).encode("utf-8"))
    return csv


def window_on(path: Path, app: QApplication):
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage.database import open_data_file
    from kuhina_desktop.ui.main_window import MainWindow

    services = Services(open_data_file(path))
    window = MainWindow(services, [])
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    return window, services


def run_import(path: Path, app: QApplication) -> dict[str, int]:
    csv = payroll_csv(path)
    window, services = window_on(path, app)
    window.show_view("wages")
    view = window.view("wages")
    page = view.importer
    view.tabs.setCurrentWidget(page)
    settle(app)
    beat = Heartbeat()
    result = {"read_and_check": beat.phase(
        app, lambda: page.open_file(csv),
        lambda: page.preview is not None and not page.busy)}
    if not page.preview.clean:
        raise RuntimeError(f"import not clean: {page.preview.problems[:3]}")
    result["rows"] = len(page.preview.rows)
    result["commit"] = beat.phase(app, page.import_button.click,
                                  lambda: page.preview is None and not page.busy)
    imported = services.data.query("SELECT count(*) FROM audit_log WHERE action = 'import'")
    result["audit_rows"] = imported[0][0]
    window.close()
    return result


def run_backup(path: Path, app: QApplication) -> dict[str, int]:
    from kuhina_desktop.ui import file_safety

    window, services = window_on(path, app)
    timer = file_safety.BackupTimer(window, services)  # as the controller wires it
    window.show_view("settings")
    settle(app)
    button = window.view("settings").findChild(QPushButton, "backup_now")
    beat = Heartbeat()
    count = lambda: len(services.backups.list_backups())  # noqa: E731
    before = count()
    result = {"settings_button": beat.phase(
        app, button.click, lambda: count() > before and button.isEnabled())}
    services.association.set_setting("bench", 1)  # a change, so that copies are due
    later = datetime.now() + timedelta(minutes=31)
    services.backups._clock = lambda: later  # the 30-minute rule, without waiting for it
    before = count()
    result["timer"] = beat.phase(app, timer.tick, lambda: count() > before)
    services.association.set_setting("bench", 2)
    settle(app)
    result["close"] = beat.phase(app, window.close, lambda: services.data.closed)
    return result


def main() -> int:
    mode, path = sys.argv[1], Path(sys.argv[2])
    app = QApplication([])
    result = run_import(path, app) if mode == "import" else run_backup(path, app)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
