"""One window per user: a second ``piyue FILE`` hands FILE to the running window and exits.

The socket lives in a private per-user folder and messages are checked against a small schema (see
:mod:`piyue.ui.instance_channel`); connections are few, short-lived and bounded in size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from piyue.ui.instance_channel import (
    MAX_MESSAGE,
    ChannelError,
    encode_request,
    parse_request,
    socket_is_ours,
    socket_path,
)

TIMEOUT_MS = 1500
MAX_CONNECTIONS = 4


def server_name() -> str:
    """The local socket's full path, or "" when no private folder can be had (no single instance then)."""
    try:
        return str(socket_path())
    except ChannelError:
        return ""


def send_to_running(paths: list[str], name: str | None = None) -> bool:
    """Give ``paths`` to a running Piyue; True if one answered (it will open them and come forward)."""
    name = server_name() if name is None else name
    if not name or not socket_is_ours(Path(name)):
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(encode_request(paths))
    socket.flush()  # (waitForBytesWritten answers False once flush() has written everything)
    ok = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    """Listens for other instances; emits :attr:`openRequested` with the (checked) paths they send."""

    openRequested = Signal(list)

    def __init__(self, parent: QObject | None = None, name: str | None = None) -> None:
        super().__init__(parent)
        self._name = server_name() if name is None else name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(MAX_CONNECTIONS)
        self._server.newConnection.connect(self._accept)
        self._open: set[QLocalSocket] = set()

    def listen(self) -> bool:
        """Start listening (replacing a stale socket of ours left by a crash, never anyone else's)."""
        if not self._name:
            return False
        if self._server.listen(self._name):
            return True
        if not socket_is_ours(Path(self._name)):
            return False
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if len(self._open) >= MAX_CONNECTIONS:
                socket.abort()
                socket.deleteLater()
                continue
            self._open.add(socket)
            socket.setReadBufferSize(MAX_MESSAGE + 1)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            QTimer.singleShot(TIMEOUT_MS, socket, lambda s=socket: self._drop(s))

    def _drop(self, socket: QLocalSocket) -> None:
        if socket in self._open:
            self._open.discard(socket)
            socket.abort()
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._open:
            return
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE:
                self._drop(socket)
            return
        try:
            paths = parse_request(bytes(socket.readLine(MAX_MESSAGE + 1).data()))
        except ChannelError:
            socket.write(b"error\n")
            socket.flush()
            self._drop(socket)
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.openRequested.emit(paths)
