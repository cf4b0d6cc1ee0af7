"""Opening a file with its checks (header, quick_check, foreign keys, lock) on 50, 1,000 and
10,000 employees; target ≤ 2 s at 10,000. Baseline in the same run: a bare sqlite3
connection running PRAGMA quick_check on the same file."""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._common import median_seconds  # noqa: E402
from benchmarks.generate import generate  # noqa: E402
from kuhina_desktop.storage.database import open_data_file  # noqa: E402


def _bare(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA quick_check").fetchall()
    conn.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        for size in (50, 1000, 10000):
            path = generate(size, Path(folder) / f"open-{size}.kuhina")
            seconds = median_seconds(lambda p=path: open_data_file(p, backup_dir=Path(folder)).close())
            baseline = median_seconds(lambda p=path: _bare(p))
            target = " | target: 2 s" if size == 10000 else ""
            print(f"FIGURE open_checked_{size}_s: {seconds:.3f} s | baseline: {baseline:.3f} s "
                  f"| ratio: {seconds / baseline:.1f}{target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
