"""Anchors and re-anchoring on crafted revisions of the sample report (DESIGN.md §5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from piyue.core.anchoring import (
    Anchor,
    AnchoringError,
    AnchorKind,
    AnchorState,
    anchor_section,
    anchor_span,
    find_quote,
    pick_section,
    reanchor,
)
from piyue.core.anchoring.context import MAX_CONTEXT, quote_prefix, quote_suffix
from piyue.core.model import Document
from piyue.core.readers import parse_text, read_document

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "chaoyang-2026.md"
FIGURE = "增长14.3%"  # occurs twice: the sample repeats two sections


@pytest.fixture(scope="module")
def doc() -> Document:
    return read_document(SAMPLE)


def revise(document: Document, text: str) -> Document:
    return parse_text(text, markdown=True)


def test_context_is_cut_at_sentence_punctuation(doc: Document) -> None:
    anchor = find_quote(doc, FIGURE, nth=1)
    assert anchor.prefix == "金融业前三季度增加值"
    assert anchor.suffix == "，增速高于全市5.3个百分点。"
    assert anchor.exact == FIGURE and doc.text[anchor.start : anchor.end] == FIGURE
    assert anchor.section_path[-1] == "精准发力调结构、促转型"


def test_short_context_takes_the_neighbouring_sentence() -> None:
    text = "第一句话说了很多内容。短句。目标在这里。后面。还有更多的内容在此。"
    start = text.index("目标")
    prefix, suffix = quote_prefix(text, start), quote_suffix(text, start + 2)
    assert prefix == "第一句话说了很多内容。短句。"
    assert suffix == "在这里。后面。还有更多的内容在此。"
    long = "甲" * 200 + "，" + "乙" * 30 + "目标"
    assert len(quote_prefix(long, len(long) - 2)) <= MAX_CONTEXT


def test_ambiguous_quote_needs_nth(doc: Document) -> None:
    with pytest.raises(AnchoringError, match="occurs 2 times"):
        find_quote(doc, FIGURE)
    with pytest.raises(AnchoringError, match="not found"):
        find_quote(doc, "不存在的句子")
    with pytest.raises(AnchoringError, match="--nth 3"):
        find_quote(doc, FIGURE, nth=3)
    first, second = find_quote(doc, FIGURE, nth=1), find_quote(doc, FIGURE, nth=2)
    assert first.start < second.start


def test_quote_within_section(doc: Document) -> None:
    anchor = find_quote(doc, "培育壮大特色产业", section="坚持向新求质，以更优生态激发科技创新动能")
    assert doc.text[anchor.start : anchor.end] == "培育壮大特色产业"


def test_unchanged_text_keeps_every_anchor(doc: Document) -> None:
    for quote, nth in ((FIGURE, 1), (FIGURE, 2), ("亮马河成为全国最美河流", None)):
        anchor = find_quote(doc, quote, nth=nth)
        result = reanchor(anchor, doc, doc.text)
        assert result.state is AnchorState.ANCHORED and result.anchor == anchor and result.method == "exact"


@pytest.mark.parametrize("nth", [1, 2])
def test_insertion_before_shifts_offsets(doc: Document, nth: int) -> None:
    anchor = find_quote(doc, FIGURE, nth=nth)
    inserted = "新增一段关于营商环境的内容。\n\n" * 3
    new = revise(doc, inserted + doc.text)
    result = reanchor(anchor, new, doc.text)
    assert result.state is AnchorState.ANCHORED
    assert result.anchor.start == anchor.start + len(inserted)
    assert new.text[result.anchor.start : result.anchor.end] == FIGURE


def test_insertion_between_duplicates_keeps_each_note_on_its_copy(doc: Document) -> None:
    first, second = find_quote(doc, FIGURE, nth=1), find_quote(doc, FIGURE, nth=2)
    cut = doc.text.index("### (三)")
    inserted = "\n插入的段落：金融业前三季度增加值增长14.3%，增速高于全市5.3个百分点。\n"
    new = revise(doc, doc.text[:cut] + inserted + doc.text[cut:])
    r1, r2 = reanchor(first, new, doc.text), reanchor(second, new, doc.text)
    assert r1.anchor.start == first.start
    assert r2.anchor.start == second.start + len(inserted)
    assert r1.state is r2.state is AnchorState.ANCHORED


def test_edit_inside_is_changed(doc: Document) -> None:
    anchor = find_quote(doc, FIGURE, nth=2)
    text = doc.text[: anchor.start] + "增长14.5%" + doc.text[anchor.end :]
    result = reanchor(anchor, revise(doc, text), doc.text)
    assert result.state is AnchorState.CHANGED
    assert (result.anchor.start, result.anchor.end, result.anchor.exact) == (anchor.start, anchor.end, "增长14.5%")
    other = reanchor(find_quote(doc, FIGURE, nth=1), revise(doc, text), doc.text)
    assert other.state is AnchorState.ANCHORED and other.method == "exact"


def test_edit_inside_a_longer_passage_and_shift(doc: Document) -> None:
    quote = "亮马河成为全国最美河流"
    anchor = find_quote(doc, quote)
    text = "前言。\n\n" + doc.text.replace(quote, "亮马河荣膺全国最美河流")
    result = reanchor(anchor, revise(doc, text), doc.text)
    assert result.state is AnchorState.CHANGED
    assert text[result.anchor.start : result.anchor.end] == "亮马河荣膺全国最美河流"


def test_deleted_sentence_is_orphaned_not_moved_to_its_twin(doc: Document) -> None:
    anchor = find_quote(doc, FIGURE, nth=2)
    start = doc.text.rindex("金融业前三季度", 0, anchor.start)
    end = doc.text.index("。", anchor.end) + 1
    result = reanchor(anchor, revise(doc, doc.text[:start] + doc.text[end:]), doc.text)
    assert result.state is AnchorState.ORPHANED
    assert result.anchor == anchor  # kept as it was


def test_deleted_paragraph_is_orphaned(doc: Document) -> None:
    quote = "温榆河公园荣获“绿色奥斯卡”金奖及特别奖"
    anchor = find_quote(doc, quote)
    start = doc.text.rindex("\n", 0, anchor.start) + 1
    end = doc.text.index("\n", anchor.end)
    result = reanchor(anchor, revise(doc, doc.text[:start] + doc.text[end:]), doc.text)
    assert result.state is AnchorState.ORPHANED


def test_short_quote_with_lost_context_is_not_trusted() -> None:
    old = parse_text("报告\n一、总体情况\n增速为5.2%，较上年提高。\n二、其他\n其他内容。\n", markdown=False)
    anchor = anchor_span(old, old.text.index("5.2%"), old.text.index("5.2%") + 4)
    new = parse_text("报告\n一、总体情况\n增速为5.3%，较上年提高。\n二、其他\n某项达5.2%的目标。\n", markdown=False)
    result = reanchor(anchor, new, old.text)
    assert result.state is AnchorState.CHANGED
    assert new.text[result.anchor.start : result.anchor.end] == "5.3%"


def _nth_start(text: str, quote: str, nth: int) -> int:
    start = -1
    for _ in range(nth):
        start = text.index(quote, start + 1)
    return start


@pytest.mark.parametrize("nth", [1, 2])
@pytest.mark.parametrize("before", ["", "新增一段关于营商环境的内容。\n\n"])
def test_a_duplicated_quote_changed_the_same_way_everywhere_follows_its_own_copy(
    doc: Document, nth: int, before: str
) -> None:
    anchor = find_quote(doc, FIGURE, nth=nth)
    new = revise(doc, before + doc.text.replace(FIGURE, "增长14.5%"))
    result = reanchor(anchor, new, doc.text)
    assert result.state is AnchorState.CHANGED  # not orphaned: every copy reads the same
    assert result.anchor.exact == "增长14.5%"
    assert result.anchor.start == _nth_start(new.text, "增长14.5%", nth) == anchor.start + len(before)


@pytest.mark.parametrize("nth", [1, 2])
def test_exact_and_fuzzy_stages_break_ties_alike(doc: Document, nth: int) -> None:
    """Both copies' context changed (exact stage) or both quotes changed (fuzzy stage), with a
    paragraph inserted between the copies: either way the note stays on its own copy."""
    anchor = find_quote(doc, FIGURE, nth=nth)
    cut = doc.text.index("### (三)")
    inserted = "\n插入的段落，与原文无关。\n"
    shifted = doc.text[:cut] + inserted + doc.text[cut:]
    for old, new, state in (
        ("金融业前三季度增加值", "金融业1—9月增加值", AnchorState.ANCHORED),
        (FIGURE, "增长14.5%", AnchorState.CHANGED),
    ):
        revised = revise(doc, shifted.replace(old, new))
        result = reanchor(anchor, revised, doc.text)
        expected = anchor.start + (len(inserted) if nth == 2 else 0) + (len(new) - len(old)) * (nth - 1)
        if old == FIGURE:
            expected = _nth_start(revised.text, new, nth)
        assert result.state is state
        assert result.anchor.start == expected
        assert revised.text[result.anchor.start :].startswith(result.anchor.exact)


def test_a_tie_between_different_passages_is_not_broken(doc: Document) -> None:
    """Two copies changed in different ways fit equally badly: the note is orphaned, not guessed."""
    anchor = find_quote(doc, FIGURE, nth=1)
    first = doc.text.index(FIGURE)
    second = doc.text.index(FIGURE, first + 1)
    text = doc.text[:first] + "增长14.5%" + doc.text[first + len(FIGURE) : second] + "增长14.6%"
    text += doc.text[second + len(FIGURE) :]
    result = reanchor(anchor, revise(doc, text), doc.text)
    assert result.state is AnchorState.ORPHANED and result.anchor == anchor


def test_section_note_follows_its_section(doc: Document) -> None:
    section = pick_section(doc, "培育壮大特色产业")
    anchor = anchor_section(doc, section)
    assert anchor.kind is AnchorKind.SECTION and anchor.section_path[-1] == "培育壮大特色产业"
    new = revise(doc, "新增。\n\n" + doc.text)
    result = reanchor(anchor, new, doc.text)
    assert result.state is AnchorState.ANCHORED and result.anchor.start == anchor.start + 5
    renamed = revise(doc, doc.text.replace("#### 培育壮大特色产业", "#### 培育壮大特色优势产业"))
    assert reanchor(anchor, renamed, doc.text).state is AnchorState.CHANGED
    gone = revise(doc, doc.text.replace("#### 培育壮大特色产业", ""))
    assert reanchor(anchor, gone, doc.text).state is AnchorState.ORPHANED


def test_duplicated_sections_need_nth(doc: Document) -> None:
    with pytest.raises(AnchoringError, match="--nth"):
        pick_section(doc, "圆满完成重大活动服务保障")
    second = pick_section(doc, "圆满完成重大活动服务保障", 2)
    anchor = anchor_section(doc, second)
    result = reanchor(anchor, revise(doc, "新增。\n\n" + doc.text), doc.text)
    assert result.anchor.start == second.start + 5


def test_anchor_validation() -> None:
    with pytest.raises(ValueError):
        Anchor(exact="x", start=5, end=2)
    document = parse_text("abc", markdown=False)
    with pytest.raises(AnchoringError):
        anchor_span(document, 0, 10)
