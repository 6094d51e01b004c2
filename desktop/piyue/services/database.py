"""The database as a whole: where it is, an integrity check on demand, restoring the newest backup."""

from __future__ import annotations

from pathlib import Path

from piyue.paths import DatabaseLocationError, database_path
from piyue.storage import recovery
from piyue.storage.errors import StorageError
from piyue.storage.recovery import Restored


def database_location(db: str | None) -> Path | str:
    """Where the library is: ``--db`` (``db``), else ``PIYUE_DB``, else the "Shared library" preference, else
    the file in the data folder — a :class:`Path`, or a ``postgresql://`` URL; StorageError for another URL."""
    from piyue.preferences import load_preferences

    try:
        return database_path(db, shared=load_preferences().shared_library)
    except DatabaseLocationError as err:
        raise StorageError(str(err)) from None


def database_file(db: str | None) -> Path:
    """The library's file; StorageError when the library is on a server (no file to check or restore here)."""
    location = database_location(db)
    if not isinstance(location, Path):
        raise StorageError(
            "the library is on a PostgreSQL server: its integrity and backups are the server's "
            "(pg_dump / pg_restore by its administrator)"
        )
    return location


def check_database(db: str | None) -> tuple[Path, str | None]:
    """The database path (``--db``/``PIYUE_DB``/default) and why it is damaged, or None when it is sound."""
    path = database_file(db)
    return path, recovery.check(path)


def restore_newest_backup(db: str | None, *, force: bool = False) -> tuple[Path, Restored]:
    """Put the newest backup in place of a damaged (or, with ``force``, any) database; see
    :func:`piyue.storage.recovery.restore_newest`."""
    path = database_file(db)
    return path, recovery.restore_newest(path, force=force)
