"""The cycle collector's pauses: for big jobs, and for the window's start-up."""

from __future__ import annotations

import gc
import threading

import pytest

from kuhina_desktop import quiet_gc


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    quiet_gc.end_of_start_up()
    gc.enable()


def test_a_job_pauses_the_collector_and_restores_it() -> None:
    seen = []
    quiet_gc.collector_paused(lambda: seen.append(gc.isenabled()))()
    assert seen == [False] and gc.isenabled()


def test_the_start_up_pause_outlasts_a_job_started_during_it() -> None:
    quiet_gc.pause_for_start_up()
    assert not gc.isenabled()
    quiet_gc.collector_paused(lambda: None)()
    assert not gc.isenabled()  # the job ended, the start-up has not
    quiet_gc.end_of_start_up()
    assert gc.isenabled()
    quiet_gc.end_of_start_up()  # a second call (welcome dialog, then the window) changes nothing
    assert gc.isenabled()


def test_a_job_running_when_the_start_up_ends_keeps_its_pause() -> None:
    started, finish = threading.Event(), threading.Event()
    states = []

    def job() -> None:
        started.set()
        finish.wait(5)
        states.append(gc.isenabled())

    quiet_gc.pause_for_start_up()
    worker = threading.Thread(target=quiet_gc.collector_paused(job))
    worker.start()
    started.wait(5)
    quiet_gc.end_of_start_up()
    assert not gc.isenabled()
    finish.set()
    worker.join()
    assert states == [False] and gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    quiet_gc.pause_for_start_up()
    quiet_gc.end_of_start_up()
    assert not gc.isenabled()
