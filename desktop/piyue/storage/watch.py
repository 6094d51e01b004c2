"""Noticing changes other processes made to the library, so that a window can show them without a restart.

SQLite: ``PRAGMA data_version`` on a connection of the watcher's own changes whenever another connection
commits; the library's own commits are absorbed right after they happen (:meth:`SqliteWatcher.absorb`).
PostgreSQL: every write transaction of a library sends ``NOTIFY piyue_changes, '<token>'`` (delivered on
commit) and the watcher ``LISTEN``\\ s on a connection of its own, ignoring its library's token.
A poll costs microseconds and never waits for the server, so a window can call it on a timer.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Any, Protocol

CHANNEL = "piyue_changes"


class ChangeWatcher(Protocol):
    """Tells whether others changed the library since the last poll."""

    token: str

    def poll(self) -> bool:
        """True when another process (or another library object) committed since the last poll."""
        ...

    def absorb(self) -> None:
        """Count this library's own commit as seen (SQLite; a no-op where notifications carry a token)."""
        ...

    def close(self) -> None:
        """Release the watcher's connection."""
        ...


class SqliteWatcher:
    """:class:`ChangeWatcher` on a SQLite file through ``PRAGMA data_version``."""

    def __init__(self, path: Path) -> None:
        self.token = uuid.uuid4().hex
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = sqlite3.connect(
            f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
        )
        self._seen = self._version()

    def _version(self) -> int | None:
        if self._connection is None:
            return None
        try:
            return int(self._connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def poll(self) -> bool:
        """True when another connection committed since the last poll or :meth:`absorb`."""
        with self._lock:
            version = self._version()
            changed = version is not None and version != self._seen
            self._seen = version
            return changed

    def absorb(self) -> None:
        """Take the current state as seen (called right after the library's own commits)."""
        with self._lock:
            self._seen = self._version()

    def close(self) -> None:
        """Close the watcher's connection."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


class PostgresWatcher:
    """:class:`ChangeWatcher` on PostgreSQL through ``LISTEN piyue_changes``."""

    def __init__(self, connect: Any) -> None:
        self.token = uuid.uuid4().hex
        self._lock = threading.Lock()
        self._connect = connect
        self._connection: Any = None
        self._pending = False
        self._listen()

    def _listen(self) -> None:
        try:
            connection = self._connect()
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
        except Exception:
            self._connection = None
            return
        self._connection = connection

    def poll(self) -> bool:
        """True when another library's write transaction committed since the last poll.

        After a lost connection the watcher reconnects and reports a change (it may have missed some)."""
        with self._lock:
            if self._connection is None or self._connection.closed:
                self._listen()
                return self._connection is not None
            changed = False
            try:
                for notify in self._connection.notifies(timeout=0):
                    changed = changed or notify.payload != self.token
            except Exception:
                self._close()
                return False
            return changed

    def absorb(self) -> None:
        """Own notifications carry this watcher's token and are ignored in :meth:`poll`."""

    def _close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.close()
            self._connection = None

    def close(self) -> None:
        """Close the listening connection."""
        with self._lock:
            self._close()
