"""One Beacon window per database: a second `beacon` on the same file (or server) brings the
first window forward and exits.

The first window listens on a local socket named after the user and the database; a
second start connects to it, asks it to come forward, and leaves. If nobody answers
(no window, or one that crashed and left its socket behind) the second start becomes the
listening one. Nothing here touches the database, so the second start opens nothing.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from tracker.storage import Target

RAISE = b"raise\n"
CONNECT_MS = 500


def instance_key(target: Target) -> str:
    """The socket's name: the same for the same user and database, short and safe."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    where = str(target.path) if target.path is not None else str(target.url)
    digest = hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:20]
    return f"beacon-{digest}"


def ask_first_to_come_forward(key: str) -> bool:
    """True if a Beacon window already has this database (it was asked to come forward)."""
    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(RAISE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """The first window's listener; `raise_requested` when a second start knocks."""

    raise_requested = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(key):
            QLocalServer.removeServer(key)  # left behind by a window that crashed
            self.server.listen(key)
        self.server.newConnection.connect(self._knocked)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _knocked(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raise_requested.emit()

    def close(self) -> None:
        self.server.close()


def claim(target: Target, parent: QObject | None = None) -> InstanceServer | None:
    """Listen for later starts on this database, or None if a window already has it."""
    key = instance_key(target)
    if ask_first_to_come_forward(key):
        return None
    return InstanceServer(key, parent)
