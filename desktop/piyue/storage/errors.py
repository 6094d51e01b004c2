"""Errors of the storage room; ``str(err)`` is a one-line message for the user."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from piyue.core.anchoring import Note


class StorageError(Exception):
    """The database cannot be used as asked (missing document, bad reference, …).

    ``details`` (optional, many lines) is for the error log, never shown in the one-line message.
    """

    def __init__(self, message: str = "", details: str = "") -> None:
        super().__init__(message)
        self.details = details


class NotADatabaseError(StorageError):
    """The path given as the database is a folder, a device or a file that is not a SQLite database."""


class DamagedDatabaseError(StorageError):
    """The database failed its integrity check on a path that only reads; it was left where it is."""


class DatabaseInUseError(StorageError):
    """Another Piyue process holds the database's lock file."""


class NewerSchemaError(StorageError):
    """The database was written by a newer version of Piyue; it is left untouched."""


class CorruptDatabaseError(StorageError):
    """The database failed its integrity check and was moved aside to ``quarantined``."""

    def __init__(self, message: str, quarantined: Path, newest_backup: Path | None, details: str = "") -> None:
        super().__init__(message, details)
        self.quarantined = quarantined
        self.newest_backup = newest_backup


class NotFoundError(StorageError):
    """No document or note matches the reference given."""


class EditConflictError(StorageError):
    """An edit was made on an older version of a note than the stored one (someone else saved in between).

    ``theirs`` is the note as stored now; nothing was written."""

    def __init__(self, message: str, theirs: Note) -> None:
        super().__init__(message)
        self.theirs = theirs
