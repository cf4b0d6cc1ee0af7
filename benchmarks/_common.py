"""Helpers the window benchmarks share: a fresh child process per measurement, and a 10 ms
timer heartbeat that finds the longest stretch the GUI thread was kept from its events."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEARTBEAT_MS = 10


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
