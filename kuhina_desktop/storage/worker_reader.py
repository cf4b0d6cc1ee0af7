"""A read-only DataFile over a connection of its own, for work on another thread.

An SQLite connection belongs to the thread that opened it, so slow reads that run off the
GUI thread (ui/ops.run_in_background) open one here and close it when done.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from kuhina_desktop.storage.database import DataFile
from kuhina_desktop.storage.fileinfo import read_only_connection


@contextlib.contextmanager
def reading(path: Path) -> Iterator[DataFile]:
    data = DataFile(path, read_only_connection(path), read_only=True, lock=None,
                    read_only_reason="worker")
    try:
        yield data
    finally:
        data.close()
