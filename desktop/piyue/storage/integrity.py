"""Integrity at open: ``PRAGMA quick_check``, and quarantine of a damaged database (never overwritten)."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal")


def problem(path: Path) -> str | None:
    """Why the SQLite file at ``path`` is damaged, or None when it passes ``quick_check``."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as err:
        return f"cannot read it ({err.strerror or err})"
    if not header:
        return None  # an empty file: SQLite treats it as a new database
    if header != SQLITE_HEADER:
        return "not a SQLite database"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=5)
    except sqlite3.Error as err:
        return str(err)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as err:
        return str(err)
    finally:
        connection.close()
    messages = [str(row[0]) for row in rows]
    return None if messages == ["ok"] else "; ".join(messages[:3])


def integrity_check(path: Path) -> list[str]:
    """The full ``PRAGMA integrity_check`` result (``["ok"]`` when sound)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def recovery_dir(database: Path) -> Path:
    """The folder damaged databases are moved to."""
    return database.parent / "recovery"


def quarantine(database: Path) -> Path:
    """Move ``database`` (and its -wal/-shm files) into ``recovery/`` under a new name; return its new path."""
    folder = recovery_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database.stem}-{stamp}{database.suffix or '.sqlite3'}"
    for suffix in COMPANIONS:
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            with contextlib.suppress(OSError):
                companion.replace(target.with_name(target.name + suffix))
    database.replace(target)
    return target
