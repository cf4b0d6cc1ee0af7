"""How long the GUI thread is ever blocked during a wage import and a backup, through the real
widgets (a 10 ms timer heartbeat measures the longest gap; target ≤ 250 ms).

    python benchmarks/bench_gui_jobs.py                 # this checkout
    python benchmarks/bench_gui_jobs.py --code DIR      # another checkout's program (before/after)

Import: a payroll CSV with one row per employee (50, 1,000, 10,000 rows) through Palkat →
Tuonti: reading and checking the file, then the import (backup copy, all rows in one
transaction). Backup: Settings → "Back up now", the 30-minute timer, and the copy on closing
the window. Each size and job runs in a fresh process on a fresh copy of the generated file
(benchmarks/_gui_jobs_child.py). The baseline is the heartbeat's own interval.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHILD = Path(__file__).resolve().parent / "_gui_jobs_child.py"
BEAT_MS = 10


def _child(mode: str, path: Path, code: Path, home: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KUHINA_HOME": str(home),
           "PYTHONPATH": str(code) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, str(CHILD), mode, str(path)], capture_output=True,
                         text=True, env=env, timeout=900, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _figure(name: str, phases: dict[str, int], note: str) -> None:
    worst = max(phases.values())
    print(f"FIGURE {name}: {worst} ms | baseline: {BEAT_MS} ms heartbeat interval | "
          f"ratio: {worst / BEAT_MS:.1f} | target: ≤ 250 ms")
    print(f"  {name}: " + ", ".join(f"{k} {v} ms" for k, v in phases.items()) + note)


def main(argv: list[str]) -> int:
    from benchmarks.generate import generate

    code = Path(argv[argv.index("--code") + 1]).resolve() if "--code" in argv else ROOT
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        for size in (50, 1000, 10000):
            original = generate(size, base / f"jobs-{size}.kuhina")
            for mode in ("import", "backup"):
                work = base / mode / original.name
                work.parent.mkdir(exist_ok=True)
                shutil.copyfile(original, work)
                result = _child(mode, work, code, base / f"home-{mode}-{size}")
                if mode == "import":
                    rows, audit = result.pop("rows"), result.pop("audit_rows")
                    _figure(f"gui_max_block_during_import_{size}_ms", result,
                            f" ({rows} rows imported, {audit} audit rows)")
                else:
                    _figure(f"gui_max_block_during_backup_{size}_ms", result, "")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
