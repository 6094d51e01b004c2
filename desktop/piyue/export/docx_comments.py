"""The Word export's review mode: the whole report, each note a Word comment anchored on its passage.

The report is written block by block (title, headings, paragraphs, as the reader split it); each
block is cut into runs at the notes' boundaries so that a comment covers exactly its passage, across
paragraphs when the passage spans several. A section note is a comment on the section's heading.
Orphaned notes (their passage is gone) follow the report, each a comment on its old quote.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from docx.document import Document as WordDocument
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from piyue.core.anchoring import AnchorState, Note
from piyue.core.metrics import Metric
from piyue.core.model import Block, BlockKind, Document
from piyue.export.docx_markdown import add_markdown
from piyue.export.docx_notes import GREY, add_metrics
from piyue.export.docx_style import xml_text
from piyue.export.labels import ORPHANS_EXPLAINED, ORPHANS_HEADING, page_of, place, state_label, tags_text
from piyue.export.options import ExportError, ExportOptions


def blocks_of(document: Document) -> list[Block]:
    """The display blocks of ``document`` (parsed again from its text when it was loaded without them)."""
    if document.blocks:
        return document.blocks
    from piyue.core.readers import parse_text

    return parse_text(document.text, markdown=document.format == "markdown", fallback_title=document.title).blocks


def _paragraph(word: WordDocument, block: Block) -> Paragraph:
    if block.kind is BlockKind.TITLE:
        return word.add_heading(level=0)
    if block.kind is BlockKind.HEADING:
        return word.add_heading(level=min(max(block.level, 1), 9))
    style = {BlockKind.QUOTE: "Quote", BlockKind.LIST_ITEM: "List Bullet"}.get(block.kind)
    return word.add_paragraph(style=style)


def _span(note: Note, blocks: Sequence[Block]) -> tuple[int, int] | None:
    """The part of the text a note's comment covers: its passage, or a section note's heading block."""
    start, end = note.anchor.start, note.anchor.end
    hits = [b for b in blocks if b.start < end and start < b.end]
    if not hits:
        return None
    if note.is_section_note:
        return hits[0].start, hits[0].end
    return max(start, hits[0].start), min(end, hits[-1].end)


def comment_meta(note: Note, title: str, page: int | None = None) -> str:
    """A comment's last line: the note's status, anchor state, tags, prior text and place (with its page)."""
    meta = [note.status.value, state_label(note)]
    if note.tags:
        meta.append(tags_text(note))
    if note.prior_quote and note.prior_quote != note.anchor.exact:
        meta.append(f"原为：{note.prior_quote}")
    meta.append("位置：" + place(note, title, page))
    return xml_text(" · ".join(meta))


def add_comment(word: WordDocument, runs: Run | Sequence[Run], note: Note, document: Document) -> None:
    """A Word comment on ``runs``, signed by the note's author: the body with its Markdown as Word
    formatting, then the meta line in small grey type."""
    comment = word.add_comment(runs, "", note.author, _initials(note.author))
    add_markdown(comment, note.body, list_styles=False, first=comment.paragraphs[0])
    meta = comment.add_paragraph().add_run(comment_meta(note, document.title, page_of(document, note)))
    meta.font.size = Pt(8)
    meta.font.color.rgb = GREY


def _initials(author: str) -> str:
    return author[:2]


def write_report(
    word: WordDocument,
    document: Document,
    notes: Sequence[Note],
    metrics: Sequence[Metric] | None,
    options: ExportOptions,
) -> None:
    """Fill ``word`` with the report's text and a comment per note."""
    if not hasattr(word, "add_comment"):
        raise ExportError("Word comments need python-docx 1.2 or newer")
    blocks = blocks_of(document)
    placed = [n for n in notes if n.state is not AnchorState.ORPHANED]
    spans = {n.id: _span(n, blocks) for n in placed}
    runs: dict[str, list[Run]] = {n.id: [] for n in placed}
    text = document.text
    for block in blocks:
        paragraph = _paragraph(word, block)
        cuts = {block.start, block.end}
        for span in spans.values():
            if span is not None:
                cuts.update(c for c in span if block.start < c < block.end)
        edges = sorted(cuts)
        for a, b in itertools.pairwise(edges):
            run = paragraph.add_run(xml_text(text[a:b]))
            for note_id, span in spans.items():
                if span is not None and span[0] <= a and b <= span[1]:
                    runs[note_id].append(run)
    leftovers = [n for n in notes if n.state is AnchorState.ORPHANED or not runs.get(n.id)]
    for note in sorted(placed, key=lambda n: (n.anchor.start, n.anchor.end, n.id)):
        if runs[note.id]:
            add_comment(word, runs[note.id], note, document)
    if leftovers:
        word.add_heading(ORPHANS_HEADING, level=1)
        word.add_paragraph(ORPHANS_EXPLAINED)
        for note in leftovers:
            run = word.add_paragraph(style="Quote").add_run(xml_text(note.anchor.exact))
            add_comment(word, run, note, document)
    if metrics is not None:
        add_metrics(word, metrics)
