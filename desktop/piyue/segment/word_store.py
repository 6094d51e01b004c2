"""jieba's word frequencies on disk, so a short query is cut without loading the whole model.

Loading jieba's prefix dictionary takes about a second (a 9 MB marshal of ~600,000 entries); a command
such as ``piyue search 营商环境`` needs the frequencies of the dozen substrings of its query only. Once
a segmenter has loaded (with Piyue's user dictionary), :func:`save_word_store` writes its frequencies to
a small SQLite file in the cache folder; :class:`WordStore` looks up the substrings of a text there and
:func:`cut_without_hmm` cuts it exactly as ``jieba.Tokenizer.cut(text, HMM=False)`` would.

The file's name holds a key made of jieba's dictionary file (size, mtime) and the user dictionary's
content, so a new jieba or a changed user dictionary gets a new file. Standard library only: neither
jieba nor SQLAlchemy is imported here.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from math import log
from pathlib import Path

FORMAT = 2  # 2: jieba's IDF table (for key terms) in the same file
MAX_TEXT = 64  # characters: longer texts are cut by the loaded model (quadratic substrings)

# jieba 0.42's own patterns (jieba/__init__.py): blocks it segments, what it skips, what it joins.
_RE_HAN = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_RE_SKIP = re.compile("(\r\n|\\s)", re.U)
_RE_ENG = re.compile("[a-zA-Z0-9]", re.U)


def _jieba_dictionary() -> Path | None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "dict.txt"


def idf_path() -> Path | None:
    """jieba's IDF table (``jieba/analyse/idf.txt``), found without importing jieba."""
    dictionary = _jieba_dictionary()
    return dictionary.parent / "analyse" / "idf.txt" if dictionary is not None else None


def read_idf_table(path: Path) -> tuple[dict[str, float], float]:
    """An IDF table (``WORD VALUE`` a line) and its median value."""
    table: dict[str, float] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, _, value = line.strip().partition(" ")
            if value:
                table[word] = float(value)
    values = sorted(table.values())
    return table, values[len(values) // 2] if values else 0.0


def store_key(user_dictionary: Path) -> str:
    """A key for the frequencies of jieba's dictionary plus ``user_dictionary`` (changes when either does)."""
    digest = hashlib.sha1(f"format {FORMAT}".encode())
    dictionary = _jieba_dictionary()
    if dictionary is not None and dictionary.is_file():
        stat = dictionary.stat()
        digest.update(f"{stat.st_size} {stat.st_mtime_ns}".encode())
    digest.update(user_dictionary.read_bytes() if user_dictionary.is_file() else b"")
    return digest.hexdigest()[:16]


def store_path(folder: Path, user_dictionary: Path) -> Path:
    """Where the word store for ``user_dictionary`` lives in ``folder``."""
    return folder / f"jieba-words-{store_key(user_dictionary)}.sqlite3"


def save_word_store(
    path: Path, freq: Mapping[str, int], total: int, idf: tuple[Mapping[str, float], float] | None = None
) -> None:
    """Write ``freq`` (jieba's ``FREQ``, prefixes included), ``total`` and the IDF table with its median
    (read from jieba's file when not given) to ``path`` atomically."""
    if idf is None:
        source = idf_path()
        idf = read_idf_table(source) if source is not None and source.is_file() else ({}, 0.0)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode=OFF")
            connection.execute("PRAGMA synchronous=OFF")
            connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER NOT NULL) WITHOUT ROWID")
            connection.execute("CREATE TABLE idf (word TEXT PRIMARY KEY, value REAL NOT NULL) WITHOUT ROWID")
            connection.execute("CREATE TABLE meta (total INTEGER NOT NULL, idf_median REAL NOT NULL)")
            connection.executemany("INSERT INTO words VALUES (?, ?)", freq.items())
            connection.executemany("INSERT INTO idf VALUES (?, ?)", idf[0].items())
            connection.execute("INSERT INTO meta VALUES (?, ?)", (int(total), float(idf[1])))
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def substrings(text: str) -> set[str]:
    """Every substring of ``text`` (what jieba's DAG may look up)."""
    return {text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1)}


