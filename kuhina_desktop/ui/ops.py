"""The one way to run slow work: off the GUI thread, with a busy cursor, errors to the presenter.

The work function must not touch widgets, and must open its own SQLite connection if it needs
one (a connection belongs to the thread that made it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kuhina_desktop.ui.errors import show_error


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to present
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[_Job] = set()


def run_in_background(parent: QWidget | None, work: Callable[[], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> _Job:
    """Start ``work`` on the thread pool; ``on_done``/``on_error`` run on the GUI thread."""
    job = _Job(work)
    _running.add(job)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def finish() -> None:
        QGuiApplication.restoreOverrideCursor()
        _running.discard(job)

    def done(result: Any) -> None:
        finish()
        if on_done:
            on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        (on_error or (lambda e: show_error(parent, e)))(exc)

    job.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(job)
    return job
