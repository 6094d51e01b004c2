"""The library as the CLI and the window see it: opening it (path resolver shared by both), restoring
a backup, listing its reports. What is opened is a :class:`~piyue.services.ports.LibraryPort`: ``ui`` and
``cli`` type against that protocol and the plain records and errors re-exported here, never against
``piyue.storage`` itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from piyue.storage import (
    DatabaseInUseError,
    DocumentRecord,
    ImportResult,
    Library,
    NotFoundError,
    StorageError,
    VersionRecord,
)
from piyue.storage.library import normalise_path

if TYPE_CHECKING:
    from piyue.core.model import Document
    from piyue.services.ports import LibraryPort

__all__ = [
    "DatabaseInUseError",
    "DocumentRecord",
    "ImportResult",
    "LibraryRow",
    "NotFoundError",
    "StorageError",
    "VersionRecord",
    "list_rows",
    "load_document",
    "normalise_path",
    "open_library",
    "open_library_or_reason",
    "restore_newest_backup",
]


def open_library(db: str | None, *, readonly: bool = False, **options: Any) -> LibraryPort:
    """The library at ``db`` (``--db``), else ``PIYUE_DB``, else the "Shared library" preference, else the user
    data folder (see :func:`piyue.services.database.database_location`); raises StorageError."""
    from piyue.services.database import database_location

    return Library.open(database_location(db), readonly=readonly, **options)


def open_library_or_reason(db: str | None) -> tuple[LibraryPort | None, str]:
    """The library, or ``(None, one-line reason)``: in use by another process, from a newer Piyue, or
    damaged (moved aside to ``recovery/``), or a server that cannot be reached (password masked). The window
    goes on without notes then. With a library, the second value is a notice for the user, or "" (e.g. the
    backup at start did not fit on the disk)."""
    from pathlib import Path

    from piyue.services.database import database_location

    path: Path | str = "the library"
    notices = _Notices()
    storage_log = logging.getLogger("piyue.storage")
    storage_log.addHandler(notices)
    try:
        path = database_location(db)
        if isinstance(path, Path):
            path.parent.mkdir(parents=True, exist_ok=True)
        return Library.open(path), "; ".join(notices.messages)  # opened: the reason is a notice (no backup made)
    except StorageError as err:
        if err.details:  # e.g. the full integrity-check report: in the error log, not in the dialog
            from piyue.crash_log import write_error_log

            write_error_log(err.details)
        return None, str(err)
    except OSError as err:
        return None, f"{path}: {err.strerror or err}"
    finally:
        storage_log.removeHandler(notices)


class _Notices(logging.Handler):
    """Collects the warnings of opening the library (a backup at start that did not fit, …)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(" ".join(record.getMessage().split()))


def restore_newest_backup(db: str | None) -> tuple[LibraryPort | None, str]:
    """After a damaged database was moved aside: put the newest good backup in its place and open it
    (what ``piyue db restore`` does), or ``(None, one-line reason)``."""
    from piyue.services.database import restore_newest_backup as restore

    try:
        restore(db)
    except StorageError as err:
        return None, str(err)
    return open_library_or_reason(db)


def load_document(library: LibraryPort, document_id: int) -> Document:
    """The latest version of a stored report, ready to show (display blocks restored)."""
    from piyue.core.readers import restore_blocks

    return restore_blocks(library.load(document_id))


@dataclass(frozen=True, slots=True)
class LibraryRow:
    """One report of the library as a listing shows it."""

    document_id: int
    title: str
    government: str
    year: int | None
    characters: int
    notes: int
    versions: int
    source_path: str | None


def list_rows(library: LibraryPort) -> list[LibraryRow]:
    """Every stored report with its government, year, size and note count, read in one query for the whole
    library (the government and year from each latest text's front matter; only a report whose front matter
    names no year has more of its text read, in one more query)."""
    from piyue.core.report_info import HEAD, REVIEW_HEAD, report_info_of

    records = library.listing(HEAD)
    titles = {r.id: r.version_title for r in records}
    infos = {r.id: report_info_of(r.version_title, r.head) for r in records}
    unknown = [r.id for r in records if infos[r.id].year is None and r.length > HEAD]
    for document_id, head in library.heads(unknown, REVIEW_HEAD).items():
        infos[document_id] = report_info_of(titles[document_id], head)
    return [
        LibraryRow(
            r.id,
            r.title,
            infos[r.id].government or "",
            infos[r.id].year,
            r.length,
            r.notes,
            r.versions,
            r.source_path,
        )
        for r in records
    ]
