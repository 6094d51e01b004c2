"""The maintenance lock of a SQLite library: shared while a process checks the file at open, exclusive while
something rewrites or moves it (a migration, a restore from a backup, a quarantine).

Normal use holds no lock at all: the window and any number of commands use one database at once, WAL and
``busy_timeout`` serialising their writes. An OS file lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows,
where it is always exclusive) on ``<db>.lock`` is held only for the moments above; the OS drops it when the
process dies, even by SIGKILL, so a crash never leaves a stale lock. The holder of an exclusive lock writes
who it is into the file, so that a process kept waiting can say what it waits for.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO

from piyue.storage.diagnose import describe_os_error
from piyue.storage.errors import DatabaseInUseError, StorageError

WAIT_SECONDS = 30.0  # a migration of a large library takes a while; open checks take milliseconds
_POLL = 0.05


def lock_path(database: Path) -> Path:
    """The lock file of ``database``."""
    return database.with_name(database.name + ".lock")


def _try_lock(handle: IO[str], exclusive: bool) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _describe(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        return f"{info['purpose']} by {info.get('program', 'piyue')} (pid {info['pid']} on {info.get('host', '?')})"
    except (OSError, ValueError, KeyError, TypeError):
        return "maintenance by another Piyue process"


def _open(path: Path) -> IO[str]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return open(path, "a+", encoding="utf-8")
    except OSError as err:
        raise StorageError(f"cannot create the lock file: {describe_os_error(err, path)}") from None


@contextmanager
def maintenance(database: Path, purpose: str, *, exclusive: bool = True, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock of ``database`` (exclusive, or shared for open checks) for the ``with`` block.

    Waits up to ``wait`` seconds for another process's maintenance to end, then raises
    :class:`DatabaseInUseError` naming it.
    """
    path = lock_path(database)
    handle = _open(path)
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(handle, exclusive):
            if time.monotonic() >= deadline:
                raise DatabaseInUseError(
                    f"the database {database} is busy ({_describe(path)}); try again when it is done"
                )
            time.sleep(_POLL)
        if exclusive:
            info = {
                "purpose": purpose,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "program": " ".join(["piyue", *sys.argv[1:2]]),
                "since": datetime.now().isoformat(timespec="seconds"),
            }
            with contextlib.suppress(OSError):  # who holds the lock is only for the message (a full disk is fine)
                handle.seek(0)
                handle.truncate()
                handle.write(json.dumps(info))
                handle.flush()
        yield
    finally:
        with contextlib.suppress(OSError):  # a buffered write that no longer fits
            handle.close()  # closing drops flock / msvcrt locks
