"""The headless commands, run as a user would: in a subprocess."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from tests.conftest import run_cli


def test_help_lists_the_headless_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("demo", "check", "--self-test", "--version"):
        assert command in result.stdout


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("Kuhina Desktop ")


def test_demo_then_check(tmp_path: Path) -> None:
    path = tmp_path / "demo.kuhina"
    assert run_cli("demo", str(path)).returncode == 0
    assert path.exists()
    assert not (tmp_path / "demo.kuhina.lock").exists()
    result = run_cli("check", str(path))
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout


def test_demo_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "demo.kuhina"
    path.write_text("mine")
    result = run_cli("demo", str(path))
    assert result.returncode == 2
    assert path.read_text() == "mine"


def test_check_finds_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.kuhina"
    run_cli("demo", str(path))
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'association'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + 64] = b"\xff" * 64  # scribble over the table's b-tree page header
    path.write_bytes(bytes(data))
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert "ERROR" in result.stderr


def test_check_refuses_a_file_that_is_not_ours_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.kuhina"
    path.write_text("just some notes\n")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run_cli("check", str(path))
    assert result.returncode == 2
    assert "not a Kuhina data file" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_self_test_passes() -> None:
    result = run_cli("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all checks passed" in result.stdout


def test_window_arguments_parse() -> None:
    from pathlib import Path

    from kuhina_desktop.cli import parse_args

    args = parse_args(["--demo", "--lang", "en"])
    assert args.demo and args.lang == "en" and args.file is None and args.command is None
    args = parse_args(["--lang", "fi", "yhdistys.kuhina"])
    assert args.file == Path("yhdistys.kuhina") and args.lang == "fi"
    args = parse_args(["check", "x.kuhina"])
    assert args.command == "check" and args.path == Path("x.kuhina")
