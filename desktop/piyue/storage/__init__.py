"""Storage room: the only one that imports SQLAlchemy (DESIGN.md §2).

:class:`Library` is the service the CLI and the GUI use; it hands out plain dataclasses
(:class:`~piyue.core.anchoring.Note`, :class:`DocumentRecord`, :class:`VersionRecord`,
:class:`ImportResult`), never ORM rows.

Names are imported on first use (PEP 562): ``from piyue.storage import StorageError`` does not import
SQLAlchemy, so a command that only reads the search index (:mod:`piyue.storage.quick_search`) starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    "CorruptDatabaseError": "errors",
    "DatabaseInUseError": "errors",
    "EditConflictError": "errors",
    "NewerSchemaError": "errors",
    "NotFoundError": "errors",
    "StorageError": "errors",
    "Library": "library",
    "DocumentRecord": "records",
    "ImportResult": "records",
    "VersionRecord": "records",
}

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


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` when it is first asked for."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"piyue.storage.{module}"), name)
    globals()[name] = value
    return value
