"""The window cuts long texts from the word store, word for word as jieba's loaded model (issue 17: memory)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SAMPLE

from piyue.paths import cache_dir
from piyue.segment import KeywordExtractor, SearchAnalyzer, Segmenter


@pytest.fixture(scope="module")
def from_store(segmenter: Segmenter) -> Segmenter:
    """A segmenter on the store the loaded shared one saved, cutting from it (its model never loaded)."""
    fresh = Segmenter(cache_folder=cache_dir())
    assert fresh.use_word_store()
    return fresh


def _assert_same_words(model: Segmenter, store: Segmenter, text: str) -> None:
    assert store.words(text) == model.jieba.lcut(text, HMM=True)
    assert store.words(text, hmm=False) == model.jieba.lcut(text, HMM=False)
    assert store.search_words(text, hmm=False) == model.jieba.lcut_for_search(text, HMM=False)
    assert store.search_words(text) == model.jieba.lcut_for_search(text, HMM=True)


def test_the_sample_is_cut_as_the_model_cuts_it(segmenter: Segmenter, from_store: Segmenter) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    _assert_same_words(segmenter, from_store, text)
    for line in text.splitlines():  # line by line too: a cache filled by other texts changes nothing
        _assert_same_words(segmenter, from_store, line)
    assert from_store.cuts_from_store and from_store._jieba is None  # the model was never loaded


def test_the_corpus_is_cut_as_the_model_cuts_it(segmenter: Segmenter, from_store: Segmenter, corpus_dir: Path) -> None:
    reports = sorted(corpus_dir.rglob("*.txt"))[::15]  # every 15th: a few national, provincial and city reports
    assert len(reports) >= 4
    for path in reports:
        text = path.read_text(encoding="utf-8")
        assert from_store.words(text) == segmenter.jieba.lcut(text, HMM=True), path.name
        assert from_store.search_words(text, hmm=False) == segmenter.jieba.lcut_for_search(text, HMM=False), path.name


def test_index_terms_and_key_terms_equal_the_models(segmenter: Segmenter, from_store: Segmenter) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    by_model, by_store = SearchAnalyzer(segmenter), SearchAnalyzer(from_store)
    for passage in by_model.passages(text):
        assert by_store.index_terms(text[slice(*passage)]) == by_model.index_terms(text[slice(*passage)])
    assert KeywordExtractor(from_store).keywords(text, 12) == KeywordExtractor(segmenter).keywords(text, 12)


def test_a_small_cache_gives_the_same_words(
    segmenter: Segmenter, from_store: Segmenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    import piyue.segment.store_cut as store_cut

    monkeypatch.setattr(store_cut, "CACHE_LIMIT", 50)
    text = SAMPLE.read_text(encoding="utf-8")[:3000]
    _assert_same_words(segmenter, from_store, text)


def test_commands_and_a_missing_store_use_the_model(segmenter: Segmenter, tmp_path: Path) -> None:
    assert not Segmenter(cache_folder=cache_dir()).cuts_from_store  # only after use_word_store
    assert not Segmenter(cache_folder=tmp_path).use_word_store()  # no store saved there yet


def test_a_window_process_indexes_and_weighs_without_the_model(segmenter: Segmenter) -> None:
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from piyue.segment import KeywordExtractor, default_segmenter, search_analyzer\n"
        "segmenter = default_segmenter()\n"
        "assert segmenter.use_word_store()\n"
        "text = Path(sys.argv[1]).read_text(encoding='utf-8')\n"
        "terms = [search_analyzer().index_terms(text[s:e]).words for s, e in search_analyzer().passages(text)]\n"
        "keys = [k.term for k in KeywordExtractor().keywords(text, 12)]\n"
        "print(json.dumps([terms, keys, segmenter._jieba is None, segmenter.ready]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True, text=True, check=True)
    terms, keys, never_loaded, ready = json.loads(out.stdout)
    text = SAMPLE.read_text(encoding="utf-8")
    analyzer = SearchAnalyzer(segmenter)
    assert terms == [analyzer.index_terms(text[s:e]).words for s, e in analyzer.passages(text)]
    assert keys == [k.term for k in KeywordExtractor(segmenter).keywords(text, 12)]
    assert never_loaded and not ready
