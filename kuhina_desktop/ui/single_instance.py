"""One running program per OS user: a second start hands its file to the first and exits.

The first instance listens on a local socket (a named pipe on Windows) whose name is derived
from the OS user, so two users of one PC each have their own program. A second start sends one
JSON line {"file": path or null, "demo": bool}; the first answers "ok" and opens the file. If the
first does not answer in time it is hung: the user is told instead of a second window opening
the same file.

Qt's network module and the socket cost a start-up some milliseconds, so a start first reads
the running program's note (instance.json: its process id). Without a living one nobody runs:
the note is written at once and the socket is opened after the window's first paint
(Claim.start_server). With one, the start connects; that program may itself be starting, so
the connection is tried for a few seconds while its process lives.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kuhina_desktop import appdirs
from kuhina_desktop.storage.lockfile import os_user, pid_alive

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
REPLY_TIMEOUT_MS = 3000
MAX_MESSAGE = 64 * 1024
STARTING_WAIT_S = 5.0  # how long a second start waits for a first one that is still starting
NOTE_NAME = "instance.json"


def server_name() -> str:
    """Per OS user (and per KUHINA_HOME, so tests and portable installs stay apart)."""
    import hashlib

    seed = f"{os_user()}|{os.environ.get('KUHINA_HOME', '')}"
    return "kuhina-desktop-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]


def hand_off(message: dict, name: str | None = None) -> str:
    """Send ``message`` to a running instance: "handed", "none" (nobody runs) or "hung"."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return "none"
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(REPLY_TIMEOUT_MS)
    reply = b""
    while b"\n" not in reply and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return "handed" if reply.strip() == b"ok" else "hung"


class InstanceServer(QObject):
    """Listens for second starts; ``received`` carries their message."""

    received = Signal(dict)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a crashed run (nobody answered)
        self.listening = self.server.listen(self.name)
        self.server.newConnection.connect(self._accept)
        log.info("instance server %s listening: %s", self.name, self.listening)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer and len(buffer) < MAX_MESSAGE:
            return
        try:
            message = json.loads(bytes(buffer).split(b"\n", 1)[0].decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            message = None
        socket.write(b"ok\n" if isinstance(message, dict) else b"bad\n")
        socket.flush()
        if isinstance(message, dict):
            log.info("hand-off received: %s", message)
            self.received.emit(message)


# ----- the running program's note --------------------------------------------------------------
def _note_path() -> Path:
    return appdirs.data_dir() / NOTE_NAME


def _noted_pid() -> int | None:
    """The process id in the note, or None when there is no readable note."""
    try:
        return int(json.loads(_note_path().read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def running_pid() -> int | None:
    """The process id of another running instance of this user (and KUHINA_HOME), or None."""
    pid = _noted_pid()
    return pid if pid is not None and pid != os.getpid() and pid_alive(pid) else None


def _write_note() -> None:
    path = _note_path()
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(json.dumps({"pid": os.getpid()}), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:  # without the note a second start opens its own window: no harm
        log.warning("could not write %s: %s", path, exc)


def remove_note() -> None:
    """At exit: the note goes if it is ours (a crash leaves it; its dead pid is ignored)."""
    if _noted_pid() == os.getpid():
        with contextlib.suppress(OSError):
            _note_path().unlink()


def _hand_off_to(pid: int, message: dict) -> str:
    """hand_off(), tried again while the other program is alive but not yet listening."""
    deadline = time.monotonic() + STARTING_WAIT_S
    while True:
        outcome = hand_off(message)
        if outcome != "none" or time.monotonic() > deadline or not pid_alive(pid):
            return outcome
        time.sleep(0.1)


class Claim:
    """The outcome of starting: run (the server opens with start_server), or exit with
    ``exit_code``. A plain class: a dataclass costs a millisecond to create at start-up."""

    def __init__(self, exit_code: int | None = None) -> None:
        self.exit_code = exit_code
        self.server: InstanceServer | None = None

    def start_server(self, on_received: Callable[[dict], None]) -> None:
        """Listen for second starts; once (later calls do nothing)."""
        if self.server is None and self.exit_code is None:
            self.server = InstanceServer()
            self.server.received.connect(on_received)


def claim(file: Path | None, demo: bool) -> Claim:
    message = {"file": str(file.resolve()) if file else None, "demo": demo}
    pid = running_pid()
    outcome = _hand_off_to(pid, message) if pid is not None else "none"
    if outcome == "handed":
        log.info("handed %s to the running instance", message)
        return Claim(exit_code=0)
    if outcome == "hung":
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, QCoreApplication.translate("SingleInstance", "Kuhina Desktop"),
                            QCoreApplication.translate(
                                "SingleInstance",
                                "Kuhina Desktop is already running but does not respond. Wait "
                                "a moment and try again. If that does not help, close it with "
                                "the Task Manager or restart the computer; your saved data is "
                                "safe."))
        return Claim(exit_code=1)
    _write_note()
    return Claim()
