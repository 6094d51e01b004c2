"""Storage room: the only one that imports SQLAlchemy (DESIGN.md §2).

:class:`Library` is the service the CLI and the GUI use; it hands out plain dataclasses
(:class:`~piyue.core.anchoring.Note`, :class:`DocumentRecord`, :class:`VersionRecord`,
:class:`ImportResult`), never ORM rows.
"""

from piyue.storage.errors import (
    CorruptDatabaseError,
    DatabaseInUseError,
    EditConflictError,
    NewerSchemaError,
    NotFoundError,
    StorageError,
)
from piyue.storage.library import Library
from piyue.storage.records import DocumentRecord, ImportResult, VersionRecord

__all__ = [
    "CorruptDatabaseError",
    "DatabaseInUseError",
    "DocumentRecord",
    "EditConflictError",
    "ImportResult",
    "Library",
    "NewerSchemaError",
    "NotFoundError",
    "StorageError",
    "VersionRecord",
]
