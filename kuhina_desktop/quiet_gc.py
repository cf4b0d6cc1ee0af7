"""Python's cycle collector paused while a big list is built or a background job runs.

A job that builds 10,000 preview rows or a ten-year list of payment periods makes a hundred
thousand small objects without reference cycles. While they are made, the collector would walk
the whole heap again and again, the window's objects included, holding the GIL for a quarter
of a second at a time: the window cannot paint, whatever thread started it (measured with
benchmarks/bench_gui_jobs.py and bench_applications.py), and the work takes twice as long.
Reference counting frees the objects as usual; the collector resumes when the last paused
work ends, as it was before the first.
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


def collector_paused(work: Callable[P, R]) -> Callable[P, R]:
    """``work`` wrapped (or decorated) to run with the cycle collector paused."""

    @functools.wraps(work)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        global _running, _was_enabled
        with _lock:
            if _running == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _running += 1
        try:
            return work(*args, **kwargs)
        finally:
            with _lock:
                _running -= 1
                if _running == 0 and _was_enabled:
                    gc.enable()

    return paused
