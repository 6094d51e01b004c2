"""The errors of the library, for callers of the services (importing this loads no SQLAlchemy)."""

from __future__ import annotations

from piyue.storage.errors import (
    CorruptDatabaseError,
    DatabaseInUseError,
    NewerSchemaError,
    NotFoundError,
    StorageError,
)

__all__ = ["CorruptDatabaseError", "DatabaseInUseError", "NewerSchemaError", "NotFoundError", "StorageError"]
