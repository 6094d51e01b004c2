"""Library-wide search for the window: the segmenter gets ready in the background; queries run off the UI thread.

The segmenter gets ready after the first paint: with the word store an earlier run saved, it cuts from
that (jieba's ~85 MB model is never loaded in the window); the very first time, jieba loads (~0.7 s).
Once it is ready the library gets it as its analyzer and the index catches up with what was stored
without it. Each query runs on a worker; an answer to an older query than the latest is dropped, so
typing refines results.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from piyue.core.model import Document
from piyue.ui.workers import CancelToken, TaskRunner

if TYPE_CHECKING:
    from piyue.segment.term_cache import TermCache
    from piyue.services.ports import LibraryPort


@dataclass(slots=True)
class KeywordsResult:
    """Key terms of a report, of its sections, and the reports that share the most of them."""

    report: list[str]
    sections: dict[int, list[str]]  # section start offset → its key terms
    related: list[tuple[int, str, list[str]]]  # (document id, title, shared terms)


class SearchService(QObject):
    """Runs searches across the library; emits :attr:`results` for the latest query only."""

    #: Key terms of a document are ready (the Document, a KeywordsResult).
    keywordsReady = Signal(Document, KeywordsResult)
    ready = Signal()
    results = Signal(str, list)  # query, hits
    failed = Signal(str)

    def __init__(self, library_getter: Callable[[], LibraryPort | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library_getter
        self.runner = TaskRunner(self, name="searchRunner")  # one thread: loading jieba, then the queries
        self._terms: TermCache | None = None  # key terms by text sha256, on disk (made on the worker)
        self._segmenter_ready = threading.Event()
        self._start_over = threading.Event()  # loading jieba ended (loaded or failed)
        self._started = False

    @property
    def segmenter_ready(self) -> bool:
        """Whether the segmenter can cut: jieba loaded, or its word store chosen (searches can run)."""
        return self._segmenter_ready.is_set()

    def start(self) -> None:
        """Get the segmenter ready and bring the index up to date, in the background (once)."""
        if self._started:
            return
        self._started = True

        def work(_token: CancelToken) -> None:
            from piyue.segment import default_segmenter, search_analyzer

            try:
                segmenter = default_segmenter()
                if not segmenter.use_word_store():  # no store yet: load the model (which saves one)
                    segmenter.initialize()
                self._segmenter_ready.set()
            finally:
                self._start_over.set()
            library = self._library()
            if library is not None:
                library.analyzer = search_analyzer()
                try:
                    library.update_search_index()
                except Exception as err:  # reported; search still tries later
                    message = QCoreApplication.translate(
                        "SearchService", "the search index could not be updated: {err}"
                    )
                    raise RuntimeError(message.format(err=err)) from err

        self.runner.submit(work, on_done=lambda _none: self.ready.emit(), on_failed=self._start_failed)

    def _start_failed(self, message: str) -> None:
        self.failed.emit(message)
        if self.segmenter_ready:  # only the index failed: searches run
            self.ready.emit()

    def attach(self, library: LibraryPort) -> None:
        """A library was opened after jieba loaded: give it the analyzer."""
        if self.segmenter_ready and library.analyzer is None:
            from piyue.segment import search_analyzer

            library.analyzer = search_analyzer()

    def search(self, query: str, limit: int = 200) -> None:
        """Search for ``query`` in the background; :attr:`results` follows (unless a newer query came)."""
        query = query.strip()
        if not query:
            self.runner.cancel("search")
            self.results.emit("", [])
            return
        self.start()

        def work(token: CancelToken) -> list:
            library = self._library()
            if library is None:
                raise RuntimeError(QCoreApplication.translate("SearchService", "no database is open"))
            self._wait_for_segmenter(token)
            self.attach(library)
            return library.search(query, limit)

        self.runner.submit(
            work, key="search", on_done=lambda hits: self.results.emit(query, hits), on_failed=self.failed.emit
        )

    def _wait_for_segmenter(self, token: CancelToken) -> None:
        """Block the worker until jieba loaded (or failed to); give up quietly when cancelled."""
        while not self._start_over.wait(0.05):
            token.check()

    def keywords(self, document: Document, document_id: int | None) -> None:
        """Compute the key terms of ``document`` (and of its top sections) and its related reports."""
        self.start()

        def work(token: CancelToken) -> KeywordsResult:
            from piyue.segment import KeywordExtractor, plain_text
            from piyue.services.related import related_reports, report_terms

            self._wait_for_segmenter(token)
            extractor = KeywordExtractor()
            cache = self._term_cache()
            report = report_terms(document.text, extractor, cache)
            tops = [s for top in document.sections for s in (top, *top.children)]
            per_section = [extractor.keywords(plain_text(document.text[s.start : s.end]), top=6) for s in tops]
            sections = {s.start: [k.term for k in terms] for s, terms in zip(tops, per_section, strict=True)}
            reports: list[tuple[int, str, list[str]]] = []
            library = self._library()
            if library is not None:
                try:
                    found = related_reports(
                        library, report, document_id, extractor=extractor, cache=cache, check=token.check
                    )
                    reports = found.reports
                except Exception:  # related reports are a nicety; the key terms still show
                    reports = []
            return KeywordsResult([k.term for k in report], sections, reports)

        self.runner.submit(work, key="keywords", on_done=lambda result: self.keywordsReady.emit(document, result))

    def _term_cache(self) -> TermCache:
        if self._terms is None:
            from piyue.segment.term_cache import default_term_cache

            self._terms = default_term_cache()
        return self._terms

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running work (tests, shutdown)."""
        return self.runner.wait(msecs)
