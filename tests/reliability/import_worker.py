"""Child process of the kill -9 import test: imports a payroll CSV into a data file.

Prints ``WRITING`` (flushed) when the import's transaction begins and ``DONE <seconds>`` when
it has committed, so that the parent can kill it at a random moment inside the transaction.
Run as ``python -m tests.reliability.import_worker DATA_FILE CSV_FILE``.
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

from kuhina_desktop.domain.wage_import import guess_mapping
from kuhina_desktop.services import Services
from kuhina_desktop.storage.database import DataFile, open_data_file


def main(data_path: Path, csv_path: Path) -> None:
    services = Services(open_data_file(data_path))
    original = DataFile.write
    started = []

    @contextlib.contextmanager
    def announced(self):
        with original(self) as db:
            started.append(time.perf_counter())
            print("WRITING", flush=True)
            yield db

    DataFile.write = announced
    wages = services.wages
    table = wages.read_file(csv_path.read_bytes())
    preview = wages.preview(table, guess_mapping(table.headers), wages.import_context())
    count = wages.import_preview(preview)
    print(f"DONE {count} {time.perf_counter() - started[0]:.3f}", flush=True)
    services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
