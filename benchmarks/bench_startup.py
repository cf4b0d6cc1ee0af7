"""Cold start to a shown main window vs an empty PySide6 window, on the demo file and on
generated files of 50, 1,000 and 10,000 employees.

    python benchmarks/bench_startup.py [--runs N] [--sizes 50,1000,10000]

Same interpreter, same Qt platform (offscreen unless BENCH_QPA says otherwise), median of N
runs each (default 7), interleaved with the empty window. Target: the program within 1.5× the
empty window. `startup_qt_widgets_only` is a reference, not a target: a window with the same
kinds of Qt widgets and nothing of ours (benchmarks/_widgets_window.py), i.e. the part of a
start-up that is PySide6's own. Each wall-clock figure has a CPU-time twin (`…_cpu`): the CPU
seconds the process had used at its first paint, which a busy machine hardly changes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _startup import ROOT, bench_env, figure, measure, temp_home, write_demo_file  # noqa: E402

from benchmarks.generate import generate  # noqa: E402

TARGET = 1.5
EMPTY = [sys.executable, str(ROOT / "benchmarks" / "_empty_window.py")]
WIDGETS = [sys.executable, str(ROOT / "benchmarks" / "_widgets_window.py")]


def _program(path: Path) -> list[str]:
    return [sys.executable, "-m", "kuhina_desktop", str(path)]


def _print(name: str, result: dict[str, tuple[float, float]],
           target: str = f"≤ {TARGET}×") -> None:
    (wall, cpu), (empty_wall, empty_cpu) = result["program"], result["empty"]
    print(figure(name, wall, "s", f"{empty_wall:.3f} s (empty PySide6 window)",
                 wall / empty_wall, target))
    print(figure(f"{name}_cpu", cpu, "s", f"{empty_cpu:.3f} s CPU (empty PySide6 window)",
                 cpu / empty_cpu, target))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="50,1000,10000")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    with temp_home() as folder:
        home = Path(folder)
        env = bench_env(home)
        demo = write_demo_file(home)
        _print("startup_qt_widgets_only", measure({"program": WIDGETS, "empty": EMPTY}, env, runs),
               target="-")
        _print("startup_demo_file", measure({"program": _program(demo), "empty": EMPTY},
                                            env, runs))
        for size in (int(text) for text in args.sizes.split(",") if text):
            path = generate(size, home / f"startup-{size}.kuhina")
            _print(f"startup_{size}", measure({"program": _program(path), "empty": EMPTY},
                                              env, runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
