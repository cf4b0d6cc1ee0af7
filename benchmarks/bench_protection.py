"""Password protection on the 10,000-employee file of benchmarks/generate.py.

    python benchmarks/bench_protection.py [--people 10000]

Prints ``FIGURE name: value`` lines: turning protection on (re-encryption and VACUUM), the
unlock (scrypt) when the file opens, the employees view open with and without protection
(the list reads no encrypted value), and decrypting every code (the payroll import's matching).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_employees import close, open_view, timed_ms  # noqa: E402
from benchmarks.generate import generate  # noqa: E402
from kuhina_desktop.services import Services  # noqa: E402
from kuhina_desktop.storage import wages_repo  # noqa: E402
from kuhina_desktop.storage.database import open_data_file  # noqa: E402

PASSWORD = "benchmark-salasana"


def view_open_ms(services: Services, app, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        views: list = []
        times.append(timed_ms(lambda views=views: views.append(open_view(services, app))))
        close(views.pop(), app)
    return statistics.median(times)


def run(people: int, repeat: int) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.kuhina"
        print(f"FIGURE protection_generate_ms: {timed_ms(lambda: generate(people, path)):.0f}")
        services = Services(open_data_file(path, backup_dir=Path(folder)))
        plain_ms = view_open_ms(services, app, repeat)
        size_before = path.stat().st_size
        enable_ms = timed_ms(lambda: services.protection.enable(PASSWORD, PASSWORD))
        services.close()
        data = open_data_file(path, backup_dir=Path(folder))
        services = Services(data)
        unlock_ms = timed_ms(lambda: services.protection.unlock(PASSWORD))
        protected_ms = view_open_ms(services, app, repeat)
        decrypt_ms = timed_ms(lambda: wages_repo.employees_for_import(data))
        services.close()
        print(f"FIGURE protection_people: {people}")
        print(f"FIGURE protection_enable_ms: {enable_ms:.0f}")
        print(f"FIGURE protection_unlock_ms: {unlock_ms:.0f}")
        print(f"FIGURE employees_view_open_plain_ms: {plain_ms:.0f}")
        print(f"FIGURE employees_view_open_protected_ms: {protected_ms:.0f}")
        print(f"FIGURE protection_decrypt_all_codes_ms: {decrypt_ms:.0f}")
        print(f"FIGURE protection_file_size_change_kib: "
              f"{(path.stat().st_size - size_before) / 1024:+.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    run(args.people, args.repeat)


if __name__ == "__main__":
    main()
