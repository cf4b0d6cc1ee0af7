"""Python's cycle collector paused while a big list is built or a background job runs.

A job that builds 10,000 preview rows or a ten-year list of payment periods makes a hundred
thousand small objects without reference cycles. While they are made, the collector would walk
the whole heap again and again, the window's objects included, holding the GIL for a quarter
of a second at a time: the window cannot paint, whatever thread started it (measured with
benchmarks/bench_gui_jobs.py and bench_applications.py), and the work takes twice as long.
Reference counting frees the objects as usual; the collector resumes when the last paused
work ends, as it was before the first.

The window's start-up is paused the same way: it makes some hundred thousand objects (modules,
classes, PySide6's enums) and frees almost none, so the collections it would run find nothing
and took about a tenth of the time to the first paint.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_running = 0  # paused pieces of work under way
_was_enabled = False  # the collector's state before the first of them
_starting = False  # the window's start-up is one of them


def _enter() -> None:
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1


def _leave() -> None:
    global _running
    with _lock:
        _running -= 1
        if _running == 0 and _was_enabled:
            gc.enable()


def collector_paused(work: Callable[P, R]) -> Callable[P, R]:
    """``work`` wrapped (or decorated) to run with the cycle collector paused."""

    @functools.wraps(work)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        _enter()
        try:
            return work(*args, **kwargs)
        finally:
            _leave()

    return paused


def pause_for_start_up() -> None:
    """No cycle collection until end_of_start_up() (at the window's first paint)."""
    global _starting
    if not _starting:
        _starting = True
        _enter()


def end_of_start_up() -> None:
    """The start-up's pause ends; calling it again does nothing."""
    global _starting
    if _starting:
        _starting = False
        _leave()
