"""One running program per OS user: a second start hands its file to the first and exits.

The first instance listens on a local socket (a named pipe on Windows) whose name is derived
from the OS user, so two users of one PC each have their own program. A second start sends one
JSON line {"file": path or null, "demo": bool}; the first answers "ok" and opens the file. If the
first does not answer in time it is hung: the user is told instead of a second window opening
the same file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox

from kuhina_desktop.storage.lockfile import os_user

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
REPLY_TIMEOUT_MS = 3000
MAX_MESSAGE = 64 * 1024


def server_name() -> str:
    """Per OS user (and per KUHINA_HOME, so tests and portable installs stay apart)."""
    seed = f"{os_user()}|{os.environ.get('KUHINA_HOME', '')}"
    return "kuhina-desktop-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]


def hand_off(message: dict, name: str | None = None) -> str:
    """Send ``message`` to a running instance: "handed", "none" (nobody runs) or "hung"."""
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


@dataclass
class Claim:
    """The outcome of starting: run (with a server), or exit with ``exit_code``."""

    exit_code: int | None = None
    server: InstanceServer | None = field(default=None)


def claim(file: Path | None, demo: bool) -> Claim:
    message = {"file": str(file.resolve()) if file else None, "demo": demo}
    outcome = hand_off(message)
    if outcome == "handed":
        log.info("handed %s to the running instance", message)
        return Claim(exit_code=0)
    if outcome == "hung":
        QMessageBox.warning(None, QCoreApplication.translate("SingleInstance", "Kuhina Desktop"),
                            QCoreApplication.translate(
                                "SingleInstance",
                                "Kuhina Desktop is already running but does not respond. Wait "
                                "a moment and try again. If that does not help, close it with "
                                "the Task Manager or restart the computer; your saved data is "
                                "safe."))
        return Claim(exit_code=1)
    return Claim(server=InstanceServer())
