"""Integrity at open: tell corruption from everything else, and quarantine only a damaged database.

A database is *damaged* only on evidence: SQLite refuses its pages (``SQLITE_CORRUPT``/``SQLITE_NOTADB``)
or ``PRAGMA quick_check`` finds problems on a file that could be opened and read, or the SQLite header of a
file that was a Piyue database (it has backups) is gone. Anything else — a folder, a file that is not a
SQLite database, no permission, a locked file, a full disk — raises :class:`StorageError` with its own
one-line message and leaves the file exactly where and as it is.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

from piyue.storage.diagnose import CORRUPT_CODES, describe_os_error, describe_sqlite_error, one_line, primary_code
from piyue.storage.errors import NotADatabaseError, StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_S = 5.0


def precheck(path: Path) -> None:
    """Refuse, without touching anything, a path that cannot be a database file (folder, device, FIFO)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    except OSError as err:
        raise StorageError(describe_os_error(err, path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotADatabaseError(f"{path} is a folder, not a database file; give a file name with --db")
    if not stat.S_ISREG(info.st_mode):
        raise NotADatabaseError(f"{path} is not a regular file, so it cannot be a Piyue database")


def _was_ours(path: Path) -> bool:
    """True when backups of ``path`` exist next to it: the file was a Piyue database."""
    from piyue.storage.backup import Backups

    return bool(Backups(path).list())


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except OSError as err:
        raise StorageError(describe_os_error(err, path)) from None


def problem(path: Path) -> str | None:
    """Why the SQLite file at ``path`` is damaged, or None when it is sound (or empty, or missing).

    Raises :class:`StorageError` (one line) when the file cannot be examined or is not a database at all.
    """
    precheck(path)
    if not path.exists():
        return None
    header = _header(path)
    if not header:
        return None  # an empty file: SQLite treats it as a new database
    if header != SQLITE_HEADER:
        if header.startswith(SQLITE_HEADER[:6]) or _was_ours(path):
            return "its SQLite header is damaged"
        raise NotADatabaseError(
            f"{path} is not a Piyue database (not a SQLite file); it was left as it is — choose another file with --db"
        )
    return _quick_check(path)


def _quick_check(path: Path) -> str | None:
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    mode = "rw" if writable else "ro"
    try:
        connection = sqlite3.connect(f"file:{path}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as err:
        if primary_code(err) in CORRUPT_CODES:
            return one_line(str(err))
        raise StorageError(describe_sqlite_error(err, path)) from None
    messages = [str(row[0]) for row in rows]
    return None if messages == ["ok"] else "quick_check: " + one_line("; ".join(messages))


def integrity_check(path: Path) -> list[str]:
    """The full ``PRAGMA integrity_check`` result (``["ok"]`` when sound)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def full_check(path: Path) -> str | None:
    """Like :func:`problem` but with ``integrity_check`` (slower, thorough); None when the database is sound."""
    reason = problem(path)
    if reason is not None or not path.exists() or path.stat().st_size == 0:
        return reason
    try:
        messages = integrity_check(path)
    except sqlite3.Error as err:
        if primary_code(err) in CORRUPT_CODES:
            return one_line(str(err))
        raise StorageError(describe_sqlite_error(err, path)) from None
    return None if messages == ["ok"] else "integrity_check: " + one_line("; ".join(messages))


def recovery_dir(database: Path) -> Path:
    """The folder damaged databases are moved to."""
    return database.parent / "recovery"


def quarantine(database: Path) -> Path:
    """Move ``database`` (and its -wal/-shm files) into ``recovery/`` under a new name; return its new path."""
    folder = recovery_dir(database)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{database.stem}-{stamp}{database.suffix or '.sqlite3'}"
        for suffix in COMPANIONS:
            companion = database.with_name(database.name + suffix)
            if companion.exists():
                with contextlib.suppress(OSError):
                    companion.replace(target.with_name(target.name + suffix))
        database.replace(target)
    except OSError as err:
        raise StorageError(
            f"the database {database} is damaged and could not be moved aside: " + describe_os_error(err, database)
        ) from None
    return target
