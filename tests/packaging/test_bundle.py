"""Build the one-folder bundle with build.spec and use it as a treasurer would.

A file missing from the bundle fails here, not on a user's computer. Slow (a PyInstaller run,
about half a minute to a few minutes), so it is marked `bundle`: `./dev.sh test` (and .ci/run)
runs it after the rest of the suite.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tools import bundle_spec as spec

pytestmark = pytest.mark.bundle
ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), "build.spec"],
        cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-4000:]
    folder = out / "dist" / spec.EXE_NAME
    assert (folder / f"{spec.EXE_NAME}{EXE_SUFFIX}").exists()
    return folder


def run_frozen(bundle: Path, *args: str, home: Path, env: dict | None = None,
               timeout: int = 120) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    full_env.update({"KUHINA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **(env or {})})
    return subprocess.run([str(bundle / f"{spec.EXE_NAME}{EXE_SUFFIX}"), *args],
                          capture_output=True, text=True, env=full_env, timeout=timeout,
                          cwd=home)


def test_frozen_version_is_the_pyproject_version(bundle: Path, tmp_path: Path) -> None:
    result = run_frozen(bundle, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Kuhina Desktop {spec.project_version()}"


def test_frozen_self_test_passes(bundle: Path, tmp_path: Path) -> None:
    result = run_frozen(bundle, "--self-test", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: all checks passed" in result.stdout
    from kuhina_desktop import selftest

    for step in selftest.SELF_TESTS:
        assert f"ok   {step.__name__.lstrip('_')}" in result.stdout


def test_frozen_error_texts_are_complete(bundle: Path, tmp_path: Path) -> None:
    """messages.py gathers texts/ with pkgutil at run time: the bundle must hold every module."""
    from kuhina_desktop import messages

    result = run_frozen(bundle, "--self-test", home=tmp_path)
    line = next(x for x in result.stdout.splitlines() if x.startswith("ok   check_texts"))
    counts = re.search(r"(\d+) error texts, (\d+) field labels from (.+)$", line)
    assert counts is not None, line
    modules = sorted(p.stem for p in (ROOT / "kuhina_desktop" / "texts").glob("*.py")
                     if p.stem != "__init__")
    assert int(counts[1]) == len(messages.ERROR_TEXTS)
    assert int(counts[2]) == len(messages.FIELD_LABELS)
    assert counts[3].split(", ") == modules


def test_frozen_demo_file_passes_check(bundle: Path, tmp_path: Path) -> None:
    path = tmp_path / "Esimerkkiyhdistys.kuhina"
    written = run_frozen(bundle, "demo", str(path), home=tmp_path)
    assert written.returncode == 0, written.stderr
    checked = run_frozen(bundle, "check", str(path), home=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("OK: ")


def test_frozen_window_opens_on_the_demo(bundle: Path, tmp_path: Path) -> None:
    result = run_frozen(bundle, "--demo", home=tmp_path, env={"KUHINA_EXIT_AFTER_SHOWN": "1"})
    assert result.returncode == 0, result.stderr
    assert re.search(r"^KUHINA_SHOWN \d+\.\d+ MainWindow cpu=\d+\.\d+$", result.stdout, re.MULTILINE)
    assert "Traceback" not in result.stderr


def test_bundle_holds_resources_and_leaves_out_what_is_not_used(bundle: Path) -> None:
    internal = bundle / "_internal"
    for wanted in ("resources/fonts/DejaVuSans.ttf", "resources/icons/kuhina.png",
                   "resources/i18n/qt/qtbase_fi.qm", "resources/i18n/qt/qtbase_en.qm",
                   "resources/i18n/kuhina_fi.qm",
                   "docs/guide/fi/01-getting-started.md", "docs/guide/img/fi/view-home.png"):
        assert (internal / wanted).is_file(), wanted
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    assert not [n for n in names if n.endswith(".ts")]
    assert not [n for n in names if n.startswith(("PyQt5", "PyQt6", "PySide2", "tkinter"))]
    assert not [n for n in names if re.search(r"Qt6?(Qml|Quick|3D|WebEngine|Multimedia|Charts|"
                                              r"Pdf)", n)]
    assert not [n for n in names if n.startswith("PySide6/Qt/translations/")]
