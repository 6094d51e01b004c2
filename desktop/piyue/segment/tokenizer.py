"""Piyue's own jieba tokenizer: its cache file in the app's cache folder, the policy-terms dictionary loaded.

jieba's global tokenizer is never used. :meth:`Segmenter.initialize` is thread-safe and idempotent, so the
GUI can call :meth:`Segmenter.start` at launch and let the first paint happen while the dictionary loads.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import jieba

from piyue.paths import cache_dir
from piyue.segment.dictionary import policy_terms_path, read_dictionary

CACHE_FILE = "jieba.cache"
logging.getLogger("jieba").setLevel(logging.WARNING)  # no "Building prefix dict" chatter on stderr


@dataclass(frozen=True, slots=True)
class Token:
    """A word and its span in the text it came from (code points, end exclusive)."""

    text: str
    start: int
    end: int


def _writable_cache_dir() -> Path:
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:
        return Path(tempfile.gettempdir())


class Segmenter:
    """A jieba tokenizer instance with Piyue's user dictionary."""

    def __init__(self, user_dictionary: Path | None = None, cache_folder: Path | None = None) -> None:
        self.jieba = jieba.Tokenizer()
        self._dictionary = user_dictionary or policy_terms_path()
        self._cache_folder = cache_folder
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def ready(self) -> bool:
        """Whether the dictionary is loaded (tokenising will not block)."""
        return self._ready.is_set()

    def initialize(self) -> None:
        """Load jieba's prefix dictionary (from the cache when it exists) and the user dictionary; idempotent."""
        if self._ready.is_set():
            return
        with self._lock:
            if self._ready.is_set():
                return
            folder = self._cache_folder or _writable_cache_dir()
            # jieba declares both as None-only class attributes; they are meant to be set like this.
            setattr(self.jieba, "tmp_dir", str(folder))  # noqa: B010
            setattr(self.jieba, "cache_file", CACHE_FILE)  # noqa: B010
            self.jieba.initialize()
            for entry in read_dictionary(self._dictionary):
                self.jieba.add_word(entry.word, entry.freq, entry.tag)
            self._ready.set()

    def start(self) -> threading.Thread:
        """Initialise on a daemon thread (once); returns the thread."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self.initialize, name="piyue-jieba", daemon=True)
                self._thread.start()
            return self._thread

    def wait(self, timeout: float | None = None) -> bool:
        """Block until initialised (starting it if nobody did); False if ``timeout`` ran out first."""
        if not self._ready.is_set() and self._thread is None:
            self.initialize()
        return self._ready.wait(timeout)

    def tokenize(self, text: str, *, search: bool = False, hmm: bool = True) -> list[Token]:
        """The words of ``text`` with their offsets. ``search`` adds the 2- and 3-character words inside
        longer ones (jieba's search mode); ``hmm`` lets jieba guess words missing from its dictionary."""
        self.wait()
        mode = "search" if search else "default"
        return [Token(word, start, end) for word, start, end in self.jieba.tokenize(text, mode=mode, HMM=hmm)]

    def words(self, text: str, *, hmm: bool = True) -> list[str]:
        """The words of ``text`` (jieba's default mode)."""
        self.wait()
        return self.jieba.lcut(text, HMM=hmm)

    def search_words(self, text: str, *, hmm: bool = True) -> list[str]:
        """The words of ``text`` in jieba's search mode (long words followed by the words inside them)."""
        self.wait()
        return self.jieba.lcut_for_search(text, HMM=hmm)


_DEFAULT: Segmenter | None = None
_DEFAULT_LOCK = threading.Lock()


def default_segmenter() -> Segmenter:
    """The process-wide segmenter (created on first use, not yet initialised)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Segmenter()
        return _DEFAULT
