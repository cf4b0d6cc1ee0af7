"""One program per OS user: a second start hands its file over and exits (two real processes)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtNetwork import QLocalServer

from kuhina_desktop.ui import single_instance
from tests.conftest import ROOT, run_cli


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "KUHINA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _wait_for_log(log: Path, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.1)
    raise AssertionError(f"{text!r} not in {log}:\n" + (log.read_text() if log.exists() else ""))


def test_second_start_hands_its_file_to_the_first(tmp_path: Path, kuhina_home: Path) -> None:
    first_file, second_file = tmp_path / "eka.kuhina", tmp_path / "toka.kuhina"
    for path in (first_file, second_file):
        assert run_cli("demo", str(path)).returncode == 0
    log = kuhina_home / "data" / "logs" / "kuhina.log"
    command = [sys.executable, "-m", "kuhina_desktop"]
    first = subprocess.Popen([*command, str(first_file)], env=_env(kuhina_home),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for_log(log, f"showing {first_file}")
        started = time.monotonic()
        second = subprocess.run([*command, str(second_file)], env=_env(kuhina_home),
                                capture_output=True, text=True, timeout=60)
        elapsed = time.monotonic() - started
        assert second.returncode == 0, second.stderr
        _wait_for_log(log, f"showing {second_file}", timeout=20)
        handed = time.monotonic() - started
        assert first.poll() is None  # the first one is still running, now with the second file
    finally:
        first.terminate()
        first.wait(timeout=20)
    print(f"FIGURE single_instance_second_start_seconds: {elapsed:.2f}")
    print(f"FIGURE single_instance_handoff_seconds: {handed:.2f}")
    assert "handed" in log.read_text(encoding="utf-8")
    assert elapsed < 5  # process start included; the hand-off itself takes milliseconds


def test_nobody_listening_and_a_hung_first_instance(qapp) -> None:
    name = f"kuhina-test-{os.getpid()}"
    assert single_instance.hand_off({"file": None}, name) == "none"
    silent = QLocalServer()  # accepts the connection but never answers, like a hung program
    assert silent.listen(name)
    try:
        started = time.monotonic()
        assert single_instance.hand_off({"file": None}, name) == "hung"
        assert time.monotonic() - started < single_instance.REPLY_TIMEOUT_MS / 1000 + 2
    finally:
        silent.close()


def test_server_name_depends_on_user_and_home(monkeypatch) -> None:
    first = single_instance.server_name()
    monkeypatch.setattr(single_instance, "os_user", lambda: "toinen")
    assert single_instance.server_name() != first
    assert first.startswith("kuhina-desktop-")


def test_a_start_without_a_living_note_opens_at_once_and_notes_itself(kuhina_home: Path) -> None:
    note = kuhina_home / "data" / single_instance.NOTE_NAME
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text('{"pid": 999999999}')  # a crashed run's note: that process is gone
    started = time.monotonic()
    claim = single_instance.claim(None, demo=False)
    assert time.monotonic() - started < 0.5  # nobody to connect to, no waiting
    assert claim.exit_code is None and claim.server is None  # listening starts later
    assert single_instance.running_pid() is None  # our own note is not "another instance"
    assert f'"pid": {os.getpid()}' in note.read_text()
    single_instance.remove_note()
    assert not note.exists()


def test_a_note_of_another_program_is_left_alone(kuhina_home: Path) -> None:
    note = kuhina_home / "data" / single_instance.NOTE_NAME
    note.parent.mkdir(parents=True, exist_ok=True)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        note.write_text(f'{{"pid": {other.pid}}}')
        assert single_instance.running_pid() == other.pid
        single_instance.remove_note()
        assert note.exists()
    finally:
        other.kill()
        other.wait()


def test_a_living_program_that_never_listens_is_waited_for_a_moment(
        qapp, kuhina_home: Path, monkeypatch) -> None:
    note = kuhina_home / "data" / single_instance.NOTE_NAME
    note.parent.mkdir(parents=True, exist_ok=True)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    monkeypatch.setattr(single_instance, "STARTING_WAIT_S", 0.5)
    try:
        note.write_text(f'{{"pid": {other.pid}}}')
        started = time.monotonic()
        claim = single_instance.claim(None, demo=False)
        waited = time.monotonic() - started
    finally:
        other.kill()
        other.wait()
    assert 0.5 <= waited < 3 and claim.exit_code is None
    claim.start_server(lambda message: None)
    assert claim.server is not None and claim.server.listening
    first = claim.server
    claim.start_server(lambda message: None)
    assert claim.server is first  # once
    claim.server.server.close()
    single_instance.remove_note()
