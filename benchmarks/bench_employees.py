"""The employees list with 50, 1,000 and 10,000 people: time to open the view, time per search
keystroke, peak memory, each beside a bare-sqlite3 baseline measured in the same run.

Run from the repository root: ``python benchmarks/bench_employees.py [--people 10000]``; without
``--people`` each of the three sizes runs in its own process (so that peak memory is that of
one size). Prints ``FIGURE name_<size>: value unit | baseline: … | ratio: … | target: …`` lines.
Targets: opening the view well under 0.5 s and a keystroke ≤ 50 ms at 10,000 people.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a source tree without installing
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kuhina_desktop.demo.association import DEMO_ASSOCIATION  # noqa: E402
from kuhina_desktop.domain.employees import Contract, Employee, TargetGroup  # noqa: E402
from kuhina_desktop.domain.finnish_ids import make_test_hetu  # noqa: E402
from kuhina_desktop.services import Services  # noqa: E402
from kuhina_desktop.services.files import create_association_file  # noqa: E402
from kuhina_desktop.storage import contracts_repo, employees_repo  # noqa: E402
from kuhina_desktop.storage.database import open_data_file  # noqa: E402

TARGET_MS = 50.0
OPEN_TARGET_MS = 500.0
SIZES = (50, 1000, 10_000)
TYPED = ["virtanen", "kiinteistö"]  # each typed, then erased with Backspace
FIRST = ["Aino", "Eero", "Matti", "Liisa", "Juha", "Sanna", "Pekka", "Tiina", "Olli", "Hanna",
         "Łukasz", "Gülşen", "Ольга", "Văn An", "Ahmed", "Maryam", "Tuomas", "Kaisa"]
LAST = ["Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen",
        "Koskinen", "Järvinen", "Lehtonen", "Räsänen", "Turunen", "Nowak", "Yılmaz", "Петрова",
        "Nguyễn", "Hassan", "Karimi", "Pesonen", "Kettunen"]
TITLES = ["Kierrätyskeskuksen myymäläavustaja", "Kahvila-avustaja", "Kiinteistönhoitaja",
          "Toimistoavustaja", "Varastotyöntekijä", "Tekstiilityöntekijä", "Kuljettaja-avustaja"]
KINDS = ["palkkatuki_50", "palkkatuki_70", "palkkatuki_100", "tyollistamistuki_55",
         "kuntalisa"]


def build_file(path: Path, people: int, today: date) -> Services:
    """A file with ``people`` employees, their contracts and decisions: one transaction."""
    rnd = random.Random(2026)
    groups = [TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.IMMIGRANT, TargetGroup.YOUNG]
    services = create_association_file(path, DEMO_ASSOCIATION)
    employees = [Employee(
        first_name=rnd.choice(FIRST), last_name=rnd.choice(LAST),
        hetu=make_test_hetu(date(1950, 1, 1) + timedelta(days=i // 100), 900 + i % 100),
        target_groups=frozenset(rnd.sample(groups, rnd.randint(0, 2))),
        archived_on=today - timedelta(days=30) if rnd.random() < 0.15 else None)
        for i in range(people)]
    with services.data.write() as db:
        ids = employees_repo.insert_many(db, employees)
        contracts = []
        for employee_id in ids:
            start = today - timedelta(days=rnd.randint(0, 700))
            end = None if rnd.random() < 0.5 else start + timedelta(days=rnd.randint(90, 500))
            contracts.append(Contract(
                employee_id=employee_id, start=start, end=end, weekly_hours=Decimal(30),
                full_time_weekly_hours=Decimal("37.5"), pay_cents=200_000,
                job_title=rnd.choice(TITLES)))
            if rnd.random() < 0.3:  # an earlier, ended contract
                contracts.append(Contract(
                    employee_id=employee_id, start=start - timedelta(days=400),
                    end=start - timedelta(days=200), weekly_hours=Decimal(25),
                    full_time_weekly_hours=Decimal("37.5"), pay_cents=180_000,
                    job_title=rnd.choice(TITLES)))
        contracts_repo.insert_contracts_many(db, contracts)
        db.conn.executemany(
            "INSERT INTO decisions (employee_id, kind, decision_date, start_date, end_date,"
            " percent, monthly_cap_cents, payment_period_months) VALUES (?, ?, ?, ?, ?, '1',"
            " 202000, 1)",
            [(i, rnd.choice(KINDS), c.start.isoformat(), c.start.isoformat(),
              (c.start + timedelta(days=300)).isoformat())
             for i, c in zip(ids, contracts, strict=False) if rnd.random() < 0.6])
    return services


def timed_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def bare_select(path: Path, today: date) -> list[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(employees_repo.LIST_SQL, {"today": today.isoformat()}).fetchall()
    finally:
        conn.close()


def peak_rss_mib() -> float | None:
    """This process's peak resident memory (VmHWM; getrusage's figure would include the
    parent's peak in a child process on Linux), or None where neither is available."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024


