"""Shared test set-up: headless Qt, one forced locale, a private KUHINA_HOME per test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANG"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def kuhina_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Preferences, logs and backups of each test go to a folder of its own."""
    home = tmp_path_factory.mktemp("kuhina_home")
    monkeypatch.setenv("KUHINA_HOME", str(home))
    return home


@pytest.fixture
def demo_services(tmp_path: Path):
    from kuhina_desktop.demo import build_demo

    services = build_demo(tmp_path / "demo.kuhina")
    yield services
    services.close()


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None):
    """Run `python -m kuhina_desktop ARGS` in a subprocess and return the CompletedProcess."""
    import subprocess

    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "kuhina_desktop", *args], capture_output=True,
                          text=True, cwd=cwd or ROOT, env=full_env, timeout=120)
