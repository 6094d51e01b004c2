"""Open documents off the UI thread: reading and parsing run in a worker, results come back as signals."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from piyue.core.errors import ReaderError
from piyue.core.metrics import Metric, metrics_for_document
from piyue.core.model import Document
from piyue.core.readers import read_document
from piyue.core.review import run_checks
from piyue.core.review.finding import Finding


@dataclass(slots=True)
class OpenedReport:
    """A document read and analysed off the UI thread."""

    document: Document
    metrics: list[Metric] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # analyses that failed (the document still opens)


def open_report(path: Path, *, topic_sentences: bool = False) -> OpenedReport:
    """Read ``path`` and run the analyses the window shows; raises :class:`ReaderError`."""
    document = read_document(path, topic_sentences=topic_sentences)
    report = OpenedReport(document)
    try:
        report.metrics = metrics_for_document(document)
    except Exception as err:  # an analysis bug must not keep the report from opening
        report.problems.append(f"figures could not be extracted ({err.__class__.__name__}: {err})")
    try:
        report.findings = run_checks(document, report.metrics)
    except Exception as err:  # likewise for the review checks
        report.problems.append(f"the review checks failed ({err.__class__.__name__}: {err})")
    return report


class _Signals(QObject):
    loaded = Signal(int, object)  # request id, OpenedReport
    failed = Signal(int, str)  # request id, one-line reason


class _LoadTask(QRunnable):
    def __init__(self, request: int, path: Path, signals: _Signals, topic_sentences: bool) -> None:
        super().__init__()
        self._request = request
        self._path = path
        self._signals = signals
        self._topic_sentences = topic_sentences

    def run(self) -> None:
        try:
            report = open_report(self._path, topic_sentences=self._topic_sentences)
        except ReaderError as err:
            self._signals.failed.emit(self._request, str(err))
        except Exception as err:  # a bug must not take the app down; report it
            self._signals.failed.emit(
                self._request, f"{self._path}: could not be opened ({err.__class__.__name__}: {err})"
            )
        else:
            self._signals.loaded.emit(self._request, report)


class DocumentLoader(QObject):
    """Loads one document at a time; a newer request or :meth:`cancel` discards older results."""

    started = Signal(Path)
    loaded = Signal(Path, object)  # path, OpenedReport
    failed = Signal(Path, str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.failed.connect(self._on_failed)
        self._request = 0
        self._paths: dict[int, Path] = {}

    @property
    def busy(self) -> bool:
        """Whether a load is running whose result is still wanted."""
        return self._request in self._paths

    def load(self, path: Path, *, topic_sentences: bool = False) -> None:
        """Start loading ``path``; emits :attr:`loaded` or :attr:`failed`."""
        self._request += 1
        self._paths[self._request] = path
        self.started.emit(path)
        self._pool.start(_LoadTask(self._request, path, self._signals, topic_sentences))

    def load_now(self, path: Path, *, topic_sentences: bool = False) -> OpenedReport:
        """Load synchronously (for screenshots and tests); raises :class:`ReaderError`."""
        return open_report(path, topic_sentences=topic_sentences)

    def cancel(self) -> None:
        """Forget the running load: its result will be dropped."""
        if self._paths.pop(self._request, None) is not None:
            self.cancelled.emit()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running work (used at shutdown)."""
        return self._pool.waitForDone(msecs)

    def _on_loaded(self, request: int, report: OpenedReport) -> None:
        path = self._paths.pop(request, None)
        if path is not None and request == self._request:
            self.loaded.emit(path, report)

    def _on_failed(self, request: int, message: str) -> None:
        path = self._paths.pop(request, None)
        if path is not None and request == self._request:
            self.failed.emit(path, message)
