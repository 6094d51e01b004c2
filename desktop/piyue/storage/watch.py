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
import time
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

    def before_commit(self) -> None:
        """Called inside the library's write transaction, just before it commits: remember whether others
        committed since the last poll, so that absorbing the own commit does not hide theirs (SQLite)."""
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
        self._missed = False  # others committed before an own commit was absorbed: the next poll says so

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
            changed = self._missed or (version is not None and version != self._seen)
            self._seen, self._missed = version, False
            return changed

    def before_commit(self) -> None:
        """Inside a write transaction no other connection can commit (SQLite has one writer): a version
        changed since the last poll is someone else's commit, to be reported by the next :meth:`poll`."""
        with self._lock:
            version = self._version()
            if version is not None and version != self._seen:
                self._missed = True

    def absorb(self) -> None:
        """Take the current state as seen (called right after the library's own commits); commits of others
        noticed by :meth:`before_commit` are still reported by the next :meth:`poll`."""
        with self._lock:
            self._seen = self._version()

    def close(self) -> None:
        """Close the watcher's connection."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


class PostgresWatcher:
    """:class:`ChangeWatcher` on PostgreSQL through ``LISTEN piyue_changes``.

    It never waits for the server in :meth:`poll`: a lost connection is re-made on a background thread (at
    most every :data:`RETRY_SECONDS`), and :attr:`problem` says why the server cannot be reached meanwhile.
    """

    RETRY_SECONDS = 5.0

    def __init__(self, connect: Any) -> None:
        self.token = uuid.uuid4().hex
        self.problem = ""  # why the server cannot be reached ('' while it can)
        self._lock = threading.Lock()
        self._connect = connect
        self._connection: Any = None
        self._reconnected = False
        self._attempt: threading.Thread | None = None
        self._last_attempt = 0.0
        self._closed = False
        self._reconnect_in_background()  # the first connection too: never wait for the server here

    def _listen(self) -> None:
        try:
            connection = self._connect()
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
        except Exception as err:
            with self._lock:
                self.problem = " ".join(str(err).split()) or type(err).__name__
            return
        with self._lock:
            if self._closed:  # the library closed while this thread was connecting
                connection.close()
                return
            self._connection = connection
            self._reconnected = bool(self.problem)
            self.problem = ""

    def _reconnect_in_background(self) -> None:
        if self._closed or (self._attempt is not None and self._attempt.is_alive()):
            return
        if time.monotonic() - self._last_attempt < self.RETRY_SECONDS:
            return
        self._last_attempt = time.monotonic()
        self._attempt = threading.Thread(target=self._listen, name="piyue-listen", daemon=True)
        self._attempt.start()

    def poll(self) -> bool:
        """True when another library's write transaction committed since the last poll (or the server came
        back after being away: what happened meanwhile is unknown)."""
        with self._lock:
            if self._reconnected:
                self._reconnected = False
                return True
            connection = self._connection
        if connection is None or connection.closed:
            self._lost("the connection to the server was lost")
            return False
        changed = False
        try:
            for notify in connection.notifies(timeout=0):
                changed = changed or notify.payload != self.token
        except Exception as err:
            self._lost(" ".join(str(err).split()) or type(err).__name__)
            return False
        return changed

    def _lost(self, reason: str) -> None:
        with self._lock:
            if self._connection is not None:
                with contextlib.suppress(Exception):
                    self._connection.close()
                self._connection = None
            self.problem = self.problem or reason
        self._reconnect_in_background()

    def before_commit(self) -> None:
        """Nothing to do: others' notifications are never absorbed."""

    def absorb(self) -> None:
        """Own notifications carry this watcher's token and are ignored in :meth:`poll`."""

    def close(self) -> None:
        """Close the listening connection (one still being made is closed when it arrives)."""
        with self._lock:
            self._closed = True
            if self._connection is not None:
                with contextlib.suppress(Exception):
                    self._connection.close()
                self._connection = None
        if self._attempt is not None and self._attempt is not threading.current_thread():
            self._attempt.join(timeout=1.0)
