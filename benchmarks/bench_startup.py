"""Cold start to a shown main window vs an empty PySide6 window, on the demo file and on
generated files of 50, 1,000 and 10,000 employees.

    python benchmarks/bench_startup.py [--runs N] [--sizes 50,1000,10000]

Same interpreter, same Qt platform (offscreen unless BENCH_QPA says otherwise), N runs each
(default 15), interleaved with the empty window: the value is the median, the ratio the median
of the run-by-run ratios to the empty window started right after (a shared machine's speed
drifts; two runs back to back see the same). Target: the program within 1.5× the empty window. `startup_qt_widgets_only` is a reference, not a target: a window with the same
kinds of Qt widgets and nothing of ours (benchmarks/_widgets_window.py), i.e. the part of a
start-up that is PySide6's own. Each wall-clock figure has a CPU-time twin (`…_cpu`): the CPU
seconds the process had used at its first paint, which a busy machine hardly changes.

`…_instructions` is a count that does not depend on the machine at all: the instructions each
start executes up to its first paint (valgrind's cachegrind, about ten seconds a run; left
out with --no-instructions or when valgrind is not installed).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _startup import (  # noqa: E402
    ROOT,
    Timing,
    bench_env,
    figure,
    measure_paired,
    temp_home,
    write_demo_file,
)

from benchmarks.generate import generate  # noqa: E402

TARGET = 1.5
EMPTY = [sys.executable, str(ROOT / "benchmarks" / "_empty_window.py")]
WIDGETS = [sys.executable, str(ROOT / "benchmarks" / "_widgets_window.py")]


def _program(path: Path) -> list[str]:
    return [sys.executable, "-m", "kuhina_desktop", str(path)]


def _print(name: str, result: dict[str, Timing], target: str = f"≤ {TARGET}×") -> None:
    program, empty = result["program"], result["empty"]
    print(figure(name, program.wall, "s", f"{empty.wall:.3f} s (empty PySide6 window)",
                 program.wall_ratio, target))
    print(figure(f"{name}_cpu", program.cpu, "s", f"{empty.cpu:.3f} s CPU (empty PySide6 window)",
                 program.cpu_ratio, target))


INSTRUCTIONS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(command: list[str], env: dict[str, str]) -> int:
    """Instructions executed by ``command`` up to its first paint (it exits there)."""
    result = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         *command], env={**env, "KUHINA_EXIT_AFTER_SHOWN": "now"}, cwd=env["KUHINA_HOME"],
        capture_output=True, text=True, timeout=600)
    match = INSTRUCTIONS.search(result.stderr)
    if result.returncode != 0 or match is None:
        raise RuntimeError(f"valgrind {command[0]} failed:\n{result.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def _print_instructions(name: str, command: list[str], env: dict[str, str]) -> None:
    program, empty = instructions(command, env), instructions(EMPTY, env)
    print(figure(f"{name}_instructions", program / 1e6, "M instructions",
                 f"{empty / 1e6:.0f} M (empty PySide6 window)", program / empty,
                 f"≤ {TARGET}×"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--sizes", default="50,1000,10000")
    parser.add_argument("--no-instructions", action="store_true",
                        help="leave out the instruction counts (valgrind)")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    count = not args.no_instructions and shutil.which("valgrind") is not None
    if not args.no_instructions and not count:
        print("valgrind is not installed: no instruction counts")
    with temp_home() as folder:
        home = Path(folder)
        env = bench_env(home)
        demo = write_demo_file(home)
        _print("startup_qt_widgets_only",
               measure_paired({"program": WIDGETS, "empty": EMPTY}, env, runs), target="-")
        _print("startup_demo_file",
               measure_paired({"program": _program(demo), "empty": EMPTY}, env, runs))
        if count:
            _print_instructions("startup_demo_file", _program(demo), env)
        for size in (int(text) for text in args.sizes.split(",") if text):
            path = generate(size, home / f"startup-{size}.kuhina")
            _print(f"startup_{size}",
                   measure_paired({"program": _program(path), "empty": EMPTY}, env, runs))
            if count:
                _print_instructions(f"startup_{size}", _program(path), env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
