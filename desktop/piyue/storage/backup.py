"""Backups through SQLite's online backup API: before upgrades, on start and periodically, thinned over time."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from piyue.storage.diagnose import describe_os_error, describe_sqlite_error
from piyue.storage.errors import StorageError

STAMP = "%Y%m%dT%H%M%S_%f"
DEFAULT_INTERVAL = timedelta(minutes=30)
KEEP_NEWEST = 5
HOURLY_FOR = timedelta(days=1)
DAILY_FOR = timedelta(days=30)
WEEKLY_FOR = timedelta(weeks=26)


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file and when it was made."""

    path: Path
    taken: datetime
    reason: str


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite database ``source`` to ``target`` with the backup API (consistent even while in use)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as err:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise StorageError(f"backup of {source} failed: {describe_sqlite_error(err, target.parent)}") from None
    except OSError as err:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise StorageError(f"backup of {source} failed: {describe_os_error(err, target.parent)}") from None
    finally:
        src.close()
    partial.replace(target)


def keep(stamps: Iterable[datetime], now: datetime) -> set[datetime]:
    """The backup times to keep: the newest few, then one per hour for a day, per day for a month, per week after."""
    ordered = sorted(set(stamps), reverse=True)
    kept = set(ordered[:KEEP_NEWEST])
    buckets: set[tuple[str, int]] = set()
    for stamp in ordered:  # newest first, so each bucket keeps its newest backup
        age = now - stamp
        if age <= HOURLY_FOR:
            bucket = ("hour", int(age.total_seconds() // 3600))
        elif age <= DAILY_FOR:
            bucket = ("day", age.days)
        elif age <= WEEKLY_FOR:
            bucket = ("week", age.days // 7)
        else:
            continue
        if bucket not in buckets:
            buckets.add(bucket)
            kept.add(stamp)
    return kept


class Backups:
    """The rolling backups of one database, in ``backups/`` next to it."""

    def __init__(self, database: Path, interval: timedelta = DEFAULT_INTERVAL) -> None:
        self.database = database
        self.folder = database.parent / "backups"
        self.interval = interval
        self._pattern = re.compile(rf"^{re.escape(database.stem)}-(\d{{8}}T\d{{6}}_\d{{6}})-([a-z0-9-]+)\.sqlite3$")

    def list(self) -> list[Backup]:
        """Every backup, oldest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = self._pattern.match(path.name)
            if match:
                found.append(Backup(path, datetime.strptime(match.group(1), STAMP), match.group(2)))
        return sorted(found, key=lambda b: b.taken)

    def newest(self) -> Backup | None:
        """The most recent backup, if any."""
        backups = self.list()
        return backups[-1] if backups else None

    def make(self, reason: str = "auto") -> Path:
        """Back the database up now; returns the new file (raises :class:`StorageError` in one line)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StorageError(f"backup of {self.database} failed: {describe_os_error(err, self.folder)}") from None
        taken = datetime.now()
        target = self.folder / f"{self.database.stem}-{taken.strftime(STAMP)}-{reason}.sqlite3"
        copy_database(self.database, target)
        self.thin(taken)
        return target

    def last_change(self) -> datetime | None:
        """When the database (or its WAL) last changed, or None when it does not exist."""
        times = []
        for suffix in ("", "-wal"):
            with contextlib.suppress(OSError):
                times.append(self.database.with_name(self.database.name + suffix).stat().st_mtime)
        return datetime.fromtimestamp(max(times)) if times else None

    def due(self, now: datetime | None = None) -> bool:
        """True when the database changed since the newest backup and that backup is older than the interval."""
        now = now or datetime.now()
        changed = self.last_change()
        if changed is None or self.database.stat().st_size == 0:
            return False
        newest = self.newest()
        if newest is None:
            return True
        return changed > newest.taken and now - newest.taken >= self.interval

    def maybe_make(self) -> Path | None:
        """Back up if :meth:`due` (call on start and on a timer)."""
        return self.make() if self.due() else None

    def thin(self, now: datetime | None = None) -> list[Path]:
        """Delete automatic backups the policy of :func:`keep` no longer needs; returns the deleted files."""
        automatic = [b for b in self.list() if b.reason == "auto"]
        kept = keep((b.taken for b in automatic), now or datetime.now())
        removed = []
        for backup in automatic:
            if backup.taken not in kept:
                with contextlib.suppress(OSError):
                    backup.path.unlink()
                    removed.append(backup.path)
        return removed


def restore(backup: Path, database: Path) -> None:
    """Restore ``backup`` as ``database``, which must not exist (a damaged one is quarantined first).

    The caller holds the exclusive maintenance lock (:func:`piyue.storage.recovery.restore_newest` does), so
    that no other process opens the file half-copied."""
    if database.exists():
        raise StorageError(f"{database} exists; move it aside before restoring a backup")
    copy_database(backup, database)
