"""The database on demand: a full integrity check, and putting the newest backup in place of a damaged database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from piyue.storage import integrity
from piyue.storage.backup import Backups, restore
from piyue.storage.errors import StorageError
from piyue.storage.lock import maintenance


def check(path: Path) -> str | None:
    """Why the database at ``path`` is damaged (``integrity_check``), or None when it is sound.

    Raises :class:`StorageError` (one line) when there is no database or it cannot be examined.
    """
    integrity.precheck(path)
    if not path.exists():
        raise StorageError(f"no database at {path}")
    return integrity.full_check(path)


@dataclass(frozen=True, slots=True)
class Restored:
    """What :func:`restore_newest` did: the backup put in place and where the old database went (if anywhere)."""

    backup: Path
    moved: Path | None


def restore_newest(path: Path, *, force: bool = False) -> Restored:
    """Put the newest backup in place of the database at ``path``.

    A damaged database (or any, with ``force``) is first moved to ``recovery/``, never deleted; a healthy
    one is kept unless ``force``. Raises :class:`StorageError` in one line.
    """
    newest = Backups(path).newest()
    if newest is None:
        raise StorageError(f"there is no backup of {path} to restore")
    integrity.precheck(path)
    with maintenance(path, "restore from a backup"):  # exclusive while it runs; other processes wait
        moved = None
        if path.exists():
            if integrity.problem(path) is None and not force:
                raise StorageError(
                    f"the database {path} is healthy; nothing was restored (--force moves it to recovery/ "
                    "and restores the newest backup)"
                )
            moved = integrity.quarantine(path)
        restore(newest.path, path)
    return Restored(newest.path, moved)
