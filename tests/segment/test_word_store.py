"""The word store cuts short texts exactly as jieba's loaded model does, without loading it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SAMPLE

from piyue.segment import Segmenter
from piyue.segment.word_store import WordStore, cut_without_hmm, store_path

QUERIES = [
    "营商环境",
    "发展",
    "建设",
    "消费",
    "新质生产力",
    "城中村改造",
    "低空经济",
    "PM2.5浓度",
    "5G基站",
    "税",
    "取消费用",
]


@pytest.fixture(scope="module")
def store(segmenter: Segmenter) -> WordStore:
    """The store the initialised shared segmenter saved in the cache folder."""
    from piyue.paths import cache_dir

    found = WordStore.open(store_path(cache_dir(), segmenter._dictionary))
    assert found is not None, "the segmenter saves its word store when it loads"
    return found


def _sample_pieces() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    pieces = [p for line in text.splitlines() for p in line.replace("，", "。").split("。") if p.strip()]
    return [p[:60] for p in pieces]


def test_cuts_like_jieba_without_hmm(segmenter: Segmenter, store: WordStore) -> None:
    texts = QUERIES + _sample_pieces()
    assert len(texts) > 200
    for text in texts:
        assert store.cut(text) == list(segmenter.jieba.cut(text, HMM=False)), text


def test_the_full_dictionary_gives_the_same_cut(segmenter: Segmenter) -> None:
    for text in QUERIES:
        expected = list(segmenter.jieba.cut(text, HMM=False))
        assert list(cut_without_hmm(text, segmenter.jieba.FREQ, segmenter.jieba.total)) == expected


def test_a_query_is_cut_in_a_fresh_process_without_loading_jieba(segmenter: Segmenter) -> None:
    code = (
        "import json, sys\n"
        "from piyue.segment import search_analyzer\n"
        "term = search_analyzer().query_term(sys.argv[1])\n"
        "print(json.dumps([list(term.words), 'jieba' in sys.modules]))\n"
    )
    env = dict(os.environ)
    out = subprocess.run([sys.executable, "-c", code, "新质生产力营商环境"], capture_output=True, text=True, env=env)
    words, loaded = json.loads(out.stdout)
    from piyue.segment import search_analyzer

    assert words == list(search_analyzer().query_term("新质生产力营商环境").words)
    assert loaded is False


def test_no_store_means_the_model_cuts(tmp_path: Path) -> None:
    assert WordStore.open(tmp_path / "missing.sqlite3") is None
    fresh = Segmenter(cache_folder=tmp_path)
    assert fresh.cut_short("营商环境") == ["营商环境"]  # loaded the model, then saved the store
    assert store_path(tmp_path, fresh._dictionary).is_file()


def test_key_terms_weigh_the_same_from_the_store(segmenter: Segmenter, store: WordStore) -> None:
    from piyue.segment.keywords import _idf_table

    table, median = _idf_table()
    words = set(segmenter.words(SAMPLE.read_text(encoding="utf-8")))
    found = store.idf(words)
    assert store.idf_median == median
    assert len(found) > 100
    assert all(found.get(w, median) == table.get(w, median) for w in words)
