"""Notes grouped by the report's hierarchy: outline order, headings of ancestors, orphans apart."""

from __future__ import annotations

from piyue.core.anchoring import AnchorState, Note
from piyue.core.model import Document
from piyue.export.grouping import group_notes
from piyue.export.labels import place


def test_groups_follow_the_outline(sample_document: Document, sample_notes: list[Note]) -> None:
    grouped = group_notes(sample_document, sample_notes)
    assert grouped.count == len(sample_notes)
    assert [n.id for n in grouped.orphans] == [n.id for n in sample_notes if n.state is AnchorState.ORPHANED]
    starts = [g.section.start for g in grouped.groups if g.section is not None]
    assert starts == sorted(starts)
    # the top section that repeats the document title is not a heading of its own
    assert all(sample_document.title not in g.path for g in grouped.groups)
    first = grouped.groups[0]
    assert first.path == ("2025年工作回顾",) and first.depth == 1 and first.notes == []
    for group in grouped.groups:
        for note in group.notes:
            assert group.section is not None and group.section.start <= note.anchor.start < group.section.end


def test_section_note_sits_in_its_own_section(sample_document: Document, sample_notes: list[Note]) -> None:
    grouped = group_notes(sample_document, sample_notes)
    section_note = next(n for n in sample_notes if n.is_section_note)
    home = next(g for g in grouped.groups if section_note in g.notes)
    assert home.section is not None and home.section.title == section_note.anchor.exact
    assert home.heading == "精准发力调结构、促转型" and home.depth == 3


def test_place_is_a_back_reference(sample_notes: list[Note], sample_document: Document) -> None:
    note = sample_notes[0]
    text = place(note, sample_document.title)
    assert text.startswith("2025年工作回顾 › 我们系统施策稳经济压紧压实")
    assert f"{note.anchor.start}–{note.anchor.end}" in text
    orphan = next(n for n in sample_notes if n.state is AnchorState.ORPHANED)
    assert "原位置已不存在" in place(orphan)
