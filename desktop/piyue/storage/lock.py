"""The instance lock: one writing Piyue process per database, the others told who holds it.

An OS file lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on ``<db>.lock`` is held for
as long as the database is open for writing. The OS drops it when the process dies, even by
SIGKILL, so a crash never leaves a stale lock; the file only carries who holds it, for the message.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from piyue.storage.diagnose import describe_os_error
from piyue.storage.errors import DatabaseInUseError, StorageError


def lock_path(database: Path) -> Path:
    """The lock file of ``database``."""
    return database.with_name(database.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _describe(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        return f"{info.get('program', 'piyue')} (pid {info['pid']} on {info.get('host', '?')}, since {info['since']})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another Piyue process"


class InstanceLock:
    """An exclusive lock on a database for one process; use as a context manager or acquire/release."""

    def __init__(self, database: Path, program: str | None = None) -> None:
        self.path = lock_path(database)
        self.program = program or " ".join(["piyue", *sys.argv[1:2]])
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DatabaseInUseError` naming the process that holds it."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        except OSError as err:
            raise StorageError(f"cannot create the lock file: {describe_os_error(err, self.path)}") from None
        if not _try_lock(handle):
            handle.close()
            holder = _describe(self.path)
            raise DatabaseInUseError(f"the database {self.path.with_suffix('')} is in use by {holder}; close it first")
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "program": self.program,
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        with contextlib.suppress(OSError):  # who holds the lock is only for the message (a full disk is fine)
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(info))
            handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Give the lock up (the file stays; it is harmless without the OS lock)."""
        if self._handle is not None:
            with contextlib.suppress(OSError):  # a buffered write that no longer fits
                self._handle.close()  # closing drops flock / msvcrt locks
            self._handle = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._handle is not None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
