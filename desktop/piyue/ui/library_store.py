"""Storing opened documents in the session's library: the loader's store step (it runs on the loader's
worker thread), re-anchoring notes on a new version, and the question whether a file that resembles an
imported report is a new version of it."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from piyue.core.model import Document
from piyue.ui.loader import Stored
from piyue.ui.session import DocumentSession


class LibraryStore:
    """Stores documents in ``session``'s library (opened on first use)."""

    def __init__(self, session: DocumentSession) -> None:
        self.session = session
        self._lock = threading.Lock()
        self._replacing: dict[str, int] = {}  # source path → the document it is to be a new version of

    def replace_next(self, path: Path, document_id: int) -> None:
        """Store the next opening of ``path`` as a new version of ``document_id``."""
        from piyue.services.revisions import source_key

        with self._lock:
            self._replacing[source_key(path)] = document_id

    def store(self, path: Path, document: Document) -> Stored:
        """Store an opened document (worker thread); re-anchors its notes on a new version.

        A file not imported before that resembles an imported report is not stored yet: the
        returned :class:`Stored` names that report and the user decides.
        """
        library = self.session.ensure_library()
        if library is None:
            return Stored(error=self.unavailable_reason())
        from piyue.services.revisions import earlier_version, source_key, stored_copy

        source = source_key(path)
        with self._lock:
            replaces = self._replacing.pop(source, None)
        if replaces is None and library.document_at(source) is None:
            try:
                replaces = stored_copy(library, document)
                earlier = earlier_version(library, document, source) if replaces is None else None
            except Exception:  # a failed comparison only means no question is asked
                earlier = None
            if earlier is not None:
                return Stored(earlier=earlier, path=Path(path), document=document)
        return self.import_now(path, document, replaces)

    def unavailable_reason(self) -> str:
        """Why documents cannot be stored, in the user's language."""
        error = self.session.open_error
        if error:
            return QCoreApplication.translate("LibraryStore", "Notes are not available in this window: {error}").format(
                error=error
            )
        return QCoreApplication.translate("LibraryStore", "Notes are not available: no database is open.")

    def import_now(self, path: Path, document: Document, replaces: int | None = None) -> Stored:
        """Import ``document`` (as a new version of ``replaces`` when given); what it gave."""
        from piyue.services.importing import import_report

        library = self.session.library
        if library is None:
            return Stored(error=self.unavailable_reason())
        try:
            result = import_report(library, path, document=document, replaces=replaces)
        except Exception as err:
            return Stored(
                error=QCoreApplication.translate(
                    "LibraryStore", "Notes are not available for this document: {err}"
                ).format(err=err)
            )
        message = ""
        counts = result.counts
        if result.new_version and not result.created_document and sum(counts.values()):
            message = QCoreApplication.translate(
                "LibraryStore", "New version stored: {anchored} notes anchored, {changed} changed, {orphaned} orphaned"
            ).format(**{k: counts.get(k, 0) for k in ("anchored", "changed", "orphaned")})
        elif result.new_version and not result.created_document:
            message = QCoreApplication.translate("LibraryStore", "Stored as version {number} of “{title}”.").format(
                number=result.version.number, title=result.document.title
            )
        return Stored(result.document.id, message)
