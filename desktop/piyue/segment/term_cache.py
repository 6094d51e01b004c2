"""Key terms of texts kept on disk by the text's sha256, so a report is segmented once, not once per run.

Finding the reports related to an open one needs the key terms of every other report of the library;
cutting a thousand reports takes minutes. :class:`TermCache` keeps each text's key terms in a small SQLite
file in the cache folder, next to the word store. The file's name holds a key made of jieba's dictionary,
the user dictionary and the stop words, so a change to any of them starts a fresh file. When the folder
cannot be written (or the file is damaged), the cache lives in memory for the run. Standard library only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from piyue.paths import cache_dir, resource_path
from piyue.segment.dictionary import policy_terms_path
from piyue.segment.keywords import Keyword
from piyue.segment.word_store import store_key

FORMAT = 1
_CHUNK = 500  # sha256 values per query (SQLite's limit on parameters is 999 in old builds)


def cache_key() -> str:
    """A key for the key terms' inputs: jieba's dictionary, the user dictionary and the stop words."""
    digest = hashlib.sha1(f"terms {FORMAT} {store_key(policy_terms_path())}".encode())
    stop_words = resource_path("dictionaries", "stop_words.txt")
    digest.update(stop_words.read_bytes() if stop_words.is_file() else b"")
    return digest.hexdigest()[:16]


def cache_path(folder: Path) -> Path:
    """Where the key-term cache lives in ``folder``."""
    return folder / f"key-terms-{cache_key()}.sqlite3"


def default_term_cache() -> TermCache:
    """The cache in the user cache folder (in memory when that folder cannot be made)."""
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return TermCache(cache_path(folder))
    except OSError:
        return TermCache(None)


class TermCache:
    """Key terms by text sha256, on disk (``path``) or, when ``path`` is None or unusable, in memory."""

    def __init__(self, path: Path | None) -> None:
        self._lock = threading.Lock()
        self._memory: dict[str, list[Keyword]] = {}
        self._db: sqlite3.Connection | None = self._open(path) if path is not None else None

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection | None:
        try:
            db = sqlite3.connect(path, timeout=5, check_same_thread=False, isolation_level=None)
            db.execute("CREATE TABLE IF NOT EXISTS terms (sha256 TEXT PRIMARY KEY, terms TEXT NOT NULL)")
            return db
        except sqlite3.Error:
            return None

    @property
    def on_disk(self) -> bool:
        """Whether the terms are kept in a file (not only for this run)."""
        return self._db is not None

    def get_many(self, shas: Iterable[str]) -> dict[str, list[Keyword]]:
        """The cached key terms of those of ``shas`` that are known."""
        wanted = list(dict.fromkeys(shas))
        with self._lock:
            found = {sha: self._memory[sha] for sha in wanted if sha in self._memory}
            if self._db is None:
                return found
            missing = [sha for sha in wanted if sha not in found]
            try:
                for start in range(0, len(missing), _CHUNK):
                    chunk = missing[start : start + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(f"SELECT sha256, terms FROM terms WHERE sha256 IN ({marks})", chunk)
                    found.update((sha, _decode(terms)) for sha, terms in rows)
            except (sqlite3.Error, ValueError, TypeError):
                pass  # what was found so far; the rest is computed again
            return found

    def put(self, sha: str, keywords: Sequence[Keyword]) -> None:
        """Keep ``keywords`` as the key terms of the text whose sha256 is ``sha``."""
        with self._lock:
            self._memory[sha] = list(keywords)
            if self._db is None:
                return
            with contextlib.suppress(sqlite3.Error):  # else kept in memory for this run
                self._db.execute("INSERT OR REPLACE INTO terms VALUES (?, ?)", (sha, _encode(keywords)))

    def close(self) -> None:
        """Close the file (the cache keeps working in memory)."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _encode(keywords: Sequence[Keyword]) -> str:
    return json.dumps([[k.term, k.weight] for k in keywords], ensure_ascii=False)


def _decode(terms: str) -> list[Keyword]:
    return [Keyword(str(term), float(weight)) for term, weight in json.loads(terms)]
