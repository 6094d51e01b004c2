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

from PySide6.QtCore import QCoreApplication, QObject, Signal

from piyue.core.errors import ReaderError
from piyue.core.model import Document
from piyue.core.readers import read_document
from piyue.services.analysis import METRICS_FAILED, Analysis, Problem, analyse
from piyue.ui.workers import CancelToken, Task, TaskRunner

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


#: How long a load waits for the window to highlight the figures before it stores the document anyway.
HIGHLIGHT_WAIT = 30.0


def _load(
    path: Path, document: Document | None, store: StoreHook | None, token: CancelToken, highlighted: threading.Event
) -> tuple[Document, Stored]:
    """Read (unless given), analyse and store ``path`` on a worker: the document and the analysis are
    reported as soon as they are ready; a superseded load skips its analysis but still stores.

    Storing (SQLAlchemy) waits until the window has highlighted the figures (``highlighted``; set too when
    the load is superseded or cancelled, or the loader waits at shutdown), so it does not compete with
    the highlighting for the interpreter."""
    document = document or read_document(path)
    token.report(document)
    if not token.cancelled:
        token.report(analyse(document))
        highlighted.wait(HIGHLIGHT_WAIT)
    stored = store(path, document) if store is not None else Stored()
    return document, stored


def _failure(path: Path, error: BaseException) -> str:
    """One line: the reader's own message, or (a bug) what went wrong — never a traceback."""
    if isinstance(error, ReaderError):
        from piyue.ui.reader_messages import reader_message

        return reader_message(error)
    message = QCoreApplication.translate("DocumentLoader", "{path}: could not be opened ({reason})")
    return message.format(path=path, reason=f"{error.__class__.__name__}: {error}")


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
        self.runner = TaskRunner(self, name="loaderRunner")  # one thread: newest load wins
        self._task: Task[tuple[Document, Stored]] | None = None
        self._path: Path | None = None  # the path of the wanted request, None when none is running
        self._highlighted = threading.Event()  # the running load's: set once the window took its analysis

    @property
    def busy(self) -> bool:
        """Whether a load or analysis is running whose result is still wanted."""
        return self._path is not None

    def load(self, path: Path, *, document: Document | None = None) -> None:
        """Start loading ``path``; emits :attr:`parsed`, :attr:`analysed` then :attr:`loaded`, or :attr:`failed`.

        With ``document`` (already parsed, e.g. shown at start), only storing and analysis run.
        """
        self._highlighted.set()  # (an older load goes on to storing)
        highlighted = self._highlighted = threading.Event()
        self._path = path
        self.started.emit(path)
        store = self._store
        self._task = self.runner.submit(
            lambda token: _load(path, document, store, token, highlighted),
            key="load",
            on_done=self._on_loaded,
            on_failed=self._on_failed,
            on_progress=self._on_progress,
            describe=lambda error: _failure(path, error),
        )

    def load_now(self, path: Path) -> OpenedReport:
        """Load and analyse synchronously (screenshots, tests); raises :class:`ReaderError`."""
        return open_report(path, store=self._store)

    def cancel(self) -> None:
        """Forget the running load: its results will be dropped."""
        if self._path is not None:
            self._path = None
            if self._task is not None:
                self._task.cancel()
            self._highlighted.set()
            self.cancelled.emit()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running work, a load's storing included (used at shutdown)."""
        self._highlighted.set()  # (no event loop runs while this waits: store without waiting)
        return self.runner.wait(msecs)

    def _on_progress(self, step: Document | Analysis) -> None:
        if self._path is None:
            return
        if isinstance(step, Document):
            self.parsed.emit(self._path, step)
            return
        try:
            self.analysed.emit(self._path, step)  # the window highlights the figures now
        finally:
            self._highlighted.set()  # then the load stores the document

    def _on_loaded(self, loaded: tuple[Document, Stored]) -> None:
        if self._path is not None:
            path, self._path = self._path, None
            self.loaded.emit(path, *loaded)

    def _on_failed(self, message: str) -> None:
        if self._path is not None:
            path, self._path = self._path, None
            self.failed.emit(path, message)