class WordStore:
    """Read access to a saved word store; :meth:`cut` segments short texts with it."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()  # one connection, used from the window's worker threads
        total, median = self._connection.execute("SELECT total, idf_median FROM meta").fetchone()
        self.total = int(total)
        #: The IDF of words missing from the table (jieba.analyse's rule).
        self.idf_median = float(median)

    @classmethod
    def open(cls, path: Path) -> WordStore | None:
        """The store at ``path``, or None when there is none (or it cannot be read)."""
        if not path.is_file():
            return None
        try:
            return cls(path)
        except (sqlite3.Error, TypeError):
            return None

    def _lookup(self, table: str, column: str, words: set[str]) -> dict:
        found: dict = {}
        pending = sorted(words)
        with self._lock:
            for start in range(0, len(pending), 500):
                chunk = pending[start : start + 500]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT word, {column} FROM {table} WHERE word IN ({marks})"
                found.update(self._connection.execute(sql, chunk))
        return found

    def frequencies(self, words: set[str]) -> dict[str, int]:
        """The frequencies of those of ``words`` that are in the dictionary (prefixes have 0)."""
        return self._lookup("words", "freq", words)

    def idf(self, words: set[str]) -> dict[str, float]:
        """The IDF of those of ``words`` that are in jieba's IDF table (the rest: :attr:`idf_median`)."""
        return self._lookup("idf", "value", words)

    def cut(self, text: str) -> list[str]:
        """``text`` cut as jieba cuts it without HMM (default mode)."""
        blocks = [b for b in _RE_HAN.split(text) if b and _RE_HAN.match(b)]
        wanted: set[str] = set()
        for block in blocks:
            wanted |= substrings(block)
        return list(cut_without_hmm(text, self.frequencies(wanted), self.total))

    def close(self) -> None:
        """Close the file."""
        self._connection.close()


def _dag(sentence: str, freq: Mapping[str, int]) -> dict[int, list[int]]:
    dag: dict[int, list[int]] = {}
    length = len(sentence)
    for k in range(length):
        ends: list[int] = []
        i = k
        fragment = sentence[k]
        while i < length and fragment in freq:
            if freq[fragment]:
                ends.append(i)
            i += 1
            fragment = sentence[k : i + 1]
        dag[k] = ends or [k]
    return dag


def _cut_block(sentence: str, freq: Mapping[str, int], total: int) -> Iterator[str]:
    dag = _dag(sentence, freq)
    length = len(sentence)
    route: dict[int, tuple[float, int]] = {length: (0.0, 0)}
    log_total = log(total)
    for idx in range(length - 1, -1, -1):
        route[idx] = max((log(freq.get(sentence[idx : x + 1]) or 1) - log_total + route[x + 1][0], x) for x in dag[idx])
    x = 0
    buffer = ""
    while x < length:
        y = route[x][1] + 1
        word = sentence[x:y]
        if _RE_ENG.match(word) and len(word) == 1:
            buffer += word
        else:
            if buffer:
                yield buffer
                buffer = ""
            yield word
        x = y
    if buffer:
        yield buffer


def cut_blocks(text: str, cut_block: Callable[[str], Iterator[str]]) -> Iterator[str]:
    """jieba's default-mode split of ``text``: runs of Han characters, letters and digits go to ``cut_block``;
    whitespace is a token of its own and any other character stands alone."""
    for block in _RE_HAN.split(text):
        if not block:
            continue
        if _RE_HAN.match(block):
            yield from cut_block(block)
        else:
            for piece in _RE_SKIP.split(block):
                if _RE_SKIP.match(piece):
                    yield piece
                else:
                    yield from piece


def cut_without_hmm(text: str, freq: Mapping[str, int], total: int) -> Iterator[str]:
    """jieba's ``cut(text, HMM=False)`` on the frequencies ``freq`` (which must hold every dictionary
    entry that is a substring of ``text``'s blocks) and the dictionary's ``total``."""
    return cut_blocks(text, lambda block: _cut_block(block, freq, total))
