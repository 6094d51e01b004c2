"""Cut long texts as jieba does, from the word store instead of jieba's loaded model (issue 17: memory).

jieba's model is a dictionary of ~600,000 words and prefixes (~85 MB in the window's process, ~0.8 s to
load). Cutting a text needs the frequencies of the substrings of its blocks that are in it only:
:class:`StoreCutter` looks them up in the word store (:mod:`piyue.segment.word_store`) level by level —
the one-character fragments, then the two-character ones whose first character is a prefix, and so on,
as jieba's DAG walks — keeps them in a bounded cache, and cuts with ports of jieba 0.42's own
``cut(HMM=True|False)`` and ``cut_for_search``; unknown words are guessed by jieba's HMM module
(``jieba.finalseg``: its tables, not the dictionary). ``tests/segment/test_store_cut.py`` checks that
the words equal the loaded model's on the sample and the corpus.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from math import log

from piyue.segment.word_store import _RE_HAN, WordStore, _dag, cut_blocks, cut_without_hmm

CACHE_LIMIT = 300_000  # fragments: the cache is emptied when it holds more (memory stays bounded)


def _route(sentence: str, freq: Mapping[str, int], log_total: float) -> dict[int, tuple[float, int]]:
    """jieba's ``calc``: the best path through the DAG of ``sentence`` (from the end)."""
    dag = _dag(sentence, freq)
    length = len(sentence)
    route: dict[int, tuple[float, int]] = {length: (0.0, 0)}
    for idx in range(length - 1, -1, -1):
        route[idx] = max((log(freq.get(sentence[idx : x + 1]) or 1) - log_total + route[x + 1][0], x) for x in dag[idx])
    return route


def _guessed(buffer: str, freq: Mapping[str, int]) -> Iterator[str]:
    """jieba's handling of a run of single characters: one character, a known word spelt out, or the HMM's guess."""
    if len(buffer) == 1:
        yield buffer
    elif not freq.get(buffer):
        from jieba import finalseg  # the HMM tables only (jieba's dictionary is not loaded)

        yield from finalseg.cut(buffer)
    else:
        yield from buffer


def _cut_block_hmm(sentence: str, freq: Mapping[str, int], total: int) -> Iterator[str]:
    """jieba's ``__cut_DAG``: the dictionary's best path, runs of single characters guessed by the HMM."""
    route = _route(sentence, freq, log(total))
    x = 0
    buffer = ""
    length = len(sentence)
    while x < length:
        y = route[x][1] + 1
        word = sentence[x:y]
        if y - x == 1:
            buffer += word
        else:
            if buffer:
                yield from _guessed(buffer, freq)
                buffer = ""
            yield word
        x = y
    if buffer:
        yield from _guessed(buffer, freq)


def cut(text: str, freq: Mapping[str, int], total: int, *, hmm: bool = True) -> Iterator[str]:
    """jieba's ``cut(text, HMM=hmm)`` (default mode) on ``freq``, which must hold every dictionary entry
    that is a substring of ``text``'s blocks."""
    if not hmm:
        return cut_without_hmm(text, freq, total)
    return cut_blocks(text, lambda block: _cut_block_hmm(block, freq, total))


def cut_for_search(text: str, freq: Mapping[str, int], total: int, *, hmm: bool = True) -> Iterator[str]:
    """jieba's ``cut_for_search``: each word after the dictionary's 2- and 3-character words inside it."""
    for word in cut(text, freq, total, hmm=hmm):
        if len(word) > 2:
            for i in range(len(word) - 1):
                if freq.get(gram := word[i : i + 2]):
                    yield gram
        if len(word) > 3:
            for i in range(len(word) - 2):
                if freq.get(gram := word[i : i + 3]):
                    yield gram
        yield word


class StoreCutter:
    """Cuts texts of any length with frequencies looked up in a :class:`WordStore` (thread-safe)."""

    def __init__(self, store: WordStore) -> None:
        self.store = store
        self._freq: dict[str, int] = {}  # fragment → frequency (0: a prefix only); absent fragments not kept
        self._checked: set[str] = set()  # fragments looked up (found or not)
        self._lock = threading.Lock()

    def _frequencies(self, text: str) -> dict[str, int]:
        """The dictionary entries among the substrings of ``text``'s blocks, looked up as jieba's DAG would
        (a fragment is looked up only when the one a character shorter is an entry or a prefix of one).
        The caller holds the lock while it uses them."""
        if len(self._checked) > CACHE_LIMIT:
            self._freq.clear()
            self._checked.clear()
        freq = self._freq
        starts = [(block, k) for block in _RE_HAN.findall(text) for k in range(len(block))]
        length = 1
        while starts:
            starts = [(b, k) for b, k in starts if k + length <= len(b)]
            missing = {b[k : k + length] for b, k in starts} - self._checked
            if missing:
                freq.update(self.store.frequencies(missing))
                self._checked |= missing
            starts = [(b, k) for b, k in starts if b[k : k + length] in freq]
            length += 1
        return freq

    def cut(self, text: str, *, hmm: bool = True) -> list[str]:
        """``jieba.lcut(text, HMM=hmm)``."""
        with self._lock:
            return list(cut(text, self._frequencies(text), self.store.total, hmm=hmm))

    def cut_for_search(self, text: str, *, hmm: bool = True) -> list[str]:
        """``jieba.lcut_for_search(text, HMM=hmm)``."""
        with self._lock:
            return list(cut_for_search(text, self._frequencies(text), self.store.total, hmm=hmm))
