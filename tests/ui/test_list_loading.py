"""ListLoader: reads off the GUI thread, keyed, after the file's opening check."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from kuhina_desktop.ui.views import list_loading
from kuhina_desktop.ui.views.list_loading import ListLoader


class Check:
    """A stand-in for storage.database.OpeningCheck: run() gives the damage found, or None."""

    def __init__(self, damage=None) -> None:
        self.damage, self.runs = damage, 0

    def run(self):
        self.runs += 1
        return self.damage


@pytest.fixture
def page(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.label = QLabel(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def errors(monkeypatch) -> list[BaseException]:
    shown: list[BaseException] = []
    monkeypatch.setattr(list_loading, "show_error", lambda parent, error: shown.append(error))
    return shown


def test_a_damaged_file_is_not_read_and_nothing_is_shown(qtbot, page) -> None:
    shown, read = [], []
    loader = ListLoader(page, page.label, shown.append, Check(damage="malformed"))
    loader.load("key", lambda: read.append(1) or "rows")
    qtbot.waitUntil(lambda: not loader.busy)
    assert read == [] and shown == [] and not page.label.isVisible()


def test_the_read_waits_for_the_check_on_the_worker(qtbot, page) -> None:
    shown, threads = [], []
    check = Check()
    loader = ListLoader(page, page.label, shown.append, check)
    loader.load("key", lambda: threads.append(threading.current_thread()) or "rows")
    qtbot.waitUntil(lambda: not loader.busy)
    assert shown == ["rows"] and check.runs == 1
    assert threads and threads[0] is not threading.main_thread()


def test_after_a_failed_read_the_same_key_is_read_again(qtbot, page, errors) -> None:
    shown, attempts = [], []

    def flaky():
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("database is locked")
        return "rows"

    loader = ListLoader(page, page.label, shown.append, Check())
    loader.load("key", flaky)
    qtbot.waitUntil(lambda: not loader.busy)
    assert [type(e) for e in errors] == [OSError] and shown == []
    loader.load("key", flaky)
    qtbot.waitUntil(lambda: not loader.busy)
    assert shown == ["rows"] and len(attempts) == 2


def test_what_was_asked_for_during_a_failed_read_is_still_read(qtbot, page, errors) -> None:
    shown, gate = [], threading.Event()

    def failing():
        gate.wait(5)
        raise OSError("database is locked")

    loader = ListLoader(page, page.label, shown.append)
    loader.load("first", failing)
    loader.load("second", lambda: "second rows")  # asked for while the first is read
    gate.set()
    qtbot.waitUntil(lambda: not loader.busy and bool(shown))
    assert shown == ["second rows"] and len(errors) == 1


def test_forget_reads_the_key_shown_again(qtbot, page) -> None:
    shown = []
    loader = ListLoader(page, page.label, shown.append)
    loader.load("key", lambda: "rows")
    qtbot.waitUntil(lambda: not loader.busy)
    loader.load("key", lambda: "again")  # the same key: nothing to read
    assert not loader.busy and shown == ["rows"]
    loader.forget()  # the page cleared what it showed
    loader.load("key", lambda: "again")
    qtbot.waitUntil(lambda: not loader.busy)
    assert shown == ["rows", "again"]
