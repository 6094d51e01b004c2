"""Piyue's own jieba tokenizer: its cache file in the app's cache folder, the policy-terms dictionary loaded.

jieba's global tokenizer is never used. :meth:`Segmenter.initialize` is thread-safe and idempotent, so the
GUI can call :meth:`Segmenter.start` at launch and let the first paint happen while the dictionary loads.
jieba itself is imported on first use, and :meth:`Segmenter.cut_short` cuts a short text (a query) from the
word store (:mod:`piyue.segment.word_store`) without loading the model at all, once the store was saved;
:meth:`Segmenter.words` and :meth:`Segmenter.search_words` cut texts of any length from it too
(:mod:`piyue.segment.store_cut`), so that a window that indexes and weighs a report never holds the model.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from piyue.paths import cache_dir
from piyue.segment.dictionary import policy_terms_path, read_dictionary
from piyue.segment.word_store import MAX_TEXT, WordStore, save_word_store, store_path

if TYPE_CHECKING:
    import jieba

    from piyue.segment.store_cut import StoreCutter

CACHE_FILE = "jieba.cache"


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
        self._jieba: jieba.Tokenizer | None = None
        self._dictionary = user_dictionary or policy_terms_path()
        self._cache_folder = cache_folder
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._store: WordStore | None = None
        self._store_checked = False
        self._store_cutter: StoreCutter | None = None
        self._cutter_checked = False

    @property
    def jieba(self) -> jieba.Tokenizer:
        """The jieba tokenizer instance (jieba is imported on first use; call :meth:`wait` before cutting)."""
        if self._jieba is None:
            import jieba

            logging.getLogger("jieba").setLevel(logging.WARNING)  # no "Building prefix dict" chatter on stderr
            self._jieba = jieba.Tokenizer()
        return self._jieba

    def _folder(self) -> Path:
        return self._cache_folder or _writable_cache_dir()

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
            folder = self._folder()
            tokenizer = self.jieba
            # jieba declares both as None-only class attributes; they are meant to be set like this.
            setattr(tokenizer, "tmp_dir", str(folder))  # noqa: B010
            setattr(tokenizer, "cache_file", CACHE_FILE)  # noqa: B010
            tokenizer.initialize()
            for entry in read_dictionary(self._dictionary):
                tokenizer.add_word(entry.word, entry.freq, entry.tag)
            self._ready.set()
            self._save_store(folder)

    def _save_store(self, folder: Path) -> None:
        """Save the word store for :meth:`cut_short` in later processes (once per dictionary)."""
        import sqlite3

        path = store_path(folder, self._dictionary)
        if path.exists():
            return
        with contextlib.suppress(OSError, sqlite3.Error):  # an optimisation only: the model cuts otherwise
            save_word_store(path, self.jieba.FREQ, self.jieba.total)
            self._store_checked = False  # (the caller holds the lock) look for it again on next use

    def word_store(self) -> WordStore | None:
        """The saved word store (word frequencies and IDF), or None when none was saved yet."""
        return self._word_store()

    def _word_store(self) -> WordStore | None:
        with self._lock:
            if not self._store_checked:
                self._store_checked = True
                self._store = WordStore.open(store_path(self._folder(), self._dictionary))
            return self._store

    def _cutter(self) -> StoreCutter | None:
        """The word store's cutter, when :meth:`use_word_store` chose it and the model is not loaded."""
        return self._store_cutter if self._store_cutter is not None and not self._ready.is_set() else None

    def use_word_store(self) -> bool:
        """Cut texts of any length (:meth:`words`, :meth:`search_words`) from the word store an earlier run
        saved, while the model is not loaded: ~30 MB at most instead of the model's ~85 MB, a little slower
        (the window's choice; commands load the model). False when there is no store yet, or when the user
        dictionary splits words by force, which only the loaded model knows."""
        store = self._word_store()
        if store is None:
            return False
        with self._lock:
            if not self._cutter_checked:
                self._cutter_checked = True
                if all(entry.freq != 0 for entry in read_dictionary(self._dictionary)):
                    from piyue.segment.store_cut import StoreCutter

                    self._store_cutter = StoreCutter(store)
            return self._store_cutter is not None

    @property
    def cuts_from_store(self) -> bool:
        """Whether :meth:`words` and :meth:`search_words` cut from the word store (no waiting for the model)."""
        return self._cutter() is not None

    def cut_short(self, text: str) -> list[str]:
        """``text`` cut as ``jieba.cut(text, HMM=False)`` does; a short text is cut from the word store
        when the model is not loaded yet (no waiting for it), anything else by the loaded model."""
        if not self._ready.is_set() and len(text) <= MAX_TEXT:
            store = self._word_store()
            if store is not None:
                return store.cut(text)
        self.wait()
        return list(self.jieba.cut(text, HMM=False))

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
        """The words of ``text`` (jieba's default mode); from the word store after :meth:`use_word_store`."""
        cutter = self._cutter()
        if cutter is not None:
            return cutter.cut(text, hmm=hmm)
        self.wait()
        return self.jieba.lcut(text, HMM=hmm)

    def search_words(self, text: str, *, hmm: bool = True) -> list[str]:
        """The words of ``text`` in jieba's search mode (long words followed by the words inside them), from
        the word store after :meth:`use_word_store`."""
        cutter = self._cutter()
        if cutter is not None:
            return cutter.cut_for_search(text, hmm=hmm)
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
