"""The document session: what the window is working on — the current document, its analysis, its notes and
the library they are stored in — with typed signals for everything that changes.

The window and its controllers read the session instead of each other; switching documents goes through
:meth:`DocumentSession.show`, which drops every piece of the previous document's state (its analysis, its
notes, and — through :attr:`DocumentSession.documentCleared` — find hits, search hits and the selection)
before the new document is announced.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from piyue.core.model import Document
from piyue.services.analysis import Analysis
from piyue.ui.notes_service import NotesService

if TYPE_CHECKING:
    from piyue.core.metrics import Metric
    from piyue.core.review import Finding
    from piyue.services.ports import LibraryPort

#: Opens the library (on a worker thread): ``(library, "")``, ``(library, notice)`` or ``(None, reason)``.
LibraryOpener = Callable[[], "tuple[LibraryPort | None, str]"]


class DocumentSession(QObject):
    """The current document, its analysis and notes, and the library handle, with their signals."""

    #: The previous document's state was dropped (a new document follows at once).
    documentCleared = Signal()
    #: A document became the current one (its analysis and notes are not known yet).
    documentChanged = Signal(Document)
    #: The current document's figures and findings are known.
    analysisChanged = Signal(Analysis)
    #: The current document's notes changed (added, edited, deleted, undone, reloaded, switched).
    notesChanged = Signal()
    #: The library is open (read :attr:`library`): at first use, or after a backup was restored.
    libraryOpened = Signal()
    #: A library was opened on a worker thread: announced on the session's own thread.
    _openedElsewhere = Signal()

    def __init__(
        self,
        library: LibraryPort | None = None,
        *,
        opener: LibraryOpener | None = None,
        restorer: LibraryOpener | None = None,
        library_override: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        #: The library given with ``--db`` or ``PIYUE_DB`` ('' for the preferences' own), shown in Preferences.
        self.library_override = library_override
        self._library = library
        self._opener = opener if library is None else None
        self._restorer = restorer
        self._lock = threading.Lock()
        self._document: Document | None = None
        self._analysis = Analysis()
        #: The notes of the current document (with undo/redo).
        self.notes = NotesService(library, self)
        self.notes.notesChanged.connect(self.notesChanged)
        self._openedElsewhere.connect(self._announce_library, Qt.ConnectionType.QueuedConnection)
        #: Why the library could not be opened ('' when it was, or was never tried).
        self.open_error = ""
        #: Something to tell about a library that did open (e.g. no backup could be made at start).
        self.open_notice = ""

    # ----------------------------------------------------------------- library
    @property
    def library(self) -> LibraryPort | None:
        """The open library (None until opened, or when it cannot be)."""
        return self._library

    @property
    def opens_library(self) -> bool:
        """Whether documents are stored: a library is open or will be opened on first use."""
        return self._library is not None or self._opener is not None

    @property
    def can_restore(self) -> bool:
        """Whether the newest backup can be put in place of a damaged library."""
        return self._restorer is not None

    def ensure_library(self) -> LibraryPort | None:
        """Open the library on first use (safe on a worker thread); the open library, or None
        (:attr:`open_error` says why). :attr:`libraryOpened` follows on the session's thread."""
        with self._lock:
            if self._library is not None or self._opener is None:
                return self._library
            opener, self._opener = self._opener, None
            library, message = opener()
            self._library = library
        if library is None:
            self.open_error = message
            return None
        self.open_notice = message
        self._openedElsewhere.emit()  # queued: announced on the session's thread, whichever thread this is
        return library

    def restore_backup(self) -> str:
        """Put the newest good backup in place of the damaged library and open it; '' or why it failed."""
        if self._restorer is None:
            return "no backup to restore"
        library, error = self._restorer()
        if library is None:
            return error
        self._library = library
        self.open_error = ""
        self._announce_library()
        return ""

    @Slot()
    def _announce_library(self) -> None:
        if self._library is not None and self.notes.library is not self._library:
            self.notes.library = self._library
            self.libraryOpened.emit()

    # ----------------------------------------------------------------- document
    @property
    def document(self) -> Document | None:
        """The current document."""
        return self._document

    @property
    def analysis(self) -> Analysis:
        """The figures and findings of the current document (empty until known)."""
        return self._analysis

    @property
    def metrics(self) -> list[Metric]:
        """The figures of the current document."""
        return list(self._analysis.metrics)

    @property
    def findings(self) -> list[Finding]:
        """The review findings of the current document."""
        return list(self._analysis.findings)

    def show(self, document: Document) -> None:
        """Make ``document`` the current one. Another document first drops every piece of the previous
        one's state — analysis, notes (and undo history), and through :attr:`documentCleared` find hits,
        search hits and the selection — then :attr:`documentChanged` is emitted (also for the same one)."""
        if document is not self._document:
            self.clear()
        self._document = document
        self.documentChanged.emit(document)

    def clear(self) -> None:
        """Drop the current document's state (analysis, notes) and emit :attr:`documentCleared`."""
        self._analysis = Analysis()
        if self.notes.document_id is not None or self.notes.notes:
            self.notes.set_document(None)
        self.documentCleared.emit()

    def set_analysis(self, metrics: Sequence[Metric], findings: Sequence[Finding]) -> None:
        """The figures and findings of the current document are known."""
        self._analysis = Analysis(tuple(metrics), tuple(findings))
        self.analysisChanged.emit(self._analysis)

    def set_stored(self, document_id: int | None) -> None:
        """The current document is stored as ``document_id`` (None: not stored): show its notes."""
        self._announce_library()
        self.notes.set_document(document_id)
