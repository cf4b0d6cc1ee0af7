"""KUHINA_EXIT_AFTER_SHOWN=1: print the moment the main window is first painted, then quit.

The start-up benchmarks time a cold start with it: from starting the process to a window the
user can see. KUHINA_EXIT_AFTER_SHOWN=now ends the process at that moment (os._exit), so that
a count of instructions (benchmarks/bench_startup.py --instructions) stops there too. Without
the variable nothing is installed.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV_VAR = "KUHINA_EXIT_AFTER_SHOWN"
MARKER = "KUHINA_SHOWN"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"{MARKER} {time.time():.6f} {watched.objectName()} "
                  f"cpu={time.process_time():.6f}", flush=True)
            if os.environ.get(ENV_VAR) == "now":
                os._exit(0)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def install_if_requested(window: QWidget | None) -> None:
    if window is None or os.environ.get(ENV_VAR) not in ("1", "now"):
        return
    window.installEventFilter(_FirstPaint(window))
