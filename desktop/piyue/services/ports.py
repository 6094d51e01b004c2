"""What the window and the command line use of the library, as :class:`typing.Protocol` s.

``ui`` and ``cli`` type against these, never against :class:`piyue.storage.Library` (DESIGN.md §2): the
services hand out and accept a :class:`LibraryPort`, which today is always a storage ``Library``
(it matches structurally; nothing is registered or wrapped). Only the methods used above the services
are listed, so a second implementation (a test double, a remote library) knows what it must provide.

The records these methods return (``DocumentRecord``, ``ImportResult``, ``SearchHit``, …) are plain frozen
dataclasses and the errors are plain exceptions; both come through :mod:`piyue.services.library`,
:mod:`piyue.services.search` and :mod:`piyue.services.errors`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Self

if TYPE_CHECKING:
    from piyue.core.anchoring import Anchor, AnchorState, Note, NoteStatus
    from piyue.core.model import Document
    from piyue.storage.records import DocumentRecord, ImportResult, ListingRecord
    from piyue.storage.search_index import Analyzer, SearchHit

__all__ = ["LibraryPort", "NoteStore"]


class NoteStore(Protocol):
    """The notes of the library's documents, as the window's notes service changes them (with undo)."""

    def notes(
        self,
        document_id: int,
        *,
        states: Iterable[AnchorState] | None = ...,
        status: NoteStatus | None = ...,
        color: str | None = ...,
        tag: str | None = ...,
        text: str | None = ...,
    ) -> list[Note]:
        """The notes of a document in text order, optionally filtered."""
        ...

    def add_note(
        self,
        document_id: int,
        anchor: Anchor,
        body: str,
        *,
        color: str = ...,
        tags: Sequence[str] = ...,
        status: NoteStatus = ...,
        author: str | None = ...,
    ) -> Note:
        """Store a new note on the latest version of a document; durable when this returns."""
        ...

    def edit_note(
        self,
        note_id: str,
        *,
        body: str | None = ...,
        color: str | None = ...,
        tags: Iterable[str] | None = ...,
        status: NoteStatus | None = ...,
        expected_version: int | None = ...,
    ) -> Note:
        """Change a note; refused (EditConflictError) when ``expected_version`` is no longer the stored one."""
        ...

    def place_note(
        self, note_id: str, anchor: Anchor, state: AnchorState, prior_quote: str | None, version_id: int | None = ...
    ) -> tuple[Note, int | None]:
        """Put a note on ``anchor`` (re-attach, move, undo of those); returns it and the version it refers to."""
        ...

    def delete_note(self, note_id: str) -> Note:
        """Delete a note; returns it so that it can be restored (undo)."""
        ...

    def restore_note(self, note: Note) -> Note:
        """Put back a deleted note exactly as it was (undo of delete)."""
        ...


class LibraryPort(NoteStore, Protocol):
    """An open library of reports, versions and notes (see :class:`piyue.storage.Library` for the contract).

    Every call commits before it returns; errors are :class:`piyue.services.errors.StorageError` s.
    """

    #: The search analyzer (jieba, loaded in the background); None until the window gives it one.
    analyzer: Analyzer | None

    @property
    def location(self) -> str:
        """Where the library is, for messages (a server URL with its password masked)."""
        ...

    def close(self, wait: float = ...) -> None:
        """Release the connections once running transactions ended; later calls are refused."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *_exc: object) -> None: ...

    # --- reports ---------------------------------------------------------------------------
    def documents(self) -> list[DocumentRecord]:
        """Every stored report."""
        ...

    def listing(self, head: int = ...) -> list[ListingRecord]:
        """Every report as a listing shows it (counts and the first ``head`` characters), in one query."""
        ...

    def heads(self, document_ids: list[int], head: int) -> dict[int, str]:
        """The first ``head`` characters of the latest text of each of ``document_ids`` (one query)."""
        ...

    def titles(self) -> dict[int, str]:
        """Every report's title by id."""
        ...

    def document(self, document_id: int) -> DocumentRecord:
        """One report by id (NotFoundError)."""
        ...

    def resolve(self, ref: str | int) -> DocumentRecord:
        """The report ``ref`` names: an id, or the path it was imported from (NotFoundError)."""
        ...

    def document_at(self, source_path: str | Path) -> DocumentRecord | None:
        """The report imported from ``source_path``, or None."""
        ...

    def load(self, document_id: int, version_id: int | None = ...) -> Document:
        """A version (the latest by default) of a report."""
        ...

    def version_text(self, version_id: int) -> str:
        """The text of one stored version."""
        ...

    def find_text(self, sha256: str) -> tuple[int, int] | None:
        """(report id, version id) of the newest stored version with this text, or None."""
        ...

    def import_document(
        self, document: Document, source_path: str | None, replaces: str | int | None = ...
    ) -> ImportResult:
        """Store a parsed report (new, or a new version re-anchoring the notes); use
        :func:`piyue.services.importing.import_report`."""
        ...

    def delete_document(self, document_id: int) -> Path | None:
        """Remove a report with its versions and notes, after a backup (returned)."""
        ...

    def all_notes(self) -> list[Note]:
        """Every note of the library, report by report, each in text order."""
        ...

    def note_counts(self, document_id: int) -> dict[str, int]:
        """How many notes of a report are anchored, changed, orphaned."""
        ...

    def merge_notes(self, document_id: int, notes: Sequence[Note], made_on: str | None = ...) -> dict[str, int]:
        """Merge notes made elsewhere (JSON-LD), re-anchored on the latest version; idempotent."""
        ...

    # --- search, backups, other processes ---------------------------------------------------
    def search(self, query: str, limit: int = ..., *, refresh: bool = ...) -> list[SearchHit]:
        """The best passages and notes for ``query`` across the library."""
        ...

    def update_search_index(self) -> int:
        """Index what changed without the index; returns how many versions and notes were indexed."""
        ...

    def backup_if_due(self) -> Path | None:
        """Make a rolling backup if one is due (call on a timer)."""
        ...

    def changed_elsewhere(self) -> bool:
        """Whether another process changed the library since the last call."""
        ...

    def server_problem(self) -> str:
        """Why the shared server cannot be reached right now ('' while it can)."""
        ...
