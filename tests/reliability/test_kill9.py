"""kill -9 in the middle of multi-table saves and imports (G1/G2): all or nothing, every time.

A writer process saves people (employee + health + contract + decision + wage months +
application + payment + audit rows), imports 200 wage months at a time, edits and deletes, each
as one transaction, in a loop. It is killed at a random moment; the file is then opened through
the app's own open routine and checked: integrity, foreign keys, the shape of every save, the
audit chain.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
from pathlib import Path

from kuhina_desktop.storage.audit_repo import verify_chain
from kuhina_desktop.storage.database import create_data_file, open_data_file
from kuhina_desktop.storage.fileinfo import integrity_check
from tests.conftest import ROOT
from tests.reliability import workload

RUNS = int(os.environ.get("KUHINA_KILL9_RUNS", "50"))
SAVE_SHAPE = {"employee_health": 1, "contracts": 1, "decisions": 1,
              "wage_months": workload.WAGE_MONTHS_PER_SAVE}


def start_writer(path: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "tests.reliability.workload", str(path)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_ready(proc: subprocess.Popen) -> None:
    ready, _, _ = select.select([proc.stdout], [], [], 60)
    line = proc.stdout.readline() if ready else b""
    assert line.strip() == b"ready", proc.stderr.read().decode() if proc.poll() is not None else ""


def problems_after_crash(path: Path) -> list[str]:
    data = open_data_file(path)  # rolls back a hot journal, recovers the dead writer's lock
    try:
        conn = data.conn
        problems = integrity_check(conn)  # includes foreign_key_check
        for employee_id, last_name in conn.execute("SELECT id, last_name FROM employees"):
            problems += _shape_problems(conn, employee_id, last_name)
        broken = verify_chain(data.db)
        if broken is not None:
            problems.append(f"audit chain broken at {broken}")
        unaudited = conn.execute(
            "SELECT count(*) FROM employees WHERE id NOT IN (SELECT row_id FROM audit_log "
            "WHERE table_name = 'employees' AND action = 'insert')").fetchone()[0]
        if unaudited:
            problems.append(f"{unaudited} employees without their audit row")
        return problems
    finally:
        data.close()


def _count(conn, table: str, employee_id: int) -> int:
    return conn.execute(f"SELECT count(*) FROM {table} WHERE employee_id = ?",  # noqa: S608
                        (employee_id,)).fetchone()[0]


def _shape_problems(conn, employee_id: int, last_name: str) -> list[str]:
    if last_name.startswith(workload.IMPORT_PREFIX):
        found = _count(conn, "wage_months", employee_id)
        return [] if found == workload.ROWS_PER_IMPORT else [f"partial import {employee_id}: {found}"]
    problems = [f"half save {employee_id}: {table} {_count(conn, table, employee_id)}"
                for table, expected in SAVE_SHAPE.items()
                if _count(conn, table, employee_id) != expected]
    payments = conn.execute(
        "SELECT count(*) FROM application_payments p JOIN applications a ON a.id = "
        "p.application_id JOIN decisions d ON d.id = a.decision_id WHERE d.employee_id = ?",
        (employee_id,)).fetchone()[0]
    if payments != 1:
        problems.append(f"half save {employee_id}: payments {payments}")
    return problems


def test_kill9_during_saves_and_imports(tmp_path: Path) -> None:
    path = tmp_path / "kaatuu.kuhina"
    create_data_file(path).close()
    rnd = random.Random(9)
    failures, hot_journals = [], 0
    for run in range(RUNS):
        writer = start_writer(path)
        try:
            wait_ready(writer)
            select.select([], [], [], rnd.uniform(0, 0.25))
        finally:
            writer.send_signal(signal.SIGKILL)
            writer.wait()
            writer.stdout.close()
            writer.stderr.close()
        hot_journals += path.with_name(path.name + "-journal").exists()
        found = problems_after_crash(path)
        if found:
            failures.append((run, found[:3]))
    data = open_data_file(path)
    try:
        people = data.query("SELECT count(*) AS n FROM employees")[0]["n"]
    finally:
        data.close()
    print(f"FIGURE kill9_runs: {RUNS}")
    print(f"FIGURE kill9_failures: {len(failures)}")
    print(f"FIGURE kill9_killed_mid_transaction: {hot_journals}")
    print(f"FIGURE kill9_people_saved: {people}")
    assert failures == []
    assert people > 0


def test_power_cut_snapshots_recover(tmp_path: Path, monkeypatch) -> None:
    """G3: the writer is frozen at a random moment and its file and journal copied as they are
    (what the disk holds when power goes); each snapshot must open whole, and the app itself
    never removes or renames a journal: SQLite rolls it back."""
    path = tmp_path / "sahkokatko.kuhina"
    create_data_file(path).close()
    touched: list[str] = []
    for name in ("remove", "unlink", "rename", "replace"):
        original = getattr(os, name)

        def guard(src, *args, _original=original, **kwargs):
            if str(src).endswith("-journal"):
                touched.append(str(src))
            return _original(src, *args, **kwargs)

        monkeypatch.setattr(os, name, guard)
    rnd = random.Random(3)
    runs, with_journal, failures = 20, 0, []
    for run in range(runs):
        writer = start_writer(path)
        snapshot = tmp_path / f"snap{run}" / path.name
        snapshot.parent.mkdir()
        try:
            wait_ready(writer)
            select.select([], [], [], rnd.uniform(0, 0.2))
            writer.send_signal(signal.SIGSTOP)
            for suffix in ("", "-journal"):
                source = path.with_name(path.name + suffix)
                if source.exists():
                    snapshot.with_name(snapshot.name + suffix).write_bytes(source.read_bytes())
        finally:
            writer.send_signal(signal.SIGKILL)
            writer.wait()
            writer.stdout.close()
            writer.stderr.close()
        with_journal += snapshot.with_name(snapshot.name + "-journal").exists()
        found = problems_after_crash(snapshot)
        if found:
            failures.append((run, found[:3]))
        problems_after_crash(path)  # the live file recovers too, for the next run
    print(f"FIGURE power_cut_runs: {runs}")
    print(f"FIGURE power_cut_snapshots_with_hot_journal: {with_journal}")
    print(f"FIGURE power_cut_failures: {len(failures)}")
    assert failures == []
    assert touched == []
