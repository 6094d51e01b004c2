"""Key terms of a report and of its sections, and related reports."""

from __future__ import annotations

from pathlib import Path

from piyue.segment import Keyword, KeywordExtractor, Segmenter, plain_text, related


def test_plain_text_drops_markdown_marks() -> None:
    text = "# 一、回顾\n\n**营商环境**持续优化，见[附件](a.md)。\n- 低空经济\n> 引文"
    assert plain_text(text) == "一、回顾\n\n营商环境持续优化，见附件。\n低空经济\n引文"


def test_keywords_of_a_report(segmenter: Segmenter, sample_path: Path) -> None:
    extractor = KeywordExtractor(segmenter)
    text = sample_path.read_text(encoding="utf-8")
    keywords = extractor.keywords(text, top=10)
    assert len(keywords) == 10
    assert all(len(k.term) >= 2 and "#" not in k.term for k in keywords)
    assert keywords == sorted(keywords, key=lambda k: -k.weight)
    assert not {"推进", "发展", "加快"} & {k.term for k in keywords}  # boilerplate is a stop word


def test_keywords_per_section(segmenter: Segmenter) -> None:
    text = "发展低空经济，建设低空经济示范区。\n优化营商环境，营商环境评价。"
    first, second = KeywordExtractor(segmenter).section_keywords(text, [(0, 18), (18, len(text))], top=3)
    assert first[0].term == "低空经济"
    assert second[0].term == "营商环境"


def test_related_ranks_by_shared_key_terms() -> None:
    mine = [Keyword("低空经济", 0.5), Keyword("营商环境", 0.2)]
    others = {
        "a": [Keyword("低空经济", 0.4)],
        "b": [Keyword("营商环境", 0.3), Keyword("消费", 0.9)],
        "c": [Keyword("消费", 0.9)],
    }
    ranked = related(mine, others)
    assert [key for key, _, _ in ranked] == ["a", "b"]
    assert ranked[0][2] == ["低空经济"]
