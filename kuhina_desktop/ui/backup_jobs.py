"""Backup copies without freezing the window: "Back up now", the 30-minute timer, and closing.

A verified copy of a big file takes about a second (most of it integrity_check of the copy),
so the copy is made on a worker thread with a read-only connection of its own
(services.backups.make_copy); the GUI thread only decides where it goes and notes it after.
On closing the copy must be finished before the file closes: a small window with a moving bar
says so while the event loop keeps running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from kuhina_desktop.quiet_gc import collector_paused
from kuhina_desktop.services import Services
from kuhina_desktop.services.backups import BackupResult, make_copy
from kuhina_desktop.ui.ops import run_in_background

log = logging.getLogger(__name__)

# One copy at a time per open file: a second click while one is running does nothing.
_running: set[int] = set()


def is_running(services: Services) -> bool:
    return id(services.backups) in _running


def backup_in_background(parent: QWidget | None, services: Services, reason: str,
                         on_done: Callable[[BackupResult], None] | None = None,
                         on_error: Callable[[BaseException], None] | None = None
                         ) -> Future | None:
    """Start a copy; ``on_done``/``on_error`` run on the GUI thread. None if one is running."""
    key = id(services.backups)
    if key in _running:
        return None
    plan = services.backups.plan(reason)
    _running.add(key)

    def done(made: BackupResult) -> None:
        _running.discard(key)
        result = services.backups.finish(plan, made)
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        _running.discard(key)
        if on_error is not None:
            on_error(error)
        else:
            from kuhina_desktop.ui.errors import show_error

            show_error(parent, error)

    return run_in_background(parent, collector_paused(lambda: make_copy(plan)), done, failed)


def backup_before_closing(window: QWidget, services: Services) -> BackupResult | None:
    """The closing copy, with a progress window; a failure is logged and never stops closing
    (the next open warns that the newest copy is old)."""
    if services.data.closed or not services.backups.close_due():
        return None
    dialog = QProgressDialog(
        QCoreApplication.translate("BackupJobs", "Making a backup copy before closing…"),
        "", 0, 0, window)
    dialog.setObjectName("closing_backup_progress")
    dialog.setWindowTitle(QCoreApplication.translate("BackupJobs", "Backup"))
    dialog.setCancelButton(None)  # the copy protects the day's work: it is not skipped
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    _wait_until(lambda: not is_running(services))  # a timer copy may be under way
    made: list[BackupResult] = []
    failed: list[BaseException] = []
    if services.backups.close_due():
        backup_in_background(window, services, "close", made.append, failed.append)
        _wait_until(lambda: bool(made or failed))
    for error in failed:
        log.error("backup on close failed for %s: %s", services.path, error)
    dialog.close()
    dialog.deleteLater()
    return made[0] if made else None


def _wait_until(condition: Callable[[], bool]) -> None:
    """Run the event loop (paint, the copy's poll timer) until ``condition`` holds."""
    if condition():
        return
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start()
    loop.exec()
    timer.stop()
