"""Driving modal dialogs from a test: act on the next one that opens, with the keyboard."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def on_next_modal(kind: type, action: Callable[[QWidget], None], timeout_s: float = 5) -> list:
    """Run ``action(dialog)`` once a modal ``kind`` is shown; returns a list that gets the dialog.

    If the action fails the dialog is closed, so the test fails instead of hanging.
    """
    seen: list = []
    deadline = time.monotonic() + timeout_s

    def has_focus(widget: QWidget) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is widget or widget.isAncestorOf(focus))

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        ready = isinstance(widget, kind) and widget.isVisible()
        if ready and not has_focus(widget) and time.monotonic() < deadline:
            widget.activateWindow()  # keys go where the focus is: wait until it is here
            QTimer.singleShot(10, poll)
        elif ready:
            seen.append(widget)
            try:
                action(widget)
            except BaseException:
                widget.done(0)
                raise
        elif time.monotonic() < deadline:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def key(qtbot, key_: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a person would."""
    if QApplication.focusWidget() is None:
        # The offscreen platform has no window manager to give the focus back to a dialog
        # when a dialog it opened closes; do what the window manager would.
        window = QApplication.activeModalWidget() or QApplication.activeWindow()
        assert window is not None, "no window to type into"
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), key_, modifier)


def tab_to(qtbot, object_name: str, limit: int = 30) -> QWidget:
    """Press Tab until the field ``object_name`` has the focus."""
    for _ in range(limit):
        if QApplication.focusWidget().objectName() == object_name:
            return QApplication.focusWidget()
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {object_name}")


def show_focused(qtbot, dialog: QWidget) -> QWidget:
    """Show a (non-modal) dialog and wait until it has the keyboard focus."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog
