"""kill -9 during a 10,000-row wage import: the file stays sound with all rows or none.

The real importer runs in a child process (tests/reliability/import_worker.py) on a copy of a
file with 500 employees; the parent waits until the import's transaction has begun and kills
the child at a uniformly random moment within 1.2 × the measured write time. After every kill
the file must pass integrity_check and foreign_key_check and hold 0 or 10,000 wage months,
and it must open again through the program's own open routine.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.demo.association import DEMO_ASSOCIATION
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.storage.database import open_data_file

ROOT = Path(__file__).resolve().parents[2]
PEOPLE, MONTHS = 500, 20
ROWS = PEOPLE * MONTHS
RUNS = int(os.environ.get("KUHINA_IMPORT_KILL9_RUNS", "50"))  # the issue asks for ≥ 50
PARALLEL = 2

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _hetus() -> list[str]:
    births = [date(1960 + i, 1 + i, 1 + i) for i in range(PEOPLE // 100)]
    return [make_test_hetu(born, number) for born in births for number in range(900, 1000)]


def _template(folder: Path) -> tuple[Path, Path]:
    data = folder / "template.kuhina"
    services = create_association_file(data, DEMO_ASSOCIATION)
    hetus = _hetus()
    with services.data.write() as db:
        for i, hetu in enumerate(hetus):
            db.execute("INSERT INTO employees (first_name, last_name, hetu, birth_date, created_at,"
                       " updated_at) VALUES (?, ?, ?, '1970-01-01', '2026-01-01', '2026-01-01')",
                       [f"Etu{i}", f"Suku{i}", hetu])
    services.close()
    lines = ["Henkilötunnus;Palkkakausi;Bruttopalkka;Lomaraha;Tehdyt tunnit"]
    for i, hetu in enumerate(hetus):
        for m in range(MONTHS):
            month = date(2025 + m // 12, 1 + m % 12, 1)
            lines.append(f"{hetu};{month.month}/{month.year};{1400 + i % 300},{m:02d};;"
                         f"{100 + m},5")
    csv_path = folder / "palkat.csv"
    csv_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return data, csv_path


def _start(data: Path, csv_path: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.import_worker", str(data), str(csv_path)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(child: subprocess.Popen, word: str) -> str:
    for line in child.stdout:
        if line.startswith(word):
            return line
    raise AssertionError(f"worker ended without {word}: {child.stderr.read()}")


def _state(data: Path) -> tuple[bool, int]:
    conn = sqlite3.connect(data)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        ok = ok and conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return ok, conn.execute("SELECT COUNT(*) FROM wage_months").fetchone()[0]
    finally:
        conn.close()


def _one_run(template: Path, csv_path: Path, folder: Path, write_time: float,
             seed: int) -> tuple[bool, int]:
    data = folder / f"run{seed}.kuhina"
    shutil.copy(template, data)
    child = _start(data, csv_path)
    _wait_for(child, "WRITING")
    time.sleep(random.Random(seed).uniform(0, 1.2 * write_time))
    child.send_signal(signal.SIGKILL)
    child.communicate()
    ok, count = _state(data)
    reopened = open_data_file(data, backup_dir=folder)  # the program's own way in
    reopened.close()
    return ok, count


def test_kill9_during_a_10000_row_import(tmp_path: Path) -> None:
    template, csv_path = _template(tmp_path)
    measured = tmp_path / "measure.kuhina"
    shutil.copy(template, measured)
    child = _start(measured, csv_path)
    _, count, seconds = _wait_for(child, "DONE").split()
    child.communicate()
    assert int(count) == ROWS and _state(measured) == (True, ROWS)
    write_time = float(seconds)
    with ThreadPoolExecutor(PARALLEL) as pool:
        outcomes = list(pool.map(lambda s: _one_run(template, csv_path, tmp_path, write_time, s),
                                 range(RUNS)))
    failures = sum(1 for ok, rows in outcomes if not ok or rows not in (0, ROWS))
    print(f"FIGURE import_kill9_rows: {ROWS}")
    print(f"FIGURE import_kill9_write_seconds: {write_time:.2f}")
    print(f"FIGURE import_kill9_runs: {len(outcomes)}")
    print(f"FIGURE import_kill9_all_rows: {sum(1 for _, rows in outcomes if rows == ROWS)}")
    print(f"FIGURE import_kill9_no_rows: {sum(1 for _, rows in outcomes if rows == 0)}")
    print(f"FIGURE import_kill9_failures: {failures}")
    assert failures == 0
