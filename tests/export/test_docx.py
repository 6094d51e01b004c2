"""Word export read back with python-docx: headings, East-Asian fonts, notes; comments anchored on their passages."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
from docx.oxml.ns import qn

from piyue.core.anchoring import AnchorState, Note
from piyue.core.markup import markdown_to_plain
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.export import ExportOptions, render
from piyue.export.labels import METRICS_HEADING, ORPHANS_HEADING


def _word(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _east_asia(style) -> str | None:
    fonts = style.element.rPr.find(qn("w:rFonts"))
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def commented_text(word: docx.document.Document) -> dict[int, str]:
    """The text each comment covers, from its commentRangeStart to its commentRangeEnd."""
    open_ids: set[int] = set()
    covered: dict[int, list[str]] = {}
    for element in word.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(int(element.get(qn("w:id"))))
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(int(element.get(qn("w:id"))))
        elif element.tag == qn("w:t"):
            for comment_id in open_ids:
                covered.setdefault(comment_id, []).append(element.text or "")
        elif element.tag == qn("w:p"):
            for comment_id in open_ids:
                covered.setdefault(comment_id, []).append("\n")
    return {i: "".join(parts).strip("\n") for i, parts in covered.items()}


def test_notes_document_has_styles_fonts_and_every_note(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    metrics = [Metric(1350, 1357, "增长14.3%", "percent", 14.3, "%", subject="金融业增加值")]
    word = _word(render("docx", sample_document, sample_notes, metrics, export_options))
    styles = word.styles
    assert _east_asia(styles["Normal"]) == "宋体" and _east_asia(styles["Heading 1"]) == "黑体"
    assert styles["Heading 2"].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsiaTheme")) is None
    by_style: dict[str, list[str]] = {}
    for paragraph in word.paragraphs:
        by_style.setdefault(paragraph.style.name, []).append(paragraph.text)
    assert by_style["Title"] == [sample_document.title]
    assert by_style["Heading 1"][0] == "2025年工作回顾" and ORPHANS_HEADING in by_style["Heading 1"]
    assert "精准发力调结构、促转型" in by_style["Heading 3"]
    quotes = "\n".join(by_style["Quote"])
    text = "\n".join(p.text for p in word.paragraphs)
    for note in sample_notes:
        assert note.anchor.exact in quotes
        assert markdown_to_plain(note.body).split("\n")[0] in text
    assert "原为：增长14.1%" in quotes and "原文已改" in text
    assert METRICS_HEADING in by_style["Heading 1"]
    table = word.tables[0]
    assert table.rows[0].cells[0].text == "原文" and table.rows[1].cells[0].text == "增长14.3%"


def test_comments_are_anchored_on_their_passages(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    word = _word(render("docx", sample_document, sample_notes, None, replace(export_options, comments=True)))
    comments = list(word.comments)
    assert len(comments) == len(sample_notes)
    covered = commented_text(word)
    by_body = {c.text.split("\n")[0]: c for c in comments}
    for note in sample_notes:
        comment = by_body[markdown_to_plain(note.body).split("\n")[0]]
        assert comment.author == note.author
        if note.is_section_note:
            assert covered[comment.comment_id] == note.anchor.exact  # the heading of the section
        else:
            assert covered[comment.comment_id] == note.anchor.exact
    body = "\n".join(p.text for p in word.paragraphs)
    assert "全力以赴拼经济、稳增长" in body  # the whole report is there
    heading_styles = {p.style.name for p in word.paragraphs if p.text == "精准发力调结构、促转型"}
    assert heading_styles <= {"Heading 3", "Heading 4"} and heading_styles
    orphan = next(n for n in sample_notes if n.state is AnchorState.ORPHANED)
    assert ORPHANS_HEADING in body and orphan.anchor.exact in body


def test_comment_across_paragraphs(sample_document: Document, sample_notes: list[Note], export_options) -> None:
    from piyue.core.anchoring import anchor_span

    text = sample_document.text
    start = text.index("圆满完成106项任务")
    end = text.index("扎实推进做好") + len("扎实推进做好")
    note = sample_notes[0].with_changes(id="cross", body="跨段批注", anchor=anchor_span(sample_document, start, end))
    word = _word(render("docx", sample_document, [note], None, replace(export_options, comments=True)))
    (comment,) = list(word.comments)
    assert commented_text(word)[comment.comment_id] == "圆满完成106项任务。\n扎实推进做好"


def test_note_markdown_is_formatted_in_word_not_shown_as_markers(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    body = "**核实**口径，见 *统计公报*。\n\n- 一季度\n- 二季度\n\n1. 先查 `GDP`\n2. 再问[统计局](https://tjj.example.cn)"
    note = sample_notes[0].with_changes(body=body)
    word = _word(render("docx", sample_document, [note], None, export_options))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "**" not in text and "- 一季度" not in text and "`" not in text
    lines = text.split("\n")
    assert "核实口径，见 统计公报。" in lines
    assert "• 一季度" in lines and "• 二季度" in lines
    assert "1. 先查 GDP" in lines and "2. 再问统计局 (https://tjj.example.cn)" in lines
    runs = {run.text: run for p in word.paragraphs for run in p.runs}
    assert runs["核实"].bold and runs["统计公报"].italic and not runs["口径，见 "].bold
    item = next(p for p in word.paragraphs if p.text == "• 一季度")
    assert item.paragraph_format.left_indent is not None and item.paragraph_format.left_indent > 0
    comments = _word(render("docx", sample_document, [note], None, replace(export_options, comments=True)))
    assert next(iter(comments.comments)).text.startswith("核实口径，见 统计公报。\n• 一季度")
