"""Is a process still running? (lock files and the running program's note ask it)."""

from __future__ import annotations

import os
import subprocess
import sys

from kuhina_desktop.storage import lockfile


def test_a_running_and_a_finished_process() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert lockfile.pid_alive(child.pid)
    finally:
        child.kill()
        child.wait()
    assert not lockfile.pid_alive(child.pid)
    assert lockfile.pid_alive(os.getpid())
    assert not lockfile.pid_alive(0)


class FakeKernel32:
    """OpenProcess/GetExitCodeProcess/CloseHandle as Windows answers them."""

    def __init__(self, handle: int, exit_code: int = 259) -> None:
        self.handle, self.exit_code, self.closed = handle, exit_code, []

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:  # noqa: N802
        assert access == 0x1000 and not inherit  # query only: never a right to stop it
        return self.handle

    def GetExitCodeProcess(self, handle: int, code) -> bool:  # noqa: N802
        code._obj.value = self.exit_code
        return True

    def CloseHandle(self, handle: int) -> bool:  # noqa: N802
        self.closed.append(handle)
        return True


def test_windows_asks_the_process_table_and_never_sends_a_signal(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(os, "kill", lambda *a: (_ for _ in ()).throw(AssertionError("os.kill")))
    asked = []
    monkeypatch.setattr(lockfile, "_windows_pid_alive", lambda pid: asked.append(pid) or True)
    assert lockfile.pid_alive(4242) and asked == [4242]


def test_windows_answers() -> None:
    running = FakeKernel32(handle=77)
    assert lockfile._windows_pid_alive(4242, running, lambda: 0)
    assert running.closed == [77]
    finished = FakeKernel32(handle=78, exit_code=0)
    assert not lockfile._windows_pid_alive(4242, finished, lambda: 0)
    assert finished.closed == [78]
    # No handle: another user's process (access denied) runs; any other error means none.
    assert lockfile._windows_pid_alive(4242, FakeKernel32(handle=0), lambda: 5)
    assert not lockfile._windows_pid_alive(4242, FakeKernel32(handle=0), lambda: 87)
