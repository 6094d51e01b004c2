"""The Word export's notes mode: the notes under the report's headings, with quotes, bodies and a metrics appendix."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as WordDocument
from docx.shared import Pt, RGBColor

from piyue.core.anchoring import Note
from piyue.core.metrics import Metric
from piyue.core.model import Document
from piyue.export.docx_markdown import add_markdown
from piyue.export.docx_style import hex_color, xml_text
from piyue.export.grouping import group_notes
from piyue.export.labels import (
    LOOSE_HEADING,
    METRICS_HEADING,
    ORPHANS_EXPLAINED,
    ORPHANS_HEADING,
    SECTION_NOTE,
    page_of,
    place,
    safe_color,
    state_label,
    tags_text,
)
from piyue.export.metrics_table import METRIC_HEADERS, metric_rows
from piyue.export.options import ExportOptions

GREY = RGBColor(0x57, 0x60, 0x6A)


def meta_paragraph(word: WordDocument, note: Note, title: str, page: int | None = None) -> None:
    """The small grey line under a note: colour swatch, status, anchor state, tags, place."""
    paragraph = word.add_paragraph()
    swatch = paragraph.add_run("■ ")
    swatch.font.color.rgb = hex_color(safe_color(note.color))
    parts = [note.status.value, state_label(note)]
    if note.tags:
        parts.append(tags_text(note))
    parts.append("位置：" + place(note, title, page))
    run = paragraph.add_run(xml_text(" · ".join(parts)))
    run.font.size = Pt(9)
    run.font.color.rgb = GREY


def add_note(word: WordDocument, note: Note, title: str, page: int | None = None) -> None:
    """One note: its quote (Quote style), the prior quote of a changed note, the body, the meta line."""
    quote = word.add_paragraph(style="Quote")
    if note.is_section_note:
        quote.add_run(SECTION_NOTE + "：").bold = True
    quote.add_run(xml_text(note.anchor.exact))
    if note.prior_quote and note.prior_quote != note.anchor.exact:
        prior = word.add_paragraph(style="Quote").add_run(xml_text("原为：" + note.prior_quote))
        prior.font.color.rgb = GREY
    add_markdown(word, note.body)
    meta_paragraph(word, note, title, page)


def add_metrics(word: WordDocument, metrics: Sequence[Metric]) -> None:
    """The metrics appendix: a heading and a table with a header row."""
    word.add_heading(METRICS_HEADING, level=1)
    rows = metric_rows(metrics)
    table = word.add_table(rows=1, cols=len(METRIC_HEADERS))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, METRIC_HEADERS, strict=True):
        cell.text = header
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = xml_text(value)


def add_orphans(word: WordDocument, notes: Sequence[Note], title: str) -> None:
    """The orphaned notes under their own heading."""
    word.add_heading(ORPHANS_HEADING, level=1)
    word.add_paragraph(ORPHANS_EXPLAINED)
    for note in notes:
        add_note(word, note, title)


def write_notes(
    word: WordDocument,
    document: Document,
    notes: Sequence[Note],
    metrics: Sequence[Metric] | None,
    options: ExportOptions,
) -> None:
    """Fill ``word`` with the notes of ``document`` grouped by its outline."""
    grouped = group_notes(document, notes)
    word.add_heading(xml_text(document.title or "批注"), level=0)
    source = options.source_of(document) or "—"
    line = word.add_paragraph().add_run(
        xml_text(f"来源：{source} · 导出时间：{options.stamp()} · 批注 {grouped.count} 条")
    )
    line.font.size = Pt(9)
    line.font.color.rgb = GREY
    for group in grouped.groups:
        if group.section is None:
            word.add_heading(LOOSE_HEADING, level=1)
        elif group.depth > 0:
            word.add_heading(xml_text(group.heading), level=min(group.depth, 9))
        for note in group.notes:
            add_note(word, note, document.title, page_of(document, note))
    if grouped.orphans:
        add_orphans(word, grouped.orphans, document.title)
    if metrics is not None:
        add_metrics(word, metrics)
