"""What the search index stores and looks up for a text: jieba words and single characters.

:class:`SearchAnalyzer` is handed to the storage room's search index (which never imports jieba):

- ``index_terms(text)``: the words of a passage, jieba's search mode without HMM on the normalised text,
  so that long words also yield the 2- and 3-character words inside them (营商环境 → 营商 环境 营商环境);
  runs of Latin letters and digits are kept whole (pm2.5, 5g, 14.3); and every letter or digit on its own,
  for single-character queries and exact phrase checks.
- ``query_term(term)``: the same for one query term: the characters in order (matched as a phrase) and the
  2- and 3-character words and Latin/digit runs it is made of (matched as words, so 消费 is not found in
  取消费用).

HMM is off on both sides so a word is cut the same way in a query and in a passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from piyue.segment.normalize import Normalized, is_word_char, normalize
from piyue.segment.tokenizer import Segmenter, default_segmenter

_RUNS = re.compile(r"[a-z0-9]+(?:[._\-][a-z0-9]+)*|[^\sa-z0-9]+")
_LATIN = re.compile(r"[a-z0-9]")
_LATIN_PARTS = re.compile(r"[._\-]")
MAX_PASSAGE = 400  # characters; longer lines are cut at sentence ends
_SENTENCE_END = re.compile(r"[。！？；!?;]")


@dataclass(frozen=True, slots=True)
class IndexTerms:
    """The space-separated words and characters stored in the index for one passage."""

    words: str
    chars: str


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """One query term: its normalised text, the words it must contain and its characters in order."""

    text: str
    words: tuple[str, ...]
    chars: tuple[str, ...]


def passages(text: str, max_length: int = MAX_PASSAGE) -> list[tuple[int, int]]:
    """The spans of the non-blank lines of ``text``, long lines cut after a sentence end (。！？；)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while end - start > max_length:
            window = text[start : start + max_length]
            cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=max_length)
            spans.append((start, start + cut))
            start += cut
        if end > start:
            spans.append((start, end))
    return spans


class SearchAnalyzer:
    """Turns passages and queries into index terms with a :class:`Segmenter` (the default one if not given)."""

    def __init__(self, segmenter: Segmenter | None = None) -> None:
        self.segmenter = segmenter or default_segmenter()

    def normalize(self, text: str) -> Normalized:
        """The normalised text searched in, with its map back to the original offsets."""
        return normalize(text)

    def passages(self, text: str) -> list[tuple[int, int]]:
        """The spans a document's text is indexed in (see :func:`passages`)."""
        return passages(text)

    def _words(self, normalized: str, *, search: bool) -> list[str]:
        # A query is cut by cut_short: no need to wait for the model.
        cut = partial(self.segmenter.search_words, hmm=False) if search else self.segmenter.cut_short
        words: list[str] = []
        for run in _RUNS.findall(normalized):
            if _LATIN.match(run):
                words.append(run)
                if search and len(parts := _LATIN_PARTS.split(run)) > 1:
                    words.extend(p for p in parts if p)  # 5g-a also yields 5g and a
                continue
            words.extend(w for w in cut(run) if all(is_word_char(c) for c in w))
        return words

    def index_terms(self, text: str) -> IndexTerms:
        """The words and characters to index for a passage (any text; normalised here)."""
        if not self.segmenter.cuts_from_store:
            self.segmenter.wait()
        normalized = normalize(text).text
        chars = " ".join(c for c in normalized if is_word_char(c))
        return IndexTerms(" ".join(self._words(normalized, search=True)), chars)

    def query_term(self, term: str) -> QueryTerm:
        """How to look up one query term (a word or a quoted phrase); does not wait for jieba's model
        when the word store can cut the term (see :meth:`Segmenter.cut_short`)."""
        normalized = " ".join(normalize(term).text.split())
        chars = tuple(c for c in normalized if is_word_char(c))
        if len(chars) <= 1:
            return QueryTerm(normalized, (), chars)
        words = self._words(normalized, search=False)
        wanted = tuple(dict.fromkeys(w for w in words if _LATIN.match(w) or 2 <= len(w) <= 3))
        return QueryTerm(normalized, wanted, chars)


_ANALYZER: SearchAnalyzer | None = None


def search_analyzer() -> SearchAnalyzer:
    """The analyzer on the process-wide segmenter (what the GUI and the CLI give the library)."""
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = SearchAnalyzer()
    return _ANALYZER
