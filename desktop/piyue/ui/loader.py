"""Open documents off the UI thread.

A worker reads and parses the file and hands the document over at once (so the
text appears as soon as possible), then runs the analyses — metrics, review
checks — and hands those over when they are done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from piyue.core.errors import ReaderError
from piyue.core.model import Document
from piyue.core.readers import read_document

if TYPE_CHECKING:
    from piyue.core.metrics import Metric
    from piyue.core.review import Finding


@dataclass(slots=True)
class Analysis:
    """What the analyses found in a document."""

    metrics: list[Metric] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # analyses that failed (the document still opens)


@dataclass(slots=True)
class Stored:
    """What storing an opened document in the library gave."""

    document_id: int | None = None
    message: str = ""  # e.g. the note counts after a new version re-anchored them
    error: str = ""  # why it could not be stored (the document still opens)


#: Stores a parsed document in the library (runs on the worker thread).
StoreHook = Callable[[Path, Document], Stored]


@dataclass(slots=True)
class OpenedReport:
    """A document read and analysed."""

    document: Document
    analysis: Analysis
    stored: Stored = field(default_factory=Stored)


def analyse(document: Document) -> Analysis:
    """Run the analyses the window shows; a failing analysis is reported, never raised."""
    from piyue.core.metrics import metrics_for_document, resolve_subjects
    from piyue.core.review import run_checks

    analysis = Analysis()
    try:
        # Subjects are resolved here, off the UI thread, not on the figures panel's first paint.
        analysis.metrics = resolve_subjects(metrics_for_document(document))
    except Exception as err:  # an analysis bug must not keep the report from opening
        analysis.problems.append(
            QCoreApplication.translate("DocumentLoader", "figures could not be extracted ({reason})").format(
                reason=f"{err.__class__.__name__}: {err}"
            )
        )
    try:
        analysis.findings = run_checks(document, analysis.metrics)
    except Exception as err:
        analysis.problems.append(
            QCoreApplication.translate("DocumentLoader", "the review checks failed ({reason})").format(
                reason=f"{err.__class__.__name__}: {err}"
            )
        )
    return analysis


def open_report(path: Path, *, topic_sentences: bool = False, store: StoreHook | None = None) -> OpenedReport:
    """Read, store and analyse ``path`` synchronously; raises :class:`ReaderError`."""
    document = read_document(path, topic_sentences=topic_sentences)
    stored = store(path, document) if store is not None else Stored()
    return OpenedReport(document, analyse(document), stored)


class _Signals(QObject):
    loaded = Signal(int, object, object)  # request id, Document, Stored
    analysed = Signal(int, object)  # request id, Analysis
    failed = Signal(int, str)  # request id, one-line reason


class _LoadTask(QRunnable):
    def __init__(
        self,
        request: int,
        path: Path,
        signals: _Signals,
        topic_sentences: bool,
        store: StoreHook | None,
        document: Document | None = None,
    ) -> None:
        super().__init__()
        self._document = document
        self._request = request
        self._path = path
        self._signals = signals
        self._topic_sentences = topic_sentences
        self._store = store

    def run(self) -> None:
        try:
            document = self._document or read_document(self._path, topic_sentences=self._topic_sentences)
        except ReaderError as err:
            self._signals.failed.emit(self._request, str(err))
            return
        except Exception as err:  # a bug must not take the app down; report it
            reason = f"{err.__class__.__name__}: {err}"
            message = QCoreApplication.translate("DocumentLoader", "{path}: could not be opened ({reason})")
            self._signals.failed.emit(self._request, message.format(path=self._path, reason=reason))
            return
        stored = self._store(self._path, document) if self._store is not None else Stored()
        self._signals.loaded.emit(self._request, document, stored)
        self._signals.analysed.emit(self._request, analyse(document))


class DocumentLoader(QObject):
    """Loads one document at a time; a newer request or :meth:`cancel` discards older results."""

    started = Signal(Path)
    loaded = Signal(Path, object, object)  # path, Document, Stored
    analysed = Signal(Path, object)  # path, Analysis
    failed = Signal(Path, str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.analysed.connect(self._on_analysed)
        self._signals.failed.connect(self._on_failed)
        self._request = 0
        self._path: Path | None = None  # the path of the wanted request, None when none is running
        #: Stores each parsed document in the library before it is shown (set by the window).
        self.store: StoreHook | None = None

    @property
    def busy(self) -> bool:
        """Whether a load or analysis is running whose result is still wanted."""
        return self._path is not None

    def load(self, path: Path, *, topic_sentences: bool = False, document: Document | None = None) -> None:
        """Start loading ``path``; emits :attr:`loaded` then :attr:`analysed`, or :attr:`failed`.

        With ``document`` (already parsed, e.g. shown at start), only storing and analysis run.
        """
        self._request += 1
        self._path = path
        self.started.emit(path)
        self._pool.start(_LoadTask(self._request, path, self._signals, topic_sentences, self.store, document))

    def load_now(self, path: Path, *, topic_sentences: bool = False) -> OpenedReport:
        """Load and analyse synchronously (screenshots, tests); raises :class:`ReaderError`."""
        return open_report(path, topic_sentences=topic_sentences, store=self.store)

    def cancel(self) -> None:
        """Forget the running load: its results will be dropped."""
        if self._path is not None:
            self._path = None
            self._request += 1
            self.cancelled.emit()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running work (used at shutdown)."""
        return self._pool.waitForDone(msecs)

    def _on_loaded(self, request: int, document: Document, stored: Stored) -> None:
        if request == self._request and self._path is not None:
            self.loaded.emit(self._path, document, stored)

    def _on_analysed(self, request: int, analysis: Analysis) -> None:
        if request == self._request and self._path is not None:
            path, self._path = self._path, None
            self.analysed.emit(path, analysis)

    def _on_failed(self, request: int, message: str) -> None:
        if request == self._request and self._path is not None:
            path, self._path = self._path, None
            self.failed.emit(path, message)
