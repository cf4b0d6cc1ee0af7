"""The version the program shows is pyproject's; the log is rotated at start, not grown forever."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import kuhina_desktop
from kuhina_desktop.app import LOG_KEEP, LOG_MAX_BYTES, rotate_log

ROOT = Path(__file__).resolve().parent.parent


def test_version_is_the_one_in_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        assert kuhina_desktop.__version__ == tomllib.load(handle)["project"]["version"]


def test_the_frozen_program_reads_its_metadata_without_importlib_metadata(
        tmp_path: Path) -> None:
    """importlib.metadata would load email, zipfile and csv from the bundle's archive before
    the first paint; the bundle's dist-info is read as the text it is."""
    info = tmp_path / "kuhina_desktop-9.8.7.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kuhina-desktop\n"
                                   "Version: 9.8.7\n", encoding="utf-8")
    probe = ("import sys; sys.frozen = True; sys._MEIPASS = sys.argv[1]\n"
             "import kuhina_desktop\n"
             "print(kuhina_desktop.__version__, 'importlib.metadata' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True,
                            text=True, cwd=ROOT, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["9.8.7", "False"]


def test_small_log_is_left_alone(tmp_path: Path) -> None:
    log = tmp_path / "kuhina.log"
    log.write_text("a line\n")
    rotate_log(log)
    assert log.read_text() == "a line\n" and sorted(p.name for p in tmp_path.iterdir()) == [
        "kuhina.log"]


def test_missing_log_is_no_error(tmp_path: Path) -> None:
    rotate_log(tmp_path / "kuhina.log")
    assert list(tmp_path.iterdir()) == []


def test_big_log_is_rotated_and_the_oldest_dropped(tmp_path: Path) -> None:
    log = tmp_path / "kuhina.log"
    for number in range(1, LOG_KEEP + 1):
        log.with_name(f"kuhina.log.{number}").write_text(f"old {number}")
    log.write_bytes(b"x" * LOG_MAX_BYTES)
    rotate_log(log)
    assert not log.exists()
    assert log.with_name("kuhina.log.1").stat().st_size == LOG_MAX_BYTES
    assert [log.with_name(f"kuhina.log.{n}").read_text() for n in range(2, LOG_KEEP + 1)] == [
        f"old {n - 1}" for n in range(2, LOG_KEEP + 1)]
    assert not log.with_name(f"kuhina.log.{LOG_KEEP + 1}").exists()
