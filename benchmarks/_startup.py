"""Shared by the start-up benchmarks: time from starting a process to its first painted window.

Both the program (KUHINA_EXIT_AFTER_SHOWN=1) and the empty-window baseline print
`KUHINA_SHOWN <unix time> <window> cpu=<CPU seconds>` at the first paint of the main window
and quit; the time from just before the process is started to that moment is the start-up time. Each run is a new
process ("cold" for the program; the operating system's file cache is warm after the first
run, as it is for a user who starts the program every day).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SHOWN = re.compile(r"^KUHINA_SHOWN (\d+\.\d+)", re.MULTILINE)
CPU = re.compile(r"^KUHINA_SHOWN .* cpu=(\d+\.\d+)", re.MULTILINE)


def bench_env(home: Path) -> dict[str, str]:
    # Bytecode is cached as in an installed program (pip and PyInstaller compile it): with
    # PYTHONDONTWRITEBYTECODE every run would compile the program's modules again.
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONHOME", "PYTHONDONTWRITEBYTECODE")}
    env.update({"KUHINA_HOME": str(home), "KUHINA_EXIT_AFTER_SHOWN": "1",
                "QT_QPA_PLATFORM": os.environ.get("BENCH_QPA", "offscreen"),
                "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
    return env


def shown_times(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from starting ``command`` to its first painted window, CPU seconds it used).

    The CPU time is what the process itself reports at that paint: unlike the wall clock it
    hardly changes when other work shares the machine.
    """
    started = time.time()
    result = subprocess.run(list(command), capture_output=True, text=True, env=env,
                            timeout=120, cwd=env["KUHINA_HOME"])
    match = SHOWN.search(result.stdout)
    if result.returncode != 0 or match is None:
        raise RuntimeError(f"{command[0]} did not show a window (exit {result.returncode}):\n"
                           f"{result.stdout[-800:]}\n{result.stderr[-2000:]}")
    cpu = CPU.search(result.stdout)
    return float(match.group(1)) - started, float(cpu.group(1)) if cpu else float("nan")


def measure(commands: dict[str, Sequence[str]], env: dict[str, str], runs: int
            ) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) start-up of each command; runs are interleaved so drift hits all
    alike, after one warm-up each (fills the file cache and the bytecode cache)."""
    return {name: (timing.wall, timing.cpu)
            for name, timing in measure_paired(commands, env, runs).items()}


class Timing(NamedTuple):
    """Medians of one command's runs, and the median of its run-by-run ratios to the
    baseline's run started just after it (1.0 for the baseline itself)."""

    wall: float
    cpu: float
    wall_ratio: float
    cpu_ratio: float


def measure_paired(commands: dict[str, Sequence[str]], env: dict[str, str], runs: int,
                   baseline: str = "empty") -> dict[str, Timing]:
    """measure(), with ratios taken run by run against ``baseline``.

    On a shared machine the speed drifts from second to second; a ratio of two runs made
    back to back is steadier than a ratio of two medians gathered over a minute.
    """
    for command in commands.values():
        shown_times(command, env)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(shown_times(command, env))
    base = times[baseline]

    def timing(values: list[tuple[float, float]]) -> Timing:
        return Timing(statistics.median(w for w, _ in values),
                      statistics.median(c for _, c in values),
                      statistics.median(w / bw for (w, _), (bw, _) in zip(values, base, strict=True)),
                      statistics.median(c / bc for (_, c), (_, bc) in zip(values, base, strict=True)))

    return {name: timing(values) for name, values in times.items()}


def write_demo_file(folder: Path) -> Path:
    path = folder / "Esimerkkiyhdistys.kuhina"
    subprocess.run([sys.executable, "-m", "kuhina_desktop", "demo", str(path)], check=True,
                   cwd=ROOT, env={**bench_env(folder), "KUHINA_EXIT_AFTER_SHOWN": ""},
                   capture_output=True)
    return path


def figure(name: str, value: float, unit: str, baseline: str, ratio: float | None,
           target: str) -> str:
    """One line in the format benchmarks/run.py collects (see benchmarks/README.md)."""
    ratio_text = f"{ratio:.2f}" if ratio is not None else "-"
    return (f"FIGURE {name}: {value:.3f} {unit} | baseline: {baseline} | ratio: {ratio_text} | "
            f"target: {target}")


def temp_home() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="kuhina-bench-")
