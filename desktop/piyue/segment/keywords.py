"""Key terms of a report or a section (TF-IDF on the plain text) and related reports by shared key terms.

Pure functions over texts: the caller passes the text of a document, or of a section (a span of it),
and gets weighted terms back; :func:`related` ranks other documents by the key terms they share.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from piyue.paths import resource_path
from piyue.segment.tokenizer import Segmenter, default_segmenter
from piyue.segment.word_store import idf_path, read_idf_table

# Markdown marks and list markers, so that keywords come from the words a reader sees.
_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)|[*_`~]+|!?\[([^\]]*)\]\([^)]*\)", re.MULTILINE)
_NUMBERISH = re.compile(r"^[\d.%]+$")


@dataclass(frozen=True, slots=True)
class Keyword:
    """A key term and its TF-IDF weight."""

    term: str
    weight: float


def plain_text(text: str) -> str:
    """``text`` without Markdown marks (headings, emphasis, links keep their words)."""
    return _MARKS.sub(lambda m: m.group(1) or "", text)


def _stop_words() -> set[str]:
    path = resource_path("dictionaries", "stop_words.txt")
    if not path.is_file():
        return set()
    return {w for line in path.read_text(encoding="utf-8").splitlines() if (w := line.strip()) and w[0] != "#"}


def _idf_table() -> tuple[dict[str, float], float]:
    """jieba's IDF table (``jieba/analyse/idf.txt``) and its median, read without importing ``jieba.analyse``
    (whose import builds global extractors on the global tokenizer)."""
    path = idf_path()
    return read_idf_table(path) if path is not None and path.is_file() else ({}, 0.0)


class KeywordExtractor:
    """TF-IDF as jieba.analyse computes it (its IDF table, median IDF for unknown words), on Piyue's own
    tokenizer instance, with stop words of report boilerplate (推进, 加快, 坚持…)."""

    def __init__(self, segmenter: Segmenter | None = None) -> None:
        self.segmenter = segmenter or default_segmenter()
        self._idf: tuple[dict[str, float], float] | None = None
        self._stop: set[str] | None = None
        self._lock = threading.Lock()

    def _stop_words(self) -> set[str]:
        with self._lock:
            if self._stop is None:
                self._stop = _stop_words()
            return self._stop

    def _weights(self, words: set[str]) -> tuple[Mapping[str, float], float]:
        """The IDF of ``words`` and the median for the others: from the segmenter's word store when there is
        one (no 350,000-word table held in memory), else from jieba's table, read once."""
        store = self.segmenter.word_store()
        if store is not None:
            return store.idf(words), store.idf_median
        with self._lock:
            if self._idf is None:
                self._idf = _idf_table()
            return self._idf

    def keywords(self, text: str, top: int = 10) -> list[Keyword]:
        """The ``top`` key terms of ``text`` (Markdown allowed), heaviest first."""
        stop = self._stop_words()
        counts: dict[str, int] = {}
        for word in self.segmenter.words(plain_text(text)):
            if len(word.strip()) < 2 or word in stop or _NUMBERISH.match(word):
                continue
            counts[word] = counts.get(word, 0) + 1
        idf, median = self._weights(set(counts))
        total = sum(counts.values()) or 1
        weighted = sorted(
            (Keyword(word, n * idf.get(word, median) / total) for word, n in counts.items()),
            key=lambda k: (-k.weight, k.term),
        )
        return weighted[:top]

    def section_keywords(self, text: str, spans: Iterable[tuple[int, int]], top: int = 8) -> list[list[Keyword]]:
        """Key terms of each span (start, end) of ``text``, e.g. of each section of a report."""
        return [self.keywords(text[start:end], top) for start, end in spans]


K = TypeVar("K", bound=Hashable)


def related(
    terms: Sequence[Keyword], others: Mapping[K, Sequence[Keyword]], top: int = 5
) -> list[tuple[K, float, list[str]]]:
    """Rank ``others`` (id → its key terms) by the key terms they share with ``terms``.

    The score is the sum over shared terms of the product of both weights (a cosine without the
    normalisation, which favours strong shared terms); returns (id, score, shared terms), best first.
    """
    mine = {k.term: k.weight for k in terms}
    ranked: list[tuple[K, float, list[str]]] = []
    for key, theirs in others.items():
        shared = [(k.term, mine[k.term] * k.weight) for k in theirs if k.term in mine]
        if shared:
            shared.sort(key=lambda pair: -pair[1])
            ranked.append((key, sum(w for _, w in shared), [t for t, _ in shared]))
    ranked.sort(key=lambda item: -item[1])
    return ranked[:top]
