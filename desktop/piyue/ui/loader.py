"""Open documents off the UI thread.

A worker reads and parses the file and hands the document over at once (so the text appears as soon
as possible), then runs the analyses — metrics, review checks — and hands those over (the figures are
highlighted). Only once the window has taken them does it store the document in the library (SQLAlchemy,
re-anchoring notes), which the reader does not wait for and which so no longer competes with the
highlighting for the interpreter.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from piyue.core.errors import ReaderError
from piyue.core.model import Document
from piyue.core.readers import read_document
from piyue.services.analysis import METRICS_FAILED, Analysis, Problem, analyse

if TYPE_CHECKING:
    from piyue.services.revisions import EarlierVersion

__all__ = ["Analysis", "DocumentLoader", "OpenedReport", "Stored", "open_report", "problem_text"]


@dataclass(slots=True)
class Stored:
    """What storing an opened document in the library gave."""

    document_id: int | None = None
    message: str = ""  # e.g. the note counts after a new version re-anchored them
    error: str = ""  # why it could not be stored (the document still opens)
    #: Not stored yet: an imported report this one looks like a revision of (the user decides).
    earlier: EarlierVersion | None = None
    path: Path | None = None  # the file the document was opened from (with ``earlier``)
    document: Document | None = None  # the document to store once the user decided (with ``earlier``)


#: Stores a parsed document in the library (runs on the worker thread).
StoreHook = Callable[[Path, Document], Stored]


@dataclass(slots=True)
class OpenedReport:
    """A document read and analysed."""

    document: Document
    analysis: Analysis
    stored: Stored = field(default_factory=Stored)


def problem_text(problem: Problem) -> str:
    """A failed analysis in the user's language."""
    if problem.code == METRICS_FAILED:
        text = QCoreApplication.translate("DocumentLoader", "figures could not be extracted ({reason})")
    else:
        text = QCoreApplication.translate("DocumentLoader", "the review checks failed ({reason})")
    return text.format(reason=problem.reason)


def open_report(path: Path, *, store: StoreHook | None = None) -> OpenedReport:
    """Read, store and analyse ``path`` synchronously; raises :class:`ReaderError`."""
    document = read_document(path)
    stored = store(path, document) if store is not None else Stored()
    return OpenedReport(document, analyse(document), stored)


class _Signals(QObject):
    parsed = Signal(int, Document)  # request id, document
    loaded = Signal(int, Document, Stored)  # request id, document, where it is stored
    analysed = Signal(int, Analysis)  # request id, analysis
    failed = Signal(int, str)  # request id, one-line reason


#: How long a load waits for the window to highlight the figures before it stores the document anyway.
HIGHLIGHT_WAIT = 30.0


class _LoadTask(QRunnable):
    def __init__(
        self,
        request: int,
        path: Path,
        signals: _Signals,
        store: StoreHook | None,
        highlighted: threading.Event,
        document: Document | None = None,
    ) -> None:
        super().__init__()
        self._document = document
        self._request = request
        self._path = path
        self._signals = signals
        self._store = store
        self._highlighted = highlighted

    def run(self) -> None:
        try:
            document = self._document or read_document(self._path)
        except ReaderError as err:
            self._signals.failed.emit(self._request, str(err))
            return
        except Exception as err:  # a bug must not take the app down; report it
            reason = f"{err.__class__.__name__}: {err}"
            message = QCoreApplication.translate("DocumentLoader", "{path}: could not be opened ({reason})")
            self._signals.failed.emit(self._request, message.format(path=self._path, reason=reason))
            return
        self._signals.parsed.emit(self._request, document)
        self._signals.analysed.emit(self._request, analyse(document))
        # Storing (SQLAlchemy) waits until the window has highlighted the figures (or is shutting down).
        self._highlighted.wait(HIGHLIGHT_WAIT)
        stored = self._store(self._path, document) if self._store is not None else Stored()
        self._signals.loaded.emit(self._request, document, stored)


class DocumentLoader(QObject):
    """Loads one document at a time; a newer request or :meth:`cancel` discards older results."""

    started = Signal(Path)
    parsed = Signal(Path, Document)  # show the text
    analysed = Signal(Path, Analysis)  # highlight the figures
    loaded = Signal(Path, Document, Stored)  # stored, the load is done
    failed = Signal(Path, str)
    cancelled = Signal()

    def __init__(self, store: StoreHook | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Stores each parsed document in the library (on the worker thread); None: nothing is stored.
        self._store = store
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.parsed.connect(self._on_parsed)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.analysed.connect(self._on_analysed)
        self._signals.failed.connect(self._on_failed)
        self._request = 0
        self._path: Path | None = None  # the path of the wanted request, None when none is running
        self._highlighted: dict[int, threading.Event] = {}  # request → set once the window took its analysis

    @property
    def busy(self) -> bool:
        """Whether a load or analysis is running whose result is still wanted."""
        return self._path is not None

    def load(self, path: Path, *, document: Document | None = None) -> None:
        """Start loading ``path``; emits :attr:`parsed`, :attr:`analysed` then :attr:`loaded`, or :attr:`failed`.

        With ``document`` (already parsed, e.g. shown at start), only storing and analysis run.
        """
        self._request += 1
        self._path = path
        self.started.emit(path)
        highlighted = self._highlighted[self._request] = threading.Event()
        self._pool.start(_LoadTask(self._request, path, self._signals, self._store, highlighted, document))

    def load_now(self, path: Path) -> OpenedReport:
        """Load and analyse synchronously (screenshots, tests); raises :class:`ReaderError`."""
        return open_report(path, store=self._store)

    def cancel(self) -> None:
        """Forget the running load: its results will be dropped."""
        if self._path is not None:
            self._path = None
            self._request += 1
            self.cancelled.emit()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running work, a load's storing included (used at shutdown)."""
        self._release(*self._highlighted)  # (no event loop runs while this waits: store without waiting)
        return self._pool.waitForDone(msecs)

    def _release(self, *requests: int) -> None:
        """Let the loads of ``requests`` go on to storing."""
        for request in requests:
            event = self._highlighted.pop(request, None)
            if event is not None:
                event.set()

    @Slot(int, Document)
    def _on_parsed(self, request: int, document: Document) -> None:
        if request == self._request and self._path is not None:
            self.parsed.emit(self._path, document)

    @Slot(int, Analysis)
    def _on_analysed(self, request: int, analysis: Analysis) -> None:
        try:
            if request == self._request and self._path is not None:
                self.analysed.emit(self._path, analysis)  # the window highlights the figures now
        finally:
            self._release(request)  # then the load stores the document

    @Slot(int, Document, Stored)
    def _on_loaded(self, request: int, document: Document, stored: Stored) -> None:
        if request == self._request and self._path is not None:
            path, self._path = self._path, None
            self.loaded.emit(path, document, stored)

    def _on_failed(self, request: int, message: str) -> None:
        self._release(request)
        if request == self._request and self._path is not None:
            path, self._path = self._path, None
            self.failed.emit(path, message)