_BARE_RSS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(sys.argv[2], {"today": sys.argv[3]}).fetchall()
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) / 1024)
"""


def baseline_rss_mib(path: Path, today: date) -> float | None:
    """Peak memory of a separate Python process that only runs the bare SELECT."""
    if not Path("/proc/self/status").exists():
        return None
    out = subprocess.run([sys.executable, "-c", _BARE_RSS, str(path), employees_repo.LIST_SQL,
                          today.isoformat()], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def open_view(services: Services, app):
    from benchmarks._common import settle
    from kuhina_desktop.ui.views.employees import EmployeesView

    view = EmployeesView(services)
    view.resize(1100, 650)
    view.show()
    app.processEvents()
    settle(view)  # the list is read on a worker: until it is shown
    return view


def close(view, app) -> None:
    from PySide6.QtCore import QEvent

    view.close()
    view.deleteLater()
    # Outside a running event loop deleteLater() waits for this explicit nudge.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


_QT_ONLY_RSS = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[1])
from PySide6.QtWidgets import QApplication
from kuhina_desktop.ui.models.employees import EmployeesModel, EmployeesProxy
from PySide6.QtWidgets import QTableView
app = QApplication([])
model = EmployeesModel()
table = QTableView()
table.setModel(EmployeesProxy(model))
table.show()
app.processEvents()
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) / 1024)
"""


