"""The segmentation room: policy terms whole, offsets into the original text, search mode, initialisation."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from piyue.paths import cache_dir
from piyue.segment import Segmenter, normalize, passages
from piyue.segment.dictionary import policy_terms_path, read_dictionary

ISSUE_TERMS = ["新质生产力", "营商环境", "专精特新", "低空经济", "城中村改造", "两新一重", "疏整促"]


@pytest.mark.parametrize("term", ISSUE_TERMS)
def test_policy_terms_stay_whole(segmenter: Segmenter, term: str) -> None:
    sentence = f"我们要推进{term}工作"
    assert term in segmenter.words(sentence)
    assert term in segmenter.words(sentence, hmm=False)


def test_every_dictionary_term_is_one_word(segmenter: Segmenter) -> None:
    entries = read_dictionary(policy_terms_path())
    assert len(entries) > 50
    split = [e.word for e in entries if segmenter.words(e.word, hmm=False) != [e.word]]
    assert not split


def test_search_mode_adds_the_words_inside(segmenter: Segmenter) -> None:
    words = segmenter.search_words("优化营商环境", hmm=False)
    assert {"营商", "环境", "营商环境"} <= set(words)


def test_token_offsets_are_code_points_of_the_original(segmenter: Segmenter) -> None:
    text = "𠀀𠀁优化营商环境，发展新质生产力"  # characters outside the BMP first
    for token in segmenter.tokenize(text, search=True):
        assert text[token.start : token.end] == token.text
    assert any(t.text == "营商环境" and t.start == 4 for t in segmenter.tokenize(text))


def test_cache_file_is_in_the_app_cache_folder(segmenter: Segmenter) -> None:
    assert Path(segmenter.jieba.tmp_dir) == cache_dir()
    assert (cache_dir() / "jieba.cache").is_file()


def test_initialisation_is_idempotent_and_thread_safe(tmp_path: Path) -> None:
    fresh = Segmenter(cache_folder=tmp_path)
    assert not fresh.ready
    threads = [threading.Thread(target=fresh.initialize) for _ in range(4)]
    for thread in threads:
        thread.start()
    thread = fresh.start()
    for t in threads:
        t.join()
    thread.join()
    assert fresh.ready and fresh.start() is thread
    fresh.initialize()
    assert "低空经济" in fresh.words("发展低空经济")


def test_normalize_maps_back_to_original_offsets() -> None:
    text = "增长１４．３％，面积10㎡，ＰＭ２．５"
    normalized = normalize(text)
    assert normalized.text == "增长14.3%,面积10m2,pm2.5"
    start = normalized.text.index("m2,")
    assert text[slice(*normalized.span(start, start + 2))] == "㎡"
    start = normalized.text.index("pm2.5")
    assert text[slice(*normalized.span(start, start + 5))] == "ＰＭ２．５"


def test_passages_are_lines_and_long_lines_are_cut_at_sentence_ends() -> None:
    text = "  标题 \n\n第一段。\n" + "长句子。" * 200
    spans = passages(text)
    assert text[slice(*spans[0])] == "标题"
    assert text[slice(*spans[1])] == "第一段。"
    assert all(e - s <= 400 for s, e in spans)
    assert all(text[e - 1] == "。" for s, e in spans[1:])
    assert sum(e - s for s, e in spans[2:]) == 800


LAYERING = """
import json, sys
import {module}
print(json.dumps(sorted({{name.split(".")[0] for name in sys.modules}})))
"""


@pytest.mark.parametrize(
    ("module", "loads_jieba"),
    [
        ("piyue.core", False),
        ("piyue.segment", False),  # names load on first use: cutting a query needs no jieba (word store)
        ("piyue.segment.keywords", False),
        ("piyue.segment.tokenizer; piyue.segment.default_segmenter().jieba", True),  # jieba on first use
    ],
)
def test_only_the_segment_room_loads_jieba(module: str, loads_jieba: bool) -> None:
    script = LAYERING.format(module=module)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout))
    assert ("jieba" in loaded) is loads_jieba
    assert not loaded & {"PySide6", "sqlalchemy"}


def test_storage_does_not_load_jieba() -> None:
    script = LAYERING.format(module="piyue.storage")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "jieba" not in json.loads(result.stdout)
