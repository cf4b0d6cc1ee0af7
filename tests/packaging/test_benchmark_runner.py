"""benchmarks/run.py reads the agreed FIGURE line format and prints one table."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _runner():
    import sys

    if "benchmarks_run" not in sys.modules:  # dataclasses look their module up there
        spec = importlib.util.spec_from_file_location("benchmarks_run",
                                                      ROOT / "benchmarks" / "run.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["benchmarks_run"] = module
        spec.loader.exec_module(module)
    return sys.modules["benchmarks_run"]


def test_full_figure_line() -> None:
    run = _runner()
    figure = run.parse_figure("FIGURE startup_demo_file: 0.412 s | baseline: 0.150 s (empty "
                              "PySide6 window) | ratio: 2.75 | target: ≤ 1.5×")
    assert figure == run.Figure("startup_demo_file", "0.412 s",
                                "0.150 s (empty PySide6 window)", "2.75", "≤ 1.5×")


def test_short_lines_and_other_output() -> None:
    run = _runner()
    assert run.parse_figure("FIGURE bundle_size: 142.0 MiB") == run.Figure("bundle_size",
                                                                           "142.0 MiB")
    assert run.parse_figure("  PySide6/Qt/lib   70.2 MiB") is None
    assert run.parse_figure("FIGURE x: 1 ms | target: ≤ 50 ms").target == "≤ 50 ms"


def test_table_lines_up_and_our_scripts_speak_the_format() -> None:
    import sys

    run = _runner()
    text = run.table([run.Figure("a", "1 s", "2 s", "0.50", "≤ 1×"),
                      run.Figure("longer_name", "10 s")])
    lines = text.splitlines()
    assert lines[0].startswith("| figure") and len({len(line) for line in lines}) == 1
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from _startup import figure
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    line = figure("startup", 0.5, "s", "0.250 s (empty)", 2.0, "≤ 1.5×")
    assert run.parse_figure(line) == run.Figure("startup", "0.500 s", "0.250 s (empty)",
                                                "2.00", "≤ 1.5×")
