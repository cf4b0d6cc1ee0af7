"""Run every benchmarks/bench_*.py and print one table of their figures.

    python benchmarks/run.py                 # all of them
    python benchmarks/run.py startup bundle  # only bench_startup.py and bench_bundle.py

Each script prints lines in the agreed format (benchmarks/README.md):
    FIGURE name: value unit | baseline: B | ratio: R | target: T
Everything else a script prints is shown as it comes; a script that fails is a row too.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIGURE = re.compile(r"^FIGURE (?P<name>[\w.\-]+): (?P<rest>.*)$")
COLUMNS = ("figure", "value", "baseline", "ratio", "target")


@dataclass(frozen=True)
class Figure:
    name: str
    value: str
    baseline: str = "-"
    ratio: str = "-"
    target: str = "-"


def parse_figure(line: str) -> Figure | None:
    """One `FIGURE …` line; missing parts become "-"."""
    match = FIGURE.match(line.strip())
    if match is None:
        return None
    value, *parts = [part.strip() for part in match["rest"].split(" | ")]
    fields = {}
    for part in parts:
        key, _, text = part.partition(":")
        if key.strip() in ("baseline", "ratio", "target"):
            fields[key.strip()] = text.strip() or "-"
    return Figure(match["name"], value, **fields)


def run_script(script: Path) -> tuple[list[Figure], str | None]:
    started = time.monotonic()
    process = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, text=True,
                             capture_output=True)
    figures = []
    for line in process.stdout.splitlines():
        figure = parse_figure(line)
        if figure is not None:
            figures.append(figure)
        else:
            print(f"  {script.stem}: {line}")
    elapsed = time.monotonic() - started
    print(f"{script.name}: {len(figures)} figures in {elapsed:.0f} s", flush=True)
    if process.returncode != 0:
        return figures, f"exit {process.returncode}: {process.stderr.strip()[-300:]}"
    return figures, None


def table(rows: list[Figure]) -> str:
    """A Markdown table, readable in a terminal and pasteable into the README."""
    cells = [COLUMNS] + [(r.name, r.value, r.baseline, r.ratio, r.target) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
             for row in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in argv]
    rows, failed = [], False
    for script in scripts:
        figures, error = run_script(script)
        rows += figures
        if error:
            failed = True
            rows.append(Figure(f"{script.stem} FAILED", error.replace("|", "/")))
    print(table(rows))
    return 1 if failed or not scripts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
