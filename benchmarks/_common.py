"""Helpers the benchmarks share: the median time of a piece of work, a fresh child process
per window measurement, the main window on a file for such a child, and a 10 ms timer
heartbeat that finds the longest stretch the GUI thread was kept from its events."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEARTBEAT_MS = 10


def median_seconds(work: Callable[[], object], runs: int = 5) -> float:
    """The median wall-clock time of ``runs`` calls of ``work``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run_child(code: str, *args: str, timeout: int = 600) -> dict:
    """Run ``code`` in a new interpreter (offscreen Qt, the source tree importable) and return
    the JSON object it prints last."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("BENCH_QPA", "offscreen"),
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, timeout=timeout, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


class Heartbeat:
    """A timer every 10 ms on the GUI thread; ``max_gap_ms`` is the longest time between two
    of its beats (ideally 10 ms: more means the thread was busy or blocked)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[int] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(lambda: self.gaps.append(self._clock.restart()))

    def start(self) -> None:
        self.gaps.clear()
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.gaps.append(self._clock.elapsed())  # the stretch after the last beat counts too

    @property
    def max_gap_ms(self) -> int:
        return max(self.gaps, default=0)


def main_window_on(path: Path):
    """(QApplication, MainWindow) on the file at ``path``, shown at 1366×768 (in a child).

    Opened as the program opens a file (AppController.open_path), so the work it does after
    the first paint (the opening check, reading ahead) happens here too. Only the backup
    warning a generated file gets (it has never been backed up) is left out: it is a modal
    message a person would close.
    """
    from PySide6.QtWidgets import QApplication

    from kuhina_desktop.prefs import Preferences
    from kuhina_desktop.ui import file_safety
    from kuhina_desktop.ui.controller import AppController

    app = QApplication.instance() or QApplication([])
    file_safety.show_opening_warnings = lambda window, services: None
    controller = AppController(Preferences())
    if not controller.open_path(path):
        raise RuntimeError(f"{path} did not open")
    _controllers.append(controller)  # it owns the window's after-paint work: keep it alive
    window = controller.window
    window.showNormal()
    window.resize(1366, 768)
    app.processEvents()
    return app, window


_controllers: list = []


def settle(page) -> None:
    """Run the real event loop until ``page`` has loaded (its ``loading`` flag is off).

    The real loop, as in the program: a busy loop of processEvents() and sleeps would fight
    the worker for the GIL far more often than the program does.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop, check = QEventLoop(), QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: getattr(page, "loading", False) or loop.quit())
    check.start()
    QTimer.singleShot(300_000, loop.quit)
    loop.exec()
    check.stop()
