"""The database as a whole: where it is, an integrity check on demand, restoring the newest backup."""

from __future__ import annotations

from pathlib import Path

from piyue.paths import database_path
from piyue.storage import recovery
from piyue.storage.recovery import Restored


def check_database(db: str | None) -> tuple[Path, str | None]:
    """The database path (``--db``/``PIYUE_DB``/default) and why it is damaged, or None when it is sound."""
    path = database_path(db)
    return path, recovery.check(path)


def restore_newest_backup(db: str | None, *, force: bool = False) -> tuple[Path, Restored]:
    """Put the newest backup in place of a damaged (or, with ``force``, any) database; see
    :func:`piyue.storage.recovery.restore_newest`."""
    path = database_path(db)
    return path, recovery.restore_newest(path, force=force)
