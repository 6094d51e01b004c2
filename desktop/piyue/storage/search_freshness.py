"""Whether the search index may be behind the documents and notes, known cheaply before each search.

Bringing the index up to date (``refresh``) costs several milliseconds at 1,000 reports even when nothing
changed, too much on every keystroke of a search while typing. :class:`IndexFreshness` remembers the state
of the database at the last refresh and lets the next search skip it while nothing was committed since:

- SQLite: ``PRAGMA data_version`` on a connection of its own, which changes whenever any other connection —
  this library's, another window's, the command line's — commits to the file (a few microseconds);
- PostgreSQL (no such counter): the same read-only test as the command line's quick search (latest versions
  and notes against the index), run in a plain read transaction — no index lock, no notification to the
  other windows; only when it finds something behind is the index refreshed.

Writes through the library also mark it behind (:meth:`IndexFreshness.mark_dirty`), so a refresh is never
skipped after them whatever the database reports.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from piyue.storage.quick_search import BEHIND_SQL

_BEHIND = text(BEHIND_SQL)


def index_behind(session: Session) -> bool:
    """Whether the index misses a latest version or a note as it is now, or holds an older version."""
    return bool(session.execute(_BEHIND).scalar())


class IndexFreshness:
    """The state the index was last brought up to date at (see the module docstring); thread-safe."""

    def __init__(self, path: Path | None) -> None:
        self._lock = threading.Lock()
        self._path = path
        self._connection: sqlite3.Connection | None = None
        self._fresh_at: int | None = None  # data_version at the last refresh; None: unknown or written since

    def _data_version(self) -> int | None:
        """SQLite's ``data_version`` on this object's connection (None: not a file, or unreadable)."""
        if self._path is None:
            return None
        try:
            if self._connection is None:
                self._connection = sqlite3.connect(
                    f"file:{self._path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
                )
            return int(self._connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def stamp(self) -> int | None:
        """The database's state now, to pass to :meth:`refreshed` once the index is brought up to date."""
        with self._lock:
            return self._data_version()

    def current(self) -> bool:
        """True only when nothing was committed to the database since the last :meth:`refreshed`."""
        with self._lock:
            version = self._data_version()
            return version is not None and version == self._fresh_at

    def refreshed(self, stamp: int | None) -> None:
        """The index was brought up to date after the state ``stamp`` (from :meth:`stamp`) was read."""
        with self._lock:
            self._fresh_at = stamp

    def mark_dirty(self) -> None:
        """Something was written: the next search brings the index up to date."""
        with self._lock:
            self._fresh_at = None

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
