"""Showing each view of the main window for the first time, on files of 50, 1,000 and 10,000
employees over ten years.

- ``gui_max_block_first_show_N_ms``: the longest gap of a 10 ms heartbeat on the GUI thread
  while each view in turn is built, shown and filled (its lists read, on a worker where they
  are), after the work that follows start-up has finished; target ≤ 250 ms, as for the
  GUI thread during import, report or backup. The breakdown under it names each view's gap.

Each size runs in a fresh process (benchmarks/_common.py).

    python benchmarks/bench_views.py [50 1000 10000]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._common import run_child  # noqa: E402

TARGET_MS = 250

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from benchmarks._common import Heartbeat, main_window_on

def idle(ms):
    loop = QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()

app, window = main_window_on(Path(sys.argv[1]))
idle(2500)  # the opening check, the read-ahead and the due list after the first paint
gaps = {}
for key in window.view_keys():
    if key == "home":
        continue  # shown at start-up
    beat = Heartbeat()
    beat.start()
    window.show_view(key)
    idle(1500)  # lists read on a worker come back meanwhile
    beat.stop()
    gaps[key] = beat.max_gap_ms
print(json.dumps(gaps))
"""


def main() -> int:
    from benchmarks.generate import generate

    sizes = [int(a) for a in sys.argv[1:]] or [50, 1000, 10000]
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KUHINA_HOME"] = folder
        for size in sizes:
            path = generate(size, Path(folder) / f"views-{size}.kuhina", date.today())
            gaps = run_child(CHILD, str(path))
            worst = max(gaps, key=gaps.get)
            print(f"FIGURE gui_max_block_first_show_{size}_ms: {gaps[worst]} ms | baseline: "
                  f"10 ms heartbeat | ratio: {gaps[worst] / 10:.1f} | target: ≤ {TARGET_MS} ms"
                  f"   (longest: {worst})")
            print(f"  {size}: " + ", ".join(f"{key} {gap} ms" for key, gap in gaps.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
