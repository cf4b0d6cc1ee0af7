"""KUHINA_EXIT_AFTER_SHOWN=1 (used by the start-up benchmarks) prints when the window shows."""

from __future__ import annotations

import re
import time

from tests.conftest import run_cli


def test_window_reports_its_first_paint_and_exits(tmp_path, kuhina_home) -> None:
    path = tmp_path / "demo.kuhina"
    assert run_cli("demo", str(path)).returncode == 0
    started = time.time()
    result = run_cli(str(path), env={"KUHINA_EXIT_AFTER_SHOWN": "1",
                                     "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    match = re.search(r"^KUHINA_SHOWN (\d+\.\d+) MainWindow cpu=\d+\.\d+$", result.stdout, re.MULTILINE)
    assert match, result.stdout
    assert started < float(match.group(1)) < time.time()


def test_without_the_variable_nothing_is_installed(qtbot, demo_services, monkeypatch) -> None:
    from kuhina_desktop.ui.main_window import MainWindow
    from kuhina_desktop.ui.startup_probe import ENV_VAR, _FirstPaint, install_if_requested

    monkeypatch.delenv(ENV_VAR, raising=False)
    window = MainWindow(demo_services, [])
    qtbot.addWidget(window)
    install_if_requested(window)
    assert window.findChildren(_FirstPaint) == []
    monkeypatch.setenv(ENV_VAR, "1")
    install_if_requested(window)
    assert len(window.findChildren(_FirstPaint)) == 1
