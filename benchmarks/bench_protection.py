"""Password protection on the 10,000-employee file of benchmarks/generate.py.

    python benchmarks/bench_protection.py [--people 10000]

Prints ``FIGURE name: value`` lines: turning protection on (re-encryption and VACUUM) through
the Settings dialog, which does it off the GUI thread, with the longest pause of a 10 ms GUI
heartbeat meanwhile (as benchmarks/bench_gui.py measures it; target ≤ 250 ms), the unlock
(scrypt) when the file opens (the file also holds ``--documents`` decision PDFs of 100 KB,
which turning protection on seals as well), the employees view open with and without protection
(the list reads no encrypted value), and decrypting every code (the payroll import's matching).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
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


def add_documents(path: Path, count: int, size: int = 100 * 1024) -> int:
    """Attach a PDF-like file of ``size`` bytes to each of the first ``count`` decisions."""
    import hashlib
    import sqlite3

    conn = sqlite3.connect(path)
    with conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM decisions ORDER BY id LIMIT ?",
                                          (count,))]
        for decision_id in ids:
            content = b"%PDF-1.4\n" + os.urandom(size)
            attachment_id = conn.execute(
                "INSERT INTO attachments (filename, mime_type, sha256, data, added_at) VALUES"
                " (?, 'application/pdf', ?, ?, '2026-01-01T00:00:00')",
                (f"paatos-{decision_id}.pdf", hashlib.sha256(content).hexdigest(), content),
            ).lastrowid
            conn.execute("UPDATE decisions SET attachment_id = ? WHERE id = ?",
                         (attachment_id, decision_id))
    conn.close()
    return len(ids)


def enable_with_heartbeat(services: Services, app) -> tuple[float, int]:
    """(wall ms, longest heartbeat gap ms) of Settings → Set a password… on this file."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from kuhina_desktop.ui.dialogs.password_dialogs import PasswordChangeDialog

    dialog = PasswordChangeDialog(services, "enable")
    dialog.show()
    app.processEvents()
    for edit in dialog.edits.values():
        edit.edit.setText(PASSWORD)
    gaps: list[int] = []
    clock = QElapsedTimer()
    beat = QTimer()
    beat.setInterval(10)
    beat.timeout.connect(lambda: gaps.append(clock.restart()))
    started = time.perf_counter()
    clock.start()
    beat.start()
    dialog.save()
    deadline = time.monotonic() + 300
    while dialog.isVisible() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    beat.stop()
    wall_ms = (time.perf_counter() - started) * 1000
    if dialog.isVisible() or services.data.cipher is None:
        raise SystemExit("turning protection on did not finish")
    dialog.deleteLater()
    app.processEvents()
    return wall_ms, max(gaps)


def run(people: int, repeat: int, documents: int) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.kuhina"
        print(f"FIGURE protection_generate_ms: {timed_ms(lambda: generate(people, path)):.0f}")
        attached = add_documents(path, documents)
        services = Services(open_data_file(path, backup_dir=Path(folder)))
        plain_ms = view_open_ms(services, app, repeat)
        size_before = path.stat().st_size
        enable_ms, max_gap_ms = enable_with_heartbeat(services, app)
        services.close()
        data = open_data_file(path, backup_dir=Path(folder))
        services = Services(data)
        unlock_ms = timed_ms(lambda: services.protection.unlock(PASSWORD))
        protected_ms = view_open_ms(services, app, repeat)
        decrypt_ms = timed_ms(lambda: wages_repo.employees_for_import(data))
        services.close()
        print(f"FIGURE protection_people: {people}")
        print(f"FIGURE protection_documents: {attached}")
        print(f"FIGURE protection_enable_ms: {enable_ms:.0f}")
        print(f"FIGURE gui_max_block_during_protect_{people}_ms: {max_gap_ms} ms | baseline: "
              f"10 ms | target: 250 ms")
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
    parser.add_argument("--documents", type=int, default=500)
    args = parser.parse_args()
    run(args.people, args.repeat, args.documents)


if __name__ == "__main__":
    main()
