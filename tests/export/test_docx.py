"""Word export read back with python-docx: headings, East-Asian fonts, notes; comments anchored on their passages."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
from docx.oxml.ns import qn

from piyue.core.anchoring import AnchorState, Note
from piyue.core.markup import markdown_tokens
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.export import ExportOptions, render
from piyue.export.labels import METRICS_HEADING, ORPHANS_HEADING


def _first_line(body: str) -> str:
    """The first line of a note body as Word shows it: its Markdown turned into formatting."""
    for token in markdown_tokens(body):
        if token.type == "inline":
            line = []
            for child in token.children or []:
                if child.type in ("softbreak", "hardbreak"):
                    break
                line.append(child.content if child.type in ("text", "code_inline") else "")
            return "".join(line)
    return ""


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
        assert _first_line(note.body) in text
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
    by_body = {c.paragraphs[0].text: c for c in comments}
    for note in sample_notes:
        comment = by_body[_first_line(note.body)]
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


FORMATTED = "**核对**统计口径，*尤其*是 `GDP`。\n\n- 第一条\n- 第二条\n\n1. 先查公报\n2. 再问统计局\n\n见[公报](https://example.org/gb)，行一\n行二"


def _runs(paragraph) -> list[tuple[str, bool, bool]]:
    return [(run.text, bool(run.bold), bool(run.italic)) for run in paragraph.runs]


def _no_markup(texts: list[str]) -> None:
    joined = "\n".join(texts)
    assert "**" not in joined and "](" not in joined and "`" not in joined
    assert not any(t.lstrip().startswith(("- ", "1. ")) for t in texts)


def test_note_bodies_are_word_formatting_in_the_notes_export(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    note = sample_notes[0].with_changes(body=FORMATTED)
    data = render("docx", sample_document, [note], None, export_options)
    word = _word(data)
    paragraphs = word.paragraphs
    first = next(p for p in paragraphs if p.text.startswith("核对统计口径"))
    assert ("核对", True, False) in _runs(first) and ("尤其", False, True) in _runs(first)
    assert next(r for r in first.runs if r.text == "GDP").font.name == "Consolas"
    bullets = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    numbers = [p.text for p in paragraphs if p.style.name == "List Number"]
    assert bullets == ["第一条", "第二条"] and numbers == ["先查公报", "再问统计局"]
    link_paragraph = next(p for p in paragraphs if "行一" in p.text)
    assert link_paragraph.text == "见公报，行一\n行二"  # the typed line break is a Word line break
    [link] = link_paragraph.hyperlinks
    assert link.text == "公报" and link.address == "https://example.org/gb"
    _no_markup([p.text for p in paragraphs])


def test_note_bodies_are_word_formatting_in_comments(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    note = sample_notes[0].with_changes(body=FORMATTED, author="王芳")
    word = _word(render("docx", sample_document, [note], None, replace(export_options, comments=True)))
    (comment,) = list(word.comments)
    assert comment.author == "王芳" and comment.initials == "王芳"
    texts = [p.text for p in comment.paragraphs]
    assert texts[0] == "核对统计口径，尤其是 GDP。"
    assert ("核对", True, False) in _runs(comment.paragraphs[0])
    assert "• 第一条" in texts and "• 第二条" in texts and "1. 先查公报" in texts and "2. 再问统计局" in texts
    link_paragraph = next(p for p in comment.paragraphs if "行一" in p.text)
    assert link_paragraph.text == "见公报，行一\n行二"
    assert link_paragraph.hyperlinks[0].address == "https://example.org/gb"
    assert texts[-1].startswith(note.status.value)  # the meta line closes the comment
    _no_markup([t.replace("• ", "").replace("1. 先", "先").replace("2. 再", "再") for t in texts])


def test_unsafe_links_and_raw_html_stay_text_in_word(
    sample_document: Document, sample_notes: list[Note], export_options: ExportOptions
) -> None:
    note = sample_notes[0].with_changes(body="[点我](javascript:alert(1)) <b>粗</b> ![图](file:///etc/passwd)")
    word = _word(render("docx", sample_document, [note], None, export_options))
    paragraph = next(p for p in word.paragraphs if "点我" in p.text)
    assert paragraph.hyperlinks == [] and "<b>粗</b>" in paragraph.text
    assert "file:///etc/passwd" not in str(word.part.rels and [r.target_ref for r in word.part.rels.values()])
