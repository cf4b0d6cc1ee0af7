"""Cold start to a shown main window on the demo file vs an empty PySide6 window.

    python benchmarks/bench_startup.py [--runs N]

Same interpreter, same Qt platform (offscreen unless BENCH_QPA says otherwise), median of N
runs each (default 7), interleaved. Target: the program within 1.5× the empty window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _startup import ROOT, bench_env, figure, medians, temp_home, write_demo_file  # noqa: E402

TARGET = 1.5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with temp_home() as folder:
        home = Path(folder)
        demo = write_demo_file(home)
        env = bench_env(home)
        result = medians({
            "program": [sys.executable, "-m", "kuhina_desktop", str(demo)],
            "empty": [sys.executable, str(ROOT / "benchmarks" / "_empty_window.py")],
        }, env, max(5, args.runs))
    ratio = result["program"] / result["empty"]
    print(figure("startup_demo_file", result["program"], "s",
                 f"{result['empty']:.3f} s (empty PySide6 window)", ratio, f"≤ {TARGET}×"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
