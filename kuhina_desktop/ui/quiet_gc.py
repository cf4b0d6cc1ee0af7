"""Short garbage collections while a background job allocates a lot.

A job that builds 10,000 preview rows sets off full (generation 2) collections of Python's
cycle collector. Each walks every object of the program, the window's included, holding the
GIL: 250–500 ms in which the window cannot paint, whatever thread started it (measured with
benchmarks/bench_gui_jobs.py). gc.freeze() puts the objects that exist when the job starts out
of the collector's sight until the job ends, so its collections walk only what is new.
Nothing is lost: the frozen objects go back to the collector when the last job ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_jobs = 0  # jobs running; the heap is frozen while there is at least one


def quietly(work: Callable[[], T]) -> Callable[[], T]:
    """``work`` wrapped for run_in_background: the heap frozen while it runs."""

    def run() -> T:
        global _jobs
        with _lock:
            if _jobs == 0:
                gc.freeze()
            _jobs += 1
        try:
            return work()
        finally:
            with _lock:
                _jobs -= 1
                if _jobs == 0:
                    gc.unfreeze()

    return run
