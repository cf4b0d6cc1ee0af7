"""The one way to run slow work: off the GUI thread, with a busy cursor, errors to the presenter.

The work runs on a plain Python thread pool; the GUI thread polls its future with a short
timer. No Qt object crosses threads, which keeps clear of the reference-counting faults some
PySide6 versions show when QRunnables emit signals from worker threads.

The work function must not touch widgets, and must open its own SQLite connection if it needs
one (a connection belongs to the thread that made it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kuhina_desktop.ui.errors import show_error

POLL_MS = 20
_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kuhina-work")
_running: set[QTimer] = set()
log = logging.getLogger(__name__)


def run_in_background(parent: QWidget | None, work: Callable[[], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> Future:
    """Start ``work`` on the pool; ``on_done``/``on_error`` run on the GUI thread."""
    future = _executor.submit(work)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    timer = QTimer()
    timer.setInterval(POLL_MS)
    _running.add(timer)

    def poll() -> None:
        if not future.done():
            return
        timer.stop()
        _running.discard(timer)
        QGuiApplication.restoreOverrideCursor()
        error = future.exception()
        if error is not None:
            (on_error or (lambda e: show_error(parent, e)))(error)
        elif on_done is not None:
            on_done(future.result())

    timer.timeout.connect(poll)
    timer.start()
    return future


def prepare_in_background(work: Callable[[], Any]) -> None:
    """Run ``work`` on the pool with no busy cursor and nothing handed back: for reading
    ahead what the window will need later. A failure is only logged, as the same work
    fails again, visibly, when it is really needed."""
    def logged() -> None:
        try:
            work()
        except Exception:
            log.exception("preparing %s in the background failed", work)

    _executor.submit(logged)


def jobs_running() -> int:
    """How many background jobs have not yet handed their result to the GUI thread."""
    return len(_running)
