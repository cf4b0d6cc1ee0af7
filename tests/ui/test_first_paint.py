"""after_first_paint: right after the first paint, once; or later if the window is not painted."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kuhina_desktop.ui import first_paint


def test_runs_once_after_the_first_paint(qtbot) -> None:
    calls = []
    widget = QWidget()
    qtbot.addWidget(widget)
    first_paint.after_first_paint(widget, lambda: calls.append("painted"))
    assert calls == []
    widget.show()
    qtbot.waitUntil(lambda: calls == ["painted"], timeout=5000)
    widget.update()
    qtbot.wait(100)
    assert calls == ["painted"]


def test_a_window_never_painted_still_gets_it(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 50)
    calls = []
    widget = QWidget()  # never shown, like a window started minimised
    qtbot.addWidget(widget)
    first_paint.after_first_paint(widget, lambda: calls.append("late"))
    qtbot.waitUntil(lambda: calls == ["late"], timeout=5000)


def test_nothing_runs_for_a_window_already_gone(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 50)
    calls = []
    widget = QWidget()
    first_paint.after_first_paint(widget, lambda: calls.append("gone"))
    widget.deleteLater()
    qtbot.wait(200)
    assert calls == []
