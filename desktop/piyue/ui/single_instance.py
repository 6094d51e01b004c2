"""One window per user: a second ``piyue FILE`` hands FILE to the running window and exits."""

from __future__ import annotations

import getpass
import json

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1500


def server_name() -> str:
    """The local socket name, per user (and per data folder override, so tests stay apart)."""
    import hashlib
    import os

    scope = os.environ.get("PIYUE_DATA_DIR", "")
    digest = hashlib.sha1(scope.encode("utf-8")).hexdigest()[:8]
    return f"piyue-{getpass.getuser()}-{digest}"


def send_to_running(paths: list[str], name: str | None = None) -> bool:
    """Give ``paths`` to a running Piyue; True if one answered (it will open them and come forward)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(json.dumps({"open": paths}).encode("utf-8") + b"\n")
    socket.flush()  # (waitForBytesWritten answers False once flush() has written everything)
    ok = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    """Listens for other instances; emits :attr:`openRequested` with the paths they send."""

    openRequested = Signal(list)

    def __init__(self, parent: QObject | None = None, name: str | None = None) -> None:
        super().__init__(parent)
        self._name = name or server_name()
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening (removing a stale socket left by a crash)."""
        if self._server.listen(self._name):
            return True
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        try:
            message = json.loads(bytes(socket.readLine().data()).decode("utf-8"))
            paths = [str(p) for p in message.get("open", [])]
        except (ValueError, AttributeError):
            paths = []
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.openRequested.emit(paths)