def qt_only_rss_mib() -> float | None:
    if not Path("/proc/self/status").exists():
        return None
    out = subprocess.run([sys.executable, "-c", _QT_ONLY_RSS, str(ROOT)], capture_output=True,
                         text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def type_and_erase(app, view, text: str) -> list[float]:
    """Per keystroke: the key event, the filter and the repaint, in milliseconds."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    def press(char: str | None) -> None:
        if char is None:
            QTest.keyClick(view.search, Qt.Key.Key_Backspace)
        elif char.isascii():
            QTest.keyClick(view.search, char)
        else:  # QTest cannot type ä/ö
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                app.sendEvent(view.search, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
        app.processEvents()

    keys: list[str | None] = [*text, *[None] * len(text)]
    return [timed_ms(lambda k=k: press(k)) for k in keys]


def baseline_keystrokes(rows: list[tuple], text: str) -> list[float]:
    """The same typing as plain Python substring tests over the fetched rows."""
    prefixes = [text[:n] for n in range(1, len(text) + 1)]
    prefixes += [text[:n] for n in range(len(text) - 1, -1, -1)]
    return [timed_ms(lambda p=p: [r for r in rows if p in f"{r[1]} {r[2]} {r[10]}".lower()])
            for p in prefixes]


def report(name: str, ours: float, base: float | None, unit: str, fmt: str = "{:.1f}",
           target: str = "-") -> None:
    """One FIGURE line in the format of benchmarks/README.md."""
    value = f"{fmt.format(ours)} {unit}"
    if base is None:
        print(f"FIGURE {name}: {value} | baseline: - | ratio: - | target: {target}")
        return
    print(f"FIGURE {name}: {value} | baseline: {fmt.format(base)} {unit} | "
          f"ratio: {ours / base:.2f} | target: {target}")


def measure_open(services: Services, app, path: Path, today: date, repeat: int):
    """(first open ms, median of the next ``repeat`` opens, baseline median, the open view)."""
    views: list = []
    opens = []
    for _ in range(repeat + 1):  # the first open is reported on its own
        while views:  # one view at a time, as in the program
            close(views.pop(), app)
        opens.append(timed_ms(lambda: views.append(open_view(services, app))))
    base = statistics.median(timed_ms(lambda: bare_select(path, today)) for _ in range(repeat))
    return opens[0], statistics.median(opens[1:]), base, views[-1]


def measure_typing(app, view, path: Path, today: date, people: int) -> None:
    view.search.setFocus()
    strokes = [ms for text in TYPED for ms in type_and_erase(app, view, text)]
    rows = bare_select(path, today)
    base_strokes = [ms for text in TYPED for ms in baseline_keystrokes(rows, text)]
    med, top = statistics.median(strokes), max(strokes)
    base_med, base_top = statistics.median(base_strokes), max(base_strokes)
    verdict = "met" if top <= TARGET_MS else "MISSED (max)" if med <= TARGET_MS else "MISSED"
    print(f"FIGURE employees_filter_keystroke_{people}_ms: median {med:.1f}, max {top:.1f} ms"
          f" | baseline: median {base_med:.2f}, max {base_top:.2f} ms (plain Python substring"
          f" tests) | ratio: {med / base_med:.2f} | target: ≤ {TARGET_MS:.0f} ms"
          f"   ({len(strokes)} keystrokes: {verdict})")


def measure_memory(path: Path, today: date, people: int) -> None:
    rss = peak_rss_mib()
    if rss is None:
        print(f"FIGURE employees_peak_rss_{people}_mib: n/a (no getrusage on this system)")
        return
    report(f"employees_peak_rss_{people}_mib", rss, baseline_rss_mib(path, today), "MiB")
    print(f"for scale: a Python process with Qt and an empty employees table peaks at "
          f"{qt_only_rss_mib() or 0:.1f} MiB")


def run(people: int, repeat: int) -> None:
    from PySide6.QtWidgets import QApplication

    from kuhina_desktop.ui.i18n import install_translators

    app = QApplication([])
    install_translators(app, "fi")
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.kuhina"
        # Built by a child process, so this process's peak memory is the view's, not the
        # generator's.
        build_ms = timed_ms(lambda: subprocess.run(
            [sys.executable, __file__, "--build", str(path), "--people", str(people)],
            check=True))
        services = Services(open_data_file(path, backup_dir=Path(folder)))
        contracts = services.data.query("SELECT count(*) AS n FROM contracts")[0]["n"]
        print(f"people: {people}, contracts: {contracts}, file built in one transaction "
              f"(by a child process) in {build_ms:.0f} ms")
        first, median, base, view = measure_open(services, app, path, today, repeat)
        print(f"view opened {repeat} more times after a first open of {first:.0f} ms")
        report(f"employees_view_open_{people}_ms", median, base, "ms", "{:.0f}",
               f"≤ {OPEN_TARGET_MS:.0f} ms" if people >= 10_000 else "-")
        measure_typing(app, view, path, today, people)
        measure_memory(path, today, people)
        close(view, app)  # before the file and the application go
        services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, help="one size (default: each of 50, 1,000 "
                        "and 10,000 in its own process)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build_file(args.build, args.people, date.today()).close()
    elif args.people:
        run(args.people, args.repeat)
    else:
        for people in SIZES:
            subprocess.run([sys.executable, __file__, "--people", str(people), "--repeat",
                            str(args.repeat)], check=True)


if __name__ == "__main__":
    main()
